//! The open document: its contents, where it lives, and its undo history. Every edit from
//! every view goes through [`Session::apply`], in the order the view sent it.

use std::path::PathBuf;

use std::sync::atomic::{AtomicU64, Ordering};

use super::{DocVersion, Edit, History, MergeKey};
use crate::model::Document;

/// One open document.
#[derive(Debug)]
pub struct Session {
    /// What is open.
    pub doc: Document,
    /// Where it was opened from or last saved to; none for an untitled document.
    pub path: Option<PathBuf>,
    /// Undo, redo and the unsaved flag.
    pub history: History,
    /// The name shown while the document has no file.
    pub untitled_name: String,
    /// Tells this session's document apart from any other opened before or after it.
    pub id: u64,
    /// The file's modification stamp when it was last read or written, to notice when
    /// another program changes it.
    pub disk_stamp: Option<crate::file::Stamp>,
    /// Where the file opened has a comment a person wrote, until the person agrees that a
    /// save drops it (the commented version is kept as the backup).
    pub comment: Option<(usize, usize)>,
}

fn next_session_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl Session {
    /// Which state of which document is open: views cache their analysis by it.
    pub fn version(&self) -> DocVersion {
        DocVersion {
            session: self.id,
            revision: self.history.revision(),
        }
    }

    /// An untitled document, never saved; nothing to lose until it is edited.
    pub fn untitled(doc: Document) -> Self {
        Self {
            doc,
            path: None,
            history: History::saved(),
            untitled_name: "Untitled".to_owned(),
            id: next_session_id(),
            disk_stamp: None,
            comment: None,
        }
    }

    /// The built-in sample: untitled, and with nothing to lose until it is edited.
    pub fn sample() -> Self {
        Self {
            untitled_name: "Sample".to_owned(),
            ..Self::untitled(crate::file::sample())
        }
    }

    /// A document just read from `path`, with the stamp of the bytes it was read from (not
    /// of a second read, which could see another program's write as the version opened).
    pub fn opened(doc: Document, path: PathBuf, disk_stamp: Option<crate::file::Stamp>) -> Self {
        Self {
            doc,
            path: Some(path),
            history: History::saved(),
            untitled_name: String::new(),
            id: next_session_id(),
            disk_stamp,
            comment: None,
        }
    }

    /// A document just read from `path`, with the stamp of its bytes and where it has a
    /// comment a person wrote.
    pub fn from_file(loaded: crate::file::Loaded, path: PathBuf) -> Self {
        let mut session = Self::opened(loaded.doc, path, Some(loaded.stamp));
        session.comment = loaded.comment;
        session
    }

    /// Applies one edit and records it for undo; `merge` joins it to the step before when
    /// that step has the same key and was a moment ago.
    pub fn apply(&mut self, edit: &Edit, merge: Option<MergeKey>, now_secs: f64) {
        self.history.apply(&mut self.doc, edit, merge, now_secs);
    }

    /// Ends the current gesture: the next edit is a step of its own, whatever its key.
    pub fn seal(&mut self) {
        self.history.seal();
    }

    /// The file name shown in the title and the status line.
    pub fn display_name(&self) -> String {
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || self.untitled_name.clone(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// Whether there are unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }
}
