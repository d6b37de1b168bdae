//! The migration chain of share tokens: reads a payload of any released version and brings it to the
//! current version's entries.
//!
//! Every released version decodes forever. To release format v2: add `token_v2.rs` (its reader and
//! writer), make [`Entries`] its entry type, add `fn v1_to_v2(EntryV1) -> EntryV2` here and route
//! version 1 through it (`1 => token_v1::read_payload(p).map(|e| e.into_iter().map(v1_to_v2).collect())`),
//! bump [`CURRENT_VERSION`], and check in `tests/fixtures/tokens/v2.json` — never edit `v1.json`.
//!
//! Invariant of every version (so damage is told apart from a newer format): the first byte is the
//! version and the last byte is [`super::checksum::token_check`] of all bytes before it.

use super::token_error::TokenError;
use super::token_v1::{self, EntryV1};

/// The version new tokens are written in.
pub const CURRENT_VERSION: u8 = token_v1::VERSION;

/// Entries in the current version's terms.
pub type Entries = Vec<EntryV1>;

/// Reads `payload` written in `version` and migrates it to the current version.
pub fn read_any_version(version: u8, payload: &[u8]) -> Result<Entries, TokenError> {
    match version {
        1 => token_v1::read_payload(payload),
        found => Err(TokenError::UnsupportedVersion { found, newest: CURRENT_VERSION }),
    }
}
