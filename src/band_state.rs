//! The lab's live uncertainty bands (MODEL.md §5): after the scenario or area has stood still for a
//! moment, core's seeded Monte Carlo [`BandJob`] runs in the background in slices of a few
//! milliseconds between frames (so sliders never wait), and the P5–P95 / P25–P75 bands fill in on
//! the charts with the number of draws they rest on. A new scenario cancels the running job; the
//! baseline's draws are cached across jobs, so each later band costs one model run per draw.

use crate::lab_state::LabState;
use crate::platform::{Background, now_ms, run_in_background};
use laegedaekning_core::uncertainty::spread::Spread;
use laegedaekning_core::uncertainty::{Band, BandJob, BaselineCache};
use leptos::prelude::*;
use std::time::Duration;

/// Draws behind a finished band (MODEL.md §5.3: the default bands rest on 1,000 LHS draws).
pub const TARGET_DRAWS: usize = 1000;
/// The fixed seed: the same scenario always gets the same band (the CLI reproduces it:
/// `laegedaekning-cli band --token T --seed 2040 --draws 1000 --area …`).
pub const SEED: u64 = 2040;
/// Quiet time after the last change before a band starts.
const SETTLE: Duration = Duration::from_millis(250);
/// Work per slice before yielding to the browser.
const SLICE_MS: f64 = 8.0;
/// Draws per call inside a slice.
const DRAWS_PER_STEP: usize = 2;
/// How often the charts are redrawn while a band fills in.
const REDRAW_MS: f64 = 120.0;

/// The bands drawn now, and how many draws they rest on.
#[derive(Clone, Debug, PartialEq)]
pub struct BandSnapshot {
    pub bands: Vec<Band>,
    pub draws: usize,
}

#[derive(Clone, Copy)]
pub struct BandState {
    pub snapshot: RwSignal<Option<BandSnapshot>>,
    /// The reader's choice to show bands (on by default).
    pub enabled: RwSignal<bool>,
    /// The current (or last) job; it carries the baseline cache on to the next one.
    job: StoredValue<Option<BandJob>, LocalStorage>,
    running: StoredValue<Option<Background>, LocalStorage>,
    /// Milliseconds of computing spent on the current band (for the benchmark and the status line).
    pub compute_ms: RwSignal<f64>,
}

impl BandState {
    /// Follows `lab`'s scenario and area.
    pub fn start(lab: LabState) -> Self {
        let state = BandState {
            snapshot: RwSignal::new(None),
            enabled: RwSignal::new(true),
            job: StoredValue::new_local(None),
            running: StoredValue::new_local(None),
            compute_ms: RwSignal::new(0.0),
        };
        let pending = StoredValue::new_local(None::<leptos::prelude::TimeoutHandle>);
        Effect::new(move |_| {
            lab.scenario.track();
            lab.area.track();
            let enabled = state.enabled.get();
            state.cancel();
            state.snapshot.set(None);
            if let Some(h) = pending.try_update_value(|p| p.take()).flatten() {
                h.clear();
            }
            if enabled {
                if let Ok(h) = set_timeout_with_handle(move || state.begin(lab), SETTLE) {
                    pending.set_value(Some(h));
                }
            }
        });
        state
    }

    fn cancel(&self) {
        if let Some(h) = self.running.try_update_value(|r| r.take()).flatten() {
            h.cancel();
        }
    }

    /// Starts a band for the lab's current scenario and area.
    fn begin(self, lab: LabState) {
        let resolved = lab.scenario.with_untracked(|s| s.resolve_lenient());
        let area = lab.area.get_untracked().area();
        let cache = self.job.try_update_value(|j| j.take()).flatten().map_or_else(BaselineCache::new, BandJob::into_cache);
        let job = lab.baseline.with_value(|b| BandJob::with_cache(b, &resolved, SEED, area, Spread::Full, cache));
        let Ok(job) = job else { return };
        self.job.set_value(Some(job));
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
                self.snapshot.set(Some(BandSnapshot { bands, draws }));
                self.compute_ms.set(spent);
            }
            !done
        });
        self.running.set_value(Some(handle));
    }
}
