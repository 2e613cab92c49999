//! A win added where it happened: from a bet's inspector, linked to the bet; from a career
//! review, dated to it and linked to the focus of the quarter it closes. Either way the entry
//! opens on the Evidence panel, and one undo takes it back.

use career_spec::app::picker::ScriptedPicker;
use career_spec::app::{AppConfig, CareerApp};
use career_spec::edit::{ItemRef, Session};
use career_spec::model::{BetId, FocusItem};
use career_spec::views::Panel;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

mod support;
use support::{Window, today, window_sized};

const SIZES: [[f32; 2]; 2] = [[1280.0, 800.0], [900.0, 600.0]];

fn sample(size: [f32; 2]) -> Window {
    let config = AppConfig::for_tests(today(), ScriptedPicker::answering(vec![]));
    let mut h = window_sized(
        CareerApp::new(Session::untitled(career_spec::file::sample()), config),
        size,
    );
    h.run();
    h
}

/// Types `text` into the field named `field`, and presses Enter (or clicks `button`).
fn add(h: &mut Window, field: &str, text: &str, button: Option<&str>) {
    // At the foot of a long inspector: scrolled to, as a person would.
    h.get_by_label(field).scroll_to_me();
    h.run();
    h.get_by_label(field).focus();
    h.run();
    h.get_by_label(field).type_text(text);
    h.run();
    match button {
        Some(button) => {
            h.get_by_label(button).scroll_to_me();
            h.run();
            h.get_by_label(button).click();
        }
        None => h.key_press(Key::Enter),
    }
    h.run();
}

/// The entry the Evidence panel's inspector shows, by its words.
fn inspected(h: &Window) -> String {
    h.get_by_label("What happened").value().unwrap_or_default()
}

/// The entry added last: the one with the highest id.
fn added(h: &Window) -> career_spec::model::Evidence {
    h.state()
        .doc()
        .evidence
        .iter()
        .max_by_key(|e| e.id)
        .expect("added")
        .clone()
}

fn undo(h: &mut Window) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
}

#[test]
fn a_win_from_a_bets_inspector_is_linked_to_it_and_opens_on_the_evidence_panel() {
    for size in SIZES {
        let mut h = sample(size);
        h.state_mut()
            .show(Panel::Portfolio, Some(ItemRef::Bet(BetId(4))));
        h.run();
        // The sample's win from this bet is listed in its inspector.
        h.get_by_label("\"Guest checkout on mobile shipped to every shopper\" (2026-06-20)");
        let before = h.state().doc().evidence.len();
        let field = "What happened, a win from this bet";
        add(&mut h, field, "Cut checkout to one page", Some("Add a win"));
        assert_eq!(h.state().panel(), Panel::Evidence, "{size:?}");
        assert_eq!(inspected(&h), "Cut checkout to one page");
        let entry = added(&h);
        assert_eq!(entry.bets, [BetId(4)]);
        assert_eq!(entry.date, Some(today()));
        assert!(
            entry.skills.is_empty(),
            "what it proves is left to the person"
        );
        // The bet's inspector lists it now, one click from the entry.
        h.state_mut()
            .show(Panel::Portfolio, Some(ItemRef::Bet(BetId(4))));
        h.run();
        let listed = "\"Cut checkout to one page\" (2026-11-22)";
        h.get_by_label(listed).scroll_to_me();
        h.run();
        h.get_by_label(listed).click();
        h.run();
        assert_eq!(h.state().panel(), Panel::Evidence);
        undo(&mut h);
        assert_eq!(h.state().doc().evidence.len(), before, "one undo step");
    }
}

#[test]
fn a_win_from_a_review_is_dated_to_it_and_linked_to_the_focus_of_its_quarter() {
    for size in SIZES {
        let mut h = sample(size);
        h.state_mut().show(Panel::Review, None);
        h.run();
        // The review shown is the latest (2026-08-20); the one before set the focus.
        let before = career_spec::analysis::review::in_order(h.state().doc())[0].clone();
        assert_eq!(before.focus_on.len(), 2);
        let count = h.state().doc().evidence.len();
        add(
            &mut h,
            "What happened, a win at this review",
            "Two APMs launched",
            None,
        );
        assert_eq!(h.state().panel(), Panel::Evidence, "{size:?}");
        assert_eq!(inspected(&h), "Two APMs launched");
        let entry = added(&h);
        assert_eq!(entry.date, chrono::NaiveDate::from_ymd_opt(2026, 8, 20));
        let mut linked: Vec<FocusItem> =
            entry.skills.iter().map(|s| FocusItem::Skill(*s)).collect();
        linked.extend(entry.metrics.iter().map(|m| FocusItem::Metric(*m)));
        assert_eq!(linked, before.focus_on);
        assert!(
            h.state()
                .status()
                .contains("linked to the focus set on 2026-05-20"),
            "{}",
            h.state().status()
        );
        undo(&mut h);
        assert_eq!(h.state().doc().evidence.len(), count, "one undo step");
    }
}
