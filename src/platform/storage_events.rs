//! Changes another tab makes to this site's localStorage arrive as `storage` events on `window`.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Calls `on_change` whenever another tab changes localStorage. Does nothing outside a browser.
pub fn on_storage_change(on_change: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let callback = Closure::<dyn Fn()>::new(on_change);
    if window.add_event_listener_with_callback("storage", callback.as_ref().unchecked_ref()).is_ok() {
        callback.forget();
    }
}
