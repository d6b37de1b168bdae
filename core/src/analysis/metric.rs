//! The scalar a lever subset is valued by (attribution, §4.3) and the greedy portfolio's objective
//! (§4.4). Every metric is a difference "scenario minus reference run" (the reference is the baseline
//! with the package's context levers, §3D), so v(∅) = 0 and v(S) = metric(run(S)) − metric(run(∅)).
//!
//! Present values use the baseline's discount rate (3.5 %) with the same year weights as
//! [`crate::model::compare`], so `GapClosed(Area::Threatened)` equals `Deltas::pv_gap_closed_threatened`.

use super::area_key::{area_from_key, area_key};
use super::error::AnalysisError;
use crate::model::dims::*;
use crate::model::{Area, Headline, Results};

/// What a run is worth.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Metric {
    /// PV of shortage gap closed in `area` (FTE-years). The default: `GapClosed(Area::Threatened)`.
    GapClosed(Area),
    /// PV of ΔFTE delivered in `area` (FTE-years).
    Fte(Area),
    /// Δ population-years living in flagged cells (nation, undiscounted; negative = fewer).
    FlaggedPopulationYears,
    /// PV of program cost (DKK).
    PvCost,
    /// A headline KPI in `year` for `area`, scenario minus reference.
    Headline { kpi: Headline, year: i32, area: Area },
}

impl Default for Metric {
    fn default() -> Self {
        Metric::GapClosed(Area::Threatened)
    }
}

impl Metric {
    /// Checks the year of a headline metric.
    pub fn validate(&self) -> Result<(), AnalysisError> {
        match self {
            Metric::Headline { year, .. } if !(FIRST_YEAR..=LAST_YEAR).contains(year) => {
                Err(AnalysisError::YearOutOfRange(*year))
            }
            _ => Ok(()),
        }
    }

    /// The metric of `scn` against `reference` (runs of the same length).
    pub fn evaluate(&self, reference: &Results, scn: &Results, discount: f64) -> f64 {
        let n = reference.years.len().min(scn.years.len());
        let weight = |t: usize| 1.0 / (1.0 + discount).powi(t as i32);
        match *self {
            Metric::GapClosed(area) => (0..n).map(|t| weight(t) * (gap(reference, t, area) - gap(scn, t, area))).sum(),
            Metric::Fte(area) => (0..n).map(|t| weight(t) * (fte(scn, t, area) - fte(reference, t, area))).sum(),
            Metric::FlaggedPopulationYears => (0..n).map(|t| flagged(scn, t) - flagged(reference, t)).sum(),
            Metric::PvCost => (0..n).map(|t| weight(t) * (scn.total_cost(t) - reference.total_cost(t))).sum(),
            Metric::Headline { kpi, year, area } => {
                let t = ((year - FIRST_YEAR).max(0) as usize).min(n.saturating_sub(1));
                kpi.value(scn, reference, t, area) - kpi.value(reference, reference, t, area)
            }
        }
    }

    /// Stable key, the inverse of [`Metric::from_key`] (CLI, JSON).
    pub fn key(&self) -> String {
        match *self {
            Metric::GapClosed(Area::Threatened) => "gap_closed".into(),
            Metric::GapClosed(a) => format!("gap_closed:{}", area_key(a)),
            Metric::Fte(Area::Threatened) => "fte".into(),
            Metric::Fte(a) => format!("fte:{}", area_key(a)),
            Metric::FlaggedPopulationYears => "flagged".into(),
            Metric::PvCost => "pv_cost".into(),
            Metric::Headline { kpi, year, area } => format!("headline:{}:{year}:{}", kpi.key(), area_key(area)),
        }
    }

    /// Parses `gap_closed[:AREA]`, `fte[:AREA]`, `flagged`, `pv_cost` or `headline:KPI:YEAR[:AREA]`
    /// (area default: threatened areas `t`).
    pub fn from_key(key: &str) -> Result<Metric, AnalysisError> {
        let unknown = || AnalysisError::UnknownMetric(key.to_string());
        let parts: Vec<&str> = key.trim().split(':').collect();
        let area = |i: usize| parts.get(i).map_or(Ok(Area::Threatened), |k| area_from_key(k));
        let metric = match parts[0] {
            "gap_closed" if parts.len() <= 2 => Metric::GapClosed(area(1)?),
            "fte" if parts.len() <= 2 => Metric::Fte(area(1)?),
            "flagged" if parts.len() == 1 => Metric::FlaggedPopulationYears,
            "pv_cost" if parts.len() == 1 => Metric::PvCost,
            "headline" if (3..=4).contains(&parts.len()) => Metric::Headline {
                kpi: Headline::from_key(parts[1]).ok_or_else(unknown)?,
                year: parts[2].parse().map_err(|_| unknown())?,
                area: area(3)?,
            },
            _ => return Err(unknown()),
        };
        metric.validate()?;
        Ok(metric)
    }

    /// The unit of the metric's values, for tables.
    pub fn unit(&self) -> &'static str {
        match self {
            Metric::GapClosed(_) | Metric::Fte(_) => "FTE-years, PV",
            Metric::FlaggedPopulationYears => "population-years",
            Metric::PvCost => "DKK, PV",
            Metric::Headline { kpi, .. } => match kpi {
                Headline::PatientsPerGp => "patients per GP FTE",
                Headline::SpecialistDensity => "specialist FTE per 100,000",
                Headline::UnfilledHuGp | Headline::UnfilledHuHospital => "posts",
                Headline::GapClosed => "FTE-years",
                Headline::YearlyCost => "mio. DKK",
            },
        }
    }
}

impl serde::Serialize for Metric {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.key())
    }
}

fn gap(res: &Results, t: usize, area: Area) -> f64 {
    (0..CELLS).filter(|&c| area.contains(c)).map(|c| res.years[t].kpis.gap[c]).sum()
}

fn fte(res: &Results, t: usize, area: Area) -> f64 {
    let y = &res.years[t];
    (0..CELLS).filter(|&c| area.contains(c)).map(|c| (0..TYPES).map(|ty| y.fte.total[ct(c, ty)]).sum::<f64>()).sum()
}

fn flagged(res: &Results, t: usize) -> f64 {
    let y = &res.years[t];
    (0..CELLS).map(|c| y.kpis.flagged[c] * y.population[c]).sum()
}
