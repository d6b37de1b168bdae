//! Denmark's five regions, in the order the model and the app list them.

use serde::{Deserialize, Serialize};

/// One of the five Danish regions (state of 2025; Hovedstaden and Sjælland merge into Region
/// Østdanmark on 1 January 2027, which is a reporting aggregation, not a change of state).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Region {
    Hovedstaden,
    Sjaelland,
    Syddanmark,
    Midtjylland,
    Nordjylland,
}

impl Region {
    /// All regions in the fixed model order (index = `Region::index`).
    pub const ALL: [Region; 5] = [
        Region::Hovedstaden,
        Region::Sjaelland,
        Region::Syddanmark,
        Region::Midtjylland,
        Region::Nordjylland,
    ];

    /// Position in [`Region::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The region's proper name ("Region Sjælland" is the same in Danish and English).
    pub fn name(self) -> &'static str {
        match self {
            Region::Hovedstaden => "Hovedstaden",
            Region::Sjaelland => "Sjælland",
            Region::Syddanmark => "Syddanmark",
            Region::Midtjylland => "Midtjylland",
            Region::Nordjylland => "Nordjylland",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_matches_position_in_all() {
        for (i, r) in Region::ALL.iter().enumerate() {
            assert_eq!(r.index(), i);
        }
    }
}
