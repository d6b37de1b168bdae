//! The share token: a scenario as a short, versioned, URL-safe string (the `s` parameter of a
//! share link). The baseline is the empty token.
//!
//! [`encode`] writes the [`canonical`](super::canonical()) form of a scenario in the oldest format
//! that can carry it: [`super::token_v1`], or [`super::token_v2`] when a lever is split by track (so
//! links without a split open in apps that predate v2, and every earlier token stays as it was); [`decode`] reads any released version, clamps what is
//! out of range and skips levers it does not know, reporting both as [`DecodeWarning`]s, and refuses
//! damaged text with a [`TokenError`] — it never panics, whatever the input.
//!
//! Guarantee (tested on random scenarios): `decode(&encode(s)).scenario == canonical(s)` for every
//! scenario `s`, with no warnings; hence `decode(&encode(s)).scenario == s` for every canonical `s`.
//!
//! ```
//! use laegedaekning_core::{LeverSetting, Scenario};
//! use laegedaekning_core::share::token::{decode, encode};
//! let s = Scenario { levers: vec![LeverSetting::new("P1a", 1.5), LeverSetting::new("P9", 10.0)] };
//! let token = encode(&s);
//! assert!(token.len() < 16);
//! assert_eq!(decode(&token).unwrap().scenario, s);
//! assert_eq!(encode(&Scenario::default()), "");
//! ```

use super::bytes::ByteWriter;
use super::canonical::canonical;
use super::checksum::token_check;
use super::code_table::{code_of, id_of};
use super::decode_warning::DecodeWarning;
use super::target_mask;
use super::token_error::TokenError;
use super::token_v1::{self, EntryV1, START_BASE};
use super::token_v2::{self, EntryV2};
use super::token_versions::{read_any_version, CURRENT_VERSION};
use crate::levers::{tracks, Catalogue, LeverSetting, Scenario};
use crate::model::dims::{FIRST_YEAR, LAST_YEAR};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// Longest token accepted (characters). All 32 levers with every option set take under 400.
pub const MAX_TOKEN_CHARS: usize = 2048;

/// A decoded token.
#[derive(Clone, Debug, PartialEq)]
pub struct DecodedToken {
    /// The scenario, in canonical form.
    pub scenario: Scenario,
    /// What was clamped or left out.
    pub warnings: Vec<DecodeWarning>,
    /// The format version the token was written in (the current one for the empty token).
    pub version: u8,
}

/// The token of `scenario` (empty for the baseline and for any scenario whose canonical form is empty).
pub fn encode(scenario: &Scenario) -> String {
    let scenario = canonical(scenario);
    if scenario.levers.is_empty() {
        return String::new();
    }
    // The oldest format that carries the scenario: v1 unless a lever is split by track.
    let split = scenario.levers.iter().any(|l| l.tracks.is_some());
    let mut w = ByteWriter::default();
    w.byte(if split { token_v2::VERSION } else { token_v1::VERSION });
    for lever in &scenario.levers {
        // `canonical` keeps only levers with a code.
        let Some(code) = code_of(&lever.id) else { continue };
        let entry = EntryV1 {
            code,
            intensity: lever.intensity,
            setting: lever.setting,
            start_offset: lever.start_year.map(|y| y as i64 - START_BASE),
            targets: lever.targets.as_deref().map(target_mask::of_targets),
        };
        if split {
            token_v2::write_entry(&mut w, &EntryV2 { base: entry, tracks: lever.tracks });
        } else {
            token_v1::write_entry(&mut w, &entry);
        }
    }
    let crc = token_check(&w.bytes);
    w.byte(crc);
    URL_SAFE_NO_PAD.encode(&w.bytes)
}

/// Reads a token (surrounding whitespace ignored; empty = baseline).
pub fn decode(token: &str) -> Result<DecodedToken, TokenError> {
    let token = token.trim();
    if token.is_empty() {
        return Ok(DecodedToken { scenario: Scenario::default(), warnings: Vec::new(), version: CURRENT_VERSION });
    }
    let bytes = checked_bytes(token, MAX_TOKEN_CHARS)?;
    let version = bytes[0];
    let entries = read_any_version(version, &bytes[1..])?;
    let (scenario, warnings) = to_scenario(entries);
    Ok(DecodedToken { scenario, warnings, version })
}

/// The bytes of a base64 token (version byte first, check byte removed) after the checks every
/// token format shares: length at most `max` characters, only the URL-safe alphabet, strict base64,
/// at least a version and a check byte, and a matching check byte. Shared with the comparison token.
pub(crate) fn checked_bytes(token: &str, max: usize) -> Result<Vec<u8>, TokenError> {
    if token.len() > max {
        return Err(TokenError::TooLong { length: token.chars().count(), max });
    }
    if let Some((position, character)) =
        token.chars().enumerate().find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        return Err(TokenError::InvalidCharacters { position, character });
    }
    let mut bytes = URL_SAFE_NO_PAD.decode(token).map_err(|e| match e {
        base64::DecodeError::InvalidLength(_) => TokenError::Truncated,
        base64::DecodeError::InvalidLastSymbol(_, _) => TokenError::Tampered,
        base64::DecodeError::InvalidByte(position, byte) => {
            TokenError::InvalidCharacters { position, character: byte as char }
        }
        base64::DecodeError::InvalidPadding => TokenError::InvalidCharacters { position: token.len() - 1, character: '=' },
    })?;
    if bytes.len() < 2 {
        return Err(TokenError::Truncated);
    }
    let check = bytes.pop().unwrap_or_default();
    if token_check(&bytes) != check {
        return Err(TokenError::Tampered);
    }
    Ok(bytes)
}

/// Checks entries against the embedded catalogue: unknown codes are skipped and out-of-range values
/// clamped, both reported; the result is canonical.
fn to_scenario(entries: Vec<EntryV2>) -> (Scenario, Vec<DecodeWarning>) {
    let catalogue = Catalogue::embedded();
    let mut warnings = Vec::new();
    let mut levers = Vec::new();
    for EntryV2 { base: e, tracks } in entries {
        let Some((_, lever)) = id_of(e.code).and_then(|id| catalogue.get(id)) else {
            warnings.push(DecodeWarning::UnknownLever { code: e.code });
            continue;
        };
        let range = &lever.intensity;
        let intensity = e.intensity.clamp(range.min, range.max);
        if intensity != e.intensity {
            warnings.push(DecodeWarning::IntensityClamped { lever: lever.id.clone(), found: e.intensity, clamped: intensity });
        }
        let tracks = match tracks {
            Some(_) if !tracks::supports_tracks(&lever.id) => {
                warnings.push(DecodeWarning::TracksIgnored { lever: lever.id.clone() });
                None
            }
            Some(t) => {
                let (clamped, changes) = tracks::clamp(lever, t);
                for (_, found, to) in changes {
                    warnings.push(DecodeWarning::IntensityClamped { lever: lever.id.clone(), found, clamped: to });
                }
                Some(clamped)
            }
            None => None,
        };
        let start_year = e.start_offset.map(|offset| {
            let found = START_BASE.saturating_add(offset);
            let clamped = found.clamp(FIRST_YEAR as i64, LAST_YEAR as i64) as i32;
            if clamped as i64 != found {
                warnings.push(DecodeWarning::StartYearClamped { lever: lever.id.clone(), found, clamped });
            }
            clamped
        });
        levers.push(LeverSetting {
            id: lever.id.clone(),
            intensity,
            targets: e.targets.map(target_mask::to_targets),
            start_year,
            setting: e.setting,
            tracks,
        });
    }
    (canonical(&Scenario { levers }), warnings)
}
