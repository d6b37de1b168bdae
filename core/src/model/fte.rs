//! FTE delivered by cell and type (MODEL.md §2.11), including trainee service and the lever transfers
//! (P1a/H2 partnerships, M2/M3 outreach, P6 research days, P10b practice stays, P11a seniors, H3).

use crate::math::MinMax;
use super::dims::*;
use super::params::{LeverTerms, Params};
use super::rows::{FtePerHead, row_sums};
use super::state::State;
use crate::math::powi;

/// FTE of one state.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fte {
    /// Specialist term FTE^spec_τ[c] (index `ct`): m_φ Σ_a S φ(a) (× s_GP for GP) + Senior_τ.
    pub spec: [f64; CELLS * TYPES],
    /// Total FTE_τ[c] delivered (index `ct`), floored at 0.
    pub total: [f64; CELLS * TYPES],
    /// Specialist heads by cell and type (index `ct`), computed in the same pass.
    pub heads: [f64; CELLS * TYPES],
    /// FTE removed by the floor at 0 (reported, MODEL.md §2.11).
    pub clipped: f64,
}

impl Fte {
    pub const fn zero() -> Self {
        Fte { spec: [0.0; CELLS * TYPES], total: [0.0; CELLS * TYPES], heads: [0.0; CELLS * TYPES], clipped: 0.0 }
    }
}

/// m_φ(y) = (1 + trend)^(y − 2025).
pub fn fte_trend_factor(p: &Params, year_index: usize) -> f64 {
    powi(1.0 + p.fte_trend, year_index as i32)
}

/// Computes FTE of `s`. `gp_scale` is the calibrated s_GP, `trend` is m_φ(y), `hospital_of[c]` is
/// h*(c), the hospital cell that serves cell c (outreach is deducted there). `has_tags` says whether
/// any P11a senior tag can be non-zero (skips that pass otherwise).
#[allow(clippy::too_many_arguments)]
pub fn compute_fte(
    s: &State,
    p: &Params,
    terms: &LeverTerms,
    gp_scale: f64,
    trend: f64,
    hospital_of: &[usize; CELLS],
    has_tags: bool,
    out: &mut Fte,
) {
    let rows = row_sums(s, &FtePerHead::new(p, gp_scale, trend), has_tags);
    out.spec = rows.fte;
    out.heads = rows.heads;
    delivered_fte(s, p, terms, hospital_of, out);
}

/// The delivered FTE of §2.11 from the specialist terms already in `out.spec` (trainee service, lever
/// transfers, H3, outreach, floor at 0). Used directly when S2–S10 kept the row sums up to date.
pub fn delivered_fte(s: &State, p: &Params, terms: &LeverTerms, hospital_of: &[usize; CELLS], out: &mut Fte) {
    out.clipped = 0.0;
    for c in 0..CELLS {
        let kbu_half = p.fte_kbu * 0.5 * s.kbu[c];
        let hu_am = s.hu_heads(c, AM);
        let hu_hs = s.hu_heads(c, HS);
        let intro = s.intro[ck(c, AM)] + s.intro[ck(c, HS)];
        // Decision (H3): the commuting factor multiplies the delivered FTE (FTE_HSP incl. trainee service
        // and the specialist term of FTE_GP), not FTE^spec: travel does not remove supervisors or posts.
        let commute = p.commute_fte[c];
        let gp = out.spec[ct(c, GP)] * commute + p.fte_hu[AM] * p.am_practice_share * hu_am + kbu_half;
        let mut hsp = (out.spec[ct(c, HSP)]
            + p.fte_hu[HS] * hu_hs
            + p.fte_hu[AM] * (1.0 - p.am_practice_share) * hu_am
            + p.fte_intro * intro
            + kbu_half)
            * commute;
        hsp += terms.part_in[c] - terms.part_out[c];
        if terms.research_share[c] != 0.0 {
            hsp -= 0.2 * terms.research_share[c] * (intro + hu_am + hu_hs);
        }
        let mut psp = out.spec[ct(c, PSP)];
        if terms.psp_training_months[c] != 0.0 {
            let months = terms.psp_training_months[c].minf(12.0 * hu_hs);
            let moved = p.fte_hu[HS] * months / 12.0;
            psp += moved;
            hsp -= moved;
        }
        let values = [gp, hsp, psp, out.spec[ct(c, MUN)]];
        for t in 0..TYPES {
            out.total[ct(c, t)] = values[t];
        }
    }
    // Outreach (M2, M3) is deducted at the hospital cell serving the target cell.
    for c in 0..CELLS {
        if terms.outreach[c] != 0.0 {
            out.total[ct(hospital_of[c], HSP)] -= terms.outreach[c];
        }
    }
    for v in out.total.iter_mut() {
        if *v < 0.0 {
            out.clipped -= *v;
            *v = 0.0;
        }
    }
}
