//! WCAG 2 contrast of colours given as `#rrggbb`, and the text colour (ink) that reads best on a
//! fill. Used to label map regions so every label keeps AA contrast (4,5:1) on its own colour.
//!
//! ```
//! use laegedaekning::charts::{contrast_ratio, ink_on};
//! assert!(contrast_ratio("#000000", "#ffffff") > 20.9);
//! assert_eq!(ink_on("#0b4a48"), "#ffffff");
//! ```

/// Dark text colour of the app (`--ink` in main.css).
pub const DARK_INK: &str = "#1b2629";
/// Light text colour.
pub const LIGHT_INK: &str = "#ffffff";

/// Relative luminance (0 black … 1 white) of `#rrggbb`; an unreadable colour counts as black.
pub fn relative_luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let byte = hex.get(1 + 2 * i..3 + 2 * i).and_then(|h| u8::from_str_radix(h, 16).ok()).unwrap_or(0);
        let c = byte as f64 / 255.0;
        if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
}

/// Contrast ratio of two colours, 1 (none) to 21 (black on white); order does not matter.
pub fn contrast_ratio(a: &str, b: &str) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The ink, dark or light, with the higher contrast on `fill`.
pub fn ink_on(fill: &str) -> &'static str {
    if contrast_ratio(DARK_INK, fill) >= contrast_ratio(LIGHT_INK, fill) { DARK_INK } else { LIGHT_INK }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luminance_matches_the_wcag_definition() {
        assert_eq!(relative_luminance("#000000"), 0.0);
        assert!((relative_luminance("#ffffff") - 1.0).abs() < 1e-12);
        assert!((contrast_ratio("#777777", "#ffffff") - 4.48).abs() < 0.01);
        assert_eq!(contrast_ratio("#123456", "#abcdef"), contrast_ratio("#abcdef", "#123456"));
    }

    #[test]
    fn ink_is_dark_on_light_fills_and_light_on_dark_ones() {
        assert_eq!(ink_on("#e3f1ef"), DARK_INK);
        assert_eq!(ink_on("#0b5c5a"), LIGHT_INK);
        assert_eq!(ink_on(""), LIGHT_INK, "unreadable counts as black");
    }
}
