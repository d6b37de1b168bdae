//! The canonical form: idempotent, and it runs exactly like the scenario it came from (same resolved
//! levers, cell by cell), so sharing a scenario never changes its results.

use laegedaekning_core::levers::tracks::supports_tracks;
use laegedaekning_core::levers::{Catalogue, Resolved, Setting};
use laegedaekning_core::share::{canonical, decode, encode, is_canonical};
use laegedaekning_core::{LeverSetting, Scenario};
use proptest::prelude::*;

const TARGETS: [&str; 12] =
    ["T", "O", "all", "t", "sjaelland", "nordjylland.T", "hovedstaden.O", "Syddanmark.t", "midtjylland", "MIDTJYLLAND.O", "sjaelland.T", "nordjylland.o"];

/// A valid lever setting (known id, finite intensity, in-range start year, valid targets), with
/// intensities drawn both as slider-like decimals and as arbitrary shares of the range.
fn valid_lever() -> impl Strategy<Value = LeverSetting> {
    let n = Catalogue::embedded().levers.len();
    let share = || prop_oneof![(0u32..=100).prop_map(|k| k as f64 / 100.0), 0.0..=1.0f64];
    let tracks = proptest::option::weighted(0.3, (share(), share()));
    (0..n, share(), 0..3usize, proptest::option::of(2025..=2040i32), proptest::option::of(proptest::collection::vec(0..TARGETS.len(), 0..4)), tracks)
        .prop_map(|(i, share, setting, start_year, targets, tracks)| {
            let lever = &Catalogue::embedded().levers[i];
            let r = &lever.intensity;
            LeverSetting {
                id: lever.id.clone(),
                intensity: r.min + share * (r.max - r.min),
                targets: targets.map(|t| t.into_iter().map(|k| TARGETS[k].to_string()).collect()),
                start_year,
                setting: [Setting::Low, Setting::Central, Setting::High][setting],
                // Per-track intensities only where the lever has the option (elsewhere they warn).
                tracks: tracks
                    .filter(|_| supports_tracks(&lever.id))
                    .map(|(am, hs)| [r.min + am * (r.max - r.min), r.min + hs * (r.max - r.min)]),
            }
        })
}

fn valid_scenario() -> impl Strategy<Value = Scenario> {
    proptest::collection::vec(valid_lever(), 0..=12).prop_map(|levers| Scenario { levers })
}

/// Resolved levers with zero-intensity ones left out (the model skips them) and in a fixed order.
fn effective(r: &Resolved) -> Vec<String> {
    let mut v: Vec<String> = r
        .active
        .iter()
        .filter(|a| a.intensity.iter().any(|x| *x != 0.0))
        .map(|a| format!("{} {:?} {:?} {} {:?}", a.lever, a.intensity, a.tracks, a.start_year, a.setting))
        .collect();
    v.sort();
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn canonical_runs_like_the_original(s in valid_scenario()) {
        let c = canonical(&s);
        let (original, _) = s.resolve().expect("valid scenario resolves");
        let (canon, warnings) = c.resolve().expect("canonical scenario resolves");
        prop_assert!(warnings.is_empty());
        prop_assert_eq!(effective(&original), effective(&canon));
    }

    #[test]
    fn canonical_is_idempotent_and_survives_the_token(s in valid_scenario()) {
        let c = canonical(&s);
        prop_assert!(is_canonical(&c));
        let d = decode(&encode(&s)).unwrap();
        prop_assert_eq!(&d.scenario, &c);
        prop_assert!(d.warnings.is_empty());
        prop_assert_eq!(encode(&c), encode(&s));
    }
}

#[test]
fn the_order_levers_were_set_in_does_not_change_the_token() {
    let a = Scenario { levers: vec![LeverSetting::new("P9", 10.0), LeverSetting::new("D0", 0.1)] };
    let b = Scenario { levers: vec![LeverSetting::new("D0", 0.1), LeverSetting::new("P9", 10.0)] };
    assert_eq!(encode(&a), encode(&b));
}

#[test]
fn unknown_ids_and_non_finite_intensities_are_not_encoded() {
    let s = Scenario { levers: vec![LeverSetting::new("X99", 1.0), LeverSetting::new("P1a", f64::NAN), LeverSetting::new("P2", f64::INFINITY)] };
    assert_eq!(canonical(&s), Scenario::default());
    assert_eq!(encode(&s), "");
}
