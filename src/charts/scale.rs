//! A linear scale: maps a data domain onto a pixel range and back.
//!
//! ```
//! use laegedaekning::charts::LinearScale;
//! // y axis: 0..2000 patients onto 300..0 px (SVG y grows downwards).
//! let y = LinearScale::new((0.0, 2000.0), (300.0, 0.0));
//! assert_eq!(y.apply(1000.0), 150.0);
//! assert_eq!(y.invert(150.0), 1000.0);
//! ```

/// Maps `domain` linearly onto `range`. A degenerate domain (both ends equal) maps every value to
/// the middle of the range, so a flat series still draws instead of dividing by zero.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LinearScale {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl LinearScale {
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        Self { domain, range }
    }

    fn domain_span(&self) -> f64 {
        self.domain.1 - self.domain.0
    }

    /// The position of `value` in the range (extrapolates outside the domain).
    pub fn apply(&self, value: f64) -> f64 {
        let span = self.domain_span();
        if span == 0.0 {
            return (self.range.0 + self.range.1) / 2.0;
        }
        let t = (value - self.domain.0) / span;
        self.range.0 + t * (self.range.1 - self.range.0)
    }

    /// The domain value at `position` in the range; the inverse of [`LinearScale::apply`].
    pub fn invert(&self, position: f64) -> f64 {
        let range_span = self.range.1 - self.range.0;
        if range_span == 0.0 || self.domain_span() == 0.0 {
            return self.domain.0;
        }
        let t = (position - self.range.0) / range_span;
        self.domain.0 + t * self.domain_span()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn maps_ends_onto_ends_including_reversed_ranges() {
        let s = LinearScale::new((2025.0, 2040.0), (40.0, 640.0));
        assert_eq!(s.apply(2025.0), 40.0);
        assert_eq!(s.apply(2040.0), 640.0);
        let y = LinearScale::new((0.0, 2000.0), (300.0, 0.0));
        assert_eq!(y.apply(1600.0), 60.0);
        assert_eq!(y.invert(60.0), 1600.0);
    }

    #[test]
    fn a_flat_domain_maps_to_the_middle_and_never_to_nan() {
        let s = LinearScale::new((5.0, 5.0), (0.0, 100.0));
        assert_eq!(s.apply(5.0), 50.0);
        assert_eq!(s.invert(10.0), 5.0);
    }

    proptest! {
        #[test]
        fn invert_undoes_apply(
            d0 in -1e6f64..1e6, span in 1e-3f64..1e6,
            r0 in -2000f64..2000.0, r_span in prop_oneof![-2000f64..-1.0, 1.0f64..2000.0],
            t in -0.5f64..1.5,
        ) {
            let s = LinearScale::new((d0, d0 + span), (r0, r0 + r_span));
            let v = d0 + t * span;
            let back = s.invert(s.apply(v));
            prop_assert!((back - v).abs() <= 1e-9 * (v.abs() + span), "{v} -> {back}");
        }

        #[test]
        fn apply_is_monotone(d0 in -1e6f64..1e6, span in 1e-3f64..1e6, a in 0f64..1.0, b in 0f64..1.0) {
            let s = LinearScale::new((d0, d0 + span), (0.0, 500.0));
            let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
            prop_assert!(s.apply(d0 + lo * span) <= s.apply(d0 + hi * span) + 1e-9);
        }
    }
}
