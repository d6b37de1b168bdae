//! Scenario encodings: the share token for links and QR codes, and the storage envelope for the
//! on-device library — both versioned, both migrated from every released version, and both safe on
//! any input (bad input gives a typed error with a one-line message, never a panic).
//!
//! * Token: [`canonical`] form → [`token::encode`] / [`token::decode`] / [`decode_link`]; byte layout in
//!   [`token_v1`] and [`token_v2`] (per-track intensities), migration chain in [`token_versions`], lever codes in [`code_table`].
//! * Library: [`envelope`] (one saved scenario as versioned JSON), [`store`] (the key-value trait the
//!   app implements over `localStorage`), [`memory_store`] (the fake for tests), [`library`] (saving,
//!   loading, quarantine, merging of concurrent tabs).
//!
//! Nothing here touches the browser: the app supplies the store and the current time. Dependencies:
//! `base64` (URL-safe alphabet without padding, strict on trailing bits) and `chrono` without its
//! `clock`/`wasmbind` features, so no `js-sys`/`wasm-bindgen` reaches core
//! (`cargo tree -p laegedaekning-core -e normal | grep -E 'js-sys|wasm-bindgen|web-sys'` prints nothing).
//!
//! Decisions, in short:
//! * **Only the difference from the baseline** is encoded: levers not in the scenario, zero intensity,
//!   default targets, start 2025 and the central setting cost nothing; the baseline is the empty token.
//! * **Lever codes**: small numbers from an append-only table ([`code_table`]); a code from a newer app
//!   is skipped with a warning.
//! * **Intensities are exact**: a value with ≤ 4 decimals is a varint (1–3 bytes); any other `f64`
//!   is stored as 8 raw bytes. No quantisation, so a link opens exactly what was on screen.
//! * **One check byte** (length-seeded CRC-8, [`checksum`]): every single-character change of a token
//!   is detected instead of opening another scenario.
//! * **Version first**: byte 0 is the format version; every released version decodes forever through
//!   [`token_versions`]; the frozen corpus is `core/tests/fixtures/tokens/`.
//!
//! Measured token lengths (`cargo test -p laegedaekning-core --test share_token -- --nocapture`):
//! baseline 0 characters, 1 lever 7, 6 levers 27 (107 with every option set and non-decimal
//! intensities), all 32 levers 132 (232 with every option set). Postcard + base64 of the same
//! scenarios: 67 characters for 6 levers with a compact mirror struct, 101 for `Scenario` itself.
//!
//! Fuzzing: `core/tests/share_fuzz.rs` (10,000 cases per property by default;
//! `FUZZ_CASES=10000000 cargo test --release -p laegedaekning-core --test share_fuzz -- --nocapture`
//! ran 4 × 10⁷ cases — 10⁷ each of any text, bytes past the check byte, any scenario roundtrip and
//! damaged envelopes — in 546 s of test time (10 min 38 s with the release build) on 2 shared cores:
//! 0 panics, 0 failures) and `core/tests/share_library_fuzz.rs` (`FUZZ_LIBRARY_CASES`, default 500).

pub mod bytes;
pub mod canonical;
pub mod checksum;
pub mod code_table;
pub mod comparison;
pub mod decode_warning;
pub mod envelope;
pub mod library;
pub mod library_index;
pub mod library_keys;
pub mod library_report;
pub mod link;
pub mod memory_store;
pub mod store;
pub mod target_mask;
pub mod token;
pub mod token_error;
pub mod token_v1;
pub mod token_v2;
pub mod token_versions;

pub use canonical::{canonical, is_canonical};
pub use decode_warning::DecodeWarning;
pub use envelope::{EnvelopeError, SavedScenario};
pub use library::{Draft, Library, SaveOutcome};
pub use library_report::{LibraryError, LoadReport};
pub use link::{decode_link, token_of_link};
pub use token::{decode, encode, DecodedToken};
pub use store::{KeyValueStore, StoreError};
pub use token_error::TokenError;
