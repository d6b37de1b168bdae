//! Undo / redo of scenario edits. A slider drag is one step: the lab records the state when an edit
//! is committed (slider released, button pressed), not on every input tick.

/// A bounded undo/redo history of values of type `T`.
#[derive(Clone, Debug, PartialEq)]
pub struct History<T> {
    past: Vec<T>,
    future: Vec<T>,
    limit: usize,
}

impl<T: Clone + PartialEq> History<T> {
    pub fn new(limit: usize) -> Self {
        History { past: Vec::new(), future: Vec::new(), limit: limit.max(1) }
    }

    /// Records `before`, the value an edit replaced. A new edit clears the redo stack; an edit
    /// that changed nothing is not recorded.
    pub fn record(&mut self, before: T, after: &T) {
        if &before == after {
            return;
        }
        self.past.push(before);
        if self.past.len() > self.limit {
            self.past.remove(0);
        }
        self.future.clear();
    }

    /// The value to go back to, given the current one (which becomes redoable).
    pub fn undo(&mut self, current: T) -> Option<T> {
        let previous = self.past.pop()?;
        self.future.push(current);
        Some(previous)
    }

    /// The value to go forward to, given the current one (which becomes undoable).
    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.future.pop()?;
        self.past.push(current);
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_walk_the_edits_in_order() {
        let mut h = History::new(10);
        h.record(0, &1);
        h.record(1, &2);
        assert_eq!(h.undo(2), Some(1));
        assert_eq!(h.undo(1), Some(0));
        assert_eq!(h.undo(0), None);
        assert_eq!(h.redo(0), Some(1));
        assert_eq!(h.redo(1), Some(2));
        assert_eq!(h.redo(2), None);
    }

    #[test]
    fn a_new_edit_clears_redo_and_no_op_edits_are_ignored() {
        let mut h = History::new(10);
        h.record(0, &1);
        assert_eq!(h.undo(1), Some(0));
        h.record(0, &5);
        assert!(!h.can_redo());
        h.record(5, &5);
        assert_eq!(h.undo(5), Some(0));
        assert!(!h.can_undo());
    }

    #[test]
    fn history_is_bounded() {
        let mut h = History::new(3);
        for i in 0..10 {
            h.record(i, &(i + 1));
        }
        let mut n = 0;
        let mut cur = 10;
        while let Some(prev) = h.undo(cur) {
            cur = prev;
            n += 1;
        }
        assert_eq!((n, cur), (3, 7));
    }
}
