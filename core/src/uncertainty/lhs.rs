//! Prefix-stable Latin-hypercube sampling (MODEL.md §5.2, §6 T17).
//!
//! Draws come in fixed-size batches (250 by default, `uncertainty.json` `batch_size`). Batch b of
//! seed s is one Latin hypercube: in every column j, the draws of the batch fall one each into the B
//! strata [k/B, (k+1)/B), in the order of a permutation π_{s,b,j} (Fisher–Yates on xoshiro256**
//! keyed by (s, b, j)), at a jitter inside the stratum keyed by (s, b, j, k). So
//!
//! * draw i is fully determined by (s, i): batch i / B, position i % B — never by the total count;
//! * asking for more draws only adds draws (the first k are identical), and every complete batch is
//!   stratified in each margin; a final partial batch is a prefix of its hypercube (still uniform).
//!
//! Memory: one batch's permutations, columns × B integers.

use super::rng::{Xoshiro256, key, unit_open};

/// Domain separators of the random streams.
const PERMUTATION: u64 = 1;
const JITTER: u64 = 2;

/// The Latin hypercube of one seed, with the current batch's strata cached.
#[derive(Clone, Debug)]
pub struct LatinHypercube {
    seed: u64,
    batch_size: usize,
    columns: usize,
    /// The batch whose permutations `strata` holds.
    batch: Option<usize>,
    /// strata[j * batch_size + k] = π_j(k).
    strata: Vec<u32>,
}

impl LatinHypercube {
    /// A hypercube of `columns` uniforms per draw in batches of `batch_size` (≥ 1).
    pub fn new(seed: u64, batch_size: usize, columns: usize) -> Self {
        let batch_size = batch_size.max(1);
        LatinHypercube { seed, batch_size, columns, batch: None, strata: vec![0; batch_size * columns] }
    }

    pub fn columns(&self) -> usize {
        self.columns
    }

    pub fn batch_size(&self) -> usize {
        self.batch_size
    }

    /// Writes the `columns` uniforms of draw `i` (each in (0, 1)) into `out`.
    pub fn draw_into(&mut self, i: usize, out: &mut [f64]) {
        let (b, k) = (i / self.batch_size, i % self.batch_size);
        if self.batch != Some(b) {
            self.permute(b);
        }
        let n = self.batch_size as f64;
        for (j, u) in out.iter_mut().enumerate().take(self.columns) {
            let jitter = unit_open(key(&[self.seed, b as u64, j as u64, k as u64, JITTER]));
            let stratum = self.strata[j * self.batch_size + k] as f64;
            // (π + jitter) / B can round up to 1.0 in the top stratum; keep it inside (0, 1).
            *u = ((stratum + jitter) / n).min(1.0 - f64::EPSILON / 2.0);
        }
    }

    /// Fills the permutations of batch `b`.
    fn permute(&mut self, b: usize) {
        let n = self.batch_size;
        for j in 0..self.columns {
            let mut rng = Xoshiro256::from_key(key(&[self.seed, b as u64, j as u64, PERMUTATION]));
            let column = &mut self.strata[j * n..(j + 1) * n];
            for (k, v) in column.iter_mut().enumerate() {
                *v = k as u32;
            }
            for k in (1..n).rev() {
                let other = rng.below(k as u32 + 1) as usize;
                column.swap(k, other);
            }
        }
        self.batch = Some(b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_complete_batch_fills_every_stratum_once_per_column() {
        let mut lhs = LatinHypercube::new(7, 50, 3);
        let mut u = [0.0; 3];
        for batch in 0..2 {
            let mut seen = [[false; 50]; 3];
            for k in 0..50 {
                lhs.draw_into(batch * 50 + k, &mut u);
                for j in 0..3 {
                    assert!(u[j] > 0.0 && u[j] < 1.0);
                    let s = (u[j] * 50.0) as usize;
                    assert!(!seen[j][s], "stratum {s} twice in column {j}");
                    seen[j][s] = true;
                }
            }
        }
    }

    #[test]
    fn a_draw_depends_only_on_seed_and_index() {
        let (mut a, mut b) = (LatinHypercube::new(42, 10, 4), LatinHypercube::new(42, 10, 4));
        let (mut x, mut y) = ([0.0; 4], [0.0; 4]);
        b.draw_into(25, &mut y); // visit another batch first
        for i in [3, 17, 3, 25] {
            a.draw_into(i, &mut x);
            b.draw_into(i, &mut y);
            assert_eq!(x, y);
        }
        let mut other_seed = LatinHypercube::new(43, 10, 4);
        other_seed.draw_into(25, &mut y);
        assert_ne!(x, y);
    }
}
