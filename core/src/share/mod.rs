//! Scenario encodings: the share token for links and QR codes, and the storage envelope for the
//! on-device library — both versioned, both migrated from every released version, and both safe on
//! any input (bad input gives a typed error with a one-line message, never a panic).
//!
//! * Token: [`canonical`] form → [`token::encode`] / [`token::decode`] / [`decode_link`]; byte layout in
//!   [`token_v1`], migration chain in [`token_versions`], lever codes in [`code_table`].
//! * Library: [`envelope`] (one saved scenario as versioned JSON), [`store`] (the key-value trait the
//!   app implements over `localStorage`), [`memory_store`] (the fake for tests), [`library`] (saving,
//!   loading, quarantine, merging of concurrent tabs).
//!
//! Nothing here touches the browser: the app supplies the store and the current time.

pub mod bytes;
pub mod canonical;
pub mod checksum;
pub mod code_table;
pub mod decode_warning;
pub mod envelope;
pub mod library;
pub mod library_index;
pub mod library_keys;
pub mod library_report;
pub mod link;
pub mod memory_store;
pub mod store;
pub mod target_mask;
pub mod token;
pub mod token_error;
pub mod token_v1;
pub mod token_versions;

pub use canonical::{canonical, is_canonical};
pub use decode_warning::DecodeWarning;
pub use envelope::{EnvelopeError, SavedScenario};
pub use library::{Draft, Library, SaveOutcome};
pub use library_report::{LibraryError, LoadReport};
pub use link::{decode_link, token_of_link};
pub use token::{decode, encode, DecodedToken};
pub use store::{KeyValueStore, StoreError};
pub use token_error::TokenError;
