//! The files a save leaves beside the one it writes: the temporary file it writes first and
//! the backup of the version before, both in the same folder so that one rename lands them.

use std::path::{Path, PathBuf};

/// How every temporary file a save makes begins.
pub(super) const TEMP_PREFIX: &str = ".career-spec-";

/// Where the previous version of a file is kept: `career.ron` → `career.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// The folder a file is in: `.` for a bare file name.
pub(super) fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// A temporary file beside the target.
pub(super) fn temporary_builder(suffix: &str) -> tempfile::Builder<'_, '_> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(suffix);
    builder
}

/// Gives a file just written the owner and group of the file it replaces, where this process
/// may: a file in a shared folder keeps its group, and a save by root does not hand a
/// person's file to root.
#[cfg(unix)]
pub(super) fn keep_owner(file: &std::fs::File, existing: &std::fs::Metadata) {
    use std::os::unix::fs::MetadataExt as _;
    if std::os::unix::fs::fchown(file, Some(existing.uid()), Some(existing.gid())).is_err() {
        // Not allowed to give the file away: keeping the group may still be allowed.
        std::os::unix::fs::fchown(file, None, Some(existing.gid())).ok();
    }
}

#[cfg(not(unix))]
pub(super) fn keep_owner(_file: &std::fs::File, _existing: &std::fs::Metadata) {}

/// Keeps the previous version of the file as its backup, itself written atomically.
pub(super) fn write_backup(
    path: &Path,
    folder: &Path,
    existing: &std::fs::Metadata,
) -> std::io::Result<()> {
    let backup = copy_for_backup(path, folder, existing)?;
    backup.persist(backup_path(path)).map_err(|e| e.error)?;
    Ok(())
}

/// The previous version of the file, copied beside it, to become its backup by one rename.
pub(super) fn copy_for_backup(
    path: &Path,
    folder: &Path,
    existing: &std::fs::Metadata,
) -> std::io::Result<tempfile::NamedTempFile> {
    let mut backup = temporary_builder(".bak.tmp").tempfile_in(folder)?;
    let mut old = std::fs::File::open(path)?;
    std::io::copy(&mut old, backup.as_file_mut())?;
    backup.as_file_mut().sync_all()?;
    backup.as_file().set_permissions(existing.permissions())?;
    keep_owner(backup.as_file(), existing);
    Ok(backup)
}
