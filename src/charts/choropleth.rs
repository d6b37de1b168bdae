//! The colour scale of the region map: values fall into classes bounded by nice numbers
//! (1.500–1.600, 1.600–1.700, …), each class a step of a sequential teal ramp (light = low,
//! dark = high), with a legend whose steps are labelled with their bounds.
//!
//! ```
//! use laegedaekning::charts::ColourScale;
//! use laegedaekning::i18n::Lang;
//! let scale = ColourScale::new([1520.0, 1610.0, 1790.0, 1850.0, 1700.0]);
//! assert_eq!(scale.legend(Lang::Da)[0].label, "1.500–1.600");
//! assert_ne!(scale.colour_for(Some(1520.0)), scale.colour_for(Some(1850.0)));
//! ```

use super::{NiceAxis, ink_on};
use crate::i18n::Lang;

/// Sequential ramp in the app's accent hue, light to dark; every step has AA contrast (4,5:1)
/// with its ink from [`ink_on`].
pub const RAMP: [&str; 5] = ["#e3f1ef", "#a8d5cf", "#5fa8a3", "#1f7a76", "#0b4a48"];
/// Fill of a region without a value.
pub const NO_DATA: &str = "#e8ecec";

/// One step of the legend: its colour, the ink readable on it and its bounds as text.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendStep {
    pub colour: &'static str,
    pub ink: &'static str,
    pub label: String,
}

/// Classes with nice bounds over the values' extent, at most one per ramp step.
#[derive(Clone, Debug, PartialEq)]
pub struct ColourScale {
    axis: NiceAxis,
    /// False when no value was finite: every region is grey and the legend is empty.
    has_values: bool,
}

impl ColourScale {
    /// The scale for the finite `values`.
    pub fn new(values: impl IntoIterator<Item = f64>) -> Self {
        let finite: Vec<f64> = values.into_iter().filter(|v| v.is_finite()).collect();
        let lo = finite.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = finite.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        Self { axis: NiceAxis::new((lo, hi), RAMP.len()), has_values: !finite.is_empty() }
    }

    /// Number of classes (1–5).
    pub fn class_count(&self) -> usize {
        self.axis.ticks.len() - 1
    }

    /// The ramp colour of class `index`, spread over the ramp so few classes still differ clearly.
    fn class_colour(&self, index: usize) -> &'static str {
        let last = RAMP.len() - 1;
        let classes = self.class_count();
        if classes == 1 {
            return RAMP[last / 2];
        }
        RAMP[((index * last) as f64 / (classes - 1) as f64).round() as usize]
    }

    /// The class of `value`: bounds are [lower, upper), the top class also takes its upper bound.
    fn class_of(&self, value: f64) -> usize {
        let upper_bounds = &self.axis.ticks[1..];
        upper_bounds.iter().position(|&b| value < b).unwrap_or(upper_bounds.len() - 1)
    }

    /// Fill colour for a value; [`NO_DATA`] for none or a non-finite one.
    pub fn colour_for(&self, value: Option<f64>) -> &'static str {
        match value.filter(|v| v.is_finite()) {
            Some(v) => self.class_colour(self.class_of(v)),
            None => NO_DATA,
        }
    }

    /// The legend, lowest class first, bounds written in `lang` ("1.500–1.600"); empty without values.
    pub fn legend(&self, lang: Lang) -> Vec<LegendStep> {
        if !self.has_values {
            return Vec::new();
        }
        let bounds = self.axis.labels(lang);
        (0..self.class_count())
            .map(|i| {
                let colour = self.class_colour(i);
                LegendStep { colour, ink: ink_on(colour), label: format!("{}–{}", bounds[i], bounds[i + 1]) }
            })
            .collect()
    }

    /// Decimals the class bounds are written with.
    pub fn decimals(&self) -> usize {
        self.axis.decimals()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::contrast_ratio;
    use proptest::prelude::*;

    #[test]
    fn every_ramp_step_and_the_no_data_fill_keep_aa_contrast_with_their_ink() {
        for fill in RAMP.iter().chain([&NO_DATA]) {
            assert!(contrast_ratio(fill, ink_on(fill)) >= 4.5, "{fill}");
        }
    }

    #[test]
    fn classes_have_nice_bounds_and_darken_with_the_value() {
        let scale = ColourScale::new([1520.0, 1610.0, 1790.0, 1850.0, 1700.0]);
        let labels: Vec<String> = scale.legend(Lang::Da).into_iter().map(|s| s.label).collect();
        assert_eq!(labels, ["1.500–1.600", "1.600–1.700", "1.700–1.800", "1.800–1.900"]);
        assert_eq!(scale.colour_for(Some(1520.0)), RAMP[0]);
        assert_eq!(scale.colour_for(Some(1850.0)), RAMP[4]);
        assert_eq!(scale.colour_for(Some(1900.0)), RAMP[4], "the top bound belongs to the top class");
        assert_eq!(scale.colour_for(Some(1600.0)), scale.legend(Lang::Da)[1].colour, "lower bounds are inclusive");
    }

    #[test]
    fn missing_values_are_grey_and_equal_values_share_one_class() {
        let scale = ColourScale::new([5.0, 5.0]);
        assert_eq!(scale.colour_for(None), NO_DATA);
        assert_eq!(scale.colour_for(Some(f64::NAN)), NO_DATA);
        assert_eq!(scale.colour_for(Some(5.0)), scale.colour_for(Some(5.0)));
        assert!(ColourScale::new([]).legend(Lang::En).is_empty());
    }

    proptest! {
        #[test]
        fn colours_never_get_lighter_as_values_grow(
            values in proptest::collection::vec(-1e6f64..1e6, 1..6), a in 0f64..1.0, b in 0f64..1.0,
        ) {
            let scale = ColourScale::new(values.iter().copied());
            prop_assert!((1..=RAMP.len()).contains(&scale.class_count()));
            let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
            let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let (small, large) = (lo + a.min(b) * (hi - lo), lo + a.max(b) * (hi - lo));
            let step = |v| RAMP.iter().position(|c| *c == scale.colour_for(Some(v))).unwrap();
            prop_assert!(step(small) <= step(large));
        }
    }
}
