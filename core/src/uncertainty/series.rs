//! What one run leaves behind for a band: the six headline series of one area (MODEL.md §4.1,
//! `model::Headline`), plus the gap series a baseline run needs for "gap closed". 6 × 16 numbers a
//! run, so a band holds O(draws) memory whatever the number of cells.

use crate::model::dims::YEARS;
use crate::model::{Area, Headline, Results};

/// Number of headline KPIs (`Headline::ALL`).
pub const HEADLINES: usize = 6;

/// Headline series by `Headline::ALL` index and year index.
pub type Series = [[f64; YEARS]; HEADLINES];

/// The baseline run of one draw, as cached: its headline series and its yearly gap in FTE.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BaselineSeries {
    pub headlines: Series,
    pub gap_fte: [f64; YEARS],
}

/// Index of `headline` in `Headline::ALL`.
pub fn headline_index(headline: Headline) -> usize {
    Headline::ALL.iter().position(|h| *h == headline).unwrap_or(0)
}

/// The series of `res` in `area` against the same-draw baseline whose gap is `base_gap`. Values are
/// those of [`Headline::value`] / [`Headline::series_into`] bit-for-bit: the same definitions, and
/// "gap closed" accumulates Σ (base gap − scenario gap) in the same order.
///
/// The area's KPIs are computed once per year (not once per headline): `Results::area` sums every
/// cell, and calling it five times a year was a fifth of a draw's cost.
pub fn record(res: &Results, area: Area, base_gap: &[f64; YEARS], out: &mut Series) {
    let mut closed = 0.0;
    for t in 0..YEARS {
        let k = res.area(t, area);
        for (h, headline) in Headline::ALL.iter().enumerate() {
            out[h][t] = match headline {
                Headline::GapClosed => {
                    closed += base_gap[t] - k.gap_fte;
                    closed
                }
                other => other.of_area(&k, res, t),
            };
        }
    }
}

/// The gap series of `res` in `area`.
pub fn gap_series(res: &Results, area: Area) -> [f64; YEARS] {
    let mut gap = [0.0; YEARS];
    for (t, g) in gap.iter_mut().enumerate() {
        *g = res.area(t, area).gap_fte;
    }
    gap
}

/// A baseline run recorded against itself (gap closed and cost are 0 by construction).
pub fn record_baseline(res: &Results, area: Area) -> BaselineSeries {
    let gap_fte = gap_series(res, area);
    let mut headlines = [[0.0; YEARS]; HEADLINES];
    record(res, area, &gap_fte, &mut headlines);
    BaselineSeries { headlines, gap_fte }
}
