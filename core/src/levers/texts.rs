//! The three long lever texts — how the lever works in the model (`mechanism`), its cost formula and
//! its evidence — in the reader's language.
//!
//! The catalogue (`core/data/levers.json`, [`super::catalogue`]) holds these texts in English only;
//! their Danish translations live in `core/data/levers-da.json`, keyed by lever id, so that the
//! catalogue's effect values can be edited without touching the translations. English returns the
//! catalogue's text; Danish returns the translation and falls back to English only when it is missing
//! (the test `core/tests/lever_texts.rs` forbids that, and checks that every number of the English
//! text also appears in the Danish one).

use super::catalogue::Lever;
use crate::data::Lang;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

const EMBEDDED_DA: &str = include_str!("../../data/levers-da.json");

/// The Danish texts of one lever.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DanishTexts {
    pub mechanism: String,
    pub cost_formula: String,
    pub evidence: String,
}

/// The whole translation file: format version and texts by lever id.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DanishCatalogue {
    pub format: u32,
    pub levers: HashMap<String, DanishTexts>,
}

impl DanishCatalogue {
    /// Parses a translation file (structure only; completeness is checked by the test suite).
    pub fn parse(text: &str) -> Result<DanishCatalogue, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    /// The embedded translations (parsed once).
    pub fn embedded() -> &'static DanishCatalogue {
        static TEXTS: OnceLock<DanishCatalogue> = OnceLock::new();
        TEXTS.get_or_init(|| DanishCatalogue::parse(EMBEDDED_DA).expect("embedded levers-da.json is valid"))
    }
}

fn danish(lever: &Lever) -> Option<&'static DanishTexts> {
    DanishCatalogue::embedded().levers.get(&lever.id)
}

fn pick<'a>(english: &'a str, translated: Option<&'a str>, lang: Lang) -> &'a str {
    match (lang, translated) {
        (Lang::Da, Some(da)) if !da.trim().is_empty() => da,
        _ => english,
    }
}

/// How the lever works in the model.
pub fn mechanism(lever: &Lever, lang: Lang) -> &str {
    pick(&lever.mechanism, danish(lever).map(|t| t.mechanism.as_str()), lang)
}

/// The lever's cost formula.
pub fn cost_formula(lever: &Lever, lang: Lang) -> &str {
    pick(&lever.cost.formula, danish(lever).map(|t| t.cost_formula.as_str()), lang)
}

/// The evidence behind the lever's effect.
pub fn evidence(lever: &Lever, lang: Lang) -> &str {
    pick(&lever.evidence, danish(lever).map(|t| t.evidence.as_str()), lang)
}
