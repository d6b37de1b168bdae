//! The model's own data files validate: `parameters.json` (every §1.5 default with value, unit, year,
//! source, confidence and reasoning) and `levers.json` (the catalogue of MODEL.md §3A–§3D).

use laegedaekning_core::data::{Confidence, Dataset};
use laegedaekning_core::levers::Catalogue;
use laegedaekning_core::levers::catalogue::Family;
use laegedaekning_core::model::inputs::embedded_parameters;

#[test]
fn parameter_file_is_valid_and_every_estimate_has_reasoning() {
    let p = embedded_parameters().expect("parameters.json validates");
    let [q, d, e] = p.confidence_counts();
    println!("parameters: {} (quoted {q}, derived {d}, estimate {e})", p.figures.len());
    for f in &p.figures {
        assert!(f.value.is_some_and(f64::is_finite), "{} has no value", f.id);
        if f.confidence != Confidence::Quoted {
            assert!(f.note.as_ref().is_some_and(|n| n.en.len() > 5), "{} lacks its reasoning", f.id);
        }
    }
    let v = |id: &str| p.figure(id).and_then(|f| f.value).unwrap();
    let shares = ["gp", "hsp", "psp", "mun"].iter().map(|t| v(&format!("immigrant_type_share.{t}"))).sum::<f64>();
    assert!((shares - 1.0).abs() < 1e-12, "immigrant type shares must sum to 1");
    let ci = v("ci_weight.gp") + v("ci_weight.hosp") + v("ci_weight.psp");
    assert!((ci - 1.0).abs() < 1e-12, "coverage-index weights must sum to 1");
    let pool = v("pool.split.d1") + v("pool.split.d2") + v("pool.split.d3");
    assert!((pool - 1.0).abs() < 1e-12);
    for id in ["alpha.d0", "alpha.d3", "chi_am", "kbu_stay", "new_specialist_stay", "local_first.hu", "tutor_share"] {
        assert!((0.0..=1.0).contains(&v(id)), "{id} is a probability");
    }
}

#[test]
fn baseline_dataset_still_validates() {
    Dataset::embedded().expect("baseline.json validates");
}

#[test]
fn lever_catalogue_holds_every_lever_of_the_spec() {
    let cat = Catalogue::embedded();
    let ids: Vec<&str> = cat.levers.iter().map(|l| l.id.as_str()).collect();
    let expected = [
        "D0", "P1a", "P1b", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10a", "P10b", "P11a", "P11b", "P12",
        "M1", "M2", "M3", "M4", "M5", "M6", "H1", "H2", "H3", "H4", "H5", "C1", "C2", "C3", "C4", "C5",
    ];
    assert_eq!(ids, expected);
    for l in &cat.levers {
        match l.family {
            Family::Proposal | Family::Premise | Family::HereAndNow | Family::Pool => assert_eq!(l.seed.document, "SEED_DR", "{}", l.id),
            Family::Municipal => assert_eq!(l.seed.document, "SEED_AARHUS", "{}", l.id),
            Family::Context => assert_eq!(l.seed.document, "MODEL", "{}", l.id),
        }
        for e in &l.effects {
            assert!(e.low.is_finite() && e.central.is_finite() && e.high.is_finite());
        }
        assert!(l.cost.unit_cost.iter().all(|&c| c >= 0.0));
        assert!(l.cost.missing == l.cost.unit_cost.iter().all(|&c| c == 0.0) || l.family == Family::Context || l.id == "H5",
            "{}: a missing cost has no number and a known cost has one", l.id);
    }
}
