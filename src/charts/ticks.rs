//! "Nice" value axes: a 1-2-5 step (…, 0,5, 1, 2, 5, 10, 20, …), a domain widened to whole steps so
//! the first and last tick sit on its ends, and tick labels in the reader's language.
//!
//! ```
//! use laegedaekning::charts::NiceAxis;
//! use laegedaekning::i18n::Lang;
//! let axis = NiceAxis::new((1480.0, 1910.0), 5);
//! assert_eq!(axis.domain, (1400.0, 2000.0));
//! assert_eq!(axis.labels(Lang::Da), ["1.400", "1.600", "1.800", "2.000"]);
//! ```

use crate::format;
use crate::i18n::Lang;

/// Multipliers of a power of ten that make a nice step.
const NICE_MULTIPLIERS: [f64; 3] = [1.0, 2.0, 5.0];

/// The nice steps from the smallest that could split `span` into `max_intervals`, upwards.
fn candidate_steps(span: f64, max_intervals: usize) -> impl Iterator<Item = f64> {
    let raw = span / max_intervals.max(1) as f64;
    let mut exponent = raw.log10().floor() as i32;
    let mut index = 0;
    std::iter::from_fn(move || {
        let step = NICE_MULTIPLIERS[index] * 10f64.powi(exponent);
        index += 1;
        if index == NICE_MULTIPLIERS.len() {
            index = 0;
            exponent += 1;
        }
        Some(step)
    })
}

/// A value axis with nice ticks. `domain` is widened from the data domain to whole steps, so
/// `ticks` starts at `domain.0`, ends at `domain.1` and covers every value in between.
#[derive(Clone, Debug, PartialEq)]
pub struct NiceAxis {
    pub domain: (f64, f64),
    pub step: f64,
    pub ticks: Vec<f64>,
}

impl NiceAxis {
    /// The axis with the smallest 1-2-5 step that covers `data_domain` (min, max) in at most
    /// `max_intervals` intervals (at least two, so a domain around zero always fits). A flat or
    /// non-finite domain is widened first.
    pub fn new(data_domain: (f64, f64), max_intervals: usize) -> Self {
        let (lo, hi) = widen_degenerate(data_domain);
        let max_intervals = max_intervals.max(2);
        candidate_steps(hi - lo, max_intervals)
            .map(|step| Self::with_step(lo, hi, step))
            .find(|axis| axis.ticks.len() - 1 <= max_intervals)
            .expect("some step always fits: steps grow without bound")
    }

    fn with_step(lo: f64, hi: f64, step: f64) -> Self {
        // Division can round across a whole step; step back where the product overshoots.
        let mut first = (lo / step).floor() as i64;
        if first as f64 * step > lo {
            first -= 1;
        }
        let mut last = ((hi / step).ceil() as i64).max(first + 1);
        if (last as f64 * step) < hi {
            last += 1;
        }
        let ticks: Vec<f64> = (first..=last).map(|k| k as f64 * step).collect();
        Self { domain: (ticks[0], ticks[ticks.len() - 1]), step, ticks }
    }

    /// How many decimals the labels need to tell ticks apart (0 for steps of 1 and above).
    pub fn decimals(&self) -> usize {
        (-self.step.log10() - 1e-9).ceil().max(0.0) as usize
    }

    /// Every tick as written in `lang` (Danish "1.600", "0,5"; English "1,600", "0.5").
    pub fn labels(&self, lang: Lang) -> Vec<String> {
        let decimals = self.decimals();
        self.ticks.iter().map(|&v| format::number(v, decimals, lang)).collect()
    }
}

/// A domain the step search can work with: finite, ordered and of non-zero width.
fn widen_degenerate((a, b): (f64, f64)) -> (f64, f64) {
    if !a.is_finite() || !b.is_finite() {
        return (0.0, 1.0);
    }
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    if hi > lo {
        return (lo, hi);
    }
    let pad = if lo == 0.0 { 1.0 } else { lo.abs() * 0.1 };
    (lo - pad, hi + pad)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn picks_one_two_five_steps() {
        assert_eq!(NiceAxis::new((0.0, 1.0), 5).step, 0.2);
        assert_eq!(NiceAxis::new((0.0, 10.0), 5).step, 2.0);
        assert_eq!(NiceAxis::new((0.0, 23.0), 5).step, 5.0);
        assert_eq!(NiceAxis::new((0.0, 1000.0), 4).step, 500.0);
        assert_eq!(NiceAxis::new((1480.0, 1910.0), 5).ticks, [1400.0, 1600.0, 1800.0, 2000.0]);
    }

    #[test]
    fn labels_group_thousands_and_use_the_decimal_comma_in_danish() {
        let axis = NiceAxis::new((0.0, 12_500.0), 5);
        assert_eq!(axis.labels(Lang::Da), ["0", "5.000", "10.000", "15.000"]);
        assert_eq!(axis.labels(Lang::En), ["0", "5,000", "10,000", "15,000"]);
        let small = NiceAxis::new((0.0, 1.0), 2);
        assert_eq!(small.decimals(), 1);
        assert_eq!(small.labels(Lang::Da), ["0,0", "0,5", "1,0"]);
        let negative = NiceAxis::new((-2_000.0, 500.0), 5);
        assert_eq!(negative.labels(Lang::Da)[0], "−2.000");
    }

    #[test]
    fn flat_and_broken_domains_still_give_an_axis() {
        assert_eq!(NiceAxis::new((0.0, 0.0), 4).domain, (-1.0, 1.0));
        let flat = NiceAxis::new((1600.0, 1600.0), 4);
        assert!(flat.domain.0 < 1600.0 && flat.domain.1 > 1600.0);
        assert_eq!(NiceAxis::new((f64::NAN, 3.0), 4).domain, (0.0, 1.0));
        assert_eq!(NiceAxis::new((10.0, 0.0), 5).domain, (0.0, 10.0));
    }

    fn is_one_two_five(step: f64) -> bool {
        let mantissa = step / 10f64.powf(step.log10().floor());
        NICE_MULTIPLIERS.iter().any(|m| (mantissa - m).abs() < 1e-9) || (mantissa - 10.0).abs() < 1e-9
    }

    proptest! {
        #[test]
        fn ticks_cover_the_data_are_monotone_and_few_enough(
            lo in -1e7f64..1e7, width in 0f64..1.0, scale in 1e-3f64..1e7, max in 1usize..12,
        ) {
            let hi = lo + width * scale;
            let axis = NiceAxis::new((lo, hi), max);
            prop_assert!(axis.domain.0 <= lo && axis.domain.1 >= hi);
            prop_assert_eq!(axis.ticks[0], axis.domain.0);
            prop_assert_eq!(*axis.ticks.last().unwrap(), axis.domain.1);
            prop_assert!(axis.ticks.windows(2).all(|w| w[0] < w[1]));
            prop_assert!(axis.ticks.len() >= 2 && axis.ticks.len() - 1 <= max.max(2));
            prop_assert!(is_one_two_five(axis.step), "step {}", axis.step);
        }

        #[test]
        fn labels_are_distinct(lo in -1e6f64..1e6, width in 1e-2f64..1e6, max in 2usize..10) {
            let axis = NiceAxis::new((lo, lo + width), max);
            let labels = axis.labels(Lang::Da);
            prop_assert!(labels.windows(2).all(|w| w[0] != w[1]), "{:?}", labels);
        }
    }
}
