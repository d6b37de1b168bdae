//! Whether an element is on or near the screen, as a signal (IntersectionObserver through
//! `platform::observe_visible`). True until measured and where the browser cannot tell.

use crate::platform::{VisibilityObserver, observe_visible};
use leptos::html::Div;
use leptos::prelude::*;

/// The visibility of `node`.
pub fn tracked_visibility(node: NodeRef<Div>) -> RwSignal<bool> {
    let visible = RwSignal::new(true);
    let observer = StoredValue::new_local(None::<VisibilityObserver>);
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            observer.set_value(observe_visible(&el, move |v| {
                let _ = visible.try_set(v);
            }));
        }
    });
    visible
}
