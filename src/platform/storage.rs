//! Key-value persistence: the browser's localStorage (through `gloo-storage`) behind a small trait,
//! plus an in-memory fake for tests.

use std::cell::RefCell;
use std::collections::BTreeMap;

/// Why a value could not be read or kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// No storage on this device (private mode, sandboxed iframe, disabled by policy).
    Unavailable,
    /// The browser refused the operation (quota exceeded, security error); the message says why.
    Refused(String),
}

/// A string key-value store. Implementations never panic; every failure is a [`StoreError`].
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
}

/// The browser's `localStorage`. Availability is probed through web-sys first, because
/// `gloo_storage::LocalStorage::raw()` panics where storage is disabled.
#[derive(Clone, Copy, Debug, Default)]
pub struct BrowserStorage;

impl BrowserStorage {
    fn available() -> bool {
        web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some()
    }
}

impl KeyValueStore for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        use gloo_storage::Storage;
        if !Self::available() {
            return Err(StoreError::Unavailable);
        }
        Ok(gloo_storage::LocalStorage::raw()
            .get_item(key)
            .map_err(|e| StoreError::Refused(format!("{e:?}")))?)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        use gloo_storage::Storage;
        if !Self::available() {
            return Err(StoreError::Unavailable);
        }
        gloo_storage::LocalStorage::raw()
            .set_item(key, value)
            .map_err(|e| StoreError::Refused(format!("{e:?}")))
    }
}

/// An in-memory store for tests; `failing` makes every call fail like a disabled localStorage.
#[derive(Debug, Default)]
pub struct MemoryStore {
    pub entries: RefCell<BTreeMap<String, String>>,
    pub failing: bool,
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        if self.failing {
            return Err(StoreError::Unavailable);
        }
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.failing {
            return Err(StoreError::Unavailable);
        }
        self.entries.borrow_mut().insert(key.to_string(), value.to_string());
        Ok(())
    }
}
