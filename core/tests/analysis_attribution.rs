//! T15 on the model (MODEL.md §6, §4.3): exact Shapley values of random small packages are
//! efficient for every metric; the same lever entered twice (identical settings) makes two symmetric
//! players with equal values; the sampled path agrees with the exact one where both are exact
//! (one-at-a-time, leave-one-out, interactions, efficiency); advancing in chunks gives the same
//! result as one go; context levers are background, not players. Cases: `ANALYSIS_CASES`.

mod common;

use common::{analysis_cases, baseline};
use laegedaekning_core::analysis::{AttributionJob, AttributionOptions, Job, Metric, ShapleyMethod};
use laegedaekning_core::levers::{Catalogue, LeverSetting, Setting};
use laegedaekning_core::model::{Area, Headline, compare, run};
use laegedaekning_core::Scenario;
use proptest::prelude::*;

/// Levers with visible effects in T at modest run cost (a mix of attractiveness, posts and retention).
const POOL: [&str; 10] = ["D0", "P3", "P4", "P7", "P8", "P9", "P11a", "P11b", "H2", "M4"];

fn setting(id: &str, share: f64) -> LeverSetting {
    let r = &Catalogue::embedded().get(id).map(|(_, l)| l.intensity.clone()).expect("lever in catalogue");
    LeverSetting { setting: Setting::Central, ..LeverSetting::new(id, r.min + share * (r.max - r.min)) }
}

/// 2–4 distinct levers at random intensities (at least 5 % of the range).
fn package() -> impl Strategy<Value = Scenario> {
    proptest::sample::subsequence(POOL.to_vec(), 2..=4).prop_flat_map(|ids| {
        proptest::collection::vec(0.05..=1.0f64, ids.len())
            .prop_map(move |shares| Scenario { levers: ids.iter().zip(shares).map(|(id, s)| setting(id, s)).collect() })
    })
}

fn metric() -> impl Strategy<Value = Metric> {
    prop_oneof![
        Just(Metric::default()),
        Just(Metric::Fte(Area::Threatened)),
        Just(Metric::FlaggedPopulationYears),
        Just(Metric::PvCost),
        Just(Metric::Headline { kpi: Headline::SpecialistDensity, year: 2035, area: Area::Region(1) }),
        Just(Metric::Headline { kpi: Headline::GapClosed, year: 2040, area: Area::Nation }),
    ]
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(analysis_cases()))]

    #[test]
    fn exact_shapley_is_efficient_on_model_packages(p in package(), m in metric()) {
        let b = baseline();
        let a = AttributionJob::new(b, &p, m).unwrap().run_to_end(b);
        prop_assert_eq!(a.method, ShapleyMethod::Exact);
        prop_assert_eq!(a.players.len(), p.levers.len());
        let sum: f64 = a.shapley.iter().sum();
        prop_assert!(close(sum, a.package_value), "Σφ = {sum} vs v(P) − v(∅) = {}", a.package_value);
        if m == Metric::default() {
            let d = compare(&run(b, &Scenario::default()), &run(b, &p), b.discount_rate);
            prop_assert!(close(a.package_value, d.pv_gap_closed_threatened));
        }
    }

    #[test]
    fn a_lever_entered_twice_makes_two_symmetric_players(p in package()) {
        let b = baseline();
        let mut twice = p.clone();
        twice.levers.push(p.levers[0].clone());
        let a = AttributionJob::new(b, &twice, Metric::default()).unwrap().run_to_end(b);
        let ids: Vec<usize> = (0..a.players.len()).filter(|&i| a.players[i].id == p.levers[0].id).collect();
        prop_assert_eq!(ids.len(), 2);
        let (x, y) = (a.shapley[ids[0]], a.shapley[ids[1]]);
        prop_assert!(close(x, y), "φ = {x} vs {y}");
        prop_assert!(close(a.one_at_a_time[ids[0]], a.one_at_a_time[ids[1]]));
    }
}

#[test]
fn sampled_path_agrees_with_exact_and_chunks_do_not_matter() {
    let b = baseline();
    let p = Scenario { levers: vec![setting("P7", 0.3), setting("P11b", 0.5), setting("D0", 0.2)] };
    let exact = AttributionJob::new(b, &p, Metric::default()).unwrap().run_to_end(b);
    let options = AttributionOptions { exact_limit: 0, permutations: 10, seed: 1 };
    let mut job = AttributionJob::with_options(b, &p, Metric::default(), options).unwrap();
    let total = job.progress().total;
    let mut last = 0;
    while job.result().is_none() {
        let progress = job.advance(b, 3);
        assert!(progress.done <= last + 3 && progress.done <= progress.total);
        last = progress.done;
    }
    assert_eq!(job.progress().done, total);
    let sampled = job.result().unwrap();
    assert_eq!(sampled.method, ShapleyMethod::Sampled { permutations: 10, seed: 1 });
    assert!(close(sampled.shapley.iter().sum(), exact.package_value));
    for i in 0..3 {
        assert!(close(sampled.one_at_a_time[i], exact.one_at_a_time[i]));
        assert!(close(sampled.leave_one_out[i], exact.leave_one_out[i]));
        for j in 0..3 {
            assert!(close(sampled.interactions[i][j], exact.interactions[i][j]));
        }
    }
    let mut chunked = AttributionJob::new(b, &p, Metric::default()).unwrap();
    while chunked.result().is_none() {
        chunked.advance(b, 5);
    }
    assert_eq!(chunked.result(), Some(&exact));
}

#[test]
fn context_levers_are_background_and_inactive_levers_are_ignored() {
    let b = baseline();
    let p = Scenario { levers: vec![setting("P7", 0.3), LeverSetting::new("C2", 10.0), LeverSetting::new("P8", 0.0), LeverSetting::new("H5", 100.0)] };
    let a = AttributionJob::new(b, &p, Metric::default()).unwrap().run_to_end(b);
    assert_eq!(a.players.len(), 1);
    assert_eq!(a.background, vec!["C2".to_string()]);
    assert_eq!(a.ignored, vec!["P8".to_string(), "H5".to_string()]);
    assert!(close(a.shapley[0], a.package_value));
    let empty = AttributionJob::new(b, &Scenario::default(), Metric::default()).unwrap().run_to_end(b);
    assert!(empty.players.is_empty() && empty.shapley.is_empty() && empty.package_value == 0.0);
    let one = AttributionJob::with_options(b, &Scenario { levers: vec![setting("P7", 0.3)] }, Metric::PvCost, AttributionOptions { exact_limit: 0, ..Default::default() });
    let one = one.unwrap().run_to_end(b);
    assert!(close(one.shapley[0], one.package_value) && one.package_value > 0.0);
    assert!(AttributionJob::new(b, &p, Metric::Headline { kpi: Headline::GapClosed, year: 2050, area: Area::Nation }).is_err());
}
