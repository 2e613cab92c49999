//! The only place that touches the file system for documents, behind a trait so that tests
//! can make any read or write fail the way a full disk or a read-only folder would.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::beside::{
    TEMP_PREFIX, backup_path, copy_for_backup, folder_of, keep_owner, temporary_builder,
};

/// Reading and writing whole files.
pub trait Disk {
    /// Whether the path is a folder.
    fn is_dir(&self, path: &Path) -> bool;
    /// The file's size in bytes.
    fn len(&self, path: &Path) -> std::io::Result<u64>;
    /// Reads at most `limit` bytes; a longer file is an error, found before reading it all.
    fn read_limited(&self, path: &Path, limit: u64) -> std::io::Result<Vec<u8>>;
    /// Replaces the file at `path` with `bytes` so that it is always either the old file or
    /// the new one, and keeps the old one as a backup as `backup` says.
    fn write_atomic(&self, path: &Path, bytes: &[u8], backup: Backup) -> std::io::Result<()>;
    /// What the path is when it is neither a regular file nor a folder (a FIFO, a socket, a
    /// device), in words; none for a file, a folder or nothing at all.
    fn special(&self, path: &Path) -> Option<&'static str>;
    /// Whether the file exists and its mode allows nobody to write it: a person made it
    /// read-only on purpose, so a save must not replace it behind their back.
    fn is_read_only(&self, path: &Path) -> bool;
    /// Whether the file itself can be opened for writing (without changing it).
    fn file_is_writable(&self, path: &Path) -> bool;
}

/// What a save does with the backup beside the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backup {
    /// The file as it was before this save becomes the backup.
    Replace,
    /// A backup already there stays (it holds the version before this session's first save);
    /// one is made only when there is none.
    KeepExisting,
}

/// The real file system.
pub struct RealDisk;

impl Disk for RealDisk {
    fn is_dir(&self, path: &Path) -> bool {
        path.is_dir()
    }

    fn len(&self, path: &Path) -> std::io::Result<u64> {
        Ok(std::fs::metadata(path)?.len())
    }

    fn read_limited(&self, path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
        // Opening a FIFO blocks until something writes to it: refuse it before opening.
        if let Some(kind) = self.special(path) {
            return Err(not_regular(kind));
        }
        let file = std::fs::File::open(path)?;
        let meta = file.metadata()?;
        if let Some(kind) = special_kind(&meta) {
            return Err(not_regular(kind));
        }
        let size = meta.len();
        if size > limit {
            return Err(std::io::Error::new(
                std::io::ErrorKind::FileTooLarge,
                format!(
                    "the file is {size} bytes; a career spec is never larger than {limit} bytes"
                ),
            ));
        }
        let mut bytes = Vec::new();
        // Read one byte past the limit, in case the file grew after its size was read.
        file.take(limit + 1).read_to_end(&mut bytes)?;
        if bytes.len() as u64 > limit {
            return Err(std::io::Error::new(
                std::io::ErrorKind::FileTooLarge,
                format!("the file is larger than {limit} bytes"),
            ));
        }
        Ok(bytes)
    }

    fn write_atomic(&self, path: &Path, bytes: &[u8], backup: Backup) -> std::io::Result<()> {
        write_atomic_via(path, bytes, backup, std::io::Write::write_all)
    }

    fn special(&self, path: &Path) -> Option<&'static str> {
        special_kind(&std::fs::metadata(path).ok()?)
    }

    fn is_read_only(&self, path: &Path) -> bool {
        std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().readonly())
    }

    fn file_is_writable(&self, path: &Path) -> bool {
        std::fs::OpenOptions::new().write(true).open(path).is_ok()
    }
}

/// What a path that is neither a file nor a folder is, in words.
pub(crate) fn special_kind(meta: &std::fs::Metadata) -> Option<&'static str> {
    let kind = meta.file_type();
    if kind.is_file() || kind.is_dir() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if kind.is_fifo() {
            return Some("a named pipe (FIFO)");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some("a device");
        }
    }
    Some("not a regular file")
}

fn not_regular(kind: &str) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::InvalidInput,
        format!("this is {kind}, not a regular file"),
    )
}

/// The file a save should replace. A symbolic link (to a synced folder, say) stays a link and
/// the file it points at gets the new text; renaming over the link itself would cut it.
fn through_links(path: &Path) -> PathBuf {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link {
        return path.to_path_buf();
    }
    if let Ok(real) = std::fs::canonicalize(path) {
        return real;
    }
    // A link to a file not yet there: the file is created where the link points.
    match std::fs::read_link(path) {
        Ok(target) => folder_of(path).join(target),
        Err(_) => path.to_path_buf(),
    }
}

/// Temporary files older than this were left by a save that was killed; no save takes long.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_mins(1);

/// Whether a file name is one of this app's own temporary files.
pub fn is_temporary_name(name: &str) -> bool {
    // Exactly the suffix this app writes, in its case: no other program's file is taken.
    name.starts_with(TEMP_PREFIX) && Path::new(name).extension().is_some_and(|e| e == "tmp")
}

/// Removes temporary files that a killed save left in the folder, so a crash leaves no
/// litter beside the person's file for long.
fn remove_stale_temporaries(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let ours = is_temporary_name(&name);
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > STALE_AFTER);
        if ours && stale {
            // Best effort: a file that cannot be removed is only litter.
            std::fs::remove_file(entry.path()).ok();
        }
    }
}

/// How many names the file has: a file with more than one hard link shares its text with
/// those other names, which a rename would leave behind with the old text.
#[cfg(unix)]
fn links(meta: &std::fs::Metadata) -> u64 {
    use std::os::unix::fs::MetadataExt as _;
    meta.nlink()
}

#[cfg(not(unix))]
fn links(_meta: &std::fs::Metadata) -> u64 {
    1
}

/// The atomic write, with the step that writes the bytes given, so that a test can make it
/// fail halfway as a full disk would, or pause there. Whatever fails, the file at `path` is
/// left as it was and no temporary file stays behind. The one exception is a file with other
/// hard links: it is written in place once the new text is known to fit and its backup is
/// safe, so that every name keeps showing the same text; a failure during that write is
/// reported as having changed the file, naming the backup to restore from.
pub fn write_atomic_via(
    path: &Path,
    bytes: &[u8],
    backup: Backup,
    write: impl FnOnce(&mut std::fs::File, &[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let resolved = through_links(path);
    let path = resolved.as_path();
    let folder = folder_of(path);
    remove_stale_temporaries(folder);
    let existing = std::fs::metadata(path)
        .ok()
        .filter(std::fs::Metadata::is_file);
    let wants_backup = backup == Backup::Replace || !backup_path(path).exists();
    if let Some(existing) = existing.as_ref().filter(|m| links(m) > 1) {
        // Every name must keep showing the same text: written into the file itself, once
        // it is known to fit, keeping its owner and mode since it stays the same file.
        return super::in_place::write_linked(path, folder, existing, bytes, wants_backup, write);
    }
    let mut temp = temporary_builder(".tmp").tempfile_in(folder)?;
    if existing.is_none() {
        // A new file is its owner's alone, whatever the umask.
        super::private::make_private(temp.as_file())?;
    }
    write(temp.as_file_mut(), bytes)?;
    temp.as_file_mut().sync_all()?;
    if let Some(existing) = &existing {
        // The file keeps who may read it: a private file stays private and a shared one
        // stays shared, rather than taking the temporary file's owner-only mode.
        temp.as_file().set_permissions(existing.permissions())?;
        keep_owner(temp.as_file(), existing);
    }
    // The backup is copied now but takes its name only once the new file is in place: a
    // save that fails (an immutable file, a full disk) leaves the old backup as it was.
    let old = match &existing {
        Some(existing) if wants_backup => Some(copy_for_backup(path, folder, existing)?),
        _ => None,
    };
    temp.persist(path).map_err(|e| e.error)?;
    if let Some(old) = old {
        let bak = backup_path(path);
        old.persist(&bak).map_err(|e| {
            super::in_place::changed(
                e.error.kind(),
                format!(
                    "the new version is saved, but the previous one could not be kept as {}: {}",
                    bak.display(),
                    e.error
                ),
            )
        })?;
    }
    // Make the rename itself durable where the platform allows it.
    if let Ok(dir) = std::fs::File::open(folder) {
        dir.sync_all().ok();
    }
    Ok(())
}
