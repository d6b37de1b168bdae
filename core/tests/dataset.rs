//! The embedded data file parses, and every figure keeps the provenance rules.

use laegedaekning_core::data::{Confidence, DataError, Dataset, Region};

#[test]
fn embedded_dataset_is_valid_and_every_figure_has_source_and_confidence() {
    let data = Dataset::embedded().expect("the embedded data file must validate");
    assert!(!data.figures.is_empty());
    for f in &data.figures {
        assert!(!f.source.trim().is_empty(), "{} has no source", f.id);
        assert!(Confidence::ALL.contains(&f.confidence));
    }
    let [q, d, e] = data.confidence_counts();
    assert_eq!(q + d + e, data.figures.len());
    println!("figures: {} (quoted {q}, derived {d}, estimate {e})", data.figures.len());
}

#[test]
fn regional_lookup_finds_the_region_figure() {
    let data = Dataset::embedded().unwrap();
    let v = data.regional_value("population", Region::Nordjylland).unwrap();
    assert_eq!(v, 593_135.0);
}

fn one_figure(fields: &str) -> String {
    format!(
        r#"{{"format":1,"caveat":{{"da":"x","en":"x"}},"sources":[],"figures":[{{
            "id":"a","topic":"population","label":{{"da":"A","en":"A"}},"value":1,
            "unit":{{"da":"u","en":"u"}},"year":"2024"{fields}}}]}}"#
    )
}

#[test]
fn a_figure_without_confidence_is_rejected() {
    let err = Dataset::parse(&one_figure(r#","source":"S""#)).unwrap_err();
    assert!(matches!(err, DataError::Parse(ref m) if m.contains("confidence")), "{err}");
}

#[test]
fn a_figure_without_source_is_rejected() {
    let err = Dataset::parse(&one_figure(r#","source":" ","confidence":"quoted""#)).unwrap_err();
    assert_eq!(err, DataError::Invalid { figure: "a".into(), problem: "no source".into() });
}

#[test]
fn an_estimate_without_reasoning_is_rejected() {
    let err = Dataset::parse(&one_figure(r#","source":"S","confidence":"estimate""#)).unwrap_err();
    assert!(err.to_string().contains("reasoning"), "{err}");
}

#[test]
fn a_missing_translation_is_rejected() {
    let text = one_figure(r#","source":"S","confidence":"quoted""#).replace(r#""da":"A""#, r#""da":"""#);
    let err = Dataset::parse(&text).unwrap_err();
    assert!(err.to_string().contains("Danish or English"), "{err}");
}

#[test]
fn a_well_formed_quoted_figure_is_accepted() {
    let data = Dataset::parse(&one_figure(r#","source":"S","confidence":"quoted""#)).unwrap();
    assert_eq!(data.figure("a").unwrap().value, Some(1.0));
}
