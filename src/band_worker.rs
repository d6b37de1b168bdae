//! What the band's Web Workers run (`public/band-worker.js` loads this same wasm module in a worker
//! and calls [`band_worker_draws`]): a share of a band's Monte Carlo draws, returned as rows of
//! numbers for the page's `DrawSet`. The worker keeps its [`BandJob`] between calls, so the draws
//! of one band come in chunks (the worker yields between them to hear about a newer band), and its
//! baseline cache between bands (each worker always gets the same draw indices, so a later band of
//! the same seed and area costs one model run per draw, as in the page).

use laegedaekning_core::model::Baseline;
use laegedaekning_core::uncertainty::draw_set::{ROW, run_rows};
use laegedaekning_core::uncertainty::spread::Spread;
use laegedaekning_core::uncertainty::{BandJob, BandRequest, BaselineCache};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

/// Largest draw index a worker accepts (the app asks for 1,000; the cache grows with the index).
const MAX_DRAW: u32 = 100_000;

/// The worker's model data and its current band.
struct WorkerState {
    baseline: Baseline,
    request: Vec<f64>,
    job: Option<BandJob>,
}

thread_local! {
    static STATE: RefCell<Option<WorkerState>> = const { RefCell::new(None) };
}

/// Runs draws `indices` of the band `request` (a [`BandRequest`] as numbers) and returns their rows
/// (`draw_set::ROW` numbers each). A bad request or index is an error for the page, never a panic.
#[wasm_bindgen]
pub fn band_worker_draws(request: &[f64], indices: &[u32]) -> Result<Vec<f64>, JsError> {
    if let Some(i) = indices.iter().find(|&&i| i > MAX_DRAW) {
        return Err(JsError::new(&format!("draw index {i} is beyond {MAX_DRAW}")));
    }
    let error = |e: &dyn std::fmt::Display| JsError::new(&e.to_string());
    STATE.with_borrow_mut(|slot| {
        if slot.is_none() {
            let baseline = Baseline::embedded().map_err(|e| error(&e))?;
            *slot = Some(WorkerState { baseline, request: Vec::new(), job: None });
        }
        let Some(state) = slot.as_mut() else { return Err(JsError::new("no model data")) };
        if state.job.is_none() || state.request != request {
            let req = BandRequest::from_words(request).map_err(|e| error(&e))?;
            let cache = state.job.take().map_or_else(BaselineCache::new, BandJob::into_cache);
            let job = BandJob::with_cache(&state.baseline, &req.scenario, req.seed, req.area, Spread::Full, cache);
            state.job = Some(job.map_err(|e| error(&e))?);
            state.request = request.to_vec();
        }
        let Some(job) = state.job.as_mut() else { return Err(JsError::new("no band job")) };
        let mut rows = Vec::with_capacity(indices.len() * ROW);
        run_rows(job, indices.iter().map(|&i| i as usize), &mut rows);
        Ok(rows)
    })
}
