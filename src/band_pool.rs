//! Bands computed by a pool of Web Workers (`platform::WorkerPool`): each worker gets every n-th
//! draw of a band (always the same share, so its cached baseline draws serve the next band), the
//! page gathers the rows in a [`DrawSet`] and redraws the band as it fills in, then hands out the
//! next scenario's draws. The gathered band equals the in-page band bit for bit (the quantiles sort
//! their values; `core/tests/draw_set.rs`). If the workers cannot start or fail, the runner falls
//! back to computing in the page, from the scenario it had reached; nothing is lost.

use crate::band_state::{BandRunner, REDRAW_MS, SEED, TARGET_DRAWS};
use crate::lab_state::LabState;
use crate::platform::{WorkerPool, WorkerReply, now_ms, worker_count};
use laegedaekning_core::levers::Resolved;
use laegedaekning_core::model::Area;
use laegedaekning_core::uncertainty::{Band, BandRequest, DrawSet};
use leptos::prelude::*;

/// The runner's workers.
pub enum PoolSlot {
    /// Not started yet (workers start with the first band).
    Untried,
    Running(WorkerPool),
    /// Workers cannot run here; the page computes.
    Unavailable,
    /// The workers failed and were ended (kept, not dropped: the failure is reported from inside
    /// the pool's own message handler, which must outlive the call).
    Broken(WorkerPool),
}

/// The band being gathered, and the scenarios after it.
pub struct Gathering {
    job: u32,
    lab: LabState,
    scenarios: Vec<Resolved>,
    index: usize,
    area: Area,
    set: DrawSet,
    started: f64,
    cpu: f64,
    last_redraw: f64,
}

/// Starts the bands of `scenarios` on the runner's workers; false if workers cannot run here.
pub fn start_on_workers(runner: BandRunner, lab: LabState, scenarios: &[Resolved], area: Area) -> bool {
    let ready = runner.pool.try_update_value(|slot| {
        if matches!(slot, PoolSlot::Untried) {
            *slot = WorkerPool::spawn(worker_count(), move |reply| on_reply(runner, reply)).map_or(PoolSlot::Unavailable, PoolSlot::Running);
        }
        matches!(slot, PoolSlot::Running(_))
    });
    if ready != Some(true) {
        return false;
    }
    // The job counter carries on from the last gathering ([`hand_out`] advances it), so rows that
    // arrive late from a stopped band are never taken for this one.
    let job = runner.gathering.try_with_value(|g| g.as_ref().map_or(0, |g| g.job)).unwrap_or(0);
    let gathering = Gathering { job, lab, scenarios: scenarios.to_vec(), index: 0, area, set: DrawSet::new(0), started: 0.0, cpu: 0.0, last_redraw: 0.0 };
    runner.gathering.set_value(Some(gathering));
    hand_out(runner);
    true
}

/// Every worker drops its draws; the gathering ends (it stays, without scenarios, to keep its job
/// counter: see [`start_on_workers`]).
pub fn stop(runner: BandRunner) {
    let _ = runner.gathering.try_update_value(|g| {
        if let Some(g) = g.as_mut() {
            g.scenarios.clear();
        }
    });
    let _ = runner.pool.try_with_value(|slot| {
        if let PoolSlot::Running(pool) = slot {
            pool.stop();
        }
    });
}

/// Hands out the draws of the current scenario under a new job id.
fn hand_out(runner: BandRunner) {
    let _ = runner.pool.try_with_value(|slot| {
        let PoolSlot::Running(pool) = slot else { return };
        runner.gathering.update_value(|g| {
            let Some(g) = g.as_mut() else { return };
            let Some(scenario) = g.scenarios.get(g.index) else { return };
            g.job = g.job.wrapping_add(1);
            g.set = DrawSet::new(TARGET_DRAWS);
            g.started = now_ms();
            g.cpu = 0.0;
            let request = BandRequest { scenario: scenario.clone(), seed: SEED, area: g.area }.to_words();
            let n = pool.len();
            for k in 0..n {
                let indices: Vec<u32> = (k..TARGET_DRAWS).step_by(n).map(|i| i as u32).collect();
                pool.submit(k, g.job, &request, &indices);
            }
        });
        runner.workers.set(pool.len());
        runner.compute_ms.set(0.0);
        runner.cpu_ms.set(0.0);
    });
}

/// What a reply changed.
enum Progress {
    Ignored,
    Filling { index: usize, bands: Vec<Band>, draws: usize },
    Done { index: usize, bands: Vec<Band>, wall: f64, cpu: f64, more: bool },
}

fn on_reply(runner: BandRunner, reply: WorkerReply) {
    match reply {
        WorkerReply::Rows { job, rows, ms } => {
            let progress = runner.gathering.try_update_value(|g| gather(g.as_mut(), job, &rows, ms)).unwrap_or(Progress::Ignored);
            match progress {
                Progress::Ignored => {}
                Progress::Filling { index, bands, draws } => runner.publish(index, bands, draws),
                Progress::Done { index, bands, wall, cpu, more } => {
                    runner.publish(index, bands, TARGET_DRAWS);
                    runner.compute_ms.set(wall);
                    runner.cpu_ms.set(cpu);
                    if more {
                        hand_out(runner);
                    }
                }
            }
        }
        WorkerReply::Failed(why) => {
            leptos::logging::warn!("band workers failed ({why}); computing bands in the page instead");
            let _ = runner.pool.try_update_value(|slot| {
                if let PoolSlot::Running(pool) = std::mem::replace(slot, PoolSlot::Unavailable) {
                    pool.terminate();
                    *slot = PoolSlot::Broken(pool);
                }
            });
            if let Some(Some(g)) = runner.gathering.try_update_value(Option::take) {
                runner.start_in_page(g.lab, g.scenarios, g.area, g.index);
            }
        }
    }
}

/// Adds a message's rows to the band being gathered.
fn gather(g: Option<&mut Gathering>, job: u32, rows: &[f64], ms: f64) -> Progress {
    let Some(g) = g.filter(|g| g.job == job && g.index < g.scenarios.len()) else { return Progress::Ignored };
    if g.set.insert_rows(rows).is_err() {
        return Progress::Ignored;
    }
    g.cpu += ms;
    let now = now_ms();
    if g.set.is_complete() {
        let done = Progress::Done { index: g.index, bands: g.set.bands(), wall: now - g.started, cpu: g.cpu, more: g.index + 1 < g.scenarios.len() };
        g.index += 1;
        return done;
    }
    if now - g.last_redraw > REDRAW_MS {
        g.last_redraw = now;
        return Progress::Filling { index: g.index, bands: g.set.bands(), draws: g.set.len() };
    }
    Progress::Ignored
}
