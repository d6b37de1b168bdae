//! Share token format **v1** (released; frozen: never change how these bytes are read, add a new
//! version instead).
//!
//! ```text
//! token  = base64url-no-pad( body · check )    body = version=0x01 · entry*
//! check  = crc8(len(body) mod 256 · body)       (see `checksum`)
//! entry  = code:varint · flags:u8 · intensity · [start:zigzag-varint] · [targets:varint]
//! flags  = bits 0–1 setting (0 central, 1 low, 2 high; 3 invalid)
//!          bit 2    start year present (stored as year − 2025)
//!          bit 3    targets present (a 10-bit cell mask, see `target_mask`)
//!          bits 4–6 decimal exponent e
//!          bit 7    raw: intensity is 8 bytes of little-endian f64 (bits 4–6 are 0)
//! intensity (not raw) = zigzag-varint m, value = m · 10^e / 10^4
//! ```
//! Codes come from the append-only [`super::code_table`]. Every entry is self-delimiting, so a decoder
//! skips entries with codes it does not know (levers added by a newer app) and reports them.
//! Typical entry: 3–4 bytes (an intensity like 0.25 or 20 takes one byte).

use super::bytes::{read_entries, ByteReader, ByteWriter};
use super::target_mask::{self, CellMask};
use super::token_error::TokenError;
use crate::levers::Setting;

/// The version byte of this format.
pub const VERSION: u8 = 1;

/// The year a start offset counts from.
pub const START_BASE: i64 = 2025;

/// One lever as stored in a v1 token, before it is checked against the catalogue.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryV1 {
    pub code: u32,
    pub intensity: f64,
    pub setting: Setting,
    /// Start year − 2025, when not the default.
    pub start_offset: Option<i64>,
    pub targets: Option<CellMask>,
}

const RAW: u8 = 0x80;
const HAS_START: u8 = 0x04;
const HAS_TARGETS: u8 = 0x08;
const SCALE: f64 = 1e4;
/// Largest integer below which every i64 is an exact f64.
const EXACT: f64 = 9_007_199_254_740_992.0;

/// `x` as `(m, e)` with `x == m · 10^e / 10^4` exactly, when it has at most 4 decimals.
fn decimal(x: f64) -> Option<(i64, u8)> {
    let n = (x * SCALE).round();
    if n.is_nan() || n.abs() >= EXACT || n / SCALE != x {
        return None;
    }
    let (mut m, mut e) = (n as i64, 0u8);
    while e < 7 && m != 0 && m % 10 == 0 {
        m /= 10;
        e += 1;
    }
    Some((m, e))
}

/// Writes one entry.
pub fn write_entry(w: &mut ByteWriter, entry: &EntryV1) {
    w.varint(entry.code as u64);
    write_body(w, entry);
}

/// Writes an entry after its code: flags, intensity, start and targets (shared with v2).
pub(crate) fn write_body(w: &mut ByteWriter, entry: &EntryV1) {
    let mut flags = match entry.setting {
        Setting::Central => 0,
        Setting::Low => 1,
        Setting::High => 2,
    };
    if entry.start_offset.is_some() {
        flags |= HAS_START;
    }
    if entry.targets.is_some() {
        flags |= HAS_TARGETS;
    }
    write_number(w, flags, entry.intensity);
    if let Some(start) = entry.start_offset {
        w.signed(start);
    }
    if let Some(mask) = entry.targets {
        w.varint(mask as u64);
    }
}

/// Writes `x` as a flags byte (`flags` in bits 0–3, the decimal exponent or raw mark in bits 4–7)
/// and its payload (shared with v2, where the flags bits are 0).
pub(crate) fn write_number(w: &mut ByteWriter, flags: u8, x: f64) {
    match decimal(x) {
        Some((m, e)) => {
            w.byte(flags | (e << 4));
            w.signed(m);
        }
        None => {
            w.byte(flags | RAW);
            w.f64(x);
        }
    }
}

/// Reads one entry.
pub fn read_entry(r: &mut ByteReader) -> Result<EntryV1, TokenError> {
    let code = u32::try_from(r.varint()?).map_err(|_| TokenError::Corrupt("a lever code is out of range"))?;
    read_body(r, code)
}

/// Reads the rest of an entry whose code was read (shared with v2).
pub(crate) fn read_body(r: &mut ByteReader, code: u32) -> Result<EntryV1, TokenError> {
    let flags = r.byte()?;
    let setting = match flags & 0b11 {
        0 => Setting::Central,
        1 => Setting::Low,
        2 => Setting::High,
        _ => return Err(TokenError::Corrupt("an effect setting is invalid")),
    };
    let intensity = read_number(r, flags)?;
    let start_offset = if flags & HAS_START != 0 { Some(r.signed()?) } else { None };
    let targets = if flags & HAS_TARGETS != 0 {
        let mask = r.varint()?;
        if mask > target_mask::ALL as u64 {
            return Err(TokenError::Corrupt("a target names a cell that does not exist"));
        }
        Some(mask as CellMask)
    } else {
        None
    };
    Ok(EntryV1 { code, intensity, setting, start_offset, targets })
}

/// Reads the payload of a number whose flags byte (bits 4–7) was read.
pub(crate) fn read_number(r: &mut ByteReader, flags: u8) -> Result<f64, TokenError> {
    let e = (flags >> 4) & 0b111;
    if flags & RAW != 0 {
        if e != 0 {
            return Err(TokenError::Corrupt("an intensity is marked both raw and decimal"));
        }
        let x = r.f64()?;
        if !x.is_finite() {
            return Err(TokenError::Corrupt("an intensity is not a finite number"));
        }
        Ok(x)
    } else {
        let m = r.signed()?;
        let n = m.checked_mul(10i64.pow(e as u32)).ok_or(TokenError::Corrupt("an intensity is too large"))?;
        Ok(n as f64 / SCALE)
    }
}

/// Reads the entries of a v1 payload (between the version byte and the checksum).
pub fn read_payload(payload: &[u8]) -> Result<Vec<EntryV1>, TokenError> {
    read_entries(payload, read_entry)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_decimals_are_compact_and_exact() {
        assert_eq!(decimal(0.25), Some((25, 2)));
        assert_eq!(decimal(5000.0), Some((5, 7)));
        assert_eq!(decimal(0.0001), Some((1, 0)));
        assert_eq!(decimal(0.1 + 0.2), None);
        assert_eq!(decimal(1.0 / 3.0), None);
        for x in [0.25, 5000.0, 0.0001, 0.83, 2.9999, 123456.7891, -0.5] {
            let (m, e) = decimal(x).unwrap();
            assert_eq!((m * 10i64.pow(e as u32)) as f64 / SCALE, x);
        }
    }
}
