//! The one guard every output passes before anything is written to it: an export, a
//! calendar, a screenshot and its text, an import's target, Save As. An output never lands on
//! what the same command reads, by any name, nor on a backup, a folder, a pipe or a device.

use std::path::{Path, PathBuf};

use super::beside::backup_path;
use super::disk::special_kind;

/// Why nothing may be written to `out`, in a sentence that names it; none when it may be.
/// `inputs` are the files the same command reads: `out` must be none of them (by its own
/// name, a hard link or a symbolic link) and none of their backups.
pub fn refusal(out: &Path, inputs: &[&Path]) -> Option<String> {
    let name = out.display();
    let not_written = "so nothing was written to it; choose another file";
    if let Ok(meta) = std::fs::metadata(out) {
        if meta.is_dir() {
            return Some(format!("{name} is a folder, {not_written}"));
        }
        if let Some(kind) = special_kind(&meta) {
            return Some(format!(
                "{name} is {kind}, not a regular file, {not_written}"
            ));
        }
    }
    for input in inputs {
        if let Some(how) = alias(out, input) {
            return Some(format!(
                "{name} is {how} {}, which this reads, {not_written}",
                input.display()
            ));
        }
        let backups = [
            Some(backup_path(input)),
            real(input).map(|p| backup_path(&p)),
        ];
        if backups
            .iter()
            .flatten()
            .any(|bak| same_file(out, bak) || real(out).is_some_and(|o| &o == bak))
        {
            return Some(format!(
                "{name} is the backup of {}, {not_written}",
                input.display()
            ));
        }
    }
    None
}

/// Why Save As must not write the open document to `out`, if it must not: as [`refusal`],
/// except that `out` naming the open file itself (`own`) is simply a save.
pub fn save_as_refusal(own: Option<&Path>, out: &Path) -> Option<String> {
    match own {
        Some(own) if alias(out, own).is_some() => refusal(out, &[]),
        Some(own) => refusal(out, &[own]),
        None => refusal(out, &[]),
    }
}

/// How `out` names the same file as `input`, in words (`the same file as`, `a hard link to`,
/// `a symbolic link to`); none when it is another file or nothing yet.
fn alias(out: &Path, input: &Path) -> Option<&'static str> {
    let same_path = real(out).is_some_and(|o| Some(o) == real(input));
    if !same_path && !same_file(out, input) {
        return None;
    }
    let is_link = std::fs::symlink_metadata(out).is_ok_and(|m| m.file_type().is_symlink());
    Some(if is_link {
        "a symbolic link to"
    } else if same_path {
        "the same file as"
    } else {
        "a hard link to"
    })
}

/// Where a path really is, its links followed: the path itself when it exists, else its
/// folder's real place with its name (an output often does not exist yet).
fn real(path: &Path) -> Option<PathBuf> {
    if let Ok(p) = std::fs::canonicalize(path) {
        return Some(p);
    }
    let name = path.file_name()?;
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::canonicalize(folder).ok().map(|f| f.join(name))
}

/// Whether both paths exist and are one file (the same device and inode), whatever names and
/// links lead there.
#[cfg(unix)]
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(a: &Path, b: &Path) -> bool {
    matches!(
        (std::fs::canonicalize(a), std::fs::canonicalize(b)),
        (Ok(a), Ok(b)) if a == b
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder_with_input() -> (tempfile::TempDir, PathBuf) {
        let folder = tempfile::tempdir().expect("folder");
        let input = folder.path().join("career.ron");
        std::fs::write(&input, "spec").expect("written");
        (folder, input)
    }

    #[test]
    fn a_new_file_beside_the_input_may_be_written() {
        let (folder, input) = folder_with_input();
        assert_eq!(refusal(&folder.path().join("career.md"), &[&input]), None);
    }

    #[test]
    fn the_input_by_any_name_is_refused() {
        let (folder, input) = folder_with_input();
        let hard = folder.path().join("hard.md");
        std::fs::hard_link(&input, &hard).expect("linked");
        let said = refusal(&hard, &[&input]).expect("refused");
        assert!(said.contains("is a hard link to"), "{said}");
        let same = folder.path().join(".").join("career.ron");
        let said = refusal(&same, &[&input]).expect("refused");
        assert!(said.contains("is the same file as"), "{said}");
        #[cfg(unix)]
        {
            let soft = folder.path().join("soft.png");
            std::os::unix::fs::symlink(&input, &soft).expect("linked");
            let said = refusal(&soft, &[&input]).expect("refused");
            assert!(said.contains("is a symbolic link to"), "{said}");
        }
    }

    #[test]
    fn the_inputs_backup_is_refused_whether_or_not_it_exists() {
        let (_folder, input) = folder_with_input();
        let bak = backup_path(&input);
        let said = refusal(&bak, &[&input]).expect("refused");
        assert!(said.contains("is the backup of"), "{said}");
        std::fs::write(&bak, "old").expect("written");
        assert!(refusal(&bak, &[&input]).is_some());
    }

    #[test]
    fn save_as_onto_the_open_file_is_a_save_but_not_onto_its_backup() {
        let (folder, input) = folder_with_input();
        let hard = folder.path().join("hard.ron");
        std::fs::hard_link(&input, &hard).expect("linked");
        assert_eq!(save_as_refusal(Some(&input), &input), None);
        assert_eq!(save_as_refusal(Some(&input), &hard), None);
        assert!(save_as_refusal(Some(&input), &backup_path(&input)).is_some());
        assert!(save_as_refusal(None, folder.path()).is_some());
    }

    #[test]
    fn two_outputs_of_one_command_not_written_yet_are_told_apart_by_path() {
        let (folder, _) = folder_with_input();
        let out = folder.path().join("shot.png");
        assert!(refusal(&out, &[&folder.path().join("./shot.png")]).is_some());
        assert_eq!(refusal(&out, &[&folder.path().join("shot.txt")]), None);
    }

    #[test]
    fn folders_and_devices_are_refused() {
        let (folder, _) = folder_with_input();
        let said = refusal(folder.path(), &[]).expect("refused");
        assert!(said.contains("is a folder"), "{said}");
        #[cfg(unix)]
        {
            let said = refusal(Path::new("/dev/null"), &[]).expect("refused");
            assert!(said.contains("is a device"), "{said}");
        }
    }
}
