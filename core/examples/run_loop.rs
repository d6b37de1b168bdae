//! Runs one scenario many times with `run_into` and reused buffers, for profilers such as
//! `perf record -g` (the divan benchmark spends a short profile mostly in its own setup).
//!
//! `cargo build --profile bench -p laegedaekning-core --example run_loop`, then
//! `perf record -g target/release/examples/run_loop [baseline|ten-levers|SCENARIO.json] [runs]` (default: ten-levers, 20,000).

use laegedaekning_core::levers::Scenario;
use laegedaekning_core::model::dims::YEARS;
use laegedaekning_core::model::{Baseline, Results, Workspace, run_into};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let scenario: Scenario = match args.get(1).map(String::as_str) {
        Some("baseline") => Scenario::default(),
        Some(path) if path.ends_with(".json") => serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap(),
        _ => serde_json::from_str(include_str!("ten-levers.json")).unwrap(),
    };
    let runs: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(20_000);
    let b = Baseline::embedded().unwrap();
    let (resolved, _) = scenario.resolve().unwrap();
    let mut ws = Workspace::new(&b);
    let mut out = Results::with_capacity(YEARS, resolved.ids());
    let start = Instant::now();
    for _ in 0..runs {
        run_into(std::hint::black_box(&b), &resolved, &mut ws, &mut out);
    }
    let per_run = start.elapsed().as_secs_f64() / runs as f64;
    println!("{runs} runs, {:.4} ms per run (mean)", per_run * 1e3);
}
