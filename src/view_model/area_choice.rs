//! The reporting areas a reader can choose: Denmark, the five regions, Region Østdanmark (the
//! 4-region reporting from 2027) and all coverage-threatened areas.

use crate::i18n::{Lang, Msg};
use laegedaekning_core::data::Region;
use laegedaekning_core::model::Area;

/// An area the results can be shown for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum AreaChoice {
    #[default]
    Nation,
    Region(Region),
    Ostdanmark,
    Threatened,
}

impl AreaChoice {
    pub fn all() -> Vec<AreaChoice> {
        let mut v = vec![AreaChoice::Nation, AreaChoice::Threatened];
        v.extend(Region::ALL.map(AreaChoice::Region));
        v.push(AreaChoice::Ostdanmark);
        v
    }

    /// The model's area.
    pub fn area(self) -> Area {
        match self {
            AreaChoice::Nation => Area::Nation,
            AreaChoice::Region(r) => Area::Region(r.index()),
            AreaChoice::Ostdanmark => Area::Ostdanmark,
            AreaChoice::Threatened => Area::Threatened,
        }
    }

    pub fn key(self) -> String {
        match self {
            AreaChoice::Nation => "dk".into(),
            AreaChoice::Region(r) => format!("r{}", r.index()),
            AreaChoice::Ostdanmark => "ost".into(),
            AreaChoice::Threatened => "t".into(),
        }
    }

    pub fn from_key(key: &str) -> AreaChoice {
        AreaChoice::all().into_iter().find(|a| a.key() == key).unwrap_or_default()
    }

    /// The name inside a sentence ("hele landet", "de lægedækningstruede områder", "Region Nordjylland").
    pub fn in_sentence(self, lang: Lang) -> String {
        match (self, lang) {
            (AreaChoice::Nation, Lang::Da) => "hele landet".into(),
            (AreaChoice::Nation, Lang::En) => "Denmark".into(),
            (AreaChoice::Threatened, Lang::Da) => "de lægedækningstruede områder".into(),
            (AreaChoice::Threatened, Lang::En) => "the coverage-threatened areas".into(),
            (AreaChoice::Ostdanmark, _) => "Region Østdanmark".into(),
            (AreaChoice::Region(_), _) => self.label(lang),
        }
    }

    /// The name in selectors and titles ("Region Nordjylland", "Hele landet").
    pub fn label(self, lang: Lang) -> String {
        match self {
            AreaChoice::Nation => Msg::National.text(lang).to_string(),
            AreaChoice::Region(r) => format!("Region {}", r.name()),
            AreaChoice::Ostdanmark => Msg::Ostdanmark.text(lang).to_string(),
            AreaChoice::Threatened => Msg::ThreatenedAreas.text(lang).to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_unknown_keys_mean_the_nation() {
        for a in AreaChoice::all() {
            assert_eq!(AreaChoice::from_key(&a.key()), a);
        }
        assert_eq!(AreaChoice::from_key("x"), AreaChoice::Nation);
        assert_eq!(AreaChoice::Region(Region::Nordjylland).label(Lang::Da), "Region Nordjylland");
        assert_eq!(AreaChoice::Nation.in_sentence(Lang::Da), "hele landet");
    }
}
