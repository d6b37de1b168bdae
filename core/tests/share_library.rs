//! The scenario library under faults, on the in-memory store: disabled storage, quota exceeded,
//! corrupt and throwing entries, a damaged index, two tabs, newer envelopes.

use chrono::{DateTime, TimeZone, Utc};
use laegedaekning_core::share::library_keys::{entry_key, INDEX};
use laegedaekning_core::share::memory_store::MemoryStore;
use laegedaekning_core::share::{Draft, KeyValueStore, Library, LibraryError, SaveOutcome};
use laegedaekning_core::{LeverSetting, Scenario};

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 9, minute, 0).unwrap()
}

fn draft(name: &str, intensity: f64) -> Draft {
    Draft { name: name.into(), notes: format!("notes on {name}"), scenario: Scenario { levers: vec![LeverSetting::new("P1a", intensity)] } }
}

fn names<S: KeyValueStore>(l: &Library<S>) -> Vec<String> {
    l.entries().iter().map(|e| e.name.clone()).collect()
}

/// A store holding three saved scenarios A, B, C; returns it and their ids.
fn three() -> (MemoryStore, Vec<String>) {
    let store = MemoryStore::new();
    let (mut lib, _) = Library::open(store.clone()).unwrap();
    let ids = ["A", "B", "C"].iter().enumerate().map(|(i, n)| lib.save_new(draft(n, 1.0), at(i as u32), i as u64).unwrap()).collect();
    (store, ids)
}

#[test]
fn saved_scenarios_load_back_in_order() {
    let (store, ids) = three();
    let (lib, report) = Library::open(store).unwrap();
    assert!(report.is_clean(), "{report:?}");
    assert_eq!(names(&lib), ["A", "B", "C"]);
    assert_eq!(lib.get(&ids[1]).unwrap().notes, "notes on B");
    assert_eq!(lib.get(&ids[1]).unwrap().created, at(1));
}

#[test]
fn disabled_storage_is_a_clear_error_not_a_crash() {
    let store = MemoryStore::new();
    store.set_disabled(true);
    let err = Library::open(store.clone()).err().unwrap();
    assert_eq!(err, LibraryError::Unavailable);
    println!("{err}");
    store.set_disabled(false);
    let (mut lib, _) = Library::open(store.clone()).unwrap();
    store.set_disabled(true);
    assert_eq!(lib.save_new(draft("X", 1.0), at(0), 1), Err(LibraryError::Unavailable));
    assert_eq!(lib.reload().err(), Some(LibraryError::Unavailable));
}

#[test]
fn quota_exceeded_on_save_changes_nothing_already_stored() {
    let (store, ids) = three();
    let (mut lib, _) = Library::open(store.clone()).unwrap();
    let before = store.snapshot();
    // No room for the entry at all.
    store.set_quota(Some(store.used() + 10));
    assert_eq!(lib.save_new(draft("D", 2.0), at(5), 9), Err(LibraryError::QuotaExceeded));
    assert_eq!(store.snapshot(), before);
    // Room for the entry but not for the longer index: the entry is undone.
    let entry_len = store.snapshot()[&entry_key(&ids[0])].len() + entry_key(&ids[0]).len();
    store.set_quota(Some(store.used() + entry_len + 4));
    assert_eq!(lib.save_new(draft("D", 2.0), at(5), 9), Err(LibraryError::QuotaExceeded));
    assert_eq!(store.snapshot(), before);
    // An update too big for the quota leaves the old version intact.
    store.set_quota(Some(store.used() + 5));
    let mut big = draft("B", 2.0);
    big.notes = "x".repeat(500);
    assert_eq!(lib.update(&ids[1], big, at(6), 0), Err(LibraryError::QuotaExceeded));
    assert_eq!(store.snapshot(), before);
    assert_eq!(lib.get(&ids[1]).unwrap().notes, "notes on B");
    println!("{}", LibraryError::QuotaExceeded);
    let (reopened, report) = Library::open(store).unwrap();
    assert!(report.is_clean());
    assert_eq!(names(&reopened), ["A", "B", "C"]);
}

#[test]
fn a_corrupt_entry_is_set_aside_and_the_rest_loads() {
    let (store, ids) = three();
    let garbage = "{\"format\":1,\"id\":\"trunc";
    store.plant(&entry_key(&ids[1]), garbage);
    let (lib, report) = Library::open(store.clone()).unwrap();
    assert_eq!(names(&lib), ["A", "C"]);
    assert_eq!(report.quarantined.len(), 1);
    let q = &report.quarantined[0];
    assert_eq!(q.id, ids[1]);
    assert_eq!(store.get(&q.key).unwrap().as_deref(), Some(garbage), "kept verbatim under the quarantine key");
    assert_eq!(store.get(&entry_key(&ids[1])).unwrap(), None);
    assert_eq!(lib.quarantined_keys().unwrap(), vec![q.key.clone()]);
    let notices = report.notices();
    assert_eq!(notices.len(), 1);
    println!("{}", notices[0]);
    // The index no longer lists it; a second corrupt copy under the same id gets its own key.
    assert!(!store.get(INDEX).unwrap().unwrap().contains(&ids[1]));
    store.plant(&entry_key(&ids[1]), "not json");
    let (_, report) = Library::open(store.clone()).unwrap();
    assert_eq!(report.quarantined[0].key, format!("{}.2", q.key));
    assert_eq!(store.get(&q.key).unwrap().as_deref(), Some(garbage));
}

#[test]
fn entries_of_the_wrong_shape_or_id_are_quarantined_too() {
    let (store, ids) = three();
    let a = store.get(&entry_key(&ids[0])).unwrap().unwrap();
    store.plant(&entry_key(&ids[1]), &a); // A's envelope under B's key
    store.plant(&entry_key(&ids[2]), "{\"format\":1,\"id\":\"x\"}");
    store.plant(&entry_key("zz-0000"), "{\"format\":0}");
    let (lib, report) = Library::open(store).unwrap();
    assert_eq!(names(&lib), ["A"]);
    assert_eq!(report.quarantined.len(), 3, "{report:?}");
}

#[test]
fn when_quarantine_itself_fails_the_entry_stays_where_it_is() {
    let (store, ids) = three();
    store.plant(&entry_key(&ids[0]), "garbage");
    store.set_quota(Some(store.used()));
    let (lib, report) = Library::open(store.clone()).unwrap();
    assert_eq!(names(&lib), ["B", "C"]);
    assert_eq!(report.not_moved.len(), 1);
    assert_eq!(store.get(&entry_key(&ids[0])).unwrap().as_deref(), Some("garbage"));
    assert!(!report.is_clean());
}

#[test]
fn an_entry_that_throws_is_reported_and_left_alone() {
    let (store, ids) = three();
    store.make_unreadable(&entry_key(&ids[2]));
    let (lib, report) = Library::open(store.clone()).unwrap();
    assert_eq!(names(&lib), ["A", "B"]);
    assert_eq!(report.unreadable.len(), 1);
    assert!(store.snapshot().contains_key(&entry_key(&ids[2])));
}

#[test]
fn a_damaged_index_is_set_aside_and_rebuilt() {
    let (store, _) = three();
    store.plant(INDEX, "[[[");
    let (lib, report) = Library::open(store.clone()).unwrap();
    assert_eq!(lib.entries().len(), 3);
    let key = report.index_quarantined.clone().unwrap();
    assert_eq!(store.get(&key).unwrap().as_deref(), Some("[[["));
    let (_, again) = Library::open(store).unwrap();
    assert!(again.is_clean(), "the rebuilt index is written back");
}

#[test]
fn two_tabs_saving_lose_nothing() {
    let (store, _) = three();
    let (mut tab_a, _) = Library::open(store.clone()).unwrap();
    let (mut tab_b, _) = Library::open(store.clone()).unwrap();
    tab_a.save_new(draft("from A", 1.0), at(10), 1).unwrap();
    tab_b.save_new(draft("from B", 2.0), at(10), 2).unwrap(); // same millisecond, stale list
    let (fresh, report) = Library::open(store.clone()).unwrap();
    assert!(report.is_clean());
    assert_eq!(names(&fresh), ["A", "B", "C", "from A", "from B"]);
    tab_a.reload().unwrap();
    assert_eq!(tab_a.entries().len(), 5);
}

#[test]
fn a_lost_index_race_is_repaired_on_load() {
    let (store, _) = three();
    let stale_index = store.get(INDEX).unwrap().unwrap();
    let (mut tab_a, _) = Library::open(store.clone()).unwrap();
    let id = tab_a.save_new(draft("from A", 1.0), at(10), 1).unwrap();
    store.plant(INDEX, &stale_index); // tab B wrote the index it had read before A's save
    let (fresh, report) = Library::open(store.clone()).unwrap();
    assert_eq!(report.recovered, vec![id.clone()]);
    assert_eq!(names(&fresh), ["A", "B", "C", "from A"]);
    assert!(store.get(INDEX).unwrap().unwrap().contains(&id));
}

#[test]
fn editing_the_same_scenario_in_two_tabs_keeps_both_versions() {
    let (store, ids) = three();
    let (mut tab_a, _) = Library::open(store.clone()).unwrap();
    let (mut tab_b, _) = Library::open(store.clone()).unwrap();
    assert_eq!(tab_a.update(&ids[0], draft("A edited in A", 2.0), at(20), 0), Ok(SaveOutcome::Saved));
    let outcome = tab_b.update(&ids[0], draft("A edited in B", 3.0), at(21), 5).unwrap();
    let SaveOutcome::SavedAsCopy { id: copy } = outcome else { panic!("expected a copy, got {outcome:?}") };
    let (fresh, _) = Library::open(store.clone()).unwrap();
    assert_eq!(fresh.get(&ids[0]).unwrap().name, "A edited in A");
    assert_eq!(fresh.get(&copy).unwrap().name, "A edited in B");
    // Saving twice in one tab is not a conflict, even within one millisecond.
    assert_eq!(tab_a.update(&ids[0], draft("again", 2.5), at(20), 0), Ok(SaveOutcome::Saved));
    assert_eq!(tab_a.update(&ids[0], draft("and again", 2.5), at(20), 0), Ok(SaveOutcome::Saved));
}

#[test]
fn deleting_in_one_tab_and_saving_in_another_keeps_the_save() {
    let (store, ids) = three();
    let (mut tab_a, _) = Library::open(store.clone()).unwrap();
    let (mut tab_b, _) = Library::open(store.clone()).unwrap();
    tab_a.delete(&ids[1]).unwrap();
    assert_eq!(names(&tab_a), ["A", "C"]);
    assert_eq!(tab_b.update(&ids[1], draft("B kept", 1.0), at(30), 0), Ok(SaveOutcome::Saved));
    let (fresh, _) = Library::open(store).unwrap();
    assert_eq!(names(&fresh), ["A", "C", "B kept"], "re-listed at the end");
}

#[test]
fn entries_from_a_newer_app_are_left_alone() {
    let (store, ids) = three();
    let newer = "{\"format\":7,\"id\":\"future\",\"shape\":\"unknown\"}";
    store.plant(&entry_key(&ids[1]), newer);
    let (lib, report) = Library::open(store.clone()).unwrap();
    assert_eq!(names(&lib), ["A", "C"]);
    assert_eq!(report.newer, vec![ids[1].clone()]);
    assert!(report.quarantined.is_empty());
    assert_eq!(store.get(&entry_key(&ids[1])).unwrap().as_deref(), Some(newer));
    assert!(store.get(INDEX).unwrap().unwrap().contains(&ids[1]));
    println!("{:?}", report.notices());
}

#[test]
fn a_throwing_index_or_key_list_still_loads_what_it_can() {
    let (store, _) = three();
    store.make_unreadable(INDEX);
    let (lib, _) = Library::open(store.clone()).unwrap();
    assert_eq!(lib.entries().len(), 3, "rebuilt from the keys");
}

#[test]
fn a_scenario_json_cannot_hold_is_refused_before_writing() {
    let (store, ids) = three();
    let (mut lib, _) = Library::open(store.clone()).unwrap();
    let before = store.snapshot();
    let mut bad = draft("NaN", 1.0);
    bad.scenario.levers[0].intensity = f64::NAN;
    assert!(matches!(lib.save_new(bad.clone(), at(40), 0), Err(LibraryError::NotANumber { .. })));
    assert!(matches!(lib.update(&ids[0], bad, at(40), 0), Err(LibraryError::NotANumber { .. })));
    assert_eq!(store.snapshot(), before);
}
