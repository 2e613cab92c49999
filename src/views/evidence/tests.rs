use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::*;
use crate::model::{Document, Evidence, SkillId};
use crate::views::standalone::{Standalone, harness_sized};

/// The sizes the panel is shown at: the default window and a small laptop's half screen,
/// each less the navigation beside the panel.
const SIZES: [[f32; 2]; 2] = [[1280.0 - 120.0, 800.0], [900.0 - 120.0, 600.0]];

fn harness(doc: Document, size: [f32; 2]) -> Harness<'static, Standalone<EvidenceView>> {
    harness_sized(EvidenceView::default(), doc, size)
}

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The sample with two wins: one measured, linked to Late-stage scaling, and one older, not
/// measured, linked to nothing.
fn with_evidence() -> Document {
    let mut doc = crate::file::sample();
    doc.evidence = vec![
        Evidence {
            id: EvidenceId(1),
            date: day(2026, 3, 2),
            what: "Ran the onboarding review".to_owned(),
            ..Evidence::default()
        },
        Evidence {
            id: EvidenceId(2),
            date: day(2026, 10, 23),
            what: "Cut checkout to one page".to_owned(),
            before: Some(2.1),
            result: Some(2.6),
            unit: "% conversion".to_owned(),
            skills: vec![SkillId(2)],
            ..Evidence::default()
        },
    ];
    doc
}

#[test]
fn a_spec_with_no_evidence_says_what_to_write_first_and_adds_it_dated_today() {
    let mut doc = crate::file::sample();
    doc.evidence.clear();
    let mut h = harness(doc, SIZES[0]);
    h.get_by_label_contains("No evidence yet. Write down the last thing you shipped");
    assert!(h.query_by_label("What the evidence says").is_none());
    h.get_by_label("What happened, to add").focus();
    h.get_by_label("What happened, to add")
        .type_text("Shipped search");
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    let entry = h.state().doc().evidence.first().expect("added").clone();
    assert_eq!(entry.what, "Shipped search");
    assert_eq!(entry.date, Some(h.state().today));
    assert_eq!(
        (entry.result, entry.scale),
        (None, None),
        "nothing measured is guessed"
    );
    // Selected at once: the inspector says it is not measured yet.
    h.get_by_label_contains("Not measured: no number is shown for it");
    assert!(h.query_by_label_contains("No evidence yet").is_none());
    let Standalone { session, .. } = h.state_mut();
    assert!(session.history.undo(&mut session.doc));
    assert!(
        session.doc.evidence.is_empty(),
        "one undo step takes it back"
    );
}

#[test]
fn the_list_runs_latest_first_and_the_inspector_links_a_skill_at_both_sizes() {
    for size in SIZES {
        let mut h = harness(with_evidence(), size);
        let top = |h: &Harness<'_, _>, name: &str| h.get_by_label(name).rect().top();
        let newer = "\"Cut checkout to one page\" (2026-10-23)";
        let older = "\"Ran the onboarding review\" (2026-03-02)";
        assert!(top(&h, newer) < top(&h, older), "{size:?}");
        h.get_by_label("from 2.1 to 2.6 % conversion");
        h.get_by_label(older).click();
        h.run();
        h.get_by_label_contains("Not measured: no number is shown for it");
        h.get_by_label("Late-stage scaling").click();
        h.run();
        let entry = h.state().doc().get(EvidenceId(1)).expect("kept").clone();
        assert_eq!(entry.skills, [SkillId(2)], "{size:?}");
        let Standalone { session, .. } = h.state_mut();
        assert!(session.history.undo(&mut session.doc));
        assert!(
            session
                .doc
                .get(EvidenceId(1))
                .expect("kept")
                .skills
                .is_empty()
        );
    }
}

#[test]
fn the_inspector_shows_numbers_as_the_list_writes_them_and_takes_them_as_amounts_are_typed() {
    let mut h = harness(crate::file::sample(), SIZES[1]);
    h.get_by_label("\"Guest checkout on mobile shipped to every shopper\" (2026-06-20)")
        .click();
    h.run();
    assert_eq!(
        h.get_by_label("Scale").value().as_deref(),
        Some("4,000,000")
    );
    assert_eq!(h.get_by_label("Result").value().as_deref(), Some("2.6"));
    // A win with no scale yet takes one typed as people write it.
    // Named in the list and again among the skills' proofs: the list's comes first.
    h.get_all_by_label(
        "\"Talk on closing the marketplace well, given to the product all-hands\" (2026-09-18)",
    )
    .next()
    .expect("listed")
    .click();
    h.run();
    h.get_by_label("Scale").focus();
    h.get_by_label("Scale").type_text("1.2k");
    h.run();
    let talk = h.state().doc().get(EvidenceId(2)).expect("kept").clone();
    assert_eq!(talk.scale, Some(1200.0));
}

#[test]
fn the_panel_names_a_skill_scored_high_with_nothing_to_show_and_not_one_with_evidence() {
    let h = harness(with_evidence(), [1280.0 - 120.0, 2400.0]);
    // Late-stage scaling (4) has the checkout win; Experimentation and growth (4) has none.
    h.get_by_label("Experimentation and growth is scored 4 of 5 with nothing to show for it.");
    assert!(
        h.query_by_label("Late-stage scaling is scored 4 of 5 with nothing to show for it.")
            .is_none()
    );
    h.get_by_label("Late-stage scaling: latest 2026-10-23, 30 days ago");
    h.get_by_label("Zero-to-one building: no evidence");
    h.get_by_label(
        "\"Lead a zero-to-one product from idea to first traction\" has no evidence of progress.",
    );
}

#[test]
fn with_nothing_selected_the_inspector_edits_the_rules_and_the_panel_follows() {
    let mut h = harness(with_evidence(), [1280.0 - 120.0, 2400.0]);
    h.get_by_label("Quiet after");
    let quiet = "No evidence recorded for 235 days from 2026-03-02 to 2026-10-23.";
    h.get_by_label(quiet);
    let mut rules = h.state().doc().rules.clone();
    rules.evidence.quiet_days = 240;
    h.state_mut()
        .session
        .apply(&crate::edit::Edit::Rules(rules), None, 0.0);
    h.run();
    assert!(h.query_by_label(quiet).is_none());
}

/// The sample with `n` wins, one a week back from today, the latest first: "Win 1" is today's.
fn with_wins(n: u64) -> Document {
    let mut doc = crate::file::sample();
    doc.evidence = (1..=n)
        .map(|i| Evidence {
            id: EvidenceId(i),
            date: crate::testing::today().checked_sub_days(chrono::Days::new(7 * (i - 1))),
            what: format!("Win {i}"),
            ..Evidence::default()
        })
        .collect();
    doc
}

fn inspected(h: &Harness<'_, Standalone<EvidenceView>>) -> Option<String> {
    h.query_by_label("What happened").and_then(|n| n.value())
}

#[test]
fn the_keys_step_through_the_list_delete_in_one_undo_and_start_a_new_entry() {
    use egui::Key;
    for size in SIZES {
        let mut h = harness(with_wins(30), size);
        h.key_press(Key::ArrowDown);
        h.run();
        assert_eq!(
            inspected(&h).as_deref(),
            Some("Win 1"),
            "down from nothing: the first"
        );
        h.key_press(Key::ArrowDown);
        h.key_press(Key::ArrowDown);
        h.run();
        assert_eq!(inspected(&h).as_deref(), Some("Win 3"));
        h.key_press(Key::ArrowUp);
        h.run();
        assert_eq!(inspected(&h).as_deref(), Some("Win 2"));
        // The last is far below the list's fold: the keys bring it into view.
        h.key_press(Key::End);
        h.run();
        assert_eq!(inspected(&h).as_deref(), Some("Win 30"));
        // Drawn only once scrolled to (the list draws the rows in view): under the heading,
        // within the list's height (the inspector names it too, on the right).
        let heading = h.get_by_label("Your evidence, latest first").rect();
        let in_list = h
            .get_all_by_label("\"Win 30\" (2026-05-03)")
            .map(|n| n.rect())
            .find(|r| r.left() < heading.right());
        assert!(
            in_list.is_some_and(
                |row| row.top() > heading.bottom() && row.bottom() < heading.bottom() + 380.0
            ),
            "{size:?}: {in_list:?} under {heading:?}"
        );
        h.key_press(Key::Home);
        h.run();
        assert_eq!(inspected(&h).as_deref(), Some("Win 1"));
        h.key_press(Key::Delete);
        h.run();
        assert!(h.state().doc().get(EvidenceId(1)).is_none(), "deleted");
        assert_eq!(inspected(&h), None, "nothing selected after");
        assert_eq!(
            h.state().message.as_deref(),
            Some("Deleted \"Win 1\" (2026-11-22)")
        );
        let Standalone { session, .. } = h.state_mut();
        assert!(session.history.undo(&mut session.doc));
        assert!(
            session.doc.get(EvidenceId(1)).is_some(),
            "one undo brings it back"
        );
        h.run();
        h.key_press(Key::ArrowDown);
        h.run();
        h.key_press(Key::Escape);
        h.run();
        assert_eq!(inspected(&h), None, "Escape selects nothing");
        // N puts the keyboard in the new entry's field; the N itself is not typed.
        h.key_press(Key::N);
        h.run();
        h.get_by_label("What happened, to add")
            .type_text("Shipped search");
        h.run();
        h.key_press(Key::Enter);
        h.run();
        assert_eq!(inspected(&h).as_deref(), Some("Shipped search"));
        // While typing, the keys are the field's: Delete deletes a letter, not the entry.
        let count = h.state().doc().evidence.len();
        h.get_by_label("What happened").focus();
        h.run();
        h.key_press(Key::Delete);
        h.run();
        assert_eq!(h.state().doc().evidence.len(), count, "{size:?}");
    }
}

#[test]
fn a_thousand_entries_draw_at_both_sizes_and_the_keys_reach_the_last() {
    let doc = crate::stress::stress_document(7);
    assert_eq!(doc.evidence.len(), crate::stress::EVIDENCE);
    let last = *latest_first(&doc.evidence).last().expect("entries");
    let last = shown(last);
    for size in SIZES {
        let mut h = harness(doc.clone(), size);
        h.get_by_label("Your evidence, latest first");
        h.key_press(egui::Key::End);
        h.run();
        let heading = h.get_by_label("Your evidence, latest first").rect();
        assert!(
            h.get_all_by_label(&last)
                .any(|n| n.rect().left() < heading.right()),
            "{size:?}: {last} scrolled into the list"
        );
    }
}

#[test]
fn escape_closing_the_calendar_keeps_the_entry_selected() {
    let mut h = harness(with_wins(3), SIZES[0]);
    h.key_press(egui::Key::ArrowDown);
    h.run();
    h.get_by_label("Calendar: Date").click();
    h.run();
    h.get_by_label("Pick today");
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(
        h.query_by_label("Pick today").is_none(),
        "the calendar closed"
    );
    assert_eq!(inspected(&h).as_deref(), Some("Win 1"), "the entry stays");
}
