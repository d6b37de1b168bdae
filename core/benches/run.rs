//! Benchmark of one 16-year scenario run (baseline and a 10-lever scenario), with divan.
//! Run: `cargo bench -p laegedaekning-core --bench run` — divan reports the median per run.
//! Both the allocating API (`run`) and the allocation-free loop (`run_into` with reused buffers).
//!
//! The bench profile builds core at opt-level 3 (root `Cargo.toml`: the target is a native figure).
//! The wasm bundle builds core at "s": `cargo bench --config
//! 'profile.bench.package.laegedaekning-core.opt-level="s"' -p laegedaekning-core --bench run`.
//! Medians measured on the shared 2-core machine (target ≤ 0.1 ms). The fourth session's rows are
//! after S1 reuse across years (`LeverYearKey`), the one-pass re-draw (`add_scaled_lanes`), exit
//! lanes in the ageing loop, `run()`'s per-thread workspace, max/min as branches (`math::MinMax`),
//! the fused municipal switching, lever cost by kind, and the scenario parsed once per bench instead
//! of per iteration:
//!
//! | 2026-11-25 | `baseline_run` | `ten_lever_run` | `…_reused_buffers` |
//! |---|---|---|---|
//! | third session, opt 3 | 0.097 ms | 0.125 ms | 0.118 ms |
//! | fourth session, mid-session | 0.091 ms | 0.113 ms | 0.108 ms |
//! | fourth session, end, quiet machine | 0.080–0.081 ms | 0.097–0.099 ms | 0.094–0.095 ms |
//! | fourth session, end, loaded by other jobs | 0.086–0.097 ms | 0.106–0.109 ms | 0.102 ms |
//! | fifth session, start (5a5d546), load ≈ 1.8 | 0.085–0.090 ms | 0.104 ms | 0.099–0.101 ms |
//! | **fifth session, end, load ≈ 1.7–1.9** | **0.076–0.080 ms** | **0.091–0.095 ms** | **0.090–0.093 ms** |
//!
//! The fifth session's rows (the same load, runs of the two commits interleaved) are after the cache-line
//! aligned `State` layout, the senior window starting at A60, region-only KPI sums and the one-pass
//! `resolve_lenient`; the rejected attempts and their measured effects are listed in
//! MODEL-DECISIONS.md ("Performance").
//! Fourth session, CPU time: `perf stat -x, -e task-clock` on `target/release/examples/run_loop
//! ten-levers N` for N = 1000 and 4000, (T₄₀₀₀ − T₁₀₀₀) / 3000: 85–96 µs (baseline 76–79 µs).
//! The machine's load moves these by ±10 %; for A/B comparisons use `examples/run_loop.rs`
//! interleaved (20–40 alternations of 800 runs), min and 10th percentile. The P11a senior tags cost
//! most of the gap between the two runs (P11a alone ≈ +15 µs at opt 3, another lever ≈ +1–3 µs).
//! For a profile, loop longer than this bench does: `examples/run_loop.rs`.

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
    run(divan::black_box(baseline()), ten_levers())
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
