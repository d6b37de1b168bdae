//! A scenario: the set of lever settings (id, intensity, targeted cells, start year, effect setting),
//! and its validation into a [`Resolved`] scenario the run reads.
//!
//! Rule for bad input (shared with the app through [`Scenario::resolve`]):
//! * an unknown lever id, a non-finite intensity or an unknown target is **refused** (an error);
//! * an intensity outside the lever's range is **clamped** to the range, with a warning;
//! * a start year outside 2025…2040 is clamped, with a warning;
//! * per-track intensities follow the same rules, and are ignored with a warning on a lever that has
//!   no per-track option (see [`super::tracks`]).
//!
//! Clamping keeps a slider or an old share link usable, refusing keeps typos from silently running a
//! different scenario.

use super::catalogue::{Catalogue, DefaultTargets, Setting};
use super::effect_draw::LeverDraw;
use super::tracks;
use crate::model::dims::*;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One lever's setting in a scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeverSetting {
    pub id: String,
    /// Intensity in the lever's own unit, applied in every targeted cell.
    pub intensity: f64,
    /// Targeted cells: `"T"`, `"O"`, `"all"`, a region key (`"sjaelland"`: both cells) or
    /// `"<region>.T"` / `"<region>.O"`. Absent: the lever's default targeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targets: Option<Vec<String>>,
    /// First year the lever is in force (default 2025).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_year: Option<i32>,
    /// Low / central / high effect (default central).
    #[serde(default)]
    pub setting: Setting,
    /// Intensities by track `[AM, HS]` in the lever's own unit, used instead of `intensity` in every
    /// targeted cell (D0 only, MODEL.md §2.1; see [`super::tracks`]). Absent: `intensity` on both
    /// tracks, pro rata to their baseline posts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracks: Option<[f64; TRACKS]>,
}

impl LeverSetting {
    /// A lever at `intensity` with default targets, start 2025 and central effects.
    pub fn new(id: &str, intensity: f64) -> Self {
        LeverSetting { id: id.to_string(), intensity, targets: None, start_year: None, setting: Setting::Central, tracks: None }
    }
}

/// A scenario: lever settings applied on top of the baseline (current policy).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    #[serde(default)]
    pub levers: Vec<LeverSetting>,
}

/// An active lever, ready for the run.
#[derive(Clone, Debug, PartialEq)]
pub struct Active {
    /// Index into the embedded catalogue.
    pub lever: usize,
    pub id: String,
    /// Intensity by cell (0 outside the targets; with per-track intensities, the larger of the two).
    pub intensity: [f64; CELLS],
    /// Per-track intensities `[AM, HS]` in the targeted cells, clamped (see [`super::tracks`]).
    pub tracks: Option<[f64; TRACKS]>,
    pub start_year: i32,
    pub setting: Setting,
    /// A Monte Carlo draw of the lever's effects and unit cost (set only by the uncertainty module;
    /// `None` = read the effects at `setting`). See [`super::effect_draw`].
    pub draw: Option<LeverDraw>,
}

/// A validated scenario.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Resolved {
    pub active: Vec<Active>,
}

impl Resolved {
    /// Lever ids in order (for the cost table).
    pub fn ids(&self) -> Vec<String> {
        self.active.iter().map(|a| a.id.clone()).collect()
    }
}

/// Why a scenario was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum ScenarioError {
    UnknownLever(String),
    NotFinite { lever: String },
    UnknownTarget { lever: String, target: String },
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScenarioError::UnknownLever(id) => write!(f, "unknown lever `{id}` (see `levers`)"),
            ScenarioError::NotFinite { lever } => write!(f, "lever `{lever}`: intensity is not a finite number"),
            ScenarioError::UnknownTarget { lever, target } => write!(
                f,
                "lever `{lever}`: unknown target `{target}` (use T, O, all, a region key or <region>.T / <region>.O)"
            ),
        }
    }
}

impl std::error::Error for ScenarioError {}

/// A change made to the scenario while resolving it.
#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    pub lever: String,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "lever `{}`: {}", self.lever, self.message)
    }
}

const REGION_KEYS: [&str; REGIONS] = ["hovedstaden", "sjaelland", "syddanmark", "midtjylland", "nordjylland"];

/// The cells a target string names.
fn target_cells(target: &str) -> Option<[bool; CELLS]> {
    let mut cells = [false; CELLS];
    let t = target.trim().to_lowercase();
    match t.as_str() {
        "all" => cells = [true; CELLS],
        "t" => (0..REGIONS).for_each(|r| cells[cell(r, T)] = true),
        "o" => (0..REGIONS).for_each(|r| cells[cell(r, O)] = true),
        _ => {
            let (region, zone) = match t.split_once('.') {
                Some((r, z)) => (r, Some(z)),
                None => (t.as_str(), None),
            };
            let r = REGION_KEYS.iter().position(|k| *k == region)?;
            match zone {
                None => {
                    cells[cell(r, T)] = true;
                    cells[cell(r, O)] = true;
                }
                Some("t") => cells[cell(r, T)] = true,
                Some("o") => cells[cell(r, O)] = true,
                Some(_) => return None,
            }
        }
    }
    Some(cells)
}

impl Scenario {
    /// Validates against the embedded catalogue: errors refuse the scenario, warnings report clamps.
    pub fn resolve(&self) -> Result<(Resolved, Vec<Warning>), ScenarioError> {
        self.resolve_with(Catalogue::embedded())
    }

    /// Validates against `catalogue`.
    pub fn resolve_with(&self, catalogue: &Catalogue) -> Result<(Resolved, Vec<Warning>), ScenarioError> {
        let mut warnings = Vec::new();
        let mut active = Vec::new();
        for s in &self.levers {
            let (index, lever) =
                catalogue.get(&s.id).ok_or_else(|| ScenarioError::UnknownLever(s.id.clone()))?;
            if !s.intensity.is_finite() {
                return Err(ScenarioError::NotFinite { lever: s.id.clone() });
            }
            let tracks = tracks::resolve(s, lever, &mut warnings)?;
            let range = &lever.intensity;
            let intensity = tracks.map_or(s.intensity.clamp(range.min, range.max), tracks::headline);
            if tracks.is_none() && intensity != s.intensity {
                warnings.push(Warning {
                    lever: s.id.clone(),
                    message: format!(
                        "intensity {} is outside {}…{} and was clamped to {}",
                        s.intensity, range.min, range.max, intensity
                    ),
                });
            }
            let mut cells = [false; CELLS];
            match &s.targets {
                None => match lever.targets {
                    DefaultTargets::Threatened => (0..REGIONS).for_each(|r| cells[cell(r, T)] = true),
                    DefaultTargets::Other => (0..REGIONS).for_each(|r| cells[cell(r, O)] = true),
                    DefaultTargets::All => cells = [true; CELLS],
                },
                Some(list) => {
                    for target in list {
                        let named = target_cells(target).ok_or_else(|| ScenarioError::UnknownTarget {
                            lever: s.id.clone(),
                            target: target.clone(),
                        })?;
                        for c in 0..CELLS {
                            cells[c] |= named[c];
                        }
                    }
                }
            }
            let start = s.start_year.unwrap_or(FIRST_YEAR);
            let start_year = start.clamp(FIRST_YEAR, LAST_YEAR);
            if start_year != start {
                warnings.push(Warning {
                    lever: s.id.clone(),
                    message: format!("start year {start} is outside {FIRST_YEAR}…{LAST_YEAR} and was clamped to {start_year}"),
                });
            }
            let mut by_cell = [0.0; CELLS];
            for c in 0..CELLS {
                if cells[c] {
                    by_cell[c] = intensity;
                }
            }
            active.push(Active { lever: index, id: s.id.clone(), intensity: by_cell, tracks, start_year, setting: s.setting, draw: None });
        }
        sort_canonical(&mut active);
        Ok((Resolved { active }, warnings))
    }

    /// Like [`Scenario::resolve`] but drops refused levers instead of failing (used by `run`, which
    /// must always return results; callers that need the errors call `resolve` first).
    pub fn resolve_lenient(&self) -> Resolved {
        // The usual case: nothing is refused, and resolving the whole scenario gives the same levers
        // (each lever resolves on its own, then all are sorted) without a scenario per lever.
        if let Ok((resolved, _)) = self.resolve() {
            return resolved;
        }
        let mut active = Vec::new();
        for s in &self.levers {
            let one = Scenario { levers: vec![s.clone()] };
            if let Ok((r, _)) = one.resolve() {
                active.extend(r.active);
            }
        }
        sort_canonical(&mut active);
        Resolved { active }
    }
}

/// Canonical order (catalogue order, then intensity, per-track intensities, start, setting): levers compose by
/// multiplication and addition, which are commutative but not associative in floating point, so a
/// fixed application order makes any ordering of the scenario bit-identical (T16).
fn sort_canonical(active: &mut [Active]) {
    crate::sort::stable_sort_by(active, |a, b| {
        a.lever
            .cmp(&b.lever)
            .then(a.intensity.partial_cmp(&b.intensity).unwrap_or(std::cmp::Ordering::Equal))
            .then(a.tracks.partial_cmp(&b.tracks).unwrap_or(std::cmp::Ordering::Equal))
            .then(a.start_year.cmp(&b.start_year))
            .then(a.setting.index().cmp(&b.setting.index()))
    });
}
