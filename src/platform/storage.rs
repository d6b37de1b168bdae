//! The browser's `localStorage` as core's [`KeyValueStore`] (the trait the scenario library and the
//! preferences are written against), through `gloo-storage`. Tests use core's `MemoryStore`.

use laegedaekning_core::share::{KeyValueStore, StoreError};
use wasm_bindgen::JsCast;

/// The browser's `localStorage`. Availability is probed through web-sys first, because
/// `gloo_storage::LocalStorage::raw()` panics where storage is disabled (private mode, sandboxed
/// iframes, storage blocked by policy).
#[derive(Clone, Copy, Debug, Default)]
pub struct BrowserStorage;

fn storage() -> Result<web_sys::Storage, StoreError> {
    use gloo_storage::Storage;
    let available = web_sys::window().and_then(|w| w.local_storage().ok().flatten()).is_some();
    if available { Ok(gloo_storage::LocalStorage::raw()) } else { Err(StoreError::Unavailable) }
}

/// Maps what the browser threw: a full store is `QuotaExceeded` (Chromium and WebKit call it
/// "QuotaExceededError", old Firefox "NS_ERROR_DOM_QUOTA_REACHED").
fn thrown(e: wasm_bindgen::JsValue) -> StoreError {
    match e.dyn_ref::<web_sys::DomException>().map(|d| d.name()) {
        Some(n) if n == "QuotaExceededError" || n == "NS_ERROR_DOM_QUOTA_REACHED" => StoreError::QuotaExceeded,
        Some(n) => StoreError::Other(n),
        None => StoreError::Other(format!("{e:?}")),
    }
}

impl KeyValueStore for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        storage()?.get_item(key).map_err(thrown)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        storage()?.set_item(key, value).map_err(thrown)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        storage()?.remove_item(key).map_err(thrown)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let s = storage()?;
        let n = s.length().map_err(thrown)?;
        Ok((0..n).filter_map(|i| s.key(i).ok().flatten()).collect())
    }
}
