//! The outlines of Denmark's five regions, from `assets/dk-regions.json` (Natural Earth, public
//! domain; projection, simplification, source and licence are recorded in the file), compiled in
//! with `include_str!` and parsed with serde. Bornholm is drawn in an inset box east of its true
//! position, as the file's `inset` describes.
//!
//! ```
//! use laegedaekning::charts::RegionShapes;
//! use laegedaekning_core::data::Region;
//! let shapes = RegionShapes::embedded().unwrap();
//! assert_eq!(shapes.shape(Region::Sjaelland).unwrap().name_da, "Region Sjælland");
//! assert_eq!(shapes.inset.name, "Bornholm");
//! ```

use crate::i18n::Lang;
use laegedaekning_core::data::Region;
use serde::Deserialize;

const REGIONS_JSON: &str = include_str!("../../assets/dk-regions.json");

/// The map file: where it comes from, how it is drawn, and the five outlines.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct RegionShapes {
    pub source: String,
    pub licence: String,
    pub projection: String,
    #[serde(rename = "viewBox")]
    pub view_box: String,
    pub regions: Vec<RegionShape>,
    pub inset: Inset,
}

/// One region's outline (SVG path data in the map's viewBox) and where its label goes.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct RegionShape {
    /// "Hovedstaden", "Sjaelland", …; see [`RegionShape::region`].
    pub key: String,
    pub name_da: String,
    pub name_en: String,
    pub path: String,
    pub label_x: f64,
    pub label_y: f64,
}

/// The box in which an island far from the rest (Bornholm) is drawn.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Inset {
    pub region: String,
    pub name: String,
    #[serde(rename = "box")]
    pub frame: InsetBox,
    pub caption_x: f64,
    pub caption_y: f64,
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
pub struct InsetBox {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl RegionShape {
    /// The core region this outline belongs to (the file writes "Sjaelland"; "Sjælland" is accepted
    /// too); `None` for an unknown key.
    pub fn region(&self) -> Option<Region> {
        match self.key.as_str() {
            "Hovedstaden" => Some(Region::Hovedstaden),
            "Sjaelland" | "Sjælland" => Some(Region::Sjaelland),
            "Syddanmark" => Some(Region::Syddanmark),
            "Midtjylland" => Some(Region::Midtjylland),
            "Nordjylland" => Some(Region::Nordjylland),
            _ => None,
        }
    }

    /// The region's full name in `lang` ("Region Hovedstaden" / "Capital Region of Denmark").
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Da => &self.name_da,
            Lang::En => &self.name_en,
        }
    }
}

impl RegionShapes {
    /// The outlines compiled into the app.
    pub fn embedded() -> Result<Self, serde_json::Error> {
        serde_json::from_str(REGIONS_JSON)
    }

    /// The outline of `region`, if the file has it.
    pub fn shape(&self, region: Region) -> Option<&RegionShape> {
        self.regions.iter().find(|s| s.region() == Some(region))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_file_has_one_outline_per_core_region_and_keeps_its_credits() {
        let shapes = RegionShapes::embedded().expect("assets/dk-regions.json parses");
        assert_eq!(shapes.regions.len(), Region::ALL.len());
        for region in Region::ALL {
            let shape = shapes.shape(region).unwrap_or_else(|| panic!("{region:?} has an outline"));
            assert!(shape.path.starts_with('M') && shape.path.ends_with('Z'));
            assert!(shape.name_da.contains(region.name()), "{} / {}", shape.name_da, region.name());
        }
        assert!(shapes.source.contains("Natural Earth"));
        assert!(shapes.licence.to_lowercase().contains("public domain"));
        assert_eq!(shapes.view_box, "0 0 800 800");
    }

    #[test]
    fn labels_and_the_inset_lie_inside_the_view_box() {
        let shapes = RegionShapes::embedded().unwrap();
        let inside = |x: f64, y: f64| (0.0..=800.0).contains(&x) && (0.0..=800.0).contains(&y);
        assert!(shapes.regions.iter().all(|s| inside(s.label_x, s.label_y)));
        let b = shapes.inset.frame;
        assert!(inside(b.x, b.y) && inside(b.x + b.width, b.y + b.height));
        assert_eq!(shapes.inset.region, "Hovedstaden");
    }

    #[test]
    fn unknown_keys_map_to_no_region() {
        let mut shape = RegionShapes::embedded().unwrap().regions[0].clone();
        shape.key = "Skåne".into();
        assert_eq!(shape.region(), None);
        shape.key = "Sjælland".into();
        assert_eq!(shape.region(), Some(Region::Sjaelland));
        assert_eq!(shape.name(Lang::En), "Capital Region of Denmark");
    }
}
