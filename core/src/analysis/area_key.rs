//! Text keys of reporting areas for metrics and the CLI: `nation`, `t`, `o`, `ostdanmark`, a region
//! key (`sjaelland`) or a cell (`sjaelland.t`). Region keys are those of share links and scenario
//! targets ([`crate::share::target_mask::REGION_KEYS`]).

use super::error::AnalysisError;
use crate::model::Area;
use crate::model::dims::*;
use crate::share::target_mask::REGION_KEYS;

/// The region with key `key` (case-insensitive).
pub fn region_from_key(key: &str) -> Result<usize, AnalysisError> {
    let k = key.trim().to_lowercase();
    REGION_KEYS.iter().position(|r| *r == k).ok_or_else(|| AnalysisError::UnknownRegion(key.to_string()))
}

pub fn area_from_key(key: &str) -> Result<Area, AnalysisError> {
    let k = key.trim().to_lowercase();
    Ok(match k.as_str() {
        "nation" => Area::Nation,
        "t" => Area::Threatened,
        "o" => Area::Other,
        "ostdanmark" => Area::Ostdanmark,
        _ => {
            let unknown = || AnalysisError::UnknownArea(key.to_string());
            let (region, zone) = match k.split_once('.') {
                Some((r, z)) => (r, Some(z)),
                None => (k.as_str(), None),
            };
            let r = region_from_key(region).map_err(|_| unknown())?;
            match zone {
                None => Area::Region(r),
                Some("t") => Area::Cell(cell(r, T)),
                Some("o") => Area::Cell(cell(r, O)),
                Some(_) => return Err(unknown()),
            }
        }
    })
}

pub fn area_key(area: Area) -> String {
    match area {
        Area::Nation => "nation".into(),
        Area::Threatened => "t".into(),
        Area::Other => "o".into(),
        Area::Ostdanmark => "ostdanmark".into(),
        Area::Region(r) => REGION_KEYS.get(r).copied().unwrap_or("?").into(),
        Area::Cell(c) => {
            let region = REGION_KEYS.get(region_of(c)).copied().unwrap_or("?");
            format!("{region}.{}", if zone_of(c) == T { "t" } else { "o" })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        let mut areas = vec![Area::Nation, Area::Threatened, Area::Other, Area::Ostdanmark];
        areas.extend((0..REGIONS).map(Area::Region));
        areas.extend((0..CELLS).map(Area::Cell));
        for a in areas {
            assert_eq!(area_from_key(&area_key(a)), Ok(a));
        }
        assert!(area_from_key("jylland").is_err() && area_from_key("sjaelland.x").is_err());
    }
}
