//! The lever catalogue: every lever of MODEL.md §3A–§3D as data (`core/data/levers.json`): id, Danish
//! and English name, one-line summary, mechanism and evidence text, the seed passage it comes from, mechanism, intensity unit,
//! range and reference intensity, low / central / high effects, cost formula and unit cost, evidence
//! text and strength, lag, ramp, default targeting and the direction used by the invariant tests.
//!
//! The catalogue is data so that reviewers can read and diff it; the mechanism that turns an effect
//! into parameters is code ([`super::mechanism`]), keyed by lever id and effect key.

use super::kind::LeverKind;
use crate::data::Localized;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

const EMBEDDED: &str = include_str!("../../data/levers.json");

/// Which document or group a lever comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    Premise,
    Proposal,
    Municipal,
    HereAndNow,
    Pool,
    Context,
}

/// How strong the evidence behind a lever's effect is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceStrength {
    /// A figure stated in one of the two seed documents.
    SeedFigure,
    /// A published study (often foreign, shrunk).
    PublishedStudy,
    /// The specification's estimate [E].
    Estimate,
    /// No behavioural effect: the lever acts mechanically (posts, capacity, regulation).
    Mechanical,
}

/// Which cells a lever targets unless the scenario says otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DefaultTargets {
    Threatened,
    Other,
    All,
}

/// Expected sign of the lever's effect on FTE in threatened areas (used by T5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Positive,
    TradeOff,
    Context,
    Allocative,
}

/// How intensity maps to the effective dose x (MODEL.md §2.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dose {
    /// g(I) = (1 − e^(−I/I_ref)) / (1 − e^(−1)): concave, g(I_ref) = 1.
    Saturating,
    /// g(I) = I / I_ref.
    Linear,
    /// Additive quantity in the lever's own unit (no saturation), times the ramp.
    Additive,
}

/// Who pays the lever's program cost (MODEL.md §2.13: public payer; regions take over municipal
/// temporary places from 2027, which this v1 attribution does not model).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Payer {
    Region,
    Municipality,
    State,
}

impl Payer {
    pub const ALL: [Payer; 3] = [Payer::Region, Payer::Municipality, Payer::State];
}

/// The seed passage a lever comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedRef {
    /// Source id (`SEED_DR`, `SEED_AARHUS`, or `MODEL` for context levers not in the seeds).
    pub document: String,
    pub passage: String,
}

/// Intensity unit, range and reference.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Intensity {
    pub unit: Localized,
    pub min: f64,
    pub max: f64,
    /// I_ref: the intensity at which the effects are stated.
    pub reference: f64,
}

/// One effect of a lever with its low / central / high values at I_ref.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Effect {
    /// Key read by the mechanism code (`attr`, `stay`, ...).
    pub key: String,
    /// The model symbol it changes.
    pub symbol: String,
    /// Effect type (multiplier, logit, hazard, ...).
    pub kind: String,
    pub low: f64,
    pub central: f64,
    pub high: f64,
}

/// Cost formula and unit cost (DKK per intensity unit and cell-year, low / central / high).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cost {
    pub formula: String,
    pub unit_cost: [f64; 3],
    /// True when the source gives no number ([D]); the cost counts as 0 and is flagged.
    pub missing: bool,
}

/// One lever.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lever {
    pub id: String,
    pub family: Family,
    pub name: Localized,
    pub summary: Localized,
    pub seed: SeedRef,
    /// How the lever works in the model, in English; the Danish text is in `levers-da.json`
    /// (read through [`super::texts`]).
    pub mechanism: String,
    pub intensity: Intensity,
    pub dose: Dose,
    pub effects: Vec<Effect>,
    pub cost: Cost,
    /// Evidence in English; Danish through [`super::texts`].
    pub evidence: String,
    pub strength: EvidenceStrength,
    /// Legal/organisational delay in years; `lag_hs` overrides it for the hospital track (P2).
    pub lag: u32,
    #[serde(default)]
    pub lag_hs: Option<u32>,
    pub ramp: u32,
    pub targets: DefaultTargets,
    pub direction: Direction,
    pub payer: Payer,
    /// The mechanism `id` selects, matched once when the catalogue is parsed (the run dispatches on it
    /// for every active lever and year; comparing id strings there showed in the wasm build's profile).
    #[serde(skip)]
    pub kind: LeverKind,
}

/// Low, central or high effect setting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Setting {
    Low,
    #[default]
    Central,
    High,
}

impl Setting {
    pub fn index(self) -> usize {
        match self {
            Setting::Low => 0,
            Setting::Central => 1,
            Setting::High => 2,
        }
    }
}

impl Effect {
    /// The effect's value at `setting`.
    pub fn value(&self, setting: Setting) -> f64 {
        match setting {
            Setting::Low => self.low,
            Setting::Central => self.central,
            Setting::High => self.high,
        }
    }
}

impl Lever {
    /// The value of effect `key` at `setting` (0 when the lever has no such effect).
    pub fn effect(&self, key: &str, setting: Setting) -> f64 {
        self.effects.iter().find(|e| e.key == key).map(|e| e.value(setting)).unwrap_or(0.0)
    }
}

/// All levers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    pub format: u32,
    pub levers: Vec<Lever>,
}

impl Catalogue {
    /// Parses a catalogue text and checks its rules: unique ids, both languages, min ≤ reference ≤
    /// max with reference > 0, ramp ≥ 1, low / central / high finite.
    pub fn parse(text: &str) -> Result<Catalogue, String> {
        let mut cat: Catalogue = serde_json::from_str(text).map_err(|e| e.to_string())?;
        for l in &mut cat.levers {
            l.kind = LeverKind::of(&l.id);
        }
        for (i, l) in cat.levers.iter().enumerate() {
            if cat.levers[..i].iter().any(|o| o.id == l.id) {
                return Err(format!("duplicate lever id {}", l.id));
            }
            if l.name.is_incomplete() || l.summary.is_incomplete() || l.intensity.unit.is_incomplete() {
                return Err(format!("{}: name, summary or unit missing in Danish or English", l.id));
            }
            let r = &l.intensity;
            if !(r.min <= r.reference && r.reference <= r.max && r.reference > 0.0) {
                return Err(format!("{}: reference intensity outside its range", l.id));
            }
            if l.ramp < 1 {
                return Err(format!("{}: ramp must be ≥ 1 year", l.id));
            }
            let blank = |s: &str| s.trim().is_empty();
            if blank(&l.seed.passage) || blank(&l.evidence) || blank(&l.mechanism) {
                return Err(format!("{}: seed passage, mechanism or evidence missing (in Danish or English)", l.id));
            }
            if l.effects.iter().any(|e| !(e.low.is_finite() && e.central.is_finite() && e.high.is_finite())) {
                return Err(format!("{}: effect not finite", l.id));
            }
        }
        Ok(cat)
    }

    /// The embedded catalogue (parsed once). The test suite validates it, so this cannot fail in a
    /// built binary.
    pub fn embedded() -> &'static Catalogue {
        static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
        CATALOGUE.get_or_init(|| Catalogue::parse(EMBEDDED).expect("embedded levers.json is valid"))
    }

    /// The lever with this id (case-sensitive, e.g. `P11b`).
    pub fn get(&self, id: &str) -> Option<(usize, &Lever)> {
        self.levers.iter().enumerate().find(|(_, l)| l.id == id)
    }
}
