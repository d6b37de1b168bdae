//! Shared helpers of the integration tests: the baseline, random scenarios and the number of cases.
#![allow(dead_code)]

use laegedaekning_core::levers::tracks::supports_tracks;
use laegedaekning_core::levers::{Catalogue, LeverSetting, Setting};
use laegedaekning_core::model::Baseline;
use laegedaekning_core::Scenario;
use proptest::prelude::*;
use std::sync::OnceLock;

/// The embedded baseline, built once per test binary.
pub fn baseline() -> &'static Baseline {
    static B: OnceLock<Baseline> = OnceLock::new();
    B.get_or_init(|| Baseline::embedded().expect("baseline builds"))
}

/// Cases of the random-scenario invariant suite: `INVARIANT_CASES` (default 1,000; heavy mode 10,000).
pub fn cases() -> u32 {
    std::env::var("INVARIANT_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(1000)
}

const TARGETS: [&str; 8] = ["T", "O", "all", "sjaelland", "nordjylland.T", "hovedstaden.O", "syddanmark.T", "midtjylland"];

/// One random lever setting: (lever index, intensity as a share of the range, setting, start, target).
/// Levers with a per-track option (D0) get per-track intensities in about a third of the cases.
pub fn lever_setting() -> impl Strategy<Value = LeverSetting> {
    let n = Catalogue::embedded().levers.len();
    let tracks = proptest::option::weighted(0.35, (0.0..=1.0f64, 0.0..=1.0f64));
    (0..n, 0.0..=1.0f64, 0..3usize, 2025..=2040i32, 0..=TARGETS.len(), tracks)
        .prop_map(|(i, share, setting, start, target, tracks)| {
            let lever = &Catalogue::embedded().levers[i];
            let r = &lever.intensity;
            LeverSetting {
                id: lever.id.clone(),
                intensity: r.min + share * (r.max - r.min),
                targets: if target == TARGETS.len() { None } else { Some(vec![TARGETS[target].to_string()]) },
                start_year: Some(start),
                setting: [Setting::Low, Setting::Central, Setting::High][setting],
                tracks: tracks
                    .filter(|_| supports_tracks(&lever.id))
                    .map(|(am, hs)| [r.min + am * (r.max - r.min), r.min + hs * (r.max - r.min)]),
            }
        })
}

/// A random scenario of 0–10 levers.
pub fn scenario() -> impl Strategy<Value = Scenario> {
    proptest::collection::vec(lever_setting(), 0..=10).prop_map(|levers| Scenario { levers })
}

/// Every lever of the catalogue at intensity 0.
pub fn all_levers_at_zero() -> Scenario {
    Scenario {
        levers: Catalogue::embedded().levers.iter().map(|l| LeverSetting::new(&l.id, 0.0)).collect(),
    }
}

/// Cases of the model-based analysis properties (each case makes 2^n or more model runs):
/// `ANALYSIS_CASES` (default 6; heavy mode e.g. 100).
pub fn analysis_cases() -> u32 {
    std::env::var("ANALYSIS_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(6)
}
