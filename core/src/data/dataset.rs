//! The whole baseline dataset: parsing, validation and look-up.

use super::{Confidence, DataError, Figure, Localized, PartValue, Region};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The project's own data file, compiled into every binary.
const EMBEDDED: &str = include_str!("../../data/baseline.json");

/// A named reference that figures' citations draw on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub id: String,
    pub citation: String,
}

/// Every baseline figure with its provenance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Version of the data file's layout.
    pub format: u32,
    /// What every reader must know before trusting a figure.
    pub caveat: Localized,
    pub sources: Vec<SourceRef>,
    pub figures: Vec<Figure>,
}

impl Dataset {
    /// The layout version this code reads.
    pub const FORMAT: u32 = 1;

    /// Parses and validates the embedded data file. It is checked by the test suite, so in a built
    /// app this cannot fail; callers still get an error rather than a panic.
    pub fn embedded() -> Result<Dataset, DataError> {
        Dataset::parse(EMBEDDED)
    }

    /// Parses and validates a data file's text.
    pub fn parse(text: &str) -> Result<Dataset, DataError> {
        let dataset: Dataset =
            serde_json::from_str(text).map_err(|e| DataError::Parse(e.to_string()))?;
        dataset.validate()?;
        Ok(dataset)
    }

    /// Checks the rules every figure keeps: a known format, unique ids, a source, both languages,
    /// finite numbers, and a note explaining every derived figure and every estimate.
    pub fn validate(&self) -> Result<(), DataError> {
        if self.format != Self::FORMAT {
            return Err(DataError::Parse(format!(
                "format {} is not the supported format {}",
                self.format,
                Self::FORMAT
            )));
        }
        let mut seen = HashSet::new();
        for figure in &self.figures {
            let invalid = |problem: &str| DataError::Invalid {
                figure: figure.id.clone(),
                problem: problem.to_string(),
            };
            if figure.id.trim().is_empty() {
                return Err(invalid("empty id"));
            }
            if !seen.insert(figure.id.as_str()) {
                return Err(invalid("duplicate id"));
            }
            if figure.source.trim().is_empty() {
                return Err(invalid("no source"));
            }
            if figure.year.trim().is_empty() {
                return Err(invalid("no year"));
            }
            if figure.label.is_incomplete() || figure.unit.is_incomplete() {
                return Err(invalid("label or unit missing in Danish or English"));
            }
            if figure.value.is_some_and(|v| !v.is_finite()) {
                return Err(invalid("value is not a finite number"));
            }
            for part in &figure.parts {
                let bad = part.label.is_incomplete()
                    || match &part.value {
                        PartValue::Number(v) => !v.is_finite(),
                        PartValue::Text(t) => t.is_incomplete(),
                    };
                if bad {
                    return Err(invalid("a part lacks a translation or a finite value"));
                }
            }
            let explained = figure.note.as_ref().is_some_and(|n| !n.is_incomplete());
            if figure.confidence != Confidence::Quoted && !explained {
                return Err(invalid("a derived figure or an estimate needs a note with its reasoning"));
            }
            if figure.note.as_ref().is_some_and(Localized::is_incomplete) {
                return Err(invalid("note missing in Danish or English"));
            }
        }
        Ok(())
    }

    /// The figure with this id.
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// The headline value of `name` for `region` (figure id `name.region`).
    pub fn regional_value(&self, name: &str, region: Region) -> Option<f64> {
        let id = format!("{name}.{}", serde_json::to_value(region).ok()?.as_str()?);
        self.figure(&id)?.value
    }

    /// How many figures carry each confidence label, in [`Confidence::ALL`] order.
    pub fn confidence_counts(&self) -> [usize; 3] {
        let mut counts = [0; 3];
        for f in &self.figures {
            counts[Confidence::ALL.iter().position(|c| *c == f.confidence).unwrap_or(0)] += 1;
        }
        counts
    }
}
