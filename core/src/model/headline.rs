//! The six headline KPIs the lab charts and the comparator report, defined once for the app, the
//! Monte Carlo bands, attribution and the CLI: patients per GP FTE, specialist FTE per 100,000
//! need-weighted inhabitants, unfilled HU posts (general practice / hospital), gap closed (cumulative
//! FTE-years against the baseline) and yearly cost (mio. kr.).

use super::results::{Area, AreaKpis, Results};

/// A headline KPI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Headline {
    PatientsPerGp,
    SpecialistDensity,
    UnfilledHuGp,
    UnfilledHuHospital,
    GapClosed,
    YearlyCost,
}

impl Headline {
    pub const ALL: [Headline; 6] = [
        Headline::PatientsPerGp,
        Headline::SpecialistDensity,
        Headline::UnfilledHuGp,
        Headline::UnfilledHuHospital,
        Headline::GapClosed,
        Headline::YearlyCost,
    ];

    /// Stable key (CLI, CSV headers, share tokens of comparisons).
    pub fn key(self) -> &'static str {
        match self {
            Headline::PatientsPerGp => "patients_per_gp",
            Headline::SpecialistDensity => "specialist_density",
            Headline::UnfilledHuGp => "unfilled_hu_gp",
            Headline::UnfilledHuHospital => "unfilled_hu_hospital",
            Headline::GapClosed => "gap_closed",
            Headline::YearlyCost => "yearly_cost",
        }
    }

    pub fn from_key(key: &str) -> Option<Headline> {
        Headline::ALL.into_iter().find(|h| h.key() == key)
    }

    /// Whether a larger value is better (`None` for cost, which is neither by itself).
    pub fn higher_is_better(self) -> Option<bool> {
        match self {
            Headline::PatientsPerGp | Headline::UnfilledHuGp | Headline::UnfilledHuHospital => Some(false),
            Headline::SpecialistDensity | Headline::GapClosed => Some(true),
            Headline::YearlyCost => None,
        }
    }

    /// The KPI's value in year index `t` for `area`. "Gap closed" and cost compare with the
    /// baseline by definition, so they need it: gap closed is the cumulative FTE-years of shortage
    /// closed from 2025 to year `t`; cost is the scenario's cost in mio. kr. (national: levers are
    /// paid nationally or by their region, and costs are not split by area).
    pub fn value(self, res: &Results, base: &Results, t: usize, area: Area) -> f64 {
        match self {
            Headline::GapClosed => (0..=t).map(|i| base.area(i, area).gap_fte - res.area(i, area).gap_fte).sum(),
            other => other.of_area(&res.area(t, area), res, t),
        }
    }

    /// The value of every headline except "gap closed" (which needs the baseline) from the area's
    /// KPIs `k` of year index `t` of `res` (so callers can compute `Results::area` once per year).
    /// "Gap closed" gives the year's gap here; use [`Headline::value`] for it.
    pub fn of_area(self, k: &AreaKpis, res: &Results, t: usize) -> f64 {
        match self {
            Headline::PatientsPerGp => k.patients_per_gp_fte,
            Headline::SpecialistDensity => k.specialist_density,
            Headline::UnfilledHuGp => k.hu_unfilled_am,
            Headline::UnfilledHuHospital => k.hu_unfilled_hs,
            Headline::GapClosed => k.gap_fte,
            Headline::YearlyCost => res.total_cost(t) / 1e6,
        }
    }

    /// The KPI for every year of the run, in O(years): "gap closed" accumulates year by year
    /// instead of re-summing from 2025 for each year as [`Headline::value`] does.
    pub fn series(self, res: &Results, base: &Results, area: Area) -> Vec<f64> {
        let years = res.years.len().min(base.years.len());
        let mut out = Vec::with_capacity(years);
        self.series_into(res, base, area, &mut out);
        out
    }

    /// [`Headline::series`] into a reused buffer (cleared first).
    pub fn series_into(self, res: &Results, base: &Results, area: Area, out: &mut Vec<f64>) {
        let years = res.years.len().min(base.years.len());
        out.clear();
        if self == Headline::GapClosed {
            let mut total = 0.0;
            for t in 0..years {
                total += base.area(t, area).gap_fte - res.area(t, area).gap_fte;
                out.push(total);
            }
            return;
        }
        out.extend((0..years).map(|t| self.of_area(&res.area(t, area), res, t)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::levers::{LeverSetting, Scenario};
    use crate::model::{Baseline, run};

    #[test]
    fn series_agree_with_values_and_keys_round_trip() {
        let b = Baseline::embedded().unwrap();
        let base = run(&b, &Scenario::default());
        let res = run(&b, &Scenario { levers: vec![LeverSetting::new("P9", 10.0)] });
        for h in Headline::ALL {
            assert_eq!(Headline::from_key(h.key()), Some(h));
            let s = h.series(&res, &base, Area::Threatened);
            assert_eq!(s.len(), 16);
            for (t, v) in s.iter().enumerate() {
                assert!((v - h.value(&res, &base, t, Area::Threatened)).abs() < 1e-9, "{h:?} year {t}");
            }
        }
        assert!(Headline::GapClosed.series(&base, &base, Area::Nation).iter().all(|v| *v == 0.0));
    }
}
