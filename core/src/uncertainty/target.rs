//! Which baseline quantity a sampled range acts on, and how (MODEL.md §5.1 rows supply, demand,
//! retention/mobility, matching behaviour). The data file names a target by a string
//! (`retirement_hazard`, `demand_weight.67_79`, `morbidity.sjaelland`, …); [`Target::parse`] turns
//! it into this typed value, and each target has exactly one way of applying its draw ([`Apply`]).

use crate::data::Region;
use crate::model::dims::{GROUPS, SERVICES};
use crate::model::inputs::region_key;

/// How a drawn value changes its target; neutral values (1, 0, 0) leave it bit-identical.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Apply {
    /// Multiply by the drawn factor (neutral 1).
    Scale,
    /// Add the drawn value (neutral 0).
    Add,
    /// Shift the probability on the logit scale (neutral 0; the transform is skipped at 0).
    LogitShift,
    /// Replace by the drawn value (a probability).
    Set,
}

/// A sampled baseline quantity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    RetirementHazard,
    FteTrend,
    Emigration,
    Immigration,
    Graduates,
    DropOut,
    /// γ_s, by service index (GP, HOSP, PSP).
    DemandGrowth(usize),
    HealthyAgeing,
    /// w_s[g] for every service, by group index.
    DemandWeight(usize),
    /// m_s[c] for every service, both cells of a region (by region index).
    Morbidity(usize),
    KbuStay,
    NewSpecialistStay,
    Mobility,
    ApplyRate,
    OutsideWeightIntro,
    OutsideWeightHuHs,
    OutsideWeightSpecialist,
    LocalFirstIntro,
    FillPsp,
}

const SERVICE_KEYS: [&str; SERVICES] = ["gp", "hosp", "psp"];
const GROUP_KEYS: [&str; GROUPS] = ["0_17", "18_66", "67_79", "80plus", "nh"];

/// The model index of the region with data-file key `key` (`sjaelland`, …).
pub fn region_index(key: &str) -> Option<usize> {
    Region::ALL.iter().find(|r| region_key(**r) == key).map(|r| r.index())
}

impl Target {
    /// The target named `key` in the data file.
    pub fn parse(key: &str) -> Option<Target> {
        let indexed = |prefix: &str, keys: &[&str]| {
            key.strip_prefix(prefix).and_then(|rest| keys.iter().position(|k| *k == rest))
        };
        if let Some(s) = indexed("demand_growth.", &SERVICE_KEYS) {
            return Some(Target::DemandGrowth(s));
        }
        if let Some(g) = indexed("demand_weight.", &GROUP_KEYS) {
            return Some(Target::DemandWeight(g));
        }
        if let Some(rest) = key.strip_prefix("morbidity.") {
            return region_index(rest).map(Target::Morbidity);
        }
        Some(match key {
            "retirement_hazard" => Target::RetirementHazard,
            "fte_trend" => Target::FteTrend,
            "emigration" => Target::Emigration,
            "immigration" => Target::Immigration,
            "graduates" => Target::Graduates,
            "drop_out" => Target::DropOut,
            "healthy_ageing" => Target::HealthyAgeing,
            "kbu_stay" => Target::KbuStay,
            "new_specialist_stay" => Target::NewSpecialistStay,
            "mobility" => Target::Mobility,
            "apply_rate" => Target::ApplyRate,
            "outside_weight.intro" => Target::OutsideWeightIntro,
            "outside_weight.hu_hs" => Target::OutsideWeightHuHs,
            "outside_weight.specialist" => Target::OutsideWeightSpecialist,
            "local_first.intro" => Target::LocalFirstIntro,
            "fill.psp" => Target::FillPsp,
            _ => return None,
        })
    }

    /// The one way this target takes a draw.
    pub fn apply(self) -> Apply {
        match self {
            Target::FteTrend | Target::DemandGrowth(_) | Target::HealthyAgeing => Apply::Add,
            Target::KbuStay | Target::NewSpecialistStay | Target::LocalFirstIntro => Apply::LogitShift,
            Target::FillPsp => Apply::Set,
            _ => Apply::Scale,
        }
    }
}
