//! Work that must not make the reader wait (Monte Carlo bands, attribution, the budget portfolio),
//! run in small slices between frames: each slice calls a job's `step` until about `budget_ms` have
//! passed, then yields to the browser so input and painting go first. Slices are scheduled as
//! `MessageChannel` messages — unlike `setTimeout(0)`, which browsers clamp to 4 ms once nested, so
//! a job would idle a third of the time — with `setTimeout` as the fallback. Several jobs take turns.
//! A new job for the same purpose cancels the old one through its [`Background`] handle.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

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

struct Task {
    handle: Background,
    budget_ms: f64,
    step: Box<dyn FnMut() -> bool>,
}

thread_local! {
    static TASKS: RefCell<Vec<Task>> = const { RefCell::new(Vec::new()) };
    /// The channel's sending port, once set up (`None`: use `setTimeout`).
    static PORT: RefCell<Option<Option<web_sys::MessagePort>>> = const { RefCell::new(None) };
    /// A slice is already scheduled (at most one in flight, so jobs never run in two chains).
    static SCHEDULED: Cell<bool> = const { Cell::new(false) };
}

/// Runs `step` in slices of about `budget_ms` until it returns false (done) or the job is cancelled.
/// `step` does one small unit of work per call (e.g. a few model runs) and says whether more remains.
pub fn run_in_background(budget_ms: f64, step: impl FnMut() -> bool + 'static) -> Background {
    let handle = Background::default();
    TASKS.with(|t| t.borrow_mut().push(Task { handle: handle.clone(), budget_ms, step: Box::new(step) }));
    schedule();
    handle
}

/// One slice of the first task, which then goes to the back of the queue.
fn run_slice() {
    SCHEDULED.with(|s| s.set(false));
    let Some(mut task) = TASKS.with(|t| {
        let mut tasks = t.borrow_mut();
        tasks.retain(|task| !task.handle.is_cancelled());
        (!tasks.is_empty()).then(|| tasks.remove(0))
    }) else {
        return;
    };
    let started = now_ms();
    let mut more = true;
    while more && now_ms() - started < task.budget_ms && !task.handle.is_cancelled() {
        more = (task.step)();
    }
    let remaining = TASKS.with(|t| {
        let mut tasks = t.borrow_mut();
        if more && !task.handle.is_cancelled() {
            tasks.push(task);
        }
        tasks.retain(|task| !task.handle.is_cancelled());
        !tasks.is_empty()
    });
    if remaining {
        schedule();
    }
}

fn port() -> Option<web_sys::MessagePort> {
    PORT.with(|p| {
        p.borrow_mut()
            .get_or_insert_with(|| {
                let channel = web_sys::MessageChannel::new().ok()?;
                let on_message = Closure::<dyn FnMut()>::new(run_slice);
                channel.port1().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
                on_message.forget(); // one listener for the page's lifetime
                Some(channel.port2())
            })
            .clone()
    })
}

fn schedule() {
    if SCHEDULED.with(|s| s.replace(true)) {
        return;
    }
    match port() {
        Some(p) if p.post_message(&wasm_bindgen::JsValue::NULL).is_ok() => {}
        _ => leptos::prelude::set_timeout(run_slice, Duration::ZERO),
    }
}
