//! Saving a file that has other hard links. A rename would leave the other names with the old
//! text, so the new text is copied into the file itself; and since the old text is gone once
//! that copy starts, it starts only when it is known to finish: the new text is first
//! written whole beside the file, the room it needs is reserved in the file, and the backup
//! is made. Only a failure during the copy itself can leave the file changed, and the error
//! then says so and names the backup.

use std::io::{Seek as _, Write as _};
use std::path::Path;

use super::beside::{backup_path, folder_of, temporary_builder, write_backup};

/// An error after which the file on disk is no longer as it was: whoever reports it must not
/// say that nothing changed.
#[derive(Debug)]
pub struct Changed(pub String);

impl std::fmt::Display for Changed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Changed {}

/// An error of the given kind that says the file changed, in these words.
pub fn changed(kind: std::io::ErrorKind, message: String) -> std::io::Error {
    std::io::Error::new(kind, Changed(message))
}

/// Whether a failed write left something on disk changed (the file, or its backup missing).
pub fn left_changed(e: &std::io::Error) -> bool {
    e.get_ref()
        .and_then(|inner| inner.downcast_ref::<Changed>())
        .is_some()
}

/// Writes `bytes` into the file at `path`, which has other hard links, as the module says.
pub(super) fn write_linked(
    path: &Path,
    folder: &Path,
    existing: &std::fs::Metadata,
    bytes: &[u8],
    keep_backup: bool,
    write: impl FnOnce(&mut std::fs::File, &[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    // The new text whole beside the file first: a disk too full for it stops here.
    let mut temp = temporary_builder(".tmp").tempfile_in(folder)?;
    temp.as_file_mut().write_all(bytes)?;
    temp.as_file_mut().sync_all()?;
    let mut file = std::fs::OpenOptions::new().write(true).open(path)?;
    let needed = bytes.len() as u64;
    if let Err(e) = reserve(&file, existing.len(), needed) {
        let others = other_names(path, existing);
        return Err(std::io::Error::new(
            e.kind(),
            format!(
                "{} has {}, so it is saved by writing into it, and there is no room for the new \
                 version ({needed} bytes): {e}; nothing was changed",
                path.display(),
                others
            ),
        ));
    }
    if keep_backup {
        write_backup(path, folder, existing)?;
    }
    let copied = file
        .rewind()
        .and_then(|()| write(&mut file, bytes))
        .and_then(|()| file.set_len(needed))
        .and_then(|()| file.sync_all());
    drop(temp);
    copied.map_err(|e| {
        let bak = backup_path(path);
        let previous = if bak.exists() {
            format!("its previous version is in {}", bak.display())
        } else {
            "no backup of it could be found".to_owned()
        };
        changed(
            e.kind(),
            format!(
                "writing the new version into {} failed partway ({e}), so it and its other \
                 names may now be cut short; {previous}",
                path.display()
            ),
        )
    })
}

/// Makes sure the file can grow from `now` to `needed` bytes without the disk filling up
/// halfway: the room is reserved in the file where the system can, and otherwise the free
/// space is checked.
fn reserve(file: &std::fs::File, now: u64, needed: u64) -> std::io::Result<()> {
    if needed <= now {
        return Ok(());
    }
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{FallocateFlags, fallocate};
        match fallocate(file, FallocateFlags::KEEP_SIZE, 0, needed) {
            Ok(()) => return Ok(()),
            // A file system that cannot reserve: the free space is checked instead.
            Err(e) if e == rustix::io::Errno::OPNOTSUPP || e == rustix::io::Errno::NOSYS => {}
            Err(e) => return Err(e.into()),
        }
    }
    #[cfg(unix)]
    {
        let fs = rustix::fs::fstatvfs(file)?;
        let free = fs.f_bavail.saturating_mul(fs.f_frsize);
        let growth = needed - now;
        if free < growth {
            return Err(std::io::Error::new(
                std::io::ErrorKind::StorageFull,
                format!("{free} bytes are free where {growth} more are needed"),
            ));
        }
    }
    #[cfg(not(unix))]
    let _ = file;
    Ok(())
}

/// The file's other names, in words: those in its own folder by name, and how many more.
fn other_names(path: &Path, existing: &std::fs::Metadata) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        let folder = folder_of(path);
        let name = path.file_name();
        let mut found: Vec<String> = std::fs::read_dir(folder)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .filter(|e| Some(e.file_name().as_os_str()) != name)
            .filter(|e| {
                std::fs::symlink_metadata(e.path())
                    .is_ok_and(|m| m.dev() == existing.dev() && m.ino() == existing.ino())
            })
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        found.sort();
        let elsewhere = existing.nlink().saturating_sub(1 + found.len() as u64);
        let mut words = Vec::new();
        if !found.is_empty() {
            words.push(found.join(", "));
        }
        if elsewhere > 0 {
            words.push(format!("{elsewhere} in other folders"));
        }
        format!("other names (hard links: {})", words.join(" and "))
    }
    #[cfg(not(unix))]
    {
        let _ = (path, existing);
        "other names (hard links)".to_owned()
    }
}
