//! Scenario-vs-baseline deltas of MODEL.md §4.1–§4.2: ΔFTE in threatened (T) and other (O) areas and
//! nationally, gap closed in T and opened in O, Δ flagged population-years, Δ unfilled HU posts in T,
//! present value of costs, cost-effectiveness (CE_T, CE_gap, CE_net), displacement and time-to-effect.
//!
//! Division guards (§2.12): a ratio is `None` when its denominator is ≤ 0 — the lever is then "no gain"
//! or "harmful", never a negative ratio.

use super::dims::*;
use super::results::{Area, Results};
use serde::Serialize;
use crate::math::powi;

/// Deltas of a scenario against the baseline (same parameter draw).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Deltas {
    pub years: Vec<i32>,
    /// ΔFTE (all types) by year in T cells, O cells and nationally.
    pub fte_threatened: Vec<f64>,
    pub fte_other: Vec<f64>,
    pub fte_national: Vec<f64>,
    /// Gap closed in T (Gap_base − Gap_scn) and opened in O (Gap_scn − Gap_base), FTE by year.
    pub gap_closed_threatened: Vec<f64>,
    pub gap_opened_other: Vec<f64>,
    /// Δ unfilled HU posts in T by year.
    pub unfilled_hu_threatened: Vec<f64>,
    /// Δ population-years living in flagged cells (negative = fewer).
    pub flagged_population_years: f64,
    /// Cost by year (DKK) and present values at the baseline's discount rate.
    pub cost: Vec<f64>,
    pub pv_cost: f64,
    pub pv_fte_threatened: f64,
    pub pv_fte_other: f64,
    pub pv_gap_closed_threatened: f64,
    pub pv_gap_opened_other: f64,
    /// DKK per FTE-year gained in T; per FTE-year of gap closed in T; net of gap opened in O.
    pub ce_threatened: Option<f64>,
    pub ce_gap: Option<f64>,
    pub ce_net: Option<f64>,
    /// Share of T gains taken from O areas (−PV ΔFTE_O / PV ΔFTE_T).
    pub displacement: Option<f64>,
    /// First year with ΔFTE_T > 1 % of baseline T FTE.
    pub time_to_effect: Option<i32>,
}

fn fte_sum(res: &Results, t: usize, area: Area) -> f64 {
    let y = &res.years[t];
    (0..CELLS).filter(|&c| area.contains(c)).map(|c| (0..TYPES).map(|ty| y.fte.total[ct(c, ty)]).sum::<f64>()).sum()
}

fn gap_sum(res: &Results, t: usize, area: Area) -> f64 {
    (0..CELLS).filter(|&c| area.contains(c)).map(|c| res.years[t].kpis.gap[c]).sum()
}

fn ratio(num: f64, den: f64) -> Option<f64> {
    if den > 0.0 { Some(num / den) } else { None }
}

/// Compares `scenario` with `baseline` (both runs of the same length) at `discount` (ρ_disc).
pub fn compare(baseline: &Results, scenario: &Results, discount: f64) -> Deltas {
    let n = baseline.years.len().min(scenario.years.len());
    let mut d = Deltas {
        years: Vec::with_capacity(n),
        fte_threatened: Vec::with_capacity(n),
        fte_other: Vec::with_capacity(n),
        fte_national: Vec::with_capacity(n),
        gap_closed_threatened: Vec::with_capacity(n),
        gap_opened_other: Vec::with_capacity(n),
        unfilled_hu_threatened: Vec::with_capacity(n),
        flagged_population_years: 0.0,
        cost: Vec::with_capacity(n),
        pv_cost: 0.0,
        pv_fte_threatened: 0.0,
        pv_fte_other: 0.0,
        pv_gap_closed_threatened: 0.0,
        pv_gap_opened_other: 0.0,
        ce_threatened: None,
        ce_gap: None,
        ce_net: None,
        displacement: None,
        time_to_effect: None,
    };
    for t in 0..n {
        let f = 1.0 / powi(1.0 + discount, t as i32);
        let base_t = fte_sum(baseline, t, Area::Threatened);
        let dt = fte_sum(scenario, t, Area::Threatened) - base_t;
        let dother = fte_sum(scenario, t, Area::Other) - fte_sum(baseline, t, Area::Other);
        let closed = gap_sum(baseline, t, Area::Threatened) - gap_sum(scenario, t, Area::Threatened);
        let opened = gap_sum(scenario, t, Area::Other) - gap_sum(baseline, t, Area::Other);
        let (bt, st) = (baseline.area(t, Area::Threatened), scenario.area(t, Area::Threatened));
        let unfilled = (st.hu_unfilled_am + st.hu_unfilled_hs) - (bt.hu_unfilled_am + bt.hu_unfilled_hs);
        let cost_base = baseline.total_cost(t);
        let cost = scenario.total_cost(t) - cost_base;
        d.years.push(baseline.years[t].year);
        d.fte_threatened.push(dt);
        d.fte_other.push(dother);
        d.fte_national.push(dt + dother);
        d.gap_closed_threatened.push(closed);
        d.gap_opened_other.push(opened);
        d.unfilled_hu_threatened.push(unfilled);
        d.cost.push(cost);
        d.flagged_population_years +=
            scenario.area(t, Area::Nation).flagged_population - baseline.area(t, Area::Nation).flagged_population;
        d.pv_cost += f * cost;
        d.pv_fte_threatened += f * dt;
        d.pv_fte_other += f * dother;
        d.pv_gap_closed_threatened += f * closed;
        d.pv_gap_opened_other += f * opened;
        if d.time_to_effect.is_none() && dt > 0.01 * base_t {
            d.time_to_effect = Some(baseline.years[t].year);
        }
    }
    d.ce_threatened = ratio(d.pv_cost, d.pv_fte_threatened);
    d.ce_gap = ratio(d.pv_cost, d.pv_gap_closed_threatened);
    d.ce_net = ratio(d.pv_cost, d.pv_gap_closed_threatened - d.pv_gap_opened_other);
    d.displacement = ratio(-d.pv_fte_other, d.pv_fte_threatened);
    d
}
