//! Benchmark of one 16-year scenario run (baseline and a 10-lever scenario), with divan.
//! Run: `cargo bench -p laegedaekning-core --bench run` — divan reports the median per run.
//! Both the allocating API (`run`) and the allocation-free loop (`run_into` with reused buffers).

use laegedaekning_core::levers::Scenario;
use laegedaekning_core::model::dims::YEARS;
use laegedaekning_core::model::{Baseline, Results, Workspace, run, run_into};
use std::sync::OnceLock;

fn main() {
    divan::main();
}

fn baseline() -> &'static Baseline {
    static B: OnceLock<Baseline> = OnceLock::new();
    B.get_or_init(|| Baseline::embedded().unwrap())
}

fn ten_levers() -> Scenario {
    serde_json::from_str(include_str!("../examples/ten-levers.json")).unwrap()
}

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
