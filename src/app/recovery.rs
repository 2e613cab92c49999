//! Crash recovery: unsaved edits are copied every few seconds to a recovery file in the
//! platform data folder, never over the person's own file. A clean exit removes it; after an
//! unclean one, the next launch offers to restore it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::Document;

/// The format name of a recovery file.
const FORMAT: &str = "career-spec-recovery";

/// What a recovery file holds: the unsaved document and the file it belongs to.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RecoveryFile {
    format: String,
    version: u32,
    /// The file the document was opened from; none for an untitled one.
    original: Option<PathBuf>,
    spec: Document,
}

/// Unsaved work found after an unclean exit.
#[derive(Debug)]
pub struct Recovered {
    /// The document as it was.
    pub doc: Document,
    /// The file it belonged to.
    pub original: Option<PathBuf>,
    /// When it was last written.
    pub modified: Option<std::time::SystemTime>,
}

/// Where recovery files are kept, and writing and clearing them.
#[derive(Debug, Clone)]
pub struct Recovery {
    folder: Option<PathBuf>,
}

impl Recovery {
    /// Recovery files in the platform data folder.
    pub fn in_data_folder() -> Self {
        Self {
            folder: directories::ProjectDirs::from("", "", "career-spec")
                .map(|dirs| dirs.data_dir().join("recovery")),
        }
    }

    /// Recovery files in a given folder (tests).
    pub fn in_folder(folder: PathBuf) -> Self {
        Self {
            folder: Some(folder),
        }
    }

    /// No recovery at all (screenshots).
    pub fn disabled() -> Self {
        Self { folder: None }
    }

    fn file(&self) -> Option<PathBuf> {
        // One file per running app: a second window must not overwrite the first's recovery.
        let folder = self.folder.as_ref()?;
        Some(folder.join(format!("unsaved-{}.ron", std::process::id())))
    }

    /// Writes the unsaved document, atomically.
    pub fn write(&self, doc: &Document, original: Option<&Path>) -> Result<(), String> {
        let (Some(folder), Some(path)) = (&self.folder, self.file()) else {
            return Ok(());
        };
        let contents = RecoveryFile {
            format: FORMAT.to_owned(),
            version: crate::file::CURRENT_VERSION,
            original: original.map(Path::to_owned),
            spec: doc.clone(),
        };
        let write = || -> std::io::Result<()> {
            std::fs::create_dir_all(folder)?;
            let text = ron::ser::to_string_pretty(&contents, ron::ser::PrettyConfig::new())
                .map_err(std::io::Error::other)?;
            let mut temp = tempfile::NamedTempFile::new_in(folder)?;
            std::io::Write::write_all(&mut temp, text.as_bytes())?;
            temp.as_file().sync_all()?;
            temp.persist(&path).map_err(|e| e.error)?;
            Ok(())
        };
        write().map_err(|e| format!("cannot write the recovery copy: {e}"))
    }

    /// Removes this app's recovery file: the work is saved or deliberately discarded.
    pub fn clear(&self) {
        if let Some(path) = self.file() {
            // Absent is the usual case; anything else leaves a file that only costs a question
            // at the next launch.
            std::fs::remove_file(path).ok();
        }
    }

    /// Recovery files left by apps that did not exit cleanly, newest first. Files that cannot
    /// be read are left where they are and skipped.
    pub fn left_behind(&self) -> Vec<(PathBuf, Recovered)> {
        let Some(folder) = &self.folder else {
            return Vec::new();
        };
        let Ok(entries) = std::fs::read_dir(folder) else {
            return Vec::new();
        };
        let own = self.file();
        let mut found: Vec<(PathBuf, Recovered)> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                Some(p) != own.as_ref()
                    && p.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with("unsaved-"))
                    && p.extension().is_some_and(|e| e == "ron")
            })
            .filter_map(|path| {
                let bytes = std::fs::read(&path).ok()?;
                if bytes.len() as u64 > crate::file::MAX_FILE_BYTES {
                    return None;
                }
                let file: RecoveryFile = ron::de::from_bytes(&bytes).ok()?;
                if file.format != FORMAT || file.version > crate::file::CURRENT_VERSION {
                    return None;
                }
                let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
                Some((
                    path,
                    Recovered {
                        doc: file.spec,
                        original: file.original,
                        modified,
                    },
                ))
            })
            .collect();
        found.sort_by_key(|f| std::cmp::Reverse(f.1.modified));
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_left_by_another_process_is_found_and_ours_is_not() {
        let folder = tempfile::tempdir().expect("folder");
        let ours = Recovery::in_folder(folder.path().to_owned());
        let mut doc = crate::file::sample();
        doc.profile.name = "Unsaved".into();
        ours.write(&doc, Some(Path::new("/tmp/career.ron")))
            .expect("written");
        assert!(
            ours.left_behind().is_empty(),
            "our own copy is not left behind"
        );

        // The same copy, as a process that has died would have left it.
        let theirs = folder.path().join("unsaved-1.ron");
        std::fs::rename(ours.file().expect("file"), &theirs).expect("renamed");
        let found = ours.left_behind();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1.doc.profile.name, "Unsaved");
        assert_eq!(
            found[0].1.original.as_deref(),
            Some(Path::new("/tmp/career.ron"))
        );
    }

    #[test]
    fn clearing_removes_the_copy() {
        let folder = tempfile::tempdir().expect("folder");
        let recovery = Recovery::in_folder(folder.path().to_owned());
        recovery
            .write(&crate::file::sample(), None)
            .expect("written");
        recovery.clear();
        assert_eq!(std::fs::read_dir(folder.path()).expect("listed").count(), 0);
    }
}
