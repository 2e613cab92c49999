//! A full disk never cuts a spec short, even one with other hard links, which is written in
//! place: on a small tmpfs filled up to a given room, a save either lands whole under every
//! name or changes nothing and says so, naming the link. Where no tmpfs can be mounted (not
//! root, a container without the right), the tests say so and pass.

#![cfg(target_os = "linux")]

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use career_spec::file::{self, Backup, SaveError};
use career_spec::model::Document;

/// A tmpfs of a given size mounted on a temporary folder, unmounted when dropped.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    fn mount(size: &str) -> Option<Self> {
        let dir = tempfile::tempdir().expect("temp dir");
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .output()
            .is_ok_and(|o| o.status.success());
        if !mounted {
            println!("skipped: a tmpfs cannot be mounted here, so a full disk is not tried");
            return None;
        }
        Some(Self { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Fills the file system, then frees `room` bytes of it.
    fn fill_leaving(&self, room: u64) {
        let filler = self.path().join("filler");
        let mut f = std::fs::File::create(&filler).expect("filler");
        let chunk = vec![0u8; 64 * 1024];
        while f.write_all(&chunk).is_ok() {}
        f.sync_all().ok();
        let len = std::fs::metadata(&filler).expect("there").len();
        f.set_len(len.saturating_sub(room)).expect("freed");
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        Command::new("umount").arg(self.dir.path()).status().ok();
    }
}

/// A spec and another name for it, with a backup of an earlier version beside it.
fn linked_spec(folder: &Path) -> (PathBuf, PathBuf, Document) {
    let path = folder.join("career.ron");
    let mut before = file::sample();
    before.profile.name = "Before".into();
    file::save(&path, &before).expect("saved");
    let now = file::sample();
    file::save(&path, &now).expect("saved");
    let other = folder.join("shared-career.ron");
    std::fs::hard_link(&path, &other).expect("linked");
    (path, other, now)
}

/// The stress document: about a megabyte, far larger than the sample it replaces.
fn larger() -> Document {
    career_spec::stress::stress_document(1)
}

fn size_of(doc: &Document) -> u64 {
    file::to_string(doc).expect("text").len() as u64
}

fn untouched(path: &Path, other: &Path, doc: &Document) {
    assert_eq!(&file::load(path).expect("the file is whole"), doc);
    assert_eq!(&file::load(other).expect("its other name is whole"), doc);
    assert_eq!(
        file::load(&file::backup_path(path))
            .expect("the backup is whole")
            .profile
            .name,
        "Before",
        "the backup is the version before"
    );
}

#[test]
fn a_linked_spec_on_a_disk_without_room_for_the_new_version_is_left_whole() {
    let Some(disk) = Tmpfs::mount("4m") else {
        return;
    };
    let (path, other, now) = linked_spec(disk.path());
    // Room for a backup of the old version but not for the new one: written in place, the
    // file was emptied and then cut short under both names.
    disk.fill_leaving(size_of(&now) + 64 * 1024);
    let e =
        file::save_with(&file::RealDisk, &path, &larger(), Backup::Replace).expect_err("no room");
    assert!(!e.changed_the_disk(), "{e}");
    untouched(&path, &other, &now);
}

#[test]
fn a_linked_spec_that_cannot_grow_in_place_is_refused_naming_its_other_name() {
    let Some(disk) = Tmpfs::mount("6m") else {
        return;
    };
    let (path, other, now) = linked_spec(disk.path());
    let new = larger();
    // Room for the new version beside the file, but not for it to grow in the file as well.
    disk.fill_leaving(size_of(&new) + 16 * 1024);
    let e = file::save_with(&file::RealDisk, &path, &new, Backup::Replace).expect_err("refused");
    let said = e.to_string();
    assert!(
        said.contains("has other names (hard links: shared-career.ron)")
            && said.contains("nothing was changed"),
        "{said}"
    );
    assert!(matches!(e, SaveError::Io { .. }) && !e.changed_the_disk());
    untouched(&path, &other, &now);
    // With the room freed, the same save lands under both names.
    std::fs::remove_file(disk.path().join("filler")).expect("removed");
    file::save_with(&file::RealDisk, &path, &new, Backup::Replace).expect("saved");
    assert_eq!(file::load(&other).expect("loads"), new);
}

/// A write into a linked file that fails partway says the file changed, and names the backup.
#[test]
fn a_linked_spec_cut_short_by_a_failure_says_so_and_names_the_backup() {
    let d = tempfile::tempdir().expect("temp dir");
    let (path, other, _) = linked_spec(d.path());
    let text = file::to_string(&larger()).expect("text");
    let e = file::write_atomic_via(&path, text.as_bytes(), Backup::Replace, |f, bytes| {
        f.write_all(&bytes[..bytes.len() / 2])?;
        Err(std::io::Error::new(
            std::io::ErrorKind::StorageFull,
            "no space left on device",
        ))
    })
    .expect_err("failed");
    assert!(file::left_changed(&e), "{e}");
    let said = e.to_string();
    assert!(
        said.contains("may now be cut short")
            && said.contains(&file::backup_path(&path).display().to_string()),
        "{said}"
    );
    assert_eq!(
        file::load(&file::backup_path(&path))
            .expect("backup")
            .profile,
        file::sample().profile,
        "the backup holds the version the failed write replaced"
    );
    assert!(
        file::load(&other).is_err(),
        "the file was cut short, as said"
    );
}
