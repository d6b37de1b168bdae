//! The frozen token corpus (`tests/fixtures/tokens/`): every released token version still decodes to
//! the scenario and warnings it was frozen with, the lever code table only ever grows, and damaged
//! tokens keep giving the same kind of error.

use laegedaekning_core::levers::Catalogue;
use laegedaekning_core::share::code_table::LEVER_CODES;
use laegedaekning_core::share::token_versions::CURRENT_VERSION;
use laegedaekning_core::share::{decode, encode, DecodeWarning, TokenError};
use laegedaekning_core::Scenario;
use serde::Deserialize;
use std::path::PathBuf;

#[derive(Deserialize)]
struct Case {
    name: String,
    token: String,
    scenario: Scenario,
    warnings: Vec<String>,
}

#[derive(Deserialize)]
struct ErrorCase {
    token: String,
    error: String,
}

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tokens").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn warning_key(w: &DecodeWarning) -> String {
    match w {
        DecodeWarning::UnknownLever { code } => format!("unknown_lever {code}"),
        DecodeWarning::IntensityClamped { lever, found, clamped } => format!("intensity_clamped {lever} {found} {clamped}"),
        DecodeWarning::StartYearClamped { lever, found, clamped } => format!("start_year_clamped {lever} {found} {clamped}"),
        DecodeWarning::TracksIgnored { lever } => format!("tracks_ignored {lever}"),
    }
}

fn error_key(e: &TokenError) -> String {
    match e {
        TokenError::TooLong { .. } => "too_long".into(),
        TokenError::InvalidCharacters { position, .. } => format!("invalid_characters {position}"),
        TokenError::Truncated => "truncated".into(),
        TokenError::UnsupportedVersion { found, .. } => format!("unsupported_version {found}"),
        TokenError::Tampered => "tampered".into(),
        TokenError::Corrupt(_) => "corrupt".into(),
    }
}

#[test]
fn every_released_version_decodes_to_its_frozen_scenarios() {
    for version in 1..=CURRENT_VERSION {
        let cases: Vec<Case> = serde_json::from_str(&fixture(&format!("v{version}.json"))).expect("corpus parses");
        assert!(cases.len() >= 5, "v{version}: corpus too small");
        for case in &cases {
            let d = decode(&case.token).unwrap_or_else(|e| panic!("v{version} {}: {e}", case.name));
            assert_eq!(d.scenario, case.scenario, "v{version} {}", case.name);
            assert_eq!(d.warnings.iter().map(warning_key).collect::<Vec<_>>(), case.warnings, "v{version} {}", case.name);
            if !case.token.is_empty() {
                assert_eq!(d.version, version, "{}", case.name);
            }
            if version == CURRENT_VERSION && !case.name.starts_with("hand-made") {
                assert_eq!(encode(&case.scenario), case.token, "current encoder changed for {}", case.name);
            }
        }
    }
}

#[test]
fn the_lever_code_table_only_grows() {
    let frozen: Vec<(u32, String)> = serde_json::from_str(&fixture("lever_codes.json")).unwrap();
    for (i, (code, id)) in frozen.iter().enumerate() {
        assert_eq!(LEVER_CODES.get(i).map(|(c, x)| (*c, x.to_string())), Some((*code, id.clone())), "frozen row {i} changed");
    }
    for (i, (code, id)) in LEVER_CODES.iter().enumerate() {
        assert!(*code != 0, "code 0 is reserved");
        assert!(LEVER_CODES[..i].iter().all(|(c, x)| c != code && x != id), "{code} / {id} repeated");
    }
    for lever in &Catalogue::embedded().levers {
        assert!(LEVER_CODES.iter().any(|(_, id)| *id == lever.id), "lever {} has no token code: append one", lever.id);
    }
}

#[test]
fn damaged_tokens_keep_their_error_kind() {
    let cases: Vec<ErrorCase> = serde_json::from_str(&fixture("errors.json")).unwrap();
    for case in &cases {
        let got = decode(&case.token).map(|d| d.scenario).map_err(|e| error_key(&e));
        assert_eq!(got, Err(case.error.clone()), "{}", case.token);
    }
}
