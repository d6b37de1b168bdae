//! The key-value store the scenario library is kept in: a small trait over what `localStorage` offers,
//! so the library's logic is pure and testable. The app implements it over `gloo-storage`
//! (`LocalStorage::raw()`); tests use [`super::memory_store::MemoryStore`].
//!
//! Methods take `&self` because the browser store is one shared, global object (every tab of the
//! site sees the same keys), and every call may fail: storage can be disabled (private mode,
//! settings, sandboxed iframes) or full.
//!
//! Sketch of the app's implementation (app side, not in core — core never depends on gloo/web-sys):
//! ```text
//! struct BrowserStore;  // over gloo_storage::LocalStorage::raw(): web_sys::Storage
//! get(key)    -> raw().get_item(key)                      Err(_) => StoreError::Other(msg)
//! set(key, v) -> raw().set_item(key, v)                   Err(e) whose DOMException name is
//!                "QuotaExceededError" or "NS_ERROR_DOM_QUOTA_REACHED" => StoreError::QuotaExceeded
//! remove(key) -> raw().remove_item(key)
//! keys()      -> (0..raw().length()?).filter_map(|i| raw().key(i).ok().flatten())
//! window().local_storage() being Err or Ok(None)          => every call StoreError::Unavailable
//! ```

use std::fmt;

/// Why a store call failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Storage is disabled or not available at all (every call fails).
    Unavailable,
    /// A write would exceed the storage quota; the store is unchanged.
    QuotaExceeded,
    /// Anything else the browser threw (its message).
    Other(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Unavailable => write!(f, "local storage is not available in this browser"),
            StoreError::QuotaExceeded => write!(f, "local storage is full"),
            StoreError::Other(message) => write!(f, "local storage failed: {message}"),
        }
    }
}

impl std::error::Error for StoreError {}

/// A string key-value store with `localStorage` semantics: a failed `set` leaves the previous value
/// (or absence) of the key as it was.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// Every key in the store (any order).
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}
