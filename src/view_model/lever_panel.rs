//! The lever panel's model: levers grouped as the seed documents group them, slider steps, values
//! written in each lever's own unit, and when a lever first acts.

use crate::format;
use crate::i18n::{Lang, Msg};
use laegedaekning_core::levers::catalogue::{EvidenceStrength, Family};
use laegedaekning_core::levers::{Catalogue, Lever};

/// One group of levers in the panel.
#[derive(Clone, Debug, PartialEq)]
pub struct LeverGroup {
    pub key: &'static str,
    pub heading: Msg,
    pub intro: Msg,
    /// Catalogue indices, in catalogue order.
    pub levers: Vec<usize>,
    /// Context levers are not in the seeds; they start collapsed.
    pub open_by_default: bool,
}

/// The panel's groups: the dimensioning premise; the 12 proposals; the municipal contributions;
/// here-and-now measures with the funding pool; context levers.
pub fn groups(cat: &Catalogue) -> Vec<LeverGroup> {
    let pick = |families: &[Family]| -> Vec<usize> {
        cat.levers.iter().enumerate().filter(|(_, l)| families.contains(&l.family)).map(|(i, _)| i).collect()
    };
    vec![
        LeverGroup { key: "premise", heading: Msg::GroupPremise, intro: Msg::GroupPremiseIntro, levers: pick(&[Family::Premise]), open_by_default: true },
        LeverGroup { key: "proposals", heading: Msg::GroupProposals, intro: Msg::GroupProposalsIntro, levers: pick(&[Family::Proposal]), open_by_default: true },
        LeverGroup { key: "municipal", heading: Msg::GroupMunicipal, intro: Msg::GroupMunicipalIntro, levers: pick(&[Family::Municipal]), open_by_default: true },
        LeverGroup { key: "here-and-now", heading: Msg::GroupHereAndNow, intro: Msg::GroupHereAndNowIntro, levers: pick(&[Family::HereAndNow, Family::Pool]), open_by_default: true },
        LeverGroup { key: "context", heading: Msg::GroupContext, intro: Msg::GroupContextIntro, levers: pick(&[Family::Context]), open_by_default: false },
    ]
}

/// Whether a lever's intensity is a share (shown as a percentage).
pub fn is_share(lever: &Lever) -> bool {
    lever.intensity.max <= 1.0
}

/// The slider step: 1 % for shares; whole units where the range is wide enough to count in them
/// (moves, posts, packages); otherwise a 1-2-5 step giving about 50–100 positions.
pub fn step(lever: &Lever) -> f64 {
    let span = lever.intensity.max - lever.intensity.min;
    if is_share(lever) {
        return 0.01;
    }
    let raw = span / 100.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let nice = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * magnitude).find(|s| *s >= raw).unwrap_or(raw);
    if span >= 20.0 { nice.max(1.0) } else { nice.max(0.01) }
}

/// Rounds `value` to the lever's step and range (for − / + buttons and typed values).
pub fn snap(lever: &Lever, value: f64) -> f64 {
    let s = step(lever);
    let snapped = (value / s).round() * s;
    let clean = (snapped * 1e6).round() / 1e6;
    clean.clamp(lever.intensity.min, lever.intensity.max)
}

/// The intensity written with its unit: "20 flytninger pr. år", "10 % – andel af ...".
pub fn format_intensity(lever: &Lever, value: f64, lang: Lang) -> String {
    let unit = lever.intensity.unit.get(lang);
    if is_share(lever) {
        format!("{} ({unit})", format::percent(value, 0, lang))
    } else {
        format!("{} {unit}", format::figure_value((value * 100.0).round() / 100.0, lang))
    }
}

/// The intensity alone (for compact places such as the slider's value bubble).
pub fn format_value(lever: &Lever, value: f64, lang: Lang) -> String {
    if is_share(lever) {
        format::percent(value, 0, lang)
    } else {
        format::figure_value((value * 100.0).round() / 100.0, lang)
    }
}

/// The first year a lever started in `start_year` changes the model's parameters (its legal or
/// organisational lag; effects on specialists come later through the training pipeline).
pub fn first_effect_year(lever: &Lever, start_year: i32) -> i32 {
    start_year + lever.lag as i32
}

/// The evidence strength as a label, and whether it is an estimate to be marked as such.
pub fn strength_label(strength: EvidenceStrength, lang: Lang) -> (&'static str, bool) {
    match strength {
        EvidenceStrength::SeedFigure => (Msg::StrengthSeed.text(lang), false),
        EvidenceStrength::PublishedStudy => (Msg::StrengthStudy.text(lang), false),
        EvidenceStrength::Estimate => (Msg::StrengthEstimate.text(lang), true),
        EvidenceStrength::Mechanical => (Msg::StrengthMechanical.text(lang), false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lever(id: &str) -> &'static Lever {
        Catalogue::embedded().get(id).unwrap().1
    }

    #[test]
    fn every_lever_is_in_exactly_one_group_and_context_starts_closed() {
        let cat = Catalogue::embedded();
        let groups = groups(cat);
        let mut all: Vec<usize> = groups.iter().flat_map(|g| g.levers.clone()).collect();
        all.sort();
        assert_eq!(all, (0..cat.levers.len()).collect::<Vec<_>>());
        assert_eq!(groups[1].levers.len(), 15, "P1a, P1b, P2–P9, P10a, P10b, P11a, P11b, P12");
        assert!(!groups.last().unwrap().open_by_default);
    }

    #[test]
    fn steps_give_a_usable_number_of_positions() {
        for l in &Catalogue::embedded().levers {
            let positions = (l.intensity.max - l.intensity.min) / step(l);
            assert!((1.0..=200.0).contains(&positions), "{}: {positions} positions", l.id);
        }
        assert_eq!(step(lever("P7")), 1.0);
        assert_eq!(step(lever("H5")), 10.0);
        assert_eq!(step(lever("P2")), 0.01);
    }

    #[test]
    fn snapping_rounds_to_the_step_and_clamps_to_the_range() {
        let p7 = lever("P7");
        assert_eq!(snap(p7, 5.3), 5.0);
        assert_eq!(snap(p7, 1e9), p7.intensity.max);
        assert_eq!(snap(p7, -4.0), 0.0);
    }

    #[test]
    fn intensities_are_written_in_their_unit_and_language() {
        let p7 = lever("P7");
        assert!(format_intensity(p7, 20.0, Lang::Da).starts_with("20 "));
        let p2 = lever("P2");
        assert!(format_intensity(p2, 0.5, Lang::Da).starts_with("50 % ("));
        assert!(format_intensity(p2, 0.5, Lang::En).starts_with("50% ("));
    }

    #[test]
    fn first_effect_year_adds_the_lag() {
        let l = lever("P1b");
        assert_eq!(first_effect_year(l, 2026), 2026 + l.lag as i32);
    }
}
