//! The compare view's reactive state: up to four named scenarios, the area and year the table shows,
//! and their model runs. The comparison lives in the address as `?view=compare&c=TOKEN` (core's
//! comparison token), so the link opens the same comparison on another device; a mangled `c` opens
//! an empty comparison with a notice.

use crate::lab_state::LabState;
use crate::platform::{query_param, replace_query_param};
use crate::view_model::area_choice::AreaChoice;
use laegedaekning_core::Scenario;
use laegedaekning_core::model::{Results, run};
use laegedaekning_core::share::comparison::{
    COMPARISON_PARAMETER, ComparedScenario, Comparison, MAX_COMPARED, decode_comparison, encode_comparison,
};
use laegedaekning_core::share::{TokenError, decode_link};
use leptos::prelude::*;

/// Why something could not be added.
#[derive(Clone, Debug, PartialEq)]
pub enum CompareNotice {
    Full,
    Unreadable(TokenError),
}

#[derive(Clone, Copy)]
pub struct CompareState {
    pub entries: RwSignal<Vec<ComparedScenario>>,
    pub area: RwSignal<AreaChoice>,
    /// Year index 0 = 2025 … 15 = 2040.
    pub year_index: RwSignal<usize>,
    pub runs: Memo<Vec<Results>>,
    pub notice: RwSignal<Option<CompareNotice>>,
}

impl CompareState {
    /// The comparison named in the address (empty when there is none or it is unreadable).
    pub fn open(lab: LabState) -> Self {
        let (comparison, notice) = match query_param(COMPARISON_PARAMETER) {
            None => (Comparison::default(), None),
            Some(token) => match decode_comparison(&token) {
                Ok(d) => (d.comparison, None),
                Err(e) => (Comparison::default(), Some(CompareNotice::Unreadable(e))),
            },
        };
        let entries = RwSignal::new(comparison.entries);
        let runs = Memo::new(move |_| {
            entries.with(|list| lab.baseline.with_value(|b| list.iter().map(|e| run(b, &e.scenario)).collect()))
        });
        let state = CompareState {
            entries,
            area: RwSignal::new(if comparison.area.is_empty() { AreaChoice::Nation } else { AreaChoice::from_key(&comparison.area) }),
            year_index: RwSignal::new(10),
            runs,
            notice: RwSignal::new(notice),
        };
        state.sync_address();
        state
    }

    /// The comparison as it stands (for its token).
    pub fn comparison(&self) -> Comparison {
        Comparison { area: self.area.get().key(), entries: self.entries.get() }
    }

    /// The token of the current comparison (reactive).
    pub fn token(&self) -> String {
        encode_comparison(&self.comparison())
    }

    /// Writes `c` into the address whenever the comparison changes (removed when empty).
    fn sync_address(&self) {
        let state = *self;
        let first = StoredValue::new(true);
        Effect::new(move |_| {
            let empty = state.entries.with(|e| e.is_empty());
            let token = state.token();
            if first.get_value() {
                first.set_value(false);
                if state.notice.with_untracked(|n| n.is_some()) {
                    return; // keep the unreadable link visible until the reader changes something
                }
            }
            replace_query_param(COMPARISON_PARAMETER, (!empty).then_some(token.as_str()));
        });
    }

    /// Adds a scenario under `name`; refused when the comparison is full.
    pub fn add(&self, name: String, scenario: Scenario) {
        if self.entries.with_untracked(|e| e.len()) >= MAX_COMPARED {
            self.notice.set(Some(CompareNotice::Full));
            return;
        }
        self.notice.set(None);
        self.entries.update(|e| e.push(ComparedScenario { name, scenario }));
    }

    /// Adds the scenario of a pasted share link or token, named `name`.
    pub fn add_link(&self, text: &str, name: String) {
        match decode_link(text) {
            Ok(d) => self.add(name, d.scenario),
            Err(e) => self.notice.set(Some(CompareNotice::Unreadable(e))),
        }
    }

    pub fn remove(&self, index: usize) {
        self.notice.set(None);
        self.entries.update(|e| {
            if index < e.len() {
                e.remove(index);
            }
        });
    }

    pub fn rename(&self, index: usize, name: String) {
        self.entries.update(|e| {
            if let Some(x) = e.get_mut(index) {
                x.name = name;
            }
        });
    }

    /// A default name: `stem` followed by the first number not yet used ("Scenarie 2").
    pub fn next_name(&self, stem: &str) -> String {
        let taken = self.entries.get_untracked();
        (1..).map(|i| format!("{stem} {i}")).find(|n| !taken.iter().any(|e| &e.name == n)).unwrap_or_default()
    }
}
