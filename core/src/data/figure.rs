//! One baseline figure: a value with its unit, year, source, confidence and note.

use super::{Localized, Region};
use serde::{Deserialize, Serialize};

/// How far a figure can be trusted, as the data file labels it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// The number is stated in the cited source.
    Quoted,
    /// Simple arithmetic on quoted numbers; the method is in the note.
    Derived,
    /// Rests on an assumption; to be replaced with official data.
    Estimate,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::Quoted, Confidence::Derived, Confidence::Estimate];
}

/// What a figure is about; groups the Data view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    Population,
    GeneralPractice,
    Hospital,
    Training,
    Costs,
    DanishEvidence,
    International,
}

impl Topic {
    pub const ALL: [Topic; 7] = [
        Topic::Population,
        Topic::GeneralPractice,
        Topic::Hospital,
        Topic::Training,
        Topic::Costs,
        Topic::DanishEvidence,
        Topic::International,
    ];
}

/// The value of one named part of a structured figure (e.g. "filled" of "HU posts 2023").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PartValue {
    Number(f64),
    Text(Localized),
}

/// A named component of a structured figure (a history row, a before/after pair, an odds ratio).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub label: Localized,
    pub value: PartValue,
}

/// One baseline figure. `value` is the headline number; structured figures carry `parts` instead
/// (or as well). A figure with neither records that the source states no number (e.g. the regions'
/// note gives no cost for its proposals).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Stable identifier, `name` or `name.region` (e.g. `population_2025.nordjylland`).
    pub id: String,
    pub topic: Topic,
    #[serde(default)]
    pub region: Option<Region>,
    pub label: Localized,
    #[serde(default)]
    pub value: Option<f64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
    pub unit: Localized,
    /// The year or period the figure refers to, as the source gives it ("2024", "2018-2019", "c. 2020").
    pub year: String,
    /// Citation of the source (publisher, title, date, address).
    pub source: String,
    pub confidence: Confidence,
    /// How the figure was read or derived; empty when there is nothing to add.
    #[serde(default)]
    pub note: Option<Localized>,
}
