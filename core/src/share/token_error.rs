//! Why a share token could not be read. Every variant's `Display` is one plain sentence fit for the
//! notice the app shows when it opens the baseline instead.

use std::fmt;

/// A share token that cannot be decoded. (An empty token is not an error: it is the baseline.)
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenError {
    /// Longer than any token the app makes.
    TooLong { length: usize, max: usize },
    /// A character outside the URL-safe base64 alphabet (`A–Z a–z 0–9 - _`); `position` counts
    /// characters from 0.
    InvalidCharacters { position: usize, character: char },
    /// Cut off: the text or its content ends early.
    Truncated,
    /// Written by a format version this app cannot read (`found` > `newest`: a newer app), or never
    /// issued (`found` = 0).
    UnsupportedVersion { found: u8, newest: u8 },
    /// The checksum does not match: a character was changed, added or removed.
    Tampered,
    /// The checksum matches but the content breaks the format's rules.
    Corrupt(&'static str),
}

impl fmt::Display for TokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TokenError::TooLong { length, max } => {
                write!(f, "The scenario link is too long to be one of ours ({length} characters, at most {max}).")
            }
            TokenError::InvalidCharacters { position, character } => write!(
                f,
                "The scenario link contains a character that does not belong in it ({character:?} at position {})."
                , position + 1
            ),
            TokenError::Truncated => write!(f, "The scenario link is incomplete: it looks cut off."),
            TokenError::UnsupportedVersion { found, newest } if found > newest => write!(
                f,
                "The scenario link was made by a newer version of the app (format {found}, this one reads up to {newest}); reload the page to update."
            ),
            TokenError::UnsupportedVersion { found, .. } => {
                write!(f, "The scenario link has a format version ({found}) that was never issued.")
            }
            TokenError::Tampered => {
                write!(f, "The scenario link is damaged: a character was changed, added or removed.")
            }
            TokenError::Corrupt(why) => write!(f, "The scenario link is damaged: {why}."),
        }
    }
}

impl std::error::Error for TokenError {}
