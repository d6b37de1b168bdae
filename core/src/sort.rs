//! A stable insertion sort for the short lists the app sorts (levers, lever pairs, chart bars).
//!
//! `slice::sort_by` inlines a full driftsort (≈3.5 KB of wasm) at every call site with its own
//! element type and comparator; this one is ≈0.2 KB per site. For the lengths it is used on (at most
//! a few hundred elements) the quadratic worst case does not matter, and for lists of up to 20
//! elements std itself sorts by insertion. Stability makes the result identical to `sort_by`'s for
//! any comparator that is a total preorder: equal elements keep their order, the rest is determined.
//! Long lists (Monte Carlo draws, storage keys) keep std's sorts.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, like `v.sort_by(cmp)`; meant for short slices.
pub fn stable_sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Same order as std's stable sort, including the order of equal keys.
        #[test]
        fn matches_std_stable_sort(keys in proptest::collection::vec(0u8..6, 0..60)) {
            let tagged: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            let mut ours = tagged.clone();
            stable_sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            let mut std_sorted = tagged;
            std_sorted.sort_by(|a, b| b.0.cmp(&a.0));
            prop_assert_eq!(ours, std_sorted);
        }
    }

    #[test]
    fn floats_by_total_cmp() {
        let mut v = [2.5, -1.0, 0.0, -0.0, 7.0];
        stable_sort_by(&mut v, f64::total_cmp);
        assert_eq!(v.map(f64::to_bits), [-1.0, -0.0, 0.0, 2.5, 7.0].map(f64::to_bits));
    }
}
