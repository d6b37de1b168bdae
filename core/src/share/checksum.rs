//! The one-byte checksum at the end of a share token: CRC-8 (polynomial x⁸ + x² + x + 1, 0x07,
//! initial value 0, as CRC-8/SMBUS).
//!
//! Why a CRC and not a plain sum: a CRC-8 detects every error burst of up to 8 bits, and changing one
//! character of the base64 text changes at most 6 consecutive bits, so **every** single-character
//! change of a token is detected (a test tries them all on the corpus) instead of silently opening a
//! different scenario. Other damage slips through with probability 1/256, and is then usually caught
//! by the strict parser.
//!
//! ```
//! use laegedaekning_core::share::checksum::crc8;
//! assert_eq!(crc8(b"123456789"), 0xF4); // the standard check value of CRC-8/SMBUS
//! ```

/// CRC-8/SMBUS of `bytes`.
pub fn crc8(bytes: &[u8]) -> u8 {
    let mut crc = 0u8;
    for &b in bytes {
        crc ^= b;
        for _ in 0..8 {
            crc = if crc & 0x80 != 0 { (crc << 1) ^ 0x07 } else { crc << 1 };
        }
    }
    crc
}
