//! Which mechanism a lever id selects, read once per lever and year instead of comparing id strings
//! in every cell (the mechanism and cost code dispatch on this in their per-cell loops).

/// The levers of the catalogue by id (MODEL.md §3); `Other` for an id with no mechanism here.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LeverKind {
    D0,
    P1a,
    P1b,
    P2,
    P3,
    P4,
    P5,
    P6,
    P7,
    P8,
    P9,
    P10a,
    P10b,
    P11a,
    P11b,
    P12,
    M1,
    M2,
    M3,
    M4,
    M5,
    M6,
    H1,
    H2,
    H3,
    H4,
    C1,
    C2,
    C4,
    C5,
    /// H5 (allocative) and C3 (reporting) change no parameter; unknown ids likewise.
    #[default]
    Other,
}

impl LeverKind {
    /// The kind of the lever with id `id`.
    pub fn of(id: &str) -> LeverKind {
        use LeverKind::*;
        match id {
            "D0" => D0,
            "P1a" => P1a,
            "P1b" => P1b,
            "P2" => P2,
            "P3" => P3,
            "P4" => P4,
            "P5" => P5,
            "P6" => P6,
            "P7" => P7,
            "P8" => P8,
            "P9" => P9,
            "P10a" => P10a,
            "P10b" => P10b,
            "P11a" => P11a,
            "P11b" => P11b,
            "P12" => P12,
            "M1" => M1,
            "M2" => M2,
            "M3" => M3,
            "M4" => M4,
            "M5" => M5,
            "M6" => M6,
            "H1" => H1,
            "H2" => H2,
            "H3" => H3,
            "H4" => H4,
            "C1" => C1,
            "C2" => C2,
            "C4" => C4,
            "C5" => C5,
            _ => Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::levers::Catalogue;

    #[test]
    fn every_catalogue_lever_but_h5_and_c3_has_a_kind() {
        for lever in &Catalogue::embedded().levers {
            let other = LeverKind::of(&lever.id) == LeverKind::Other;
            assert_eq!(other, lever.id == "H5" || lever.id == "C3", "{}", lever.id);
        }
    }
}
