use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::*;
use crate::model::{Document, LandingPhase, Relation};
use crate::views::standalone::{Standalone, harness_sized};

/// The sizes the panel is shown at: the default window and a small laptop's half screen,
/// each less the navigation beside the panel.
const SIZES: [[f32; 2]; 2] = [[1280.0 - 120.0, 800.0], [900.0 - 120.0, 600.0]];

fn harness(doc: Document, size: [f32; 2]) -> Harness<'static, Standalone<PeopleView>> {
    harness_sized(PeopleView::default(), doc, size)
}

fn marcus(doc: &Document) -> PersonId {
    doc.people
        .iter()
        .find(|p| p.name == "Marcus Lee")
        .expect("in the sample")
        .id
}

#[test]
fn a_spec_with_no_people_says_whom_to_add_first_and_adds_them_to_classify() {
    let mut doc = crate::file::sample();
    doc.people.clear();
    let mut h = harness(doc, SIZES[0]);
    h.get_by_label_contains("No one here yet. Start with the person whose advice");
    assert!(h.query_by_label("Whom to talk to next").is_none());
    h.get_by_label("Name of the person to add").focus();
    h.get_by_label("Name of the person to add")
        .type_text("Ada Byron");
    h.run();
    h.get_by_label("Add person").click();
    h.run();
    let person = h.state().doc().people.first().expect("added").clone();
    assert_eq!(person.name, "Ada Byron");
    assert_eq!(person.relation, None, "nothing is guessed");
    assert_eq!(person.every_days, None);
    // Selected at once: the inspector says what is left to give.
    h.get_by_label_contains("To classify: no rule counts them");
    h.get_by_label("Keeping in touch: no cadence set");
    assert!(h.query_by_label_contains("No one here yet").is_none());
}

#[test]
fn the_list_runs_by_who_is_due_and_names_an_unclassified_connection() {
    let mut h = harness(crate::file::sample(), SIZES[0]);
    let top = |name: &str| h.get_by_label(name).rect().top();
    // Amara was due in August, Marcus in September, Tom on 1 November; Jon has no cadence.
    assert!(top("Amara Okafor") < top("Marcus Lee"));
    assert!(top("Marcus Lee") < top("Tom Becker"));
    assert!(top("Tom Becker") < top("Jon Park"));
    // Lena came in as a connection: she waits apart, in a list closed at first.
    assert!(h.query_by_label("Lena Fischer").is_none());
    h.get_by_label("To classify: 1").click();
    h.run();
    h.get_by_label("Lena Fischer").click();
    h.run();
    h.get_by_label_contains("To classify: no rule counts them");
    h.get_by_label("Overdue: get in touch with Marcus Lee.");
    h.get_by_label("Promised Marcus Lee on 2026-07-14: Send him my draft team structure");
}

#[test]
fn a_touch_logged_in_the_inspector_takes_the_person_off_the_due_list_at_both_sizes() {
    for size in SIZES {
        let doc = crate::file::sample();
        let id = marcus(&doc);
        let mut h = harness(doc, size);
        h.get_by_label("Marcus Lee").click();
        h.run();
        h.get_by_label("Person");
        h.get_by_label("Keeping in touch: overdue: due 2026-09-12, 71 days ago");
        // The latest touch is the one open, though the log keeps it second.
        assert_eq!(
            h.get_by_label("Talked about").value().as_deref(),
            Some("Going from IC to managing PMs")
        );
        h.get_by_label("Log a touch today").click();
        h.run();
        let person = h.state().doc().get(id).expect("kept").clone();
        assert_eq!(person.touches.len(), 3, "{size:?}");
        assert_eq!(person.touches[0].date, Some(h.state().today));
        assert!(
            h.query_by_label("Overdue: get in touch with Marcus Lee.")
                .is_none(),
            "{size:?}"
        );
        h.get_by_label("Keeping in touch: next 2027-01-21, in 60 days");
        // One undo step takes the touch back.
        let Standalone { session, .. } = h.state_mut();
        assert!(session.history.undo(&mut session.doc));
        assert_eq!(session.doc.get(id).map(|p| p.touches.len()), Some(2));
    }
}

#[test]
fn the_panel_says_who_knows_what_the_north_star_needs_and_where_no_one_does() {
    let h = harness(crate::file::sample(), [1280.0 - 120.0, 2400.0]);
    h.get_by_label("Known by Amara Okafor.");
    // Storytelling and Finance and P&L: no one knows either.
    assert_eq!(
        h.get_all_by_label("No one among your people is linked to this skill.")
            .count(),
        2
    );
    h.get_by_label("One-sided by function");
    h.get_by_label("You are mentoring 2 people: Sofia Alvarez, Tom Becker.");
    h.get_by_label("No mentor or sponsor touched in the last 91 days.");
}

#[test]
fn with_no_one_selected_the_inspector_edits_the_rules_and_the_panel_follows() {
    let mut doc = crate::file::sample();
    doc.rules.people.narrow_min_people = 7;
    let mut h = harness(doc, [1280.0 - 120.0, 2400.0]);
    h.get_by_label("Your function");
    h.get_by_label("Judged from");
    // Six people have a function: below seven, not judged.
    assert!(h.query_by_label("One-sided by function").is_none());
    let mut relaxed = h.state().doc().rules.clone();
    relaxed.people.narrow_min_people = 5;
    h.state_mut()
        .session
        .apply(&Edit::Rules(relaxed), None, 0.0);
    h.run();
    h.get_by_label("One-sided by function");
    // A relation set makes a connection count: Lena as a sponsor is guidance not touched.
    let mut lena = h.state().doc().people[6].clone();
    lena.relation = Some(Relation::Sponsor);
    h.state_mut()
        .session
        .apply(&Edit::Upsert(Item::Person(lena)), None, 0.0);
    h.run();
    h.get_by_label("Lena Fischer (sponsor): no touch logged.");
}

#[test]
fn the_rules_show_counts_of_people_and_days_as_whole_numbers() {
    let h = harness(crate::file::sample(), [1280.0 - 120.0, 2400.0]);
    let shown = |label: &str| h.get_by_label(label).value().unwrap_or_default();
    assert_eq!(shown("Judged from"), "5 people");
    assert_eq!(shown("Mentor touched within"), "91 days");
}

#[test]
fn a_rule_typed_past_its_bounds_is_kept_within_what_check_accepts() {
    let mut h = harness(crate::file::sample(), [1280.0 - 120.0, 2400.0]);
    h.get_by_label("Mentor touched within").focus();
    h.run();
    h.get_by_label("Mentor touched within").type_text("0");
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(h.state().doc().rules.people.mentor_within_days, 1);
    assert!(crate::model::validate::validate(h.state().doc()).is_empty());
}

#[test]
fn thousands_of_connections_to_classify_wait_apart_and_are_drawn_as_scrolled() {
    let mut doc = crate::file::sample();
    let first = doc.people.len() as u64 + 1;
    doc.people.extend((first..first + 5_000).map(|i| Person {
        id: PersonId(i),
        name: format!("Connection {i}"),
        company: "Somewhere".to_owned(),
        ..Person::default()
    }));
    // Tall enough that the closed list is on screen to be opened.
    let mut h = harness(doc, [900.0 - 120.0, 2400.0]);
    h.get_by_label("Marcus Lee");
    assert_eq!(h.query_all_by_label_contains("Connection ").count(), 0);
    h.get_by_label("To classify: 5001").click();
    h.run();
    let drawn = h.query_all_by_label_contains("Connection ").count();
    assert!((1..50).contains(&drawn), "{drawn} drawn of 5,000");
}

#[test]
fn a_move_that_fills_a_gap_is_added_to_the_landing_plan_once() {
    for size in SIZES {
        let mut h = harness(crate::file::sample(), size);
        let step = "Find someone strong in Finance and P&L and ask for one conversation";
        h.get_by_label(&format!("Move: {step}.")).scroll_to_me();
        h.run();
        let before = h.state().doc().landing.items.len();
        h.get_by_label(&format!("Add to the landing plan: {step}"))
            .click();
        h.run();
        let items = &h.state().doc().landing.items;
        assert_eq!(items.len(), before + 1);
        let added = items.last().expect("added");
        assert_eq!(
            (added.title.as_str(), added.phase),
            (step, LandingPhase::Execute)
        );
        // Once planned, the button gives way to where it is; the other moves keep theirs.
        assert!(
            h.query_by_label(&format!("Add to the landing plan: {step}"))
                .is_none()
        );
        h.get_by_label("Already in the landing plan.");
        h.get_by_label_contains("Add to the landing plan: Find someone strong in Storytelling");
        let session = &mut h.state_mut().session;
        assert!(session.history.undo(&mut session.doc));
        h.run();
        assert_eq!(h.state().doc().landing.items.len(), before, "one undo step");
    }
}

#[test]
fn the_keys_step_through_the_people_as_listed_and_delete_in_one_undo_step() {
    for size in SIZES {
        let mut h = harness(crate::file::sample(), size);
        let selected = |h: &Harness<'static, Standalone<PeopleView>>| h.state().view.selected;
        let press = |h: &mut Harness<'static, Standalone<PeopleView>>, key| {
            h.key_press(key);
            h.run();
        };
        // Down from nothing takes the first listed: Amara, the longest overdue.
        press(&mut h, egui::Key::ArrowDown);
        let amara = h
            .state()
            .doc()
            .people
            .iter()
            .find(|p| p.name == "Amara Okafor")
            .map(|p| p.id);
        assert_eq!(selected(&h), amara, "{size:?}");
        press(&mut h, egui::Key::ArrowDown);
        assert_eq!(selected(&h), Some(marcus(h.state().doc())), "{size:?}");
        // End: the last classified; Lena waits to be classified and is not stepped to.
        press(&mut h, egui::Key::End);
        let last = selected(&h).expect("selected");
        assert_eq!(
            h.state().doc().get(last).map(|p| p.name.as_str()),
            Some("Jon Park")
        );
        press(&mut h, egui::Key::Delete);
        assert!(h.state().doc().get(last).is_none(), "deleted");
        assert_eq!(selected(&h), None);
        let session = &mut h.state_mut().session;
        assert!(session.history.undo(&mut session.doc));
        assert!(session.doc.get(last).is_some(), "one undo brings them back");
        h.run();
        press(&mut h, egui::Key::Home);
        assert_eq!(selected(&h), amara);
        press(&mut h, egui::Key::Escape);
        assert_eq!(selected(&h), None);
        // N puts the cursor in the name field: what is typed next names the new person.
        press(&mut h, egui::Key::N);
        h.get_by_label("Name of the person to add").type_text("Ada");
        h.run();
        h.key_press(egui::Key::Enter);
        h.run();
        assert!(
            h.state().doc().people.iter().any(|p| p.name == "Ada"),
            "{size:?}"
        );
    }
}
