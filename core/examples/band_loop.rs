//! A long Monte Carlo band for `perf record` (divan's setup dominates short profiles):
//! `cargo build --release -p laegedaekning-core --example band_loop && perf record -g target/release/examples/band_loop 2000`.

use laegedaekning_core::model::{Area, Baseline};
use laegedaekning_core::uncertainty::BandJob;
use laegedaekning_core::Scenario;

fn main() {
    let draws: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(2000);
    let b = Baseline::embedded().unwrap();
    let scenario: Scenario = serde_json::from_str(include_str!("ten-levers.json")).unwrap();
    let (resolved, _) = scenario.resolve().unwrap();
    let started = std::time::Instant::now();
    let mut job = BandJob::new(&b, &resolved, 42, Area::Threatened).unwrap();
    job.advance(draws);
    let cold = started.elapsed();
    let cache = job.into_cache();
    let started = std::time::Instant::now();
    let mut job = BandJob::with_cache(&b, &resolved, 42, Area::Threatened, laegedaekning_core::uncertainty::spread::Spread::Full, cache).unwrap();
    job.advance(draws);
    let warm = started.elapsed();
    let t = std::time::Instant::now();
    let bands = job.bands();
    println!("{draws} draws: cold {cold:.2?}, warm {warm:.2?}, bands() {:.2?} ({} bands)", t.elapsed(), bands.len());
}
