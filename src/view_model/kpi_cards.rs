//! The KPI cards: for the chosen area and year, the scenario's value, the baseline's value and the
//! difference, each with what it means, whether the change is an improvement, and its provenance.

use crate::format;
use crate::i18n::{Lang, Msg};
use laegedaekning_core::model::{Area, Headline, Results};

/// Which way is better for a KPI.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Better {
    Lower,
    Higher,
    /// A cost: neither better nor worse by itself.
    Neither,
}

/// A headline KPI of the lab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kpi {
    PatientsPerGp,
    SpecialistDensity,
    UnfilledHuGp,
    UnfilledHuHospital,
    GapClosed,
    YearlyCost,
}

impl Kpi {
    pub const ALL: [Kpi; 6] = [
        Kpi::PatientsPerGp,
        Kpi::SpecialistDensity,
        Kpi::UnfilledHuGp,
        Kpi::UnfilledHuHospital,
        Kpi::GapClosed,
        Kpi::YearlyCost,
    ];

    pub fn title(self) -> Msg {
        match self {
            Kpi::PatientsPerGp => Msg::KpiPatientsPerGp,
            Kpi::SpecialistDensity => Msg::KpiSpecialistDensity,
            Kpi::UnfilledHuGp => Msg::KpiUnfilledHuGp,
            Kpi::UnfilledHuHospital => Msg::KpiUnfilledHuHospital,
            Kpi::GapClosed => Msg::KpiGapClosed,
            Kpi::YearlyCost => Msg::KpiYearlyCost,
        }
    }

    pub fn explanation(self) -> Msg {
        match self {
            Kpi::PatientsPerGp => Msg::KpiPatientsPerGpHelp,
            Kpi::SpecialistDensity => Msg::KpiSpecialistDensityHelp,
            Kpi::UnfilledHuGp => Msg::KpiUnfilledHuGpHelp,
            Kpi::UnfilledHuHospital => Msg::KpiUnfilledHuHospitalHelp,
            Kpi::GapClosed => Msg::KpiGapClosedHelp,
            Kpi::YearlyCost => Msg::KpiYearlyCostHelp,
        }
    }

    pub fn better(self) -> Better {
        match self {
            Kpi::PatientsPerGp | Kpi::UnfilledHuGp | Kpi::UnfilledHuHospital => Better::Lower,
            Kpi::SpecialistDensity | Kpi::GapClosed => Better::Higher,
            Kpi::YearlyCost => Better::Neither,
        }
    }

    pub fn decimals(self) -> usize {
        match self {
            Kpi::SpecialistDensity => 1,
            _ => 0,
        }
    }

    /// The same KPI as the core defines it (values, series, keys).
    pub fn headline(self) -> Headline {
        match self {
            Kpi::PatientsPerGp => Headline::PatientsPerGp,
            Kpi::SpecialistDensity => Headline::SpecialistDensity,
            Kpi::UnfilledHuGp => Headline::UnfilledHuGp,
            Kpi::UnfilledHuHospital => Headline::UnfilledHuHospital,
            Kpi::GapClosed => Headline::GapClosed,
            Kpi::YearlyCost => Headline::YearlyCost,
        }
    }

    /// The KPI's value in year index `t` for `area` ([`Headline::value`]).
    pub fn value(self, res: &Results, base: &Results, t: usize, area: Area) -> f64 {
        self.headline().value(res, base, t, area)
    }

    /// The KPI for every year of the run ([`Headline::series`]).
    pub fn series(self, res: &Results, base: &Results, area: Area) -> Vec<f64> {
        self.headline().series(res, base, area)
    }

    /// The value written for readers.
    pub fn format(self, value: f64, lang: Lang) -> String {
        format::number(value, self.decimals(), lang)
    }
}

/// A rendered KPI card.
#[derive(Clone, Debug, PartialEq)]
pub struct KpiCard {
    pub kpi: Kpi,
    pub title: &'static str,
    pub scenario: String,
    pub baseline: String,
    /// Signed difference ("+12", "−40"), empty when the scenario equals the baseline.
    pub delta: String,
    /// Some(true) when the change improves coverage, Some(false) when it worsens it.
    pub improves: Option<bool>,
}

/// The cards for `area` in year index `t`.
pub fn cards(res: &Results, base: &Results, t: usize, area: Area, lang: Lang) -> Vec<KpiCard> {
    Kpi::ALL
        .iter()
        .map(|&kpi| {
            let s = kpi.value(res, base, t, area);
            let b = kpi.value(base, base, t, area);
            let d = s - b;
            let shown = format::number(d, kpi.decimals(), lang);
            let negligible = shown.trim_start_matches('−').chars().all(|c| c == '0' || c == ',' || c == '.');
            let improves = match kpi.better() {
                _ if negligible || !d.is_finite() => None,
                Better::Lower => Some(d < 0.0),
                Better::Higher => Some(d > 0.0),
                Better::Neither => None,
            };
            KpiCard {
                kpi,
                title: kpi.title().text(lang),
                scenario: kpi.format(s, lang),
                baseline: kpi.format(b, lang),
                delta: if negligible { String::new() } else if d > 0.0 { format!("+{shown}") } else { shown },
                improves,
            }
        })
        .collect()
}
