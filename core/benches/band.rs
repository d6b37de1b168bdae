//! Benchmark of a 1,000-draw Monte Carlo band for the 10-lever example (threatened areas), with the
//! baseline cache cold (two model runs per draw) and warm (one run per draw, the app's case after the
//! first band), plus one 25-draw chunk (what the app runs between animation frames).
//! Run: `cargo bench -p laegedaekning-core --bench band` — divan reports the median per band.

use laegedaekning_core::levers::{Resolved, Scenario};
use laegedaekning_core::model::Area;
use laegedaekning_core::uncertainty::{Band, BandJob, BaselineCache, Spread};
use std::sync::OnceLock;

const DRAWS: usize = 1000;

fn main() {
    divan::main();
}

mod common;
use common::baseline;

fn ten_levers() -> Resolved {
    let s: &Scenario = common::ten_levers();
    s.resolve().unwrap().0
}

/// A cache holding the baseline series of the first `DRAWS` draws of seed 42, threatened areas.
fn warm_cache() -> &'static BaselineCache {
    static C: OnceLock<BaselineCache> = OnceLock::new();
    C.get_or_init(|| {
        let mut job = BandJob::new(baseline(), &Resolved::default(), 42, Area::Threatened).unwrap();
        job.advance(DRAWS);
        job.into_cache()
    })
}

fn band(cache: BaselineCache, scenario: &Resolved, draws: usize) -> Vec<Band> {
    let mut job = BandJob::with_cache(baseline(), scenario, 42, Area::Threatened, Spread::Full, cache).unwrap();
    job.advance(draws);
    job.bands()
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn band_1000_draws_cold_cache(bencher: divan::Bencher) {
    let scenario = ten_levers();
    bencher.bench_local(|| band(BaselineCache::new(), divan::black_box(&scenario), DRAWS));
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn band_1000_draws_warm_cache(bencher: divan::Bencher) {
    let scenario = ten_levers();
    let cache = warm_cache();
    bencher.with_inputs(|| cache.clone()).bench_local_values(|c| band(c, divan::black_box(&scenario), DRAWS));
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn chunk_of_25_draws_warm_cache(bencher: divan::Bencher) {
    let scenario = ten_levers();
    let cache = warm_cache();
    bencher.with_inputs(|| cache.clone()).bench_local_values(|c| band(c, divan::black_box(&scenario), 25));
}
