//! The laid-out width of an element as a signal (ResizeObserver through `platform::observe_width`),
//! so SVG charts are drawn for the width they get: readable type on a phone, more room on a
//! projector.

use crate::platform::{WidthObserver, observe_width};
use leptos::html::Div;
use leptos::prelude::*;

/// The width of `node` in whole px, `initial` until it has been measured.
pub fn tracked_width(node: NodeRef<Div>, initial: f64) -> RwSignal<f64> {
    let width = RwSignal::new(initial);
    let observer = StoredValue::new_local(None::<WidthObserver>);
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            observer.set_value(observe_width(&el, move |w| {
                let _ = width.try_set(w.round());
            }));
        }
    });
    width
}
