//! Bad input gets a clear message and changes nothing: every way a file can be wrong, and
//! every way a save can fail, with the file on disk checked afterwards.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use career_spec::file::{self, Backup, Disk, LoadError, SaveError};

fn folder() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp folder")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("written");
    path
}

fn load_text(text: &str) -> LoadError {
    file::from_str(text).expect_err("must be refused")
}

fn sample_text() -> String {
    file::to_string(&file::sample()).expect("serialises")
}

#[test]
fn an_empty_file_says_so() {
    let d = folder();
    let path = write(d.path(), "empty.ron", b"");
    assert_eq!(
        file::load(&path).expect_err("refused").to_string(),
        "the file is empty"
    );
    assert!(matches!(load_text("  \n\t"), LoadError::Empty));
}

#[test]
fn binary_garbage_is_not_taken_for_a_spec() {
    let d = folder();
    let garbage: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    let path = write(d.path(), "garbage.ron", &garbage);
    let e = file::load(&path).expect_err("refused");
    assert!(
        matches!(e, LoadError::NotText { .. } | LoadError::Syntax { .. }),
        "{e}"
    );
}

#[test]
fn invalid_utf8_names_the_byte() {
    let mut bytes = b"(format: \"career-spec\", version: 1, spec: (profile: (name: \"".to_vec();
    let offset = bytes.len();
    bytes.extend_from_slice(&[0xff, 0xfe, b'"', b')', b')', b')']);
    let e = file::from_bytes(&bytes).expect_err("refused");
    assert!(
        matches!(e, LoadError::NotText { offset: o } if o == offset),
        "{e}"
    );
    assert!(e.to_string().contains(&format!("byte {offset}")));
}

#[test]
fn a_truncated_file_gives_a_line_and_column() {
    let text = sample_text();
    let cut = &text[..text.len() / 2];
    match load_text(cut) {
        LoadError::Syntax { line, col, .. } => assert!(line > 1 && col >= 1, "{line}:{col}"),
        other => panic!("expected a syntax error, got {other}"),
    }
    // Cut anywhere, the file is refused with a place to look. Once the document has begun,
    // wherever the cut falls (in a string, a name or between values), it says what happened.
    let begun = text.find("format:").expect("the envelope");
    let last = text.trim_end().len() - 1;
    for end in (1..last)
        .step_by(97)
        .chain([begun, text.len() / 3, text.len() / 2, last])
    {
        let end = text.ceil_char_boundary(end);
        match load_text(&text[..end]) {
            LoadError::Syntax { line, col, message } => {
                assert!(line >= 1 && col >= 1, "cut at {end}: {line}:{col}");
                assert!(
                    end < begun || message.contains("was it cut short?"),
                    "cut at {end}: {message}"
                );
            }
            other => panic!("cut at {end}: expected a place, got {other}"),
        }
    }
    // A mistake in the middle of a whole file is not taken for a cut.
    let e = load_text(&text.replacen("career_start_year: 2016,", "career_start_year: 2016;", 1));
    assert!(!e.to_string().contains("cut short"), "{e}");
}

#[test]
fn text_that_is_not_a_spec_says_so_without_naming_our_types() {
    for text in ["garbage", "[1, 2, 3]", "\"hello\"", "42"] {
        let e = load_text(text).to_string();
        assert!(e.contains("this is not a Career Spec file"), "{text}: {e}");
        assert!(!e.contains("Header"), "{text}: {e}");
    }
}

#[test]
fn a_wrong_type_gives_its_place() {
    let text = sample_text().replacen(
        "career_start_year: 2016",
        "career_start_year: \"twenty\"",
        1,
    );
    let line_of = text
        .lines()
        .position(|l| l.contains("\"twenty\""))
        .expect("line")
        + 1;
    match load_text(&text) {
        LoadError::Syntax { line, .. } => assert_eq!(line, line_of),
        other => panic!("expected a type error, got {other}"),
    }
}

#[test]
fn an_unknown_field_is_named() {
    let text = sample_text().replacen(
        "career_start_year: 2016,",
        "career_start_year: 2016,\n            favourite_colour: \"blue\",",
        1,
    );
    let e = load_text(&text);
    assert!(matches!(e, LoadError::Syntax { .. }), "{e}");
    assert!(e.to_string().contains("favourite_colour"), "{e}");
}

#[test]
fn nesting_thousands_deep_is_refused_without_overflowing() {
    let deep = format!(
        "(format: \"career-spec\", version: 1, spec: {}{})",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let e = load_text(&deep);
    assert!(matches!(e, LoadError::Syntax { .. }), "{e}");
    let deep = format!("{}{}", "(".repeat(50_000), ")".repeat(50_000));
    assert!(file::from_str(&deep).is_err());
}

#[test]
fn a_hundred_megabyte_file_is_refused_before_it_is_read() {
    let d = folder();
    let path = d.path().join("huge.ron");
    let f = std::fs::File::create(&path).expect("created");
    f.set_len(100 * 1024 * 1024).expect("sparse file");
    let e = file::load(&path).expect_err("refused");
    assert!(
        matches!(e, LoadError::TooLarge { size, .. } if size == 100 * 1024 * 1024),
        "{e}"
    );
    let e =
        file::from_bytes(&vec![b' '; (file::MAX_FILE_BYTES + 1) as usize]).expect_err("refused");
    assert!(matches!(e, LoadError::TooLarge { .. }));
}

#[test]
fn a_file_from_a_newer_version_is_refused_and_left_alone() {
    let d = folder();
    let text = sample_text().replacen(
        &format!("version: {},", file::CURRENT_VERSION),
        "version: 9,",
        1,
    );
    let path = write(d.path(), "future.ron", text.as_bytes());
    let e = file::load(&path).expect_err("refused");
    assert!(matches!(e, LoadError::TooNew { found: 9 }));
    assert!(e.to_string().contains("newer Career Spec"), "{e}");
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        text,
        "untouched"
    );
}

#[test]
fn another_format_or_a_missing_version_is_refused() {
    let e = load_text("(format: \"todo-list\", version: 1, spec: ())");
    assert!(matches!(e, LoadError::NotCareerSpec { .. }));
    assert_eq!(
        e.to_string(),
        "this is not a Career Spec file: its format is \"todo-list\", not \"career-spec\""
    );
    assert_eq!(
        load_text("(title: \"my notes\")").to_string(),
        "this is not a Career Spec file: it names no format (\"career-spec\")"
    );
    let e = load_text("(format: \"career-spec\", spec: ())");
    assert!(matches!(e, LoadError::NoVersion), "{e}");
    assert!(
        e.to_string()
            .starts_with("the file does not say which format version it is"),
        "{e}"
    );
    assert!(matches!(
        load_text("(format: \"career-spec\", version: 0, spec: ())"),
        LoadError::UnknownVersion { found: 0 }
    ));
}

#[test]
fn a_folder_is_not_a_file() {
    let d = folder();
    assert!(matches!(
        file::load(d.path()).expect_err("refused"),
        LoadError::IsFolder
    ));
}

/// A disk on which every read, or every write, fails the way the operating system would; the
/// flag says whether the file itself could be opened for writing.
struct FailingDisk(std::io::ErrorKind, bool);

impl FailingDisk {
    /// Why saving the sample to `path` on this disk is refused.
    fn refused_save(&self, path: &str) -> SaveError {
        file::save_with(self, Path::new(path), &file::sample(), Backup::Replace)
            .expect_err("refused")
    }
}

impl Disk for FailingDisk {
    fn is_dir(&self, _: &Path) -> bool {
        false
    }
    fn len(&self, _: &Path) -> std::io::Result<u64> {
        Ok(10)
    }
    fn read_limited(&self, _: &Path, _: u64) -> std::io::Result<Vec<u8>> {
        Err(std::io::Error::from(self.0))
    }
    fn write_atomic(&self, _: &Path, _: &[u8], _: Backup) -> std::io::Result<()> {
        Err(std::io::Error::from(self.0))
    }
    fn special(&self, _: &Path) -> Option<&'static str> {
        None
    }
    fn is_read_only(&self, _: &Path) -> bool {
        false
    }
    fn file_is_writable(&self, _: &Path) -> bool {
        self.1
    }
}

#[test]
fn a_folder_that_refuses_new_files_is_named_and_save_as_offered() {
    // A folder the person may not write into, holding their own writable file. Root writes
    // anywhere, so the refusal is injected.
    let e =
        FailingDisk(std::io::ErrorKind::PermissionDenied, true).refused_save("shared/career.ron");
    assert!(matches!(e, SaveError::FolderNotWritable(_)), "{e}");
    assert_eq!(
        e.to_string(),
        "cannot save shared/career.ron: the file may be written but its folder may not, and a \
         safe save needs to create a file in the folder; use Save As to save somewhere else"
    );
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_not_replaced() {
    use std::os::unix::fs::PermissionsExt as _;
    let d = folder();
    let path = d.path().join("career.ron");
    file::save(&path, &file::sample()).expect("saved");
    let before = std::fs::read(&path).expect("read");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let mut changed = file::sample();
    changed.profile.name = "Changed".into();
    let e = file::save(&path, &changed).expect_err("a read-only file is refused");
    assert!(matches!(e, SaveError::ReadOnly(_)), "{e}");
    assert!(
        e.to_string().ends_with(
            "career.ron is read-only, so it was not replaced; use Save As to keep your changes \
             in another file"
        ),
        "{e}"
    );
    assert_eq!(std::fs::read(&path).expect("read"), before, "untouched");
    assert!(
        !file::backup_path(&path).exists(),
        "no backup rotated either"
    );
}

#[cfg(unix)]
#[test]
fn a_file_with_hard_links_is_saved_in_place_after_its_backup() {
    let d = folder();
    let path = d.path().join("career.ron");
    file::save(&path, &file::sample()).expect("saved");
    let other_name = d.path().join("also-career.ron");
    std::fs::hard_link(&path, &other_name).expect("linked");
    let mut changed = file::sample();
    changed.profile.name = "Changed".into();
    file::save(&path, &changed).expect("saved");
    assert_eq!(file::load(&path).expect("loads").profile.name, "Changed");
    assert_eq!(
        file::load(&other_name).expect("loads").profile.name,
        "Changed",
        "the other name shows the same text"
    );
    assert_eq!(
        file::load(&file::backup_path(&path))
            .expect("backup")
            .profile
            .name,
        "Priya Raman"
    );
}

#[cfg(unix)]
#[test]
fn a_save_keeps_the_files_owner_and_group_where_it_may() {
    use std::os::unix::fs::MetadataExt as _;
    let owner = |p: &Path| {
        let m = std::fs::metadata(p).expect("metadata");
        (m.uid(), m.gid())
    };
    let d = folder();
    let path = d.path().join("career.ron");
    file::save(&path, &file::sample()).expect("saved");
    // Only root may give a file away; elsewhere the file keeps the owner it has.
    let given = std::os::unix::fs::chown(&path, Some(4321), Some(4321)).is_ok();
    let before = owner(&path);
    assert!(!given || before == (4321, 4321));
    let mut changed = file::sample();
    changed.profile.name = "Changed".into();
    file::save(&path, &changed).expect("saved");
    assert_eq!(owner(&path), before, "the file keeps its owner and group");
    assert_eq!(
        owner(&file::backup_path(&path)),
        before,
        "and so does the backup"
    );
}

#[test]
fn two_saves_in_a_row_keep_the_backup_of_the_version_before() {
    let d = folder();
    let path = d.path().join("career.ron");
    file::save(&path, &file::sample()).expect("first version");
    let mut changed = file::sample();
    changed.profile.name = "Changed".into();
    file::save(&path, &changed).expect("saved");
    // The same document saved again: nothing to write, so the backup stays the version before.
    file::save(&path, &changed).expect("saved again");
    let backup = file::load(&file::backup_path(&path)).expect("backup");
    assert_eq!(backup.profile.name, "Priya Raman");

    // Within one session, later saves keep the backup of the version before the first.
    changed.profile.name = "Changed twice".into();
    file::save_with(&file::RealDisk, &path, &changed, Backup::KeepExisting).expect("saved");
    assert_eq!(
        file::load(&path).expect("file").profile.name,
        "Changed twice"
    );
    let backup = file::load(&file::backup_path(&path)).expect("backup");
    assert_eq!(backup.profile.name, "Priya Raman");
}

#[test]
fn a_file_that_begins_with_a_byte_order_mark_loads() {
    let d = folder();
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(sample_text().as_bytes());
    let path = write(d.path(), "bom.ron", &bytes);
    assert_eq!(file::load(&path).expect("loads"), file::sample());
}

/// Runs `f` on its own thread and fails the test, rather than hanging it, if it takes longer
/// than a few seconds.
fn within_seconds<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || sender.send(f()).ok());
    receiver
        .recv_timeout(std::time::Duration::from_secs(5))
        .expect("the call returned within five seconds")
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_refused_before_it_is_opened() {
    let d = folder();
    let fifo = d.path().join("pipe.ron");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let path = fifo.clone();
    let e = within_seconds(move || file::load(&path).expect_err("refused").to_string());
    assert_eq!(
        e,
        "this is a named pipe (FIFO), not a regular file; open a .ron file instead"
    );
    // Nor does a save-time look at the file wait on it.
    let path = fifo.clone();
    assert!(within_seconds(move || file::stamp(&path)).is_none());
    // A device is refused the same way.
    let e = file::load(Path::new("/dev/null")).expect_err("refused");
    assert!(matches!(e, LoadError::NotRegular("a device")), "{e}");
}

#[test]
fn a_file_without_read_permission_says_so() {
    // As root, chmod cannot take read permission away, so the refusal is injected.
    let e = file::load_with(
        &FailingDisk(std::io::ErrorKind::PermissionDenied, false),
        Path::new("x.ron"),
    )
    .expect_err("refused");
    assert!(e.to_string().starts_with("cannot read the file"), "{e}");
    assert!(
        e.to_string().to_lowercase().contains("permission denied"),
        "{e}"
    );
}

#[test]
fn saving_into_a_read_only_folder_fails_cleanly() {
    let e =
        FailingDisk(std::io::ErrorKind::ReadOnlyFilesystem, false).refused_save("ro/career.ron");
    assert!(matches!(e, SaveError::Io { .. }));
    assert!(e.to_string().contains("cannot save ro/career.ron"), "{e}");
    // And for real: a folder that is a plain file cannot take a new file.
    let d = folder();
    let not_a_folder = write(d.path(), "plain", b"x");
    assert!(file::save(&not_a_folder.join("career.ron"), &file::sample()).is_err());
    assert_eq!(std::fs::read(&not_a_folder).expect("read"), b"x");
}

#[test]
fn a_full_disk_halfway_through_a_save_leaves_the_old_file_and_no_litter() {
    let d = folder();
    let path = d.path().join("career.ron");
    file::save(&path, &file::sample()).expect("first save");
    let before = std::fs::read(&path).expect("read");
    let mut changed = file::sample();
    changed.profile.name = "Changed".into();
    let text = file::to_string(&changed).expect("serialises");
    let e = file::write_atomic_via(&path, text.as_bytes(), Backup::Replace, |f, bytes| {
        f.write_all(&bytes[..bytes.len() / 2])?;
        Err(std::io::Error::new(
            std::io::ErrorKind::StorageFull,
            "No space left on device",
        ))
    })
    .expect_err("the disk is full");
    assert_eq!(e.kind(), std::io::ErrorKind::StorageFull);
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "the old file is intact"
    );
    let names: Vec<String> = std::fs::read_dir(d.path())
        .expect("listed")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["career.ron"], "no temporary file is left behind");
    assert_eq!(
        file::load(&path).expect("loads").profile.name,
        "Priya Raman"
    );
}

#[test]
fn a_save_clears_temporary_files_a_killed_save_left_over_a_minute_ago() {
    let d = folder();
    let aged = |name: &str, secs: u64| {
        let path = write(d.path(), name, b"half a file");
        let then = std::time::SystemTime::now() - std::time::Duration::from_secs(secs);
        std::fs::File::options()
            .write(true)
            .open(&path)
            .expect("opened")
            .set_modified(then)
            .expect("dated");
        path
    };
    let old = aged(".career-spec-killed.tmp", 90);
    let old_backup = aged(".career-spec-killedAbc.bak.tmp", 3600);
    let fresh = aged(".career-spec-saving-now.tmp", 10);
    let not_ours = aged("notes.tmp", 3600);
    file::save(&d.path().join("career.ron"), &file::sample()).expect("saved");
    assert!(!old.exists(), "a temporary older than a minute is removed");
    assert!(!old_backup.exists(), "so is a half-written backup");
    assert!(fresh.exists(), "another save's fresh temporary left alone");
    assert!(not_ours.exists(), "a file that is not ours is left alone");
}

#[test]
fn saving_keeps_the_previous_file_as_a_backup() {
    let d = folder();
    let path = d.path().join("career.ron");
    let mut doc = file::sample();
    file::save(&path, &doc).expect("saved");
    assert!(
        !file::backup_path(&path).exists(),
        "nothing to back up the first time"
    );
    doc.profile.name = "Second".into();
    file::save(&path, &doc).expect("saved");
    assert_eq!(file::backup_path(&path), d.path().join("career.ron.bak"));
    assert_eq!(
        file::load(&file::backup_path(&path))
            .expect("backup")
            .profile
            .name,
        "Priya Raman"
    );
    assert_eq!(file::load(&path).expect("file").profile.name, "Second");
}

#[cfg(unix)]
#[test]
fn a_save_keeps_who_may_read_the_file() {
    use std::os::unix::fs::PermissionsExt as _;
    let mode = |p: &Path| std::fs::metadata(p).expect("metadata").permissions().mode() & 0o777;
    let d = folder();
    // A new file is its owner's alone, whatever any other new file in the folder gets.
    let path = d.path().join("career.ron");
    file::save(&path, &file::sample()).expect("saved");
    assert_eq!(mode(&path), 0o600);
    // An existing file keeps its mode across a save, and its backup has the same.
    for kept in [0o640, 0o604] {
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(kept)).expect("chmod");
        // A different text each time: a save that would change nothing writes nothing.
        let mut doc = file::sample();
        doc.profile.name = format!("Mode {kept:o}");
        file::save(&path, &doc).expect("saved again");
        assert_eq!(mode(&path), kept, "the file keeps {kept:o}");
        assert_eq!(
            mode(&file::backup_path(&path)),
            kept,
            "the backup has {kept:o}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_save_through_a_link_writes_the_file_it_points_at() {
    let is_link = |p: &Path| std::fs::symlink_metadata(p).is_ok_and(|m| m.is_symlink());
    let d = folder();
    let elsewhere = d.path().join("synced");
    std::fs::create_dir(&elsewhere).expect("folder");
    let real = elsewhere.join("career.ron");
    std::fs::write(&real, b"old").expect("written");
    let link = d.path().join("career.ron");
    std::os::unix::fs::symlink(&real, &link).expect("link");

    file::save(&link, &file::sample()).expect("saved");
    assert!(is_link(&link), "the link is still a link");
    assert_eq!(file::load(&real).expect("loads"), file::sample());
    let backup = std::fs::read(file::backup_path(&real)).expect("backup beside the real file");
    assert_eq!(backup, b"old");

    // A link whose file is not there yet: the save creates it where the link points.
    let dangling = d.path().join("planned.ron");
    let planned = elsewhere.join("planned.ron");
    std::os::unix::fs::symlink("synced/planned.ron", &dangling).expect("link");
    file::save(&dangling, &file::sample()).expect("saved");
    assert!(is_link(&dangling), "that link is still a link");
    assert_eq!(file::load(&planned).expect("loads"), file::sample());
}

#[test]
fn a_bad_value_in_a_hand_written_file_is_found_by_line_and_column() {
    // The sample as shipped: comments, one-line records, and fields left to their defaults.
    let text = std::fs::read_to_string("assets/sample.ron")
        .expect("sample")
        .replacen("target: 5, enjoyment: 5", "target: 9, enjoyment: 5", 1);
    let (line, row) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("target: 9"))
        .expect("edited");
    let col = row.find("target: 9").expect("on the line") + "target: ".len() + 1;
    let e = load_text(&text);
    let LoadError::Invalid(problems) = &e else {
        panic!("{e}")
    };
    assert_eq!(problems.len(), 1, "{e}");
    assert_eq!(
        problems[0].at,
        Some(file::Place {
            line: line + 1,
            col,
            left_out: false
        })
    );
    assert_eq!(problems[0].problem.path, "skills[0].target");
    assert!(
        e.to_string().starts_with(&format!(
            "line {}, column {col}: skills[0].target:",
            line + 1
        )),
        "{e}"
    );
}

#[test]
fn a_field_left_out_of_a_hand_written_file_is_said_to_be_missing() {
    // A career start left out is not set (the first bet stands in for it); a north star's
    // year left out takes the default of 0, out of range.
    let text = "(format: \"career-spec\", version: 1, spec: (\n    profile: (name: \"A\"),\n))";
    let e = load_text(text);
    assert_eq!(
        e.lines(),
        [
            // The whole north star is left out: the place is the spec that would hold it.
            "line 1, column 43: north_star.target_year: year 0 is outside 1900–2200 \
             (the file leaves this out, so it took its default)",
        ]
    );
}

#[test]
fn inputs_the_fuzzer_crashed_on_are_refused_cleanly() {
    // Each file in tests/fuzzed once made the loader panic.
    let mut seen = 0;
    for entry in std::fs::read_dir("tests/fuzzed").expect("the fuzzed inputs") {
        let path = entry.expect("entry").path();
        let bytes = std::fs::read(&path).expect("read");
        let e = file::from_bytes(&bytes).expect_err("not a valid spec");
        assert!(!e.to_string().is_empty(), "{}", path.display());
        seen += 1;
    }
    assert!(seen > 0, "no fuzzed inputs found");
}

#[test]
fn two_items_with_the_same_id_are_named() {
    let mut doc = file::sample();
    doc.bets[1].id = doc.bets[0].id;
    let text = file::to_string(&doc).expect("serialises");
    let e = load_text(&text);
    assert!(matches!(e, LoadError::Invalid(_)));
    assert!(
        e.to_string()
            .contains("bets[1].id: id 1 is used twice in bets"),
        "{e}"
    );
}

#[test]
fn a_nan_or_negative_weight_is_refused() {
    let text = sample_text().replacen("weight: 5.0", "weight: NaN", 1);
    let e = load_text(&text);
    assert!(
        e.to_string()
            .contains("criteria[0].weight: NaN is not a number"),
        "{e}"
    );
    let text = sample_text().replacen("weight: 4.0", "weight: -4.0", 1);
    let e = load_text(&text);
    assert!(
        e.to_string()
            .contains("criteria[1].weight: -4 must be from 0 to 10"),
        "{e}"
    );
}

#[test]
fn the_saved_file_is_readable_ron_that_round_trips() {
    let text = sample_text();
    assert!(
        text.starts_with("#![enable(implicit_some)]"),
        "{}",
        &text[..40]
    );
    assert!(text.contains("    spec: (\n"));
    assert!(text.contains("target_role: \"CPO at a mid-stage startup\""));
    assert_eq!(file::from_str(&text).expect("loads"), file::sample());
    // The shipped sample, as a person wrote it, loads too.
    assert!(file::load(Path::new("assets/sample.ron")).is_ok());
}

mod properties {
    use career_spec::file;
    use career_spec::model::{BetKind, BetStatus};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Any valid document saves and loads back equal, and `check`, run on the saved
        /// file, agrees with the loader: ok when it loads, the problem and its place when not.
        #[test]
        fn check_agrees_with_the_loader_and_valid_documents_round_trip(
            name in "[\\PC]{0,40}",
            start in 1950.0f64..2100.0,
            length in 0.0f64..20.0,
            weight in 0.0f64..=10.0,
            score in 1u8..=5,
            swing in any::<bool>(),
            broken in any::<bool>(),
        ) {
            let mut doc = file::sample();
            doc.profile.name = name;
            doc.bets[0].start = start;
            doc.bets[0].end = start + length;
            doc.bets[0].kind = Some(if swing { BetKind::BigSwing } else { BetKind::Core });
            doc.bets[0].status = BetStatus::Pivoted;
            doc.criteria[0].weight = weight;
            doc.offers[0].scores[0].score = Some(score);
            if broken {
                // Ends before it starts: the one thing wrong.
                doc.bets[0].end = start - 0.5;
            }
            let text = file::to_string(&doc).expect("serialises");
            let folder = tempfile::tempdir().expect("folder");
            let path = folder.path().join("spec.ron");
            std::fs::write(&path, &text).expect("written");
            let (valid, said) = career_spec::cli::check_file(&path);
            match file::from_str(&text) {
                Ok(back) => {
                    prop_assert!(!broken);
                    prop_assert_eq!(back, doc);
                    prop_assert!(valid);
                    prop_assert_eq!(said, vec![format!("{}: ok", path.display())]);
                }
                Err(e) => {
                    prop_assert!(broken, "{}", e);
                    prop_assert!(!valid);
                    prop_assert_eq!(said.len(), 1, "{:?}", said);
                    let place = format!("{}:", path.display());
                    prop_assert!(
                        said[0].starts_with(&place) && said[0].contains(": bets[0].end: "),
                        "{}", said[0]
                    );
                }
            }
        }
    }
}

#[test]
fn a_version_1_file_opens_unchanged_and_saves_as_the_current_version() {
    let d = folder();
    // A version-1 file: the sample as it was written before version 2 added the pair compared,
    // the checklist's minimum and the "ended" status.
    let v1: String = sample_text()
        .replacen(
            &format!("version: {},", file::CURRENT_VERSION),
            "version: 1,",
            1,
        )
        .lines()
        .filter(|l| !l.contains("compared:") && !l.contains("drift_min_answers:"))
        .flat_map(|l| [l, "\n"])
        .collect();
    assert!(v1.contains("version: 1,"), "the sample names its version");
    let path = write(d.path(), "old.ron", v1.as_bytes());
    let doc = file::load(&path).expect("a version-1 file opens");
    let mut expected = file::sample();
    // What version 2 added gets its defaults.
    expected.compared = None;
    expected.rules.drift_min_answers = career_spec::model::Rules::default().drift_min_answers;
    assert_eq!(doc, expected);
    file::save(&path, &doc).expect("saved");
    let saved = std::fs::read_to_string(&path).expect("read");
    assert!(
        saved.contains(&format!("version: {},", file::CURRENT_VERSION)),
        "saved in the current version"
    );
    // A problem in a version-1 file still names its place.
    let broken = v1.replacen("career_start_year: ", "career_start_year: -", 1);
    let path = write(d.path(), "broken.ron", broken.as_bytes());
    let e = file::load(&path).expect_err("refused");
    assert!(
        e.positioned().iter().all(|(at, _)| at.is_some()),
        "{:?}",
        e.positioned()
    );
}

/// Opens `text`, a fixture as an older version wrote it, after checking that it names
/// `version`: the folder it was written to, its path and the document read.
fn open_older(
    text: &str,
    version: u32,
) -> (tempfile::TempDir, PathBuf, career_spec::model::Document) {
    assert!(text.contains(&format!("version: {version},")));
    let d = folder();
    let path = write(d.path(), "older.ron", text.as_bytes());
    let doc = file::load(&path).expect("an older file opens");
    (d, path, doc)
}

/// Saves a document read from an older file over it, and checks that it is now written in
/// the current version and reads back whole.
fn saves_whole_as_current(path: &Path, doc: &career_spec::model::Document) {
    file::save(path, doc).expect("saved");
    let saved = std::fs::read_to_string(path).expect("read");
    assert!(saved.contains(&format!("version: {},", file::CURRENT_VERSION)));
    assert_eq!(
        &file::load(path).expect("reopens"),
        doc,
        "nothing lost on the way"
    );
}

#[test]
fn a_version_2_file_opens_with_offers_at_face_value_and_saves_as_the_current_version() {
    // The sample exactly as version 2 wrote it, before offers carried equity scenarios,
    // currencies, taxes and what leaving costs.
    let (_d, path, doc) = open_older(include_str!("fixtures/sample-v2.ron"), 2);
    assert_eq!(doc.offers.len(), 2);
    for offer in &doc.offers {
        assert_eq!(
            offer.equity,
            career_spec::model::Equity::default(),
            "{}",
            offer.role
        );
        assert_eq!(
            offer.terms,
            career_spec::model::MoneyTerms::default(),
            "{}",
            offer.role
        );
        assert_eq!(
            offer.leaving,
            career_spec::model::Leaving::default(),
            "{}",
            offer.role
        );
    }
    assert_eq!(doc.rules.money, career_spec::model::MoneyRules::default());
    saves_whole_as_current(&path, &doc);
}

#[test]
fn a_version_3_file_opens_with_each_review_focus_linked_to_nothing() {
    // The sample exactly as version 3 wrote it, before a review's focus could be linked to
    // the skills, metrics and stones it means to move.
    let (_d, path, doc) = open_older(include_str!("fixtures/sample-v3.ron"), 3);
    assert_eq!(doc.reviews.len(), 2);
    for review in &doc.reviews {
        assert!(review.focus_on.is_empty(), "{:?}", review.date);
        assert!(!review.focus.is_empty(), "the written focus is kept");
    }
    saves_whole_as_current(&path, &doc);
}

#[test]
fn a_version_4_file_opens_with_every_score_as_given() {
    // The sample exactly as version 4 wrote it, before a score could be left unset.
    let (_d, path, doc) = open_older(include_str!("fixtures/sample-v4.ron"), 4);
    let sample = file::sample();
    assert_eq!(
        doc.offers, sample.offers,
        "every criterion score as written"
    );
    assert_eq!(doc.skills, sample.skills);
    saves_whole_as_current(&path, &doc);
}

#[test]
fn a_version_4_skill_marked_unscored_loses_its_placeholder_scores() {
    // Version 4 kept an imported skill's placeholder numbers beside `unscored: true`.
    let text = include_str!("fixtures/sample-v4.ron").replace(
        "(id: 7, name: \"Finance and P&L\", level: 1, target: 4, enjoyment: 2, avoidance: 5)",
        "(id: 7, name: \"Finance and P&L\", level: 2, target: 4, enjoyment: 3, avoidance: 1, unscored: true)",
    );
    assert!(text.contains("unscored: true"));
    let (_d, path, doc) = open_older(&text, 4);
    let finance = doc.skills.iter().find(|s| s.id.0 == 7).expect("kept");
    assert_eq!(
        (
            finance.level,
            finance.target,
            finance.enjoyment,
            finance.avoidance
        ),
        (None, None, None, None)
    );
    assert!(!finance.is_scored());
    saves_whole_as_current(&path, &doc);
    let saved = std::fs::read_to_string(&path).expect("read");
    assert!(
        !saved.contains("unscored"),
        "version 5 keeps no placeholders"
    );
    // Written in a version-5 file, the old mark is named rather than ignored.
    let v5 = saved.replacen(
        "name: \"Finance and P&L\",\n",
        "name: \"Finance and P&L\",\n                unscored: true,\n",
        1,
    );
    assert!(v5.contains("unscored: true"), "the mark is written in");
    let err = file::from_str(&v5).expect_err("refused");
    assert!(
        err.lines().iter().any(|l| l.contains("skills[6].unscored")),
        "{:?}",
        err.lines()
    );
}

#[test]
fn a_version_5_file_opens_with_no_people_and_nothing_guessed() {
    // The sample exactly as version 5 wrote it, before a spec kept the people it depends on.
    let (_d, path, doc) = open_older(include_str!("fixtures/sample-v5.ron"), 5);
    assert!(doc.people.is_empty());
    assert_eq!(doc.rules.people, career_spec::model::PeopleRules::default());
    assert_eq!(
        (doc.profile.function.as_str(), doc.profile.domain.as_str()),
        ("", ""),
        "neither guessed from the bets"
    );
    let sample = file::sample();
    assert_eq!(doc.offers, sample.offers);
    assert_eq!(doc.skills, sample.skills);
    saves_whole_as_current(&path, &doc);
}

#[test]
fn a_version_6_file_opens_with_no_evidence_and_nothing_guessed() {
    // The sample exactly as version 6 wrote it, before a spec kept evidence of impact.
    let (_d, path, doc) = open_older(include_str!("fixtures/sample-v6.ron"), 6);
    assert!(
        doc.evidence.is_empty(),
        "no win guessed from the voice log or the bets"
    );
    assert_eq!(
        doc.rules.evidence,
        career_spec::model::EvidenceRules::default()
    );
    let sample = file::sample();
    assert_eq!(doc.people, sample.people);
    assert_eq!(doc.voice, sample.voice);
    assert_eq!(doc.bets, sample.bets);
    saves_whole_as_current(&path, &doc);
}

#[test]
fn a_version_7_file_opens_with_stones_that_name_no_skills() {
    // The sample exactly as version 7 wrote it, before a stepping stone named the skills it
    // needs.
    let (_d, path, doc) = open_older(include_str!("fixtures/sample-v7.ron"), 7);
    let sample = file::sample();
    assert_eq!(doc.north_star.stones.len(), sample.north_star.stones.len());
    for (old, now) in doc.north_star.stones.iter().zip(&sample.north_star.stones) {
        assert!(
            old.skills.is_empty(),
            "none guessed from the bets or the evidence: {}",
            old.title
        );
        assert!(
            !now.skills.is_empty(),
            "the sample names them: {}",
            now.title
        );
        assert_eq!(
            (old.id, &old.title, old.year),
            (now.id, &now.title, now.year)
        );
    }
    assert_eq!(doc.skills, sample.skills);
    assert_eq!(doc.evidence, sample.evidence);
    saves_whole_as_current(&path, &doc);
}

/// A file the system will not let anyone change (`chattr +i`): the save fails with the system's
/// own reason, and the backup still holds the version before, not the file the save could not
/// replace. Skipped, saying so, where the immutable flag cannot be set.
#[test]
fn a_failed_save_leaves_the_backup_alone_and_says_why() {
    let d = folder();
    let path = d.path().join("career.ron");
    let mut doc = file::sample();
    file::save(&path, &doc).expect("first save");
    doc.profile.name = "Second".into();
    file::save(&path, &doc).expect("second save");
    let backup = file::backup_path(&path);
    let before = std::fs::read(&backup).expect("a backup");
    let set = std::process::Command::new("chattr")
        .arg("+i")
        .arg(&path)
        .output();
    if !set.as_ref().is_ok_and(|o| o.status.success()) {
        eprintln!("skipped: the immutable flag cannot be set here ({set:?})");
        return;
    }
    doc.profile.name = "Third".into();
    let result = file::save(&path, &doc);
    std::process::Command::new("chattr")
        .arg("-i")
        .arg(&path)
        .status()
        .expect("chattr runs");
    let e = result.expect_err("an immutable file is not replaced");
    let said = e.to_string();
    assert!(said.contains("not permitted"), "{said}");
    assert!(!said.contains("folder"), "{said}");
    assert!(
        std::fs::read(&backup).expect("a backup") == before,
        "the backup still holds the first version"
    );
    assert_eq!(name_in(&path), "Second");
}

fn name_in(path: &Path) -> String {
    file::load(path).expect("loads").profile.name
}

/// The real disk, except that another program writes the file right after each read.
struct WrittenAfterRead(String);

impl Disk for WrittenAfterRead {
    fn is_dir(&self, path: &Path) -> bool {
        file::RealDisk.is_dir(path)
    }
    fn len(&self, path: &Path) -> std::io::Result<u64> {
        file::RealDisk.len(path)
    }
    fn read_limited(&self, path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
        let bytes = file::RealDisk.read_limited(path, limit)?;
        std::fs::write(path, &self.0)?;
        Ok(bytes)
    }
    fn write_atomic(&self, path: &Path, bytes: &[u8], backup: Backup) -> std::io::Result<()> {
        file::RealDisk.write_atomic(path, bytes, backup)
    }
    fn special(&self, path: &Path) -> Option<&'static str> {
        file::RealDisk.special(path)
    }
    fn is_read_only(&self, path: &Path) -> bool {
        file::RealDisk.is_read_only(path)
    }
    fn file_is_writable(&self, path: &Path) -> bool {
        file::RealDisk.file_is_writable(path)
    }
}

#[test]
fn a_write_just_after_opening_is_a_change_never_the_version_opened() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("career.ron");
    let mine = file::sample();
    file::save(&path, &mine).expect("saved");
    let mut theirs = mine.clone();
    theirs.profile.name = "Written by another program".into();
    let other = WrittenAfterRead(file::to_string(&theirs).expect("text"));
    let file::Loaded { doc, stamp, .. } = file::load_stamped_with(&other, &path).expect("opens");
    assert_eq!(doc, mine, "the version read");
    // The stamp is of what was read; the file now holds the other program's text, and a
    // session opened with this stamp sees that as a change before it saves over it.
    assert_ne!(Some(stamp), file::stamp(&path));
    let session = career_spec::edit::Session::opened(doc, path.clone(), Some(stamp));
    assert_ne!(session.disk_stamp, file::stamp(&path));
}

#[test]
fn a_save_stamps_the_text_it_wrote() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("career.ron");
    let stamp = file::save_stamped_with(&file::RealDisk, &path, &file::sample(), Backup::Replace)
        .expect("saved");
    assert_eq!(Some(stamp), file::stamp(&path));
    // Saving the same text again writes nothing and stamps the same.
    let again = file::save_stamped_with(&file::RealDisk, &path, &file::sample(), Backup::Replace)
        .expect("saved");
    assert_eq!(again, stamp);
}
