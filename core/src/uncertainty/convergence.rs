//! The stopping rule of MODEL.md §5.3: in batches of 250 draws, stop when P5, P50 and P95 change by
//! less than 1 % between two consecutive batches.
//!
//! Decision: the spec names ΔGapClosed_T 2040, CE_gap and flagged population-years; a band job
//! keeps the six headline series of one area (no PV cost or flag series), so the rule is checked on
//! the final-year value of every headline — gap closed 2040 included — comparing the quantiles of
//! the first m − 1 complete batches with those of the first m. A change counts as relative to the
//! larger of the two values; two zeros (e.g. the gap closed of an empty scenario) have changed by 0.

use super::band::quantiles_with_error;
use super::series::{HEADLINES, Series};
use crate::model::dims::YEARS;

/// The outcome of the stopping-rule check.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Convergence {
    /// Complete batches compared (the rule needs at least 2).
    pub batches: usize,
    /// Largest relative change of P5, P50 or P95 of any headline's final year between the last two
    /// batch counts (∞ with fewer than 2 batches).
    pub worst_change: f64,
    pub converged: bool,
}

/// Checks the rule on per-draw `values` with batches of `batch_size` at `tolerance` (0.01 = 1 %).
pub fn convergence(values: &[Series], batch_size: usize, tolerance: f64) -> Convergence {
    let batches = if batch_size == 0 { 0 } else { values.len() / batch_size };
    if batches < 2 {
        return Convergence { batches, worst_change: f64::INFINITY, converged: false };
    }
    let (before, after) = ((batches - 1) * batch_size, batches * batch_size);
    let mut worst: f64 = 0.0;
    let mut scratch = Vec::with_capacity(after);
    for h in 0..HEADLINES {
        let mut at = |n: usize| {
            scratch.clear();
            scratch.extend(values[..n].iter().map(|s| s[h][YEARS - 1]));
            quantiles_with_error(&mut scratch).0
        };
        let (a, b) = (at(before), at(after));
        for q in [0, 2, 4] {
            let scale = a[q].abs().max(b[q].abs());
            let change = if scale == 0.0 { 0.0 } else { (a[q] - b[q]).abs() / scale };
            // NaN (a KPI without a value) never counts as converged.
            worst = if change.is_nan() { f64::INFINITY } else { worst.max(change) };
        }
    }
    Convergence { batches, worst_change: worst, converged: worst < tolerance }
}
