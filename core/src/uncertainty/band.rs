//! Quantile bands of one headline KPI over the Monte Carlo draws, with their Monte Carlo error.
//!
//! Quantile rule: type 7 of Hyndman & Fan (1996) — R's default, NumPy's "linear" — on the values
//! sorted by IEEE total order: h = (n − 1)·p, Q(p) = x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎). NaN
//! values (a ratio with a zero denominator) sort above every number, so they show in the top
//! quantiles rather than being silently dropped.
//!
//! Monte Carlo error (bootstrap-free): on the probability scale a quantile estimated from n draws is
//! off by s = √(p(1 − p)/n) (MODEL.md §5.3); on the value scale the band reports
//! (Q(p + s) − Q(p − s)) / 2 from the same sorted values — the order-statistic (sectioning)
//! approximation of the standard error.

use super::series::Series;
use crate::model::Headline;
use crate::model::dims::{FIRST_YEAR, YEARS};

/// The probabilities of a band: P5, P25, P50, P75, P95.
pub const PROBABILITIES: [f64; 5] = [0.05, 0.25, 0.5, 0.75, 0.95];

/// One headline's band for one area.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Band {
    pub headline: Headline,
    /// Calendar years (2025…2040).
    pub years: Vec<i32>,
    pub p5: Vec<f64>,
    pub p25: Vec<f64>,
    pub p50: Vec<f64>,
    pub p75: Vec<f64>,
    pub p95: Vec<f64>,
    /// Standard error of each quantile on the value scale, `se[q][year]` in [`PROBABILITIES`] order.
    pub se: [Vec<f64>; 5],
    /// Number of draws behind the band.
    pub draws: usize,
}

impl Band {
    /// The quantile vectors in [`PROBABILITIES`] order.
    pub fn quantiles(&self) -> [&Vec<f64>; 5] {
        [&self.p5, &self.p25, &self.p50, &self.p75, &self.p95]
    }
}

/// √(p(1 − p)/n): the sampling error of a quantile on the probability scale (∞ for n = 0).
pub fn probability_se(p: f64, n: usize) -> f64 {
    if n == 0 { f64::INFINITY } else { (p * (1.0 - p) / n as f64).sqrt() }
}

/// Type-7 quantile of values already sorted by total order (NaN for an empty slice).
pub fn quantile_sorted(sorted: &[f64], p: f64) -> f64 {
    let n = sorted.len();
    if n == 0 {
        return f64::NAN;
    }
    let h = (n - 1) as f64 * p.clamp(0.0, 1.0);
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(n - 1);
    let (a, b) = (sorted[lo], sorted[hi]);
    if a == b { a } else { a + (h - lo as f64) * (b - a) }
}

/// Sorts `values` in place by total order and returns the five quantiles and their value-scale errors.
pub fn quantiles_with_error(values: &mut [f64]) -> ([f64; 5], [f64; 5]) {
    values.sort_unstable_by(f64::total_cmp);
    let n = values.len();
    let mut q = [0.0; 5];
    let mut se = [0.0; 5];
    for (i, &p) in PROBABILITIES.iter().enumerate() {
        q[i] = quantile_sorted(values, p);
        let s = probability_se(p, n);
        se[i] = (quantile_sorted(values, (p + s).min(1.0)) - quantile_sorted(values, (p - s).max(0.0))) / 2.0;
    }
    (q, se)
}

/// The band of `headline` from `series_of(draw)[year]` over `draws` draws; `scratch` is reused.
pub fn band_from<'a>(
    headline: Headline,
    first_year: i32,
    years: usize,
    draws: usize,
    series_of: impl Fn(usize) -> &'a [f64],
    scratch: &mut Vec<f64>,
) -> Band {
    let mut band = Band {
        headline,
        years: (0..years).map(|t| first_year + t as i32).collect(),
        p5: Vec::with_capacity(years),
        p25: Vec::with_capacity(years),
        p50: Vec::with_capacity(years),
        p75: Vec::with_capacity(years),
        p95: Vec::with_capacity(years),
        se: Default::default(),
        draws,
    };
    for t in 0..years {
        scratch.clear();
        scratch.extend((0..draws).map(|i| series_of(i)[t]));
        let (q, se) = quantiles_with_error(scratch);
        for (out, v) in [&mut band.p5, &mut band.p25, &mut band.p50, &mut band.p75, &mut band.p95].into_iter().zip(q) {
            out.push(v);
        }
        for (out, v) in band.se.iter_mut().zip(se) {
            out.push(v);
        }
    }
    band
}

/// Bands of all six headlines (`Headline::ALL` order) over per-draw series, in any draw order
/// (the quantiles sort their values).
pub fn bands_over(values: &[Series]) -> Vec<Band> {
    let mut scratch = Vec::with_capacity(values.len());
    Headline::ALL
        .iter()
        .enumerate()
        .map(|(h, &headline)| band_from(headline, FIRST_YEAR, YEARS, values.len(), |i| &values[i][h], &mut scratch))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_7_matches_the_textbook_values() {
        // R: quantile(1:10, c(.05, .25, .5, .75, .95)) = 1.45 3.25 5.50 7.75 9.55.
        let mut v: Vec<f64> = (1..=10).rev().map(f64::from).collect();
        let (q, se) = quantiles_with_error(&mut v);
        let expected = [1.45, 3.25, 5.5, 7.75, 9.55];
        for (a, b) in q.iter().zip(expected) {
            assert!((a - b).abs() < 1e-12, "{q:?}");
        }
        assert!(se.iter().all(|s| *s > 0.0));
        assert_eq!(quantile_sorted(&[3.0], 0.95), 3.0);
        assert!(quantile_sorted(&[], 0.5).is_nan());
        assert!((probability_se(0.05, 1000) - 0.006892).abs() < 1e-6);
    }
}
