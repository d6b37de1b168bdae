//! The attribution waterfall as geometry: from the baseline (0) each lever's Shapley value is a bar
//! that starts where the previous one ended, largest contribution first, and a last bar shows the
//! whole package (Σφ = the package's effect). Horizontal bars, so long lever names fit on a phone;
//! positive and negative bars differ in pattern class and sign of their value label, not by colour
//! alone.

use crate::charts::{AxisTick, ChartLayout, LinearScale, NiceAxis};
use crate::format;
use crate::i18n::Lang;

/// One bar in data units.
#[derive(Clone, Debug, PartialEq)]
pub struct WaterfallBar {
    pub label: String,
    pub from: f64,
    pub to: f64,
    /// The package total (drawn from 0, in a different style).
    pub total: bool,
}

/// The bars: contributions sorted by size (largest magnitude first), then the total.
pub fn waterfall_bars(contributions: &[(String, f64)], total_label: &str) -> Vec<WaterfallBar> {
    let mut sorted: Vec<&(String, f64)> = contributions.iter().collect();
    laegedaekning_core::sort::stable_sort_by(&mut sorted, |a, b| b.1.abs().total_cmp(&a.1.abs()));
    let mut at = 0.0;
    let mut bars: Vec<WaterfallBar> = sorted
        .into_iter()
        .map(|(label, v)| {
            let bar = WaterfallBar { label: label.clone(), from: at, to: at + v, total: false };
            at += v;
            bar
        })
        .collect();
    bars.push(WaterfallBar { label: total_label.to_string(), from: 0.0, to: at, total: true });
    bars
}

/// One drawn bar in px.
#[derive(Clone, Debug, PartialEq)]
pub struct BarShape {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub label: String,
    /// The bar's value with its sign ("+12,3", "−4,0").
    pub value: String,
    /// Where the value label goes (after the bar's far end) and its anchor.
    pub value_x: f64,
    pub value_anchor: &'static str,
    pub positive: bool,
    pub total: bool,
}

/// The waterfall laid out for `width` px.
#[derive(Clone, Debug, PartialEq)]
pub struct WaterfallGeometry {
    pub width: f64,
    pub height: f64,
    pub font_size: f64,
    pub label_x: f64,
    pub bars: Vec<BarShape>,
    pub ticks: Vec<AxisTick>,
    pub zero_x: f64,
    pub plot_top: f64,
    pub plot_bottom: f64,
}

impl WaterfallGeometry {
    pub fn new(bars: &[WaterfallBar], width: f64, decimals: usize, lang: Lang) -> Self {
        let width = width.max(ChartLayout::MIN_WIDTH);
        let font = ChartLayout::font_size_for(width);
        let row = font * 2.0;
        let longest = bars.iter().map(|b| b.label.chars().count()).max().unwrap_or(0);
        let label_w = ChartLayout::text_width(longest, font).min(width * 0.38) + font * 0.5;
        let value_room = ChartLayout::text_width(8, font);
        let (lo, hi) = bars.iter().fold((0.0f64, 0.0f64), |(lo, hi), b| (lo.min(b.from.min(b.to)), hi.max(b.from.max(b.to))));
        let axis = NiceAxis::new((lo, hi), 4);
        let plot_left = label_w + value_room * if lo < 0.0 { 1.0 } else { 0.2 };
        let plot_right = width - value_room;
        let x = LinearScale::new(axis.domain, (plot_left, plot_right.max(plot_left + 10.0)));
        let top = font * 0.5;
        let shapes = bars
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let (a, z) = (x.apply(b.from), x.apply(b.to));
                let positive = b.to >= b.from;
                let gap = font * 0.3;
                BarShape {
                    x: a.min(z),
                    y: top + i as f64 * row + row * 0.15,
                    width: (z - a).abs().max(1.0),
                    height: row * 0.7,
                    label: b.label.clone(),
                    value: format::signed(b.to - b.from, decimals, lang),
                    value_x: if positive { z.max(a) + gap } else { z.min(a) - gap },
                    value_anchor: if positive { "start" } else { "end" },
                    positive,
                    total: b.total,
                }
            })
            .collect::<Vec<_>>();
        let plot_bottom = top + bars.len() as f64 * row;
        let labels = axis.labels(lang);
        Self {
            width,
            height: plot_bottom + font * 2.0,
            font_size: font,
            label_x: label_w - font * 0.5,
            ticks: axis.ticks.iter().zip(labels).map(|(&v, label)| AxisTick { position: x.apply(v), label }).collect(),
            zero_x: x.apply(0.0),
            bars: shapes,
            plot_top: top,
            plot_bottom,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_chain_from_zero_to_the_total_largest_first() {
        let c = vec![("P9".to_string(), 2.0), ("P1a".to_string(), -5.0), ("H4".to_string(), 10.0)];
        let bars = waterfall_bars(&c, "I alt");
        assert_eq!(bars.iter().map(|b| b.label.as_str()).collect::<Vec<_>>(), ["H4", "P1a", "P9", "I alt"]);
        assert_eq!((bars[0].from, bars[0].to), (0.0, 10.0));
        assert_eq!((bars[1].from, bars[1].to), (10.0, 5.0));
        assert_eq!((bars[2].from, bars[2].to), (5.0, 7.0));
        assert!(bars[3].total && bars[3].to == 7.0 && bars[3].from == 0.0);
    }

    #[test]
    fn geometry_keeps_bars_inside_and_labels_signed() {
        let c = vec![("Stærke faglige miljøer".to_string(), 12.5), ("P1a".to_string(), -4.0)];
        for width in [280.0, 390.0, 1024.0] {
            let g = WaterfallGeometry::new(&waterfall_bars(&c, "Pakken"), width, 1, Lang::Da);
            assert_eq!(g.bars.len(), 3);
            for b in &g.bars {
                assert!(b.x >= 0.0 && b.x + b.width <= g.width + 1e-9, "{b:?} at {width}");
                assert!(b.y + b.height <= g.plot_bottom);
            }
            assert_eq!(g.bars[0].value, "+12,5");
            assert_eq!(g.bars[1].value, "−4,0");
            assert!(!g.bars[1].positive && g.bars[1].value_anchor == "end");
            assert!(g.bars[2].total);
            assert!(g.ticks.first().unwrap().position <= g.zero_x);
        }
    }
}
