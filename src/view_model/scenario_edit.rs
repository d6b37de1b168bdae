//! Editing a scenario one lever at a time: reading a lever's intensity and targets, setting them,
//! and keeping the scenario minimal (a lever back at its baseline setting is removed, so the share
//! link only carries what differs from the baseline).

use laegedaekning_core::levers::Setting;
use laegedaekning_core::{LeverSetting, Scenario};

/// The lever's intensity in the scenario (0 = baseline).
pub fn intensity(s: &Scenario, id: &str) -> f64 {
    s.levers.iter().find(|l| l.id == id).map_or(0.0, |l| l.intensity)
}

/// The lever's explicit targets, if the scenario overrides the default.
pub fn targets(s: &Scenario, id: &str) -> Option<Vec<String>> {
    s.levers.iter().find(|l| l.id == id).and_then(|l| l.targets.clone())
}

fn is_baseline(l: &LeverSetting) -> bool {
    l.intensity == 0.0 && l.targets.is_none() && l.start_year.is_none() && l.setting == Setting::Central && l.tracks.is_none()
}

/// The scenario with lever `id`'s setting changed by `change` (added if absent, removed when the
/// change leaves it at the baseline).
pub(crate) fn edit(s: &Scenario, id: &str, change: impl FnOnce(&mut LeverSetting)) -> Scenario {
    let mut out = s.clone();
    let pos = match out.levers.iter().position(|l| l.id == id) {
        Some(p) => p,
        None => {
            out.levers.push(LeverSetting::new(id, 0.0));
            out.levers.len() - 1
        }
    };
    change(&mut out.levers[pos]);
    if is_baseline(&out.levers[pos]) {
        out.levers.remove(pos);
    }
    out
}

/// The scenario with lever `id` at `value`.
pub fn with_intensity(s: &Scenario, id: &str, value: f64) -> Scenario {
    edit(s, id, |l| l.intensity = value)
}

/// The scenario with lever `id` acting in `targets` (`None`: the lever's default).
pub fn with_targets(s: &Scenario, id: &str, targets: Option<Vec<String>>) -> Scenario {
    edit(s, id, |l| l.targets = targets)
}

/// The scenario with lever `id` back at its baseline setting.
pub fn without(s: &Scenario, id: &str) -> Scenario {
    let mut out = s.clone();
    out.levers.retain(|l| l.id != id);
    out
}

/// Number of levers that differ from the baseline.
pub fn active_count(s: &Scenario) -> usize {
    s.levers.iter().filter(|l| l.intensity != 0.0).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn setting_and_resetting_a_lever_keeps_the_scenario_minimal() {
        let s = Scenario::default();
        let s1 = with_intensity(&s, "P7", 20.0);
        assert_eq!(intensity(&s1, "P7"), 20.0);
        assert_eq!(active_count(&s1), 1);
        let s2 = with_intensity(&s1, "P7", 0.0);
        assert_eq!(s2, Scenario::default(), "back at baseline means no entry");
    }

    #[test]
    fn targets_survive_intensity_changes_and_reset_clears_both() {
        let s = with_targets(&Scenario::default(), "P9", Some(vec!["nordjylland.T".into()]));
        let s = with_intensity(&s, "P9", 5.0);
        let s = with_intensity(&s, "P9", 0.0);
        assert_eq!(targets(&s, "P9"), Some(vec!["nordjylland.T".to_string()]));
        assert_eq!(without(&s, "P9"), Scenario::default());
    }
}
