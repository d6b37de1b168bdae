//! An element's width as it changes (ResizeObserver), so charts lay themselves out for the width
//! they actually get: year labels thin out on a phone instead of shrinking with the whole SVG.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Keeps watching while it lives; dropping it stops the observer.
pub struct WidthObserver {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for WidthObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Calls `on_width` with `element`'s rendered width in CSS px when observation starts and after
/// every resize. `None` where the browser has no ResizeObserver (the chart keeps its default width).
pub fn observe_width(element: &web_sys::Element, on_width: impl Fn(f64) + 'static) -> Option<WidthObserver> {
    let target = element.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        let width = target.get_bounding_client_rect().width();
        if width > 0.0 {
            on_width(width);
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    Some(WidthObserver { observer, _callback: callback })
}
