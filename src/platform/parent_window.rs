//! The page that embeds the app in an iframe: messages to it (`window.parent.postMessage`) and from
//! it (`message` events), and every value of a repeated query parameter.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Whether the app runs inside a frame.
pub fn is_framed() -> bool {
    web_sys::window().and_then(|w| w.parent().ok().flatten()).zip(web_sys::window()).is_some_and(|(p, w)| p != w)
}

/// Posts `json` to the embedding page (target origin `*`: see `embed_protocol` for why).
pub fn post_to_parent(json: &str) {
    if let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) {
        let _ = parent.post_message(&wasm_bindgen::JsValue::from_str(json), "*");
    }
}

/// Calls `on_message(origin, text)` for every message posted to this window; an object is passed
/// as its JSON text, anything unserialisable as an empty string.
pub fn on_message(on_message: impl Fn(String, String) + 'static) {
    let Some(window) = web_sys::window() else { return };
    let callback = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let data = ev.data();
        let text = data.as_string().unwrap_or_else(|| {
            js_sys::JSON::stringify(&data).ok().and_then(|s| s.as_string()).unwrap_or_default()
        });
        on_message(ev.origin(), text);
    });
    if window.add_event_listener_with_callback("message", callback.as_ref().unchecked_ref()).is_ok() {
        callback.forget();
    }
}

/// Every value of query parameter `name` (`?origin=a&origin=b`).
pub fn query_values(name: &str) -> Vec<String> {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else { return Vec::new() };
    params.get_all(name).iter().filter_map(|v| v.as_string()).collect()
}
