//! A `Workspace` reused across runs of different scenarios (as the Monte Carlo band and the
//! attribution do) gives the same results, bit for bit, as a fresh one: no state of an earlier run
//! (such as P11a's senior tags in the second state buffer) may leak into the next.

mod common;

use common::*;
use laegedaekning_core::levers::{LeverSetting, Scenario};
use laegedaekning_core::model::dims::YEARS;
use laegedaekning_core::model::{Baseline, Results, Workspace, run, run_into};
use proptest::prelude::*;

fn p11a(start: i32) -> Scenario {
    let mut l = LeverSetting::new("P11a", 1.0);
    l.start_year = Some(start);
    Scenario { levers: vec![l] }
}

/// A run on a workspace made for it (not `run`, which reuses the thread's workspace).
fn fresh(b: &Baseline, sc: &Scenario) -> Results {
    let r = sc.resolve_lenient();
    let mut out = Results::with_capacity(YEARS, r.ids());
    run_into(b, &r, &mut Workspace::new(b), &mut out);
    out
}

fn run_after(first: &Scenario, second: &Scenario) -> Results {
    let b = baseline();
    let mut ws = Workspace::new(b);
    let r1 = first.resolve_lenient();
    let mut out = Results::with_capacity(YEARS, r1.ids());
    run_into(b, &r1, &mut ws, &mut out);
    let r2 = second.resolve_lenient();
    let mut out = Results::with_capacity(YEARS, r2.ids());
    run_into(b, &r2, &mut ws, &mut out);
    out
}

#[test]
fn senior_tags_of_an_earlier_run_do_not_leak() {
    for late in [2030, 2031] {
        let reused = run_after(&p11a(2026), &p11a(late));
        let fresh = fresh(baseline(), &p11a(late));
        assert_eq!(format!("{:?}", reused.years), format!("{:?}", fresh.years), "P11a from {late} after P11a from 2026");
    }
}

#[test]
fn a_workspace_moves_between_baselines() {
    // The app's run() keeps one workspace per thread whatever the baseline (e.g. Monte Carlo draws).
    let mut other = baseline().clone();
    other.capacity_growth += 0.01;
    other.graduates *= 1.1;
    for sc in [Scenario::default(), p11a(2027)] {
        let r = sc.resolve_lenient();
        let mut ws = Workspace::new(baseline());
        let mut out = Results::with_capacity(YEARS, r.ids());
        run_into(baseline(), &r, &mut ws, &mut out);
        run_into(&other, &r, &mut ws, &mut out);
        assert_eq!(format!("{:?}", out.years), format!("{:?}", fresh(&other, &sc).years));
    }
}

#[test]
fn run_reuses_its_workspace_without_changing_results() {
    // `run` keeps a workspace per thread: a P11a run first, then another start year, as in the lab.
    let _ = run(baseline(), &p11a(2026));
    assert_eq!(format!("{:?}", run(baseline(), &p11a(2031)).years), format!("{:?}", fresh(baseline(), &p11a(2031)).years));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases().min(100), ..ProptestConfig::default() })]

    #[test]
    fn a_reused_workspace_gives_the_fresh_results(first in scenario(), second in scenario()) {
        let reused = run_after(&first, &second);
        let fresh = fresh(baseline(), &second);
        prop_assert_eq!(format!("{:?}", reused.years), format!("{:?}", fresh.years));
    }
}
