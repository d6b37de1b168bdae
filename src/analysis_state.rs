//! Running core's progressive analyses (attribution, ranking, budget portfolio) in the browser: a
//! [`JobSlot`] holds one job at a time, advances it a few model runs per background slice (so the
//! page stays responsive), publishes its progress and, when done, its result. Starting a new job
//! cancels the old one. The compute time spent is kept for the benchmark and the status line.

use crate::lab_state::LabState;
use crate::platform::{Background, now_ms, run_in_background};
use laegedaekning_core::analysis::{Job, Progress};
use leptos::prelude::*;

/// Work per slice before yielding to the browser.
const SLICE_MS: f64 = 10.0;
/// Model runs per call inside a slice.
const RUNS_PER_STEP: usize = 4;

/// One analysis's job, progress and result.
pub struct JobSlot<T: Send + Sync + 'static> {
    pub result: RwSignal<Option<T>>,
    pub progress: RwSignal<Progress>,
    /// Milliseconds spent inside the job's `advance` for the current result.
    pub compute_ms: RwSignal<f64>,
    pub error: RwSignal<Option<String>>,
    running: StoredValue<Option<Background>, LocalStorage>,
}

impl<T: Send + Sync + 'static> Clone for JobSlot<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for JobSlot<T> {}

impl<T: Clone + Send + Sync + 'static> JobSlot<T> {
    pub fn new() -> Self {
        JobSlot {
            result: RwSignal::new(None),
            progress: RwSignal::new(Progress { done: 0, total: 0 }),
            compute_ms: RwSignal::new(0.0),
            error: RwSignal::new(None),
            running: StoredValue::new_local(None),
        }
    }

    /// Stops the running job, if any.
    pub fn cancel(&self) {
        if let Some(h) = self.running.try_update_value(|r| r.take()).flatten() {
            h.cancel();
        }
    }

    /// Replaces the job with the one `make` builds (or shows its error), and runs it to the end in
    /// the background.
    pub fn start<J, E>(&self, lab: LabState, make: impl FnOnce(&laegedaekning_core::model::Baseline) -> Result<J, E>)
    where
        J: Job<Output = T> + 'static,
        E: std::fmt::Display,
    {
        self.cancel();
        self.result.set(None);
        self.error.set(None);
        self.compute_ms.set(0.0);
        let mut job = match lab.baseline.with_value(make) {
            Ok(job) => job,
            Err(e) => {
                self.error.set(Some(e.to_string()));
                return;
            }
        };
        self.progress.set(job.progress());
        let slot = *self;
        let mut spent = 0.0;
        let handle = run_in_background(SLICE_MS, move || {
            let t0 = now_ms();
            let progress = lab.baseline.with_value(|b| job.advance(b, RUNS_PER_STEP));
            spent += now_ms() - t0;
            let done = job.result().cloned();
            let finished = done.is_some() || progress.is_finished();
            // Progress is published per step only while it moves the displayed percentage.
            if finished || progress.done % 16 == 0 {
                slot.progress.set(progress);
                slot.compute_ms.set(spent);
            }
            if let Some(out) = done {
                slot.result.set(Some(out));
                return false;
            }
            !finished
        });
        self.running.set_value(Some(handle));
    }
}

impl<T: Clone + Send + Sync + 'static> Default for JobSlot<T> {
    fn default() -> Self {
        Self::new()
    }
}
