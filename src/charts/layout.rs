//! The frame of a chart for a given size in CSS pixels: font size, margins and the plot area.
//!
//! The SVG's viewBox equals this size, so one unit is one CSS pixel at the width the chart was laid
//! out for: text keeps its size on a 390 px phone and grows on a wide projector canvas.
//!
//! ```
//! use laegedaekning::charts::ChartLayout;
//! let layout = ChartLayout::new(390.0, ChartLayout::height_for(390.0)).with_side_labels(5, 8);
//! assert!(layout.font_size >= 13.0);
//! assert!(layout.plot.x > 0.0 && layout.plot.right() < 390.0);
//! ```

/// Average advance of one character in the chart font, as a share of the font size (digits and
/// Latin letters of Liberation Sans / Arial are 0.5–0.6 em).
const CHAR_WIDTH_EM: f64 = 0.6;

/// A rectangle in px.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn right(&self) -> f64 {
        self.x + self.width
    }

    pub fn bottom(&self) -> f64 {
        self.y + self.height
    }
}

/// Where everything of a line chart goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartLayout {
    pub width: f64,
    pub height: f64,
    /// Font size of tick and end labels, in px.
    pub font_size: f64,
    pub plot: Rect,
}

impl ChartLayout {
    /// The smallest width laid out; narrower containers scale the SVG down instead.
    pub const MIN_WIDTH: f64 = 280.0;

    /// A chart height that suits `width`: taller than wide is never needed, flatter on big screens.
    pub fn height_for(width: f64) -> f64 {
        let width = width.max(Self::MIN_WIDTH);
        (width * if width < 600.0 { 0.75 } else { 0.5 }).clamp(240.0, 560.0)
    }

    /// Font size for a width: 13 px on phones, growing to 22 px on a projector-wide chart.
    pub fn font_size_for(width: f64) -> f64 {
        (width / 48.0).clamp(13.0, 22.0)
    }

    /// Width in px of `chars` characters at `font_size` (an estimate; SVG text is not measured).
    pub fn text_width(chars: usize, font_size: f64) -> f64 {
        chars as f64 * CHAR_WIDTH_EM * font_size
    }

    /// The frame with room for the x tick labels below and a half line above; the sides get a
    /// minimal margin until [`ChartLayout::with_side_labels`] widens them.
    pub fn new(width: f64, height: f64) -> Self {
        let width = width.max(Self::MIN_WIDTH);
        let font_size = Self::font_size_for(width);
        let top = font_size;
        let bottom = font_size * 2.2;
        let side = font_size * 1.5;
        let plot = Rect { x: side, y: top, width: width - 2.0 * side, height: (height - top - bottom).max(font_size) };
        Self { width, height, font_size, plot }
    }

    /// Widens the left margin for y tick labels of `y_label_chars` characters and the right margin
    /// for end labels of `end_label_chars`, keeping at least half the width for the plot.
    pub fn with_side_labels(mut self, y_label_chars: usize, end_label_chars: usize) -> Self {
        let gap = self.font_size * 0.5;
        let left = Self::text_width(y_label_chars, self.font_size) + gap;
        let right = Self::text_width(end_label_chars, self.font_size) + gap;
        // The last year label is centred on the plot's right edge: keep room for its half.
        let right = right.max(Self::text_width(2, self.font_size) + gap);
        let left = left.max(self.plot.x).min(self.width * 0.25);
        let right = right.min(self.width * 0.25);
        self.plot.x = left;
        self.plot.width = self.width - left - right;
        self
    }

    /// The most value intervals that keep y labels about two lines apart.
    pub fn value_tick_budget(&self) -> usize {
        ((self.plot.height / (self.font_size * 2.2)).floor() as usize).clamp(2, 8)
    }

    /// Width one year label needs on the x axis, gap included ("2040" plus a character).
    pub fn year_label_px(&self) -> f64 {
        Self::text_width(5, self.font_size)
    }

    /// The widest end label that fits the right margin's cap, in characters.
    pub fn max_end_label_chars(&self) -> usize {
        ((self.width * 0.25 - self.font_size * 0.5) / (CHAR_WIDTH_EM * self.font_size)).floor().max(0.0) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn phones_get_readable_type_and_projectors_bigger_type() {
        assert_eq!(ChartLayout::font_size_for(390.0), 13.0);
        assert_eq!(ChartLayout::font_size_for(1200.0), 22.0);
        assert_eq!(ChartLayout::height_for(390.0), 292.5);
        assert_eq!(ChartLayout::height_for(1200.0), 560.0);
    }

    #[test]
    fn side_labels_widen_the_margins() {
        let bare = ChartLayout::new(800.0, 400.0);
        let labelled = bare.with_side_labels(5, 12);
        assert!(labelled.plot.x > bare.plot.x);
        assert!(labelled.plot.right() < bare.plot.right());
        let right_margin = ChartLayout::text_width(12, labelled.font_size) + labelled.font_size * 0.5;
        assert!((labelled.plot.right() + right_margin - 800.0).abs() < 1e-9);
    }

    #[test]
    fn a_phone_keeps_half_its_width_for_the_plot() {
        let layout = ChartLayout::new(390.0, 300.0).with_side_labels(12, 30);
        assert!(layout.plot.width >= 195.0);
        assert!(layout.year_label_px() < layout.plot.width / 3.0, "at least a few years fit");
    }

    proptest! {
        #[test]
        fn the_plot_lies_inside_the_frame(
            width in 0f64..4000.0, height in 0f64..2000.0, y_chars in 0usize..20, end_chars in 0usize..40,
        ) {
            let l = ChartLayout::new(width, height).with_side_labels(y_chars, end_chars);
            prop_assert!(l.plot.x >= 0.0 && l.plot.y >= 0.0);
            prop_assert!(l.plot.width >= l.width * 0.5 - 1e-9 && l.plot.right() <= l.width);
            prop_assert!(l.plot.height > 0.0);
            prop_assert!((2..=8).contains(&l.value_tick_budget()));
        }
    }
}
