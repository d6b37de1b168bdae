//! Per-track intensities in the share token: a split is written in format v2 and read back exactly,
//! while every scenario without a split keeps its v1 token (links stay openable in apps that predate
//! v2, and the frozen v1 corpus still encodes byte for byte).

use laegedaekning_core::share::token_versions::CURRENT_VERSION;
use laegedaekning_core::share::{canonical, decode, encode, DecodeWarning};
use laegedaekning_core::{LeverSetting, Scenario};
use serde::Deserialize;
use std::path::PathBuf;

#[derive(Deserialize)]
struct Case {
    name: String,
    token: String,
    scenario: Scenario,
}

fn split(am: f64, hs: f64) -> LeverSetting {
    LeverSetting { tracks: Some([am, hs]), ..LeverSetting::new("D0", am.max(hs)) }
}

#[test]
fn scenarios_without_a_split_keep_their_v1_tokens() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tokens/v1.json");
    let cases: Vec<Case> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    for case in cases.iter().filter(|c| !c.name.starts_with("hand-made")) {
        assert_eq!(encode(&case.scenario), case.token, "{}", case.name);
    }
}

#[test]
fn a_split_is_written_in_v2_and_read_back_exactly() {
    assert_eq!(CURRENT_VERSION, 2);
    let s = Scenario { levers: vec![split(0.2, 0.05), LeverSetting::new("P9", 10.0)] };
    let token = encode(&s);
    let d = decode(&token).unwrap();
    assert_eq!(d.version, 2);
    assert_eq!(d.scenario, s);
    assert!(d.warnings.is_empty());
    assert!(token.len() <= 20, "{token}");
    // Dropping the split goes back to v1.
    let plain = Scenario { levers: vec![LeverSetting::new("D0", 0.2), LeverSetting::new("P9", 10.0)] };
    assert_eq!(decode(&encode(&plain)).unwrap().version, 1);
}

#[test]
fn canonical_form_of_a_split() {
    // The intensity becomes the larger track; tracks are clamped; both at zero drops the lever.
    let messy = Scenario { levers: vec![LeverSetting { tracks: Some([0.9, 0.1]), ..LeverSetting::new("D0", 0.0) }] };
    assert_eq!(canonical(&messy), Scenario { levers: vec![split(0.5, 0.1)] });
    assert_eq!(canonical(&Scenario { levers: vec![LeverSetting { tracks: Some([0.0, 0.0]), ..LeverSetting::new("D0", 0.3) }] }), Scenario::default());
    // On a lever without the option the tracks are dropped and the lever kept.
    let p1a = Scenario { levers: vec![LeverSetting { tracks: Some([1.0, 2.0]), ..LeverSetting::new("P1a", 1.5) }] };
    assert_eq!(canonical(&p1a), Scenario { levers: vec![LeverSetting::new("P1a", 1.5)] });
    assert!(decode(&encode(&p1a)).unwrap().warnings.is_empty());
    // A non-finite track is refused by `resolve`, so the lever is not encoded.
    assert_eq!(encode(&Scenario { levers: vec![split(0.1, f64::NAN)] }), "");
}

#[test]
fn the_tracks_ignored_warning_reads_well() {
    let w = DecodeWarning::TracksIgnored { lever: "P1a".into() };
    assert!(w.to_string().contains("only to D0"), "{w}");
}
