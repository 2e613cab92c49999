//! The whole window driven as a person would: menus, dialogs, shortcuts, the unsaved-changes
//! guard, and files that cannot be read or written.

use std::path::{Path, PathBuf};

use career_spec::app::picker::ScriptedPicker;
use career_spec::app::{AppConfig, CareerApp, SAMPLE_NOTE};
use career_spec::edit::Session;
use career_spec::file;
use egui::{Key, Modifiers, ViewportCommand, ViewportEvent, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod support;
use support::{menu, rename, today, window};

fn app_with(file: Option<&Path>, answers: Vec<Option<PathBuf>>) -> Harness<'static, CareerApp> {
    let config = AppConfig::for_tests(today(), ScriptedPicker::answering(answers));
    let app = CareerApp::start(file, config);
    window(app)
}

fn saved_sample(folder: &Path) -> PathBuf {
    let path = folder.join("career.ron");
    file::save(&path, &file::sample()).expect("saved");
    path
}

/// Answers the question File > New asks: the currency of the new spec.
fn answer_currency(h: &mut Harness<'static, CareerApp>, currency: &str) {
    let field = h.get_by_label(career_spec::app::NEW_SPEC_FIELD);
    field.focus();
    h.run();
    h.get_by_label(career_spec::app::NEW_SPEC_FIELD)
        .type_text(currency);
    h.run();
    h.get_by_label("Create").click();
    h.run();
}

/// Whether the window closed or refused to close in the last frame: what the window does,
/// read from what it asked of the platform.
fn close_commands(h: &Harness<'static, CareerApp>) -> Vec<ViewportCommand> {
    h.output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .map(|v| {
            v.commands
                .iter()
                .filter(|c| matches!(c, ViewportCommand::Close | ViewportCommand::CancelClose))
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn first_launch_shows_the_sample_with_a_note() {
    let h = app_with(None, vec![]);
    assert_eq!(h.state().doc().profile.name, "Priya Raman");
    assert_eq!(h.state().status(), SAMPLE_NOTE);
    assert!(!h.state().session().is_dirty());
    h.get_by_label("Sample");
}

#[test]
fn open_through_the_dialog_loads_the_file_and_names_the_window() {
    let folder = tempfile::tempdir().expect("folder");
    let path = saved_sample(folder.path());
    let mut h = app_with(None, vec![Some(path.clone())]);
    menu(&mut h, "File", "Open…");
    assert_eq!(h.state().session().path.as_deref(), Some(path.as_path()));
    assert_eq!(h.state().title(), "career.ron — Career Spec");
    rename(&mut h, "!");
    assert_eq!(h.state().title(), "career.ron • — Career Spec");
}

#[test]
fn a_cancelled_dialog_changes_nothing() {
    let mut h = app_with(None, vec![None]);
    rename(&mut h, "?");
    menu(&mut h, "File", "Save As…");
    assert_eq!(h.state().doc().profile.name, "Priya Raman?");
    assert!(h.state().session().is_dirty());
    assert!(
        h.state().status().contains("Cancelled"),
        "{}",
        h.state().status()
    );
}

#[test]
fn a_file_that_cannot_be_read_leaves_the_open_document_alone() {
    let folder = tempfile::tempdir().expect("folder");
    let bad = folder.path().join("bad.ron");
    std::fs::write(
        &bad,
        "(format: \"career-spec\", version: 1, spec: (profile: (name: 3)))",
    )
    .expect("written");
    let mut h = app_with(None, vec![Some(bad)]);
    rename(&mut h, "!");
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    // Opening another file over unsaved changes asks first.
    h.get_by_label("Discard").click();
    h.run();
    assert_eq!(h.state().doc().profile.name, "Priya Raman!");
    assert!(h.state().session().is_dirty());
    let status = h.state().status();
    assert!(
        status.contains("Could not open") && status.contains("line 1, column "),
        "{status}"
    );
}

#[test]
fn a_refusal_reads_as_sentences_whatever_its_reason_ends_with() {
    let folder = tempfile::tempdir().expect("folder");
    let text = file::to_string(&file::sample()).expect("serialises");
    let cut = folder.path().join("cut.ron");
    std::fs::write(&cut, &text[..text.len() / 2]).expect("written");
    let newer = folder.path().join("newer.ron");
    std::fs::write(
        &newer,
        text.replacen(
            &format!("version: {}", file::CURRENT_VERSION),
            "version: 9",
            1,
        ),
    )
    .expect("written");
    let mut h = app_with(None, vec![Some(cut), Some(newer)]);
    for ends in [
        "was it cut short? Nothing was changed.",
        "the file is unchanged. Nothing was changed.",
    ] {
        h.key_press_modifiers(Modifiers::COMMAND, Key::O);
        h.run();
        let status = h.state().status();
        assert!(status.ends_with(ends), "{status}");
        assert!(!status.contains("?.") && !status.contains(".."), "{status}");
    }
    assert_eq!(h.state().doc().profile.name, "Priya Raman");
}

#[test]
fn save_as_writes_the_file_and_a_second_save_keeps_a_backup() {
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("mine.ron");
    let mut h = app_with(None, vec![Some(path.clone())]);
    rename(&mut h, " A");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(!h.state().session().is_dirty());
    assert_eq!(
        file::load(&path).expect("loads").profile.name,
        "Priya Raman A"
    );
    rename(&mut h, "B");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert_eq!(
        file::load(&path).expect("loads").profile.name,
        "Priya Raman AB"
    );
    let backup = file::load(&file::backup_path(&path)).expect("backup loads");
    assert_eq!(backup.profile.name, "Priya Raman A");
}

#[test]
fn a_save_that_fails_keeps_the_changes_open_and_says_why() {
    let folder = tempfile::tempdir().expect("folder");
    // A "folder" that is a regular file: nothing can be written inside it.
    let not_a_folder = folder.path().join("plain-file");
    std::fs::write(&not_a_folder, "x").expect("written");
    let mut h = app_with(None, vec![Some(not_a_folder.join("career.ron"))]);
    rename(&mut h, "!");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(h.state().session().is_dirty());
    assert_eq!(h.state().doc().profile.name, "Priya Raman!");
    assert!(
        h.state().status().contains("cannot save"),
        "{}",
        h.state().status()
    );
    assert_eq!(std::fs::read_to_string(&not_a_folder).expect("read"), "x");
}

#[test]
fn undo_and_redo_from_the_keyboard() {
    let mut h = app_with(None, vec![]);
    rename(&mut h, "!!");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().doc().profile.name, "Priya Raman");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(h.state().doc().profile.name, "Priya Raman!!");
    // Ctrl+Y redoes too, as on Windows and in most Linux editors.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().doc().profile.name, "Priya Raman");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert_eq!(h.state().doc().profile.name, "Priya Raman!!");
}

#[test]
fn ctrl_shift_s_saves_as_a_new_file_where_ctrl_s_would_save_the_open_one() {
    let folder = tempfile::tempdir().expect("folder");
    let path = saved_sample(folder.path());
    let copy = folder.path().join("copy.ron");
    let mut h = app_with(Some(&path), vec![Some(copy.clone())]);
    rename(&mut h, "!");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    assert_eq!(
        file::load(&copy).expect("saved as").profile.name,
        "Priya Raman!"
    );
    assert_eq!(
        file::load(&path).expect("the open file").profile.name,
        "Priya Raman",
        "the file that was open is left as it was"
    );
    assert_eq!(h.state().session().path.as_deref(), Some(copy.as_path()));
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let mut h = app_with(None, vec![]);
    rename(&mut h, "!");
    h.input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(ViewportEvent::Close);
    h.step();
    assert_eq!(close_commands(&h), [ViewportCommand::CancelClose]);
    h.run();
    h.get_by_label("Unsaved changes");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.query_by_label("Unsaved changes").is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    h.get_by_label("Discard").click();
    h.step();
    assert_eq!(close_commands(&h), [ViewportCommand::Close]);
}

#[test]
fn new_with_unsaved_changes_can_save_first() {
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("kept.ron");
    let mut h = app_with(None, vec![Some(path.clone())]);
    rename(&mut h, "!");
    menu(&mut h, "File", "New");
    h.get_by_label("Save").click();
    h.run();
    answer_currency(&mut h, "€");
    assert_eq!(
        file::load(&path).expect("saved").profile.name,
        "Priya Raman!"
    );
    assert_eq!(h.state().doc().profile.name, "");
    assert_eq!(
        h.state().doc().criteria.len(),
        7,
        "a new spec has the default criteria"
    );
}

#[test]
fn a_file_changed_on_disk_is_never_overwritten_silently() {
    let folder = tempfile::tempdir().expect("folder");
    let path = saved_sample(folder.path());
    let mut h = app_with(Some(&path), vec![]);
    rename(&mut h, " (mine)");
    // Another program (a sync client, git) writes a newer copy.
    std::thread::sleep(std::time::Duration::from_millis(20));
    let mut theirs = file::sample();
    theirs.profile.name = "Theirs".into();
    file::save(&path, &theirs).expect("saved");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert_eq!(file::load(&path).expect("loads").profile.name, "Theirs");
    assert!(h.state().session().is_dirty());
    h.get_by_label("Reload").click();
    h.run();
    // Reloading over unsaved edits asks first.
    h.get_by_label("Reload and set mine aside").click();
    h.run();
    assert_eq!(h.state().doc().profile.name, "Theirs");
}

#[test]
fn the_app_shows_a_session_it_is_given() {
    let mut doc = file::sample();
    doc.profile.name = "Given Person".into();
    let config = AppConfig::for_tests(today(), ScriptedPicker::default());
    let app = CareerApp::new(Session::untitled(doc), config);
    let mut h = window(app);
    h.run();
    assert_eq!(h.state().title(), "Untitled — Career Spec");
    h.get_by_label("Untitled");
    h.get_by_label("not saved to a file");
    assert_eq!(
        h.get_by_label("Name").value().as_deref(),
        Some("Given Person"),
        "the Spec panel shows the given document, not the sample"
    );
}

#[test]
fn ctrl_and_a_digit_shows_the_panel_in_that_place() {
    use career_spec::views::Panel;
    let mut h = app_with(None, vec![]);
    h.run();
    // In reverse, so that every key press changes the panel shown.
    for (key, panel, heading) in [
        (Key::Num0, Panel::Evidence, "Evidence"),
        (Key::Num9, Panel::People, "People"),
        (Key::Num8, Panel::Review, "Review"),
        (Key::Num7, Panel::Voice, "Voice"),
        (Key::Num6, Panel::Landing, "Landing"),
        (Key::Num5, Panel::Ceilings, "Ceilings"),
        (Key::Num4, Panel::Drift, "Drift"),
        (Key::Num3, Panel::Offers, "Offers"),
        (Key::Num2, Panel::Portfolio, "Portfolio"),
        (Key::Num1, Panel::Spec, "Spec"),
    ] {
        h.key_press_modifiers(Modifiers::COMMAND, key);
        h.run();
        assert_eq!(h.state().panel(), panel, "Ctrl+{key:?} shows {heading}");
    }
    // A shortcut while typing in a field still goes to the app, not into the text.
    rename(&mut h, "x");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    h.run();
    assert_eq!(h.state().panel(), Panel::Offers);
    assert_eq!(h.state().doc().profile.name, "Priya Ramanx");
}

#[test]
fn ctrl_n_starts_an_empty_spec_and_asks_first_when_work_would_be_lost() {
    let mut h = app_with(None, vec![]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    assert!(
        h.query_by_label("Unsaved changes").is_none(),
        "nothing to lose"
    );
    answer_currency(&mut h, "€");
    assert_eq!(h.state().doc().profile.name, "");
    assert!(h.state().doc().bets.is_empty());
    assert_eq!(h.state().session().display_name(), "Untitled");

    rename(&mut h, "Sam");
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label("Unsaved changes");
    assert_eq!(h.state().doc().profile.name, "Sam", "nothing replaced yet");
    h.get_by_label("Discard").click();
    h.run();
    answer_currency(&mut h, "€");
    assert_eq!(h.state().doc().profile.name, "");
    assert!(!h.state().session().is_dirty());
}

#[test]
fn file_new_asks_the_currency_proposing_the_locales() {
    let mut config = AppConfig::for_tests(today(), ScriptedPicker::answering(vec![]));
    config.currency_proposal = Some("€".to_owned());
    let app = CareerApp::start(None, config);
    let mut h = window(app);
    menu(&mut h, "File", "New");
    let field = h.get_by_label(career_spec::app::NEW_SPEC_FIELD);
    assert_eq!(field.value().as_deref(), Some("€"));
    assert_eq!(
        h.state().doc().profile.name,
        "Priya Raman",
        "nothing replaced before the answer"
    );
    h.get_by_label("Create").click();
    h.run();
    assert!(h.query_by_label(career_spec::app::NEW_SPEC_FIELD).is_none());
    assert_eq!(h.state().doc().profile.name, "");
    assert_eq!(
        h.state().doc().rules.money.home_currency.as_deref(),
        Some("€")
    );
}

#[test]
fn file_new_with_no_currency_proposed_waits_for_one_typed() {
    let mut h = app_with(None, vec![]);
    menu(&mut h, "File", "New");
    assert_eq!(
        h.get_by_label(career_spec::app::NEW_SPEC_FIELD)
            .value()
            .unwrap_or_default(),
        ""
    );
    // Nothing typed, nothing taken: Create does nothing yet.
    h.get_by_label("Create").click();
    h.run();
    h.get_by_label(career_spec::app::NEW_SPEC_FIELD);
    assert_eq!(h.state().doc().profile.name, "Priya Raman");
    answer_currency(&mut h, "CHF");
    assert_eq!(
        h.state().doc().rules.money.home_currency.as_deref(),
        Some("CHF")
    );
    // Cancelled, the question leaves the open spec as it was.
    menu(&mut h, "File", "New");
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(
        h.state().doc().rules.money.home_currency.as_deref(),
        Some("CHF")
    );
    assert!(h.query_by_label(career_spec::app::NEW_SPEC_FIELD).is_none());
}

#[test]
fn save_as_adds_the_extension_a_name_was_given_without() {
    let folder = tempfile::tempdir().expect("folder");
    let mut h = app_with(None, vec![Some(folder.path().join("mine"))]);
    rename(&mut h, "!");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    let saved = folder.path().join("mine.ron");
    assert_eq!(
        file::load(&saved).expect("saved with .ron").profile.name,
        "Priya Raman!"
    );
    assert!(!folder.path().join("mine").exists());
    assert_eq!(h.state().session().path.as_deref(), Some(saved.as_path()));
    assert_eq!(h.state().title(), "mine.ron — Career Spec");
}

#[test]
fn undoing_a_removal_brings_back_every_reference_it_cut() {
    use career_spec::model::SkillId;
    let mut h = app_with(None, vec![]);
    let before = h.state().doc().clone();
    let uses = |doc: &career_spec::model::Document| {
        doc.bets
            .iter()
            .filter(|b| b.skills.contains(&SkillId(1)))
            .count()
            + doc
                .offers
                .iter()
                .filter(|o| o.skills.contains(&SkillId(1)))
                .count()
    };
    assert!(
        uses(&before) >= 2,
        "the sample's bets and offers build the skill"
    );
    h.get_by_label("Zero-to-one building").click();
    h.run();
    h.get_by_label("Delete skill").click();
    h.run();
    let after = h.state().doc();
    assert!(after.skills.iter().all(|s| s.id != SkillId(1)));
    assert_eq!(uses(after), 0, "no bet or offer points at a removed skill");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(*h.state().doc(), before, "one undo brings all of it back");
}

#[test]
fn unsaved_work_survives_a_crash_and_is_offered_back() {
    let folder = tempfile::tempdir().expect("folder");
    let path = saved_sample(folder.path());
    let recovery_folder = folder.path().join("recovery");
    let start = |answers| {
        let mut config = AppConfig::for_tests(today(), ScriptedPicker::answering(answers));
        config.recovery = career_spec::app::recovery::Recovery::in_folder(recovery_folder.clone());
        let app = CareerApp::start(Some(&path), config);
        window(app)
    };
    let mut h = start(vec![]);
    rename(&mut h, " (unsaved)");
    // A few seconds pass: the recovery copy is written.
    h.input_mut().time = Some(1_000.0);
    h.run();
    h.input_mut().time = Some(1_010.0);
    h.run();
    // The copy, beside the lock file its window holds.
    let copies: Vec<_> = std::fs::read_dir(&recovery_folder)
        .expect("folder")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "ron"))
        })
        .collect();
    assert_eq!(copies.len(), 1, "one recovery copy");
    // The process dies: no clean exit. Its copy is renamed as another process's would be.
    drop(h);
    let copy = copies
        .into_iter()
        .next()
        .expect("copy")
        .expect("entry")
        .path();
    std::fs::rename(&copy, recovery_folder.join("unsaved-1.ron")).expect("renamed");
    assert_eq!(
        file::load(&path).expect("loads").profile.name,
        "Priya Raman",
        "the file is untouched"
    );

    let mut h = start(vec![]);
    h.run();
    h.get_by_label("Restore unsaved work?");
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(h.state().doc().profile.name, "Priya Raman (unsaved)");
    assert_eq!(h.state().session().path.as_deref(), Some(path.as_path()));
    assert!(h.state().session().is_dirty());
    assert!(!recovery_folder.join("unsaved-1.ron").exists());
}

#[test]
fn an_offer_links_to_its_drift_checklist_in_the_other_panel() {
    let mut h = app_with(None, vec![]);
    h.get_by_label("Offers").click();
    h.run();
    h.get_by_label("Run the drift checklist on Lead PM, AI Shopping Assistant at Northwind Retail")
        .click();
    h.run();
    assert_eq!(h.state().panel(), career_spec::views::Panel::Drift);
    let run = h.state().doc().drift.reviews.last().expect("a run").clone();
    assert_eq!(run.offer, Some(career_spec::model::OfferId(2)));
    h.get_by_label("Yes: Am I considering this mainly because it was offered to me?");
}

#[test]
fn the_dark_theme_follows_the_shortcut_and_the_view_menu() {
    let mut h = app_with(None, vec![]);
    h.run();
    let looks_dark = |h: &Harness<'static, CareerApp>| h.ctx.global_style().visuals.dark_mode;
    assert!(!h.state().is_dark() && !looks_dark(&h), "starts light");

    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::D);
    h.run();
    assert!(
        h.state().is_dark() && looks_dark(&h),
        "the shortcut turns it dark"
    );

    h.get_by_label("View").click();
    h.run();
    h.get_by_label_contains("Dark theme").click();
    h.run();
    assert!(
        !h.state().is_dark() && !looks_dark(&h),
        "the menu turns it light again"
    );
}

#[test]
fn nothing_repaints_while_idle_on_any_panel() {
    for panel in career_spec::views::Panel::ALL {
        let mut config = AppConfig::for_tests(today(), ScriptedPicker::default());
        config.panel = Some(*panel);
        let app = CareerApp::start(None, config);
        let mut h = window(app);
        h.run();
        h.step();
        let delay = h.output().viewport_output[&ViewportId::ROOT].repaint_delay;
        assert!(
            delay > std::time::Duration::from_hours(1),
            "{} asks to repaint in {delay:?} with nothing happening",
            panel.label()
        );
    }
}

#[test]
fn the_window_text_reads_the_panel_shown_in_order() {
    let mut h = app_with(None, vec![]);
    let text = career_spec::app::screenshot::WindowText::capture(&h.ctx);
    h.run();
    let lines = text.lines();
    let at = |line: &str| {
        lines
            .iter()
            .position(|l| l == line)
            .unwrap_or_else(|| panic!("{line} is not in {lines:?}"))
    };
    // The menu, the navigation, then the panel: the order a screen reader reads.
    assert!(at("File") < at("Spec") && at("Spec") < at("Priya Raman"));
    assert!(
        !lines.iter().any(|l| l == "Verdict"),
        "not the Offers panel"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    h.run();
    let lines = text.lines();
    assert!(lines.iter().any(|l| l == "Verdict"), "{lines:?}");
    assert!(
        !lines.iter().any(|l| l == "Priya Raman"),
        "the Spec panel is gone"
    );
}

#[test]
fn where_no_file_dialog_can_be_shown_the_path_is_asked_for_in_the_window() {
    use career_spec::app::picker::Answer;
    let dir = tempfile::tempdir().expect("temp dir");
    let config = AppConfig::for_tests(
        today(),
        ScriptedPicker::with_answers([Answer::NoDialog, Answer::NoDialog]),
    );
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(
            |ui, app: &mut CareerApp| app.ui(ui),
            CareerApp::start(None, config),
        );
    h.run();
    // Save As with no dialog: not "Cancelled", but a field for the path.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    h.run();
    assert!(h.query_by_label_contains("Cancelled").is_none());
    h.get_by_label_contains("No file dialog could be shown");
    let target = dir.path().join("mine.ron");
    h.get_by_label("Path of the file").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label("Path of the file")
        .type_text(&target.display().to_string());
    h.run();
    h.get_by_label("OK").click();
    h.run();
    assert_eq!(file::load(&target).expect("saved there"), *h.state().doc());
    assert_eq!(h.state().session().path.as_deref(), Some(target.as_path()));
    // Cancel there is a cancel, and writes nothing.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    h.run();
    h.get_by_label("Cancel").click();
    h.run();
    h.get_by_label_contains("Cancelled; nothing was changed.");
    assert!(h.query_by_label("Path of the file").is_none());
}

#[test]
fn saving_over_a_file_with_comments_asks_once_and_keeps_them_in_the_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = saved_sample(dir.path());
    let commented = format!(
        "// My career, edited by hand.\n{}",
        std::fs::read_to_string(&path).expect("text")
    );
    std::fs::write(&path, &commented).expect("written");
    let mut h = app_with(Some(&path), vec![]);
    h.run();
    rename(&mut h, "!");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    h.get_by_label("Save without your comments?");
    h.get_by_label_contains("the first on line 1");
    // Cancel leaves the file and its comments alone.
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(std::fs::read_to_string(&path).expect("text"), commented);
    // Asked again, and agreed: saved, and the commented version is the backup.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    h.get_by_label("Save without comments").click();
    h.run();
    assert_eq!(file::load(&path).expect("saved"), *h.state().doc());
    assert_eq!(
        std::fs::read_to_string(file::backup_path(&path)).expect("backup"),
        commented
    );
    // Once: the next save does not ask.
    rename(&mut h, "!");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(h.query_by_label("Save without your comments?").is_none());
    assert_eq!(file::load(&path).expect("saved"), *h.state().doc());
}

/// The role and label of the widget with the keyboard focus.
fn focused(h: &Harness<'static, CareerApp>) -> Option<(egui::accesskit::Role, String)> {
    use egui_kittest::kittest::NodeT;
    h.root()
        .children_recursive()
        .find(egui_kittest::Node::is_focused)
        .map(|n| {
            let node = n.accesskit_node();
            (node.role(), node.label().unwrap_or_default())
        })
}

#[test]
fn the_stop_after_the_navigation_is_the_inspector_edge_and_the_arrows_move_it() {
    use egui::accesskit::Role;
    // The last panel in the navigation, then one stop further.
    let last = career_spec::views::Panel::ALL.last().expect("panels");
    let mut h = app_with(None, vec![]);
    h.run();
    for _ in 0..20 {
        h.key_press(Key::Tab);
        h.run();
        if focused(&h).is_some_and(|(_, label)| label == last.label()) {
            break;
        }
    }
    h.key_press(Key::Tab);
    h.run();
    assert_eq!(
        focused(&h),
        Some((Role::Splitter, "Resize panel".to_owned()))
    );
    let width = |h: &Harness<'static, CareerApp>| h.state().layout().1.inspector_width;
    let before = width(&h);
    // Left widens the inspector, right narrows it, and the focus stays on the edge (its ring
    // is drawn while it does).
    h.key_press(Key::ArrowLeft);
    h.run();
    assert!(width(&h) > before, "{} after {before}", width(&h));
    assert_eq!(focused(&h).map(|(role, _)| role), Some(Role::Splitter));
    h.key_press(Key::ArrowRight);
    h.run();
    assert!(
        (width(&h) - before).abs() < 0.5,
        "{} after {before}",
        width(&h)
    );
}

#[test]
fn enter_in_file_new_s_currency_field_creates_the_spec() {
    let mut h = app_with(None, vec![]);
    menu(&mut h, "File", "New");
    h.get_by_label(career_spec::app::NEW_SPEC_FIELD).focus();
    h.run();
    h.get_by_label(career_spec::app::NEW_SPEC_FIELD)
        .type_text("EUR");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(
        h.query_by_label(career_spec::app::NEW_SPEC_FIELD).is_none(),
        "the question is answered"
    );
    assert_eq!(
        h.state().doc().rules.money.home_currency.as_deref(),
        Some("EUR")
    );
}

/// The sample open on the Offers panel.
fn on_offers(doc: career_spec::model::Document) -> Harness<'static, CareerApp> {
    let mut config = AppConfig::for_tests(today(), ScriptedPicker::default());
    config.panel = Some(career_spec::views::Panel::Offers);
    let mut h = window(CareerApp::new(Session::untitled(doc), config));
    h.run();
    h
}

#[test]
fn the_offers_panels_links_open_the_panel_they_name() {
    // The verdict's way to the drift checklist opens a run on that offer.
    let mut h = on_offers(file::sample());
    h.get_by_label("Run the drift checklist on Lead PM, AI Shopping Assistant at Northwind Retail")
        .click();
    h.run();
    h.get_by_label("Yes: Am I considering this mainly because it was offered to me?");
    assert!(
        h.query_by_label_contains("Run the drift checklist on")
            .is_none(),
        "the Offers panel is left"
    );
    let run = h.state().doc().drift.reviews.last().expect("a run");
    assert_eq!(run.offer.map(|o| o.0), Some(2));

    // A north star whose year has passed: the way to it opens the Spec panel.
    let mut doc = file::sample();
    doc.north_star.target_year = 2025;
    let mut h = on_offers(doc);
    h.get_by_label("Go to the north star").click();
    h.run();
    h.get_by_label("Target role");
    assert!(h.query_by_label("Go to the north star").is_none());

    // An offer not scored yet: the way to its scores opens it in the inspector.
    let mut doc = file::sample();
    doc.offers.truncate(1);
    doc.offers.push(career_spec::model::Offer {
        id: career_spec::model::OfferId(2),
        company: "New company".into(),
        role: "Role".into(),
        ..career_spec::model::Offer::default()
    });
    let mut h = on_offers(doc);
    assert!(
        h.query_by_label("Score: Learning").is_none(),
        "nothing picked yet"
    );
    h.get_by_label("Score Role at New company").click();
    h.run();
    h.get_by_label("Score: Learning");
    assert_eq!(
        h.get_by_label("Company").value().as_deref(),
        Some("New company")
    );
}
