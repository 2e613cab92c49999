//! The window's file handling driven as a person would: a file changed or deleted by another
//! program while open, the unsaved-changes question before every way of opening something,
//! saves that must not go on, exports, recent files, and unsaved work that outlives a crash.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use career_spec::app::picker::ScriptedPicker;
use career_spec::app::recent::RecentFiles;
use career_spec::app::recovery::Recovery;
use career_spec::app::{AppConfig, CareerApp};
use career_spec::file;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};

mod support;
use support::{menu, rename, today};

type App = Harness<'static, CareerApp>;

/// What a test starts the app with, beyond the file.
#[derive(Default)]
struct Start {
    answers: Vec<Option<PathBuf>>,
    recovery: Option<PathBuf>,
    recent: Vec<PathBuf>,
}

/// A start that keeps recovery copies in `folder`, answering dialogs with `answers`.
fn recovering(folder: &Path, answers: Vec<Option<PathBuf>>) -> Start {
    Start {
        recovery: Some(folder.to_owned()),
        answers,
        ..Start::default()
    }
}

fn start(file: Option<&Path>, how: Start) -> App {
    let mut config = AppConfig::for_tests(today(), ScriptedPicker::answering(how.answers));
    if let Some(folder) = how.recovery {
        config.recovery = Recovery::in_folder(folder);
    }
    let mut recent = RecentFiles::in_memory();
    for path in how.recent.iter().rev() {
        recent.add(path).expect("kept in memory");
    }
    config.recent = recent;
    let app = CareerApp::start(file, config);
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        // A command runs once its frame is drawn and the next frame shows what it did; with
        // a menu closing and the file's watch starting, that takes a few frames to settle.
        .with_max_steps(8)
        .build_ui_state(|ui, app: &mut CareerApp| app.ui(ui), app);
    h.run();
    h
}

fn saved(folder: &Path, name: &str, person: &str) -> PathBuf {
    let path = folder.join(name);
    let mut doc = file::sample();
    doc.profile.name = person.into();
    file::save(&path, &doc).expect("saved");
    path
}

fn name_on_disk(path: &Path) -> String {
    file::load(path).expect("loads").profile.name
}

/// Exports through the menu entry given, answering whom it is for.
fn export_for(h: &mut App, entry: &str, audience: &str) {
    menu(h, "File", entry);
    h.get_by_label(audience).click();
    h.run();
    h.get_by_label("Choose where to write…").click();
    h.run();
}

fn status(h: &App) -> String {
    h.state().status().to_owned()
}

/// Runs frames until `label` shows, as the watcher's thread wakes the window; fails with
/// what the status line says if it does not within a few seconds.
fn wait_for_label(h: &mut App, label: &str) {
    let started = std::time::Instant::now();
    while h.query_by_label(label).is_none() {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(5),
            "\"{label}\" never showed; the status says: {}",
            h.state().status()
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.run();
    }
}

/// Another program (a sync client, git) writes the file.
fn written_by_another_program(path: &Path, person: &str) {
    let mut doc = file::sample();
    doc.profile.name = person.into();
    file::save(path, &doc).expect("saved");
}

/// Lets the recovery delay pass, so the unsaved work is copied.
fn let_the_copy_be_written(h: &mut App) {
    h.input_mut().time = Some(1_000.0);
    h.run();
    h.input_mut().time = Some(1_010.0);
    h.run();
}

fn copies(folder: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .map(|e| e.expect("entry").path())
                .filter(|p| p.extension().is_some_and(|e| e == "ron"))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

#[test]
fn a_file_opened_from_the_command_line_is_watched_before_any_save() {
    let d = tempfile::tempdir().expect("folder");
    let path = saved(d.path(), "career.ron", "Mine");
    let mut h = start(Some(&path), Start::default());
    written_by_another_program(&path, "Theirs");
    wait_for_label(&mut h, "career.ron changed on disk.");
    // Nothing unsaved here: Reload takes the newer file at once.
    h.get_by_label("Reload").click();
    h.run();
    assert_eq!(h.state().doc().profile.name, "Theirs");
    assert!(h.query_by_label("career.ron changed on disk.").is_none());
    assert!(!h.state().session().is_dirty());
}

#[test]
fn keep_mine_saves_over_the_newer_file_and_keeps_it_as_the_backup() {
    let d = tempfile::tempdir().expect("folder");
    let path = saved(d.path(), "career.ron", "Mine");
    let mut h = start(Some(&path), Start::default());
    rename(&mut h, " edited");
    written_by_another_program(&path, "Theirs");
    wait_for_label(&mut h, "career.ron changed on disk.");
    h.get_by_label("Keep mine").click();
    h.run();
    assert!(h.query_by_label("career.ron changed on disk.").is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert_eq!(name_on_disk(&path), "Mine edited");
    assert_eq!(name_on_disk(&file::backup_path(&path)), "Theirs");
}

#[test]
fn reload_over_unsaved_edits_asks_and_keeps_them_as_a_recovery_copy() {
    let d = tempfile::tempdir().expect("folder");
    let path = saved(d.path(), "career.ron", "Mine");
    let recovery = d.path().join("recovery");
    let how = || recovering(&recovery, vec![]);
    let mut h = start(Some(&path), how());
    rename(&mut h, " edited");
    written_by_another_program(&path, "Theirs");
    wait_for_label(&mut h, "career.ron changed on disk.");
    h.get_by_label("Reload").click();
    h.run();
    h.get_by_label("Reload from disk?");
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(
        h.state().doc().profile.name,
        "Mine edited",
        "cancel keeps mine"
    );

    h.get_by_label("Reload").click();
    h.run();
    h.get_by_label("Reload and set mine aside").click();
    h.run();
    assert_eq!(h.state().doc().profile.name, "Theirs");
    assert!(
        status(&h).contains("kept as a recovery copy"),
        "{}",
        status(&h)
    );

    // The next window offers the dropped edits back, while this one still runs.
    let next = start(None, how());
    next.get_by_label("Restore unsaved work?");
    next.get_by_label_contains("Unsaved changes to career.ron");
}

#[test]
fn the_banners_answers_are_in_the_file_menu_and_on_keys_while_the_file_differs() {
    let d = tempfile::tempdir().expect("folder");
    let path = saved(d.path(), "career.ron", "Mine");
    let mut h = start(Some(&path), Start::default());
    h.get_by_label("File").click();
    h.run();
    assert!(
        h.get_by_label("Reload from Disk")
            .accesskit_node()
            .is_disabled(),
        "nothing to reload"
    );
    assert!(
        h.get_by_label("Keep My Version")
            .accesskit_node()
            .is_disabled()
    );
    h.key_press(Key::Escape);
    h.run();

    written_by_another_program(&path, "Theirs");
    wait_for_label(&mut h, "career.ron changed on disk.");
    menu(&mut h, "File", "Reload from Disk");
    assert_eq!(h.state().doc().profile.name, "Theirs");
    assert!(h.query_by_label("career.ron changed on disk.").is_none());

    rename(&mut h, " edited");
    written_by_another_program(&path, "Someone else");
    wait_for_label(&mut h, "career.ron changed on disk.");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::K);
    h.run();
    assert!(h.query_by_label("career.ron changed on disk.").is_none());
    assert_eq!(
        h.state().doc().profile.name,
        "Theirs edited",
        "mine is kept"
    );
    // With nothing changed on disk the key to reload does nothing.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::R);
    h.run();
    assert_eq!(h.state().doc().profile.name, "Theirs edited");
    h.get_by_label("Name");
}

#[test]
fn the_apps_own_save_and_an_identical_rewrite_raise_no_banner() {
    let d = tempfile::tempdir().expect("folder");
    let path = saved(d.path(), "career.ron", "Mine");
    let mut h = start(Some(&path), Start::default());
    rename(&mut h, " edited");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert_eq!(name_on_disk(&path), "Mine edited");
    // Another program (a sync client) writes the same bytes again: newer, not different.
    let same = std::fs::read(&path).expect("read");
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&path, same).expect("rewritten");
    // The watch looks every 20 ms in tests; give it many looks.
    for _ in 0..15 {
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.run();
    }
    assert!(h.query_by_label("career.ron changed on disk.").is_none());
    assert!(!h.state().session().is_dirty());
    // The watch is still looking: a real change shows.
    written_by_another_program(&path, "Theirs");
    wait_for_label(&mut h, "career.ron changed on disk.");
}

#[test]
fn a_file_deleted_on_disk_says_deleted_and_saving_writes_it_again() {
    let d = tempfile::tempdir().expect("folder");
    let path = saved(d.path(), "career.ron", "Mine");
    let mut h = start(Some(&path), Start::default());
    rename(&mut h, " edited");
    std::fs::remove_file(&path).expect("deleted");
    wait_for_label(&mut h, "career.ron was deleted on disk.");
    assert!(h.query_by_label("career.ron changed on disk.").is_none());
    assert!(h.query_by_label("Reload").is_none(), "nothing to reload");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert_eq!(name_on_disk(&path), "Mine edited");
}

#[test]
fn a_save_refused_inside_the_question_does_not_go_on() {
    let d = tempfile::tempdir().expect("folder");
    let path = saved(d.path(), "career.ron", "Mine");
    let mut h = start(Some(&path), Start::default());
    rename(&mut h, " edited");
    written_by_another_program(&path, "Theirs");
    menu(&mut h, "File", "New");
    h.get_by_label("Unsaved changes");
    h.get_by_label("Save").click();
    h.run();
    assert_eq!(
        h.state().doc().profile.name,
        "Mine edited",
        "the save was refused, so New must not replace the work"
    );
    assert_eq!(
        name_on_disk(&path),
        "Theirs",
        "the newer file is not overwritten"
    );
    assert!(status(&h).contains("changed on disk"), "{}", status(&h));
}

#[test]
fn the_question_saves_to_the_open_file_then_goes_on() {
    let d = tempfile::tempdir().expect("folder");
    let path = saved(d.path(), "career.ron", "Mine");
    let mut h = start(Some(&path), Start::default());
    rename(&mut h, " edited");
    menu(&mut h, "File", "Open Sample");
    h.get_by_label("Save").click();
    h.run();
    assert_eq!(name_on_disk(&path), "Mine edited");
    assert_eq!(h.state().doc().profile.name, "Priya Raman");
    assert_eq!(h.state().session().display_name(), "Sample");
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_not_replaced_and_save_as_is_offered() {
    use std::os::unix::fs::PermissionsExt as _;
    let d = tempfile::tempdir().expect("folder");
    let path = saved(d.path(), "career.ron", "Mine");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let elsewhere = d.path().join("copy.ron");
    let mut h = start(
        Some(&path),
        Start {
            answers: vec![Some(elsewhere.clone())],
            ..Start::default()
        },
    );
    rename(&mut h, " edited");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert_eq!(
        name_on_disk(&path),
        "Mine",
        "the read-only file is untouched"
    );
    assert_eq!(
        name_on_disk(&elsewhere),
        "Mine edited",
        "saved through Save As"
    );
    assert_eq!(
        h.state().session().path.as_deref(),
        Some(elsewhere.as_path())
    );
}

#[test]
fn two_saves_in_a_row_keep_the_version_before_the_first_as_the_backup() {
    let d = tempfile::tempdir().expect("folder");
    let path = saved(d.path(), "career.ron", "Before");
    let mut h = start(Some(&path), Start::default());
    rename(&mut h, " 1");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    rename(&mut h, " 2");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert_eq!(name_on_disk(&path), "Before 1 2");
    assert_eq!(name_on_disk(&file::backup_path(&path)), "Before");
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_dropped_file_asks_about_unsaved_changes_and_is_watched() {
    let d = tempfile::tempdir().expect("folder");
    let path = saved(d.path(), "dropped.ron", "Dropped");
    let mut h = start(None, Start::default());
    rename(&mut h, "!");
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.clone())));
    h.run();
    h.get_by_label("Unsaved changes");
    h.get_by_label("Discard").click();
    h.run();
    assert_eq!(h.state().doc().profile.name, "Dropped");
    written_by_another_program(&path, "Theirs");
    wait_for_label(&mut h, "dropped.ron changed on disk.");
}

#[test]
fn open_recent_opens_the_file_and_forgets_one_that_vanished() {
    let d = tempfile::tempdir().expect("folder");
    let kept = saved(d.path(), "kept.ron", "Kept");
    let gone = saved(d.path(), "gone.ron", "Gone");
    let canonical = |p: &Path| p.canonicalize().expect("canonical");
    let recent = vec![canonical(&gone), canonical(&kept)];
    let mut h = start(
        None,
        Start {
            recent,
            ..Start::default()
        },
    );
    // The newest recent file opens at start.
    assert_eq!(h.state().doc().profile.name, "Gone");
    std::fs::remove_file(&gone).expect("removed");
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Open Recent").click();
    h.run();
    h.get_by_label("kept.ron").click();
    h.run();
    assert_eq!(h.state().doc().profile.name, "Kept");

    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Open Recent").click();
    h.run();
    h.get_by_label("gone.ron").click();
    h.run();
    assert!(status(&h).starts_with("Could not open"), "{}", status(&h));
    assert_eq!(h.state().doc().profile.name, "Kept");
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Open Recent").click();
    h.run();
    assert!(
        h.query_by_label("gone.ron").is_none(),
        "a vanished file is forgotten"
    );
    assert_eq!(
        h.query_all_by_label("kept.ron").count(),
        2,
        "the file open in the status line, and still in the menu"
    );
}

#[test]
fn export_from_the_window_writes_markdown_and_never_over_a_spec() {
    let d = tempfile::tempdir().expect("folder");
    let path = saved(d.path(), "career.ron", "Mine");
    let md = d.path().join("career");
    let mut h = start(
        Some(&path),
        Start {
            answers: vec![Some(md.clone()), Some(path.clone())],
            ..Start::default()
        },
    );
    export_for(&mut h, "Export Markdown…", "Me (private)");
    let written = std::fs::read_to_string(d.path().join("career.md")).expect("exported");
    assert!(written.starts_with("_Private version:"), "{written}");
    assert!(written.contains("\n# Mine: career spec\n"), "{written}");
    let before = std::fs::read(&path).expect("read");
    export_for(&mut h, "Export Markdown…", "Me (private)");
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "the spec is untouched"
    );
    assert!(
        status(&h).contains("is the career spec being exported, so it was not replaced"),
        "{}",
        status(&h)
    );
}

#[test]
fn export_calendar_from_the_window_writes_the_plans_dates() {
    let d = tempfile::tempdir().expect("folder");
    let path = saved(d.path(), "career.ron", "Ana Lee");
    let mut h = start(
        Some(&path),
        Start {
            // A name without the extension gets `.ics`.
            answers: vec![Some(d.path().join("plan")), Some(path.clone())],
            ..Start::default()
        },
    );
    export_for(&mut h, "Export Calendar…", "Me (private)");
    let written = std::fs::read_to_string(d.path().join("plan.ics")).expect("exported");
    assert!(written.starts_with("BEGIN:VCALENDAR"), "{written}");
    assert!(
        written.contains("UID:drift-self-review.from-2016@career-spec"),
        "{written}"
    );
    assert!(status(&h).starts_with("Exported"), "{}", status(&h));
    // Never over the spec itself.
    let before = std::fs::read(&path).expect("read");
    export_for(&mut h, "Export Calendar…", "Me (private)");
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "the spec is untouched"
    );
    assert!(
        status(&h).contains("so it was not replaced"),
        "{}",
        status(&h)
    );
}

#[test]
fn a_second_window_never_offers_the_first_windows_live_work() {
    let d = tempfile::tempdir().expect("folder");
    let path = saved(d.path(), "career.ron", "Mine");
    let recovery = d.path().join("recovery");
    let how = || recovering(&recovery, vec![]);
    let mut first = start(Some(&path), how());
    rename(&mut first, " unsaved");
    let_the_copy_be_written(&mut first);
    assert_eq!(copies(&recovery).len(), 1);
    let second = start(None, how());
    assert!(
        second.query_by_label("Restore unsaved work?").is_none(),
        "the first window's live work is offered to the second"
    );
    // The first window crashes: now its work is offered, and Discard removes it.
    drop(first);
    let mut third = start(None, how());
    third.get_by_label("Restore unsaved work?");
    third.get_by_label("Discard them").click();
    third.run();
    assert!(copies(&recovery).is_empty(), "{:?}", copies(&recovery));
    assert_eq!(name_on_disk(&path), "Mine", "the file is untouched");
    drop(second);
}

#[test]
fn two_crashed_windows_leave_two_offers_each_with_its_file() {
    let d = tempfile::tempdir().expect("folder");
    let a = saved(d.path(), "a.ron", "A");
    let b = saved(d.path(), "b.ron", "B");
    let recovery = d.path().join("recovery");
    let how = || recovering(&recovery, vec![]);
    // Both windows run at once, then both crash.
    let windows: Vec<App> = [&a, &b]
        .into_iter()
        .map(|path| {
            let mut h = start(Some(path), how());
            rename(&mut h, " unsaved");
            let_the_copy_be_written(&mut h);
            h
        })
        .collect();
    drop(windows);
    let mut h = start(None, how());
    let first = h
        .query_by_label_contains("Unsaved changes to a.ron, last edited")
        .is_some();
    let second = h
        .query_by_label_contains("Unsaved changes to b.ron, last edited")
        .is_some();
    assert!(first != second, "one offer at a time");
    h.get_by_label_contains("(1 more after this)");
    h.get_by_label("Restore").click();
    h.run();
    h.get_by_label("Restore unsaved work?");
    h.get_by_label("Restore").click();
    h.run();
    assert!(h.query_by_label("Restore unsaved work?").is_none());
    // The first restored work was open and unsaved: it is kept, not replaced.
    assert!(
        status(&h).contains("kept as a recovery copy"),
        "{}",
        status(&h)
    );
    assert!(h.state().doc().profile.name.ends_with(" unsaved"));
}

#[test]
fn unsaved_work_on_an_untitled_spec_is_restored_untitled() {
    let d = tempfile::tempdir().expect("folder");
    let recovery = d.path().join("recovery");
    let how = || recovering(&recovery, vec![]);
    let mut h = start(None, how());
    rename(&mut h, " untitled work");
    let_the_copy_be_written(&mut h);
    drop(h);
    let mut h = start(None, how());
    h.get_by_label_contains("Unsaved changes to an untitled spec");
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(h.state().doc().profile.name, "Priya Raman untitled work");
    assert_eq!(h.state().session().path, None);
    assert!(h.state().session().is_dirty());
    // The work now lives in this window's own copy, and only there.
    assert_eq!(copies(&recovery).len(), 1);
}

#[test]
fn the_copy_is_removed_once_the_work_is_saved() {
    let d = tempfile::tempdir().expect("folder");
    let path = saved(d.path(), "career.ron", "Mine");
    let recovery = d.path().join("recovery");
    let mut h = start(Some(&path), recovering(&recovery, vec![]));
    rename(&mut h, " edited");
    let_the_copy_be_written(&mut h);
    assert_eq!(copies(&recovery).len(), 1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(copies(&recovery).is_empty(), "{:?}", copies(&recovery));
}

#[test]
fn restoring_onto_a_file_changed_since_keeps_both() {
    let d = tempfile::tempdir().expect("folder");
    let path = saved(d.path(), "career.ron", "Mine");
    let recovery = d.path().join("recovery");
    let beside = d.path().join("career-restored.ron");
    let how = |answers| recovering(&recovery, answers);
    let mut h = start(Some(&path), how(vec![]));
    rename(&mut h, " unsaved");
    let_the_copy_be_written(&mut h);
    drop(h);
    // After the crash, the file changes (a sync brings another machine's version).
    written_by_another_program(&path, "Theirs");

    let mut h = start(None, how(vec![Some(beside.clone())]));
    h.get_by_label_contains("career.ron has changed on disk since");
    assert!(
        h.query_by_label("Restore").is_none(),
        "restoring onto it is not offered"
    );
    h.get_by_label("Keep both…").click();
    h.run();
    assert_eq!(name_on_disk(&path), "Theirs", "the newer file is untouched");
    assert_eq!(
        name_on_disk(&beside),
        "Mine unsaved",
        "the work is saved beside it"
    );
    assert!(copies(&recovery).is_empty(), "saved work leaves no copy");
}

#[test]
fn two_offers_are_answered_from_the_keyboard() {
    let d = tempfile::tempdir().expect("folder");
    let recovery = d.path().join("recovery");
    let how = || recovering(&recovery, vec![]);
    let windows: Vec<App> = ["a.ron", "b.ron"]
        .into_iter()
        .map(|name| {
            let path = saved(d.path(), name, name);
            let mut h = start(Some(&path), how());
            rename(&mut h, " unsaved");
            let_the_copy_be_written(&mut h);
            h
        })
        .collect();
    drop(windows);
    let mut h = start(None, how());
    for _ in 0..2 {
        h.get_by_label("Restore unsaved work?");
        h.key_press(Key::Enter);
        h.run();
    }
    assert!(h.query_by_label("Restore unsaved work?").is_none());
    assert!(h.state().doc().profile.name.ends_with(".ron unsaved"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(!h.state().session().is_dirty(), "{}", status(&h));
}

#[test]
fn an_export_asks_whom_it_is_for_and_shows_what_it_leaves_out_first() {
    let d = tempfile::tempdir().expect("folder");
    let path = saved(d.path(), "career.ron", "Mine");
    let md = d.path().join("for-dana.md");
    let mut h = start(
        Some(&path),
        Start {
            answers: vec![Some(md.clone())],
            ..Start::default()
        },
    );
    menu(&mut h, "File", "Export Markdown…");
    h.get_by_label("Export Markdown: whom is it for?");
    // Nothing is chosen for the person: writing waits for an answer.
    h.get_by_label("Choose where to write…").click();
    h.run();
    assert!(!md.exists(), "nothing written before an audience is chosen");
    h.get_by_label("My manager").click();
    h.run();
    h.get_by_label("Left out for your manager:");
    h.get_by_label("• Offers and their comparison (2 offers)");
    h.get_by_label_contains("• Pay: every offer's money");
    assert!(!md.exists(), "the preview writes nothing");
    h.get_by_label("Choose where to write…").click();
    h.run();
    let written = std::fs::read_to_string(&md).expect("exported");
    assert!(written.starts_with("_For my manager._"), "{written}");
    assert!(!written.contains("## Offers"), "{written}");
    assert!(written.contains("## Skills"), "{written}");
    assert!(status(&h).ends_with("for your manager"), "{}", status(&h));

    menu(&mut h, "File", "Export Calendar…");
    h.get_by_label("A mentor").click();
    h.run();
    h.get_by_label_contains("• The drift checklist and its answers");
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(status(&h), "Export cancelled; nothing was written.");
}

#[cfg(unix)]
#[test]
fn a_spec_others_can_read_is_said_once_and_made_private_with_one_click() {
    use std::os::unix::fs::PermissionsExt as _;
    let d = tempfile::tempdir().expect("folder");
    let path = saved(d.path(), "career.ron", "Mine");
    let mode = |p: &Path| std::fs::metadata(p).expect("metadata").permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600, "a new spec is private");
    let h = start(Some(&path), Start::default());
    assert!(h.query_by_label("Make it private").is_none());
    drop(h);

    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let mut h = start(Some(&path), Start::default());
    h.get_by_label("Other accounts on this computer can read career.ron (mode 644).");
    assert_eq!(mode(&path), 0o644, "never changed without the click");
    h.get_by_label("Make it private").click();
    h.run();
    assert_eq!(mode(&path), 0o600);
    assert!(h.query_by_label("Make it private").is_none());
    assert!(
        status(&h).contains("can now be read by your account alone"),
        "{}",
        status(&h)
    );
}

/// A save whose new version landed but whose backup could not be kept says so, and never
/// that nothing on disk was changed.
#[test]
fn a_save_whose_backup_cannot_be_kept_does_not_say_nothing_changed() {
    let d = tempfile::tempdir().expect("folder");
    let path = saved(d.path(), "career.ron", "Mine");
    // A folder, not empty, where the backup goes: the backup cannot take its name.
    let bak = file::backup_path(&path);
    std::fs::create_dir(&bak).expect("folder");
    std::fs::write(bak.join("kept.txt"), "kept").expect("written");
    let mut h = start(Some(&path), Start::default());
    rename(&mut h, " edited");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let said = status(&h);
    assert!(
        said.contains("the new version is saved, but the previous one could not be kept"),
        "{said}"
    );
    assert!(!said.contains("nothing on disk was changed"), "{said}");
    assert_eq!(name_on_disk(&path), "Mine edited");
}
