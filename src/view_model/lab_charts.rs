//! The lab's charts and map as data: for each headline KPI the baseline and scenario series
//! 2025–2040 for the chosen area, and the regions' values for the map in the chosen year.

use crate::charts::{Band as ChartBand, LineChartData, ReferenceLine, Series, ZeroBaseline};
use crate::i18n::comparator::Cm;
use laegedaekning_core::uncertainty::Band;
use crate::format;
use crate::i18n::{Lang, Msg};
use crate::view_model::kpi_cards::Kpi;
use laegedaekning_core::data::Region;
use laegedaekning_core::model::{Area, Results};

/// The GP list-size norm (patients per GP capacity), drawn on the patients-per-GP chart.
pub const GP_NORM: f64 = 1600.0;

fn series(kpi: Kpi, res: &Results, base: &Results, area: Area, label: &str) -> Series {
    let values = kpi.series(res, base, area);
    Series::new(label, res.years.iter().zip(values).map(|(y, v)| (y.year, v)).collect())
}

/// The chart of `kpi` for `area` (named `area_name` in the title).
pub fn chart(kpi: Kpi, res: &Results, base: &Results, area: Area, area_name: &str, lang: Lang) -> LineChartData {
    // The label is the word only: the chart, its legend and its summary each add the value.
    let reference = (kpi == Kpi::PatientsPerGp).then(|| ReferenceLine { label: Msg::ChartNorm.text(lang).to_string(), value: GP_NORM });
    LineChartData {
        title: format!("{} – {area_name}", kpi.title().text(lang)),
        baseline: series(kpi, base, base, area, Msg::ChartBaseline.text(lang)),
        scenario: series(kpi, res, base, area, Msg::ChartScenario.text(lang)),
        reference,
        bands: Vec::new(),
        shared_scale: None,
        decimals: if kpi == Kpi::SpecialistDensity { 1 } else { 0 },
        zero: match kpi {
            Kpi::GapClosed | Kpi::YearlyCost | Kpi::UnfilledHuGp | Kpi::UnfilledHuHospital => ZeroBaseline::Always,
            _ => ZeroBaseline::Auto,
        },
    }
}

/// Adds `band`'s P5–P95 and P25–P75 to `data` (drawn behind the lines, widest first), labelled
/// with the number of draws behind them.
pub fn add_band(data: &mut LineChartData, band: &Band, lang: Lang) {
    let draws = format!("{} {}", format::number(band.draws as f64, 0, lang), Cm::BandDraws.text(lang));
    let span = |lo: &[f64], hi: &[f64]| band.years.iter().zip(lo.iter().zip(hi)).map(|(&y, (&l, &h))| (y, l, h)).collect();
    data.bands = vec![
        ChartBand { label: format!("{}, {draws}", Cm::BandWide.text(lang)), values: span(&band.p5, &band.p95) },
        ChartBand { label: Cm::BandNarrow.text(lang).to_string(), values: span(&band.p25, &band.p75) },
    ];
}

/// Patients per GP FTE by region in year index `t` (the map's coverage measure).
pub fn map_values(res: &Results, t: usize) -> Vec<(Region, f64)> {
    Region::ALL.iter().map(|&r| (r, res.area(t, Area::Region(r.index())).patients_per_gp_fte)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use laegedaekning_core::model::{Baseline, run};
    use laegedaekning_core::{LeverSetting, Scenario};

    #[test]
    fn charts_cover_2025_to_2040_and_the_norm_sits_on_the_gp_chart() {
        let b = Baseline::embedded().unwrap();
        let base = run(&b, &Scenario::default());
        let res = run(&b, &Scenario { levers: vec![LeverSetting::new("P9", 10.0)] });
        let c = chart(Kpi::PatientsPerGp, &res, &base, Area::Threatened, "truede områder", Lang::Da);
        assert_eq!(c.scenario.values.first().unwrap().0, 2025);
        assert_eq!(c.scenario.values.last().unwrap().0, 2040);
        assert_eq!(c.reference.as_ref().unwrap().value, 1600.0);
        assert!(!c.reference.as_ref().unwrap().label.contains("1.600"), "the value is added where the label is shown");
        assert!(crate::view_model::line_chart_text::chart_summary(&c, Lang::Da).ends_with("Norm 1.600."));
        assert!(c.scenario.values.iter().zip(&c.baseline.values).any(|(s, b)| s.1 < b.1), "P9 lowers patients per GP in T");
        let gap = chart(Kpi::GapClosed, &base, &base, Area::Nation, "hele landet", Lang::En);
        assert!(gap.baseline.values.iter().all(|(_, v)| *v == 0.0), "the baseline closes no gap against itself");
        for (t, (_, v)) in chart(Kpi::GapClosed, &res, &base, Area::Threatened, "", Lang::Da).scenario.values.iter().enumerate() {
            assert!((v - Kpi::GapClosed.value(&res, &base, t, Area::Threatened)).abs() < 1e-9, "cumulative series = per-year value");
        }
    }

    #[test]
    fn a_band_becomes_two_chart_bands_labelled_with_its_draws() {
        let b = Baseline::embedded().unwrap();
        let base = run(&b, &Scenario::default());
        let mut c = chart(Kpi::PatientsPerGp, &base, &base, Area::Nation, "hele landet", Lang::Da);
        let (resolved, _) = Scenario::default().resolve().unwrap();
        let mut job = laegedaekning_core::uncertainty::BandJob::new(&b, &resolved, 1, Area::Nation).unwrap();
        job.advance(12);
        add_band(&mut c, &job.band(Kpi::PatientsPerGp.headline()), Lang::Da);
        assert_eq!(c.bands.len(), 2);
        assert_eq!(c.bands[0].label, "90 %-interval (P5–P95), 12 trækninger");
        assert_eq!(c.bands[0].values.len(), 16);
        assert!(c.bands[0].values.iter().zip(&c.bands[1].values).all(|(w, n)| w.1 <= n.1 && n.2 <= w.2), "P5–P95 holds P25–P75");
    }

    #[test]
    fn the_map_has_a_finite_value_for_every_region() {
        let b = Baseline::embedded().unwrap();
        let base = run(&b, &Scenario::default());
        let v = map_values(&base, 10);
        assert_eq!(v.len(), 5);
        assert!(v.iter().all(|(_, x)| x.is_finite() && *x > 500.0));
    }
}
