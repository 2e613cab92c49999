//! Crash recovery: unsaved edits are copied every few seconds to a recovery file in the
//! platform data folder, never over the person's own file. A clean exit removes it; after an
//! unclean one, the next launch offers to restore it.
//!
//! Each running window names its copy with an id of its own, made at random when it starts,
//! and holds an advisory lock on a lock file beside the copy while it runs. Only copies whose
//! lock is free are offered: a second window never offers (and never deletes) the live work
//! of the first, and a process id that a new process happens to reuse means nothing.

use std::fs::File;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::edit::Session;
use crate::file::Stamp;
use crate::model::Document;

/// The format name of a recovery file.
const FORMAT: &str = "career-spec-recovery";
/// How every recovery copy's name begins; the launch id follows.
const PREFIX: &str = "unsaved-";

/// What a recovery file holds: the unsaved document and the file it belongs to.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RecoveryFile {
    format: String,
    version: u32,
    /// The file the document was opened from; none for an untitled one.
    original: Option<PathBuf>,
    /// That file's stamp when the document was read from it or last saved to it, so that a
    /// restore can tell whether the file changed since.
    #[serde(default)]
    original_stamp: Option<Stamp>,
    spec: Document,
}

/// Unsaved work found after an unclean exit.
#[derive(Debug)]
pub struct Recovered {
    /// The document as it was.
    pub doc: Document,
    /// The file it belonged to.
    pub original: Option<PathBuf>,
    /// That file's stamp when the work began from it: unlike the file now, if it changed.
    pub original_stamp: Option<Stamp>,
    /// When it was last written: the time of the last edit, give or take the copy's delay.
    pub modified: Option<std::time::SystemTime>,
}

/// A copy left by a window that is no longer running, claimed by this one while it is
/// offered: its lock is held, so no other window offers it at the same time.
#[derive(Debug)]
pub struct LeftBehind {
    /// The copy.
    pub path: PathBuf,
    /// What it holds.
    pub recovered: Recovered,
    /// The claim on it; released when this is dropped.
    _lock: File,
}

impl LeftBehind {
    /// Removes the copy and its lock file: the work was restored into a new copy, or
    /// discarded on purpose.
    pub fn remove(self) {
        // Absent is fine; a copy that cannot be removed is only asked about again.
        std::fs::remove_file(&self.path).ok();
        std::fs::remove_file(lock_path(&self.path)).ok();
    }
}

/// The lock file that goes with a copy: `unsaved-ID.ron` → `unsaved-ID.lock`.
fn lock_path(copy: &Path) -> PathBuf {
    copy.with_extension("lock")
}

/// Opens (creating if need be) a lock file and takes its lock without waiting. None when
/// another running window holds it, or when locks cannot be taken there at all: a copy
/// whose owner cannot be known is left alone rather than taken from a live window.
fn try_lock(path: &Path) -> Option<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        // Its owner's alone, as every file the app creates; a umask only takes bits away.
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(crate::file::private::FILE_MODE);
    }
    let file = options.open(path).ok()?;
    file.try_lock().ok()?;
    Some(file)
}

/// An id for one launch: the time, the process id, a counter and the standard library's
/// per-process random keys, hashed. Two windows never share one, whatever their process ids.
fn launch_id() -> String {
    use std::hash::{BuildHasher as _, Hasher as _};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    hasher.write_u128(nanos);
    hasher.write_u32(std::process::id());
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    format!("{:016x}", hasher.finish())
}

/// Where recovery files are kept, and writing and clearing this window's own.
#[derive(Debug)]
pub struct Recovery {
    folder: Option<PathBuf>,
    /// This launch's id: the copy is `unsaved-ID.ron`.
    id: String,
    /// The lock on this window's copy, held from its first write until it is cleared.
    lock: Option<File>,
}

impl Recovery {
    /// Recovery files in the platform data folder.
    pub fn in_data_folder() -> Self {
        Self::at(
            directories::ProjectDirs::from("", "", "career-spec")
                .map(|dirs| dirs.data_dir().join("recovery")),
        )
    }

    /// Recovery files in a given folder (tests).
    pub fn in_folder(folder: PathBuf) -> Self {
        Self::at(Some(folder))
    }

    /// No recovery at all (screenshots).
    pub fn disabled() -> Self {
        Self::at(None)
    }

    fn at(folder: Option<PathBuf>) -> Self {
        Self {
            folder,
            id: launch_id(),
            lock: None,
        }
    }

    /// This window's copy.
    pub fn file(&self) -> Option<PathBuf> {
        self.copy_named(&self.id)
    }

    fn copy_named(&self, id: &str) -> Option<PathBuf> {
        Some(self.folder.as_ref()?.join(format!("{PREFIX}{id}.ron")))
    }

    /// Writes the unsaved document as this window's copy, atomically, and holds its lock.
    pub fn write(
        &mut self,
        doc: &Document,
        original: Option<&Path>,
        original_stamp: Option<Stamp>,
    ) -> Result<(), String> {
        let Some(path) = self.file() else {
            return Ok(());
        };
        if let Some(folder) = &self.folder {
            crate::file::private::create_dir_all(folder)
                .map_err(|e| format!("cannot write the recovery copy: {e}"))?;
        }
        if self.lock.is_none() {
            // Without the lock the copy is still written: another window might offer it
            // while this one runs, but a copy offered twice loses less than no copy.
            self.lock = try_lock(&lock_path(&path));
        }
        write_copy(&path, doc, original, original_stamp)
    }

    /// Writes the document as a copy no running window owns, so that the next launch offers
    /// it: for work set aside on purpose (a reload that drops unsaved edits). Returns where.
    pub fn set_aside(
        &self,
        doc: &Document,
        original: Option<&Path>,
        original_stamp: Option<Stamp>,
    ) -> Result<Option<PathBuf>, String> {
        let Some(path) = self.copy_named(&launch_id()) else {
            return Ok(None);
        };
        if let Some(folder) = &self.folder {
            crate::file::private::create_dir_all(folder)
                .map_err(|e| format!("cannot write the recovery copy: {e}"))?;
        }
        write_copy(&path, doc, original, original_stamp)?;
        Ok(Some(path))
    }

    /// Removes this window's copy and lets go of its lock: the work is saved or deliberately
    /// discarded.
    pub fn clear(&mut self) {
        if let Some(path) = self.file() {
            // Absent is the usual case; anything else leaves a file that only costs a question
            // at the next launch.
            std::fs::remove_file(&path).ok();
            if self.lock.take().is_some() {
                std::fs::remove_file(lock_path(&path)).ok();
            }
        }
    }

    /// Copies left by windows that are no longer running, newest first, each claimed by
    /// this one until it is answered. Copies that cannot be read, and copies whose window
    /// still runs, are left where they are and skipped.
    pub fn left_behind(&self) -> Vec<LeftBehind> {
        let Some(folder) = &self.folder else {
            return Vec::new();
        };
        let Ok(entries) = std::fs::read_dir(folder) else {
            return Vec::new();
        };
        let own = self.file();
        let mut found: Vec<LeftBehind> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                Some(p) != own.as_ref()
                    && p.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with(PREFIX))
                    && p.extension().is_some_and(|e| e == "ron")
            })
            .filter_map(|path| {
                // The lock first: a live window's copy is not even read.
                let lock = try_lock(&lock_path(&path))?;
                let recovered = read_copy(&path)?;
                Some(LeftBehind {
                    path,
                    recovered,
                    _lock: lock,
                })
            })
            .collect();
        found.sort_by_key(|f| std::cmp::Reverse(f.recovered.modified));
        found
    }
}

fn write_copy(
    path: &Path,
    doc: &Document,
    original: Option<&Path>,
    original_stamp: Option<Stamp>,
) -> Result<(), String> {
    let contents = RecoveryFile {
        format: FORMAT.to_owned(),
        version: crate::file::CURRENT_VERSION,
        original: original.map(Path::to_owned),
        original_stamp,
        spec: doc.clone(),
    };
    let folder = path.parent().unwrap_or_else(|| Path::new("."));
    let write = || -> std::io::Result<()> {
        let text = ron::ser::to_string_pretty(&contents, ron::ser::PrettyConfig::new())
            .map_err(std::io::Error::other)?;
        let mut temp = tempfile::Builder::new()
            .prefix(".career-spec-")
            .suffix(".tmp")
            .tempfile_in(folder)?;
        crate::file::private::make_private(temp.as_file())?;
        std::io::Write::write_all(&mut temp, text.as_bytes())?;
        temp.as_file().sync_all()?;
        temp.persist(path).map_err(|e| e.error)?;
        Ok(())
    };
    write().map_err(|e| format!("cannot write the recovery copy: {e}"))
}

fn read_copy(path: &Path) -> Option<Recovered> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() > crate::file::MAX_FILE_BYTES {
        return None;
    }
    let bytes = std::fs::read(path).ok()?;
    let file: RecoveryFile = ron::de::from_bytes(&bytes).ok()?;
    if file.format != FORMAT || file.version > crate::file::CURRENT_VERSION {
        return None;
    }
    Some(Recovered {
        doc: file.spec,
        original: file.original,
        original_stamp: file.original_stamp,
        modified: meta.modified().ok(),
    })
}

/// Seconds after an edit before the recovery copy is written: long enough to not write on
/// every keystroke, short enough that a crash loses little.
const DELAY_SECS: f64 = 3.0;

/// When this window's copy was last written and when it is next due: unsaved work is copied a
/// moment after it changes, and the copy goes once the work is saved.
#[derive(Debug, Default)]
pub struct CopyTimer {
    /// The revision the copy holds.
    written: Option<u64>,
    /// When the next copy is due, in the frame clock's seconds.
    due: Option<f64>,
}

/// What one step of the [`CopyTimer`] asks of the window.
#[derive(Debug, PartialEq)]
pub enum CopyStep {
    /// Nothing to do.
    Idle,
    /// Look again after this many seconds.
    WakeIn(f64),
    /// The copy could not be written: say why.
    Failed(String),
}

impl CopyTimer {
    /// Writes, waits for or clears the copy of `session`'s document, as it stands at `now`.
    pub fn step(&mut self, recovery: &mut Recovery, session: &Session, now: f64) -> CopyStep {
        if !session.is_dirty() {
            if self.written.take().is_some() {
                recovery.clear();
            }
            self.due = None;
            return CopyStep::Idle;
        }
        let revision = session.history.revision();
        if self.written == Some(revision) {
            return CopyStep::Idle;
        }
        let due = *self.due.get_or_insert(now + DELAY_SECS);
        if now < due {
            return CopyStep::WakeIn(due - now);
        }
        self.due = None;
        match recovery.write(&session.doc, session.path.as_deref(), session.disk_stamp) {
            Ok(()) => {
                self.written = Some(revision);
                CopyStep::Idle
            }
            Err(e) => CopyStep::Failed(e),
        }
    }

    /// Writes `session`'s document now (restored work that must not wait for an edit).
    pub fn write_now(&mut self, recovery: &mut Recovery, session: &Session) -> Result<(), String> {
        recovery.write(&session.doc, session.path.as_deref(), session.disk_stamp)?;
        self.written = Some(session.history.revision());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(doc_name: &str) -> Document {
        let mut doc = crate::file::sample();
        doc.profile.name = doc_name.into();
        doc
    }

    #[test]
    fn a_running_windows_copy_is_never_offered_and_a_dead_ones_is() {
        let folder = tempfile::tempdir().expect("folder");
        let mut first = Recovery::in_folder(folder.path().to_owned());
        first
            .write(&named("Unsaved"), Some(Path::new("/tmp/career.ron")), None)
            .expect("written");
        assert!(
            first.left_behind().is_empty(),
            "its own copy is not left behind"
        );
        // A second window while the first runs: the first's live work is not offered.
        let second = Recovery::in_folder(folder.path().to_owned());
        assert!(
            second.left_behind().is_empty(),
            "a live window's copy is offered"
        );

        // The first window dies without clearing: its lock goes with it.
        drop(first);
        let found = second.left_behind();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].recovered.doc.profile.name, "Unsaved");
        assert_eq!(
            found[0].recovered.original.as_deref(),
            Some(Path::new("/tmp/career.ron"))
        );
        // While the second window offers it, a third does not offer it too.
        let third = Recovery::in_folder(folder.path().to_owned());
        assert!(
            third.left_behind().is_empty(),
            "offered by two windows at once"
        );
    }

    #[test]
    fn each_launch_has_its_own_copy() {
        let folder = tempfile::tempdir().expect("folder");
        let mut a = Recovery::in_folder(folder.path().to_owned());
        let mut b = Recovery::in_folder(folder.path().to_owned());
        assert_ne!(a.file(), b.file());
        a.write(&named("A"), None, None).expect("written");
        b.write(&named("B"), None, None).expect("written");
        drop((a, b));
        let later = Recovery::in_folder(folder.path().to_owned());
        let mut names: Vec<String> = later
            .left_behind()
            .iter()
            .map(|l| l.recovered.doc.profile.name.clone())
            .collect();
        names.sort();
        assert_eq!(names, ["A", "B"], "two crashed windows leave two offers");
    }

    #[test]
    fn clearing_removes_the_copy_and_its_lock() {
        let folder = tempfile::tempdir().expect("folder");
        let mut recovery = Recovery::in_folder(folder.path().to_owned());
        recovery
            .write(&crate::file::sample(), None, None)
            .expect("written");
        assert_eq!(std::fs::read_dir(folder.path()).expect("listed").count(), 2);
        recovery.clear();
        assert_eq!(std::fs::read_dir(folder.path()).expect("listed").count(), 0);
    }

    #[test]
    fn work_set_aside_is_offered_and_removed_once_answered() {
        let folder = tempfile::tempdir().expect("folder");
        let mut running = Recovery::in_folder(folder.path().to_owned());
        running.write(&named("Live"), None, None).expect("written");
        running
            .set_aside(&named("Dropped by a reload"), None, None)
            .expect("set aside");
        let found = running.left_behind();
        assert_eq!(found.len(), 1, "the set-aside copy, not the live one");
        assert_eq!(found[0].recovered.doc.profile.name, "Dropped by a reload");
        for left in found {
            left.remove();
        }
        assert!(running.left_behind().is_empty());
        assert!(
            running.file().expect("own copy").exists(),
            "the live copy stays"
        );
    }
}
