//! Work that must not make the reader wait (Monte Carlo bands, attribution, the budget portfolio),
//! run in small slices between frames: each slice calls `step` until about `budget_ms` have passed,
//! then yields to the browser with a zero-delay timeout so input and painting go first. A new job
//! for the same purpose cancels the old one by dropping (or cancelling) its [`Background`] handle.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

/// The handle of a running job; cancelling it stops the job before its next slice.
#[derive(Clone, Default)]
pub struct Background {
    cancelled: Rc<Cell<bool>>,
}

impl Background {
    pub fn cancel(&self) {
        self.cancelled.set(true);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled.get()
    }
}

/// Milliseconds from a monotonic clock (`performance.now()`, or `Date.now()` without it).
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or_else(js_sys::Date::now, |p| p.now())
}

/// Runs `step` in slices of about `budget_ms` until it returns false (done) or the job is cancelled.
/// `step` does one small unit of work per call (e.g. a few model runs) and says whether more remains.
pub fn run_in_background(budget_ms: f64, step: impl FnMut() -> bool + 'static) -> Background {
    let handle = Background::default();
    schedule(handle.clone(), budget_ms, Box::new(step));
    handle
}

fn schedule(handle: Background, budget_ms: f64, mut step: Box<dyn FnMut() -> bool>) {
    leptos::prelude::set_timeout(
        move || {
            if handle.is_cancelled() {
                return;
            }
            let started = now_ms();
            let mut more = true;
            while more && now_ms() - started < budget_ms {
                more = step();
            }
            if more && !handle.is_cancelled() {
                schedule(handle, budget_ms, step);
            }
        },
        Duration::ZERO,
    );
}
