//! Cooperative-game arithmetic on a table of subset values (MODEL.md §4.3, §6 T15): exact Shapley
//! values, one-at-a-time and leave-one-out contributions, and pairwise interactions. Generic over the
//! value function, so it is tested on synthetic games as well as on model runs.
//!
//! Players are numbered 0…n−1; a coalition is a bit mask (bit i = player i). `values[mask]` is
//! v(mask); contributions are reported relative to v(∅).

/// Largest number of players for which a full subset table (2^n values) is built.
pub const MAX_EXACT_PLAYERS: usize = 20;

/// v(S) for every coalition S of `n` players.
#[derive(Clone, Debug, PartialEq)]
pub struct SubsetTable {
    pub players: usize,
    pub values: Vec<f64>,
}

impl SubsetTable {
    /// Evaluates `v` on all 2^n coalitions, in mask order. `None` when n > [`MAX_EXACT_PLAYERS`].
    pub fn from_fn(players: usize, mut v: impl FnMut(u64) -> f64) -> Option<SubsetTable> {
        if players > MAX_EXACT_PLAYERS {
            return None;
        }
        let values = (0..1u64 << players).map(&mut v).collect();
        Some(SubsetTable { players, values })
    }

    fn full(&self) -> u64 {
        (1u64 << self.players) - 1
    }

    pub fn value(&self, mask: u64) -> f64 {
        self.values[mask as usize]
    }

    /// Exact Shapley values φ_i = Σ_{S ∌ i} |S|!(n−|S|−1)!/n! · (v(S ∪ i) − v(S)).
    pub fn shapley(&self) -> Vec<f64> {
        let n = self.players;
        let weights = shapley_weights(n);
        let mut phi = vec![0.0; n];
        for mask in 0..=self.full() {
            let size = mask.count_ones() as usize;
            if size == n {
                continue;
            }
            let base = self.value(mask);
            let w = weights[size];
            for (i, p) in phi.iter_mut().enumerate() {
                if mask & (1 << i) == 0 {
                    *p += w * (self.value(mask | 1 << i) - base);
                }
            }
        }
        phi
    }

    /// Stand-alone contributions v({i}) − v(∅).
    pub fn one_at_a_time(&self) -> Vec<f64> {
        (0..self.players).map(|i| self.value(1 << i) - self.value(0)).collect()
    }

    /// Marginal contributions inside the grand coalition: v(N) − v(N ∖ i).
    pub fn leave_one_out(&self) -> Vec<f64> {
        let full = self.full();
        (0..self.players).map(|i| self.value(full) - self.value(full & !(1 << i))).collect()
    }

    /// Pairwise interactions I_ij = v(i ∪ j) − v(i) − v(j) + v(∅), an n × n symmetric matrix with a
    /// zero diagonal.
    pub fn interactions(&self) -> Vec<Vec<f64>> {
        interaction_matrix(self.players, |mask| self.value(mask))
    }
}

/// The weights |S|!(n−|S|−1)!/n! by coalition size |S| = 0…n−1, computed as 1/(n·C(n−1, s)) in
/// floating point (no factorial overflow).
pub fn shapley_weights(n: usize) -> Vec<f64> {
    let mut w = Vec::with_capacity(n);
    let mut binom = 1.0f64; // C(n−1, s)
    for s in 0..n {
        w.push(1.0 / (n as f64 * binom));
        binom = binom * (n - 1 - s) as f64 / (s + 1) as f64;
    }
    w
}

/// I_ij from a value function on singletons, pairs and ∅.
pub fn interaction_matrix(n: usize, mut v: impl FnMut(u64) -> f64) -> Vec<Vec<f64>> {
    let empty = v(0);
    let single: Vec<f64> = (0..n).map(|i| v(1 << i)).collect();
    let mut m = vec![vec![0.0; n]; n];
    for i in 0..n {
        for j in i + 1..n {
            let x = v(1 << i | 1 << j) - single[i] - single[j] + empty;
            m[i][j] = x;
            m[j][i] = x;
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glove_game() {
        // Players 0 and 1 hold left gloves, player 2 a right glove: v = 1 for a pair.
        let t = SubsetTable::from_fn(3, |m| if m & 4 != 0 && m & 3 != 0 { 1.0 } else { 0.0 }).unwrap();
        let phi = t.shapley();
        assert!((phi[0] - 1.0 / 6.0).abs() < 1e-12 && (phi[1] - 1.0 / 6.0).abs() < 1e-12);
        assert!((phi[2] - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(t.interactions()[0][2], 1.0);
        assert_eq!(t.interactions()[0][1], 0.0);
        assert_eq!(t.leave_one_out(), vec![0.0, 0.0, 1.0]);
        assert!(shapley_weights(1) == vec![1.0]);
    }
}
