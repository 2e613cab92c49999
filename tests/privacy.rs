//! Private by default: every file the app creates is its owner's alone whatever the umask,
//! and a file already there keeps its mode.
#![cfg(unix)]

use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use career_spec::file::private::{FILE_MODE, FOLDER_MODE};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

/// Runs a program under a umask, set in the child only: the shell sets it, then becomes it.
fn under_umask(umask: &str, program: &Path, args: &[&str]) -> Output {
    Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask} && exec \"$0\" \"$@\""))
        .arg(program)
        .args(args)
        .output()
        .expect("the shell runs")
}

fn linkedin(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/linkedin")
        .join(name)
}

/// Every file the command line creates, under a umask that would leave it open to others.
fn commands_create_private_files(umask: &str) {
    let bin = Path::new(env!("CARGO_BIN_EXE_career-spec"));
    let run = |args: &[&str]| {
        let out = under_umask(umask, bin, args);
        assert!(
            out.status.success(),
            "{args:?} under umask {umask}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let d = tempfile::tempdir().expect("folder");
    let spec = d.path().join("career.ron");
    let s = spec.to_string_lossy();
    // A new spec from an import, then a second import that replaces it and keeps a backup.
    run(&[
        "import",
        &linkedin("Positions.csv").to_string_lossy(),
        "--into",
        &s,
    ]);
    assert_eq!(mode(&spec), FILE_MODE, "the new spec, umask {umask}");
    run(&[
        "import",
        &linkedin("Skills.csv").to_string_lossy(),
        "--into",
        &s,
    ]);
    assert_eq!(
        mode(&spec),
        FILE_MODE,
        "the spec saved again, umask {umask}"
    );
    let backup = career_spec::file::backup_path(&spec);
    assert_eq!(mode(&backup), FILE_MODE, "its backup, umask {umask}");
    for (command, name) in [("export", "spec.md"), ("calendar", "plan.ics")] {
        let out = d.path().join(name);
        run(&[command, "assets/sample.ron", "-o", &out.to_string_lossy()]);
        assert_eq!(mode(&out), FILE_MODE, "{command} -o, umask {umask}");
    }
    // Nothing beside them is left open either: no temporary file, no stray output.
    for entry in std::fs::read_dir(d.path()).expect("listed") {
        let path = entry.expect("entry").path();
        assert_eq!(mode(&path), FILE_MODE, "{}", path.display());
    }
}

#[test]
fn commands_create_private_files_under_umask_022() {
    commands_create_private_files("022");
}

#[test]
fn commands_create_private_files_under_umask_000() {
    commands_create_private_files("000");
}

#[test]
fn an_existing_file_keeps_its_mode_when_written_again() {
    let bin = Path::new(env!("CARGO_BIN_EXE_career-spec"));
    let d = tempfile::tempdir().expect("folder");
    let spec = d.path().join("career.ron");
    std::fs::copy("assets/sample.ron", &spec).expect("copied");
    let out = d.path().join("spec.md");
    std::fs::write(&out, "old").expect("written");
    for path in [&spec, &out] {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    }
    for umask in ["000", "077"] {
        let done = under_umask(
            umask,
            bin,
            &[
                "export",
                &spec.to_string_lossy(),
                "-o",
                &out.to_string_lossy(),
            ],
        );
        assert!(done.status.success());
        assert_eq!(mode(&out), 0o640, "the export, umask {umask}");
        let done = under_umask(
            umask,
            bin,
            &[
                "import",
                &linkedin("Positions.csv").to_string_lossy(),
                "--into",
                &spec.to_string_lossy(),
            ],
        );
        assert!(
            done.status.success(),
            "{}",
            String::from_utf8_lossy(&done.stderr)
        );
        assert_eq!(mode(&spec), 0o640, "the spec, umask {umask}");
    }
}

/// What the window writes outside the person's own file: its recovery copies (and their
/// folder and lock), the recent files list, an output with no backup (a screenshot or its
/// text), a new file saved from it. Run as an ordinary test under the test's own umask, and
/// again in a child process under each umask by the test after it.
#[test]
fn the_window_creates_private_files() {
    let d = tempfile::tempdir().expect("folder");
    let doc = career_spec::file::sample();
    let folder = d.path().join("data").join("recovery");
    let mut recovery = career_spec::app::recovery::Recovery::in_folder(folder.clone());
    recovery.write(&doc, None, None).expect("recovery copy");
    let copy = recovery.file().expect("a copy");
    assert_eq!(mode(&d.path().join("data")), FOLDER_MODE);
    assert_eq!(mode(&folder), FOLDER_MODE);
    for entry in std::fs::read_dir(&folder).expect("listed") {
        let path = entry.expect("entry").path();
        assert_eq!(mode(&path), FILE_MODE, "{}", path.display());
    }
    assert!(copy.exists());
    let set_aside = recovery
        .set_aside(&doc, None, None)
        .expect("set aside")
        .expect("a path");
    assert_eq!(mode(&set_aside), FILE_MODE);

    let store = d.path().join("config").join("recent.ron");
    let mut recent = career_spec::app::recent::RecentFiles::load(store.clone());
    recent.add(Path::new("career.ron")).expect("stored");
    assert_eq!(mode(store.parent().expect("folder")), FOLDER_MODE);
    assert_eq!(mode(&store), FILE_MODE);

    let shot = d.path().join("shot.txt");
    career_spec::file::private::write(&shot, b"text").expect("written");
    assert_eq!(mode(&shot), FILE_MODE);

    let saved = d.path().join("saved.ron");
    career_spec::file::save(&saved, &doc).expect("saved");
    assert_eq!(mode(&saved), FILE_MODE);
}

#[test]
fn the_window_creates_private_files_under_umask_022_and_000() {
    let me = std::env::current_exe().expect("this test binary");
    for umask in ["022", "000"] {
        let out = under_umask(
            umask,
            &me,
            &[
                "--exact",
                "the_window_creates_private_files",
                "--test-threads=1",
            ],
        );
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success() && said.contains("1 passed"),
            "umask {umask}: {said}{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
