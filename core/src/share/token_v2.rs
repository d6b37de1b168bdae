//! Share token format **v2** (released; frozen: never change how these bytes are read, add a new
//! version instead). v2 = v1 plus per-track intensities (D0, MODEL.md §2.1).
//!
//! ```text
//! body    = version=0x02 · entry*
//! entry   = key:varint · flags:u8 · intensity · [start] · [targets] · [tracks]
//! key     = code · 2 + t              t = 1: per-track intensities follow
//! flags … targets                      exactly as in v1 (see `token_v1`)
//! tracks  = number(AM) · number(HS)
//! number  = head:u8 · payload         head bits 0–3 are 0; bits 4–6 decimal exponent e, bit 7 raw;
//!                                     payload as v1's intensity (zigzag-varint m, or 8 bytes f64)
//! ```
//! The encoder writes v2 only when some lever has per-track intensities, and v1 otherwise (so every
//! link an older app could open stays openable there). A v2 entry without tracks costs what a v1
//! entry costs for codes below 64. Typical D0 entry with tracks: 6 bytes.

use super::bytes::{read_entries, ByteReader, ByteWriter};
use super::token_error::TokenError;
use super::token_v1::{self, EntryV1};
use crate::model::dims::TRACKS;

/// The version byte of this format.
pub const VERSION: u8 = 2;

/// One lever as stored in a v2 token, before it is checked against the catalogue.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryV2 {
    /// Everything a v1 entry holds.
    pub base: EntryV1,
    /// Intensities by track `[AM, HS]`, when the entry splits the lever by track.
    pub tracks: Option<[f64; TRACKS]>,
}

impl From<EntryV1> for EntryV2 {
    /// The migration v1 → v2: a v1 entry has no per-track intensities.
    fn from(base: EntryV1) -> Self {
        EntryV2 { base, tracks: None }
    }
}

/// Writes one entry.
pub fn write_entry(w: &mut ByteWriter, entry: &EntryV2) {
    w.varint(entry.base.code as u64 * 2 + u64::from(entry.tracks.is_some()));
    token_v1::write_body(w, &entry.base);
    if let Some(tracks) = entry.tracks {
        for x in tracks {
            token_v1::write_number(w, 0, x);
        }
    }
}

/// Reads one entry.
pub fn read_entry(r: &mut ByteReader) -> Result<EntryV2, TokenError> {
    let key = r.varint()?;
    let code = u32::try_from(key >> 1).map_err(|_| TokenError::Corrupt("a lever code is out of range"))?;
    let base = token_v1::read_body(r, code)?;
    let tracks = if key & 1 == 1 {
        let mut tracks = [0.0; TRACKS];
        for x in &mut tracks {
            let head = r.byte()?;
            if head & 0x0F != 0 {
                return Err(TokenError::Corrupt("a track intensity has unknown flags"));
            }
            *x = token_v1::read_number(r, head)?;
        }
        Some(tracks)
    } else {
        None
    };
    Ok(EntryV2 { base, tracks })
}

/// Reads the entries of a v2 payload (between the version byte and the checksum).
pub fn read_payload(payload: &[u8]) -> Result<Vec<EntryV2>, TokenError> {
    read_entries(payload, read_entry)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::levers::Setting;

    #[test]
    fn entries_roundtrip_with_and_without_tracks() {
        let base = EntryV1 { code: 1, intensity: 0.2, setting: Setting::High, start_offset: Some(3), targets: Some(5) };
        for tracks in [None, Some([0.2, 0.05]), Some([1.0 / 3.0, 0.0])] {
            let entry = EntryV2 { base: base.clone(), tracks };
            let mut w = ByteWriter::default();
            write_entry(&mut w, &entry);
            assert_eq!(read_payload(&w.bytes), Ok(vec![entry]));
        }
    }

    #[test]
    fn a_track_head_with_low_bits_is_corrupt() {
        let mut w = ByteWriter::default();
        write_entry(&mut w, &EntryV2 { base: EntryV1 { code: 1, intensity: 0.2, setting: Setting::Central, start_offset: None, targets: None }, tracks: Some([0.2, 0.1]) });
        let at = w.bytes.len() - 4; // first track head: key, flags, 0.2 → head, m, head, m
        w.bytes[at] |= 1;
        assert!(matches!(read_payload(&w.bytes), Err(TokenError::Corrupt(_))));
    }
}
