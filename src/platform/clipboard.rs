//! Copying text to the clipboard (`navigator.clipboard.writeText`). Where the browser refuses (no
//! secure context, permission denied) the refusal is swallowed: the caller also shows the text as a
//! selectable field.

use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

/// Starts copying `text`; returns false when there is no window to copy from.
pub fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let promise = window.navigator().clipboard().write_text(text);
    let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
    let _ = promise.catch(&ignore);
    ignore.forget();
    true
}
