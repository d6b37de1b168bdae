//! Need-weighted demand by population group (MODEL.md §2.2): need-weighted population Nw_s[c] and
//! required FTE Req_s[c] for GP, hospital and specialist-practice services.

use crate::math::MinMax;
use super::dims::*;
use super::params::{LeverTerms, Params};
use crate::math::{exp, powi};

/// Demand of one year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Demand {
    /// Nw_s[c], index `s * CELLS + c`.
    pub need_weighted: [f64; SERVICES * CELLS],
    /// Req_s[c] in FTE, index `s * CELLS + c`.
    pub required: [f64; SERVICES * CELLS],
}

impl Demand {
    pub const fn zero() -> Self {
        Demand { need_weighted: [0.0; SERVICES * CELLS], required: [0.0; SERVICES * CELLS] }
    }
}

/// Constants computed once on X_2025 with levers off (§1.5): normalisers n_s and FTE per need-weighted
/// inhabitant ρ*_s (for GP, 1 / L_GP).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DemandCalibration {
    pub normaliser: [f64; SERVICES],
    pub fte_per_need: [f64; SERVICES],
}

/// Σ_g w_s[g] · HA_s[g] · D_s,g[c] · Pop[c,g] for one service and cell (no normaliser, no growth).
fn weighted_sum(p: &Params, pop: &[f64; CELLS * GROUPS], s: usize, c: usize, ageing: f64) -> f64 {
    let mut sum = 0.0;
    for g in 0..GROUPS {
        let ha = if g >= G_67_79 { ageing } else { 1.0 };
        sum += p.demand_weight[s][g] * ha * p.demand_lever[s][cg(c, g)] * pop[cg(c, g)];
    }
    sum
}

/// The normalisers n_s: need-weighted population equals population nationally in 2025.
pub fn normalisers(p: &Params, pop2025: &[f64; CELLS * GROUPS]) -> [f64; SERVICES] {
    let total: f64 = pop2025.iter().sum();
    let mut n = [1.0; SERVICES];
    for (s, n_s) in n.iter_mut().enumerate() {
        let weighted: f64 = (0..CELLS).map(|c| weighted_sum(p, pop2025, s, c, 1.0)).sum();
        *n_s = if weighted > 0.0 { total / weighted } else { 1.0 };
    }
    n
}

/// Computes demand for year index `t` (0 = 2025) from that year's population. `gp_offset` is the M4
/// offset o_M4 · min(ΔCap_MUN, FTE_MUN) in FTE (0 without M4).
pub fn compute_demand(
    p: &Params,
    terms: &LeverTerms,
    cal: &DemandCalibration,
    pop: &[f64; CELLS * GROUPS],
    t: usize,
    gp_offset: &[f64; CELLS],
    out: &mut Demand,
) {
    let ageing = exp(-p.healthy_ageing * t as f64);
    for s in 0..SERVICES {
        let growth = powi(1.0 + p.demand_growth[s], t as i32);
        for c in 0..CELLS {
            let nw = cal.normaliser[s] * growth * weighted_sum(p, pop, s, c, ageing);
            out.need_weighted[s * CELLS + c] = nw;
            let mut req = nw * cal.fte_per_need[s];
            if s == S_GP {
                req -= gp_offset[c];
            } else if s == S_HOSP {
                req -= terms.avoided_hospital_demand[c];
            }
            out.required[s * CELLS + c] = req.maxf(0.0);
        }
    }
}
