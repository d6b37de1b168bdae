//! Common random numbers, cached: draw i uses the same sampled baseline for the baseline run and the
//! scenario run, and the baseline's per-draw series do not depend on the scenario. The cache keeps
//! them (the small [`BaselineSeries`], not whole `Results`) keyed by (seed, area, spread), so a
//! scenario band costs one model run per draw once the baseline draws are in.
//!
//! One cache serves one [`Baseline`](crate::model::Baseline) (the app has one, the embedded data);
//! a different key clears it. Draws may arrive in any order (a Web Worker computes every n-th draw),
//! so the cache is indexed by draw, with gaps.

use super::series::BaselineSeries;
use super::spread::Spread;
use crate::model::Area;

/// What the cached draws were computed for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CacheKey {
    pub seed: u64,
    pub area: Area,
    pub spread: Spread,
}

/// Baseline series by draw index, for one key.
#[derive(Clone, Debug, Default)]
pub struct BaselineCache {
    key: Option<CacheKey>,
    draws: Vec<Option<BaselineSeries>>,
}

impl BaselineCache {
    pub fn new() -> Self {
        BaselineCache::default()
    }

    /// Number of cached draws.
    pub fn len(&self) -> usize {
        self.draws.iter().flatten().count()
    }

    pub fn is_empty(&self) -> bool {
        self.draws.iter().all(Option::is_none)
    }

    /// Keeps the draws if they were computed for `key`, clears them otherwise.
    pub fn prepare(&mut self, key: CacheKey) {
        if self.key != Some(key) {
            self.key = Some(key);
            self.draws.clear();
        }
    }

    /// The cached series of draw `i`.
    pub fn get(&self, i: usize) -> Option<&BaselineSeries> {
        self.draws.get(i).and_then(Option::as_ref)
    }

    /// Keeps draw `i` (a draw already cached is kept as it was: it is the same run).
    pub fn insert(&mut self, i: usize, series: BaselineSeries) {
        if i >= self.draws.len() {
            self.draws.resize(i + 1, None);
        }
        self.draws[i].get_or_insert(series);
    }
}
