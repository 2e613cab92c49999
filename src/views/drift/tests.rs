//! The Drift panel through what a person sees: notes beside their answers, the checklist run
//! on an offer and as a self-review, its history, and questions added, removed and restored.

use egui_kittest::{Harness, kittest::Queryable};

use super::*;
use crate::views::standalone::Standalone;

fn harness() -> Harness<'static, Standalone<DriftView>> {
    crate::views::standalone::harness(DriftView::default(), crate::file::sample(), 1600.0)
}

#[test]
fn a_note_of_one_sentence_shows_whole_beside_its_answers() {
    use egui_kittest::kittest::NodeT;
    let h = harness();
    let note = "Checkout keeps me strong at scaling but not closer to CPO.";
    let field = h
        .get_by_label("Note: Does it bring me closer to my 5-year north star?")
        .rect();
    let text = h
        .get_all_by_value(note)
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::TextRun)
        .expect("the note's words")
        .rect();
    assert!(text.right() <= field.right(), "{text:?} in {field:?}");
}

#[test]
fn running_the_checklist_on_an_offer_keeps_the_answers_with_it() {
    let mut h = harness();
    h.state_mut().view.select(ItemRef::Offer(OfferId(2)));
    h.run();
    let run = h
        .state()
        .doc()
        .drift
        .reviews
        .last()
        .expect("a new run")
        .clone();
    assert_eq!(run.offer, Some(OfferId(2)));
    assert_eq!(run.date, chrono::NaiveDate::from_ymd_opt(2026, 11, 22));
    h.get_by_label("Yes: Am I considering this mainly because it was offered to me?")
        .click();
    h.run();
    h.get_by_label("No: Would I go looking for this if nobody had offered it?")
        .click();
    h.run();
    let run = h.state().doc().drift.reviews.last().expect("run").clone();
    assert_eq!(run.answers.len(), 2);
    assert_eq!(run.answers[0].answer, Answer::Yes);
    // Two answers are too few to judge: not run yet, in the run and in the history, and
    // never the colour of a low risk.
    assert_eq!(h.query_all_by_label("Not run yet").count(), 2);
    assert!(h.query_by_label("Low").is_none());
    h.get_by_label_contains("not run yet: 2 of 6 questions answered");
    h.get_by_label("No: Does it bring me closer to my 5-year north star?")
        .click();
    h.run();
    // Three risky answers of three: high in the run and in the history beside it.
    assert_eq!(h.query_all_by_label("High").count(), 2);
    h.get_by_label("Note: Am I considering this mainly because it was offered to me?")
        .focus();
    h.run();
    h.get_by_label("Note: Am I considering this mainly because it was offered to me?")
        .type_text("it found me");
    h.run();
    let run = h.state().doc().drift.reviews.last().expect("run").clone();
    assert_eq!(run.answers[0].note, "it found me");
}

#[test]
fn the_closing_note_stays_put_while_questions_are_answered() {
    let mut h = harness();
    h.get_by_label("Start a new run").click();
    h.run();
    let note = |h: &Harness<'_, Standalone<DriftView>>| h.get_by_label("Closing note").rect();
    let before = note(&h);
    for question in [
        "Yes: Am I considering this mainly because it was offered to me?",
        "No: Would I go looking for this if nobody had offered it?",
        "No: Does it bring me closer to my 5-year north star?",
        "Not sure: Is my home life out of balance, or would this tip it?",
    ] {
        h.get_by_label(question).click();
        h.run();
        assert_eq!(note(&h), before, "after answering {question}");
    }
    // Answered and judged: the reasons are listed, below the note.
    assert!(h.query_all_by_label_contains("• ").count() > 2);
}

#[test]
fn the_history_keeps_each_risk_in_one_column_beside_a_long_offer_name() {
    let mut doc = crate::file::sample();
    let mut on_offer = doc.drift.reviews[0].clone();
    on_offer.id = next_id(doc.drift.reviews.iter().map(|r| r.id));
    on_offer.offer = Some(doc.offers[1].id);
    doc.drift.reviews.push(on_offer);
    let h =
        crate::views::standalone::harness_sized(DriftView::default(), doc, [900.0 - 120.0, 600.0]);
    let runs: Vec<egui::Rect> = h
        .query_all_by_label_contains("2026-06-30 · ")
        .map(|n| n.rect())
        .collect();
    assert_eq!(runs.len(), 2, "the self-review and the run on the offer");
    let panel = h.state().layout.inspector;
    // Each run's risk sits at the start of its row, in one column, whatever the name's
    // length; the name wraps beside it inside the inspector.
    let risks: Vec<egui::Rect> = h
        .query_all_by_label("Medium")
        .map(|n| n.rect())
        .filter(|r| panel.contains_rect(*r))
        .collect();
    assert_eq!(risks.len(), 2);
    assert_eq!(risks[0].left(), risks[1].left());
    for (risk, run) in risks.iter().zip(&runs) {
        assert!(risk.right() <= run.left(), "{risk:?} before {run:?}");
        assert!(run.y_range().contains(risk.center().y));
        assert!(panel.contains_rect(*run), "{run:?} inside {panel:?}");
    }
}

#[test]
fn a_self_review_starts_from_the_button_and_shows_in_the_history() {
    let mut h = harness();
    h.get_by_label("Overdue by 55 days (one every 90 days).");
    h.get_by_label("Start a new run").click();
    h.run();
    let run = h.state().doc().drift.reviews.last().expect("run").clone();
    assert_eq!(run.offer, None);
    // A run with no answers is not a review yet.
    h.get_by_label("Overdue by 55 days (one every 90 days).");
    for question in [
        "No: Am I considering this mainly because it was offered to me?",
        "Yes: Does it bring me closer to my 5-year north star?",
        "Yes: Would I go looking for this if nobody had offered it?",
    ] {
        h.get_by_label(question).click();
        h.run();
    }
    h.get_by_label("Next one due in 90 days (one every 90 days).");
}

#[test]
fn questions_can_be_added_and_removed() {
    let mut h = harness();
    h.get_by_label("Checklist questions").click();
    h.run();
    h.get_by_label("Add question").click();
    h.run();
    assert_eq!(h.state().doc().drift.items.len(), 7);
    h.get_by_label("Remove question 1").click();
    h.run();
    assert_eq!(h.state().doc().drift.items.len(), 6);
    // Its answers go with it.
    assert!(
        h.state().doc().drift.reviews[0]
            .answers
            .iter()
            .all(|a| a.item.0 != 1)
    );
}

#[test]
fn an_empty_checklist_says_so_and_takes_the_standard_questions_in_one_step() {
    let mut doc = crate::file::sample();
    doc.drift.items.clear();
    doc.drift.reviews.clear();
    let mut h = crate::views::standalone::harness(DriftView::default(), doc, 1600.0);
    h.get_by_label_contains("The checklist has no questions");
    h.get_by_label("Use the standard questions").click();
    h.run();
    let standard = crate::model::DriftItem::defaults();
    let items = &h.state().doc().drift.items;
    assert_eq!(items.len(), standard.len());
    assert_eq!(items[0].question, standard[0].question);
    assert!(
        h.query_by_label_contains("The checklist has no questions")
            .is_none()
    );
    let s = h.state_mut();
    assert!(s.session.history.undo(&mut s.session.doc));
    assert!(
        s.session.doc.drift.items.is_empty(),
        "one undo takes them all back"
    );
}
