//! T15 on synthetic cooperative games (MODEL.md §6): exact Shapley values are efficient
//! (Σφ = v(N) − v(∅)), symmetric players get equal values, a dummy player gets 0, and the sampled
//! permutation estimator agrees with the exact values within its reported standard error.

use laegedaekning_core::analysis::permutation_sampler::sample_shapley;
use laegedaekning_core::analysis::subset_game::SubsetTable;
use proptest::prelude::*;

/// A random game on 1…8 players: arbitrary values for every coalition (v(∅) need not be 0).
fn game() -> impl Strategy<Value = SubsetTable> {
    (1usize..=8).prop_flat_map(|n| {
        proptest::collection::vec(-100.0..100.0f64, 1 << n).prop_map(move |values| SubsetTable { players: n, values })
    })
}

fn scale(t: &SubsetTable) -> f64 {
    t.values.iter().fold(1.0f64, |m, v| m.max(v.abs()))
}

/// Swaps the bits of players `i` and `j` in `mask`.
fn swap(mask: u64, i: usize, j: usize) -> u64 {
    let (bi, bj) = (mask >> i & 1, mask >> j & 1);
    (mask & !(1 << i | 1 << j)) | bi << j | bj << i
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn efficiency(t in game()) {
        let phi = t.shapley();
        let full = (1u64 << t.players) - 1;
        let lhs: f64 = phi.iter().sum();
        prop_assert!((lhs - (t.value(full) - t.value(0))).abs() <= 1e-9 * scale(&t), "{lhs} vs {}", t.value(full) - t.value(0));
    }

    #[test]
    fn symmetric_players_get_equal_values(t in game().prop_filter("two players", |t| t.players >= 2), pick in any::<(usize, usize)>()) {
        let n = t.players;
        let (i, j) = (pick.0 % n, (pick.0 % n + 1 + pick.1 % (n - 1)) % n);
        // Symmetrise: v(S) := v(S) + v(swap_ij(S)), so that swapping i and j leaves v unchanged.
        let sym = SubsetTable { players: n, values: (0..1u64 << n).map(|m| t.value(m) + t.value(swap(m, i, j))).collect() };
        let phi = sym.shapley();
        prop_assert!((phi[i] - phi[j]).abs() <= 1e-9 * scale(&sym), "φ{i} = {} vs φ{j} = {}", phi[i], phi[j]);
    }

    #[test]
    fn dummy_player_gets_zero(t in game(), d in any::<usize>()) {
        let d = d % t.players;
        // v(S) := v(S ∖ d): player d never changes anything.
        let dummy = SubsetTable { players: t.players, values: (0..1u64 << t.players).map(|m| t.value(m & !(1 << d))).collect() };
        let phi = dummy.shapley();
        prop_assert_eq!(phi[d], 0.0);
        prop_assert!(dummy.interactions()[d].iter().all(|&x| x.abs() <= 1e-12 * scale(&dummy)));
    }

    #[test]
    fn sampled_estimator_matches_exact_within_its_error(t in game(), seed in any::<u64>()) {
        let exact = t.shapley();
        let (estimate, se) = sample_shapley(t.players, 400, seed, |m| t.value(m));
        for i in 0..t.players {
            // 5 standard errors: a false alarm has probability ≈ 6e-7 per player.
            prop_assert!((estimate[i] - exact[i]).abs() <= 5.0 * se[i] + 1e-9 * scale(&t),
                "player {i}: {} vs exact {} (s.e. {})", estimate[i], exact[i], se[i]);
        }
        let full = (1u64 << t.players) - 1;
        let sum: f64 = estimate.iter().sum();
        prop_assert!((sum - (t.value(full) - t.value(0))).abs() <= 1e-9 * scale(&t));
    }
}
