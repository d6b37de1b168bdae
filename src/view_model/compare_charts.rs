//! The compare view's small multiples: for each headline KPI one row with a chart per compared
//! scenario (baseline dashed, scenario solid), every chart of a row on the same y scale so the eye
//! can compare heights across the row.

use crate::i18n::Lang;
use crate::view_model::kpi_cards::Kpi;
use crate::band_state::BandSnapshot;
use crate::view_model::lab_charts::{add_band, chart};
use crate::charts::LineChartData;
use laegedaekning_core::model::{Area, Results};

/// Rows of charts (one row per KPI, one chart per run named by `names`), scales shared per row,
/// with each run's uncertainty band where `bands` has one.
pub fn small_multiples(
    base: &Results,
    runs: &[Results],
    names: &[String],
    bands: &[Option<BandSnapshot>],
    area: Area,
    area_name: &str,
    lang: Lang,
) -> Vec<Vec<LineChartData>> {
    if runs.is_empty() {
        return Vec::new();
    }
    Kpi::ALL
        .iter()
        .map(|&kpi| {
            let mut row: Vec<LineChartData> = runs
                .iter()
                .zip(names)
                .enumerate()
                .map(|(i, (r, name))| {
                    let mut c = chart(kpi, r, base, area, area_name, lang);
                    c.title = format!("{} – {name}", kpi.title().text(lang));
                    c.scenario.label = name.clone();
                    if let Some(band) = bands.get(i).and_then(|b| b.as_ref()).and_then(|b| b.of(kpi.headline())) {
                        add_band(&mut c, band, lang);
                    }
                    c
                })
                .collect();
            let values = row.iter().flat_map(|c| c.all_values().collect::<Vec<_>>()).filter(|v| v.is_finite());
            let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
            if lo <= hi {
                row.iter_mut().for_each(|c| c.shared_scale = Some((lo, hi)));
            }
            row
        })
        .collect()
}

/// A chart with nothing to draw (a cell whose scenario was just removed).
pub fn empty_chart() -> LineChartData {
    use crate::charts::{Series, ZeroBaseline};
    LineChartData {
        title: String::new(),
        baseline: Series::new("", Vec::new()),
        scenario: Series::new("", Vec::new()),
        reference: None,
        bands: Vec::new(),
        shared_scale: None,
        decimals: 0,
        zero: ZeroBaseline::Auto,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::LineChartGeometry;
    use laegedaekning_core::model::{Baseline, run};
    use laegedaekning_core::{LeverSetting, Scenario};

    #[test]
    fn every_chart_of_a_row_has_the_same_y_axis() {
        let b = Baseline::embedded().unwrap();
        let base = run(&b, &Scenario::default());
        let runs = vec![run(&b, &Scenario { levers: vec![LeverSetting::new("P9", 10.0)] }), run(&b, &Scenario { levers: vec![LeverSetting::new("P1a", 2.0)] })];
        let names = vec!["A".to_string(), "B".to_string()];
        let rows = small_multiples(&base, &runs, &names, &[], Area::Threatened, "truede", Lang::Da);
        assert_eq!(rows.len(), Kpi::ALL.len());
        for row in &rows {
            assert_eq!(row.len(), 2);
            let axes: Vec<_> = row.iter().map(|c| LineChartGeometry::new(c, 400.0, Lang::Da).y_ticks).collect();
            assert_eq!(axes[0], axes[1], "{}", row[0].title);
        }
        assert_eq!(rows[0][1].scenario.label, "B");
        assert!(small_multiples(&base, &[], &[], &[], Area::Nation, "", Lang::Da).is_empty());
    }
}
