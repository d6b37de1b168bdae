//! The choices of where a lever acts, as offered in the lever panel, and their mapping to the
//! scenario's target strings (`T`, `O`, `all`, `<region>`, `<region>.T`).

use crate::i18n::{Lang, Msg};
use laegedaekning_core::data::Region;

/// One entry of the target selector.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetChoice {
    /// `<option value>`; `""` is the lever's default.
    pub key: String,
    pub label: String,
}

fn region_key(r: Region) -> &'static str {
    match r {
        Region::Hovedstaden => "hovedstaden",
        Region::Sjaelland => "sjaelland",
        Region::Syddanmark => "syddanmark",
        Region::Midtjylland => "midtjylland",
        Region::Nordjylland => "nordjylland",
    }
}

/// Every choice, in selector order.
pub fn choices(lang: Lang) -> Vec<TargetChoice> {
    let mut v = vec![
        TargetChoice { key: String::new(), label: Msg::TargetDefault.text(lang).into() },
        TargetChoice { key: "T".into(), label: Msg::TargetThreatened.text(lang).into() },
        TargetChoice { key: "O".into(), label: Msg::TargetOther.text(lang).into() },
        TargetChoice { key: "all".into(), label: Msg::TargetAll.text(lang).into() },
    ];
    for r in Region::ALL {
        v.push(TargetChoice {
            key: format!("{}.T", region_key(r)),
            label: format!("{} {}", Msg::TargetRegionThreatened.text(lang), r.name()),
        });
    }
    for r in Region::ALL {
        v.push(TargetChoice { key: region_key(r).into(), label: format!("{} {}", Msg::TargetRegionAll.text(lang), r.name()) });
    }
    v
}

/// The scenario's targets for a selector key (`None` for the default).
pub fn targets_for_key(key: &str) -> Option<Vec<String>> {
    (!key.is_empty()).then(|| vec![key.to_string()])
}

/// The selector key for a scenario's targets (a list the selector cannot show maps to the first).
pub fn key_for_targets(targets: &Option<Vec<String>>) -> String {
    targets.as_ref().and_then(|t| t.first().cloned()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use laegedaekning_core::{LeverSetting, Scenario};

    #[test]
    fn every_choice_is_a_target_the_model_accepts() {
        for c in choices(Lang::Da) {
            let mut l = LeverSetting::new("P9", 5.0);
            l.targets = targets_for_key(&c.key);
            let s = Scenario { levers: vec![l] };
            assert!(s.resolve().is_ok(), "target {:?} refused", c.key);
            assert_eq!(key_for_targets(&targets_for_key(&c.key)), c.key);
        }
    }
}
