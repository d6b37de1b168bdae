//! The app's life cycle as the page sees it: `boot.js` fires `laegedaekning:update` on `window`
//! when a newly deployed version's service worker has taken over.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Event name shared with `public/boot.js`.
pub const UPDATE_EVENT: &str = "laegedaekning:update";

/// Calls `on_update` when a new version is ready (once per activation). Does nothing outside a
/// browser window.
pub fn on_update_ready(on_update: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let callback = Closure::<dyn Fn()>::new(on_update);
    if window
        .add_event_listener_with_callback(UPDATE_EVENT, callback.as_ref().unchecked_ref())
        .is_ok()
    {
        // The listener lives as long as the page.
        callback.forget();
    }
}

/// Reloads the page (the scenario lives in the URL, so nothing is lost).
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
