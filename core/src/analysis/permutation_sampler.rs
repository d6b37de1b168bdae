//! Sampled Shapley values for packages too large for the full subset table (MODEL.md §4.3: "M random
//! permutations × n runs"). Each permutation π walks its prefixes ∅ ⊂ {π₁} ⊂ {π₁,π₂} ⊂ … ⊂ N and
//! credits player π_k with v(prefix_k) − v(prefix_{k−1}); φ̂_i is the mean over permutations and its
//! standard error is the sample standard deviation / √M.
//!
//! v(∅) and v(N) are known up front, so a permutation costs n − 1 evaluations, and every sampled
//! estimate keeps efficiency exactly: Σ φ̂_i = v(N) − v(∅) in each permutation.
//!
//! The sampler is progressive and generic: [`PermutationSampler::next_coalition`] says which
//! coalition to evaluate next and [`PermutationSampler::record`] takes its value, so the caller can
//! run the model in small chunks (or evaluate a synthetic game in tests).

use super::rng::SplitMix64;

/// The running state of the estimator.
#[derive(Clone, Debug)]
pub struct PermutationSampler {
    players: usize,
    permutations: usize,
    empty: f64,
    full: f64,
    rng: SplitMix64,
    order: Vec<usize>,
    /// Prefix position inside the current permutation (1…n−1 are evaluated).
    position: usize,
    previous: f64,
    prefix: u64,
    done: usize,
    /// Welford running mean and sum of squared deviations of each player's marginal contribution.
    mean: Vec<f64>,
    m2: Vec<f64>,
}

impl PermutationSampler {
    /// `players` ≤ 64 (coalitions are `u64` masks); `empty` = v(∅), `full` = v(N).
    pub fn new(players: usize, permutations: usize, seed: u64, empty: f64, full: f64) -> Self {
        let mut s = PermutationSampler {
            players: players.min(64),
            permutations: if players == 0 { 0 } else { permutations.max(1) },
            empty,
            full,
            rng: SplitMix64::new(seed),
            order: (0..players.min(64)).collect(),
            position: 0,
            previous: empty,
            prefix: 0,
            done: 0,
            mean: vec![0.0; players.min(64)],
            m2: vec![0.0; players.min(64)],
        };
        s.start_permutation();
        s
    }

    /// Evaluations still needed (n − 1 per remaining permutation).
    pub fn remaining_evaluations(&self) -> usize {
        if self.done >= self.permutations {
            return 0;
        }
        let per = self.players.saturating_sub(1);
        (self.permutations - self.done - 1) * per + per.saturating_sub(self.position)
    }

    pub fn is_finished(&self) -> bool {
        self.done >= self.permutations
    }

    /// The coalition whose value [`record`](Self::record) expects next, or `None` when finished.
    pub fn next_coalition(&self) -> Option<u64> {
        if self.is_finished() {
            return None;
        }
        Some(self.prefix | 1 << self.order[self.position])
    }

    /// Records v(next coalition) and moves on (finishing the permutation with v(N) when only the
    /// last player is left).
    pub fn record(&mut self, value: f64) {
        if self.is_finished() {
            return;
        }
        self.credit(value);
        if self.position == self.players - 1 {
            let full = self.full;
            self.credit(full);
            self.done += 1;
            self.start_permutation();
        }
    }

    fn credit(&mut self, value: f64) {
        let player = self.order[self.position];
        self.push(player, value - self.previous);
        self.prefix |= 1 << player;
        self.previous = value;
        self.position += 1;
    }

    /// Welford update of `player`'s running statistics with one marginal contribution.
    fn push(&mut self, player: usize, x: f64) {
        let k = (self.done + 1) as f64;
        let delta = x - self.mean[player];
        self.mean[player] += delta / k;
        self.m2[player] += delta * (x - self.mean[player]);
    }

    fn start_permutation(&mut self) {
        self.rng.shuffle(&mut self.order);
        self.position = 0;
        self.prefix = 0;
        self.previous = self.empty;
        // A single player needs no evaluation: its only prefix is N itself.
        while !self.is_finished() && self.players == 1 {
            let full = self.full;
            self.credit(full);
            self.done += 1;
            self.position = 0;
            self.prefix = 0;
            self.previous = self.empty;
        }
    }

    /// Estimates φ̂ (means over the permutations done so far).
    pub fn estimates(&self) -> Vec<f64> {
        self.mean.clone()
    }

    /// Standard errors of φ̂ (0 with fewer than two permutations).
    pub fn standard_errors(&self) -> Vec<f64> {
        let m = self.done as f64;
        self.m2.iter().map(|&s| if self.done > 1 { (s / (m - 1.0) / m).sqrt() } else { 0.0 }).collect()
    }

    pub fn permutations_done(&self) -> usize {
        self.done
    }
}

/// Runs the sampler to the end on a value function (synthetic games, tests).
pub fn sample_shapley(players: usize, permutations: usize, seed: u64, mut v: impl FnMut(u64) -> f64) -> (Vec<f64>, Vec<f64>) {
    let full = if players >= 64 { u64::MAX } else { (1u64 << players) - 1 };
    let mut s = PermutationSampler::new(players, permutations, seed, v(0), v(full));
    while let Some(mask) = s.next_coalition() {
        s.record(v(mask));
    }
    (s.estimates(), s.standard_errors())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn additive_game_is_exact_with_zero_error() {
        let w = [1.0, 2.0, -3.0, 0.5];
        let v = |m: u64| (0..4).filter(|i| m & (1 << i) != 0).map(|i| w[i]).sum::<f64>();
        let (phi, se) = sample_shapley(4, 50, 3, v);
        for i in 0..4 {
            assert!((phi[i] - w[i]).abs() < 1e-12 && se[i] < 1e-12);
        }
        let (phi, _) = sample_shapley(1, 5, 3, |m| m as f64 * 7.0);
        assert_eq!(phi, vec![7.0]);
    }

    #[test]
    fn remaining_counts_down_to_zero() {
        let mut s = PermutationSampler::new(5, 3, 9, 0.0, 1.0);
        let mut n = 0;
        while let Some(m) = s.next_coalition() {
            assert_eq!(s.remaining_evaluations(), 12 - n);
            s.record(m.count_ones() as f64 / 5.0);
            n += 1;
        }
        assert_eq!((n, s.remaining_evaluations()), (12, 0));
    }
}
