//! The region map's view model: each region's fill, readable ink, value text and accessible name,
//! and the legend, from the outlines file and one value per region. (The outlines and label
//! positions themselves never change, so the component draws them once from the file.)

use crate::charts::{ColourScale, LegendStep, RegionShapes, ink_on};
use crate::format;
use crate::i18n::{Lang, Msg};
use laegedaekning_core::data::Region;

/// What changes about one region with its value.
#[derive(Clone, Debug, PartialEq)]
pub struct RegionItem {
    pub region: Region,
    pub fill: &'static str,
    /// Text colour on `fill` with AA contrast.
    pub ink: &'static str,
    /// The value under the name ("1.720", or "–" without a value).
    pub value_text: String,
    /// What a screen reader announces for the region's button ("Region Sjælland: 1.720").
    pub accessible_name: String,
}

/// Everything the map draws.
#[derive(Clone, Debug, PartialEq)]
pub struct RegionMapView {
    pub regions: Vec<RegionItem>,
    pub legend: Vec<LegendStep>,
    /// True when some region has no value (the legend then explains the grey fill).
    pub has_missing: bool,
}

impl RegionMapView {
    /// The map of `values` (one per region at most; regions without one are grey), written with
    /// `decimals` decimals in `lang`.
    pub fn new(shapes: &RegionShapes, values: &[(Region, f64)], decimals: usize, lang: Lang) -> Self {
        let value_of = |region: Region| values.iter().find(|(r, _)| *r == region).map(|(_, v)| *v).filter(|v| v.is_finite());
        let scale = ColourScale::new(values.iter().map(|(_, v)| *v));
        let regions: Vec<RegionItem> = shapes
            .regions
            .iter()
            .filter_map(|shape| {
                let region = shape.region()?;
                let value = value_of(region);
                let fill = scale.colour_for(value);
                let value_text = value.map_or_else(|| "–".to_string(), |v| format::number(v, decimals, lang));
                let spoken_value = if value.is_some() { value_text.clone() } else { Msg::MapNoData.text(lang).to_string() };
                Some(RegionItem {
                    region,
                    fill,
                    ink: ink_on(fill),
                    value_text,
                    accessible_name: format!("{}: {spoken_value}", shape.name(lang)),
                })
            })
            .collect();
        let has_missing = regions.iter().any(|r| value_of(r.region).is_none());
        Self { regions, legend: scale.legend(lang), has_missing }
    }

    /// The drawn item of `region`, if the outlines file has it.
    pub fn item(&self, region: Region) -> Option<&RegionItem> {
        self.regions.iter().find(|r| r.region == region)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::NO_DATA;

    fn values() -> Vec<(Region, f64)> {
        vec![
            (Region::Hovedstaden, 1520.0),
            (Region::Sjaelland, 1850.0),
            (Region::Syddanmark, 1700.0),
            (Region::Midtjylland, 1610.0),
        ]
    }

    #[test]
    fn every_region_is_drawn_with_its_value_and_name() {
        let map = RegionMapView::new(&RegionShapes::embedded().unwrap(), &values(), 0, Lang::Da);
        assert_eq!(map.regions.len(), 5);
        let sjaelland = map.item(Region::Sjaelland).unwrap();
        assert_eq!(sjaelland.value_text, "1.850");
        assert_eq!(sjaelland.accessible_name, "Region Sjælland: 1.850");
        assert_eq!(sjaelland.fill, map.legend.last().unwrap().colour);
    }

    #[test]
    fn a_region_without_a_value_is_grey_and_says_so() {
        let map = RegionMapView::new(&RegionShapes::embedded().unwrap(), &values(), 0, Lang::En);
        let north = map.item(Region::Nordjylland).unwrap();
        assert_eq!(north.fill, NO_DATA);
        assert_eq!(north.value_text, "–");
        assert_eq!(north.accessible_name, "North Denmark Region: no figure");
        assert!(map.has_missing);
    }
}
