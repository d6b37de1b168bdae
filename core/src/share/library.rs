//! The on-device scenario library: saved scenarios, each its own store entry (an [`envelope`]), plus
//! an index — pure logic over a [`KeyValueStore`], so every fault is tested without a browser.
//!
//! Behaviour under faults (each has a test in `core/tests/share_library.rs`):
//! * **storage disabled / throwing**: `open` returns [`LibraryError::Unavailable`]; the app runs
//!   without a library and says so. A single entry that throws when read is reported and left alone;
//!   a throwing index or key list is worked around (the other one is used).
//! * **quota exceeded on save**: the entry is written first and the index second; a failed write
//!   leaves the store as it was (a new entry whose index update fails is removed again), so nothing
//!   already stored is lost or truncated, and the error says so.
//! * **corrupt entry**: its text is copied to a quarantine key, then removed from the entry key (never
//!   deleted outright); the rest loads, and [`LoadReport::notices`] tells the user.
//! * **two tabs**: the index is re-read and merged before every write, and `reload` adds entries
//!   missing from the index (a lost index race), so no saved scenario is lost by a concurrent save.
//!   Saving over an entry that another tab changed since this one read it (its `updated` stamp
//!   differs) saves a copy instead of overwriting ([`SaveOutcome::SavedAsCopy`]). The app should call
//!   [`Library::reload`] on the browser's `storage` event.
//! * **older envelopes** are migrated on read (and written in the current version on their next save);
//!   envelopes from a newer app are left alone and reported.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use laegedaekning_core::share::library::{Draft, Library};
//! use laegedaekning_core::share::memory_store::MemoryStore;
//! use laegedaekning_core::{LeverSetting, Scenario};
//! let now = Utc.with_ymd_and_hms(2026, 11, 25, 9, 30, 0).unwrap();
//! let (mut library, report) = Library::open(MemoryStore::new()).unwrap();
//! assert!(report.is_clean());
//! let scenario = Scenario { levers: vec![LeverSetting::new("P1a", 1.5)] };
//! let id = library.save_new(Draft { name: "A".into(), notes: String::new(), scenario }, now, 7).unwrap();
//! assert_eq!(library.get(&id).unwrap().name, "A");
//! ```

use super::envelope::{self, EnvelopeError, SavedScenario};
use super::library_index::{index_json, parse_index};
use super::library_keys::{entry_key, id_of_entry_key, quarantine_key, INDEX, QUARANTINE_PREFIX};
use super::library_report::{LibraryError, LoadReport, Quarantined};
use super::store::{KeyValueStore, StoreError};
use crate::levers::Scenario;
use chrono::{DateTime, TimeDelta, Utc};

/// What the user edits: everything of a saved scenario but its id and timestamps.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub name: String,
    pub notes: String,
    pub scenario: Scenario,
}

/// How an update was saved.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveOutcome {
    Saved,
    /// Another tab changed or replaced the entry since it was read here: this version was saved as a
    /// new entry with this id, and the other tab's version kept.
    SavedAsCopy { id: String },
}

/// The saved scenarios of one tab, over a shared store.
pub struct Library<S: KeyValueStore> {
    store: S,
    entries: Vec<SavedScenario>,
}

impl<S: KeyValueStore> Library<S> {
    /// Loads the library (see [`Library::reload`]).
    pub fn open(store: S) -> Result<(Self, LoadReport), LibraryError> {
        let mut library = Library { store, entries: Vec::new() };
        let report = library.reload()?;
        Ok((library, report))
    }

    /// The readable saved scenarios, in index order.
    pub fn entries(&self) -> &[SavedScenario] {
        &self.entries
    }

    pub fn get(&self, id: &str) -> Option<&SavedScenario> {
        self.entries.iter().find(|e| e.id == id)
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    /// Re-reads every entry: quarantines unreadable ones, migrates old ones, recovers entries missing
    /// from the index and repairs the index.
    pub fn reload(&mut self) -> Result<LoadReport, LibraryError> {
        let mut report = LoadReport::default();
        // A store that throws on one call (not disabled) still loads what it can: without a key
        // list the index alone is used; without a readable index the key list alone.
        let listed = match self.store.keys() {
            Ok(keys) => Some(keys),
            Err(StoreError::Unavailable) => return Err(LibraryError::Unavailable),
            Err(_) => None,
        };
        let mut keys = listed.clone().unwrap_or_default();
        let index_text = match self.store.get(INDEX) {
            Ok(text) => text,
            Err(StoreError::Unavailable) => return Err(LibraryError::Unavailable),
            Err(_) => None,
        };
        let index = match index_text.as_deref().map(parse_index) {
            None => Vec::new(),
            Some(Some(ids)) => ids,
            Some(None) => {
                let key = quarantine_key("index", &keys);
                if self.store.set(&key, index_text.as_deref().unwrap_or_default()).is_ok() {
                    keys.push(key.clone());
                    report.index_quarantined = Some(key);
                }
                Vec::new()
            }
        };
        let mut present: Vec<String> = match &listed {
            Some(keys) => keys.iter().filter_map(|k| id_of_entry_key(k)).filter(|id| envelope::is_valid_id(id)).map(String::from).collect(),
            None => index.clone(),
        };
        present.sort();
        let mut ids: Vec<String> = index.iter().filter(|id| present.contains(id)).cloned().collect();
        for id in present {
            if !ids.contains(&id) {
                report.recovered.push(id.clone());
                ids.push(id);
            }
        }
        let mut keep = Vec::new();
        let mut entries = Vec::new();
        for id in ids {
            let key = entry_key(&id);
            let text = match self.store.get(&key) {
                Ok(Some(text)) => text,
                Ok(None) => continue,
                Err(StoreError::Unavailable) => return Err(LibraryError::Unavailable),
                Err(e) => {
                    report.unreadable.push((id.clone(), e));
                    keep.push(id);
                    continue;
                }
            };
            match parse_for(&id, &text) {
                Ok(parsed) => {
                    if parsed.migrated_from.is_some() {
                        report.migrated.push(id.clone());
                    }
                    entries.push(parsed.saved);
                    keep.push(id);
                }
                Err(EnvelopeError::NewerVersion { .. }) => {
                    report.newer.push(id.clone());
                    keep.push(id);
                }
                Err(reason) => {
                    let qkey = quarantine_key(&id, &keys);
                    match self.store.set(&qkey, &text) {
                        Ok(()) => {
                            keys.push(qkey.clone());
                            // The text is safe under `qkey`; if this removal fails the next load
                            // quarantines a second copy, which loses nothing.
                            let _ = self.store.remove(&key);
                            report.quarantined.push(Quarantined { id, key: qkey, reason });
                        }
                        Err(e) => {
                            report.not_moved.push((id.clone(), reason, e));
                            keep.push(id);
                        }
                    }
                }
            }
        }
        if index_text.as_deref().and_then(parse_index).as_ref() != Some(&keep) {
            // The index is derived data: if it cannot be written now, the next load rebuilds it.
            let _ = self.store.set(INDEX, &index_json(&keep));
        }
        self.entries = entries;
        Ok(report)
    }

    /// Saves a new scenario. `nonce` is any random number from the app (two tabs saving in the same
    /// millisecond still get different ids). Returns the new id.
    pub fn save_new(&mut self, draft: Draft, now: DateTime<Utc>, nonce: u64) -> Result<String, LibraryError> {
        check_saveable(&draft)?;
        let saved = self.write_new(draft, now, now, nonce)?;
        let id = saved.id.clone();
        self.entries.push(saved);
        Ok(id)
    }

    /// Saves the scenario `id` with the edits of `draft`.
    pub fn update(&mut self, id: &str, draft: Draft, now: DateTime<Utc>, nonce: u64) -> Result<SaveOutcome, LibraryError> {
        check_saveable(&draft)?;
        let ours = self.get(id).ok_or_else(|| LibraryError::NotFound(id.to_string()))?.clone();
        let key = entry_key(id);
        let changed_elsewhere = match self.store.get(&key)? {
            None => false,
            Some(text) => !matches!(parse_for(id, &text), Ok(p) if p.saved.updated == ours.updated),
        };
        if changed_elsewhere {
            let copy = self.write_new(draft, now, now, nonce)?;
            let copy_id = copy.id.clone();
            self.entries.push(copy);
            return Ok(SaveOutcome::SavedAsCopy { id: copy_id });
        }
        // Keep `updated` strictly increasing, so every save changes the stamp other tabs compare.
        let updated = if now > ours.updated { now } else { ours.updated + TimeDelta::milliseconds(1) };
        let saved = SavedScenario { updated, name: draft.name, notes: draft.notes, scenario: draft.scenario, ..ours };
        self.store.set(&key, &envelope::to_json(&saved))?;
        // The entry is stored; if the index cannot list it now, the next load recovers it.
        let _ = self.merge_into_index(id);
        if let Some(slot) = self.entries.iter_mut().find(|e| e.id == id) {
            *slot = saved;
        }
        Ok(SaveOutcome::Saved)
    }

    /// Deletes the scenario `id` (its entry first, then its index line).
    pub fn delete(&mut self, id: &str) -> Result<(), LibraryError> {
        self.store.remove(&entry_key(id))?;
        if let Some(mut ids) = self.fresh_index()? {
            ids.retain(|x| x != id);
            let _ = self.store.set(INDEX, &index_json(&ids));
        }
        self.entries.retain(|e| e.id != id);
        Ok(())
    }

    /// Keys of entries set aside as unreadable (for a "recover" screen or a bug report).
    pub fn quarantined_keys(&self) -> Result<Vec<String>, LibraryError> {
        let mut keys: Vec<String> = self.store.keys()?.into_iter().filter(|k| k.starts_with(QUARANTINE_PREFIX)).collect();
        keys.sort();
        Ok(keys)
    }

    /// Writes a new entry, then lists it in the index; undoes the entry if the index write fails.
    fn write_new(&mut self, draft: Draft, created: DateTime<Utc>, updated: DateTime<Utc>, nonce: u64) -> Result<SavedScenario, LibraryError> {
        let keys = self.store.keys()?;
        let base = new_id(created, nonce);
        let id = (1..)
            .map(|n| if n == 1 { base.clone() } else { format!("{base}-{n}") })
            .find(|id| !keys.contains(&entry_key(id)))
            .expect("an unbounded range always has a free id");
        let saved = SavedScenario { id: id.clone(), name: draft.name, notes: draft.notes, created, updated, scenario: draft.scenario };
        self.store.set(&entry_key(&id), &envelope::to_json(&saved))?;
        if let Err(e) = self.merge_into_index(&id) {
            let _ = self.store.remove(&entry_key(&id));
            return Err(e.into());
        }
        Ok(saved)
    }

    /// Re-reads the index, adds `id` if missing and writes it back (only when it changed).
    fn merge_into_index(&self, id: &str) -> Result<(), StoreError> {
        let mut ids = self.fresh_index()?.unwrap_or_default();
        if ids.iter().any(|x| x == id) {
            return Ok(());
        }
        ids.push(id.to_string());
        self.store.set(INDEX, &index_json(&ids))
    }

    /// The index as stored now; when missing or unreadable, rebuilt from the entry keys.
    fn fresh_index(&self) -> Result<Option<Vec<String>>, StoreError> {
        if let Some(ids) = self.store.get(INDEX)?.as_deref().and_then(parse_index) {
            return Ok(Some(ids));
        }
        let mut ids: Vec<String> = self.store.keys()?.iter().filter_map(|k| id_of_entry_key(k)).map(String::from).collect();
        ids.sort();
        Ok(Some(ids))
    }
}

/// Refuses a scenario JSON cannot hold: a non-finite intensity would be written as `null` and make
/// the entry unreadable later.
fn check_saveable(draft: &Draft) -> Result<(), LibraryError> {
    match draft.scenario.levers.iter().find(|l| !l.intensity.is_finite()) {
        Some(l) => Err(LibraryError::NotANumber { lever: l.id.clone() }),
        None => Ok(()),
    }
}

/// Parses an envelope stored under the key of `id` and checks that it carries that id.
fn parse_for(id: &str, text: &str) -> Result<envelope::ParsedEnvelope, EnvelopeError> {
    let parsed = envelope::parse(text)?;
    if parsed.saved.id != id {
        return Err(EnvelopeError::WrongId { expected: id.to_string(), found: parsed.saved.id });
    }
    Ok(parsed)
}

/// A new id: the time in base-36 milliseconds and four base-36 digits of the nonce (`mi2k0xz4-0a9z`).
pub fn new_id(now: DateTime<Utc>, nonce: u64) -> String {
    fn base36(mut n: u64, min_digits: usize) -> String {
        let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
        let mut out = Vec::new();
        while n > 0 || out.len() < min_digits {
            out.push(digits[(n % 36) as usize]);
            n /= 36;
        }
        out.reverse();
        String::from_utf8(out).expect("ascii digits")
    }
    format!("{}-{}", base36(now.timestamp_millis().max(0) as u64, 1), base36(nonce % 36u64.pow(4), 4))
}
