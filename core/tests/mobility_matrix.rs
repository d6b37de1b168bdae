//! Exact accounting of the origin × destination mobility matrices (MODEL.md §2.12, §4.1) on random
//! scenarios: in every year and stage, column sums equal the arrivals the results already report,
//! the off-diagonal in − out equals the reported per-cell net moves, and row sums equal what left each
//! origin, recomputed from the start-of-year state X_y with the year's lever-modified parameters.
//! Cases: `MOBILITY_CASES` (default 200).

mod common;

use common::*;
use laegedaekning_core::levers::apply_levers;
use laegedaekning_core::model::dims::*;
use laegedaekning_core::model::params::LeverTerms;
use laegedaekning_core::model::state::State;
use laegedaekning_core::model::{Area, Baseline, OdMatrix, Stage, YearResult, final_state, run};
use laegedaekning_core::Scenario;
use proptest::prelude::*;

fn mobility_cases() -> u32 {
    std::env::var("MOBILITY_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(200)
}

/// |a − b| within 1e-9 relative (absolute below 1 head).
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

macro_rules! check_close {
    ($a:expr, $b:expr, $($msg:tt)*) => {{
        let (a, b) = ($a, $b);
        prop_assert!(close(a, b), "{}: {} vs {}", format!($($msg)*), a, b);
    }};
}

/// Movers out of each cell in S2 (MODEL.md §2.3), recomputed from X_y: Σ_τ,a v1 · μ(a) · ξ_out.
fn specialist_movers_out(s: &State, p: &laegedaekning_core::model::params::Params) -> [f64; CELLS] {
    let mut out = [0.0; CELLS];
    for (c, o) in out.iter_mut().enumerate() {
        for t in 0..TYPES {
            for a in 0..AGES - 1 {
                let v = s.specialists[cta(c, t, a)];
                let q0 = p.retirement[t][a];
                let q = if age(a) >= 60 { (q0 * p.senior_hazard[c]).min(1.0) } else { q0 };
                let v1 = (v - v * q) * (1.0 - p.emigration[a]);
                *o += v1 * p.mobility[a] * p.out_mobility[ct(c, t)];
            }
        }
    }
    out
}

fn sum_tracks(x: &[f64; CELLS * TRACKS], c: usize) -> f64 {
    x[ck(c, AM)] + x[ck(c, HS)]
}

/// The accounting of one year `t` of a run, against X_y = `s`.
fn check_year(b: &Baseline, sc: &Scenario, t: usize, s: &State, y: &YearResult) -> Result<(), TestCaseError> {
    let mut p = b.params.clone();
    let mut terms = LeverTerms::zero();
    apply_levers(b, &sc.resolve_lenient(), y.year, t, &mut p, &mut terms);
    let [specialists, new_specialists, hu_moves, hu, kbu, intro] = Stage::ALL.map(|stage| y.mobility.matrix(stage));
    for (stage, m) in Stage::ALL.iter().zip([&specialists, &new_specialists, &hu_moves, &hu, &kbu, &intro]) {
        let flows = m.flow;
        prop_assert!(flows.iter().all(|&f| f.is_finite() && f >= -1e-12), "{stage:?} has a negative flow in {}", y.year);
    }
    let tr = &y.training;
    // S2 re-draw: rows = movers out (stays re-drawn included), net = reported net moves.
    let mo = specialist_movers_out(s, &p);
    for (c, &mo_c) in mo.iter().enumerate() {
        check_close!(specialists.row_sum(c), mo_c, "S2 movers out of {c} in {}", y.year);
        check_close!(specialists.net_inflow(c), y.specialist_net_moves[c], "S2 net moves into {c} in {}", y.year);
    }
    // S3: columns = new specialists placed; rows = completers placed from their final-HU cell.
    let mut completers = 0.0;
    for c in 0..CELLS {
        let comp: f64 = (0..TRACKS).flat_map(|k| (0..HU_YEARS).map(move |j| (k, j))).map(|(k, j)| s.hu[ckj(c, k, j)] * p.completion[k][j]).sum();
        completers += comp;
        check_close!(new_specialists.col_sum(c), sum_tracks(&y.new_specialists, c), "S3 placed in {c} in {}", y.year);
        prop_assert!(new_specialists.row_sum(c) <= comp + 1e-9 * comp.max(1.0), "S3 placed from {c} > completers");
    }
    check_close!(new_specialists.total() + y.unplaced_specialists, completers, "S3 completers in {}", y.year);
    // S4 P7: O → T of the same region only; total = reported moves.
    check_close!(hu_moves.total(), tr.moves, "P7 moves in {}", y.year);
    for (i, &f) in hu_moves.flow.iter().enumerate() {
        let (from, to) = (i / CELLS, i % CELLS);
        prop_assert!(f == 0.0 || (zone_of(from) == O && to == sibling(from)), "P7 flow {from}→{to}");
    }
    // S5 HU and S7 intro: columns = filled posts, net = reported net inflow.
    for c in 0..CELLS {
        check_close!(hu.col_sum(c), sum_tracks(&tr.hu_filled, c), "S5 filled in {c} in {}", y.year);
        check_close!(hu.net_inflow(c), sum_tracks(&tr.hu_net_inflow, c), "S5 net into {c} in {}", y.year);
        let supply: f64 = (0..TRACKS).map(|k| s.intro[ck(c, k)] * (1.0 - p.drop_intro) + s.hu_waiting[ck(c, k)]).sum();
        prop_assert!(hu.row_sum(c) <= supply + 1e-9 * supply.max(1.0), "S5 placed from {c} > applicants");
        check_close!(intro.col_sum(c), sum_tracks(&tr.intro_filled, c), "S7 filled in {c} in {}", y.year);
        check_close!(intro.net_inflow(c), sum_tracks(&tr.intro_net_inflow, c), "S7 net into {c} in {}", y.year);
    }
    // S6: rows = KBU completers after emigration and coherent enrolment.
    let completers: f64 = (0..CELLS).map(|c| s.kbu[c] * (1.0 - p.emig_graduates)).sum();
    check_close!(kbu.total() + tr.coherent, completers, "S6 KBU completers in {}", y.year);
    if tr.coherent == 0.0 {
        for c in 0..CELLS {
            check_close!(kbu.row_sum(c), s.kbu[c] * (1.0 - p.emig_graduates), "S6 completers of {c} in {}", y.year);
        }
    }
    Ok(())
}

/// Aggregation keeps totals, and an area's net inflow is the sum of its cells' net inflows.
fn check_aggregation(m: &OdMatrix) -> Result<(), TestCaseError> {
    let partitions: [Vec<Area>; 3] = [Area::five_regions().to_vec(), Area::four_regions().to_vec(), vec![Area::Threatened, Area::Other]];
    for areas in partitions {
        let agg = m.aggregate(&areas);
        check_close!(agg.flow.iter().sum::<f64>(), m.total(), "aggregate total");
        for (i, a) in areas.iter().enumerate() {
            let cells: f64 = (0..CELLS).filter(|&c| a.contains(c)).map(|c| m.net_inflow(c)).sum();
            check_close!(agg.col_sum(i) - agg.row_sum(i), cells, "net inflow of {a:?}");
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: mobility_cases(), ..ProptestConfig::default() })]

    #[test]
    fn mobility_matrices_agree_with_the_reported_flows(sc in scenario()) {
        let b = baseline();
        let res = run(b, &sc);
        let resolved = sc.resolve_lenient();
        for (t, y) in res.years.iter().enumerate() {
            let s = final_state(b, &resolved, t);
            check_year(b, &sc, t, &s, y)?;
            for stage in Stage::ALL {
                check_aggregation(&y.mobility.matrix(stage))?;
            }
        }
    }
}

#[test]
fn baseline_moves_doctors_between_cells_in_every_stage_but_p7() {
    let res = run(baseline(), &Scenario::default());
    let y = &res.years[5];
    for stage in Stage::ALL {
        let m = y.mobility.matrix(stage);
        if stage == Stage::HuMoves {
            assert_eq!(m.total(), 0.0, "P7 moves without the lever");
        } else {
            assert!(m.moved() > 0.0 && m.moved() < m.total(), "{stage:?}: moved {} of {}", m.moved(), m.total());
        }
    }
}
