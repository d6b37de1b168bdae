//! Lever costs (MODEL.md §2.13): annual public-payer program cost in DKK from the intensity (not the
//! ramped dose: costs accrue from the start year, lag years included), the unit cost of the catalogue
//! and a lever-specific quantity. Levers whose source gives no number are counted as 0 and flagged.

use super::catalogue::Catalogue;
use super::kind::LeverKind;
use super::scenario::{Active, Resolved};
use crate::model::baseline::Baseline;
use crate::model::dims::*;
use crate::model::results::YearResult;

/// Cost of one active lever in `year` (DKK), from the intensity I (not the ramped dose: costs accrue
/// from the start year, lag years included, §2.13) and the year's results.
pub fn lever_cost(b: &Baseline, a: &Active, year: i32, y: &YearResult) -> f64 {
    if year < a.start_year {
        return 0.0;
    }
    let lever = &Catalogue::embedded().levers[a.lever];
    if lever.cost.missing {
        return 0.0;
    }
    let unit = a.unit_cost(lever);
    let t = (year - FIRST_YEAR) as usize;
    let e = |key: &str| a.effect(lever, key);
    let kind = lever.kind;
    // Effect values read per cell below, looked up once per call (the lookup compares key strings).
    let takeup = if kind == LeverKind::P7 { e("takeup") } else { 0.0 };
    let conversion = if kind == LeverKind::P9 { e("conversion") } else { 0.0 };
    let outreach = if kind == LeverKind::M2 { e("outreach") } else { 0.0 };
    // One loop per kind (the kind is the same for every cell): the quantity of cell c at intensity i.
    match kind {
        LeverKind::D0 if a.tracks.is_some() => over_cells(a, unit, |c, _| {
            (a.track_intensity(c, AM) * b.hu_posts[ck(c, AM)] + a.track_intensity(c, HS) * b.hu_posts[ck(c, HS)]) * b.post_factor(t)
        }),
        LeverKind::D0 => over_cells(a, unit, |c, i| i * (b.hu_posts[ck(c, AM)] + b.hu_posts[ck(c, HS)]) * b.post_factor(t)),
        LeverKind::P1a => over_cells(a, unit, |c, i| i * b.hu_posts[ck(c, HS)] / 10.0),
        LeverKind::P1b => over_cells(a, unit, |c, i| i * (y.intro[ck(c, AM)] + y.hu[ck(c, AM)]) / 30.0),
        LeverKind::P2 | LeverKind::P4 => over_cells(a, unit, |c, i| i * (b.hu_posts[ck(c, AM)] + b.hu_posts[ck(c, HS)])),
        LeverKind::P3 => over_cells(a, unit, |c, i| {
            let v = training_region(c);
            let targeted = (0..CELLS).filter(|&cc| training_region(cc) == v && a.intensity[cc] > 0.0).count();
            i / targeted as f64
        }),
        LeverKind::P5 => over_cells(a, unit, |c, i| i * b.kbu_posts[c]),
        LeverKind::P6 => over_cells(a, unit, |c, i| i.min(1.0) * (y.intro[ck(c, AM)] + y.intro[ck(c, HS)] + y.hu[ck(c, AM)] + y.hu[ck(c, HS)])),
        LeverKind::P7 => over_cells(a, unit, |c, i| if zone_of(c) == T { i * takeup } else { 0.0 }),
        LeverKind::P11a => over_cells(a, unit, |c, _| y.retained_seniors[c]),
        // P9 (v0.2): after 3 years the converted share p_conv becomes own practice and the premium ends.
        LeverKind::P9 => over_cells(a, unit, |_, i| if year - a.start_year >= 3 { i * (1.0 - conversion) } else { i }),
        LeverKind::M2 => over_cells(a, unit, |_, i| outreach * i / 1000.0),
        LeverKind::M3 => {
            let pop = b.population_at(t);
            over_cells(a, unit, |c, i| i * (pop[cg(c, G_67_79)] + pop[cg(c, G_80)] + pop[cg(c, G_NH)]) / 1e5)
        }
        LeverKind::M4 => over_cells(a, unit, |c, i| i * y.population[c] / 1e5),
        LeverKind::M5 => {
            let total_pop: f64 = y.population.iter().sum();
            over_cells(a, unit, |c, i| i * b.graduates * y.population[c] / total_pop)
        }
        LeverKind::H3 => over_cells(a, unit, |c, i| i.min(1.0) * b.commuting_share * y.heads[ct(c, HSP)]),
        LeverKind::H4 => over_cells(a, unit, |c, i| i * (y.fte.total[ct(c, GP)] + y.fte.total[ct(c, HSP)] + y.fte.total[ct(c, PSP)])),
        LeverKind::C4 => over_cells(a, unit, |_, _| 0.0),
        _ => over_cells(a, unit, |_, i| i),
    }
}

/// Σ over the cells with intensity > 0, in cell order, of `unit` × the quantity `q(c, I)`.
#[inline(always)]
fn over_cells(a: &Active, unit: f64, q: impl Fn(usize, f64) -> f64) -> f64 {
    let mut total = 0.0;
    for c in 0..CELLS {
        let i = a.intensity[c];
        if i <= 0.0 {
            continue;
        }
        total += unit * q(c, i);
    }
    total
}

/// Whether any lever of a resolved scenario has a cost without a number (flagged in the output).
pub fn cost_missing(resolved: &Resolved) -> Vec<String> {
    let cat = Catalogue::embedded();
    resolved
        .active
        .iter()
        .filter(|a| cat.levers[a.lever].cost.missing && a.intensity.iter().any(|&i| i > 0.0))
        .map(|a| a.id.clone())
        .collect()
}
