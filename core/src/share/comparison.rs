//! The comparison token: up to [`MAX_COMPARED`] named scenarios and the chosen area as one short,
//! versioned, URL-safe string (the `c` parameter of a comparison link), so a comparison opens the same
//! on another device.
//!
//! Byte layout (version 1), base64 URL-safe without padding like the scenario token:
//! `[version = 1] [area: varint length + UTF-8] [count] { [name: varint length + UTF-8]
//! [scenario: varint length + the scenario token's bytes] }* [check byte]`. The scenario bytes are
//! exactly a scenario token's (its own version and check byte included), so every scenario inside is
//! read by [`super::token::decode`] with its migrations, clamping and warnings; the outer check byte
//! ([`super::checksum::token_check`]) catches any single-character change of the whole link.
//!
//! ```
//! use laegedaekning_core::{LeverSetting, Scenario};
//! use laegedaekning_core::share::comparison::{Comparison, ComparedScenario, decode_comparison, encode_comparison};
//! let c = Comparison {
//!     area: "r4".into(),
//!     entries: vec![ComparedScenario { name: "Pakke A".into(), scenario: Scenario { levers: vec![LeverSetting::new("P9", 10.0)] } }],
//! };
//! let token = encode_comparison(&c);
//! assert_eq!(decode_comparison(&token).unwrap().comparison, c);
//! ```

use super::bytes::{ByteReader, ByteWriter};
use super::canonical::canonical;
use super::checksum::token_check;
use super::decode_warning::DecodeWarning;
use super::token::{checked_bytes, decode, encode};
use super::token_error::TokenError;
use crate::levers::Scenario;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// The current (and only) comparison format.
pub const COMPARISON_VERSION: u8 = 1;
/// Most scenarios in one comparison (plus the baseline, always shown).
pub const MAX_COMPARED: usize = 4;
/// Longest name kept, in characters (longer names are cut when encoding).
pub const MAX_NAME_CHARS: usize = 60;
/// Longest area key accepted, in bytes.
const MAX_AREA_BYTES: usize = 16;
/// Longest comparison token accepted (characters).
pub const MAX_COMPARISON_CHARS: usize = 4096;
/// The query parameter of a comparison link.
pub const COMPARISON_PARAMETER: &str = "c";

/// One compared scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparedScenario {
    pub name: String,
    pub scenario: Scenario,
}

/// A comparison: its scenarios (the baseline is implicit) and the area key the view shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Comparison {
    /// The app's area key (e.g. `dk`, `t`, `r4`); core does not interpret it.
    pub area: String,
    pub entries: Vec<ComparedScenario>,
}

/// A decoded comparison with what was clamped or skipped inside its scenarios.
#[derive(Clone, Debug, PartialEq)]
pub struct DecodedComparison {
    pub comparison: Comparison,
    pub warnings: Vec<DecodeWarning>,
}

fn cut(text: &str, max_chars: usize) -> &str {
    text.char_indices().nth(max_chars).map_or(text, |(i, _)| &text[..i])
}

fn write_bytes(w: &mut ByteWriter, bytes: &[u8]) {
    w.varint(bytes.len() as u64);
    w.bytes.extend_from_slice(bytes);
}

fn read_bytes<'a>(r: &mut ByteReader<'a>, max: usize) -> Result<Vec<u8>, TokenError> {
    let n = r.varint()? as usize;
    if n > max {
        return Err(TokenError::Corrupt("a field is longer than allowed"));
    }
    (0..n).map(|_| r.byte()).collect()
}

/// The token of `comparison` (scenarios in canonical form; at most [`MAX_COMPARED`] kept, names cut
/// to [`MAX_NAME_CHARS`]).
pub fn encode_comparison(comparison: &Comparison) -> String {
    let mut w = ByteWriter::default();
    w.byte(COMPARISON_VERSION);
    write_bytes(&mut w, cut(&comparison.area, MAX_AREA_BYTES).as_bytes());
    let entries = &comparison.entries[..comparison.entries.len().min(MAX_COMPARED)];
    w.byte(entries.len() as u8);
    for e in entries {
        write_bytes(&mut w, cut(&e.name, MAX_NAME_CHARS).as_bytes());
        let inner = URL_SAFE_NO_PAD.decode(encode(&e.scenario)).unwrap_or_default();
        write_bytes(&mut w, &inner);
    }
    let check = token_check(&w.bytes);
    w.byte(check);
    URL_SAFE_NO_PAD.encode(&w.bytes)
}

/// Reads a comparison token; never panics. Damaged text is refused with a [`TokenError`]; inside
/// each scenario, unknown levers are skipped and out-of-range values clamped, with warnings.
pub fn decode_comparison(token: &str) -> Result<DecodedComparison, TokenError> {
    let token = token.trim();
    if token.is_empty() {
        return Err(TokenError::Truncated);
    }
    let body = checked_bytes(token, MAX_COMPARISON_CHARS)?;
    let version = body[0];
    if version != COMPARISON_VERSION {
        return Err(TokenError::UnsupportedVersion { found: version, newest: COMPARISON_VERSION });
    }
    let mut r = ByteReader::new(&body[1..]);
    let area = String::from_utf8(read_bytes(&mut r, MAX_AREA_BYTES)?)
        .map_err(|_| TokenError::Corrupt("the area is not text"))?;
    let count = r.byte()? as usize;
    if count > MAX_COMPARED {
        return Err(TokenError::Corrupt("more scenarios than a comparison holds"));
    }
    let mut entries = Vec::with_capacity(count);
    let mut warnings = Vec::new();
    for _ in 0..count {
        let name = String::from_utf8(read_bytes(&mut r, MAX_NAME_CHARS * 4)?)
            .map_err(|_| TokenError::Corrupt("a scenario name is not text"))?;
        let inner = read_bytes(&mut r, MAX_COMPARISON_CHARS)?;
        let decoded = decode(&URL_SAFE_NO_PAD.encode(&inner))?;
        warnings.extend(decoded.warnings);
        entries.push(ComparedScenario { name, scenario: canonical(&decoded.scenario) });
    }
    if !r.is_empty() {
        return Err(TokenError::Corrupt("there is data after the last scenario"));
    }
    Ok(DecodedComparison { comparison: Comparison { area, entries }, warnings })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::levers::LeverSetting;

    fn sample() -> Comparison {
        Comparison {
            area: "t".into(),
            entries: vec![
                ComparedScenario { name: "Basis + P9".into(), scenario: Scenario { levers: vec![LeverSetting::new("P9", 10.0)] } },
                ComparedScenario { name: "Tom".into(), scenario: Scenario::default() },
                ComparedScenario {
                    name: "Ærø – æøå".into(),
                    scenario: Scenario { levers: vec![LeverSetting::new("P1a", 1.5), LeverSetting::new("H5", 100.0)] },
                },
            ],
        }
    }

    #[test]
    fn roundtrips_names_areas_and_scenarios() {
        let c = sample();
        let t = encode_comparison(&c);
        let d = decode_comparison(&t).unwrap();
        assert_eq!(d.comparison.area, "t");
        assert_eq!(d.comparison.entries.len(), 3);
        for (a, b) in d.comparison.entries.iter().zip(&c.entries) {
            assert_eq!(a.name, b.name);
            assert_eq!(a.scenario, canonical(&b.scenario));
        }
        assert!(t.len() < 80, "three scenarios in {} characters", t.len());
    }

    #[test]
    fn every_single_character_change_is_refused_or_reads_back_unchanged() {
        let t = encode_comparison(&sample());
        let alphabet: Vec<char> = ('A'..='Z').chain('a'..='z').chain('0'..='9').chain(['-', '_']).collect();
        for i in 0..t.len() {
            for &ch in &alphabet {
                let mut s: Vec<char> = t.chars().collect();
                if s[i] == ch {
                    continue;
                }
                s[i] = ch;
                let changed: String = s.into_iter().collect();
                assert!(decode_comparison(&changed).is_err(), "change at {i} to {ch} was accepted");
            }
        }
    }

    #[test]
    fn too_many_scenarios_and_long_names_are_cut_when_encoding() {
        let mut c = sample();
        c.entries[0].name = "x".repeat(200);
        c.entries.extend(sample().entries);
        let d = decode_comparison(&encode_comparison(&c)).unwrap().comparison;
        assert_eq!(d.entries.len(), MAX_COMPARED);
        assert_eq!(d.entries[0].name.chars().count(), MAX_NAME_CHARS);
    }

    #[test]
    fn bad_text_gives_errors_not_panics() {
        for bad in ["", "!!", "AQ", "A", "////", &"A".repeat(5000), "AgEAAA"] {
            assert!(decode_comparison(bad).is_err(), "{bad}");
        }
        // A scenario token is not a comparison token.
        let s = encode(&Scenario { levers: vec![LeverSetting::new("P9", 10.0)] });
        assert!(decode_comparison(&s).is_err());
    }
}
