//! Everything that touches the browser's APIs lives here, behind small traits, so the rest of the
//! app is plain Rust that tests can drive with fakes.

mod document;
mod storage;

pub use document::set_html_lang;
pub use storage::{BrowserStorage, KeyValueStore, MemoryStore, StoreError};
