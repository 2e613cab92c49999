//! Undo and redo, by snapshots of the document taken before each step. One burst of typing in
//! one field, or one drag, is one step: edits with the same [`MergeKey`] that follow each
//! other closely merge into the step before. The snapshots are bounded by the bytes they
//! hold, not by their count: a step of a large spec costs hundreds of times one of a small one.

use super::{Edit, MergeKey, apply};
use crate::model::Document;

/// How many bytes the past documents undo and redo keep may hold together, counted as the
/// length of each one written out ([`bytes_of`]). The stress document (forty years of bets,
/// 200 offers) takes about 600 KB in memory and 460 KB written out: 500 steps of it held
/// 300 MB, where this keeps about a hundred (60 MB), and thousands of an ordinary spec's.
const MAX_BYTES: usize = 48 << 20;
/// Edits with the same key this close together (seconds) are one step.
const MERGE_WINDOW_SECS: f64 = 1.5;

#[derive(Clone, Debug)]
struct Step {
    before: Document,
    revision: u64,
    /// What `before` holds, by [`bytes_of`].
    bytes: usize,
}

impl Step {
    fn new(before: Document, revision: u64) -> Self {
        let bytes = bytes_of(&before);
        Self {
            before,
            revision,
            bytes,
        }
    }
}

/// About how many bytes a document holds: the length of its text written out, which grows with
/// its size in memory (every string and list is in both; the text is about three quarters of
/// it) and cannot miss a field added later.
fn bytes_of(doc: &Document) -> usize {
    struct Counter(usize);
    impl std::io::Write for Counter {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 += buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut counter = Counter(0);
    // A document always writes out (no map keys that are not strings); were it ever to fail
    // part way, what was counted so far still bounds the history.
    let _ = serde_json::to_writer(&mut counter, doc);
    // The struct itself, with its empty lists, beyond what its text shows.
    counter.0 + std::mem::size_of::<Document>()
}

/// The undo history of one open document, and whether it has unsaved changes.
#[derive(Clone, Debug)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// What the steps of `undo` and `redo` hold together.
    bytes: usize,
    /// The most `bytes` may be once a new step is made.
    budget: usize,
    revision: u64,
    next_revision: u64,
    saved_revision: Option<u64>,
    last_merge: Option<(MergeKey, f64)>,
}

impl Default for History {
    fn default() -> Self {
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            bytes: 0,
            budget: MAX_BYTES,
            revision: 0,
            next_revision: 0,
            saved_revision: None,
            last_merge: None,
        }
    }
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
        self.bytes -= self.redo.drain(..).map(|s| s.bytes).sum::<usize>();
        if !merges {
            self.push_undo(Step::new(doc.clone(), self.revision));
            // The oldest steps go first; the latest one stays, whatever its size.
            let mut drop = 0;
            while self.bytes > self.budget && drop + 1 < self.undo.len() {
                self.bytes -= self.undo[drop].bytes;
                drop += 1;
            }
            self.undo.drain(..drop);
        }
        apply(doc, edit);
        self.revision = self.next_revision;
        self.next_revision += 1;
        self.last_merge = merge.map(|key| (key, now_secs));
    }

    fn push_undo(&mut self, step: Step) {
        self.bytes += step.bytes;
        self.undo.push(step);
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
        self.bytes -= step.bytes;
        let current = std::mem::replace(doc, step.before);
        let step_back = Step::new(current, self.revision);
        self.bytes += step_back.bytes;
        self.redo.push(step_back);
        self.revision = step.revision;
        self.last_merge = None;
        true
    }

    /// Redoes the last undone step; false when there is none.
    pub fn redo(&mut self, doc: &mut Document) -> bool {
        let Some(step) = self.redo.pop() else {
            return false;
        };
        self.bytes -= step.bytes;
        let current = std::mem::replace(doc, step.before);
        self.push_undo(Step::new(current, self.revision));
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

    /// Applies `count` edits, each its own step, naming the document "v0", "v1"...
    fn steps(h: &mut History, doc: &mut Document, count: usize) {
        for i in 0..count {
            h.apply(doc, &named(&format!("v{i}")), None, i as f64);
        }
    }

    fn undo_all(h: &mut History, doc: &mut Document) -> usize {
        let mut undone = 0;
        while h.undo(doc) {
            undone += 1;
        }
        undone
    }

    #[test]
    fn a_small_spec_keeps_more_than_five_hundred_steps() {
        let mut doc = Document::default();
        let mut h = History::saved();
        steps(&mut h, &mut doc, 600);
        assert_eq!(undo_all(&mut h, &mut doc), 600);
        assert_eq!(doc.profile.name, "", "back to the start");
        assert!(!h.is_dirty());
    }

    #[test]
    fn only_the_latest_steps_within_the_budget_can_be_undone() {
        let mut doc = Document::default();
        let mut h = History::saved();
        h.budget = 10 * bytes_of(&named_doc("v10"));
        steps(&mut h, &mut doc, 30);
        assert!(h.bytes <= h.budget);
        let undone = undo_all(&mut h, &mut doc);
        assert!((8..=10).contains(&undone), "{undone} steps kept");
        assert_eq!(
            doc.profile.name,
            format!("v{}", 29 - undone),
            "the oldest steps fell off; their edits stay"
        );
        assert!(
            h.is_dirty(),
            "the saved state is out of reach, so it is not claimed"
        );
        for _ in 0..undone {
            assert!(h.redo(&mut doc));
        }
        assert_eq!(doc.profile.name, "v29");
    }

    #[test]
    fn a_step_of_a_large_spec_counts_its_bytes_and_the_latest_stays_over_budget() {
        let mut doc = crate::stress::stress_document(3);
        let size = bytes_of(&doc);
        assert!(size > 400_000, "the stress document holds {size} bytes");
        let mut h = History::saved();
        h.budget = 3 * size;
        steps(&mut h, &mut doc, 5);
        assert_eq!(h.bytes, h.undo.iter().map(|s| s.bytes).sum::<usize>());
        assert_eq!(h.undo.len(), 3);
        h.budget = 1;
        h.apply(&mut doc, &named("last"), None, 100.0);
        assert_eq!(undo_all(&mut h, &mut doc), 1, "the last step is kept");
        assert_eq!(doc.profile.name, "v4");
    }

    fn named_doc(name: &str) -> Document {
        let mut doc = Document::default();
        apply(&mut doc, &named(name));
        doc
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
