//! Targeted cells as a 10-bit mask: the compact form of a lever's `targets` list in a share token.
//!
//! Bit `2·r + z` is region `r` (in [`REGION_KEYS`] order) and zone `z` (0 = coverage-threatened
//! `T`, 1 = other `O`). This layout is part of token format v1 and is frozen with it.
//!
//! The grammar of target strings is the one [`crate::levers::Scenario::resolve`] reads (`"T"`, `"O"`,
//! `"all"`, a region key, `"<region>.T"`, `"<region>.O"`, case-insensitive); a test checks that both
//! agree on every cell. [`to_targets`] writes the shortest canonical list for a mask.

use crate::levers::catalogue::DefaultTargets;

/// Region keys in the frozen bit order.
pub const REGION_KEYS: [&str; 5] = ["hovedstaden", "sjaelland", "syddanmark", "midtjylland", "nordjylland"];

/// A set of cells.
pub type CellMask = u16;

/// Every cell.
pub const ALL: CellMask = (1 << (2 * REGION_KEYS.len())) - 1;
/// Every threatened (T) cell.
pub const THREATENED: CellMask = 0b01_0101_0101;
/// Every other (O) cell.
pub const OTHER: CellMask = 0b10_1010_1010;

/// The cells one target string names (`None`: not a target string).
pub fn of_target(target: &str) -> Option<CellMask> {
    let t = target.trim().to_lowercase();
    match t.as_str() {
        "all" => return Some(ALL),
        "t" => return Some(THREATENED),
        "o" => return Some(OTHER),
        _ => {}
    }
    let (region, zone) = match t.split_once('.') {
        Some((r, z)) => (r, Some(z)),
        None => (t.as_str(), None),
    };
    let r = REGION_KEYS.iter().position(|k| *k == region)?;
    let both: CellMask = 0b11 << (2 * r);
    match zone {
        None => Some(both),
        Some("t") => Some(both & THREATENED),
        Some("o") => Some(both & OTHER),
        Some(_) => None,
    }
}

/// The cells a target list names; strings that are not targets are skipped (they are reported by
/// `Scenario::resolve`, which refuses them).
pub fn of_targets(targets: &[String]) -> CellMask {
    targets.iter().filter_map(|t| of_target(t)).fold(0, |m, c| m | c)
}

/// The cells a lever targets by default.
pub fn of_default(targets: DefaultTargets) -> CellMask {
    match targets {
        DefaultTargets::Threatened => THREATENED,
        DefaultTargets::Other => OTHER,
        DefaultTargets::All => ALL,
    }
}

/// The canonical, shortest target list for a mask: `all`, `T` or `O` when they fit, otherwise one
/// entry per region (`sjaelland` for both cells, `sjaelland.T` / `sjaelland.O` for one).
pub fn to_targets(mask: CellMask) -> Vec<String> {
    let mask = mask & ALL;
    match mask {
        ALL => return vec!["all".into()],
        THREATENED => return vec!["T".into()],
        OTHER => return vec!["O".into()],
        _ => {}
    }
    let mut out = Vec::new();
    for (r, key) in REGION_KEYS.iter().enumerate() {
        match (mask >> (2 * r)) & 0b11 {
            0b11 => out.push(key.to_string()),
            0b01 => out.push(format!("{key}.T")),
            0b10 => out.push(format!("{key}.O")),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mask_survives_the_string_form() {
        for mask in 0..=ALL {
            assert_eq!(of_targets(&to_targets(mask)), mask);
        }
    }

    #[test]
    fn strings_name_the_expected_cells() {
        assert_eq!(of_target("sjaelland.T"), Some(0b0100));
        assert_eq!(of_target(" Nordjylland.o "), Some(0b10 << 8));
        assert_eq!(of_target("jylland"), None);
        assert_eq!(of_target("sjaelland.x"), None);
    }
}
