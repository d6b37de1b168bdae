//! The scenario contract shared with the app: unknown levers, non-finite intensities and unknown
//! targets are refused; out-of-range intensities and start years are clamped with a warning; targets
//! and defaults resolve to the right cells; the JSON form round-trips.

use laegedaekning_core::levers::{LeverSetting, Scenario, ScenarioError, Setting};
use laegedaekning_core::model::dims::*;

fn one(setting: LeverSetting) -> Scenario {
    Scenario { levers: vec![setting] }
}

#[test]
fn unknown_lever_is_refused() {
    let err = one(LeverSetting::new("P99", 1.0)).resolve().unwrap_err();
    assert_eq!(err, ScenarioError::UnknownLever("P99".into()));
    assert!(err.to_string().contains("unknown lever"));
}

#[test]
fn non_finite_intensity_is_refused() {
    let err = one(LeverSetting::new("P11b", f64::NAN)).resolve().unwrap_err();
    assert!(matches!(err, ScenarioError::NotFinite { .. }));
}

#[test]
fn out_of_range_intensity_is_clamped_with_a_warning() {
    let (r, w) = one(LeverSetting::new("P11b", 7.0)).resolve().unwrap();
    assert_eq!(w.len(), 1);
    assert!(w[0].message.contains("clamped to 3"), "{}", w[0]);
    assert!(r.active[0].intensity.iter().all(|&i| i == 0.0 || i == 3.0));
    let (r, w) = one(LeverSetting::new("P11b", -1.0)).resolve().unwrap();
    assert_eq!(w.len(), 1);
    assert!(r.active[0].intensity.iter().all(|&i| i == 0.0));
}

#[test]
fn start_year_outside_the_horizon_is_clamped() {
    let (r, w) = one(LeverSetting { start_year: Some(2050), ..LeverSetting::new("P8", 20.0) }).resolve().unwrap();
    assert_eq!(r.active[0].start_year, LAST_YEAR);
    assert_eq!(w.len(), 1);
}

#[test]
fn targets_resolve_to_cells_and_unknown_targets_are_refused() {
    let cells = |targets: &[&str]| {
        let s = one(LeverSetting {
            targets: Some(targets.iter().map(|t| t.to_string()).collect()),
            ..LeverSetting::new("P8", 20.0)
        });
        let (r, _) = s.resolve().unwrap();
        (0..CELLS).filter(|&c| r.active[0].intensity[c] > 0.0).collect::<Vec<_>>()
    };
    assert_eq!(cells(&["T"]), vec![0, 2, 4, 6, 8]);
    assert_eq!(cells(&["O"]), vec![1, 3, 5, 7, 9]);
    assert_eq!(cells(&["sjaelland"]), vec![2, 3]);
    assert_eq!(cells(&["nordjylland.T", "hovedstaden.O"]), vec![1, 8]);
    assert_eq!(cells(&["all"]).len(), CELLS);
    let bad = one(LeverSetting { targets: Some(vec!["fyn".into()]), ..LeverSetting::new("P8", 1.0) });
    assert!(matches!(bad.resolve().unwrap_err(), ScenarioError::UnknownTarget { .. }));
    // Default targeting from the catalogue: P8 → T, C1 → O, M3 → all.
    let default = |id: &str, i: f64| {
        let (r, _) = one(LeverSetting::new(id, i)).resolve().unwrap();
        (0..CELLS).filter(|&c| r.active[0].intensity[c] > 0.0).count()
    };
    assert_eq!(default("P8", 20.0), 5);
    assert_eq!(default("C1", 1.0), 5);
    assert_eq!(default("M3", 1.0), 10);
}

#[test]
fn scenario_json_round_trips_and_rejects_unknown_fields() {
    let text = r#"{"levers":[{"id":"P11b","intensity":1,"targets":["sjaelland.T"],"start_year":2026,"setting":"high"}]}"#;
    let s: Scenario = serde_json::from_str(text).unwrap();
    assert_eq!(s.levers[0].setting, Setting::High);
    let back: Scenario = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
    assert_eq!(s, back);
    assert!(serde_json::from_str::<Scenario>(r#"{"levers":[{"id":"P8","intensity":1,"typo":2}]}"#).is_err());
}
