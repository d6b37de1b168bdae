//! Everything a line chart draws, in pixels and words: scales, ticks with labels, the paths of both
//! lines and the bands, the reference line and the end labels. The component only renders this.
//!
//! ```
//! use laegedaekning::charts::{LineChartData, LineChartGeometry, Series, ZeroBaseline};
//! use laegedaekning::i18n::Lang;
//! let data = LineChartData {
//!     title: "Patienter pr. læge".into(),
//!     baseline: Series::new("Basis", (2025..=2040).map(|y| (y, 1600.0 + 10.0 * (y - 2025) as f64)).collect()),
//!     scenario: Series::new("Scenarie", (2025..=2040).map(|y| (y, 1600.0)).collect()),
//!     reference: None, bands: vec![], shared_scale: None, decimals: 0, zero: ZeroBaseline::Auto,
//! };
//! let chart = LineChartGeometry::new(&data, 390.0, Lang::Da);
//! assert!(chart.baseline.starts_with('M') && !chart.baseline.contains("NaN"));
//! assert!(chart.x_ticks.len() <= 6, "phone width: every few years only");
//! ```

use super::{
    Band, ChartLayout, LineChartData, LinearScale, NiceAxis, ReferenceLine, Series, band_path, line_path, y_domain, year_ticks,
};
use crate::format;
use crate::i18n::Lang;

/// A tick: where it sits on its axis (px) and what it says.
#[derive(Clone, Debug, PartialEq)]
pub struct AxisTick {
    pub position: f64,
    pub label: String,
}

/// A text at the chart's right edge naming a line (and, where it fits, its last value).
#[derive(Clone, Debug, PartialEq)]
pub struct EndLabel {
    pub y: f64,
    pub text: String,
}

/// The horizontal reference line (e.g. the norm) and where its label goes.
#[derive(Clone, Debug, PartialEq)]
pub struct ReferenceMark {
    pub y: f64,
    pub label: String,
    pub label_y: f64,
}

/// The drawable geometry of one line chart at one width.
#[derive(Clone, Debug, PartialEq)]
pub struct LineChartGeometry {
    pub layout: ChartLayout,
    pub x: LinearScale,
    pub y: LinearScale,
    pub x_ticks: Vec<AxisTick>,
    pub y_ticks: Vec<AxisTick>,
    /// SVG path data of the baseline and scenario lines.
    pub baseline: String,
    pub scenario: String,
    /// SVG path data of each band, in the order given.
    pub bands: Vec<String>,
    pub reference: Option<ReferenceMark>,
    pub baseline_end: Option<EndLabel>,
    pub scenario_end: Option<EndLabel>,
}

impl LineChartGeometry {
    /// Lays `data` out for a container `width` px wide (height follows the width).
    pub fn new(data: &LineChartData, width: f64, lang: Lang) -> Self {
        // 1. The frame's height fixes how many value ticks fit; their labels fix the left margin,
        //    the end labels the right one.
        let frame = ChartLayout::new(width, ChartLayout::height_for(width));
        let axis = NiceAxis::new(y_domain(data.all_values(), data.zero), frame.value_tick_budget());
        let y_labels = axis.labels(lang);
        let max_end_chars = frame.max_end_label_chars();
        let baseline_text = end_label_text(&data.baseline, data.decimals, lang, max_end_chars);
        let scenario_text = end_label_text(&data.scenario, data.decimals, lang, max_end_chars);
        let end_texts = [&baseline_text, &scenario_text].into_iter().flatten().map(|(_, t)| t);
        let layout = frame.with_side_labels(longest(&y_labels), longest(end_texts));

        // 2. Scales onto the plot area (y grows downwards in SVG).
        let plot = layout.plot;
        let (first, last) = data.years();
        let x = LinearScale::new((first as f64, last as f64), (plot.x, plot.right()));
        let y = LinearScale::new(axis.domain, (plot.bottom(), plot.y));

        // 3. Everything drawn, in pixels.
        let years = data.all_years();
        let line = |series: &Series| {
            line_path(years.iter().map(|&yr| (x.apply(yr as f64), series.value_in(yr).map_or(f64::NAN, |v| y.apply(v)))))
        };
        let band = |band: &Band| band_path(band.values.iter().map(|&(yr, lo, hi)| (x.apply(yr as f64), y.apply(lo), y.apply(hi))));
        let end_label = |t: Option<(f64, String)>| t.map(|(v, text)| EndLabel { y: y.apply(v), text });
        let (baseline_end, scenario_end) =
            spread_apart(end_label(baseline_text), end_label(scenario_text), layout.font_size * 1.2);

        Self {
            x_ticks: year_ticks(first, last, plot.width, layout.year_label_px())
                .into_iter()
                .map(|yr| AxisTick { position: x.apply(yr as f64), label: yr.to_string() })
                .collect(),
            y_ticks: axis.ticks.iter().zip(y_labels).map(|(&v, label)| AxisTick { position: y.apply(v), label }).collect(),
            baseline: line(&data.baseline),
            scenario: line(&data.scenario),
            bands: data.bands.iter().map(band).collect(),
            reference: data.reference.as_ref().filter(|r| r.value.is_finite()).map(|r| reference_mark(r, &y, &layout, data.decimals, lang)),
            baseline_end,
            scenario_end,
            layout,
            x,
            y,
        }
    }
}

/// The length in characters of the longest text.
fn longest<S: AsRef<str>>(texts: impl IntoIterator<Item = S>) -> usize {
    texts.into_iter().map(|t| t.as_ref().chars().count()).max().unwrap_or(0)
}

/// The reference line at its value, labelled "Norm 1.600" just above it (below it when above
/// would leave the plot).
fn reference_mark(reference: &ReferenceLine, y: &LinearScale, layout: &ChartLayout, decimals: usize, lang: Lang) -> ReferenceMark {
    let line_y = y.apply(reference.value);
    let above = line_y - layout.font_size * 0.4;
    let label_y = if above - layout.font_size < layout.plot.y { line_y + layout.font_size * 1.2 } else { above };
    let label = format!("{} {}", reference.label, format::number(reference.value, decimals, lang));
    ReferenceMark { y: line_y, label, label_y }
}

/// The last finite value of `series` and its end label: "Scenarie 1.720" when that fits in
/// `max_chars`, otherwise the label alone, shortened with "…" if even that is too long (the
/// legend and the table still give it in full).
fn end_label_text(series: &Series, decimals: usize, lang: Lang, max_chars: usize) -> Option<(f64, String)> {
    let (_, value) = series.values.iter().rev().find(|(_, v)| v.is_finite())?;
    let full = format!("{} {}", series.label, format::number(*value, decimals, lang));
    let text = if full.chars().count() <= max_chars {
        full
    } else if series.label.chars().count() <= max_chars {
        series.label.clone()
    } else {
        let kept: String = series.label.chars().take(max_chars.saturating_sub(1)).collect();
        format!("{}…", kept.trim_end())
    };
    Some((*value, text))
}

/// Moves two labels apart vertically until they are at least `gap` apart, around their midpoint.
fn spread_apart(a: Option<EndLabel>, b: Option<EndLabel>, gap: f64) -> (Option<EndLabel>, Option<EndLabel>) {
    match (a, b) {
        (Some(mut a), Some(mut b)) if (a.y - b.y).abs() < gap => {
            let mid = (a.y + b.y) / 2.0;
            let (upper, lower) = if a.y <= b.y { (&mut a, &mut b) } else { (&mut b, &mut a) };
            upper.y = mid - gap / 2.0;
            lower.y = mid + gap / 2.0;
            (Some(a), Some(b))
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::ZeroBaseline;
    use proptest::prelude::*;

    fn gp_chart() -> LineChartData {
        LineChartData {
            title: "Patienter pr. læge".into(),
            baseline: Series::new("Basis", (2025..=2040).map(|y| (y, 1650.0 + 13.0 * (y - 2025) as f64)).collect()),
            scenario: Series::new("Scenarie", (2025..=2040).map(|y| (y, 1650.0 + 4.0 * (y - 2025) as f64)).collect()),
            reference: Some(ReferenceLine { label: "Norm".into(), value: 1600.0 }),
            bands: vec![Band { label: "P5–P95".into(), values: (2025..=2040).map(|y| (y, 1600.0, 1900.0)).collect() }],
            shared_scale: None,
            decimals: 0,
            zero: ZeroBaseline::Auto,
        }
    }

    #[test]
    fn the_y_axis_covers_lines_norm_and_band_without_zero() {
        let g = LineChartGeometry::new(&gp_chart(), 800.0, Lang::Da);
        assert!(g.y.domain.0 <= 1600.0 && g.y.domain.0 > 0.0 && g.y.domain.1 >= 1900.0);
        assert!(g.y_ticks.iter().any(|t| t.label == "1.600"));
        assert!(g.y_ticks.windows(2).all(|w| w[0].position > w[1].position), "values grow upwards");
    }

    #[test]
    fn lines_start_and_end_at_the_plot_edges() {
        let g = LineChartGeometry::new(&gp_chart(), 800.0, Lang::Da);
        let plot = g.layout.plot;
        assert!(g.baseline.starts_with(&format!("M{}", (plot.x * 100.0).round() / 100.0)));
        assert_eq!(g.x_ticks.last().unwrap().label, "2040");
        assert!((g.x_ticks.last().unwrap().position - plot.right()).abs() < 1e-9);
        assert_eq!(g.bands.len(), 1);
        assert!(g.bands[0].ends_with('Z'));
    }

    #[test]
    fn year_labels_thin_out_on_a_phone_and_never_overlap() {
        let phone = LineChartGeometry::new(&gp_chart(), 390.0, Lang::Da);
        let wide = LineChartGeometry::new(&gp_chart(), 1200.0, Lang::Da);
        assert!(phone.x_ticks.len() < wide.x_ticks.len());
        let needed = phone.layout.year_label_px();
        assert!(phone.x_ticks.windows(2).all(|w| w[1].position - w[0].position >= needed));
    }

    #[test]
    fn end_labels_carry_values_when_wide_and_are_kept_apart() {
        let mut data = gp_chart();
        let wide = LineChartGeometry::new(&data, 1000.0, Lang::Da);
        assert_eq!(wide.baseline_end.as_ref().unwrap().text, "Basis 1.845");
        assert_eq!(wide.scenario_end.as_ref().unwrap().text, "Scenarie 1.710");
        data.scenario.values.last_mut().unwrap().1 = 1845.0;
        let close = LineChartGeometry::new(&data, 1000.0, Lang::Da);
        let (b, s) = (close.baseline_end.unwrap(), close.scenario_end.unwrap());
        assert!((b.y - s.y).abs() >= close.layout.font_size * 1.2 - 1e-9);
    }

    #[test]
    fn long_series_names_are_shortened_at_the_end_not_drawn_off_the_chart() {
        let mut data = gp_chart();
        data.scenario.label = "Pakke A: flere uddannelsesstillinger i Nordjylland".into();
        let phone = LineChartGeometry::new(&data, 390.0, Lang::Da);
        let text = phone.scenario_end.unwrap().text;
        assert!(text.ends_with('…') && text.starts_with("Pakke"), "{text}");
        assert!(text.chars().count() <= phone.layout.max_end_label_chars());
        assert!(phone.layout.plot.right() + ChartLayout::text_width(text.chars().count(), phone.layout.font_size) <= 390.0);
    }

    #[test]
    fn the_reference_line_is_labelled_with_its_value() {
        let g = LineChartGeometry::new(&gp_chart(), 800.0, Lang::En);
        let r = g.reference.unwrap();
        assert_eq!(r.label, "Norm 1,600");
        assert!(r.y > g.layout.plot.y && r.y < g.layout.plot.bottom());
    }

    #[test]
    fn missing_years_and_empty_series_draw_gaps_not_nan() {
        let mut data = gp_chart();
        data.scenario.values.retain(|(y, _)| *y != 2030);
        data.baseline.values[3].1 = f64::NAN;
        let g = LineChartGeometry::new(&data, 600.0, Lang::Da);
        assert_eq!(g.scenario.matches('M').count(), 2);
        assert_eq!(g.baseline.matches('M').count(), 2);
        data.baseline.values.clear();
        data.scenario.values.clear();
        let empty = LineChartGeometry::new(&data, 600.0, Lang::Da);
        assert!(empty.baseline.is_empty() && empty.baseline_end.is_none());
    }

    fn value() -> impl Strategy<Value = f64> {
        prop_oneof![9 => -1e6f64..1e6, 1 => Just(f64::NAN), 1 => Just(f64::INFINITY)]
    }

    proptest! {
        #[test]
        fn any_data_at_any_width_draws_without_nan_and_inside_the_frame(
            baseline in proptest::collection::vec(value(), 0..20),
            scenario in proptest::collection::vec(value(), 0..20),
            reference in proptest::option::of(value()),
            width in 0f64..3000.0,
        ) {
            let series = |label: &str, values: &[f64]| Series::new(label, values.iter().enumerate().map(|(i, &v)| (2025 + i as i32, v)).collect());
            let data = LineChartData {
                title: "T".into(),
                baseline: series("Basis", &baseline),
                scenario: series("Scenarie", &scenario),
                reference: reference.map(|value| ReferenceLine { label: "Norm".into(), value }),
                bands: vec![Band { label: "P5–P95".into(), values: baseline.iter().enumerate().map(|(i, &v)| (2025 + i as i32, v - 1.0, v + 1.0)).collect() }],
                shared_scale: None,
                decimals: 0,
                zero: ZeroBaseline::Auto,
            };
            let g = LineChartGeometry::new(&data, width, Lang::Da);
            for d in [&g.baseline, &g.scenario, &g.bands[0]] {
                prop_assert!(!d.contains("NaN") && !d.contains("inf"), "{d}");
            }
            let plot = g.layout.plot;
            prop_assert!(g.y_ticks.iter().all(|t| t.position >= plot.y - 1e-6 && t.position <= plot.bottom() + 1e-6));
            prop_assert!(g.x_ticks.iter().all(|t| t.position >= plot.x - 1e-6 && t.position <= plot.right() + 1e-6));
            prop_assert!(g.x_ticks.windows(2).all(|w| w[1].position - w[0].position >= g.layout.year_label_px() - 1e-6));
        }
    }
}
