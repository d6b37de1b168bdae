//! The frozen lever code table: every lever id that can appear in a share token, with the small
//! number that stands for it in the token.
//!
//! **Append-only forever.** A code, once released in a token, must never be reused, renumbered or
//! removed: old links carry it. A new lever gets the next free code at the end of the table; a lever
//! withdrawn from the catalogue keeps its row (its tokens then decode with an "unknown lever" warning
//! once the catalogue no longer knows the id). Code 0 is reserved and never issued.
//!
//! `core/tests/fixtures/tokens/lever_codes.json` is the frozen copy the tests compare against, and a
//! test checks that every catalogue lever has a code.
//!
//! ```
//! use laegedaekning_core::share::code_table::{code_of, id_of};
//! assert_eq!(code_of("P1a"), Some(2));
//! assert_eq!(id_of(2), Some("P1a"));
//! ```

/// `(code, lever id)`, in code order. Append new levers at the end with the next code.
pub const LEVER_CODES: &[(u32, &str)] = &[
    (1, "D0"),
    (2, "P1a"),
    (3, "P1b"),
    (4, "P2"),
    (5, "P3"),
    (6, "P4"),
    (7, "P5"),
    (8, "P6"),
    (9, "P7"),
    (10, "P8"),
    (11, "P9"),
    (12, "P10a"),
    (13, "P10b"),
    (14, "P11a"),
    (15, "P11b"),
    (16, "P12"),
    (17, "M1"),
    (18, "M2"),
    (19, "M3"),
    (20, "M4"),
    (21, "M5"),
    (22, "M6"),
    (23, "H1"),
    (24, "H2"),
    (25, "H3"),
    (26, "H4"),
    (27, "H5"),
    (28, "C1"),
    (29, "C2"),
    (30, "C3"),
    (31, "C4"),
    (32, "C5"),
];

/// The token code of a lever id (case-sensitive, as in the catalogue).
pub fn code_of(id: &str) -> Option<u32> {
    LEVER_CODES.iter().find(|(_, i)| *i == id).map(|(c, _)| *c)
}

/// The lever id of a token code (`None`: a code from a newer app, or never issued).
pub fn id_of(code: u32) -> Option<&'static str> {
    LEVER_CODES.iter().find(|(c, _)| *c == code).map(|(_, i)| *i)
}
