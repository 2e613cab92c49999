//! An output never destroys an input: every command's output, and the window's exports and
//! Save As, refuse a path that is what they read (by its name, a hard link or a symbolic
//! link), its backup, a folder, a pipe or a device, and leave every file as it was.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use career_spec::app::picker::ScriptedPicker;
use career_spec::app::{AppConfig, CareerApp};
use career_spec::file;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod support;
use support::{menu, today};

fn run(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_career-spec"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn p(s: &str) -> &Path {
    Path::new(s)
}

/// A folder holding a saved spec, a hard link and a symbolic link to it, and its backup.
struct Files {
    folder: tempfile::TempDir,
    spec: PathBuf,
}

impl Files {
    fn new() -> Self {
        let folder = tempfile::tempdir().expect("folder");
        let spec = folder.path().join("career.ron");
        file::save(&spec, &file::sample()).expect("saved");
        Self { folder, spec }
    }

    fn at(&self, name: &str) -> PathBuf {
        self.folder.path().join(name)
    }

    /// Every output path that names the spec, or must not be written: by kind, the path.
    fn aliases(&self) -> Vec<(&'static str, PathBuf)> {
        let hard = self.at("hard.out");
        std::fs::hard_link(&self.spec, &hard).expect("hard link");
        let soft = self.at("soft.out");
        std::os::unix::fs::symlink(&self.spec, &soft).expect("symbolic link");
        let fifo = self.at("pipe.out");
        let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
        assert!(made.success());
        std::fs::create_dir(self.at("folder.out")).expect("folder");
        vec![
            ("the same file as", self.spec.clone()),
            ("a hard link to", hard),
            ("a symbolic link to", soft),
            ("the backup of", file::backup_path(&self.spec)),
            ("a named pipe", fifo),
            ("a folder", self.at("folder.out")),
            ("a device", PathBuf::from("/dev/null")),
        ]
    }

    fn spec_text(&self) -> Vec<u8> {
        std::fs::read(&self.spec).expect("read")
    }
}

fn refused(out: &Output, what: &str, case: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{case}: {stderr}");
    assert!(stderr.contains(what), "{case}: {stderr}");
}

#[test]
fn export_calendar_and_packet_refuse_every_alias_of_their_input() {
    let f = Files::new();
    let before = f.spec_text();
    for (what, out) in f.aliases() {
        for command in ["export", "calendar", "packet"] {
            let o = run(&[p(command), &f.spec, p("-o"), &out]);
            // The spec by its own or a linked name keeps its older, more precise sentence.
            let what = if what == "the same file as" || what == "a symbolic link to" {
                "is the career spec being exported"
            } else {
                what
            };
            refused(&o, what, &format!("{command} -o {}", out.display()));
        }
        assert_eq!(f.spec_text(), before, "{what}: the spec is untouched");
    }
    assert!(!file::backup_path(&f.spec).exists(), "no backup was made");
}

#[test]
fn a_screenshot_and_its_text_refuse_the_spec_and_each_other() {
    let f = Files::new();
    let before = f.spec_text();
    for (what, out) in f.aliases() {
        let png = f.at("shot.png");
        for args in [
            vec![p("--screenshot"), &out, &f.spec],
            vec![p("--screenshot"), &png, p("--text"), &out, &f.spec],
        ] {
            let o = run(&args);
            refused(&o, what, &format!("{args:?}"));
        }
        assert_eq!(f.spec_text(), before, "{what}: the spec is untouched");
    }
    let png = f.at("shot.png");
    let o = run(&[p("--screenshot"), &png, p("--text"), &png, &f.spec]);
    refused(
        &o,
        "is the same file as",
        "the picture and its text in one file",
    );
}

#[test]
fn import_refuses_a_target_that_is_the_export_or_no_file() {
    let f = Files::new();
    let csv = f.at("Positions.csv");
    std::fs::write(
        &csv,
        "Company Name,Title,Description,Location,Started On,Finished On\nAcme,PM,,,Jan 2020,\n",
    )
    .expect("written");
    let hard = f.at("hard.ron");
    std::fs::hard_link(&csv, &hard).expect("hard link");
    let o = run(&[p("import"), &csv, p("--into"), &hard]);
    refused(&o, "is a hard link to", "a hard link to the export");
    for (what, out) in f.aliases().into_iter().skip(4) {
        let o = run(&[p("import"), &csv, p("--into"), &out]);
        refused(&o, what, &out.display().to_string());
    }
    let o = run(&[p("import"), &csv, p("--into"), &file::backup_path(&csv)]);
    refused(&o, "is the backup of", "the export's backup");
}

fn window(spec: &Path, answers: Vec<Option<PathBuf>>) -> Harness<'static, CareerApp> {
    let config = AppConfig::for_tests(today(), ScriptedPicker::answering(answers));
    let app = CareerApp::start(Some(spec), config);
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(8)
        .build_ui_state(|ui, app: &mut CareerApp| app.ui(ui), app);
    h.run();
    h
}

#[test]
fn the_windows_exports_and_save_as_say_why_they_refuse() {
    let f = Files::new();
    let before = f.spec_text();
    let hard = f.at("linked.md");
    std::fs::hard_link(&f.spec, &hard).expect("hard link");
    let folder = f.at("folder.ron");
    std::fs::create_dir(&folder).expect("folder");
    let bak = file::backup_path(&f.spec);
    let mut h = window(
        &f.spec,
        vec![
            Some(hard.clone()),
            Some(folder.clone()),
            Some(bak.clone()),
            Some(hard.with_extension("ron")),
        ],
    );
    menu(&mut h, "File", "Export Markdown…");
    h.get_by_label("Me (private)").click();
    h.run();
    h.get_by_label("Choose where to write…").click();
    h.run();
    assert!(
        h.state().status().contains("is a hard link to"),
        "{}",
        h.state().status()
    );
    menu(&mut h, "File", "Save As…");
    assert!(
        h.state().status().contains("is a folder"),
        "{}",
        h.state().status()
    );
    menu(&mut h, "File", "Save As…");
    assert!(
        h.state().status().contains("is the backup of"),
        "{}",
        h.state().status()
    );
    assert!(!bak.exists(), "no backup was written");
    assert_eq!(f.spec_text(), before, "the spec is untouched");
    // Another name of the open file is the open file: Save As there is a save.
    std::fs::hard_link(&f.spec, hard.with_extension("ron")).expect("hard link");
    menu(&mut h, "File", "Save As…");
    assert!(
        h.state().status().starts_with("Saved"),
        "{}",
        h.state().status()
    );
}
