//! The storage envelope: one saved scenario as versioned JSON, the value of one `localStorage` entry.
//!
//! Format v1 (released; a change means a new version plus a migration in [`migrate`], never an edit):
//! ```json
//! {"format":1,"id":"m1abcde-k3x9","name":"Package A","notes":"","created":"2026-11-25T09:30:00Z",
//!  "updated":"2026-11-25T09:41:12.345Z","scenario":{"levers":[{"id":"P1a","intensity":1.5,"setting":"central"}]}}
//! ```
//! The scenario is the plain `Scenario` JSON (readable in the browser's storage inspector, the same
//! format the command-line tool reads). Timestamps are RFC 3339 UTC; the app supplies "now", core has
//! no clock. Unknown extra fields are ignored; `notes` may be absent.
//!
//! [`parse`] never panics: anything that is not a readable envelope is a typed [`EnvelopeError`], and
//! an envelope from a newer app is told apart ([`EnvelopeError::NewerVersion`]) so the library leaves it
//! alone instead of quarantining it.

use crate::levers::Scenario;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The envelope version new entries are written in.
pub const ENVELOPE_VERSION: u64 = 1;

/// One saved scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedScenario {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub notes: String,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    pub scenario: Scenario,
}

/// The v1 envelope as written.
#[derive(Serialize)]
struct EnvelopeV1<'a> {
    format: u64,
    #[serde(flatten)]
    saved: &'a SavedScenario,
}

/// Why a stored text is not a readable envelope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EnvelopeError {
    NotJson(String),
    MissingFormat,
    /// Written by a newer app: leave it alone.
    NewerVersion { found: u64, newest: u64 },
    /// A format number no app ever wrote.
    NeverIssued { found: u64 },
    /// JSON with a known format but the wrong fields.
    Invalid(String),
    /// The envelope's id is not the id of the key it is stored under, or not a valid id.
    WrongId { expected: String, found: String },
}

impl fmt::Display for EnvelopeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EnvelopeError::NotJson(e) => write!(f, "the saved scenario is not readable JSON ({e})"),
            EnvelopeError::MissingFormat => write!(f, "the saved scenario has no format version"),
            EnvelopeError::NewerVersion { found, newest } => write!(
                f,
                "the saved scenario was stored by a newer version of the app (format {found}, this one reads up to {newest})"
            ),
            EnvelopeError::NeverIssued { found } => write!(f, "the saved scenario has a format version ({found}) that was never issued"),
            EnvelopeError::Invalid(e) => write!(f, "the saved scenario is damaged ({e})"),
            EnvelopeError::WrongId { expected, found } => {
                write!(f, "the saved scenario under id {expected:?} carries the id {found:?}")
            }
        }
    }
}

impl std::error::Error for EnvelopeError {}

/// A parsed envelope.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedEnvelope {
    pub saved: SavedScenario,
    /// The version it was stored in, when older than the current one (it was migrated on read).
    pub migrated_from: Option<u64>,
}

/// The JSON text of `saved` in the current envelope version.
pub fn to_json(saved: &SavedScenario) -> String {
    serde_json::to_string(&EnvelopeV1 { format: ENVELOPE_VERSION, saved }).expect("an envelope always serialises")
}

/// Reads an envelope of any released version.
pub fn parse(text: &str) -> Result<ParsedEnvelope, EnvelopeError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| EnvelopeError::NotJson(e.to_string()))?;
    let found = value.get("format").and_then(|f| f.as_u64()).ok_or(EnvelopeError::MissingFormat)?;
    let value = migrate(value, found)?;
    let saved: SavedScenario = serde_json::from_value(value).map_err(|e| EnvelopeError::Invalid(e.to_string()))?;
    if !is_valid_id(&saved.id) {
        return Err(EnvelopeError::WrongId { expected: "an id of letters, digits, - and _".into(), found: saved.id });
    }
    Ok(ParsedEnvelope { saved, migrated_from: (found < ENVELOPE_VERSION).then_some(found) })
}

/// Brings the JSON of envelope version `found` to the current version, one step at a time. There is
/// only v1 so far; for v2 add `1 => migrate(v1_to_v2(value), 2)` and a frozen `envelope_v2.json`.
pub fn migrate(value: serde_json::Value, found: u64) -> Result<serde_json::Value, EnvelopeError> {
    match found {
        ENVELOPE_VERSION => Ok(value),
        f if f > ENVELOPE_VERSION => Err(EnvelopeError::NewerVersion { found: f, newest: ENVELOPE_VERSION }),
        f => Err(EnvelopeError::NeverIssued { found: f }),
    }
}

/// Ids are 1–64 characters of `A–Z a–z 0–9 - _` (they become part of a storage key).
pub fn is_valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}
