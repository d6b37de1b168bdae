//! What loading the library found, and why a library operation failed — each with a one-line message
//! for the notice the app shows ("the user is told").

use super::envelope::EnvelopeError;
use super::store::StoreError;
use std::fmt;

/// An entry that could not be read and was set aside.
#[derive(Clone, Debug, PartialEq)]
pub struct Quarantined {
    pub id: String,
    /// Where its text now is.
    pub key: String,
    pub reason: EnvelopeError,
}

/// What a load found besides the readable entries. Empty when all is well.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LoadReport {
    /// Unreadable entries moved to a quarantine key (their text is kept there).
    pub quarantined: Vec<Quarantined>,
    /// Unreadable entries that could not be moved (the store refused): left where they are.
    pub not_moved: Vec<(String, EnvelopeError, StoreError)>,
    /// Entries the store threw on when read: left where they are.
    pub unreadable: Vec<(String, StoreError)>,
    /// Entries stored by a newer app version: left alone, not shown.
    pub newer: Vec<String>,
    /// Entries stored in an older envelope version and migrated on read.
    pub migrated: Vec<String>,
    /// Entries found in the store but missing from the index (e.g. after a race between two tabs).
    pub recovered: Vec<String>,
    /// The index was unreadable and was set aside under this key, then rebuilt.
    pub index_quarantined: Option<String>,
}

impl LoadReport {
    /// Nothing to tell the user (migrations and recoveries are silent).
    pub fn is_clean(&self) -> bool {
        self.quarantined.is_empty()
            && self.not_moved.is_empty()
            && self.unreadable.is_empty()
            && self.newer.is_empty()
            && self.index_quarantined.is_none()
    }

    /// One plain sentence per problem, for the notice.
    pub fn notices(&self) -> Vec<String> {
        let mut out = Vec::new();
        for q in &self.quarantined {
            out.push(format!("A saved scenario ({}) could not be read and was set aside: {}.", q.id, q.reason));
        }
        for (id, reason, _) in &self.not_moved {
            out.push(format!("A saved scenario ({id}) could not be read: {reason}."));
        }
        for (id, e) in &self.unreadable {
            out.push(format!("A saved scenario ({id}) could not be read: {e}."));
        }
        if !self.newer.is_empty() {
            out.push(format!(
                "{} saved scenario(s) were stored by a newer version of the app and are hidden; reload to update.",
                self.newer.len()
            ));
        }
        if self.index_quarantined.is_some() {
            out.push("The list of saved scenarios was damaged and has been rebuilt.".to_string());
        }
        out
    }
}

/// Why a library operation failed. Nothing already stored is lost by a failed operation.
#[derive(Clone, Debug, PartialEq)]
pub enum LibraryError {
    /// Storage is disabled or throws on every call.
    Unavailable,
    /// No room to save; nothing already stored was changed.
    QuotaExceeded,
    /// No saved scenario with this id.
    NotFound(String),
    /// The scenario has an intensity that is not a finite number (nothing was written).
    NotANumber { lever: String },
    /// Another store failure.
    Store(StoreError),
}

impl From<StoreError> for LibraryError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Unavailable => LibraryError::Unavailable,
            StoreError::QuotaExceeded => LibraryError::QuotaExceeded,
            other => LibraryError::Store(other),
        }
    }
}

impl fmt::Display for LibraryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LibraryError::Unavailable => write!(
                f,
                "Saved scenarios are not available: this browser does not allow storage for this page (private mode or settings)."
            ),
            LibraryError::QuotaExceeded => write!(
                f,
                "There is no room left to save on this device; delete a saved scenario and try again. Nothing already saved was changed."
            ),
            LibraryError::NotFound(id) => write!(f, "The saved scenario {id} no longer exists (it may have been deleted in another tab)."),
            LibraryError::NotANumber { lever } => {
                write!(f, "The scenario cannot be saved: lever {lever} has an intensity that is not a number.")
            }
            LibraryError::Store(e) => write!(f, "Saving failed: {e}. Nothing already saved was changed."),
        }
    }
}

impl std::error::Error for LibraryError {}
