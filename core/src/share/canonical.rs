//! The canonical form of a scenario: the one spelling of it that a share token stores.
//!
//! Two scenarios that run identically should share one token, and a decoded token must compare equal
//! to what was encoded. [`canonical`] therefore rewrites a scenario, lever by lever:
//! 1. levers without a token code or unknown to the embedded catalogue are dropped, and so are levers
//!    whose intensity is not finite (both are refused by `Scenario::resolve`);
//! 2. the intensity is clamped to the lever's range (as `Scenario::resolve` does), and a lever left at
//!    intensity 0 is dropped: the mechanisms skip it entirely, so it runs bit-identically to the
//!    baseline (MODEL invariants T3/T4);
//! 3. per-track intensities (D0 only; see [`crate::levers::tracks`]) are clamped like the intensity,
//!    which then becomes the larger of the two; a lever with a non-finite one is dropped (refused by
//!    `resolve`), and on a lever without the option they are dropped (ignored by `resolve`). Equal
//!    track values are kept as a split: the split is the user's choice and the link keeps it;
//! 4. the start year is clamped to 2025…2040, and 2025 (the default) becomes `None`;
//! 5. targets become the shortest canonical list (`all`, `T`, `O`, `sjaelland`, `sjaelland.T`, …),
//!    unknown target strings are ignored, and a list equal to the lever's default targeting becomes
//!    `None`;
//! 6. levers are ordered by token code (a stable sort: repeated levers keep their relative order).
//!
//! Intensities are **not** quantised: the token stores short decimals (≤ 4 places) compactly and any
//! other `f64` exactly, so `decode(encode(s)) == canonical(s)` holds for every scenario, and
//! `decode(encode(s)) == s` for every canonical one. The app should keep its scenario canonical (call
//! this after each edit) so that the link it shares decodes to exactly what is on screen.
//!
//! ```
//! use laegedaekning_core::{LeverSetting, Scenario};
//! use laegedaekning_core::share::canonical;
//! let mut lever = LeverSetting::new("P1a", 9.0); // above the range 0…3
//! lever.start_year = Some(2025);
//! lever.targets = Some(vec!["t".into()]); // P1a targets T cells by default
//! let s = Scenario { levers: vec![lever, LeverSetting::new("P3", 0.0)] };
//! assert_eq!(canonical(&s), Scenario { levers: vec![LeverSetting::new("P1a", 3.0)] });
//! ```

use super::code_table::code_of;
use super::target_mask;
use crate::levers::{tracks, Catalogue, LeverSetting, Scenario};
use crate::model::dims::{FIRST_YEAR, LAST_YEAR};

/// The canonical form of `scenario` (see the module documentation).
pub fn canonical(scenario: &Scenario) -> Scenario {
    let catalogue = Catalogue::embedded();
    let mut levers: Vec<(u32, LeverSetting)> = scenario
        .levers
        .iter()
        .filter_map(|s| {
            let code = code_of(&s.id)?;
            let (_, lever) = catalogue.get(&s.id)?;
            if !s.intensity.is_finite() {
                return None;
            }
            let tracks = match s.tracks.filter(|_| tracks::supports_tracks(&s.id)) {
                Some(t) if t.iter().any(|x| !x.is_finite()) => return None,
                t => t.map(|t| tracks::clamp(lever, t).0),
            };
            let intensity = tracks.map_or(s.intensity.clamp(lever.intensity.min, lever.intensity.max), tracks::headline);
            if intensity == 0.0 {
                return None;
            }
            let start_year = s.start_year.map(|y| y.clamp(FIRST_YEAR, LAST_YEAR)).filter(|y| *y != FIRST_YEAR);
            let default = target_mask::of_default(lever.targets);
            let targets = s
                .targets
                .as_ref()
                .map(|t| target_mask::of_targets(t))
                .filter(|mask| *mask != default)
                .map(target_mask::to_targets);
            Some((code, LeverSetting { id: s.id.clone(), intensity, targets, start_year, setting: s.setting, tracks }))
        })
        .collect();
    crate::sort::stable_sort_by(&mut levers, |a, b| a.0.cmp(&b.0));
    Scenario { levers: levers.into_iter().map(|(_, s)| s).collect() }
}

/// Whether `scenario` is already canonical.
pub fn is_canonical(scenario: &Scenario) -> bool {
    canonical(scenario) == *scenario
}
