//! Per-track intensities (MODEL.md §2.1): a lever whose parameter has a track index but whose
//! intensity has none — D0, the dimensioning premise — acts on both tracks pro rata to their baseline
//! posts, **unless the scenario gives per-track intensities**: `LeverSetting::tracks = [AM, HS]`
//! (general practice, hospital specialties), each in the lever's own unit, used in every targeted cell.
//!
//! Rules, shared by [`super::Scenario::resolve`], [`crate::share::canonical()`] and the share token:
//! * only the levers in [`TRACK_LEVERS`] have the option; on any other lever `tracks` is **ignored,
//!   with a warning** (the setting still runs at its `intensity`);
//! * a non-finite track intensity is refused (as a non-finite intensity is); one outside the lever's
//!   range is clamped, with a warning;
//! * with per-track intensities the setting's `intensity` is not read by the run: the lever counts as
//!   on in a cell when either track is above 0, and the canonical form sets `intensity` to the larger
//!   track value ([`headline`]) so `intensity > 0` keeps meaning "the lever is on";
//! * equal track intensities run the same trajectories bit for bit as that single intensity, and
//!   zero on both tracks is the baseline (the lever is skipped entirely, T3/T4).
//!
//! ```
//! use laegedaekning_core::{LeverSetting, Scenario};
//! let d0 = LeverSetting { tracks: Some([0.2, 0.05]), ..LeverSetting::new("D0", 0.2) };
//! let (resolved, warnings) = Scenario { levers: vec![d0] }.resolve().unwrap();
//! assert!(warnings.is_empty());
//! assert_eq!(resolved.active[0].tracks, Some([0.2, 0.05]));
//! ```

use super::catalogue::Lever;
use super::scenario::{Active, LeverSetting, ScenarioError, Warning};
use crate::model::dims::{AM, HS, TRACKS};

/// Levers that accept per-track intensities.
pub const TRACK_LEVERS: &[&str] = &["D0"];

/// Short names of the tracks, in track order (for messages).
pub const TRACK_NAMES: [&str; TRACKS] = ["AM", "HS"];

/// Whether lever `id` accepts per-track intensities.
pub fn supports_tracks(id: &str) -> bool {
    TRACK_LEVERS.contains(&id)
}

/// The single intensity that stands for a per-track pair: the larger of the two.
pub fn headline(tracks: [f64; TRACKS]) -> f64 {
    tracks[AM].max(tracks[HS])
}

/// Each track intensity clamped to the lever's range; `(track, found, clamped)` for every change.
pub fn clamp(lever: &Lever, tracks: [f64; TRACKS]) -> ([f64; TRACKS], Vec<(usize, f64, f64)>) {
    let range = &lever.intensity;
    let mut out = tracks;
    let mut changes = Vec::new();
    for k in 0..TRACKS {
        out[k] = tracks[k].clamp(range.min, range.max);
        if out[k] != tracks[k] {
            changes.push((k, tracks[k], out[k]));
        }
    }
    (out, changes)
}

/// The per-track intensities a setting runs with (see the module rules): `None` when it gives none
/// or its lever has no per-track option (then with a warning); refused when one is not finite.
pub fn resolve(s: &LeverSetting, lever: &Lever, warnings: &mut Vec<Warning>) -> Result<Option<[f64; TRACKS]>, ScenarioError> {
    let Some(tracks) = s.tracks else { return Ok(None) };
    if !supports_tracks(&s.id) {
        warnings.push(Warning {
            lever: s.id.clone(),
            message: format!("per-track intensities apply only to {} and were ignored", TRACK_LEVERS.join(", ")),
        });
        return Ok(None);
    }
    if tracks.iter().any(|x| !x.is_finite()) {
        return Err(ScenarioError::NotFinite { lever: s.id.clone() });
    }
    let (clamped, changes) = clamp(lever, tracks);
    for (k, found, to) in changes {
        let range = &lever.intensity;
        warnings.push(Warning {
            lever: s.id.clone(),
            message: format!(
                "{} intensity {found} is outside {}…{} and was clamped to {to}",
                TRACK_NAMES[k], range.min, range.max
            ),
        });
    }
    Ok(Some(clamped))
}

impl Active {
    /// The intensity on track `k` in cell `c`: the cell's intensity, or the track's own where the
    /// scenario splits the lever by track (0 outside the targets either way).
    pub fn track_intensity(&self, c: usize, k: usize) -> f64 {
        match self.tracks {
            Some(t) if self.intensity[c] > 0.0 => t[k],
            _ => self.intensity[c],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::levers::Catalogue;

    #[test]
    fn only_d0_has_the_option_and_the_headline_is_the_larger_track() {
        assert!(supports_tracks("D0"));
        assert!(!supports_tracks("P1a"));
        assert_eq!(headline([0.1, 0.3]), 0.3);
        assert_eq!(headline([0.0, 0.0]), 0.0);
        let (_, d0) = Catalogue::embedded().get("D0").unwrap();
        assert_eq!(clamp(d0, [0.7, -1.0]), ([0.5, 0.0], vec![(AM, 0.7, 0.5), (HS, -1.0, 0.0)]));
    }
}
