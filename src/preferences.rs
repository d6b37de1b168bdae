//! The reader's remembered choices (for now: the language), kept in a [`KeyValueStore`].

use crate::i18n::Lang;
use laegedaekning_core::share::{KeyValueStore, StoreError};

/// Storage key of the language choice; versioned so a later format can migrate it.
pub const LANG_KEY: &str = "laegedaekning.v1.lang";

/// The remembered language; Danish when nothing (or something unreadable) is stored.
pub fn load_lang(store: &dyn KeyValueStore) -> Lang {
    match store.get(LANG_KEY) {
        Ok(Some(v)) if v == "en" => Lang::En,
        _ => Lang::Da,
    }
}

/// Remembers the language choice.
pub fn save_lang(store: &dyn KeyValueStore, lang: Lang) -> Result<(), StoreError> {
    store.set(LANG_KEY, crate::i18n::html_lang(lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use laegedaekning_core::share::memory_store::MemoryStore;

    #[test]
    fn language_round_trips_and_defaults_to_danish() {
        let store = MemoryStore::new();
        assert_eq!(load_lang(&store), Lang::Da);
        save_lang(&store, Lang::En).unwrap();
        assert_eq!(load_lang(&store), Lang::En);
    }

    #[test]
    fn unreadable_or_unavailable_storage_means_danish_not_a_crash() {
        let store = MemoryStore::new();
        store.set(LANG_KEY, "{garbage").unwrap();
        assert_eq!(load_lang(&store), Lang::Da);
        let broken = MemoryStore::new();
        broken.set_disabled(true);
        assert_eq!(load_lang(&broken), Lang::Da);
        assert_eq!(save_lang(&broken, Lang::En), Err(StoreError::Unavailable));
    }
}
