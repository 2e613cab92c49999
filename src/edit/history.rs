//! Undo and redo, by snapshots of the document taken before each step. One burst of typing in
//! one field, or one drag, is one step: edits with the same [`MergeKey`] that follow each
//! other closely merge into the step before.

use super::{Edit, MergeKey, apply};
use crate::model::Document;

/// How many steps can be undone.
const MAX_STEPS: usize = 500;
/// Edits with the same key this close together (seconds) are one step.
const MERGE_WINDOW_SECS: f64 = 1.5;

#[derive(Clone, Debug)]
struct Step {
    before: Document,
    revision: u64,
}

/// The undo history of one open document, and whether it has unsaved changes.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    revision: u64,
    next_revision: u64,
    saved_revision: Option<u64>,
    last_merge: Option<(MergeKey, f64)>,
}

impl History {
    /// A history for a document just opened from (or saved to) a file.
    pub fn saved() -> Self {
        Self {
            saved_revision: Some(0),
            next_revision: 1,
            ..Self::default()
        }
    }

    /// A history for a document never saved, such as the sample or a new spec.
    pub fn unsaved() -> Self {
        Self {
            next_revision: 1,
            ..Self::default()
        }
    }

    /// Applies an edit and records it. `merge` and `now_secs` decide whether it joins the
    /// step before (same key, within a moment).
    pub fn apply(
        &mut self,
        doc: &mut Document,
        edit: &Edit,
        merge: Option<MergeKey>,
        now_secs: f64,
    ) {
        let merges = match (&merge, &self.last_merge) {
            (Some(key), Some((last_key, at))) => {
                key == last_key && now_secs - at <= MERGE_WINDOW_SECS && !self.undo.is_empty()
            }
            _ => false,
        };
        if !merges {
            self.undo.push(Step {
                before: doc.clone(),
                revision: self.revision,
            });
            if self.undo.len() > MAX_STEPS {
                self.undo.remove(0);
            }
        }
        apply(doc, edit);
        self.redo.clear();
        self.revision = self.next_revision;
        self.next_revision += 1;
        self.last_merge = merge.map(|key| (key, now_secs));
    }

    /// Ends the current burst: the next edit starts a new step even with the same key.
    pub fn seal(&mut self) {
        self.last_merge = None;
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Undoes the last step; false when there is none.
    pub fn undo(&mut self, doc: &mut Document) -> bool {
        let Some(step) = self.undo.pop() else {
            return false;
        };
        let current = std::mem::replace(doc, step.before);
        self.redo.push(Step {
            before: current,
            revision: self.revision,
        });
        self.revision = step.revision;
        self.last_merge = None;
        true
    }

    /// Redoes the last undone step; false when there is none.
    pub fn redo(&mut self, doc: &mut Document) -> bool {
        let Some(step) = self.redo.pop() else {
            return false;
        };
        let current = std::mem::replace(doc, step.before);
        self.undo.push(Step {
            before: current,
            revision: self.revision,
        });
        self.revision = step.revision;
        self.last_merge = None;
        true
    }

    /// Marks the document as it is now as saved.
    pub fn mark_saved(&mut self) {
        self.saved_revision = Some(self.revision);
        self.last_merge = None;
    }

    /// A number that changes with every change to the document, undo and redo included.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Whether the document differs from what was last saved (or was never saved).
    pub fn is_dirty(&self) -> bool {
        self.saved_revision != Some(self.revision)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Profile;

    fn named(name: &str) -> Edit {
        Edit::Profile(Profile {
            name: name.into(),
            ..Profile::default()
        })
    }

    const KEY: Option<MergeKey> = Some(MergeKey {
        target: None,
        field: "name",
    });

    #[test]
    fn a_burst_of_typing_is_one_step() {
        let mut doc = Document::default();
        let mut h = History::saved();
        h.apply(&mut doc, &named("A"), KEY, 0.0);
        h.apply(&mut doc, &named("An"), KEY, 0.5);
        h.apply(&mut doc, &named("Ann"), KEY, 1.0);
        assert!(h.undo(&mut doc));
        assert_eq!(doc.profile.name, "");
        assert!(!h.can_undo());
    }

    #[test]
    fn a_pause_or_a_seal_starts_a_new_step() {
        let mut doc = Document::default();
        let mut h = History::saved();
        h.apply(&mut doc, &named("A"), KEY, 0.0);
        h.apply(&mut doc, &named("An"), KEY, 5.0);
        h.seal();
        h.apply(&mut doc, &named("Ann"), KEY, 5.1);
        h.undo(&mut doc);
        assert_eq!(doc.profile.name, "An");
        h.undo(&mut doc);
        assert_eq!(doc.profile.name, "A");
    }

    #[test]
    fn undoing_back_to_the_saved_state_is_clean_and_redo_is_dirty() {
        let mut doc = Document::default();
        let mut h = History::saved();
        assert!(!h.is_dirty());
        h.apply(&mut doc, &named("A"), None, 0.0);
        assert!(h.is_dirty());
        h.undo(&mut doc);
        assert!(!h.is_dirty());
        h.redo(&mut doc);
        assert!(h.is_dirty());
        assert_eq!(doc.profile.name, "A");
        h.mark_saved();
        assert!(!h.is_dirty());
    }

    #[test]
    fn only_the_latest_steps_up_to_the_cap_can_be_undone() {
        let mut doc = Document::default();
        let mut h = History::saved();
        for i in 0..=MAX_STEPS {
            h.apply(&mut doc, &named(&format!("v{i}")), None, i as f64);
        }
        let mut undone = 0;
        while h.undo(&mut doc) {
            undone += 1;
        }
        assert_eq!(undone, MAX_STEPS);
        assert_eq!(
            doc.profile.name, "v0",
            "the oldest step fell off; its edit stays"
        );
        assert!(
            h.is_dirty(),
            "the saved state is out of reach, so it is not claimed"
        );
        for _ in 0..MAX_STEPS {
            assert!(h.redo(&mut doc));
        }
        assert_eq!(doc.profile.name, format!("v{MAX_STEPS}"));
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut doc = Document::default();
        let mut h = History::unsaved();
        assert!(h.is_dirty());
        h.apply(&mut doc, &named("A"), None, 0.0);
        h.undo(&mut doc);
        h.apply(&mut doc, &named("B"), None, 1.0);
        assert!(!h.can_redo());
    }
}
