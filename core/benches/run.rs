//! Benchmark of one 16-year scenario run (baseline and a 10-lever scenario), with divan.
//! Run: `cargo bench -p laegedaekning-core --bench run` — divan reports the median per run.
//! Both the allocating API (`run`) and the allocation-free loop (`run_into` with reused buffers).
//!
//! The bench profile inherits the workspace release profile (opt-level "z", the wasm profile). For
//! opt-level 3: `CARGO_PROFILE_BENCH_OPT_LEVEL=3 cargo bench -p laegedaekning-core --bench run`.
//! Medians measured 2026-11-25 on the shared 2-core machine (target ≤ 0.1 ms; not met):
//!
//! | opt-level | `baseline_run` | `ten_lever_run` |
//! |---|---|---|
//! | "z" (default) | 0.230 ms | 0.381 ms |
//! | 3 | 0.129 ms | 0.198 ms |
//!
//! (Before the `perf` branch: 0.278 / 0.544 ms at "z", 0.128 / 0.256 ms at 3.) For a profile, loop
//! longer than this bench does: `examples/run_loop.rs`.

use laegedaekning_core::levers::Scenario;
use laegedaekning_core::model::dims::YEARS;
use laegedaekning_core::model::{Results, Workspace, run, run_into};

fn main() {
    divan::main();
}

mod common;
use common::{baseline, ten_levers};

#[divan::bench]
fn baseline_run() -> Results {
    run(divan::black_box(baseline()), &Scenario::default())
}

#[divan::bench]
fn ten_lever_run() -> Results {
    run(divan::black_box(baseline()), &ten_levers())
}

#[divan::bench]
fn ten_lever_run_into_reused_buffers(bencher: divan::Bencher) {
    let b = baseline();
    let (resolved, _) = ten_levers().resolve().unwrap();
    let mut ws = Workspace::new(b);
    let mut out = Results::with_capacity(YEARS, resolved.ids());
    bencher.bench_local(|| {
        run_into(divan::black_box(b), &resolved, &mut ws, &mut out);
    });
}
