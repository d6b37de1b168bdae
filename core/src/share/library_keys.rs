//! The storage keys of the scenario library (all under one prefix, so the library never touches
//! another app's keys on the same origin):
//!
//! | key                                   | value                                        |
//! |---------------------------------------|----------------------------------------------|
//! | `ld2040.library.index`                | `{"format":1,"ids":["<id>",…]}` (list order) |
//! | `ld2040.library.entry.<id>`           | one [`super::envelope`], the saved scenario  |
//! | `ld2040.library.quarantine.<id>[.n]`  | the unreadable text of an entry, set aside   |
//!
//! The entries are the truth; the index is the order and a fast list, and is rebuilt from the keys
//! when it is missing, unreadable or out of date (e.g. after two tabs raced).

/// Prefix of every library key.
pub const PREFIX: &str = "ld2040.library.";
/// The index key.
pub const INDEX: &str = "ld2040.library.index";
/// Prefix of entry keys.
pub const ENTRY_PREFIX: &str = "ld2040.library.entry.";
/// Prefix of quarantine keys.
pub const QUARANTINE_PREFIX: &str = "ld2040.library.quarantine.";

/// The key of the entry with `id`.
pub fn entry_key(id: &str) -> String {
    format!("{ENTRY_PREFIX}{id}")
}

/// The id of an entry key.
pub fn id_of_entry_key(key: &str) -> Option<&str> {
    key.strip_prefix(ENTRY_PREFIX)
}

/// The first free quarantine key for `name` among `taken`: `…quarantine.<name>`, then `.2`, `.3`, ….
pub fn quarantine_key(name: &str, taken: &[String]) -> String {
    let base = format!("{QUARANTINE_PREFIX}{name}");
    (1..)
        .map(|n| if n == 1 { base.clone() } else { format!("{base}.{n}") })
        .find(|k| !taken.contains(k))
        .expect("an unbounded range always has a free key")
}
