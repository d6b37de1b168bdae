//! The page address as app state: read a query parameter, and replace one in place with
//! `history.replaceState` (no new history entry, no navigation, no scroll jump).

use wasm_bindgen::JsValue;

fn location_search() -> Option<String> {
    web_sys::window()?.location().search().ok()
}

/// The value of query parameter `name` in the current address, if present.
pub fn query_param(name: &str) -> Option<String> {
    let params = web_sys::UrlSearchParams::new_with_str(&location_search()?).ok()?;
    params.get(name)
}

/// Sets (or with `None` removes) query parameter `name`, keeping every other parameter and the
/// fragment, through `history.replaceState`. Failures (e.g. a sandboxed iframe that forbids it)
/// are ignored: the address is a convenience, the app state lives in signals.
pub fn replace_query_param(name: &str, value: Option<&str>) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let (Ok(search), Ok(path), Ok(hash)) = (location.search(), location.pathname(), location.hash()) else {
        return;
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else { return };
    match value {
        Some(v) => params.set(name, v),
        None => params.delete(name),
    }
    let query: String = params.to_string().into();
    let url = if query.is_empty() { format!("{path}{hash}") } else { format!("{path}?{query}{hash}") };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}
