//! Invariants of MODEL.md §6 on random scenarios (proptest): T1 conservation, T2 non-negativity and
//! bounds, T4 inactive levers, T13 aggregation, T16 commutativity, T19 FTE bound; plus T3 (all levers
//! at zero) and T7 (costs). Cases: `INVARIANT_CASES` (default 1,000; heavy mode
//! `INVARIANT_CASES=10000 cargo test -p laegedaekning-core --release --test invariants`).

mod common;

use common::*;
use laegedaekning_core::levers::{Catalogue, LeverSetting};
use laegedaekning_core::model::dims::*;
use laegedaekning_core::model::{Area, Results, final_state, run};
use laegedaekning_core::Scenario;
use proptest::prelude::*;

/// Bit-identical comparison of the yearly series (NaN-safe through the Debug representation).
fn same_years(a: &Results, b: &Results) -> bool {
    a.years == b.years || format!("{:?}", a.years) == format!("{:?}", b.years)
}

fn check_run(res: &Results) -> Result<(), TestCaseError> {
    for y in &res.years {
        // T1: exact ledger.
        let err = y.ledger.relative_error(y.heads_before, y.heads_after);
        prop_assert!(err < 1e-12, "T1 conservation error {err:e} in {}", y.year);
        // T2: non-negative stocks, bounds, tags ≤ stocks.
        for c in 0..CELLS {
            for v in [y.kbu[c], y.pool[c], y.outside[c], y.population[c]] {
                prop_assert!(v > -1e-9, "T2 negative stock {v} in {}", y.year);
            }
            for t in 0..TYPES {
                prop_assert!(y.heads[ct(c, t)] > -1e-9, "T2 negative specialists");
                prop_assert!(y.fte.total[ct(c, t)] >= 0.0, "T2 FTE below the floor");
            }
            for k in 0..TRACKS {
                let i = ck(c, k);
                prop_assert!(y.intro[i] > -1e-9 && y.hu[i] > -1e-9 && y.hu_waiting[i] > -1e-9);
                let tr = &y.training;
                prop_assert!(tr.hu_filled[i] <= tr.hu_posts[i] + 1e-9, "T2 HU filled > posts");
                prop_assert!(tr.intro_filled[i] <= tr.intro_posts[i] + 1e-9, "T2 intro filled > posts");
                prop_assert!(tr.hu_filled[i] > -1e-12 && tr.intro_filled[i] > -1e-12);
            }
            let ci = y.kpis.coverage_index[c];
            prop_assert!((0.0..=1.0 + 1e-12).contains(&ci), "T2 CI {ci} outside [0,1]");
            // T19: FTE ≤ heads · max φ + transfers in (max φ = 1, trainees at θ ≤ 1, s_GP ≤ 1).
            let heads: f64 = (0..TYPES).map(|t| y.heads[ct(c, t)]).sum::<f64>()
                + y.kbu[c]
                + (0..TRACKS).map(|k| y.intro[ck(c, k)] + y.hu[ck(c, k)]).sum::<f64>();
            let fte: f64 = (0..TYPES).map(|t| y.fte.total[ct(c, t)]).sum();
            prop_assert!(fte <= heads + y.fte_transfers_in[c] + 1e-9, "T19 FTE {fte} > bound {heads}");
        }
        prop_assert!(y.tag_excess < 1e-9, "T2 tag exceeds its stock by {}", y.tag_excess);
        // T1 (per step): internal transfers net to zero — specialist mobility and both matchings.
        let moves: f64 = y.specialist_net_moves.iter().sum();
        let intro: f64 = y.training.intro_net_inflow.iter().sum();
        let hu: f64 = y.training.hu_net_inflow.iter().sum();
        for net in [moves, intro, hu] {
            prop_assert!(net.abs() < 1e-9, "T1 internal transfers do not net to zero: {net}");
        }
    }
    // T13: aggregation consistency (also of costs: lever totals = payer totals).
    for t in 0..res.years.len() {
        let by_payer: f64 = res.cost_by_payer(t).iter().sum();
        prop_assert!((by_payer - res.total_cost(t)).abs() <= 1e-9 * by_payer.abs().max(1.0));
        let ost = res.area(t, Area::Ostdanmark);
        let (h, sj) = (res.area(t, Area::Region(0)), res.area(t, Area::Region(1)));
        let nation = res.area(t, Area::Nation);
        let regions: f64 = Area::five_regions().iter().map(|&r| res.area(t, r).fte_gp).sum();
        let cells: f64 = (0..CELLS).map(|c| res.area(t, Area::Cell(c)).fte_gp).sum();
        prop_assert!((ost.fte_hsp - h.fte_hsp - sj.fte_hsp).abs() <= 1e-9 * ost.fte_hsp.max(1.0));
        prop_assert!((ost.population - h.population - sj.population).abs() <= 1e-6);
        prop_assert!((nation.fte_gp - regions).abs() <= 1e-9 * nation.fte_gp);
        prop_assert!((nation.fte_gp - cells).abs() <= 1e-9 * nation.fte_gp);
        let four: f64 = Area::four_regions().iter().map(|&r| res.area(t, r).gap_fte).sum();
        prop_assert!((nation.gap_fte - four).abs() <= 1e-9 * nation.gap_fte.max(1.0));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    /// T1, T2, T13, T19 on a random scenario; T4 (an extra lever at intensity 0 changes nothing) and
    /// T16 (reversed lever order gives bit-identical results) on the same scenario.
    #[test]
    fn random_scenarios_keep_the_invariants(sc in scenario(), extra in lever_setting()) {
        let b = baseline();
        let res = run(b, &sc);
        check_run(&res)?;
        // T2 on every single stock of the final state (not only the aggregates of the results).
        let end = final_state(b, &sc.resolve_lenient(), YEARS);
        let mut worst = 0.0f64;
        end.for_each_value(|_, v| worst = worst.min(v));
        prop_assert!(worst > -1e-9, "T2: a stock is negative ({worst})");
        let mut with_zero = sc.clone();
        with_zero.levers.push(LeverSetting { intensity: 0.0, tracks: extra.tracks.map(|_| [0.0; TRACKS]), ..extra });
        prop_assert!(same_years(&res, &run(b, &with_zero)), "T4: an inactive lever changed the run");
        let mut reversed = sc.clone();
        reversed.levers.reverse();
        let rev = run(b, &reversed);
        prop_assert!(same_years(&res, &rev), "T16: lever order changed the run");
        prop_assert_eq!(&res.costs, &rev.costs);
    }
}

#[test]
fn t3_every_lever_at_zero_is_bit_identical_to_the_baseline() {
    let b = baseline();
    let base = run(b, &Scenario::default());
    let zero = run(b, &all_levers_at_zero());
    assert!(same_years(&base, &zero));
    assert!(zero.costs.iter().all(|&c| c == 0.0));
    check_run(&base).unwrap();
}

#[test]
fn t7_costs_are_non_negative_zero_at_zero_and_non_decreasing() {
    let b = baseline();
    for lever in &Catalogue::embedded().levers {
        let mut last: f64 = 0.0;
        for step in 0..=10 {
            let r = &lever.intensity;
            let i = r.min + (r.max - r.min) * step as f64 / 10.0;
            let res = run(b, &Scenario { levers: vec![LeverSetting::new(&lever.id, i)] });
            let pv: f64 = (0..res.years.len()).map(|t| res.total_cost(t)).sum();
            assert!(pv >= 0.0, "{}: negative cost", lever.id);
            if i == 0.0 {
                assert_eq!(pv, 0.0, "{}: cost at zero intensity", lever.id);
            }
            assert!(pv >= last - 1e-6 * last.abs(), "{}: cost falls from {last} to {pv} at I = {i}", lever.id);
            last = pv;
        }
    }
}
