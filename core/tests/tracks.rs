//! Per-track intensities of D0 (MODEL.md §2.1, `levers::tracks`): the scenario contract (JSON,
//! resolve), the mechanism (posts by track), the cost, and the identities that tie a split to the
//! unsplit lever (equal tracks = the single intensity, zero tracks = the baseline).

mod common;

use common::*;
use laegedaekning_core::levers::{LeverSetting, ScenarioError};
use laegedaekning_core::model::dims::*;
use laegedaekning_core::model::{run, Results};
use laegedaekning_core::Scenario;
use proptest::prelude::*;

fn d0(intensity: f64, tracks: Option<[f64; TRACKS]>) -> Scenario {
    Scenario { levers: vec![LeverSetting { tracks, ..LeverSetting::new("D0", intensity) }] }
}

fn same_years(a: &Results, b: &Results) -> bool {
    a.years == b.years || format!("{:?}", a.years) == format!("{:?}", b.years)
}

fn total_cost(r: &Results) -> f64 {
    (0..r.years.len()).map(|t| r.total_cost(t)).sum()
}

/// HU posts wanted in year index `t` (offered + not offered for lack of supervisors), cell × track.
fn wanted_hu(r: &Results, t: usize) -> [f64; CELLS * TRACKS] {
    let tr = &r.years[t].training;
    std::array::from_fn(|i| tr.hu_posts[i] + tr.hu_not_offered[i])
}

#[test]
fn json_without_tracks_is_unchanged_and_tracks_round_trip() {
    let plain = serde_json::to_string(&d0(0.1, None)).unwrap();
    assert!(!plain.contains("tracks"), "{plain}");
    let text = r#"{"levers":[{"id":"D0","intensity":0.2,"tracks":[0.2,0.05]}]}"#;
    let s: Scenario = serde_json::from_str(text).unwrap();
    assert_eq!(s, d0(0.2, Some([0.2, 0.05])));
    assert_eq!(serde_json::from_str::<Scenario>(&serde_json::to_string(&s).unwrap()).unwrap(), s);
    assert!(serde_json::from_str::<Scenario>(r#"{"levers":[{"id":"D0","intensity":0.2,"tracks":[0.2]}]}"#).is_err());
}

#[test]
fn resolve_clamps_refuses_and_ignores_like_the_intensity() {
    let (r, w) = d0(0.0, Some([0.8, 0.1])).resolve().unwrap();
    assert_eq!(r.active[0].tracks, Some([0.5, 0.1]));
    assert_eq!(w.len(), 1);
    assert!(w[0].message.contains("AM intensity 0.8") && w[0].message.contains("clamped to 0.5"), "{}", w[0]);
    // The headline is the larger track, in the targeted (T) cells only; `intensity` is not read.
    assert_eq!(r.active[0].intensity[cell(0, T)], 0.5);
    assert_eq!(r.active[0].intensity[cell(0, O)], 0.0);
    let err = d0(0.1, Some([0.1, f64::NAN])).resolve().unwrap_err();
    assert_eq!(err, ScenarioError::NotFinite { lever: "D0".into() });
    let p1a = Scenario { levers: vec![LeverSetting { tracks: Some([1.0, 2.0]), ..LeverSetting::new("P1a", 1.5) }] };
    let (r, w) = p1a.resolve().unwrap();
    assert_eq!(r.active[0].tracks, None);
    assert_eq!(r.active[0].intensity[cell(0, T)], 1.5);
    assert!(w[0].message.contains("only to D0"), "{}", w[0]);
}

#[test]
fn zero_on_both_tracks_is_the_baseline_bit_for_bit() {
    let b = baseline();
    let base = run(b, &Scenario::default());
    let zero = run(b, &d0(0.3, Some([0.0, 0.0])));
    assert!(same_years(&base, &zero));
    assert_eq!(total_cost(&zero), 0.0);
}

#[test]
fn each_track_adds_only_its_own_posts() {
    let b = baseline();
    let base = wanted_hu(&run(b, &Scenario::default()), 0);
    let am = wanted_hu(&run(b, &d0(0.2, Some([0.2, 0.0]))), 0);
    let hs = wanted_hu(&run(b, &d0(0.1, Some([0.0, 0.1]))), 0);
    for c in 0..CELLS {
        let targeted = zone_of(c) == T;
        assert_eq!(am[ck(c, HS)], base[ck(c, HS)], "AM split touched HS in cell {c}");
        assert_eq!(hs[ck(c, AM)], base[ck(c, AM)], "HS split touched AM in cell {c}");
        let extra_am = am[ck(c, AM)] - base[ck(c, AM)];
        let extra_hs = hs[ck(c, HS)] - base[ck(c, HS)];
        if targeted {
            assert!((extra_am - 0.2 * b.hu_posts[ck(c, AM)] * b.post_factor(0)).abs() < 1e-9, "cell {c}: {extra_am}");
            assert!((extra_hs - 0.1 * b.hu_posts[ck(c, HS)] * b.post_factor(0)).abs() < 1e-9, "cell {c}: {extra_hs}");
        } else {
            assert_eq!((extra_am, extra_hs), (0.0, 0.0));
        }
    }
}

#[test]
fn repeated_splits_with_the_same_headline_run_alike_in_any_order() {
    let b = baseline();
    let (x, y) = (LeverSetting { tracks: Some([0.1, 0.3]), ..LeverSetting::new("D0", 0.3) }, LeverSetting { tracks: Some([0.3, 0.1]), ..LeverSetting::new("D0", 0.3) });
    let one = run(b, &Scenario { levers: vec![x.clone(), y.clone()] });
    let two = run(b, &Scenario { levers: vec![y, x] });
    assert!(same_years(&one, &two));
    assert_eq!(one.costs, two.costs);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Equal tracks run like the single intensity: trajectories bit-identical, cost within 1e-12.
    #[test]
    fn equal_tracks_run_like_the_single_intensity(k in 1u32..=50, start in 2025..=2040i32) {
        let x = k as f64 / 100.0;
        let b = baseline();
        let mut split = d0(x, Some([x, x]));
        let mut single = d0(x, None);
        split.levers[0].start_year = Some(start);
        single.levers[0].start_year = Some(start);
        let (a, s) = (run(b, &split), run(b, &single));
        prop_assert!(same_years(&a, &s));
        let (ca, cs) = (total_cost(&a), total_cost(&s));
        prop_assert!((ca - cs).abs() <= 1e-12 * cs, "{ca} vs {cs}");
    }

    /// The cost is linear in each track: cost([a, 0]) + cost([0, h]) = cost([a, h]), and it does not
    /// fall when either track rises (T7 by track).
    #[test]
    fn cost_adds_up_over_tracks_and_rises_with_each(am in 0u32..=50, hs in 0u32..=50, more in 1u32..=10) {
        let (a, h) = (am as f64 / 100.0, hs as f64 / 100.0);
        let b = baseline();
        let cost = |t: [f64; TRACKS]| total_cost(&run(b, &d0(0.0, Some(t))));
        let both = cost([a, h]);
        prop_assert!((cost([a, 0.0]) + cost([0.0, h]) - both).abs() <= 1e-9 * both.max(1.0));
        let up = more as f64 / 100.0;
        prop_assert!(cost([(a + up).min(0.5), h]) >= both && cost([a, (h + up).min(0.5)]) >= both);
    }
}
