//! The budget-pool portfolio (MODEL.md §4.4) and the ranking (§4.2, §4.5) on the model: spend never
//! exceeds the budget in any year (checked on an independent run of the chosen package), the
//! portfolio for a budget is a prefix of the path for any larger budget (so more budget never reduces
//! gap closed), a zero budget buys only free increments, and the ranking classifies every candidate.

mod common;

use common::{analysis_cases, baseline};
use laegedaekning_core::analysis::{GainClass, Job, Portfolio, PortfolioJob, PortfolioOptions, RankingJob, StopReason};
use laegedaekning_core::model::run;
use laegedaekning_core::Scenario;
use proptest::prelude::*;
use std::sync::OnceLock;

/// A small candidate set keeps each portfolio at ≤ 4 runs a step.
fn options(budget: f64) -> PortfolioOptions {
    PortfolioOptions {
        candidates: Some(vec!["D0".into(), "P7".into(), "P11b".into(), "H2".into()]),
        max_steps: 10,
        ..PortfolioOptions::national(budget)
    }
}

fn portfolio(o: PortfolioOptions) -> Portfolio {
    PortfolioJob::new(baseline(), o).unwrap().run_to_end(baseline())
}

/// The budget-independent path (a budget no step reaches).
fn path() -> &'static Portfolio {
    static P: OnceLock<Portfolio> = OnceLock::new();
    P.get_or_init(|| portfolio(options(1e9)))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(analysis_cases()))]

    #[test]
    fn budget_respected_and_portfolio_is_a_prefix_of_the_path(share in 0.0..1.2f64) {
        let full = path();
        let top = full.frontier.last().map_or(1.0, |p| p.max_yearly_spend);
        let budget = share * top;
        let p = portfolio(options(budget / 1e6));
        prop_assert!(p.max_yearly_spend <= budget);
        let res = run(baseline(), &p.package);
        for t in 0..res.years.len() {
            prop_assert!(res.total_cost(t) <= budget * (1.0 + 1e-12), "year {t}: {} > {budget}", res.total_cost(t));
        }
        let k = full.frontier.iter().position(|f| f.max_yearly_spend > budget).unwrap_or(full.frontier.len());
        prop_assert_eq!(&p.frontier[..], &full.frontier[..k]);
        prop_assert!(p.pv_gap_closed <= full.pv_gap_closed);
        prop_assert!((p.leftover_per_year - (budget - p.max_yearly_spend)).abs() < 1e-6);
    }
}

#[test]
fn more_budget_never_reduces_gap_closed() {
    let full = path();
    assert!(!full.frontier.is_empty());
    for w in full.frontier.windows(2) {
        assert!(w[1].pv_gap_closed > w[0].pv_gap_closed, "the path closes more gap at every step");
    }
    let spends: Vec<f64> = full.frontier.iter().map(|p| p.max_yearly_spend / 1e6).collect();
    let mut last = 0.0;
    for budget in spends {
        let p = portfolio(options(budget));
        assert!(p.pv_gap_closed >= last);
        last = p.pv_gap_closed;
    }
}

#[test]
fn zero_budget_buys_only_free_increments() {
    let p = portfolio(options(0.0));
    assert!(p.frontier.is_empty() && p.package.levers.is_empty());
    assert!(matches!(p.stop, StopReason::BudgetBinds { .. }));
    let unpriced = PortfolioOptions {
        candidates: Some(vec!["P7".into(), "H1".into(), "P10a".into()]),
        include_unpriced: true,
        max_steps: 6,
        ..PortfolioOptions::national(0.0)
    };
    let p = portfolio(unpriced);
    assert!(!p.frontier.is_empty());
    assert!(p.frontier.iter().all(|f| f.max_yearly_spend == 0.0 && f.cost_missing && f.incremental_ce == 0.0));
    assert!(p.package.levers.iter().all(|l| l.id != "P7"));
}

#[test]
fn regional_portfolio_targets_the_regions_threatened_cell() {
    let o = PortfolioOptions { region: Some("sjaelland".into()), max_steps: 3, ..options(50.0) };
    let p = portfolio(o);
    assert!(p.package.levers.iter().all(|l| l.targets == Some(vec!["sjaelland.T".to_string()])));
    assert!(PortfolioJob::new(baseline(), PortfolioOptions { region: Some("fyn".into()), ..options(1.0) }).is_err());
    assert!(PortfolioJob::new(baseline(), options(-1.0)).is_err());
    assert!(PortfolioJob::new(baseline(), options(f64::NAN)).is_err());
    assert!(PortfolioJob::new(baseline(), PortfolioOptions { candidates: Some(vec!["C2".into()]), ..options(1.0) }).is_err());
}

#[test]
fn ranking_classifies_every_candidate_and_ranks_gains_by_ce_gap() {
    let b = baseline();
    let mut job = RankingJob::new(b, &Scenario::default()).unwrap();
    let total = job.progress().total;
    while job.result().is_none() {
        job.advance(b, 10);
    }
    let r = job.result().unwrap();
    assert_eq!(total, 3 * r.levers.len());
    assert!(r.levers.iter().all(|l| !l.id.starts_with('C') && l.id != "H5"));
    let gains: Vec<_> = r.in_class(GainClass::Gain).collect();
    for (k, l) in gains.iter().enumerate() {
        assert_eq!(l.central().rank, Some(k + 1));
        assert!(l.central().pv_gap_closed_threatened > r.gain_tolerance);
    }
    for w in gains.windows(2) {
        assert!(w[0].central().ce_gap <= w[1].central().ce_gap);
    }
    for l in r.in_class(GainClass::Harmful).chain(r.in_class(GainClass::NoGain)) {
        assert!(l.central().ce_gap.is_none() && l.central().rank.is_none());
    }
    assert!(r.levers.iter().filter(|l| l.cost_missing).all(|l| l.central().pv_cost == 0.0));
}
