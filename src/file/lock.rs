//! One writer of a spec at a time: an import reads the spec, adds to it and writes it back,
//! and a second import (or the window's save) in between would lose what the first added.
//! Each holds an advisory lock on the folder of the spec while it reads and writes: the
//! folder, not the file, because every save replaces the file with a new one, and a lock on
//! the old one would let the next writer in too early.

use std::fs::File;
use std::path::{Path, PathBuf};

/// The lock on the folder of one spec, held until dropped.
#[derive(Debug)]
pub struct SpecLock {
    _folder: Option<File>,
}

/// The folder the spec's file is in, through a symbolic link to it, as a save writes it.
fn folder(path: &Path) -> PathBuf {
    let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    match real.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

impl SpecLock {
    /// Takes the lock for the spec at `path`, waiting while another writer holds it.
    pub fn wait(path: &Path) -> std::io::Result<Self> {
        let folder = open(&folder(path))?;
        if let Some(f) = &folder {
            f.lock()?;
        }
        Ok(Self { _folder: folder })
    }

    /// Takes the lock if no other writer holds it; none when one does.
    pub fn try_take(path: &Path) -> std::io::Result<Option<Self>> {
        let folder = open(&folder(path))?;
        if let Some(f) = &folder {
            match f.try_lock() {
                Ok(()) => {}
                Err(std::fs::TryLockError::WouldBlock) => return Ok(None),
                Err(std::fs::TryLockError::Error(e)) => return Err(e),
            }
        }
        Ok(Some(Self { _folder: folder }))
    }
}

/// The folder, opened to be locked.
#[cfg(unix)]
#[allow(clippy::unnecessary_wraps)]
fn open(folder: &Path) -> std::io::Result<Option<File>> {
    File::open(folder).map(Some)
}

/// Elsewhere a folder cannot be opened as a file: no lock is taken, and the window still
/// refuses to save over a file that changed since it was read.
#[cfg(not(unix))]
#[allow(clippy::unnecessary_wraps)]
fn open(_folder: &Path) -> std::io::Result<Option<File>> {
    Ok(None)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_second_writer_of_a_spec_in_the_same_folder_waits() {
        let dir = tempfile::tempdir().expect("temp dir");
        let spec = dir.path().join("career.ron");
        let first = SpecLock::wait(&spec).expect("locked");
        assert!(
            SpecLock::try_take(&spec).expect("tried").is_none(),
            "held by the first"
        );
        drop(first);
        assert!(SpecLock::try_take(&spec).expect("tried").is_some());
    }
}
