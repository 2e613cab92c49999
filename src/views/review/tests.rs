//! The Review panel through what a person sees: a review started and answered, a metric
//! against its path (and against none once the north star's year has passed), a focus linked
//! and measured, a review started twice in a day.

use egui_kittest::{Harness, kittest::Queryable};

use super::*;
use crate::views::standalone::Standalone;

fn harness() -> Harness<'static, Standalone<ReviewView>> {
    crate::views::standalone::harness(ReviewView::default(), crate::file::sample(), 1600.0)
}

#[test]
fn a_review_started_and_answered_is_kept_in_the_history() {
    let mut h = harness();
    // The sample's last review was on 2026-08-20: 94 days before 2026-11-22.
    h.get_by_label("A review is due: overdue by 3 days (one every 91 days).");
    h.get_by_label("• Storytelling from 2 to 3.");
    // The sample's 2017 was a whole year of learning-phase bets.
    h.get_by_label("learning 1.0 years");
    h.get_by_label("Start a review").click();
    h.run();
    let review = h.state().doc().reviews.last().expect("review").clone();
    assert_eq!(review.date, chrono::NaiveDate::from_ymd_opt(2026, 11, 22));
    assert_eq!(h.state().doc().reviews.len(), 3);
    h.get_by_label("Next review in 91 days (one every 91 days).");
    h.get_by_label("• Experimentation and growth from 3 to 4.");
    h.get_by_label("• Storytelling ceiling from 3 to 4.");
    h.get_by_label("What went well").focus();
    h.run();
    h.get_by_label("What went well")
        .type_text("Gave the marketplace talk");
    h.run();
    assert_eq!(
        h.state().doc().reviews.last().expect("review").went_well,
        "Gave the marketplace talk"
    );
    h.get_by_label("Review of 2026-11-22: 6 changes");
    h.get_by_label("Review of 2026-05-20: the first").click();
    h.run();
    h.get_by_label("The first review: the next one will show what moved since this one.");
    // Starting the review and answering it are two undo steps: undoing twice removes it.
    let s = h.state_mut();
    assert!(s.session.history.undo(&mut s.session.doc));
    assert_eq!(s.session.doc.reviews.len(), 3);
    assert_eq!(s.session.doc.reviews[2].went_well, "");
    assert!(s.session.history.undo(&mut s.session.doc));
    assert_eq!(s.session.doc.reviews.len(), 2);
}

#[test]
fn a_metric_added_is_named_and_held_against_its_path() {
    let mut h = harness();
    h.get_by_label("Add a metric").click();
    h.run();
    let id = h.state().doc().metrics.last().expect("metric").id;
    assert_eq!(id, MetricId(3));
    h.get_by_label("Metric name").focus();
    h.run();
    h.get_by_label("Metric name").type_text("!");
    h.run();
    assert_eq!(h.state().doc().get(id).expect("metric").name, "New metric!");
    h.get_by_label("Direction");
    // Started today at 0 with a target of 0: exactly on its flat path.
    // Said beside the metric and again in its inspector.
    assert_eq!(
        h.query_all_by_label("On track: 0 where the path says 0 today, on the way to 0 by 2031.")
            .count(),
        2
    );
    h.get_by_label("Behind: 1 where the path says 2.6 today, on the way to 10 by 2031.");
}

#[test]
fn a_metric_is_held_against_no_path_once_the_north_stars_year_has_passed() {
    let mut doc = crate::file::sample();
    doc.north_star.target_year = 2024;
    let mut h = crate::views::standalone::harness(
        ReviewView {
            metric: Some(MetricId(1)),
            ..ReviewView::default()
        },
        doc,
        1600.0,
    );
    // Beside the metric and in its inspector, neither ahead nor behind.
    assert_eq!(
        h.query_all_by_label(
            "Not known: its path ran to 8 people by 2024, and that year has passed. Move the north star's year (Spec panel) to draw a new one. Now 2 people."
        )
        .count(),
        2
    );
    assert!(h.query_by_label("Path to the target").is_none());
    h.get_by_label("Over time");
    // Moved back ahead, the path and its verdict return.
    h.state_mut().session.doc.north_star.target_year = 2031;
    h.run();
    h.get_by_label("Over time, against the path");
    h.get_by_label("Path to the target");
}

#[test]
fn a_focus_linked_to_a_skill_is_measured_until_the_next_review() {
    let mut h = harness();
    // The sample's May review focused on people management (still 2) and mentoring
    // (0 to 2); the August review, shown, says how that went.
    h.get_by_label("The focus set on 2026-05-20: 1 of 2 focus items moved.");
    h.get_by_label("• Did not move: People management still at level 2 (target 5).");
    h.get_by_label("• Moved: People mentored from 0 to 2 people (target 8).");
    // The August focus, so far: one talk given since.
    h.get_by_label("This quarter's focus so far: 1 of 3 focus items moved.");
    h.get_by_label("Start a review").click();
    h.run();
    h.get_by_label("The focus is linked to nothing yet: link what it means to move, and the next review will say whether it moved.");
    h.get_by_label("Link the focus to skills, metrics or stones")
        .click();
    h.run();
    h.get_by_label("Skill: Storytelling").click();
    h.run();
    let review = h
        .state()
        .doc()
        .reviews
        .last()
        .expect("the new review")
        .clone();
    assert_eq!(
        review.focus_on,
        [FocusItem::Skill(crate::model::SkillId(6))]
    );
    h.get_by_label("The focus is on Storytelling.");
    h.get_by_label("This quarter's focus so far: 0 of 1 focus item moved.");
    // Linking is a step of its own.
    let s = h.state_mut();
    assert!(s.session.history.undo(&mut s.session.doc));
    assert!(
        s.session
            .doc
            .reviews
            .last()
            .expect("kept")
            .focus_on
            .is_empty()
    );
}

#[test]
fn starting_a_review_twice_in_a_day_retakes_its_snapshot_and_keeps_its_answers() {
    let mut h = harness();
    h.get_by_label("Start a review").click();
    h.run();
    let started = h.state().doc().reviews.last().expect("today's").clone();
    let mut answered = started.clone();
    answered.went_well = "Gave the marketplace talk".to_owned();
    let s = h.state_mut();
    s.session.doc.reviews.last_mut().expect("today's").went_well = answered.went_well.clone();
    // Storytelling moves after the review was started.
    let skill = s
        .session
        .doc
        .skills
        .iter_mut()
        .find(|k| k.name == "Storytelling")
        .expect("a skill of the sample");
    skill.level = skill.level.map(|l| l + 1);
    let (id, level) = (skill.id, skill.level);
    h.run();
    h.get_by_label("Retake today's snapshot").click();
    h.run();
    let reviews = &h.state().doc().reviews;
    assert_eq!(reviews.len(), 3, "no second review of the same day");
    let retaken = reviews.last().expect("today's");
    assert_eq!(retaken.id, started.id);
    assert_eq!(
        retaken.went_well, answered.went_well,
        "the answers are kept"
    );
    let mark = retaken
        .snapshot
        .skills
        .iter()
        .find(|m| m.skill == id)
        .expect("the skill's mark");
    assert_eq!(Some(mark.level), level, "the numbers are taken again");
    // The same days as when it was started: the updates sent since the August review.
    assert_eq!(retaken.snapshot.updates_sent, started.snapshot.updates_sent);
    assert_eq!(
        retaken.snapshot.updates_promised,
        started.snapshot.updates_promised
    );
}
