//! The ranges file of the Monte Carlo bands (`core/data/uncertainty.json`) validates, every range
//! carries its source, confidence and reasoning, and the lever-effect hook maps quantiles onto the
//! catalogue's low / central / high values.

use laegedaekning_core::levers::Catalogue;
use laegedaekning_core::uncertainty::Ranges;
use laegedaekning_core::uncertainty::ranges::Distribution;
use laegedaekning_core::uncertainty::target::Target;

#[test]
fn ranges_file_is_valid_and_every_range_is_sourced() {
    let r = Ranges::embedded().expect("uncertainty.json validates");
    assert_eq!(r.batch_size, 250, "MODEL.md §5.3 batches of 250");
    assert_eq!(r.responsiveness.correlation, 0.5);
    assert_eq!(r.responsiveness.levers.len(), 11);
    for p in &r.parameters {
        assert!(p.target().is_some(), "{}", p.id);
        assert!(p.reasoning.len() > 20 && !p.source.is_empty(), "{} lacks source or reasoning", p.id);
    }
    assert!(r.not_sampled.iter().any(|n| n.what.contains("Structural")), "structural switches documented");
    assert!(r.not_sampled.iter().any(|n| n.what.contains("projection")), "projection variants documented");
    // §5.1 ranges as stated.
    let bounds = |target: &str| {
        let p = r.parameters.iter().find(|p| p.target() == Target::parse(target)).expect(target);
        p.distribution.bounds()
    };
    assert_eq!(bounds("retirement_hazard"), (0.8, 1.2));
    assert_eq!(bounds("emigration"), (0.7, 1.3));
    assert_eq!(bounds("immigration"), (0.5, 1.5));
    assert_eq!(bounds("drop_out"), (0.7, 1.3));
    let (lo, hi) = bounds("graduates");
    assert!((lo - 0.95).abs() < 1e-15 && (hi - 1.05).abs() < 1e-15);
    assert!(matches!(r.unit_cost.distribution, Distribution::Triangular { low: 0.75, mode: 1.0, high: 1.25 }));
}

#[test]
fn bad_ranges_are_refused_with_a_typed_error() {
    let text = include_str!("../data/uncertainty.json");
    for (from, to) in [
        ("\"retirement_hazard\"", "\"retirement_hazards\""),
        ("\"correlation\": 0.5", "\"correlation\": 1.5"),
        ("\"low\": 0.8", "\"low\": 1.3"),
        ("\"alpha\": 6.0", "\"alpha\": 6.0, \"extra\": 1"),
        ("\"apply\": \"set\"", "\"apply\": \"scale\""),
    ] {
        assert!(text.contains(from), "{from}");
        assert!(Ranges::parse(&text.replacen(from, to, 1)).is_err(), "{from} → {to} must be refused");
    }
    assert!(Ranges::parse("{").is_err());
}

#[test]
fn lever_effects_map_quantiles_onto_low_central_high() {
    for l in &Catalogue::embedded().levers {
        for e in &l.effects {
            let (lo, hi) = (e.low.min(e.high), e.low.max(e.high));
            assert!(lo <= e.central && e.central <= hi, "{} {}: central outside low…high", l.id, e.key);
            assert!((e.at_quantile(0.0) - e.low).abs() <= 1e-12 * e.low.abs().max(1.0), "{} {}", l.id, e.key);
            assert!((e.at_quantile(1.0) - e.high).abs() <= 1e-12 * e.high.abs().max(1.0), "{} {}", l.id, e.key);
            // The median lies between low and high, and quantiles order effectiveness.
            let m = e.at_quantile(0.5);
            assert!(lo <= m && m <= hi, "{} {}", l.id, e.key);
            let increasing = e.high >= e.low;
            assert_eq!(e.at_quantile(0.9) >= e.at_quantile(0.1), increasing, "{} {}", l.id, e.key);
        }
    }
}

#[test]
fn distributions_read_exactly_their_own_fields() {
    let read = |json: &str| serde_json::from_str::<Distribution>(json);
    assert_eq!(read(r#"{"kind":"triangular","low":0.5,"mode":1,"high":1.5}"#).unwrap(), Distribution::Triangular { low: 0.5, mode: 1.0, high: 1.5 });
    assert_eq!(read(r#"{"high":2,"low":1,"kind":"uniform"}"#).unwrap(), Distribution::Uniform { low: 1.0, high: 2.0 });
    assert_eq!(read(r#"{"kind":"beta","alpha":6.0,"beta":1}"#).unwrap(), Distribution::Beta { alpha: 6.0, beta: 1.0 });
    for bad in [
        r#"{"kind":"uniform","low":1,"high":2,"mode":1.5}"#,
        r#"{"kind":"uniform","low":1,"high":2,"mode":null}"#,
        r#"{"kind":"uniform","low":1}"#,
        r#"{"kind":"uniform","low":null,"high":2}"#,
        r#"{"kind":"beta","alpha":1,"beta":2,"extra":1}"#,
        r#"{"kind":"normal","low":1,"high":2}"#,
        r#"{"low":1,"high":2}"#,
        r#"{"kind":"triangular","low":1,"low":1,"mode":1,"high":2}"#,
    ] {
        assert!(read(bad).is_err(), "{bad} must be refused");
    }
    for d in [Distribution::Triangular { low: 0.5, mode: 1.0, high: 1.5 }, Distribution::Uniform { low: 1.0, high: 2.0 }, Distribution::Beta { alpha: 1.0, beta: 3.0 }] {
        assert_eq!(read(&serde_json::to_string(&d).unwrap()).unwrap(), d, "round trip");
    }
}
