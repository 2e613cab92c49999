//! The promotion packet in the window: opened in one click from the Evidence panel or the
//! File menu, following the target picked, readable at both window sizes, and saved as
//! Markdown or HTML through the dialog, never over the spec.

use std::path::{Path, PathBuf};

use career_spec::app::picker::ScriptedPicker;
use career_spec::app::{AppConfig, CareerApp};
use career_spec::file;
use career_spec::model::{Document, Evidence, EvidenceId, SkillId, StoneId};
use career_spec::views::Panel;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

mod support;
use support::{Window, menu, today, window_sized};

const SIZES: [[f32; 2]; 2] = [[1280.0, 800.0], [900.0, 600.0]];

const NEXT: &str = "Lead a zero-to-one product from idea to first traction (2027)";
const NORTH_STAR: &str = "CPO at a mid-stage startup (2031)";

/// The sample with two wins: one on the next stone, one on the last stone, both proving
/// Experimentation and growth, a skill the next stone needs.
fn with_evidence() -> Document {
    let mut doc = file::sample();
    doc.evidence = vec![
        Evidence {
            id: EvidenceId(1),
            date: chrono::NaiveDate::from_ymd_opt(2026, 10, 23),
            what: "Cut checkout to one page".to_owned(),
            before: Some(2.1),
            result: Some(2.6),
            unit: "% conversion".to_owned(),
            skills: vec![SkillId(3)],
            stones: vec![StoneId(1)],
            ..Evidence::default()
        },
        Evidence {
            id: EvidenceId(2),
            date: chrono::NaiveDate::from_ymd_opt(2026, 6, 2),
            what: "Ran the growth review".to_owned(),
            skills: vec![SkillId(3)],
            stones: vec![StoneId(4)],
            ..Evidence::default()
        },
    ];
    doc
}

/// The spec saved in `folder`, open on the Evidence panel, with dialogs answered in turn.
fn opened(folder: &Path, answers: Vec<Option<PathBuf>>, size: [f32; 2]) -> (Window, PathBuf) {
    let spec = folder.join("career.ron");
    file::save(&spec, &with_evidence()).expect("saved");
    let mut config = AppConfig::for_tests(today(), ScriptedPicker::answering(answers));
    config.panel = Some(Panel::Evidence);
    let mut h = window_sized(CareerApp::start(Some(&spec), config), size);
    h.run();
    (h, spec)
}

fn inside(h: &Window, label: &str, size: [f32; 2]) {
    let rect = h.get_by_label(label).rect();
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, size.into());
    assert!(
        window.contains_rect(rect),
        "{label} at {rect:?} in {size:?}"
    );
}

#[test]
fn the_packet_opens_in_one_click_and_follows_the_target_picked_at_both_sizes() {
    let on_next = "\"Cut checkout to one page\" (2026-10-23): from 2.1 to 2.6 % conversion";
    let on_last = "\"Ran the growth review\" (2026-06-02)";
    for size in SIZES {
        let folder = tempfile::tempdir().expect("folder");
        let (mut h, _) = opened(folder.path(), vec![], size);
        // The panel behind lists them too: the preview's are counted on top of those.
        let behind = |h: &Window, label: &str| h.get_all_by_label(label).count();
        let (next_behind, last_behind) = (behind(&h, on_next), behind(&h, on_last));
        h.get_by_label("Promotion packet…").click();
        h.run();
        for label in [NEXT, "Save as Markdown…", "Save as HTML…", "Close"] {
            inside(&h, label, size);
        }
        h.get_by_label("Progress on Lead a zero-to-one product from idea to first traction");
        let shown = |h: &Window, label: &str, before: usize| behind(h, label) - before;
        assert_eq!(
            shown(&h, on_next, next_behind),
            2,
            "under its skill and the stone"
        );
        assert_eq!(shown(&h, on_last, last_behind), 1, "under its skill alone");
        h.get_by_role_and_label(Role::ComboBox, "For").click();
        h.run();
        h.get_by_label(&format!("North star: {NORTH_STAR}")).click();
        h.run();
        inside(&h, NORTH_STAR, size);
        assert!(h.query_by_label(NEXT).is_none(), "{size:?}");
        h.get_by_label("Progress on the stepping stones");
        assert_eq!(shown(&h, on_next, next_behind), 2);
        assert_eq!(shown(&h, on_last, last_behind), 2, "its stone counts now");
        h.get_by_label("Close").click();
        h.run();
        assert!(h.query_by_label(NORTH_STAR).is_none(), "closed");
        // Opened again from the File menu, on the target last picked.
        menu(&mut h, "File", "Promotion Packet…");
        inside(&h, NORTH_STAR, size);
    }
}

#[test]
fn unscored_skills_and_a_stone_with_no_evidence_say_so() {
    let folder = tempfile::tempdir().expect("folder");
    let spec = folder.path().join("career.ron");
    let mut doc = file::sample();
    doc.skills[0].level = None;
    doc.evidence.clear();
    file::save(&spec, &doc).expect("saved");
    let mut config = AppConfig::for_tests(today(), ScriptedPicker::answering(vec![]));
    config.packet = true;
    let mut h = window_sized(CareerApp::start(Some(&spec), config), [1280.0, 2400.0]);
    h.run();
    h.get_by_label("not scored");
    h.get_by_label("Zero-to-one building: its level not scored.");
    assert_eq!(
        h.get_all_by_label(career_spec::export::packet::NO_PROOF)
            .count(),
        doc.north_star.stones[0].skills.len() + 1,
        "every skill the stone needs, and the stone's progress"
    );
}

#[test]
fn saving_writes_the_packet_shown_and_never_the_spec() {
    let folder = tempfile::tempdir().expect("folder");
    let md = folder.path().join("packet");
    let html = folder.path().join("packet.html");
    let spec = folder.path().join("career.ron");
    let (mut h, _) = opened(
        folder.path(),
        vec![Some(md.clone()), Some(html.clone()), Some(spec.clone())],
        SIZES[1],
    );
    let before = std::fs::read_to_string(&spec).expect("spec");
    h.get_by_label("Promotion packet…").click();
    h.run();
    h.get_by_label("Save as Markdown…").click();
    h.run();
    h.run();
    let written = std::fs::read_to_string(md.with_extension("md")).expect("written");
    assert!(
        written.starts_with(&format!("# Promotion packet: {NEXT}")),
        "{written}"
    );
    assert!(h.state().status().starts_with("Saved the promotion packet"));
    h.get_by_role_and_label(Role::ComboBox, "For").click();
    h.run();
    h.get_by_label(&format!("North star: {NORTH_STAR}")).click();
    h.run();
    h.get_by_label("Save as HTML…").click();
    h.run();
    h.run();
    let page = std::fs::read_to_string(&html).expect("written");
    assert!(page.contains(&format!("<h1>Promotion packet: {NORTH_STAR}</h1>")));
    // The open spec is refused, and left as it was.
    h.get_by_label("Save as Markdown…").click();
    h.run();
    h.run();
    assert!(
        h.state()
            .status()
            .contains("is the career spec being exported"),
        "{}",
        h.state().status()
    );
    assert_eq!(std::fs::read_to_string(&spec).expect("spec"), before);
}

#[test]
fn a_line_of_the_packet_opens_its_entry_on_the_evidence_panel() {
    let folder = tempfile::tempdir().expect("folder");
    let (mut h, _) = opened(folder.path(), vec![], SIZES[0]);
    h.state_mut().show(Panel::Spec, None);
    h.state_mut()
        .queue(career_spec::views::Command::PromotionPacket);
    h.run();
    h.get_all_by_label("\"Ran the growth review\" (2026-06-02)")
        .next()
        .expect("listed")
        .click();
    h.run();
    assert_eq!(h.state().panel(), Panel::Evidence);
    assert!(h.query_by_label("Save as HTML…").is_none(), "closed");
    // The inspector shows the entry clicked.
    assert_eq!(
        h.get_by_label("What happened").value().as_deref(),
        Some("Ran the growth review")
    );
}

#[test]
fn the_packet_of_a_thousand_entries_opens_at_the_small_size_and_counts_what_it_leaves_out() {
    let doc = career_spec::stress::stress_document(7);
    let star = format!(
        "North star: {} ({})",
        doc.north_star.target_role, doc.north_star.target_year
    );
    // A window tall enough to hold every section, and the small one.
    for size in [[900.0, 9000.0], SIZES[1]] {
        let mut config = AppConfig::for_tests(today(), ScriptedPicker::answering(vec![]));
        config.packet = true;
        let app = CareerApp::new(career_spec::edit::Session::untitled(doc.clone()), config);
        let mut h = window_sized(app, size);
        h.run();
        inside(&h, "Save as HTML…", size);
        h.get_by_role_and_label(Role::ComboBox, "For").click();
        h.run();
        h.get_by_label(&star).click();
        h.run();
        if size == SIZES[1] {
            return;
        }
        // Each long list shows its first lines and counts the rest, which the file holds.
        let counted = h
            .query_all_by_label_contains("more, in the saved packet")
            .count();
        assert!(counted >= 1, "{counted}");
    }
}

#[test]
fn the_keys_of_the_panel_behind_the_preview_do_nothing_while_it_is_open() {
    let folder = tempfile::tempdir().expect("folder");
    let (mut h, _) = opened(folder.path(), vec![], SIZES[0]);
    h.state_mut().show(
        Panel::Evidence,
        Some(career_spec::edit::ItemRef::Evidence(EvidenceId(1))),
    );
    h.run();
    h.get_by_label("Promotion packet…").click();
    h.run();
    h.key_press(egui::Key::Delete);
    h.run();
    assert_eq!(
        h.state().doc().evidence.len(),
        2,
        "nothing deleted behind it"
    );
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.query_by_label("Save as HTML…").is_none(), "Esc closes it");
    // Closed, the panel's keys are its own again.
    h.key_press(egui::Key::Delete);
    h.run();
    assert_eq!(h.state().doc().evidence.len(), 1);
}

#[test]
fn delete_over_the_preview_leaves_the_bet_selected_behind_it() {
    let folder = tempfile::tempdir().expect("folder");
    let (mut h, _) = opened(folder.path(), vec![], SIZES[0]);
    let bet = h.state().doc().bets[0].id;
    h.state_mut()
        .show(Panel::Portfolio, Some(career_spec::edit::ItemRef::Bet(bet)));
    h.run();
    menu(&mut h, "File", "Promotion Packet…");
    h.key_press(egui::Key::Delete);
    h.run();
    assert!(
        h.state().doc().bets.iter().any(|b| b.id == bet),
        "not deleted"
    );
}

#[test]
fn ticking_a_skill_a_stone_needs_changes_its_packet_and_undo_takes_it_back() {
    use egui::{Key, Modifiers};
    const STONE: &str = "Manage a team of three or more PMs (2028)";
    // Finance is below its target, so its gap names it only where the packet covers it.
    const FINANCE_GAP: &str = "Finance and P&L: level 1 of 5, 3 below the target of 4.";
    let folder = tempfile::tempdir().expect("folder");
    let (mut h, _) = opened(folder.path(), vec![], SIZES[1]);
    let stone = StoneId(2);
    let needs = |h: &Window| h.state().doc().north_star.stones[1].skills.clone();
    assert_eq!(needs(&h), [SkillId(4), SkillId(5)]);
    h.state_mut()
        .show(Panel::Spec, Some(career_spec::edit::ItemRef::Stone(stone)));
    h.run();
    // The packet for the stone covers the two skills it names; opened again, the preview
    // keeps the stone picked.
    let open = |h: &mut Window| {
        h.state_mut()
            .queue(career_spec::views::Command::PromotionPacket);
        h.run();
    };
    open(&mut h);
    h.get_by_role_and_label(Role::ComboBox, "For").click();
    h.run();
    h.get_by_label(STONE).click();
    h.run();
    h.get_by_label("The skills this stepping stone names as needed: 2 of the 7 in the matrix.");
    assert!(h.query_by_label(FINANCE_GAP).is_none());
    h.get_by_label("Close").click();
    h.run();
    // The inspector's boxes are the skills by name, ticked where the stone needs them.
    let finance = |h: &Window| {
        h.get_by_role_and_label(Role::CheckBox, "Finance and P&L")
            .accesskit_node()
            .toggled()
    };
    let people = h
        .get_by_role_and_label(Role::CheckBox, "People management")
        .accesskit_node()
        .toggled();
    assert_eq!(people, Some(egui::accesskit::Toggled::True));
    assert_eq!(finance(&h), Some(egui::accesskit::Toggled::False));
    // Reached with the keyboard: focused, and ticked with the space bar.
    h.get_by_role_and_label(Role::CheckBox, "Finance and P&L")
        .focus();
    h.run();
    h.key_press(Key::Space);
    h.run();
    assert_eq!(finance(&h), Some(egui::accesskit::Toggled::True));
    assert_eq!(needs(&h), [SkillId(4), SkillId(5), SkillId(7)]);
    open(&mut h);
    h.get_by_label("The skills this stepping stone names as needed: 3 of the 7 in the matrix.");
    h.get_by_label(FINANCE_GAP);
    h.get_by_label("Close").click();
    h.run();
    // One undo takes the tick back, and the packet with it.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(needs(&h), [SkillId(4), SkillId(5)]);
    assert_eq!(finance(&h), Some(egui::accesskit::Toggled::False));
    open(&mut h);
    assert!(h.query_by_label(FINANCE_GAP).is_none());
}

#[test]
fn a_stone_naming_no_skills_says_its_packet_covers_every_one() {
    let mut doc = with_evidence();
    doc.north_star.stones[0].skills.clear();
    let names: Vec<String> = doc.skills.iter().map(|s| s.name.clone()).collect();
    let app = CareerApp::new(
        career_spec::edit::Session::untitled(doc),
        AppConfig::for_tests(today(), ScriptedPicker::answering(vec![])),
    );
    let mut h = window_sized(app, [1280.0, 2400.0]);
    h.run();
    let behind: Vec<usize> = names
        .iter()
        .map(|n| h.get_all_by_label(n).count())
        .collect();
    h.state_mut()
        .queue(career_spec::views::Command::PromotionPacket);
    h.run();
    h.get_by_label(NEXT);
    h.get_by_label(career_spec::export::packet::UNNAMED);
    for (name, before) in names.iter().zip(behind) {
        assert_eq!(
            h.get_all_by_label(name).count() - before,
            2,
            "{name}: its row and its evidence's heading"
        );
    }
}
