//! The per-year record of the mobility flows by stage (MODEL.md §2.12, §4.1) in the form the step
//! computes them: stays plus origin-independent splits ([`Factors`]), a few dozen numbers per stage.
//! Recording them costs a few stores per stage in the yearly loop; the origin × destination matrix of
//! a stage ([`OdMatrix`]) is expanded from them on demand, exactly (the same products).

use super::dims::*;
use super::matching::MatchOutput;
use super::mobility_matrix::{OdMatrix, Stage};

/// A stage's flows as the model computes them: stays by cell plus `R` pooled splits in which origin
/// c contributes `from[r][c]` and destination c' receives the share `to[r][c']` (origin-independent
/// destinations, §2.3, §2.5, §2.9): flow[c→c'] = δ(c,c') · stay[c] + Σ_r from[r][c] · to[r][c'].
/// Recorded during the step (a few stores); [`OdMatrix::set`] expands it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Factors<const R: usize> {
    pub stay: [f64; CELLS],
    pub from: [[f64; CELLS]; R],
    pub to: [[f64; CELLS]; R],
}

impl<const R: usize> Factors<R> {
    pub const fn zero() -> Self {
        Factors { stay: [0.0; CELLS], from: [[0.0; CELLS]; R], to: [[0.0; CELLS]; R] }
    }

    /// Records matching call `r` (§2.5): stage 0 (reserved) and stage 1 (local first) fill the
    /// applicants' own cell; stage 2 fills F2[c'] from the origins in the shares Q2[c] / Σ Q2.
    pub fn add_matching(&mut self, r: usize, m: &MatchOutput) {
        for c in 0..CELLS {
            self.stay[c] += m.reserved_filled[c] + m.local_filled[c];
        }
        self.from[r] = m.stage2_share;
        self.to[r] = m.stage2_filled;
    }
}

impl Factors<TYPES> {
    /// The specialist re-draw (§2.3) from the movers out of and into each (cell, type):
    /// flow[c→c'] = Σ_τ MO[c,τ] · π_τ[c'] with π_τ[c'] = received[c',τ] / Σ received_τ (the model's
    /// origin-independent shares, also in its no-weight fallback). Re-draws to the origin stay on the
    /// diagonal through the product.
    pub fn redraw(moved_out: &[f64; CELLS * TYPES], moved_in: &[f64; CELLS * TYPES]) -> Self {
        let mut f = Self::zero();
        for t in 0..TYPES {
            let total: f64 = (0..CELLS).map(|c| moved_in[ct(c, t)]).sum();
            if total > 0.0 {
                for c in 0..CELLS {
                    f.from[t][c] = moved_out[ct(c, t)];
                    f.to[t][c] = moved_in[ct(c, t)] / total;
                }
            }
        }
        f
    }
}

/// The mobility flows of every stage of one year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MobilityByStage {
    pub specialists: Factors<TYPES>,
    pub new_specialists: Factors<TRACKS>,
    /// P7 moves O → T by region (both tracks).
    pub hu_moves: [f64; REGIONS],
    pub hu: Factors<TRACKS>,
    pub kbu: Factors<1>,
    pub intro: Factors<TRACKS>,
}

impl MobilityByStage {
    pub const fn zero() -> Self {
        MobilityByStage {
            specialists: Factors::zero(),
            new_specialists: Factors::zero(),
            hu_moves: [0.0; REGIONS],
            hu: Factors::zero(),
            kbu: Factors::zero(),
            intro: Factors::zero(),
        }
    }

    /// The origin × destination matrix of `stage`.
    pub fn matrix(&self, stage: Stage) -> OdMatrix {
        let mut m = OdMatrix::zero();
        match stage {
            Stage::Specialists => m.set(&self.specialists),
            Stage::NewSpecialists => m.set(&self.new_specialists),
            Stage::HuMoves => {
                for (r, &x) in self.hu_moves.iter().enumerate() {
                    m.add(cell(r, O), cell(r, T), x);
                }
            }
            Stage::Hu => m.set(&self.hu),
            Stage::Kbu => m.set(&self.kbu),
            Stage::Intro => m.set(&self.intro),
        }
        m
    }
}
