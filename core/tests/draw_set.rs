//! Bands computed in shares (as the app's Web Workers do) equal the sequential band bit for bit; a
//! band request survives its trip through plain numbers exactly; garbled numbers are errors, never
//! panics.

mod common;

use common::*;
use laegedaekning_core::levers::{LeverSetting, Scenario};
use laegedaekning_core::model::Area;
use laegedaekning_core::uncertainty::draw_set::{ROW, run_rows};
use laegedaekning_core::uncertainty::spread::Spread;
use laegedaekning_core::uncertainty::{Band, BandJob, BandRequest, BaselineCache, DrawSet};
use proptest::prelude::*;

const DRAWS: usize = 120;

fn ten_levers() -> Scenario {
    serde_json::from_str(include_str!("../examples/ten-levers.json")).unwrap()
}

fn bits(bands: &[Band]) -> Vec<u64> {
    bands
        .iter()
        .flat_map(|b| b.quantiles().into_iter().chain(b.se.iter()).flat_map(|v| v.iter().map(|x| x.to_bits())).collect::<Vec<_>>())
        .collect()
}

/// The band of `scenario` gathered from `workers` jobs, each running every `workers`-th draw in
/// chunks of 7, the chunks delivered in an interleaved order; the jobs' caches are handed back.
fn gathered(scenario: &Scenario, area: Area, caches: Vec<BaselineCache>) -> (DrawSet, Vec<BaselineCache>) {
    let workers = caches.len();
    let resolved = scenario.resolve_lenient();
    let mut jobs: Vec<BandJob> = caches
        .into_iter()
        .map(|c| BandJob::with_cache(baseline(), &resolved, 2040, area, Spread::Full, c).unwrap())
        .collect();
    let mut chunks: Vec<Vec<f64>> = Vec::new();
    for (k, job) in jobs.iter_mut().enumerate() {
        let mine: Vec<usize> = (k..DRAWS).step_by(workers).collect();
        for part in mine.chunks(7) {
            let mut rows = Vec::new();
            run_rows(job, part.iter().copied(), &mut rows);
            chunks.push(rows);
        }
    }
    // Arrival order: alternate from the front and the back.
    let mut set = DrawSet::new(DRAWS);
    while !chunks.is_empty() {
        let rows = if chunks.len().is_multiple_of(2) { chunks.remove(0) } else { chunks.pop().unwrap() };
        set.insert_rows(&rows).unwrap();
    }
    (set, jobs.into_iter().map(BandJob::into_cache).collect())
}

#[test]
fn bands_gathered_from_shares_equal_the_sequential_band() {
    let area = Area::Threatened;
    let mut sequential = BandJob::new(baseline(), &ten_levers().resolve_lenient(), 2040, area).unwrap();
    sequential.advance(DRAWS);
    let (set, caches) = gathered(&ten_levers(), area, vec![BaselineCache::new(), BaselineCache::new()]);
    assert!(set.is_complete());
    assert_eq!(bits(&set.bands()), bits(&sequential.bands()));
    assert_eq!(bits(&set.baseline_bands()), bits(&sequential.baseline_bands()));
    // A second scenario on the shares' cached baseline draws, in three shares: still the same band.
    let p9 = Scenario { levers: vec![LeverSetting::new("P9", 0.2)] };
    let mut sequential = BandJob::new(baseline(), &p9.resolve_lenient(), 2040, area).unwrap();
    sequential.advance(DRAWS);
    let (set, _) = gathered(&p9, area, caches);
    assert_eq!(bits(&set.bands()), bits(&sequential.bands()));
    let (set, _) = gathered(&p9, area, vec![BaselineCache::new(), BaselineCache::new(), BaselineCache::new()]);
    assert_eq!(bits(&set.bands()), bits(&sequential.bands()));
}

#[test]
fn a_draw_set_refuses_ragged_or_foreign_rows_whole_and_ignores_repeats() {
    let mut job = BandJob::new(baseline(), &ten_levers().resolve_lenient(), 2040, Area::Nation).unwrap();
    let mut rows = Vec::new();
    run_rows(&mut job, [0, 1], &mut rows);
    let mut set = DrawSet::new(2);
    assert!(set.insert_rows(&rows[..ROW + 3]).is_err());
    let mut foreign = rows.clone();
    foreign[ROW] = 2.0;
    assert!(set.insert_rows(&foreign).is_err());
    foreign[ROW] = 0.5;
    assert!(set.insert_rows(&foreign).is_err());
    assert!(set.is_empty(), "nothing of a refused message is kept");
    assert_eq!(set.insert_rows(&rows).unwrap(), 2);
    assert_eq!(set.insert_rows(&rows[..ROW]).unwrap(), 0);
    assert!(set.is_complete());
}

fn request(scenario: &Scenario, seed: u64, area: Area) -> BandRequest {
    BandRequest { scenario: scenario.resolve_lenient(), seed, area }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases().min(300)))]

    #[test]
    fn a_band_request_survives_its_numbers_exactly(sc in scenario(), seed in any::<u64>(), a in 0usize..6, i in 0usize..10) {
        let area = [Area::Cell(i), Area::Region(i % 5), Area::Ostdanmark, Area::Threatened, Area::Other, Area::Nation][a];
        let req = request(&sc, seed, area);
        prop_assert_eq!(BandRequest::from_words(&req.to_words()).unwrap(), req);
    }

    #[test]
    fn garbled_request_numbers_are_errors_not_panics(sc in scenario(), at in any::<prop::sample::Index>(), v in prop_oneof![Just(f64::NAN), Just(-1.0), Just(0.5), Just(1e300), any::<f64>()], cut in any::<prop::sample::Index>()) {
        let mut w = request(&sc, 7, Area::Nation).to_words();
        let k = at.index(w.len());
        w[k] = v;
        let _ = BandRequest::from_words(&w);
        let _ = BandRequest::from_words(&w[..cut.index(w.len())]);
    }
}

#[test]
fn split_tracks_and_settings_survive_the_trip() {
    let mut d0 = LeverSetting::new("D0", 0.1);
    d0.tracks = Some([0.05, 0.2]);
    d0.start_year = Some(2031);
    d0.targets = Some(vec!["nordjylland.T".into()]);
    let mut p9 = LeverSetting::new("P9", 0.3);
    p9.setting = laegedaekning_core::levers::Setting::High;
    let req = request(&Scenario { levers: vec![d0, p9] }, u64::MAX, Area::Region(4));
    let back = BandRequest::from_words(&req.to_words()).unwrap();
    assert_eq!(back, req);
    assert!(BandRequest::from_words(&[]).is_err());
}
