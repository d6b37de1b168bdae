//! The library index: the ordered list of saved-scenario ids, `{"format":1,"ids":[…]}` under
//! [`super::library_keys::INDEX`]. It is derived data (the entries are the truth), so it is re-read
//! and merged before every write and rebuilt from the keys whenever it is missing or unreadable.
//! Any `format` with a readable `ids` list of strings is accepted, so a newer app must keep `ids`.

use super::envelope::is_valid_id;
use serde::{Deserialize, Serialize};

/// The index version written.
pub const INDEX_VERSION: u64 = 1;

#[derive(Serialize, Deserialize)]
struct IndexJson {
    format: u64,
    ids: Vec<String>,
}

/// The ids of an index text, in order, without repeats or invalid ids (`None`: unreadable).
pub fn parse_index(text: &str) -> Option<Vec<String>> {
    let index: IndexJson = serde_json::from_str(text).ok()?;
    let mut ids: Vec<String> = Vec::new();
    for id in index.ids {
        if is_valid_id(&id) && !ids.contains(&id) {
            ids.push(id);
        }
    }
    Some(ids)
}

/// The index text of `ids`.
pub fn index_json(ids: &[String]) -> String {
    serde_json::to_string(&IndexJson { format: INDEX_VERSION, ids: ids.to_vec() }).expect("an index always serialises")
}
