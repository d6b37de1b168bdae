//! Splitting a lever by training track (D0, MODEL.md §2.1): reading and setting the per-track
//! intensities `[AM, HS]` of a scenario, keeping it canonical (the lever's intensity is the larger
//! track, as `share::canonical` writes it), so the share link decodes to exactly what is on screen.
//!
//! ```
//! use laegedaekning::view_model::track_split::{tracks, with_split, with_track};
//! use laegedaekning::view_model::scenario_edit::with_intensity;
//! use laegedaekning_core::Scenario;
//! let s = with_split(&with_intensity(&Scenario::default(), "D0", 0.1), "D0", true);
//! assert_eq!(tracks(&s, "D0"), Some([0.1, 0.1]));
//! let s = with_track(&s, "D0", 1, 0.3);
//! assert_eq!(tracks(&s, "D0"), Some([0.1, 0.3]));
//! ```

use super::lever_panel;
use super::scenario_edit::{edit, intensity};
use crate::i18n::{Lang, Msg};
use laegedaekning_core::levers::tracks::headline;
use laegedaekning_core::levers::Lever;
use laegedaekning_core::model::dims::{AM, TRACKS};
use laegedaekning_core::Scenario;

pub use laegedaekning_core::levers::tracks::supports_tracks;

/// The message naming track `k` (AM = general practice, HS = hospital specialties).
pub fn track_name(k: usize) -> Msg {
    if k == AM { Msg::TrackGeneralPractice } else { Msg::TrackHospital }
}

/// Both tracks' values, for the lever's value line: "AM 20 % · HS 5 %".
pub fn format_tracks(lever: &Lever, tracks: [f64; TRACKS], lang: Lang) -> String {
    let [am, hs] = tracks;
    format!("AM {} · HS {}", lever_panel::format_value(lever, am, lang), lever_panel::format_value(lever, hs, lang))
}

/// The lever's per-track intensities, when the scenario splits it.
pub fn tracks(s: &Scenario, id: &str) -> Option<[f64; TRACKS]> {
    s.levers.iter().find(|l| l.id == id).and_then(|l| l.tracks)
}

/// The intensity of lever `id` on track `k` (the lever's intensity when it is not split).
pub fn track_value(s: &Scenario, id: &str, k: usize) -> f64 {
    tracks(s, id).map_or_else(|| intensity(s, id), |t| t[k])
}

/// Switches the split on (both tracks start at the lever's intensity) or off (the lever keeps the
/// larger track as its intensity).
pub fn with_split(s: &Scenario, id: &str, on: bool) -> Scenario {
    let i = intensity(s, id);
    edit(s, id, |l| l.tracks = on.then_some([i; TRACKS]))
}

/// The scenario with lever `id` at `value` on track `k` (splitting it if it was not).
pub fn with_track(s: &Scenario, id: &str, k: usize, value: f64) -> Scenario {
    let i = intensity(s, id);
    edit(s, id, |l| {
        let mut t = l.tracks.unwrap_or([i; TRACKS]);
        t[k] = value;
        l.tracks = Some(t);
        l.intensity = headline(t);
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view_model::scenario_edit::{active_count, with_intensity, without};
    use laegedaekning_core::levers::Catalogue;
    use laegedaekning_core::model::dims::HS;
    use laegedaekning_core::share::{decode, encode, is_canonical};

    #[test]
    fn a_split_starts_at_the_intensity_and_keeps_the_larger_track_as_intensity() {
        let s = with_intensity(&Scenario::default(), "D0", 0.2);
        let s = with_split(&s, "D0", true);
        assert_eq!(tracks(&s, "D0"), Some([0.2, 0.2]));
        let s = with_track(&s, "D0", HS, 0.05);
        assert_eq!((track_value(&s, "D0", AM), track_value(&s, "D0", HS)), (0.2, 0.05));
        let s = with_track(&s, "D0", AM, 0.1);
        assert_eq!(intensity(&s, "D0"), 0.1);
        assert!(is_canonical(&s), "{s:?}");
        // Off: one intensity again, the larger track.
        let off = with_split(&s, "D0", false);
        assert_eq!((tracks(&off, "D0"), intensity(&off, "D0")), (None, 0.1));
    }

    #[test]
    fn the_value_line_names_both_tracks() {
        let (_, d0) = Catalogue::embedded().get("D0").unwrap();
        assert_eq!(format_tracks(d0, [0.2, 0.05], Lang::Da), "AM 20 % · HS 5 %");
        assert_ne!(track_name(AM), track_name(HS));
    }

    #[test]
    fn the_split_survives_the_share_link() {
        let s = with_track(&Scenario::default(), "D0", AM, 0.3);
        assert_eq!(tracks(&s, "D0"), Some([0.3, 0.0]));
        assert_eq!(decode(&encode(&s)).unwrap().scenario, s);
    }

    #[test]
    fn a_split_at_zero_stays_on_screen_and_counts_as_inactive() {
        let s = with_split(&Scenario::default(), "D0", true);
        assert_eq!(tracks(&s, "D0"), Some([0.0, 0.0]));
        assert_eq!(active_count(&s), 0);
        assert_eq!(encode(&s), "", "both tracks at zero is the baseline");
        assert_eq!(without(&s, "D0"), Scenario::default());
        assert_eq!(with_split(&s, "D0", false), Scenario::default());
    }
}
