//! KPIs per cell (MODEL.md §2.12): patients per GP FTE (raw and need-weighted) against the 1,600 norm,
//! citizens without own GP, specialist density per 100,000 need-weighted inhabitants, coverage ratios
//! via the hospital catchment Γ, the coverage index, the threatened flag and the shortage gap.
//!
//! Division guards (v0.2): PP, PPN are NaN ("n/a") when FTE_GP = 0; R_s := 1 when Req_s ≤ 0.

use crate::math::MinMax;
use super::baseline::Baseline;
use super::demand::Demand;
use super::dims::*;
use super::fte::Fte;

/// KPIs of one year by cell.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CellKpis {
    pub patients_per_gp_fte: [f64; CELLS],
    pub need_weighted_patients_per_gp_fte: [f64; CELLS],
    pub without_own_gp: [f64; CELLS],
    /// Specialist FTE per 100,000 need-weighted inhabitants (hospital share via Γ + own PSP).
    pub specialist_density: [f64; CELLS],
    /// Coverage ratios R_s[c] (index `s * CELLS + c`), population side.
    pub coverage: [f64; SERVICES * CELLS],
    pub coverage_index: [f64; CELLS],
    /// 1.0 when the cell is flagged threatened, else 0.0.
    pub flagged: [f64; CELLS],
    /// Shortage gap in FTE.
    pub gap: [f64; CELLS],
}

impl CellKpis {
    pub const fn zero() -> Self {
        CellKpis {
            patients_per_gp_fte: [0.0; CELLS],
            need_weighted_patients_per_gp_fte: [0.0; CELLS],
            without_own_gp: [0.0; CELLS],
            specialist_density: [0.0; CELLS],
            coverage: [0.0; SERVICES * CELLS],
            coverage_index: [0.0; CELLS],
            flagged: [0.0; CELLS],
            gap: [0.0; CELLS],
        }
    }
}

/// Γ[h, p]: share of cell p's hospital demand treated at hospitals in cell h (same region only).
#[inline(always)]
pub fn catchment(b: &Baseline, h: usize, p: usize) -> f64 {
    if region_of(h) != region_of(p) {
        0.0
    } else if zone_of(h) == T {
        b.catchment_t_share[region_of(h)]
    } else {
        1.0 - b.catchment_t_share[region_of(h)]
    }
}

#[inline(always)]
fn ratio(fte: f64, req: f64) -> f64 {
    if req <= 0.0 { 1.0 } else { fte / req }
}

/// The cells of `c`'s region: the only h with Γ[h, c] ≠ 0 and the only p with Γ[c, p] ≠ 0.
///
/// Sums over Γ-weighted terms run over these two cells only. The terms of other regions are Γ = 0
/// times a finite non-negative number, +0, and adding +0 changes no sum that is not −0: a sum
/// started at +0 never is, and one started at −0 (`Iterator::sum`) only feeds `hsp_served + PSP
/// FTE`, where −0 and +0 give the same. So the KPIs are bit for bit those of the full sums (unless an
/// FTE or demand is already NaN or infinite, which the full sums would spread to other regions).
#[inline(always)]
fn region_cells(c: usize) -> std::ops::Range<usize> {
    let first = cell(region_of(c), 0);
    first..first + ZONES
}

/// Computes the cell KPIs from FTE, demand and population.
pub fn compute_kpis(b: &Baseline, fte: &Fte, demand: &Demand, pop: &[f64; CELLS], out: &mut CellKpis) {
    let req = |s: usize, c: usize| demand.required[s * CELLS + c];
    let nw = |s: usize, c: usize| demand.need_weighted[s * CELLS + c];
    // Hospital side: Dem_h and R_HOSP_h.
    let mut dem_h = [0.0; CELLS];
    for h in 0..CELLS {
        for p in region_cells(h) {
            dem_h[h] += catchment(b, h, p) * req(S_HOSP, p);
        }
    }
    for c in 0..CELLS {
        let gp = fte.total[ct(c, GP)];
        let hsp_served: f64 = region_cells(c)
            .filter(|&h| dem_h[h] > 0.0)
            .map(|h| catchment(b, h, c) * req(S_HOSP, c) / dem_h[h] * fte.total[ct(h, HSP)])
            .sum();
        let r_hosp: f64 = region_cells(c)
            .map(|h| catchment(b, h, c) * ratio(fte.total[ct(h, HSP)], dem_h[h]).minf(1.0))
            .sum();
        let r_gp = ratio(gp, req(S_GP, c));
        let r_psp = ratio(fte.total[ct(c, PSP)], req(S_PSP, c));
        out.patients_per_gp_fte[c] = if gp > 0.0 { pop[c] / gp } else { f64::NAN };
        out.need_weighted_patients_per_gp_fte[c] = if gp > 0.0 { nw(S_GP, c) / gp } else { f64::NAN };
        // L_close = L_GP = 1,600 (the region-set minimum list size is not in the data).
        out.without_own_gp[c] = (pop[c] - b.gp_norm * gp).maxf(0.0);
        out.specialist_density[c] = if nw(S_HOSP, c) > 0.0 {
            1e5 * (hsp_served + fte.total[ct(c, PSP)]) / nw(S_HOSP, c)
        } else {
            f64::NAN
        };
        out.coverage[S_GP * CELLS + c] = r_gp;
        out.coverage[S_HOSP * CELLS + c] = r_hosp;
        out.coverage[S_PSP * CELLS + c] = r_psp;
        let ci = b.ci_weights[S_GP] * r_gp.minf(1.0)
            + b.ci_weights[S_HOSP] * r_hosp.minf(1.0)
            + b.ci_weights[S_PSP] * r_psp.minf(1.0);
        out.coverage_index[c] = ci;
        // Decision (MODEL.md §11 open question 6): the flag uses the relative norm PPN > 1.1 × national
        // PPN_2025 (the legal 1,600 alone flags most cells at baseline, national PPN ≈ 1,670), or CI < θ_CI.
        let ppn = out.need_weighted_patients_per_gp_fte[c];
        let over = ppn.is_nan() || ppn > b.flag_factor * b.ppn_national_2025; // n/a counts as flagged
        out.flagged[c] = if over || ci < b.ci_threshold { 1.0 } else { 0.0 };
        // Decision: the hospital part of the gap is population-side, Req_HOSP[c] · (1 − R_HOSP[c]),
        // so that the shortage of the serving hospital is attributed to the residents it serves.
        out.gap[c] = (req(S_GP, c) - gp).maxf(0.0)
            + req(S_HOSP, c) * (1.0 - r_hosp).maxf(0.0)
            + (req(S_PSP, c) - fte.total[ct(c, PSP)]).maxf(0.0);
    }
}
