//! Year ticks for the time axis: the smallest step of 1, 2, 5, 10, … years whose labels do not
//! overlap in the available width, on years divisible by that step (2025, 2030, 2035, 2040).
//!
//! ```
//! use laegedaekning::charts::year_ticks;
//! assert_eq!(year_ticks(2025, 2040, 200.0, 40.0), [2025, 2030, 2035, 2040]);
//! assert_eq!(year_ticks(2025, 2040, 1200.0, 40.0).len(), 16);
//! ```

/// Years to label between `first` and `last` (inclusive) on an axis `width` px wide, where one
/// label needs `label_px` px (text plus gap). Years are written without thousands separators.
pub fn year_ticks(first: i32, last: i32, width: f64, label_px: f64) -> Vec<i32> {
    let (first, last) = (first.min(last), first.max(last));
    if first == last {
        return vec![first];
    }
    let step = year_step(last - first, width, label_px);
    let start = first.div_euclid(step) * step + if first.rem_euclid(step) == 0 { 0 } else { step };
    let mut ticks: Vec<i32> = (start..=last).step_by(step as usize).collect();
    // When even a step as long as the span leaves two labels too close, keep only the last.
    let px_per_year = if width > 0.0 { width / (last - first) as f64 } else { 0.0 };
    if ticks.len() > 1 && (step as f64) * px_per_year < label_px {
        ticks.drain(..ticks.len() - 1);
    }
    if ticks.is_empty() { vec![first] } else { ticks }
}

/// The smallest step in 1, 2, 5, 10, 20, 50, … years that leaves `label_px` between labels.
fn year_step(span_years: i32, width: f64, label_px: f64) -> i32 {
    let px_per_year = if width > 0.0 { width / span_years as f64 } else { 0.0 };
    let mut magnitude = 1;
    loop {
        for multiplier in [1, 2, 5] {
            let step = multiplier * magnitude;
            if step >= span_years || step as f64 * px_per_year >= label_px {
                return step;
            }
        }
        magnitude *= 10;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn wide_axes_label_every_year_and_phones_fewer() {
        assert_eq!(year_ticks(2025, 2040, 1100.0, 44.0), (2025..=2040).collect::<Vec<_>>());
        assert_eq!(year_ticks(2025, 2040, 500.0, 44.0), (2026..=2040).step_by(2).collect::<Vec<_>>());
        assert_eq!(year_ticks(2025, 2040, 250.0, 44.0), [2025, 2030, 2035, 2040]);
        assert_eq!(year_ticks(2025, 2040, 100.0, 44.0), [2030, 2040]);
    }

    #[test]
    fn a_single_year_or_no_width_still_labels_something() {
        assert_eq!(year_ticks(2030, 2030, 300.0, 44.0), [2030]);
        assert_eq!(year_ticks(2025, 2040, 0.0, 44.0), [2040]);
        assert_eq!(year_ticks(2021, 2039, 0.0, 44.0), [2021]);
    }

    proptest! {
        #[test]
        fn labels_never_overlap_and_stay_inside(
            first in 1990i32..2030, span in 1i32..60, width in 50f64..2000.0, label_px in 20f64..80.0,
        ) {
            let last = first + span;
            let ticks = year_ticks(first, last, width, label_px);
            let px_per_year = width / span as f64;
            prop_assert!(!ticks.is_empty());
            prop_assert!(ticks.iter().all(|y| (first..=last).contains(y)));
            prop_assert!(ticks.windows(2).all(|w| w[0] < w[1]));
            let spacing_ok = ticks.windows(2).all(|w| (w[1] - w[0]) as f64 * px_per_year >= label_px - 1e-9);
            prop_assert!(spacing_ok, "{ticks:?} at {px_per_year} px/year");
        }
    }
}
