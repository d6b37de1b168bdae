//! An in-memory [`KeyValueStore`] for tests, with the faults of a real browser store: disabled
//! storage, a byte quota (a write that would exceed it fails and changes nothing), and keys whose
//! reads throw. Clones share one store, like two tabs sharing one `localStorage`.
//!
//! ```
//! use laegedaekning_core::share::memory_store::MemoryStore;
//! use laegedaekning_core::share::store::{KeyValueStore, StoreError};
//! let tab_a = MemoryStore::new();
//! let tab_b = tab_a.clone();
//! tab_a.set("k", "v").unwrap();
//! assert_eq!(tab_b.get("k").unwrap().as_deref(), Some("v"));
//! tab_a.set_quota(Some(4));
//! assert_eq!(tab_a.set("k", "longer"), Err(StoreError::QuotaExceeded));
//! assert_eq!(tab_b.get("k").unwrap().as_deref(), Some("v"));
//! ```

use super::store::{KeyValueStore, StoreError};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

#[derive(Default)]
struct Inner {
    map: BTreeMap<String, String>,
    disabled: bool,
    quota: Option<usize>,
    throwing: BTreeSet<String>,
}

/// A shared in-memory store with switchable faults.
#[derive(Clone, Default)]
pub struct MemoryStore {
    inner: Rc<RefCell<Inner>>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// Every call fails with [`StoreError::Unavailable`] while `disabled`.
    pub fn set_disabled(&self, disabled: bool) {
        self.inner.borrow_mut().disabled = disabled;
    }

    /// Total bytes (keys + values) the store may hold; `None`: unlimited.
    pub fn set_quota(&self, bytes: Option<usize>) {
        self.inner.borrow_mut().quota = bytes;
    }

    /// Reads of `key` fail with [`StoreError::Other`].
    pub fn make_unreadable(&self, key: &str) {
        self.inner.borrow_mut().throwing.insert(key.to_string());
    }

    /// Bytes in use.
    pub fn used(&self) -> usize {
        self.inner.borrow().map.iter().map(|(k, v)| k.len() + v.len()).sum()
    }

    /// A copy of the contents, bypassing faults.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.inner.borrow().map.clone()
    }

    /// Writes bypassing faults (to plant corrupt entries in tests).
    pub fn plant(&self, key: &str, value: &str) {
        self.inner.borrow_mut().map.insert(key.to_string(), value.to_string());
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        let inner = self.inner.borrow();
        if inner.disabled {
            return Err(StoreError::Unavailable);
        }
        if inner.throwing.contains(key) {
            return Err(StoreError::Other(format!("reading {key} threw")));
        }
        Ok(inner.map.get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let mut inner = self.inner.borrow_mut();
        if inner.disabled {
            return Err(StoreError::Unavailable);
        }
        if let Some(quota) = inner.quota {
            let used: usize = inner.map.iter().filter(|(k, _)| *k != key).map(|(k, v)| k.len() + v.len()).sum();
            if used + key.len() + value.len() > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        inner.map.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        let mut inner = self.inner.borrow_mut();
        if inner.disabled {
            return Err(StoreError::Unavailable);
        }
        inner.map.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let inner = self.inner.borrow();
        if inner.disabled {
            return Err(StoreError::Unavailable);
        }
        Ok(inner.map.keys().cloned().collect())
    }
}
