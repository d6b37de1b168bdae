//! Random sequences of library operations from two tabs on one faulting store (quota switched on and
//! off, storage disabled, entries corrupted behind the library's back): nothing panics, and after
//! the faults clear, every scenario whose save succeeded is there with its last saved content —
//! no saved scenario is lost or truncated, and every damaged entry is still somewhere in the store
//! (set aside, not deleted). `FUZZ_LIBRARY_CASES` sequences (default 500). (That a concurrent edit
//! is saved as a copy rather than overwriting is checked by `share_library.rs`.)

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use laegedaekning_core::share::library_keys::entry_key;
use laegedaekning_core::share::memory_store::MemoryStore;
use laegedaekning_core::share::{Draft, Library, SaveOutcome};
use laegedaekning_core::{LeverSetting, Scenario};
use proptest::prelude::*;
use std::collections::BTreeMap;

#[derive(Clone, Debug)]
enum Op {
    SaveNew { tab: usize, size: usize },
    Update { tab: usize, pick: usize, size: usize },
    Delete { tab: usize, pick: usize },
    Reload { tab: usize },
    Corrupt { pick: usize },
    Quota(Option<usize>),
    Disable(bool),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..2usize, 0..300usize).prop_map(|(tab, size)| Op::SaveNew { tab, size }),
        4 => (0..2usize, any::<usize>(), 0..300usize).prop_map(|(tab, pick, size)| Op::Update { tab, pick, size }),
        1 => (0..2usize, any::<usize>()).prop_map(|(tab, pick)| Op::Delete { tab, pick }),
        2 => (0..2usize).prop_map(|tab| Op::Reload { tab }),
        1 => any::<usize>().prop_map(|pick| Op::Corrupt { pick }),
        1 => proptest::option::of(0..4000usize).prop_map(Op::Quota),
        1 => any::<bool>().prop_map(Op::Disable),
    ]
}

fn draft(name: String, size: usize) -> Draft {
    Draft { name, notes: "n".repeat(size), scenario: Scenario { levers: vec![LeverSetting::new("P3", (size % 20) as f64)] } }
}

fn run(ops: Vec<Op>) -> Result<(), TestCaseError> {
    let store = MemoryStore::new();
    let mut tabs = [Library::open(store.clone()).unwrap().0, Library::open(store.clone()).unwrap().0];
    // id → name of its last successful save.
    let mut expected: BTreeMap<String, String> = BTreeMap::new();
    // id → the damaged text planted under it (must survive, set aside, unless a tab deletes the id).
    let mut planted: BTreeMap<String, String> = BTreeMap::new();
    let start: DateTime<Utc> = Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).unwrap();
    for (step, op) in ops.into_iter().enumerate() {
        let now = start + TimeDelta::milliseconds(step as i64 / 3);
        let name = format!("v{step}");
        match op {
            Op::SaveNew { tab, size } => {
                if let Ok(id) = tabs[tab].save_new(draft(name.clone(), size), now, step as u64) {
                    expected.insert(id, name);
                }
            }
            Op::Update { tab, pick, size } => {
                let ids: Vec<String> = tabs[tab].entries().iter().map(|e| e.id.clone()).collect();
                if ids.is_empty() {
                    continue;
                }
                let id = ids[pick % ids.len()].clone();
                match tabs[tab].update(&id, draft(name.clone(), size), now, step as u64) {
                    Ok(SaveOutcome::Saved) => {
                        expected.insert(id, name);
                    }
                    Ok(SaveOutcome::SavedAsCopy { id: copy }) => {
                        expected.insert(copy, name);
                    }
                    Err(_) => {}
                }
            }
            Op::Delete { tab, pick } => {
                let ids: Vec<String> = tabs[tab].entries().iter().map(|e| e.id.clone()).collect();
                if ids.is_empty() {
                    continue;
                }
                let id = ids[pick % ids.len()].clone();
                if tabs[tab].delete(&id).is_ok() {
                    expected.remove(&id);
                    planted.remove(&id);
                }
            }
            Op::Reload { tab } => {
                let _ = tabs[tab].reload();
            }
            Op::Corrupt { pick } => {
                if expected.is_empty() {
                    continue;
                }
                let id = expected.keys().nth(pick % expected.len()).unwrap().clone();
                let garbage = format!("{{\"format\":1,\"id\":{step}");
                store.plant(&entry_key(&id), &garbage);
                expected.remove(&id);
                planted.insert(id, garbage);
            }
            Op::Quota(q) => store.set_quota(q.map(|extra| store.used() + extra)),
            Op::Disable(d) => store.set_disabled(d),
        }
    }
    store.set_disabled(false);
    store.set_quota(None);
    let (fresh, _) = Library::open(store.clone()).unwrap();
    for (id, name) in &expected {
        let got = fresh.get(id).map(|e| e.name.clone());
        prop_assert_eq!(got.as_deref(), Some(name.as_str()), "scenario {} lost or stale", id);
    }
    let texts: Vec<String> = store.snapshot().into_values().collect();
    for (id, garbage) in &planted {
        prop_assert!(texts.contains(garbage), "the damaged entry {} was deleted instead of set aside", id);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("FUZZ_LIBRARY_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(500),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn no_successful_save_is_lost_under_faults_and_two_tabs(ops in proptest::collection::vec(op(), 1..60)) {
        run(ops)?;
    }
}
