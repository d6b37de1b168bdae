//! Keeping a presentation alive: the screen wake lock (so a projector or kiosk tablet does not
//! dim while presenting; re-requested when the page becomes visible again, because browsers release
//! it on hiding) and the time of the reader's last input (for the kiosk's idle reset). The Wake Lock
//! API is reached through `js_sys::Reflect` because web-sys only offers it behind unstable flags;
//! where it is missing or refused nothing happens.

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Asks for a screen wake lock once; errors (no API, not allowed, hidden page) are ignored.
fn request_wake_lock() {
    let Some(window) = web_sys::window() else { return };
    let navigator: JsValue = window.navigator().into();
    let Ok(wake_lock) = js_sys::Reflect::get(&navigator, &"wakeLock".into()) else { return };
    if wake_lock.is_undefined() || wake_lock.is_null() {
        return;
    }
    let Ok(request) = js_sys::Reflect::get(&wake_lock, &"request".into()) else { return };
    let Some(request) = request.dyn_ref::<js_sys::Function>() else { return };
    if let Ok(promise) = request.call1(&wake_lock, &"screen".into()) {
        if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
            let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
            let _ = promise.catch(&ignore);
            ignore.forget();
        }
    }
}

/// Keeps the screen on while this page is shown: requests the wake lock now and again each time
/// the page becomes visible.
pub fn keep_screen_on() {
    request_wake_lock();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let doc = document.clone();
    let again = Closure::<dyn Fn()>::new(move || {
        if doc.visibility_state() == web_sys::VisibilityState::Visible {
            request_wake_lock();
        }
    });
    if document.add_event_listener_with_callback("visibilitychange", again.as_ref().unchecked_ref()).is_ok() {
        again.forget();
    }
}

/// Milliseconds since the reader last touched, clicked, typed or scrolled (input events of any
/// kind, captured on the document).
#[derive(Clone)]
pub struct Activity {
    last: Rc<Cell<f64>>,
}

impl Activity {
    /// Starts watching input on the document.
    pub fn watch() -> Self {
        let activity = Activity { last: Rc::new(Cell::new(super::now_ms())) };
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            for kind in ["pointerdown", "keydown", "input", "wheel", "touchstart"] {
                let last = activity.last.clone();
                let seen = Closure::<dyn Fn()>::new(move || last.set(super::now_ms()));
                if document.add_event_listener_with_callback_and_bool(kind, seen.as_ref().unchecked_ref(), true).is_ok() {
                    seen.forget();
                }
            }
        }
        activity
    }

    pub fn idle_ms(&self) -> f64 {
        super::now_ms() - self.last.get()
    }

    /// Counts as input now (e.g. after the app itself reset the screen).
    pub fn touch(&self) {
        self.last.set(super::now_ms());
    }
}
