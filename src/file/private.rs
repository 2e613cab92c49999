//! Who may read what the app writes. A career spec holds what a person tells no one at work,
//! so every file the app creates is its owner's alone (0600, folders 0700) whatever the
//! umask says; a file that is already there keeps its mode and owner, since a person who
//! shared it did so on purpose.

use std::io::Write as _;
use std::path::Path;

/// The mode of every file the app creates: read and write for its owner, nothing for others.
pub const FILE_MODE: u32 = 0o600;
/// The mode of every folder the app creates.
pub const FOLDER_MODE: u32 = 0o700;

/// Makes a file the app has just created its owner's alone. Set on the open file, not by
/// path, so that nothing else can be swapped in between; set after creating, not only asked
/// for at creation, because a umask can only take bits away and this must hold exactly.
pub fn make_private(file: &std::fs::File) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        file.set_permissions(std::fs::Permissions::from_mode(FILE_MODE))
    }
    #[cfg(not(unix))]
    {
        // Elsewhere a new file in the person's own folders is theirs already.
        let _ = file;
        Ok(())
    }
}

/// Creates a folder and any parents missing, each new one its owner's alone; folders that
/// are already there keep their mode.
pub fn create_dir_all(path: &Path) -> std::io::Result<()> {
    if path.is_dir() {
        return Ok(());
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        create_dir_all(parent)?;
    }
    let mut builder = std::fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        builder.mode(FOLDER_MODE);
    }
    match builder.create(path) {
        Ok(()) => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt as _;
                std::fs::set_permissions(path, std::fs::Permissions::from_mode(FOLDER_MODE))?;
            }
            Ok(())
        }
        // Made by another process meanwhile: its mode is not ours to change.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && path.is_dir() => Ok(()),
        Err(e) => Err(e),
    }
}

/// Creates an empty file its owner's alone, for another program to fill in (eframe's window
/// state); a file already there is left as it is.
pub fn create_empty(path: &Path) -> std::io::Result<()> {
    match new_file(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

/// A file that was not there, created its owner's alone.
fn new_file(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(FILE_MODE);
    }
    let file = options.open(path)?;
    make_private(&file)?;
    Ok(file)
}

/// Writes `bytes` to an output that keeps no backup (a screenshot, its text): a new file is
/// created its owner's alone; an existing one is rewritten in place and so keeps its mode
/// and owner.
pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = match new_file(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => std::fs::OpenOptions::new()
            .write(true)
            .truncate(true)
            .open(path)?,
        Err(e) => return Err(e),
    };
    file.write_all(bytes)?;
    file.sync_all()
}

/// The mode of a file that accounts other than its owner can read (through its group or
/// as anyone), or none when only its owner can, it is not there, or the platform has no modes.
pub fn readable_by_others(path: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(path).ok()?.permissions().mode() & 0o777;
        (mode & 0o044 != 0).then_some(mode)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// Takes every permission of the group and of anyone else away from an existing file (and
/// from its backup, if there is one), keeping its owner's own: the one-click answer to
/// [`readable_by_others`].
pub fn restrict(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let owner_only = |p: &Path| -> std::io::Result<()> {
            let mode = std::fs::metadata(p)?.permissions().mode();
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode & 0o700))
        };
        owner_only(path)?;
        let backup = super::backup_path(path);
        if backup.is_file() {
            owner_only(&backup)?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt as _;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path)
            .expect("metadata")
            .permissions()
            .mode()
            & 0o777
    }

    #[test]
    fn new_outputs_and_folders_are_the_owners_alone() {
        let d = tempfile::tempdir().expect("folder");
        let folder = d.path().join("a").join("b");
        create_dir_all(&folder).expect("created");
        assert_eq!(mode(&d.path().join("a")), FOLDER_MODE);
        assert_eq!(mode(&folder), FOLDER_MODE);
        let out = folder.join("shot.png");
        write(&out, b"new").expect("written");
        assert_eq!(mode(&out), FILE_MODE);
        assert_eq!(std::fs::read(&out).expect("read"), b"new");
    }

    #[test]
    fn what_is_already_there_keeps_its_mode() {
        let d = tempfile::tempdir().expect("folder");
        let shared = d.path().join("shared");
        std::fs::create_dir(&shared).expect("folder");
        std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o750)).expect("chmod");
        create_dir_all(&shared.join("inner")).expect("created");
        assert_eq!(mode(&shared), 0o750);
        let out = shared.join("text.txt");
        std::fs::write(&out, "a longer old text").expect("written");
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).expect("chmod");
        write(&out, b"new").expect("written");
        assert_eq!(mode(&out), 0o640);
        assert_eq!(std::fs::read(&out).expect("read"), b"new");
    }

    #[test]
    fn a_file_others_can_read_is_found_and_made_private_with_its_backup() {
        let d = tempfile::tempdir().expect("folder");
        let spec = d.path().join("career.ron");
        std::fs::write(&spec, "x").expect("written");
        std::fs::write(crate::file::backup_path(&spec), "x").expect("written");
        for private in [0o600, 0o400, 0o700] {
            std::fs::set_permissions(&spec, std::fs::Permissions::from_mode(private))
                .expect("chmod");
            assert_eq!(readable_by_others(&spec), None, "{private:o}");
        }
        for open in [0o644, 0o640, 0o604] {
            std::fs::set_permissions(&spec, std::fs::Permissions::from_mode(open)).expect("chmod");
            assert_eq!(readable_by_others(&spec), Some(open), "{open:o}");
        }
        std::fs::set_permissions(
            crate::file::backup_path(&spec),
            std::fs::Permissions::from_mode(0o664),
        )
        .expect("chmod");
        restrict(&spec).expect("restricted");
        assert_eq!(mode(&spec), 0o600);
        assert_eq!(mode(&crate::file::backup_path(&spec)), 0o600);
        assert_eq!(readable_by_others(&spec), None);
        assert_eq!(readable_by_others(&d.path().join("missing.ron")), None);
    }
}
