//! SplitMix64: the small seeded pseudo-random generator of the sampled Shapley estimator. No
//! dependency, identical streams natively and in the browser, good enough for shuffling permutations
//! (it is the generator Java's `SplittableRandom` and the xoshiro seeding use).

/// A SplitMix64 stream (Steele, Lea & Flood 2014).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        SplitMix64 { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        // The same output function as the Monte Carlo's generators.
        crate::uncertainty::rng::mix64(self.state)
    }

    /// A uniform integer in `0..bound` (`bound` ≥ 1), by Lemire's multiply-shift with rejection, so
    /// the permutations are exactly uniform.
    pub fn below(&mut self, bound: u64) -> u64 {
        let bound = bound.max(1);
        let threshold = bound.wrapping_neg() % bound;
        loop {
            let m = (self.next_u64() as u128) * (bound as u128);
            if (m as u64) >= threshold {
                return (m >> 64) as u64;
            }
        }
    }

    /// Shuffles `items` in place (Fisher–Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_values_and_uniform_shuffle() {
        // First outputs for seed 1234567 of the reference C implementation (Vigna's splitmix64.c).
        let mut r = SplitMix64::new(1234567);
        assert_eq!(r.next_u64(), 6457827717110365317);
        assert_eq!(r.next_u64(), 3203168211198807973);
        let mut counts = [0u32; 3];
        let mut r = SplitMix64::new(7);
        for _ in 0..30_000 {
            let mut p = [0, 1, 2];
            r.shuffle(&mut p);
            counts[p[0]] += 1;
        }
        assert!(counts.iter().all(|&c| (9_500..10_500).contains(&c)), "{counts:?}");
    }
}
