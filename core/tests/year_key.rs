//! The run keeps last year's lever-modified parameters while the year's `LeverYearKey` is unchanged
//! (MODEL.md §2.1, S1). These tests check that the key captures every way the year enters S1: on
//! random scenarios and on baselines with post and capacity growth, whenever two consecutive years
//! have equal keys, `apply_levers` gives the same parameters and terms bit for bit. And the reuse is
//! not vacuous: the ten-lever example keeps S1 in most of its years.

mod common;

use common::*;
use laegedaekning_core::levers::{LeverYearKey, Resolved, apply_levers};
use laegedaekning_core::model::Baseline;
use laegedaekning_core::model::dims::{FIRST_YEAR, YEARS};
use laegedaekning_core::model::params::{LeverTerms, Params};
use laegedaekning_core::Scenario;
use proptest::prelude::*;

/// S1 of year index `t`, printed with `{:?}` (which tells −0.0 from 0.0, unlike `==`).
fn s1(b: &Baseline, resolved: &Resolved, t: usize) -> String {
    let mut p: Params = b.params.clone();
    let mut terms = LeverTerms::zero();
    apply_levers(b, resolved, FIRST_YEAR + t as i32, t, &mut p, &mut terms);
    format!("{p:?}\n{terms:?}")
}

/// Years (index ≥ 1) whose key equals the previous year's, checking each against S1 itself.
fn reused_years(b: &Baseline, resolved: &Resolved) -> Result<Vec<usize>, TestCaseError> {
    let mut key = LeverYearKey::default();
    let mut reused = Vec::new();
    let mut previous = String::new();
    for t in 0..YEARS {
        let same = key.same_as_last(b, resolved, FIRST_YEAR + t as i32, t);
        let now = s1(b, resolved, t);
        if t == 0 {
            prop_assert!(!same, "the first year has nothing to reuse");
        } else if same {
            prop_assert_eq!(&now, &previous, "year index {} has last year's key but a different S1", t);
            reused.push(t);
        }
        previous = now;
    }
    Ok(reused)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases().min(300), ..ProptestConfig::default() })]

    #[test]
    fn year_key_captures_every_year_dependency(sc in scenario(), post in 0..3u8, cap in 0..3u8) {
        let mut b = baseline().clone();
        b.post_growth = [0.0, 0.01, -0.02][post as usize];
        b.capacity_growth = [b.capacity_growth, 0.0, 0.03][cap as usize];
        reused_years(&b, &sc.resolve_lenient())?;
    }
}

#[test]
fn the_ten_lever_example_reuses_s1_after_its_levers_have_started() {
    let sc: Scenario = serde_json::from_str(include_str!("../examples/ten-levers.json")).unwrap();
    let reused = reused_years(baseline(), &sc.resolve_lenient()).unwrap();
    println!("ten-lever example: S1 kept in year indices {reused:?}");
    assert!(reused.len() >= 10, "S1 kept in only {} of 15 years", reused.len());
}

#[test]
fn a_new_run_never_reuses_another_runs_s1() {
    let mut key = LeverYearKey::default();
    let sc: Scenario = serde_json::from_str(include_str!("../examples/ten-levers.json")).unwrap();
    let resolved = sc.resolve_lenient();
    let b = baseline();
    assert!(!key.same_as_last(b, &resolved, 2030, 5));
    assert!(key.same_as_last(b, &resolved, 2031, 6));
    key.invalidate();
    assert!(!key.same_as_last(b, &resolved, 2031, 6), "after invalidate the key must be recomputed");
}
