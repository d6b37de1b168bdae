//! Byte-level building blocks of the share token: an append-only writer and a bounds-checked reader
//! for bytes, LEB128 varints and zigzag-signed varints. The reader never panics: running out of bytes
//! is [`TokenError::Truncated`], an overlong varint is [`TokenError::Corrupt`].

use super::token_error::TokenError;

/// Appends token bytes.
#[derive(Default)]
pub struct ByteWriter {
    pub bytes: Vec<u8>,
}

impl ByteWriter {
    pub fn byte(&mut self, b: u8) {
        self.bytes.push(b);
    }

    /// Unsigned LEB128: 7 bits per byte, low bits first, high bit = more follows.
    pub fn varint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.bytes.push((v as u8 & 0x7F) | 0x80);
            v >>= 7;
        }
        self.bytes.push(v as u8);
    }

    /// Zigzag-signed varint (0, −1, 1, −2, … → 0, 1, 2, 3, …).
    pub fn signed(&mut self, v: i64) {
        self.varint(((v << 1) ^ (v >> 63)) as u64);
    }

    pub fn f64(&mut self, v: f64) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
}

/// Reads token bytes front to back.
pub struct ByteReader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> ByteReader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        ByteReader { bytes, at: 0 }
    }

    pub fn is_empty(&self) -> bool {
        self.at >= self.bytes.len()
    }

    pub fn byte(&mut self) -> Result<u8, TokenError> {
        let b = *self.bytes.get(self.at).ok_or(TokenError::Truncated)?;
        self.at += 1;
        Ok(b)
    }

    pub fn varint(&mut self) -> Result<u64, TokenError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            let bits = (b & 0x7F) as u64;
            if shift == 63 && bits > 1 {
                return Err(TokenError::Corrupt("a number is too large"));
            }
            v |= bits << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(TokenError::Corrupt("a number is too long"))
    }

    pub fn signed(&mut self) -> Result<i64, TokenError> {
        let z = self.varint()?;
        Ok(((z >> 1) as i64) ^ -((z & 1) as i64))
    }

    pub fn f64(&mut self) -> Result<f64, TokenError> {
        let mut b = [0u8; 8];
        for x in &mut b {
            *x = self.byte()?;
        }
        Ok(f64::from_le_bytes(b))
    }
}

/// Reads `payload` as a sequence of self-delimiting entries, each with `read`, to its end.
pub fn read_entries<T>(payload: &[u8], read: impl Fn(&mut ByteReader) -> Result<T, TokenError>) -> Result<Vec<T>, TokenError> {
    let mut r = ByteReader::new(payload);
    let mut entries = Vec::new();
    while !r.is_empty() {
        entries.push(read(&mut r)?);
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_roundtrip_at_the_edges() {
        for v in [0u64, 1, 127, 128, 300, u32::MAX as u64, u64::MAX] {
            let mut w = ByteWriter::default();
            w.varint(v);
            assert_eq!(ByteReader::new(&w.bytes).varint().unwrap(), v);
        }
        for v in [0i64, -1, 1, -64, 64, i64::MIN, i64::MAX] {
            let mut w = ByteWriter::default();
            w.signed(v);
            assert_eq!(ByteReader::new(&w.bytes).signed().unwrap(), v);
        }
    }

    #[test]
    fn overlong_and_short_varints_are_errors() {
        assert_eq!(ByteReader::new(&[0x80]).varint(), Err(TokenError::Truncated));
        assert!(matches!(ByteReader::new(&[0xFF; 11]).varint(), Err(TokenError::Corrupt(_))));
        assert!(matches!(ByteReader::new(&[0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x02]).varint(), Err(TokenError::Corrupt(_))));
    }
}
