//! The storage envelope: the frozen v1 corpus (`tests/fixtures/tokens/envelope_v1.json`) still
//! parses to what it was frozen with, writing and reading agree, and damaged or foreign texts give
//! typed errors.

use chrono::{TimeZone, Utc};
use laegedaekning_core::share::envelope::{parse, to_json, EnvelopeError, SavedScenario, ENVELOPE_VERSION};
use laegedaekning_core::{LeverSetting, Scenario};
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    name: String,
    stored: String,
    expected: SavedScenario,
}

#[test]
fn every_released_envelope_version_parses_to_its_frozen_value() {
    for version in 1..=ENVELOPE_VERSION {
        let path = format!("{}/tests/fixtures/tokens/envelope_v{version}.json", env!("CARGO_MANIFEST_DIR"));
        let cases: Vec<Case> = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert!(!cases.is_empty());
        for case in cases {
            let parsed = parse(&case.stored).unwrap_or_else(|e| panic!("{}: {e}", case.name));
            assert_eq!(parsed.saved, case.expected, "{}", case.name);
            assert_eq!(parsed.migrated_from, (version < ENVELOPE_VERSION).then_some(version));
        }
    }
}

#[test]
fn writing_then_reading_gives_the_same_scenario() {
    let saved = SavedScenario {
        id: "abc-0001".into(),
        name: "Pakke \"B\" — æøå".into(),
        notes: "line 1\nline 2".into(),
        created: Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).unwrap(),
        updated: Utc.with_ymd_and_hms(2026, 11, 25, 9, 5, 0).unwrap() + chrono::TimeDelta::milliseconds(7),
        scenario: Scenario { levers: vec![LeverSetting::new("P1a", 1.0 / 3.0), LeverSetting::new("Q1", -1.0)] },
    };
    let text = to_json(&saved);
    assert!(text.starts_with("{\"format\":1,"), "{text}");
    let parsed = parse(&text).unwrap();
    assert_eq!(parsed.saved, saved);
    assert_eq!(parsed.migrated_from, None);
}

#[test]
fn bad_texts_give_typed_errors() {
    assert!(matches!(parse(""), Err(EnvelopeError::NotJson(_))));
    assert!(matches!(parse("{\"format\":1,"), Err(EnvelopeError::NotJson(_))));
    assert_eq!(parse("[]"), Err(EnvelopeError::MissingFormat));
    assert_eq!(parse("{\"format\":\"1\"}"), Err(EnvelopeError::MissingFormat));
    assert_eq!(parse("{\"format\":0}"), Err(EnvelopeError::NeverIssued { found: 0 }));
    assert_eq!(parse("{\"format\":3}"), Err(EnvelopeError::NewerVersion { found: 3, newest: 1 }));
    assert!(matches!(parse("{\"format\":1,\"id\":\"a\"}"), Err(EnvelopeError::Invalid(_))));
    let bad_date = "{\"format\":1,\"id\":\"a\",\"name\":\"n\",\"created\":\"yesterday\",\"updated\":\"2026-11-25T09:30:00Z\",\"scenario\":{}}";
    assert!(matches!(parse(bad_date), Err(EnvelopeError::Invalid(_))));
    let bad_id = "{\"format\":1,\"id\":\"../x\",\"name\":\"n\",\"created\":\"2026-11-25T09:30:00Z\",\"updated\":\"2026-11-25T09:30:00Z\",\"scenario\":{}}";
    assert!(matches!(parse(bad_id), Err(EnvelopeError::WrongId { .. })));
    for e in [EnvelopeError::MissingFormat, EnvelopeError::NewerVersion { found: 3, newest: 1 }, EnvelopeError::Invalid("missing field `name`".into())] {
        let m = e.to_string();
        assert!(!m.contains('\n'));
        println!("{m}");
    }
}
