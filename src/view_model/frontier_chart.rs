//! The budget pool's efficient frontier as geometry: cumulative present-value cost (mio. kr.) on x
//! against cumulative shortage closed in threatened areas (FTE-years) on y, one point per greedy
//! step from the origin (the baseline), and each lever alone at its reference intensity as a hollow
//! marker — below the line means the frontier buys more for the same money.

use crate::charts::{AxisTick, ChartLayout, LinearScale, NiceAxis, line_path};
use laegedaekning_core::analysis::Portfolio;
use crate::i18n::Lang;

/// A marker in px with what it stands for.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub x: f64,
    pub y: f64,
    pub label: String,
}

/// The frontier chart laid out for one width.
#[derive(Clone, Debug, PartialEq)]
pub struct FrontierGeometry {
    pub width: f64,
    pub height: f64,
    pub font_size: f64,
    pub plot_left: f64,
    pub plot_right: f64,
    pub plot_top: f64,
    pub plot_bottom: f64,
    pub x_ticks: Vec<AxisTick>,
    pub y_ticks: Vec<AxisTick>,
    /// SVG path of the frontier (origin first).
    pub path: String,
    pub steps: Vec<Marker>,
    pub singles: Vec<Marker>,
}

impl FrontierGeometry {
    pub fn new(p: &Portfolio, width: f64, lang: Lang) -> Self {
        let frame = ChartLayout::new(width, ChartLayout::height_for(width));
        let font = frame.font_size;
        let points: Vec<(f64, f64)> =
            std::iter::once((0.0, 0.0)).chain(p.frontier.iter().map(|f| (f.pv_cost / 1e6, f.pv_gap_closed))).collect();
        let singles: Vec<(f64, f64, &str)> =
            p.singles.iter().filter(|s| s.pv_cost.is_finite() && s.pv_gap_closed.is_finite()).map(|s| (s.pv_cost / 1e6, s.pv_gap_closed, s.id.as_str())).collect();
        let xs = points.iter().map(|p| p.0).chain(singles.iter().map(|s| s.0));
        let ys = points.iter().map(|p| p.1).chain(singles.iter().map(|s| s.1));
        let span = |it: &mut dyn Iterator<Item = f64>| it.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let x_axis = NiceAxis::new(span(&mut xs.into_iter()), 5);
        let y_axis = NiceAxis::new(span(&mut ys.into_iter()), frame.value_tick_budget());
        let y_labels = y_axis.labels(lang);
        let longest = y_labels.iter().map(|l| l.chars().count()).max().unwrap_or(1);
        let plot_left = ChartLayout::text_width(longest, font) + font;
        let plot_right = frame.width - font * 1.5;
        let (plot_top, plot_bottom) = (frame.plot.y, frame.plot.bottom());
        let x = LinearScale::new(x_axis.domain, (plot_left, plot_right));
        let y = LinearScale::new(y_axis.domain, (plot_bottom, plot_top));
        let x_labels = x_axis.labels(lang);
        Self {
            width: frame.width,
            height: frame.height,
            font_size: font,
            plot_left,
            plot_right,
            plot_top,
            plot_bottom,
            x_ticks: x_axis.ticks.iter().zip(x_labels).map(|(&v, label)| AxisTick { position: x.apply(v), label }).collect(),
            y_ticks: y_axis.ticks.iter().zip(y_labels).map(|(&v, label)| AxisTick { position: y.apply(v), label }).collect(),
            path: line_path(points.iter().map(|&(a, b)| (x.apply(a), y.apply(b)))),
            steps: points
                .iter()
                .skip(1)
                .zip(&p.frontier)
                .map(|(&(a, b), f)| Marker { x: x.apply(a), y: y.apply(b), label: format!("{} {}", f.step, f.lever) })
                .collect(),
            singles: singles.iter().map(|&(a, b, id)| Marker { x: x.apply(a), y: y.apply(b), label: id.to_string() }).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use laegedaekning_core::analysis::{Job, PortfolioJob, PortfolioOptions};
    use laegedaekning_core::model::Baseline;

    #[test]
    fn the_frontier_starts_at_the_origin_and_stays_in_the_plot() {
        let b = Baseline::embedded().unwrap();
        let mut opts = PortfolioOptions::national(30.0);
        opts.max_steps = 6;
        let p = PortfolioJob::new(&b, opts).unwrap().run_to_end(&b);
        let g = FrontierGeometry::new(&p, 600.0, Lang::Da);
        assert!(g.path.starts_with('M'));
        assert_eq!(g.steps.len(), p.frontier.len());
        for m in g.steps.iter().chain(&g.singles) {
            assert!(m.x >= g.plot_left - 1e-9 && m.x <= g.plot_right + 1e-9, "{m:?}");
            assert!(m.y >= g.plot_top - 1e-9 && m.y <= g.plot_bottom + 1e-9, "{m:?}");
        }
        assert!(!g.x_ticks.is_empty() && !g.y_ticks.is_empty());
    }
}
