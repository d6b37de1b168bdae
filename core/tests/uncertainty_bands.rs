//! Properties of the Monte Carlo bands (MODEL.md §6 T17 and the band contract): determinism and
//! prefix-stable draws, ordered quantiles, exact zero "gap closed" under common random numbers
//! without levers (also with every lever at zero through the effect-draw hook, T3/T4), and the band
//! collapsing onto the deterministic run when every range is degenerate.
//!
//! Cases: `BAND_CASES` (default 8; e.g. `BAND_CASES=100 cargo test --release --test uncertainty_bands`).

mod common;

use common::{all_levers_at_zero, baseline, scenario};
use laegedaekning_core::levers::Resolved;
use laegedaekning_core::model::{Area, Headline, run_resolved};
use laegedaekning_core::model::dims::YEARS;
use laegedaekning_core::uncertainty::{Band, BandJob, BaselineCache, Spread};
use laegedaekning_core::Scenario;
use proptest::prelude::*;

fn cases() -> u32 {
    std::env::var("BAND_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(8)
}

const AREAS: [Area; 4] = [Area::Threatened, Area::Nation, Area::Other, Area::Region(1)];

fn job(resolved: &Resolved, seed: u64, area: Area, spread: Spread, draws: usize) -> BandJob {
    let mut j = BandJob::with_cache(baseline(), resolved, seed, area, spread, BaselineCache::new()).unwrap();
    j.advance(draws);
    j
}

fn assert_ordered(bands: &[Band]) {
    for b in bands {
        for t in 0..b.years.len() {
            let q = b.quantiles();
            for w in q.windows(2) {
                assert!(w[0][t] <= w[1][t], "{:?} year {}: {:?}", b.headline, b.years[t], q.map(|v| v[t]));
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    /// T17: same inputs and seed ⇒ identical bands; more draws only add draws.
    #[test]
    fn bands_are_deterministic_prefix_stable_and_ordered(
        s in scenario(), seed in any::<u64>(), k in 1usize..5, extra in 1usize..4, area in 0..AREAS.len()
    ) {
        let resolved = s.resolve_lenient();
        let area = AREAS[area];
        let short = job(&resolved, seed, area, Spread::Full, k);
        let again = job(&resolved, seed, area, Spread::Full, k);
        prop_assert_eq!(short.bands(), again.bands());
        // The longer job reuses the short one's baseline cache (CRN cache) and still agrees.
        let mut long = BandJob::with_cache(baseline(), &resolved, seed, area, Spread::Full, again.into_cache()).unwrap();
        long.advance(k);
        long.advance(extra);
        prop_assert_eq!(long.draws_done(), k + extra);
        for i in 0..k {
            prop_assert_eq!(short.draw_series(i), long.draw_series(i));
            prop_assert_eq!(short.baseline_series(i), long.baseline_series(i));
        }
        assert_ordered(&long.bands());
        assert_ordered(&long.baseline_bands());
    }
}

#[test]
fn without_levers_gap_closed_and_cost_are_exactly_zero_in_every_draw() {
    for s in [Scenario::default(), all_levers_at_zero()] {
        let (resolved, _) = s.resolve().unwrap();
        let j = job(&resolved, 7, Area::Threatened, Spread::Full, 6);
        for b in j.bands().iter().filter(|b| matches!(b.headline, Headline::GapClosed | Headline::YearlyCost)) {
            for q in b.quantiles() {
                assert!(q.iter().all(|v| *v == 0.0), "{:?}: {q:?}", b.headline);
            }
        }
        // With every lever at zero the hook leaves each draw bit-identical to the baseline (T3/T4).
        for i in 0..6 {
            assert_eq!(j.draw_series(i), j.baseline_series(i));
        }
    }
}

#[test]
fn draws_actually_spread_the_band() {
    let s: Scenario = serde_json::from_str(include_str!("../examples/ten-levers.json")).unwrap();
    let j = job(&s.resolve_lenient(), 3, Area::Threatened, Spread::Full, 8);
    // Hospital HU posts are filled in every draw (applicants exceed posts; ω^H_HS ≤ 0.075), so that
    // band is a point at 0 — a model finding, not a sampling fault.
    for b in j.bands().into_iter().filter(|b| b.headline != Headline::UnfilledHuHospital) {
        let last = YEARS - 1;
        assert!(b.p95[last] > b.p5[last], "{:?} has no spread", b.headline);
    }
}

#[test]
fn with_degenerate_ranges_the_band_is_the_deterministic_run() {
    let s: Scenario = serde_json::from_str(include_str!("../examples/ten-levers.json")).unwrap();
    let resolved = s.resolve_lenient();
    let b = baseline();
    let base = run_resolved(b, &Resolved::default(), YEARS);
    let res = run_resolved(b, &resolved, YEARS);
    for area in [Area::Threatened, Area::Nation] {
        let j = job(&resolved, 42, area, Spread::Collapsed, 3);
        for band in j.bands() {
            let exact = band.headline.series(&res, &base, area);
            for q in band.quantiles() {
                assert_eq!(q, &exact, "{:?} {area:?}", band.headline);
            }
            assert!(band.se.iter().all(|se| se.iter().all(|v| *v == 0.0)));
        }
    }
}

#[test]
fn the_stopping_rule_needs_two_batches() {
    let j = job(&Resolved::default(), 1, Area::Nation, Spread::Collapsed, 3);
    let c = j.convergence(0.01);
    assert_eq!(c.batches, 0);
    assert!(!c.converged);
}
