//! The plain data a line chart shows: yearly values of a baseline and a scenario, an optional
//! reference line (the 1.600-patient norm) and optional uncertainty bands. The lab fills these
//! from model results; labels arrive already in the reader's language.
//!
//! ```
//! use laegedaekning::charts::{LineChartData, ReferenceLine, Series, ZeroBaseline};
//! let data = LineChartData {
//!     title: "Patienter pr. praktiserende læge".into(),
//!     baseline: Series::new("Basis", vec![(2025, 1650.0), (2040, 1850.0)]),
//!     scenario: Series::new("Scenarie", vec![(2025, 1650.0), (2040, 1720.0)]),
//!     reference: Some(ReferenceLine { label: "Norm".into(), value: 1600.0 }),
//!     bands: vec![],
//!     shared_scale: None,
//!     decimals: 0,
//!     zero: ZeroBaseline::Auto,
//! };
//! assert_eq!(data.years(), (2025, 2040));
//! ```

use super::ZeroBaseline;

/// One line: a label and (year, value) pairs in year order. Missing years or non-finite values
/// are drawn as gaps.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: String,
    pub values: Vec<(i32, f64)>,
}

impl Series {
    pub fn new(label: impl Into<String>, values: Vec<(i32, f64)>) -> Self {
        Self { label: label.into(), values }
    }

    /// The value in `year`, if the series has a finite one.
    pub fn value_in(&self, year: i32) -> Option<f64> {
        self.values.iter().find(|(y, _)| *y == year).map(|(_, v)| *v).filter(|v| v.is_finite())
    }
}

/// A horizontal line with its label, e.g. the norm of 1.600 patients per GP.
#[derive(Clone, Debug, PartialEq)]
pub struct ReferenceLine {
    pub label: String,
    pub value: f64,
}

/// An uncertainty band, e.g. P5–P95: (year, low, high) per year.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub label: String,
    pub values: Vec<(i32, f64, f64)>,
}

/// Everything one line chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct LineChartData {
    pub title: String,
    pub baseline: Series,
    pub scenario: Series,
    pub reference: Option<ReferenceLine>,
    /// Drawn behind the lines, widest first (P5–P95 before P25–P75).
    pub bands: Vec<Band>,
    /// Values the y axis must also cover (low, high): small multiples pass the extremes of the
    /// whole row so every chart of the row has the same scale.
    pub shared_scale: Option<(f64, f64)>,
    /// Decimals of values in labels, the description and the table.
    pub decimals: usize,
    pub zero: ZeroBaseline,
}

impl LineChartData {
    /// First and last year of either series; (0, 0) when both are empty.
    pub fn years(&self) -> (i32, i32) {
        let years = || self.baseline.values.iter().chain(&self.scenario.values).map(|(y, _)| *y);
        (years().min().unwrap_or(0), years().max().unwrap_or(0))
    }

    /// Every year either series has, ascending, without repeats.
    pub fn all_years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self.baseline.values.iter().chain(&self.scenario.values).map(|(y, _)| *y).collect();
        laegedaekning_core::sort::stable_sort_by(&mut years, i32::cmp);
        years.dedup();
        years
    }

    /// Every value the y axis must show: both series, the reference line and the bands.
    pub fn all_values(&self) -> impl Iterator<Item = f64> + '_ {
        let lines = self.baseline.values.iter().chain(&self.scenario.values).map(|(_, v)| *v);
        let reference = self.reference.iter().map(|r| r.value);
        let bands = self.bands.iter().flat_map(|b| b.values.iter().flat_map(|(_, lo, hi)| [*lo, *hi]));
        let shared = self.shared_scale.iter().flat_map(|(lo, hi)| [*lo, *hi]);
        lines.chain(reference).chain(bands).chain(shared)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> LineChartData {
        LineChartData {
            title: "T".into(),
            baseline: Series::new("Basis", vec![(2025, 1.0), (2026, f64::NAN), (2027, 3.0)]),
            scenario: Series::new("Scenarie", vec![(2026, 2.0), (2028, 4.0)]),
            reference: Some(ReferenceLine { label: "Norm".into(), value: 10.0 }),
            bands: vec![Band { label: "P5–P95".into(), values: vec![(2026, -1.0, 5.0)] }],
            shared_scale: None,
            decimals: 0,
            zero: ZeroBaseline::Auto,
        }
    }

    #[test]
    fn years_span_both_series() {
        assert_eq!(data().years(), (2025, 2028));
        assert_eq!(data().all_years(), [2025, 2026, 2027, 2028]);
    }

    #[test]
    fn values_include_reference_and_bands() {
        let values: Vec<f64> = data().all_values().filter(|v| v.is_finite()).collect();
        assert_eq!(values, [1.0, 3.0, 2.0, 4.0, 10.0, -1.0, 5.0]);
    }

    #[test]
    fn a_missing_or_broken_value_is_none() {
        let d = data();
        assert_eq!(d.baseline.value_in(2025), Some(1.0));
        assert_eq!(d.baseline.value_in(2026), None);
        assert_eq!(d.baseline.value_in(2030), None);
    }
}
