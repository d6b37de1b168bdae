//! The progressive band API for the app (MODEL.md §5, "live uncertainty bands"): a [`BandJob`] runs
//! the Monte Carlo in small chunks between animation frames ([`BandJob::advance`]), and the app
//! reads [`BandJob::bands`] whenever it wants to redraw.
//!
//! Per draw: reset the working baseline and apply the draw's ranges, give the scenario's levers
//! their effect positions, run the baseline (unless cached for this (seed, area, spread)) and the
//! scenario with reused [`Workspace`] / [`Results`] buffers, and keep 6 × 16 numbers. A scenario
//! without levers needs no second run: it is the baseline run (bit-identical, T3), so its "gap
//! closed" is exactly 0 in every draw.
//!
//! Draws are independent and indexed ([`BandJob::run_draw`]), so the app's Web Workers can each run
//! a share of them and the page gathers them in a [`super::DrawSet`]: the quantiles sort their values,
//! so the gathered band equals this job's bit for bit.

use super::band::{Band, band_from, bands_over};
use super::cache::{BaselineCache, CacheKey};
use super::convergence::{Convergence, convergence};
use super::draw::{Draw, Sampler};
use super::error::UncertaintyError;
use super::perturb::{perturb_baseline, place_levers};
use super::ranges::Ranges;
use super::series::{HEADLINES, Series, headline_index, record, record_baseline};
use super::spread::Spread;
use crate::levers::Resolved;
use crate::model::dims::{FIRST_YEAR, YEARS};
use crate::model::{Area, Baseline, Headline, Results, Workspace, run_into};

/// A band computation in progress for one scenario, seed and area.
pub struct BandJob {
    original: Box<Baseline>,
    work: Box<Baseline>,
    scenario: Resolved,
    area: Area,
    spread: Spread,
    ranges: &'static Ranges,
    sampler: Sampler,
    draw: Draw,
    workspace: Workspace,
    results: Results,
    base_results: Results,
    cache: BaselineCache,
    values: Vec<Series>,
    /// The same-draw baseline's series, by draw (beside `values`).
    base_values: Vec<Series>,
}

impl BandJob {
    /// A job over the embedded ranges with a fresh baseline cache.
    pub fn new(baseline: &Baseline, scenario: &Resolved, seed: u64, area: Area) -> Result<BandJob, UncertaintyError> {
        BandJob::with_cache(baseline, scenario, seed, area, Spread::Full, BaselineCache::new())
    }

    /// A job that reuses `cache` (from [`BandJob::into_cache`] of an earlier job on the same
    /// baseline): cached draws of the same (seed, area, spread) are not run again.
    pub fn with_cache(
        baseline: &Baseline,
        scenario: &Resolved,
        seed: u64,
        area: Area,
        spread: Spread,
        mut cache: BaselineCache,
    ) -> Result<BandJob, UncertaintyError> {
        let ranges = Ranges::embedded()?;
        cache.prepare(CacheKey { seed, area, spread });
        let mut scenario = scenario.clone();
        scenario.active.iter_mut().for_each(|a| a.draw = None);
        Ok(BandJob {
            original: Box::new(baseline.clone()),
            work: Box::new(baseline.clone()),
            results: Results::with_capacity(YEARS, scenario.ids()),
            base_results: Results::with_capacity(YEARS, Vec::new()),
            scenario,
            area,
            spread,
            ranges,
            sampler: Sampler::new(ranges, seed),
            draw: Draw::default(),
            workspace: Workspace::new(baseline),
            cache,
            values: Vec::new(),
            base_values: Vec::new(),
        })
    }

    /// Runs up to `max_draws` more draws; returns how many were run.
    pub fn advance(&mut self, max_draws: usize) -> usize {
        for _ in 0..max_draws {
            let mut series = [[0.0; YEARS]; HEADLINES];
            let base = self.run_draw(self.values.len(), &mut series);
            self.values.push(series);
            self.base_values.push(base);
        }
        self.values.len()
    }

    /// Runs draw `i` alone (draws need not come in order): writes the scenario's headline series to
    /// `out` and returns the same-draw baseline's (from the cache when this job or an earlier one on
    /// the same cache ran it). Does not add the draw to [`BandJob::bands`].
    pub fn run_draw(&mut self, i: usize, out: &mut Series) -> Series {
        if self.spread == Spread::Full {
            self.sampler.draw_into(i, &mut self.draw);
            perturb_baseline(&self.original, &mut self.work, self.ranges, &self.draw);
            place_levers(&mut self.scenario, &self.draw);
        }
        let base = match self.cache.get(i) {
            Some(base) => *base,
            None => {
                run_into(&self.work, &Resolved::default(), &mut self.workspace, &mut self.base_results);
                let base = record_baseline(&self.base_results, self.area);
                self.cache.insert(i, base);
                base
            }
        };
        *out = base.headlines;
        if !self.scenario.active.is_empty() {
            run_into(&self.work, &self.scenario, &mut self.workspace, &mut self.results);
            record(&self.results, self.area, &base.gap_fte, out);
        }
        base.headlines
    }

    /// Draws done so far.
    pub fn draws_done(&self) -> usize {
        self.values.len()
    }

    /// The scenario's headline series of draw `i` (for inspection and the T17 tests).
    pub fn draw_series(&self, i: usize) -> Option<&Series> {
        self.values.get(i)
    }

    /// The same-draw baseline's series of draw `i`.
    pub fn baseline_series(&self, i: usize) -> Option<&Series> {
        self.base_values.get(i)
    }

    /// The band of one headline over the draws done.
    pub fn band(&self, headline: Headline) -> Band {
        let h = headline_index(headline);
        band_from(headline, FIRST_YEAR, YEARS, self.values.len(), |i| &self.values[i][h], &mut Vec::new())
    }

    /// Bands of all six headlines (`Headline::ALL` order) over the draws done.
    pub fn bands(&self) -> Vec<Band> {
        bands_over(&self.values)
    }

    /// Bands of the same-draw baseline (gap closed and cost are 0).
    pub fn baseline_bands(&self) -> Vec<Band> {
        bands_over(&self.base_values)
    }

    /// The §5.3 stopping rule on the draws done (see [`convergence`]).
    pub fn convergence(&self, tolerance: f64) -> Convergence {
        convergence(&self.values, self.ranges.batch_size, tolerance)
    }

    /// Whether the §5.3 stopping rule holds at 1 %.
    pub fn converged(&self) -> bool {
        self.convergence(0.01).converged
    }

    pub fn area(&self) -> Area {
        self.area
    }

    /// Ends the job and hands back the baseline cache for the next scenario.
    pub fn into_cache(self) -> BaselineCache {
        self.cache
    }
}
