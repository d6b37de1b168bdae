//! The migration chain of share tokens: reads a payload of any released version and brings it to the
//! current version's entries.
//!
//! Every released version decodes forever. To release format v3: add `token_v3.rs` (its reader and
//! writer), make [`Entries`] its entry type, add a `From<EntryV2> for EntryV3` (the migration) and
//! route versions 1 and 2 through it, bump [`CURRENT_VERSION`], and check in
//! `tests/fixtures/tokens/v3.json` — never edit `v1.json` or `v2.json`.
//!
//! v1 → v2: a v1 entry is a v2 entry without per-track intensities.
//!
//! Invariant of every version (so damage is told apart from a newer format): the first byte is the
//! version and the last byte is [`super::checksum::token_check`] of all bytes before it.

use super::token_error::TokenError;
use super::token_v1;
use super::token_v2::{self, EntryV2};

/// The newest version (the one that can carry every scenario; the encoder writes the oldest version
/// that can carry a given one, see [`super::token::encode`]).
pub const CURRENT_VERSION: u8 = token_v2::VERSION;

/// Entries in the current version's terms.
pub type Entries = Vec<EntryV2>;

/// Reads `payload` written in `version` and migrates it to the current version.
pub fn read_any_version(version: u8, payload: &[u8]) -> Result<Entries, TokenError> {
    match version {
        1 => token_v1::read_payload(payload).map(|entries| entries.into_iter().map(EntryV2::from).collect()),
        2 => token_v2::read_payload(payload),
        found => Err(TokenError::UnsupportedVersion { found, newest: CURRENT_VERSION }),
    }
}
