//! The pseudo-random numbers of the Monte Carlo bands: SplitMix64 (seeding and key hashing) and
//! xoshiro256** (streams), written out here instead of taken from a crate so that every draw is
//! reproducible bit-for-bit on every platform (native and wasm) and across dependency updates.
//!
//! * [`key`] turns a tuple of integers (seed, batch, column, …) into one 64-bit key by chaining the
//!   SplitMix64 finaliser: every part changes every output bit with probability ≈ ½, so nearby
//!   tuples (seed 42 vs 43, batch 0 vs 1) give unrelated streams.
//! * [`Xoshiro256`] is Blackman & Vigna's xoshiro256** 1.0, seeded from a key by SplitMix64 as its
//!   authors recommend (the state is then never all zero).
//! * Uniforms use the top 52 bits: [`unit_open`] returns (k + ½)·2⁻⁵², exactly representable and
//!   strictly inside (0, 1) (2⁻⁵³ … 1 − 2⁻⁵³), so the inverse normal CDF never sees 0 or 1.

/// The SplitMix64 increment (2⁶⁴ / golden ratio).
const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

/// The SplitMix64 output function (Stafford's "Mix13" variant), a bijection on u64.
#[inline]
pub fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// One 64-bit key from a tuple of parts (order matters).
pub fn key(parts: &[u64]) -> u64 {
    let mut h = GOLDEN;
    for &p in parts {
        h = mix64(h.wrapping_add(GOLDEN) ^ p);
    }
    h
}

/// A uniform in (0, 1) from 64 random bits: (top 52 bits + ½) · 2⁻⁵² (53 significant bits, exact).
#[inline]
pub fn unit_open(bits: u64) -> f64 {
    ((bits >> 12) as f64 + 0.5) * (1.0 / (1u64 << 52) as f64)
}

/// xoshiro256** 1.0 (Blackman & Vigna 2018).
#[derive(Clone, Debug)]
pub struct Xoshiro256 {
    s: [u64; 4],
}

impl Xoshiro256 {
    /// The generator whose state is the next four SplitMix64 outputs after `seed`.
    pub fn from_key(seed: u64) -> Self {
        let mut x = seed;
        let mut next = || {
            x = x.wrapping_add(GOLDEN);
            mix64(x)
        };
        Xoshiro256 { s: [next(), next(), next(), next()] }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let result = self.s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = self.s[1] << 17;
        self.s[2] ^= self.s[0];
        self.s[3] ^= self.s[1];
        self.s[1] ^= self.s[2];
        self.s[0] ^= self.s[3];
        self.s[2] ^= t;
        self.s[3] = self.s[3].rotate_left(45);
        result
    }

    /// A uniform integer in 0..n (n ≥ 1) without modulo bias (Lemire's multiply-and-reject).
    pub fn below(&mut self, n: u32) -> u32 {
        let n64 = n as u64;
        let threshold = (u32::MAX - n + 1) % n; // = 2³² mod n
        loop {
            let m = (self.next_u64() >> 32) * n64;
            if (m as u32) >= threshold {
                return (m >> 32) as u32;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix_and_xoshiro_match_their_reference_outputs() {
        // SplitMix64 seeded with 0: first output of the reference implementation.
        assert_eq!(mix64(GOLDEN), 0xE220_A839_7B1D_CDAF);
        // Reference xoshiro256** with state {1, 2, 3, 4}: first outputs 11520, 0, 1509978240.
        let mut x = Xoshiro256 { s: [1, 2, 3, 4] };
        assert_eq!([x.next_u64(), x.next_u64(), x.next_u64()], [11520, 0, 1_509_978_240]);
    }

    #[test]
    fn uniforms_stay_inside_the_open_interval_and_bounded_ints_in_range() {
        assert!(unit_open(0) > 0.0 && unit_open(u64::MAX) < 1.0);
        let mut x = Xoshiro256::from_key(key(&[42, 0]));
        let mut counts = [0u32; 7];
        for _ in 0..7000 {
            counts[x.below(7) as usize] += 1;
        }
        assert!(counts.iter().all(|&c| (800..1200).contains(&c)), "{counts:?}");
        assert_ne!(key(&[42, 0, 1]), key(&[42, 1, 0]));
    }
}
