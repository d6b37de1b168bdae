//! Live uncertainty bands (MODEL.md §5): after the scenarios or the area have stood still for a
//! moment, core's seeded Monte Carlo [`BandJob`]s run in the background in slices of a few
//! milliseconds between frames (so sliders never wait), one scenario after another, and their
//! P5–P95 / P25–P75 bands fill in on the charts with the number of draws they rest on. A change
//! cancels the running jobs; the baseline's draws are cached and handed from job to job, so each
//! later band costs one model run per draw. Where the browser allows, the draws run in a pool of
//! Web Workers instead ([`crate::band_pool`]), spread over the cores; the page then only gathers them.
//! [`BandState`] follows the lab's scenario; the compare view runs its own [`BandRunner`] over its
//! scenarios.

use crate::band_pool::{self, Gathering, PoolSlot};
use crate::lab_state::LabState;
use crate::platform::{Background, now_ms, run_in_background};
use laegedaekning_core::levers::Resolved;
use laegedaekning_core::model::Area;
use laegedaekning_core::uncertainty::spread::Spread;
use laegedaekning_core::uncertainty::{Band, BandJob, BaselineCache};
use leptos::prelude::*;
use std::time::Duration;

/// Draws behind a finished band (MODEL.md §5.3: the default bands rest on 1,000 LHS draws).
pub const TARGET_DRAWS: usize = 1000;
/// The fixed seed: the same scenario always gets the same band (the CLI reproduces it:
/// `laegedaekning-cli band --token T --seed 2040 --draws 1000 --area …`).
pub const SEED: u64 = 2040;
/// Quiet time after the last change before bands start.
const SETTLE: Duration = Duration::from_millis(250);
/// Work per slice before yielding to the browser.
const SLICE_MS: f64 = 8.0;
/// Draws per call inside a slice.
const DRAWS_PER_STEP: usize = 2;
/// How often the charts are redrawn while a band fills in.
pub(crate) const REDRAW_MS: f64 = 120.0;

/// The bands drawn now, and how many draws they rest on.
#[derive(Clone, Debug, PartialEq)]
pub struct BandSnapshot {
    pub bands: Vec<Band>,
    pub draws: usize,
}

impl BandSnapshot {
    /// The band of a headline KPI.
    pub fn of(&self, headline: laegedaekning_core::model::Headline) -> Option<&Band> {
        self.bands.iter().find(|b| b.headline == headline)
    }
}

/// Runs the bands of a list of scenarios, one after another.
#[derive(Clone, Copy)]
pub struct BandRunner {
    /// One entry per scenario of the last [`BandRunner::start`].
    pub snapshots: RwSignal<Vec<Option<BandSnapshot>>>,
    /// Milliseconds of compute for the scenario being computed (benchmark, status): in the page,
    /// the time spent inside `advance`; with workers, the wall time from handing out the draws to the
    /// last draw's arrival.
    pub compute_ms: RwSignal<f64>,
    /// With workers: the milliseconds the workers computed, summed over them (0 in the page).
    pub cpu_ms: RwSignal<f64>,
    /// Workers computing the bands (0: the page computes them itself).
    pub workers: RwSignal<usize>,
    /// The current (or last) job; it carries the baseline cache on to the next one.
    job: StoredValue<Option<BandJob>, LocalStorage>,
    running: StoredValue<Option<Background>, LocalStorage>,
    pending: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    pub(crate) pool: StoredValue<PoolSlot, LocalStorage>,
    pub(crate) gathering: StoredValue<Option<Gathering>, LocalStorage>,
}

impl BandRunner {
    pub fn new() -> Self {
        BandRunner {
            snapshots: RwSignal::new(Vec::new()),
            compute_ms: RwSignal::new(0.0),
            cpu_ms: RwSignal::new(0.0),
            workers: RwSignal::new(0),
            job: StoredValue::new_local(None),
            running: StoredValue::new_local(None),
            pending: StoredValue::new_local(None),
            pool: StoredValue::new_local(PoolSlot::Untried),
            gathering: StoredValue::new_local(None),
        }
    }

    /// Stops what runs or waits to run and forgets the bands drawn.
    pub fn clear(&self) {
        if let Some(h) = self.running.try_update_value(|r| r.take()).flatten() {
            h.cancel();
        }
        if let Some(h) = self.pending.try_update_value(|p| p.take()).flatten() {
            h.clear();
        }
        band_pool::stop(*self);
        self.snapshots.set(Vec::new());
    }

    /// After [`SETTLE`], computes the bands of `scenarios` on `area`, in order.
    pub fn start_after_settling(self, lab: LabState, scenarios: Vec<Resolved>, area: Area) {
        self.clear();
        self.snapshots.set(vec![None; scenarios.len()]);
        if let Ok(h) = set_timeout_with_handle(move || self.start(lab, scenarios, area), SETTLE) {
            self.pending.set_value(Some(h));
        }
    }

    fn next_job(&self, lab: LabState, scenario: &Resolved, area: Area) -> bool {
        let cache = self.job.try_update_value(|j| j.take()).flatten().map_or_else(BaselineCache::new, BandJob::into_cache);
        match lab.baseline.with_value(|b| BandJob::with_cache(b, scenario, SEED, area, Spread::Full, cache)) {
            Ok(job) => {
                self.job.set_value(Some(job));
                true
            }
            Err(_) => false,
        }
    }

    fn start(self, lab: LabState, scenarios: Vec<Resolved>, area: Area) {
        if !scenarios.is_empty() && !band_pool::start_on_workers(self, lab, &scenarios, area) {
            self.start_in_page(lab, scenarios, area, 0);
        }
    }

    /// Publishes scenario `index`'s band so far.
    pub(crate) fn publish(&self, index: usize, bands: Vec<Band>, draws: usize) {
        self.snapshots.update(|s| {
            if let Some(slot) = s.get_mut(index) {
                *slot = Some(BandSnapshot { bands, draws });
            }
        });
    }

    /// Computes the bands of `scenarios` from the one at `first` on, in slices between frames.
    pub(crate) fn start_in_page(self, lab: LabState, scenarios: Vec<Resolved>, area: Area, first: usize) {
        self.workers.set(0);
        if first >= scenarios.len() || !self.next_job(lab, &scenarios[first], area) {
            return;
        }
        let mut index = first;
        let mut last_redraw = 0.0;
        let mut spent = 0.0;
        self.compute_ms.set(0.0);
        let handle = run_in_background(SLICE_MS, move || {
            let t0 = now_ms();
            let step = self.job.try_update_value(|j| {
                let j = j.as_mut()?;
                j.advance(DRAWS_PER_STEP.min(TARGET_DRAWS.saturating_sub(j.draws_done())));
                Some(j.draws_done())
            });
            let Some(Some(draws)) = step else { return false };
            spent += now_ms() - t0;
            let done = draws >= TARGET_DRAWS;
            if done || now_ms() - last_redraw > REDRAW_MS {
                last_redraw = now_ms();
                let bands = self.job.with_value(|j| j.as_ref().map(BandJob::bands)).unwrap_or_default();
                self.publish(index, bands, draws);
                self.compute_ms.set(spent);
            }
            if !done {
                return true;
            }
            index += 1;
            spent = 0.0;
            index < scenarios.len() && self.next_job(lab, &scenarios[index], area)
        });
        self.running.set_value(Some(handle));
    }
}

impl Default for BandRunner {
    fn default() -> Self {
        Self::new()
    }
}

/// The lab's band: follows the scenario and area; the reader can switch bands off.
#[derive(Clone, Copy)]
pub struct BandState {
    pub runner: BandRunner,
    /// The reader's choice to show bands (on by default; shared with the compare view).
    pub enabled: RwSignal<bool>,
}

impl BandState {
    pub fn start(lab: LabState) -> Self {
        let state = BandState { runner: BandRunner::new(), enabled: RwSignal::new(true) };
        Effect::new(move |_| {
            let resolved = lab.scenario.with(|s| s.resolve_lenient());
            let area = lab.area.get().area();
            if state.enabled.get() {
                state.runner.start_after_settling(lab, vec![resolved], area);
            } else {
                state.runner.clear();
            }
        });
        state
    }

    /// The lab scenario's band so far.
    pub fn snapshot(&self) -> Option<BandSnapshot> {
        self.runner.snapshots.with(|s| s.first().cloned().flatten())
    }
}
