//! The progressive-job protocol shared by attribution, ranking and portfolio: the browser calls
//! `advance` with a few runs per animation frame and shows `progress` until `result` is `Some`;
//! the CLI, tests and benchmarks call `run_to_end`.
//!
//! The baseline is passed to every call instead of being borrowed by the job, so that the app can
//! keep the job in a signal next to its `StoredValue<Baseline>`; it must be the baseline given to
//! the job's `new`.

use crate::model::Baseline;

/// How far a job has come, in model runs. `total` is exact for attribution and ranking; for the
/// portfolio it is an upper bound that shrinks to `done` when the greedy stops.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

impl Progress {
    pub fn is_finished(&self) -> bool {
        self.done >= self.total
    }

    /// Share done, 0…1 (1 for an empty job).
    pub fn fraction(&self) -> f64 {
        if self.total == 0 { 1.0 } else { (self.done as f64 / self.total as f64).min(1.0) }
    }
}

/// A computation made of model runs that can be advanced in chunks.
pub trait Job {
    type Output;
    fn progress(&self) -> Progress;
    /// Makes at most `max_runs` model runs (`b` = the baseline given to `new`).
    fn advance(&mut self, b: &Baseline, max_runs: usize) -> Progress;
    /// The result, once every run is made.
    fn result(&self) -> Option<&Self::Output>;
    /// Makes every remaining run and returns the result.
    fn run_to_end(self, b: &Baseline) -> Self::Output;
}
