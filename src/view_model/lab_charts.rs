//! The lab's charts and map as data: for each headline KPI the baseline and scenario series
//! 2025–2040 for the chosen area, and the regions' values for the map in the chosen year.

use crate::charts::{LineChartData, ReferenceLine, Series, ZeroBaseline};
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
    let reference = (kpi == Kpi::PatientsPerGp).then(|| ReferenceLine {
        label: format!("{} {}", Msg::ChartNorm.text(lang), format::number(GP_NORM, 0, lang)),
        value: GP_NORM,
    });
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
        assert!(c.reference.unwrap().label.contains("1.600"));
        assert!(c.scenario.values.iter().zip(&c.baseline.values).any(|(s, b)| s.1 < b.1), "P9 lowers patients per GP in T");
        let gap = chart(Kpi::GapClosed, &base, &base, Area::Nation, "hele landet", Lang::En);
        assert!(gap.baseline.values.iter().all(|(_, v)| *v == 0.0), "the baseline closes no gap against itself");
        for (t, (_, v)) in chart(Kpi::GapClosed, &res, &base, Area::Threatened, "", Lang::Da).scenario.values.iter().enumerate() {
            assert!((v - Kpi::GapClosed.value(&res, &base, t, Area::Threatened)).abs() < 1e-9, "cumulative series = per-year value");
        }
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
