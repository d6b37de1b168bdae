//! The scenario lab's reactive state: the scenario being edited, its undo/redo history, the chosen
//! area and year, and the model results (recomputed on every change; a run takes well under a
//! millisecond in release builds).

use crate::view_model::area_choice::AreaChoice;
use crate::view_model::history::History;
use crate::view_model::{scenario_edit, track_split};
use laegedaekning_core::Scenario;
use laegedaekning_core::model::{Baseline, Results, run};
use leptos::prelude::*;

/// How many edits can be undone.
const UNDO_LIMIT: usize = 100;

/// Shared through context by the lab's components. `Copy`: every field is a handle.
#[derive(Clone, Copy)]
pub struct LabState {
    pub scenario: RwSignal<Scenario>,
    history: RwSignal<History<Scenario>>,
    /// The scenario when the current slider drag began (one drag = one undo step).
    drag_start: StoredValue<Option<Scenario>>,
    pub area: RwSignal<AreaChoice>,
    /// Year index 0 = 2025 … 15 = 2040.
    pub year_index: RwSignal<usize>,
    pub baseline: StoredValue<Baseline>,
    pub base_results: StoredValue<Results>,
    pub results: Memo<Results>,
}

impl LabState {
    /// The lab on `baseline`, starting from `scenario`.
    pub fn new(baseline: Baseline, scenario: Scenario) -> Self {
        let base_results = run(&baseline, &Scenario::default());
        let baseline = StoredValue::new(baseline);
        let scenario = RwSignal::new(scenario);
        let results = Memo::new(move |_| scenario.with(|s| baseline.with_value(|b| run(b, s))));
        LabState {
            scenario,
            history: RwSignal::new(History::new(UNDO_LIMIT)),
            drag_start: StoredValue::new(None),
            area: RwSignal::new(AreaChoice::Nation),
            year_index: RwSignal::new(10),
            baseline,
            base_results: StoredValue::new(base_results),
            results,
        }
    }

    /// Replaces the scenario as one undoable edit.
    pub fn apply(&self, next: Scenario) {
        let before = self.scenario.get_untracked();
        self.history.update(|h| h.record(before, &next));
        self.scenario.set(next);
    }

    /// A slider moved: the scenario follows at once; the undo step is recorded on [`Self::end_drag`].
    pub fn drag(&self, id: &str, value: f64) {
        self.drag_with(|s| scenario_edit::with_intensity(s, id, value));
    }

    /// A per-track slider of a lever split by track moved (see [`track_split`]); undo as for [`Self::drag`].
    pub fn drag_track(&self, id: &str, track: usize, value: f64) {
        self.drag_with(|s| track_split::with_track(s, id, track, value));
    }

    fn drag_with(&self, change: impl FnOnce(&Scenario) -> Scenario) {
        let current = self.scenario.get_untracked();
        self.drag_start.update_value(|start| {
            start.get_or_insert_with(|| current.clone());
        });
        self.scenario.set(change(&current));
    }

    /// The slider was released (or a keyboard step committed): records the drag as one edit.
    pub fn end_drag(&self) {
        if let Some(before) = self.drag_start.try_update_value(|s| s.take()).flatten() {
            let now = self.scenario.get_untracked();
            self.history.update(|h| h.record(before, &now));
        }
    }

    pub fn undo(&self) {
        let current = self.scenario.get_untracked();
        if let Some(prev) = self.history.try_update(|h| h.undo(current)).flatten() {
            self.scenario.set(prev);
        }
    }

    pub fn redo(&self) {
        let current = self.scenario.get_untracked();
        if let Some(next) = self.history.try_update(|h| h.redo(current)).flatten() {
            self.scenario.set(next);
        }
    }

    pub fn can_undo(&self) -> bool {
        self.history.with(|h| h.can_undo())
    }

    pub fn can_redo(&self) -> bool {
        self.history.with(|h| h.can_redo())
    }

    pub fn reset_all(&self) {
        self.apply(Scenario::default());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use laegedaekning_core::model::dims::HS;

    #[test]
    fn a_track_drag_is_one_undo_step_and_undo_redo_carry_the_split() {
        let owner = Owner::new();
        owner.set();
        let lab = LabState::new(Baseline::embedded().expect("baseline"), Scenario::default());
        let tracks = || track_split::tracks(&lab.scenario.get_untracked(), "D0");
        lab.apply(track_split::with_split(&lab.scenario.get_untracked(), "D0", true));
        assert_eq!(tracks(), Some([0.0, 0.0]));
        lab.drag_track("D0", HS, 0.1);
        lab.drag_track("D0", HS, 0.2);
        lab.end_drag();
        assert_eq!(tracks(), Some([0.0, 0.2]));
        assert!(lab.results.with_untracked(|r| r.lever_ids == ["D0"]), "the run sees the split lever");
        lab.undo();
        assert_eq!(tracks(), Some([0.0, 0.0]), "the whole drag is one step");
        lab.undo();
        assert_eq!(tracks(), None);
        lab.redo();
        lab.redo();
        assert_eq!(tracks(), Some([0.0, 0.2]));
    }
}
