//! Value for money of one run against the reference (MODEL.md §4.2): PV cost, PV gap closed in T,
//! CE_gap (primary), CE_T, CE_net (net of gap opened in O), undiscounted totals, and the "no gain" /
//! "harmful" classification that replaces a ratio when the gap closed is not positive.
//!
//! Decision: the tolerance is [`GAIN_TOLERANCE`] = 0.001 FTE-years of PV gap closed (≈ 2 doctor-days
//! over 16 years). Below it a lever is "no gain", below its negative "harmful": floating-point noise
//! of a lever that changes nothing is ~1e-12, while a genuine effect this small would give a CE ratio
//! of no practical meaning.

use crate::model::Deltas;
use serde::Serialize;

/// PV FTE-years of gap closed below which a lever counts as "no gain" (and below −it as "harmful").
pub const GAIN_TOLERANCE: f64 = 1e-3;

/// Whether a lever closes gap in threatened areas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GainClass {
    Gain,
    NoGain,
    Harmful,
}

impl GainClass {
    pub fn of(pv_gap_closed: f64) -> GainClass {
        if pv_gap_closed > GAIN_TOLERANCE {
            GainClass::Gain
        } else if pv_gap_closed < -GAIN_TOLERANCE {
            GainClass::Harmful
        } else {
            GainClass::NoGain
        }
    }
}

/// Costs, effects and ratios of one lever at one effect setting. Ratios are DKK per FTE-year and
/// `None` unless the lever is a [`GainClass::Gain`] with a positive denominator.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LeverValue {
    pub pv_cost: f64,
    pub pv_gap_closed_threatened: f64,
    pub pv_fte_threatened: f64,
    pub pv_gap_opened_other: f64,
    pub ce_gap: Option<f64>,
    pub ce_threatened: Option<f64>,
    pub ce_net: Option<f64>,
    pub displacement: Option<f64>,
    pub cost: f64,
    pub gap_closed_threatened: f64,
    pub fte_threatened: f64,
    pub ce_gap_undiscounted: Option<f64>,
    pub class: GainClass,
    /// Rank by CE_gap among the levers with a gain at this setting (1 = best value for money).
    pub rank: Option<usize>,
}

impl LeverValue {
    pub fn from_deltas(d: &Deltas) -> LeverValue {
        let class = GainClass::of(d.pv_gap_closed_threatened);
        let gain = class == GainClass::Gain;
        let cost: f64 = d.cost.iter().sum();
        let gap: f64 = d.gap_closed_threatened.iter().sum();
        LeverValue {
            pv_cost: d.pv_cost,
            pv_gap_closed_threatened: d.pv_gap_closed_threatened,
            pv_fte_threatened: d.pv_fte_threatened,
            pv_gap_opened_other: d.pv_gap_opened_other,
            ce_gap: d.ce_gap.filter(|_| gain),
            ce_threatened: d.ce_threatened.filter(|_| gain),
            ce_net: d.ce_net.filter(|_| gain),
            displacement: d.displacement,
            cost,
            gap_closed_threatened: gap,
            fte_threatened: d.fte_threatened.iter().sum(),
            ce_gap_undiscounted: if gain && gap > 0.0 { Some(cost / gap) } else { None },
            class,
            rank: None,
        }
    }
}

/// Assigns ranks 1, 2, … to the levers with a gain: lowest CE_gap first, ties by larger gap closed,
/// then by position (catalogue order).
pub fn assign_ranks(values: &mut [&mut LeverValue]) {
    let mut order: Vec<usize> = (0..values.len()).filter(|&i| values[i].class == GainClass::Gain).collect();
    crate::sort::stable_sort_by(&mut order, |&a, &b| {
        let (x, y) = (&values[a], &values[b]);
        let ce = |v: &LeverValue| v.ce_gap.unwrap_or(f64::INFINITY);
        ce(x).total_cmp(&ce(y)).then(y.pv_gap_closed_threatened.total_cmp(&x.pv_gap_closed_threatened)).then(a.cmp(&b))
    });
    for (r, &i) in order.iter().enumerate() {
        values[i].rank = Some(r + 1);
    }
}
