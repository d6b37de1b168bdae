//! SVG path data (`d` attributes) for lines and bands, already in pixel coordinates.
//!
//! A line breaks where a point is missing or not finite (a gap in the data is drawn as a gap,
//! never as a jump to 0 or a "NaN" in the path). A band is a closed polygon: the upper edge
//! forwards, the lower edge backwards; it too breaks into pieces at missing points.
//!
//! ```
//! use laegedaekning::charts::{band_path, line_path};
//! let d = line_path([(0.0, 10.0), (5.0, 12.0), (10.0, f64::NAN), (15.0, 25.0), (20.0, 30.0)]);
//! assert_eq!(d, "M0,10L5,12M15,25L20,30");
//! assert_eq!(band_path([(0.0, 1.0, 3.0), (2.0, 2.0, 4.0)]), "M0,3L2,4L2,2L0,1Z");
//! ```

use std::fmt::Write;

/// Writes one coordinate with at most two decimals and no trailing zeros ("12.5", "40").
fn push_number(out: &mut String, value: f64) {
    let rounded = (value * 100.0).round() / 100.0;
    let rounded = if rounded == 0.0 { 0.0 } else { rounded }; // no "-0"
    let _ = write!(out, "{rounded}");
}

fn push_point(out: &mut String, command: char, (x, y): (f64, f64)) {
    out.push(command);
    push_number(out, x);
    out.push(',');
    push_number(out, y);
}

fn is_finite_point((x, y): (f64, f64)) -> bool {
    x.is_finite() && y.is_finite()
}

/// Consecutive runs of finite items, each run as its own vector.
fn finite_runs<T: Copy>(items: impl IntoIterator<Item = T>, finite: impl Fn(T) -> bool) -> Vec<Vec<T>> {
    let mut runs = vec![Vec::new()];
    for item in items {
        if finite(item) {
            runs.last_mut().expect("never empty").push(item);
        } else if !runs.last().expect("never empty").is_empty() {
            runs.push(Vec::new());
        }
    }
    runs.retain(|run| !run.is_empty());
    runs
}

/// A polyline through `points` (x, y in px), starting a new subpath after every non-finite point.
/// A lone point between gaps becomes a zero-length segment so a round line cap still shows it.
pub fn line_path(points: impl IntoIterator<Item = (f64, f64)>) -> String {
    let mut d = String::new();
    for run in finite_runs(points, is_finite_point) {
        push_point(&mut d, 'M', run[0]);
        for &p in &run[1..] {
            push_point(&mut d, 'L', p);
        }
        if run.len() == 1 {
            push_point(&mut d, 'L', run[0]);
        }
    }
    d
}

/// Closed polygons for a band given as (x, y of the low value, y of the high value) in px: along
/// the high edge, back along the low edge, `Z`. Points with any non-finite coordinate split the band.
pub fn band_path(points: impl IntoIterator<Item = (f64, f64, f64)>) -> String {
    let finite = |(x, lo, hi): (f64, f64, f64)| x.is_finite() && lo.is_finite() && hi.is_finite();
    let mut d = String::new();
    for run in finite_runs(points, finite) {
        let high_edge = run.iter().map(|&(x, _, hi)| (x, hi));
        let low_edge = run.iter().rev().map(|&(x, lo, _)| (x, lo));
        for (i, p) in high_edge.chain(low_edge).enumerate() {
            push_point(&mut d, if i == 0 { 'M' } else { 'L' }, p);
        }
        d.push('Z');
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_line_through_finite_points_is_one_subpath() {
        assert_eq!(line_path([(0.0, 0.0), (10.5, 20.25), (20.0, 5.0)]), "M0,0L10.5,20.25L20,5");
        assert_eq!(line_path(std::iter::empty()), "");
    }

    #[test]
    fn non_finite_points_break_the_line() {
        let d = line_path([(0.0, 1.0), (1.0, 2.0), (2.0, f64::NAN), (3.0, 4.0), (4.0, 5.0)]);
        assert_eq!(d, "M0,1L1,2M3,4L4,5");
        assert_eq!(line_path([(0.0, f64::INFINITY), (1.0, 1.0), (2.0, f64::NAN)]), "M1,1L1,1");
    }

    #[test]
    fn coordinates_are_rounded_to_two_decimals_without_negative_zero() {
        assert_eq!(line_path([(1.0 / 3.0, -0.001), (2.0, 2.0)]), "M0.33,0L2,2");
    }

    #[test]
    fn a_band_goes_forward_on_top_and_back_below() {
        let d = band_path([(0.0, 10.0, 5.0), (1.0, 11.0, 6.0), (2.0, 12.0, 7.0)]);
        assert_eq!(d, "M0,5L1,6L2,7L2,12L1,11L0,10Z");
        let split = band_path([(0.0, 10.0, 5.0), (1.0, f64::NAN, 6.0), (2.0, 12.0, 7.0), (3.0, 13.0, 8.0)]);
        assert_eq!(split, "M0,5L0,10ZM2,7L3,8L3,13L2,12Z");
    }

    fn coordinate() -> impl Strategy<Value = f64> {
        prop_oneof![8 => -1e5f64..1e5, 1 => Just(f64::NAN), 1 => Just(f64::INFINITY), 1 => Just(f64::NEG_INFINITY)]
    }

    proptest! {
        #[test]
        fn paths_never_contain_nan_or_inf(
            points in proptest::collection::vec((coordinate(), coordinate(), coordinate()), 0..30),
        ) {
            let line = line_path(points.iter().map(|&(x, y, _)| (x, y)));
            let band = band_path(points.iter().copied());
            for d in [&line, &band] {
                prop_assert!(!d.contains("NaN") && !d.contains("inf"), "{d}");
                prop_assert!(d.is_empty() || d.starts_with('M'));
            }
            let finite = points.iter().filter(|&&(x, y, _)| x.is_finite() && y.is_finite()).count();
            prop_assert_eq!(line.is_empty(), finite == 0);
        }
    }
}
