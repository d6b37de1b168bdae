//! The one-byte check at the end of a share token: [`token_check`] = CRC-8 (polynomial
//! x⁸ + x² + x + 1, 0x07, initial value 0, as CRC-8/SMBUS) of the body's length (mod 256) followed by
//! the body (the version byte and the entries).
//!
//! Why a CRC and not a plain sum: a CRC-8 detects every error burst of up to 8 bits, and changing one
//! character of the base64 text changes at most 6 consecutive bits, so **every** single-character
//! change of a token is detected (a test tries them all on the corpus) instead of silently opening a
//! different scenario. Other damage slips through with probability 1/256, and is then usually caught
//! by the strict parser. The length goes in first because a plain CRC accepts any message followed by
//! its own CRC and then a zero byte, so appending `A`s to a token would have passed.
//!
//! ```
//! use laegedaekning_core::share::checksum::{crc8, token_check};
//! assert_eq!(crc8(b"123456789"), 0xF4); // the standard check value of CRC-8/SMBUS
//! assert_ne!(token_check(&[1, 2, 48, 30, 0x63]), token_check(&[1, 2, 48, 30]));
//! ```

/// The check byte of a token body.
pub fn token_check(body: &[u8]) -> u8 {
    crc8_from(crc8(&[body.len() as u8]), body)
}

/// CRC-8/SMBUS of `bytes`.
pub fn crc8(bytes: &[u8]) -> u8 {
    crc8_from(0, bytes)
}

/// CRC-8 of `bytes`, continuing from `crc`.
fn crc8_from(mut crc: u8, bytes: &[u8]) -> u8 {
    for &b in bytes {
        crc ^= b;
        for _ in 0..8 {
            crc = if crc & 0x80 != 0 { (crc << 1) ^ 0x07 } else { crc << 1 };
        }
    }
    crc
}
