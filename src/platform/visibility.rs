//! Whether an element is on (or near) the screen (IntersectionObserver), so a chart far below the
//! fold can skip redrawing under a slider and catch up the moment it scrolls into view.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// How far outside the viewport an element still counts as visible, so it is fresh when it arrives.
const MARGIN: &str = "300px 0px";

/// Keeps watching while it lives; dropping it stops the observer.
pub struct VisibilityObserver {
    observer: web_sys::IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for VisibilityObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Calls `on_change` with whether `element` is within [`MARGIN`] of the viewport, when observation
/// starts and on every change. `None` without IntersectionObserver (the caller then assumes visible).
pub fn observe_visible(element: &web_sys::Element, on_change: impl Fn(bool) + 'static) -> Option<VisibilityObserver> {
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Some(entry) = entries.iter().last().and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok()) {
            on_change(entry.is_intersecting());
        }
    });
    let init = web_sys::IntersectionObserverInit::new();
    init.set_root_margin(MARGIN);
    let observer = web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init).ok()?;
    observer.observe(element);
    let _: &JsValue = observer.as_ref();
    Some(VisibilityObserver { observer, _callback: callback })
}
