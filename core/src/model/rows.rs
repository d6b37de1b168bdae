//! Row sums of the specialist stock: FTE (specialist term FTE^spec, MODEL.md §2.11) and heads of every
//! (cell, type) row, and the year's FTE per head by type and age that they are computed with.
//!
//! The step keeps these sums current through switching (S2), new specialists (S3) and immigration
//! (S10), so S11 need not re-scan the ages.

use super::dims::*;
use super::params::Params;
use super::state::State;

/// Specialist FTE (specialist term, FTE^spec) and heads of every (cell, type) row of a stock.
#[derive(Clone, Copy, Debug)]
pub struct RowFte {
    pub fte: [f64; CELLS * TYPES],
    pub heads: [f64; CELLS * TYPES],
    /// Net specialist moves into each cell this year (movers in − movers out; §4.1 net mobility).
    pub net_moves: [f64; CELLS],
}

impl RowFte {
    pub const fn zero() -> Self {
        RowFte { fte: [0.0; CELLS * TYPES], heads: [0.0; CELLS * TYPES], net_moves: [0.0; CELLS] }
    }
}

/// FTE per head of one year by type and age: φ_τ(a) · m_φ(y), × s_GP for GP; and φ_sen (P11a).
#[derive(Clone, Copy, Debug)]
pub struct FtePerHead {
    pub by_type: [[f64; AGES]; TYPES],
    pub senior: f64,
    /// s_GP: `by_type[GP]` is `s_GP ×` the others.
    pub gp_scale: f64,
}

impl FtePerHead {
    /// The table of the year whose FTE trend factor is `trend`.
    pub fn new(p: &Params, gp_scale: f64, trend: f64) -> Self {
        let mut by_type = [[0.0; AGES]; TYPES];
        for (t, row) in by_type.iter_mut().enumerate() {
            let scale = if t == GP { gp_scale } else { 1.0 };
            for (a, v) in row.iter_mut().enumerate() {
                *v = trend * p.fte_profile[a] * scale;
            }
        }
        FtePerHead { by_type, senior: p.senior_fte, gp_scale }
    }

    /// A tagged head of type `t` delivers φ_sen instead of φ(a): the FTE difference by age, over the
    /// ages `A60..AGES` where tags can exist (see `A60`); only read when tags can exist.
    pub fn tag_correction(&self, t: usize) -> [f64; AGES - A60] {
        std::array::from_fn(|i| self.senior - self.by_type[t][A60 + i])
    }
}

/// Row sums of every row of `s`; `has_tags` says whether a P11a senior tag can be non-zero.
pub fn row_sums(s: &State, phi: &FtePerHead, has_tags: bool) -> RowFte {
    let mut out = RowFte::zero();
    for t in 0..TYPES {
        let corr = phi.tag_correction(t);
        for c in 0..CELLS {
            let row = cta(c, t, 0);
            let stock = &s.specialists[row..row + AGES];
            let mut fte = dot_lanes(stock, &phi.by_type[t]);
            if has_tags {
                fte += dot_lanes(&s.senior_tag[row + A60..row + AGES], &corr);
            }
            out.fte[ct(c, t)] = fte;
            out.heads[ct(c, t)] = sum_lanes(stock);
        }
    }
    out
}

/// Adds `v · profile[a]` heads at the ages `ages` of `row` and returns the heads and FTE added (FTE
/// per head `phis`): new specialists by recognition age (S3).
#[inline(always)]
pub fn add_cohort(row: &mut [f64], v: f64, profile: &[f64; AGES], ages: std::ops::Range<usize>, phis: &[f64; AGES]) -> (f64, f64) {
    let (mut heads, mut fte) = (0.0, 0.0);
    for a in ages {
        let x = v * profile[a];
        row[a] += x;
        heads += x;
        fte += x * phis[a];
    }
    (heads, fte)
}
