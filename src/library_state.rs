//! The on-device scenario library as reactive state: the saved scenarios (core's `Library` over the
//! browser's localStorage), what the last load or save had to tell the reader, and the last deleted
//! scenario (so a delete can be undone). Another tab's changes arrive through `storage` events.

use crate::platform::{BrowserStorage, nonce, now_utc, on_storage_change};
use laegedaekning_core::Scenario;
use laegedaekning_core::share::{Draft, Library, LibraryError, LoadReport, SaveOutcome, SavedScenario};
use leptos::prelude::*;

/// What the panel shows besides the list.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum LibraryMessage {
    #[default]
    None,
    Loaded(LoadReport),
    Failed(LibraryError),
}

#[derive(Clone, Copy)]
pub struct LibraryState {
    library: StoredValue<Option<Library<BrowserStorage>>, LocalStorage>,
    pub entries: RwSignal<Vec<SavedScenario>>,
    pub message: RwSignal<LibraryMessage>,
    pub deleted: RwSignal<Option<SavedScenario>>,
    /// False where storage is disabled: the panel then offers the share link instead.
    pub available: RwSignal<bool>,
}

impl LibraryState {
    /// Opens the library and follows other tabs' changes.
    pub fn open() -> Self {
        let (library, message, available) = match Library::open(BrowserStorage) {
            Ok((lib, report)) => {
                let msg = if report.is_clean() { LibraryMessage::None } else { LibraryMessage::Loaded(report) };
                (Some(lib), msg, true)
            }
            Err(e) => (None, LibraryMessage::Failed(e), false),
        };
        let entries = library.as_ref().map(|l| l.entries().to_vec()).unwrap_or_default();
        let state = LibraryState {
            library: StoredValue::new_local(library),
            entries: RwSignal::new(entries),
            message: RwSignal::new(message),
            deleted: RwSignal::new(None),
            available: RwSignal::new(available),
        };
        on_storage_change(move || state.reload());
        state
    }

    fn with_library<T>(&self, f: impl FnOnce(&mut Library<BrowserStorage>) -> Result<T, LibraryError>) -> Option<T> {
        let result = self.library.try_update_value(|lib| match lib.as_mut() {
            Some(lib) => f(lib),
            None => Err(LibraryError::Unavailable),
        })?;
        self.entries.set(self.library.with_value(|l| l.as_ref().map(|l| l.entries().to_vec()).unwrap_or_default()));
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                self.message.set(LibraryMessage::Failed(e));
                None
            }
        }
    }

    /// Re-reads the store (another tab changed it).
    pub fn reload(&self) {
        if let Some(report) = self.with_library(|lib| lib.reload()) {
            if !report.is_clean() {
                self.message.set(LibraryMessage::Loaded(report));
            }
        }
    }

    /// Saves `scenario` as a new entry; returns its id.
    pub fn save(&self, name: String, scenario: Scenario) -> Option<String> {
        let draft = Draft { name, notes: String::new(), scenario };
        let id = self.with_library(|lib| lib.save_new(draft, now_utc(), nonce()))?;
        self.message.set(LibraryMessage::None);
        Some(id)
    }

    pub fn rename(&self, id: &str, name: String) {
        let Some(entry) = self.entries.with_untracked(|e| e.iter().find(|s| s.id == id).cloned()) else { return };
        let draft = Draft { name, notes: entry.notes, scenario: entry.scenario };
        let _: Option<SaveOutcome> = self.with_library(|lib| lib.update(id, draft, now_utc(), nonce()));
    }

    pub fn duplicate(&self, id: &str, copy_suffix: &str) {
        let Some(entry) = self.entries.with_untracked(|e| e.iter().find(|s| s.id == id).cloned()) else { return };
        self.save(format!("{} {copy_suffix}", entry.name), entry.scenario);
    }

    pub fn delete(&self, id: &str) {
        let entry = self.entries.with_untracked(|e| e.iter().find(|s| s.id == id).cloned());
        if self.with_library(|lib| lib.delete(id)).is_some() {
            self.deleted.set(entry);
        }
    }

    /// Brings the last deleted scenario back (as a new entry with the same name and scenario).
    pub fn undo_delete(&self) {
        if let Some(entry) = self.deleted.get_untracked() {
            if self.save(entry.name, entry.scenario).is_some() {
                self.deleted.set(None);
            }
        }
    }
}
