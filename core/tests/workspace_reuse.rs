//! A `Workspace` reused across runs of different scenarios (as the Monte Carlo band and the
//! attribution do) gives the same results, bit for bit, as a fresh one: no state of an earlier run
//! (such as P11a's senior tags in the second state buffer) may leak into the next.

mod common;

use common::*;
use laegedaekning_core::levers::{LeverSetting, Scenario};
use laegedaekning_core::model::dims::YEARS;
use laegedaekning_core::model::{Results, Workspace, run_into, run};
use proptest::prelude::*;

fn p11a(start: i32) -> Scenario {
    let mut l = LeverSetting::new("P11a", 1.0);
    l.start_year = Some(start);
    Scenario { levers: vec![l] }
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
        let fresh = run(baseline(), &p11a(late));
        assert_eq!(format!("{:?}", reused.years), format!("{:?}", fresh.years), "P11a from {late} after P11a from 2026");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases().min(100), ..ProptestConfig::default() })]

    #[test]
    fn a_reused_workspace_gives_the_fresh_results(first in scenario(), second in scenario()) {
        let reused = run_after(&first, &second);
        let fresh = run(baseline(), &second);
        prop_assert_eq!(format!("{:?}", reused.years), format!("{:?}", fresh.years));
    }
}
