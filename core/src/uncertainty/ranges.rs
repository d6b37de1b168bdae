//! The sampled ranges of the Monte Carlo bands, as data (`core/data/uncertainty.json`, embedded):
//! every range with its distribution, source, confidence (quoted / derived / estimate) and
//! reasoning, the shared-responsiveness copula, the unit-cost spread, and what is deliberately not
//! sampled. [`Ranges::parse`] checks the rules; the test suite validates the embedded file.

use super::error::UncertaintyError;
use super::target::{Apply, Target};
use super::triangular::{beta_one_sided, triangular};
use crate::data::Confidence;
use crate::levers::Catalogue;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

const EMBEDDED: &str = include_str!("../../data/uncertainty.json");

/// A one-dimensional distribution, sampled by its quantile function.
///
/// JSON form: `{"kind": "triangular", "low": …, "mode": …, "high": …}`, `{"kind": "uniform", "low": …,
/// "high": …}`, `{"kind": "beta", "alpha": …, "beta": …}`, no other field. Serialised by serde's
/// internally tagged derive; read through [`DistributionFields`], a plain struct, because the
/// derived reader of an internally tagged enum buffers the map into serde's `Content` first, which
/// cost ≈8 KB of wasm for this one type (the accepted texts are the same).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Distribution {
    Triangular { low: f64, mode: f64, high: f64 },
    Uniform { low: f64, high: f64 },
    /// Beta(α, β) with α = 1 or β = 1 (closed-form quantiles).
    Beta { alpha: f64, beta: f64 },
}

/// The fields a [`Distribution`] may have in JSON; which of them must be present depends on `kind`.
/// An absent field is `None`; a present one must be a number (`null` is refused, as by the derive).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DistributionFields {
    kind: DistributionKind,
    #[serde(default, deserialize_with = "number")]
    low: Option<f64>,
    #[serde(default, deserialize_with = "number")]
    mode: Option<f64>,
    #[serde(default, deserialize_with = "number")]
    high: Option<f64>,
    #[serde(default, deserialize_with = "number")]
    alpha: Option<f64>,
    #[serde(default, deserialize_with = "number")]
    beta: Option<f64>,
}

fn number<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
    f64::deserialize(deserializer).map(Some)
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum DistributionKind {
    Triangular,
    Uniform,
    Beta,
}

impl<'de> Deserialize<'de> for Distribution {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let f = DistributionFields::deserialize(deserializer)?;
        let d = match (f.kind, f.low, f.mode, f.high, f.alpha, f.beta) {
            (DistributionKind::Triangular, Some(low), Some(mode), Some(high), None, None) => Distribution::Triangular { low, mode, high },
            (DistributionKind::Uniform, Some(low), None, Some(high), None, None) => Distribution::Uniform { low, high },
            (DistributionKind::Beta, None, None, None, Some(alpha), Some(beta)) => Distribution::Beta { alpha, beta },
            (DistributionKind::Triangular, ..) => return Err(serde::de::Error::custom("a triangular distribution has exactly low, mode and high")),
            (DistributionKind::Uniform, ..) => return Err(serde::de::Error::custom("a uniform distribution has exactly low and high")),
            (DistributionKind::Beta, ..) => return Err(serde::de::Error::custom("a beta distribution has exactly alpha and beta")),
        };
        Ok(d)
    }
}

impl Distribution {
    /// The value at quantile `q` ∈ [0, 1].
    pub fn quantile(&self, q: f64) -> f64 {
        match *self {
            Distribution::Triangular { low, mode, high } => triangular(q, low, mode, high),
            Distribution::Uniform { low, high } => low + q.clamp(0.0, 1.0) * (high - low),
            Distribution::Beta { alpha, beta } => beta_one_sided(q, alpha, beta).unwrap_or(f64::NAN),
        }
    }

    /// Smallest and largest value.
    pub fn bounds(&self) -> (f64, f64) {
        (self.quantile(0.0), self.quantile(1.0))
    }

    fn check(&self) -> Result<(), String> {
        let finite = |v: &[f64]| v.iter().all(|x| x.is_finite());
        match *self {
            Distribution::Triangular { low, mode, high } if finite(&[low, mode, high]) && low <= mode && mode <= high => Ok(()),
            Distribution::Triangular { .. } => Err("triangular needs finite low ≤ mode ≤ high".into()),
            Distribution::Uniform { low, high } if finite(&[low, high]) && low <= high => Ok(()),
            Distribution::Uniform { .. } => Err("uniform needs finite low ≤ high".into()),
            Distribution::Beta { alpha, beta } if alpha > 0.0 && beta > 0.0 && (alpha == 1.0 || beta == 1.0) => Ok(()),
            Distribution::Beta { .. } => Err("beta needs positive shapes, one of them 1 (closed-form quantile)".into()),
        }
    }
}

/// Where a range comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    pub source: String,
    pub confidence: Confidence,
    pub reasoning: String,
}

/// The shared responsiveness factor Z_resp (MODEL.md §5.1): a Gaussian copula with one common
/// factor over the effect quantiles of the attractiveness levers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Responsiveness {
    pub correlation: f64,
    pub levers: Vec<String>,
    pub source: String,
    pub confidence: Confidence,
    pub reasoning: String,
}

/// The unit-cost factor for levers whose catalogue unit cost is a single number.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitCostRange {
    pub distribution: Distribution,
    pub source: String,
    pub confidence: Confidence,
    pub reasoning: String,
}

/// One sampled baseline quantity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParameterRange {
    pub id: String,
    pub label: String,
    /// Target key (see [`Target::parse`]).
    pub target: String,
    /// Must equal the target's own [`Target::apply`] (stated in the file for the reader).
    pub apply: Apply,
    pub distribution: Distribution,
    pub unit: String,
    pub source: String,
    pub confidence: Confidence,
    pub reasoning: String,
}

impl ParameterRange {
    /// The typed target (validated by [`Ranges::parse`]).
    pub fn target(&self) -> Option<Target> {
        Target::parse(&self.target)
    }
}

/// Something §5.1 lists that the bands deliberately do not sample, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotSampled {
    pub what: String,
    pub reason: String,
}

/// The whole ranges file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ranges {
    pub format: u32,
    pub caveat: String,
    /// Draws per Latin-hypercube batch (MODEL.md §5.3: batches of 250).
    pub batch_size: usize,
    pub responsiveness: Responsiveness,
    pub lever_effects: Provenance,
    pub unit_cost: UnitCostRange,
    pub parameters: Vec<ParameterRange>,
    pub not_sampled: Vec<NotSampled>,
}

impl Ranges {
    /// Parses and validates a ranges text.
    pub fn parse(text: &str) -> Result<Ranges, UncertaintyError> {
        let r: Ranges = serde_json::from_str(text).map_err(|e| UncertaintyError::Parse(e.to_string()))?;
        let invalid = |id: &str, reason: String| UncertaintyError::InvalidRange { id: id.to_string(), reason };
        let bad = |id: &str, reason: String| Err(invalid(id, reason));
        if r.batch_size == 0 || r.batch_size > u32::MAX as usize {
            return bad("batch_size", "must be a positive count".into());
        }
        let rho = r.responsiveness.correlation;
        if !(0.0..=1.0).contains(&rho) {
            return bad("responsiveness", "correlation must be in [0, 1]".into());
        }
        let catalogue = Catalogue::embedded();
        if let Some(id) = r.responsiveness.levers.iter().find(|id| catalogue.get(id).is_none()) {
            return bad("responsiveness", format!("unknown lever `{id}`"));
        }
        r.unit_cost.distribution.check().map_err(|reason| invalid("unit_cost", reason))?;
        if r.unit_cost.distribution.bounds().0 < 0.0 {
            return bad("unit_cost", "a unit-cost factor cannot be negative".into());
        }
        for (i, p) in r.parameters.iter().enumerate() {
            if r.parameters[..i].iter().any(|o| o.id == p.id) {
                return bad(&p.id, "duplicate id".into());
            }
            if p.reasoning.trim().len() < 10 || p.source.trim().is_empty() {
                return bad(&p.id, "source and reasoning are required".into());
            }
            let Some(target) = p.target() else { return bad(&p.id, format!("unknown target `{}`", p.target)) };
            if r.parameters[..i].iter().any(|o| o.target() == Some(target)) {
                return bad(&p.id, format!("target `{}` is sampled twice", p.target));
            }
            if p.apply != target.apply() {
                return bad(&p.id, format!("target `{}` takes `{:?}`", p.target, target.apply()));
            }
            p.distribution.check().map_err(|reason| invalid(&p.id, reason))?;
            let (lo, hi) = p.distribution.bounds();
            match p.apply {
                Apply::Scale if lo < 0.0 => return bad(&p.id, "a scale factor cannot be negative".into()),
                Apply::Set if !(0.0..=1.0).contains(&lo) || !(0.0..=1.0).contains(&hi) => {
                    return bad(&p.id, "a set probability must lie in [0, 1]".into());
                }
                _ => {}
            }
        }
        Ok(r)
    }

    /// The embedded ranges (parsed once; the test suite validates them).
    pub fn embedded() -> Result<&'static Ranges, UncertaintyError> {
        static RANGES: OnceLock<Result<Ranges, UncertaintyError>> = OnceLock::new();
        RANGES.get_or_init(|| Ranges::parse(EMBEDDED)).as_ref().map_err(Clone::clone)
    }
}
