//! The y domain of a chart: the extent of everything drawn (baseline, scenario, reference line,
//! bands), padded so no line touches the frame, and with zero included where that is honest.
//!
//! ```
//! use laegedaekning::charts::{ZeroBaseline, y_domain};
//! // Patients per GP: 1.550–1.850 against the 1.600 norm; zero would flatten the lines.
//! let (lo, hi) = y_domain([1550.0, 1850.0, 1600.0], ZeroBaseline::Auto);
//! assert!(lo > 1500.0 && lo < 1550.0 && hi > 1850.0);
//! // Unfilled posts 40–120: zero is close, so the axis starts there.
//! assert_eq!(y_domain([40.0, 120.0], ZeroBaseline::Auto).0, 0.0);
//! ```

/// Share of the data's span added above and below.
pub const PADDING: f64 = 0.05;

/// Whether the y axis must reach zero.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ZeroBaseline {
    /// Include zero when all values share a sign and zero is no further from them than their
    /// own span (so 40–120 starts at 0, 1.550–1.850 does not).
    #[default]
    Auto,
    /// Always include zero (amounts such as costs).
    Always,
    /// Never add zero (rates compared against a norm).
    Never,
}

/// The padded (min, max) of the finite `values`; (0, 1) when there are none. A flat set of values
/// gets a small span around it so the line sits in the middle.
pub fn y_domain(values: impl IntoIterator<Item = f64>, zero: ZeroBaseline) -> (f64, f64) {
    let Some((mut lo, mut hi)) = finite_extent(values) else {
        return (0.0, 1.0);
    };
    let span = hi - lo;
    let near_zero = (lo > 0.0 && lo <= span) || (hi < 0.0 && -hi <= span);
    if zero == ZeroBaseline::Always || (zero == ZeroBaseline::Auto && near_zero) {
        lo = lo.min(0.0);
        hi = hi.max(0.0);
    }
    let span = hi - lo;
    if span == 0.0 {
        let pad = if lo == 0.0 { 1.0 } else { lo.abs() * 0.1 };
        return (lo - pad, hi + pad);
    }
    // Pad outwards, but never across zero: an axis that starts at 0 keeps starting there.
    let pad = span * PADDING;
    let padded_lo = if lo >= 0.0 { (lo - pad).max(0.0) } else { lo - pad };
    let padded_hi = if hi <= 0.0 { (hi + pad).min(0.0) } else { hi + pad };
    (padded_lo, padded_hi)
}

/// (min, max) of the finite values, if any.
fn finite_extent(values: impl IntoIterator<Item = f64>) -> Option<(f64, f64)> {
    values
        .into_iter()
        .filter(|v| v.is_finite())
        .fold(None, |acc, v| match acc {
            None => Some((v, v)),
            Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn pads_five_percent_each_side() {
        assert_eq!(y_domain([1500.0, 1900.0], ZeroBaseline::Never), (1480.0, 1920.0));
    }

    #[test]
    fn zero_is_included_when_near_or_asked_for() {
        assert_eq!(y_domain([40.0, 120.0], ZeroBaseline::Auto), (0.0, 126.0));
        assert_eq!(y_domain([1500.0, 1900.0], ZeroBaseline::Always), (0.0, 1995.0));
        assert_eq!(y_domain([40.0, 120.0], ZeroBaseline::Never), (36.0, 124.0));
        assert_eq!(y_domain([-120.0, -40.0], ZeroBaseline::Auto), (-126.0, 0.0));
    }

    #[test]
    fn non_finite_values_are_ignored_and_empty_input_gives_unit_domain() {
        assert_eq!(y_domain([f64::NAN, 10.0, f64::INFINITY, 20.0], ZeroBaseline::Never), (9.5, 20.5));
        assert_eq!(y_domain([f64::NAN], ZeroBaseline::Auto), (0.0, 1.0));
        assert_eq!(y_domain(std::iter::empty(), ZeroBaseline::Auto), (0.0, 1.0));
    }

    #[test]
    fn a_flat_series_gets_room_around_it() {
        assert_eq!(y_domain([1600.0, 1600.0], ZeroBaseline::Never), (1440.0, 1760.0));
        assert_eq!(y_domain([0.0], ZeroBaseline::Auto), (-1.0, 1.0));
    }

    proptest! {
        #[test]
        fn the_domain_contains_every_finite_value(
            values in proptest::collection::vec(prop_oneof![-1e7f64..1e7, Just(f64::NAN)], 0..40),
            zero in prop_oneof![Just(ZeroBaseline::Auto), Just(ZeroBaseline::Always), Just(ZeroBaseline::Never)],
        ) {
            let (lo, hi) = y_domain(values.iter().copied(), zero);
            prop_assert!(lo.is_finite() && hi.is_finite() && lo < hi);
            prop_assert!(values.iter().filter(|v| v.is_finite()).all(|&v| lo <= v && v <= hi));
            if zero == ZeroBaseline::Always {
                prop_assert!(lo <= 0.0 && hi >= 0.0);
            }
        }
    }
}
