//! The only place that touches the file system for documents, behind a trait so that tests
//! can make any read or write fail the way a full disk or a read-only folder would.

use std::io::Read;
use std::path::{Path, PathBuf};

/// Reading and writing whole files.
pub trait Disk {
    /// Whether the path is a folder.
    fn is_dir(&self, path: &Path) -> bool;
    /// The file's size in bytes.
    fn len(&self, path: &Path) -> std::io::Result<u64>;
    /// Reads at most `limit` bytes; a longer file is an error, found before reading it all.
    fn read_limited(&self, path: &Path, limit: u64) -> std::io::Result<Vec<u8>>;
    /// Replaces the file at `path` with `bytes` so that it is always either the old file or
    /// the new one, and keeps the old one as a backup.
    fn write_atomic(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()>;
}

/// The real file system.
pub struct RealDisk;

/// Where the previous version of a file is kept: `career.ron` → `career.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

impl Disk for RealDisk {
    fn is_dir(&self, path: &Path) -> bool {
        path.is_dir()
    }

    fn len(&self, path: &Path) -> std::io::Result<u64> {
        Ok(std::fs::metadata(path)?.len())
    }

    fn read_limited(&self, path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
        let file = std::fs::File::open(path)?;
        let size = file.metadata()?.len();
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

    fn write_atomic(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        write_atomic_via(path, bytes, std::io::Write::write_all)
    }
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
const STALE_AFTER: std::time::Duration = std::time::Duration::from_mins(10);

/// Removes temporary files that a killed save left in the folder, so a crash leaves no
/// litter beside the person's file for long.
fn remove_stale_temporaries(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let ours = name.starts_with(".career-spec-") && name.ends_with(".tmp");
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

/// A temporary file beside the target. One that becomes a new file is created with the mode
/// any new file in the folder gets (read and write, less the umask) rather than owner-only.
fn temporary_builder(suffix: &str, new_file: bool) -> tempfile::Builder<'_, '_> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".career-spec-").suffix(suffix);
    #[cfg(unix)]
    if new_file {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    #[cfg(not(unix))]
    let _ = new_file;
    builder
}

/// The atomic write, with the step that writes the bytes given, so that a test can make it
/// fail halfway as a full disk would. Whatever fails, the file at `path` is left as it was and
/// no temporary file stays behind.
pub fn write_atomic_via(
    path: &Path,
    bytes: &[u8],
    write: impl FnOnce(&mut std::fs::File, &[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let resolved = through_links(path);
    let path = resolved.as_path();
    let folder = folder_of(path);
    remove_stale_temporaries(folder);
    let existing = std::fs::metadata(path)
        .ok()
        .filter(std::fs::Metadata::is_file);
    let mut temp = temporary_builder(".tmp", existing.is_none()).tempfile_in(folder)?;
    write(temp.as_file_mut(), bytes)?;
    temp.as_file_mut().sync_all()?;
    if let Some(existing) = existing {
        // The file keeps who may read it: a private file stays private and a shared one
        // stays shared, rather than taking the temporary file's owner-only mode.
        temp.as_file().set_permissions(existing.permissions())?;
        // Keep the previous version, itself written atomically, before replacing it.
        let mut backup = temporary_builder(".bak.tmp", false).tempfile_in(folder)?;
        let mut old = std::fs::File::open(path)?;
        std::io::copy(&mut old, backup.as_file_mut())?;
        backup.as_file_mut().sync_all()?;
        backup.as_file().set_permissions(existing.permissions())?;
        backup.persist(backup_path(path)).map_err(|e| e.error)?;
    }
    temp.persist(path).map_err(|e| e.error)?;
    // Make the rename itself durable where the platform allows it.
    if let Ok(dir) = std::fs::File::open(folder) {
        dir.sync_all().ok();
    }
    Ok(())
}
