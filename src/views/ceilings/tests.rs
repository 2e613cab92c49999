//! The Ceilings panel through what a person sees: the scores the people, the evidence and the
//! voice log suggest, equal scores side by side, a new assessment, a move made a stepping stone
//! or a plan item once (a habit never a stone), and what both sides say before any assessment.

use chrono::Datelike;
use egui_kittest::{Harness, kittest::Queryable};

use super::*;
use crate::views::standalone::Standalone;

fn harness() -> Harness<'static, Standalone<CeilingsView>> {
    crate::views::standalone::harness(CeilingsView::default(), crate::file::sample(), 2000.0)
}

#[test]
fn the_people_suggest_a_network_and_mentorship_score_beside_the_latest_one() {
    let mut h = harness();
    // One-sided by function and domain, and no one knows Storytelling or Finance: 2.
    h.get_by_label("Your people suggest 2 of 5 (you: 3)");
    h.get_by_label("−1: One-sided by function: 6 of 6 share yours.");
    // A mentor not touched in 91 days, and a promise to him still open: 3, as scored.
    h.get_by_label("Your people suggest 3 of 5 (you: 3)");
    assert!(h.query_by_label_contains("differ by").is_none());
    assert_eq!(
        h.get_all_by_label_contains("Your people suggest").count(),
        2
    );
    // Scored far from what the people show: named, and the person's score stays theirs.
    let mut latest = latest(h.state().doc()).expect("assessed").clone();
    let at = latest
        .scores
        .iter()
        .position(|s| s.ceiling == Ceiling::Network)
        .expect("scored");
    latest.scores[at].score = Some(5);
    h.state_mut()
        .session
        .apply(&Edit::Upsert(Item::Assessment(latest)), None, 0.0);
    h.run();
    h.get_by_label_contains("Your 5 and their 2 differ by 3");
    assert_eq!(score(latest_of(h.state().doc()), Ceiling::Network), Some(5));
    // An older assessment is not read against today's people.
    let first = in_order(h.state().doc())[0]
        .date
        .expect("dated")
        .to_string();
    h.get_by_label(&first).click();
    h.run();
    assert!(h.query_by_label_contains("Your people suggest").is_none());
}

fn latest_of(doc: &Document) -> &CeilingAssessment {
    latest(doc).expect("assessed")
}

#[test]
fn with_no_people_the_ceilings_ask_for_them_instead_of_a_score() {
    let mut doc = crate::file::sample();
    doc.people.clear();
    let h = crate::views::standalone::harness(CeilingsView::default(), doc, 2000.0);
    assert!(h.query_by_label_contains("Your people suggest").is_none());
    assert_eq!(
        h.get_all_by_label(
            "Add the people you know on the People panel, and they suggest a score here."
        )
        .count(),
        2
    );
}

#[test]
fn the_evidence_and_voice_log_suggest_a_storytelling_score_or_ask_for_them() {
    let mut doc = crate::file::sample();
    doc.evidence.clear();
    let h = crate::views::standalone::harness(CeilingsView::default(), doc, 2000.0);
    // A voice log and no evidence: a score, each step down named.
    h.get_by_label_contains("Your evidence and voice log suggest");
    h.get_by_label("−1: No evidence is recorded: what you tell has no win behind it.");
    let mut doc = crate::file::sample();
    doc.evidence.clear();
    doc.voice.entries.clear();
    let h = crate::views::standalone::harness(CeilingsView::default(), doc, 2000.0);
    assert!(
        h.query_by_label_contains("Your evidence and voice log suggest")
            .is_none()
    );
    h.get_by_label(
        "Record a win on the Evidence panel or an update on the Voice panel, and they \
         suggest a score here.",
    );
}

#[test]
fn equal_scores_draw_side_by_side_and_stay_nearest_their_score() {
    let offsets: Vec<f64> = (0..Ceiling::ALL.len()).map(nudge).collect();
    for (i, a) in offsets.iter().enumerate() {
        assert!(a.abs() < 0.25, "{a} would read as another score");
        for b in &offsets[i + 1..] {
            // Lines 2 points wide on a chart about 200 points tall for 4.4 points of
            // score: 0.07 is about 3 points apart, enough to see both.
            assert!((a - b).abs() >= 0.07 - 1e-9, "{a} and {b} overlap");
        }
    }
    // The sample scores several ceilings alike in an assessment: each has its own line.
    let lines = scored_lines(&crate::file::sample());
    assert_eq!(lines.len(), 6);
    let mut drawn: Vec<(i64, i64)> = Vec::new();
    for (i, (_, points)) in lines.iter().enumerate() {
        for (date, s) in points {
            let y = f64::from(*s) + nudge(i);
            let point = (date.num_days_from_ce().into(), (y * 1000.0).round() as i64);
            assert!(!drawn.contains(&point), "two ceilings drawn on one point");
            drawn.push(point);
        }
    }
}

#[test]
fn a_new_assessment_starts_unscored_and_proposes_nothing_until_scored() {
    let mut h = harness();
    h.get_by_label("New assessment").click();
    h.run();
    let doc = h.state().doc();
    assert_eq!(doc.ceilings.len(), 3);
    let new = doc.ceilings.last().expect("new");
    assert_eq!(new.date, chrono::NaiveDate::from_ymd_opt(2026, 11, 22));
    assert!(new.scores.is_empty(), "{:?}", new.scores);
    // Nothing low, nothing clear: the panel asks for scores instead of proposing moves.
    assert!(lowest(doc).is_empty());
    h.get_by_label("The latest assessment is not scored yet: click it and score the ceilings.");
    assert!(h.query_by_label_contains("Make a stepping stone").is_none());
    h.get_by_label("Learning score").click();
    h.run();
    h.get_by_label("2 of 5").click();
    h.run();
    let new = h.state().doc().ceilings.last().expect("new").clone();
    assert_eq!(score(&new, Ceiling::Learning), Some(2));
    assert_eq!(new.scores.len(), 1, "only the score given is written");
    assert_eq!(lowest(h.state().doc()), [Ceiling::Learning]);
}

#[test]
fn a_move_becomes_a_stepping_stone_in_its_years_place_or_a_plan_item_in_one_click_only_once() {
    let mut h = harness();
    // The sample's lowest ceiling is learning (2).
    h.get_by_label("Make a stepping stone: Take a cross-functional project outside my area")
        .click();
    h.run();
    let stones = h.state().doc().north_star.stones.clone();
    // Next year, 2027, placed after the sample's 2027 stone and before its 2028 one.
    let years: Vec<i32> = stones.iter().map(|s| s.year).collect();
    assert_eq!(years, [2027, 2027, 2028, 2029, 2030]);
    assert_eq!(
        stones[1].title,
        "Take a cross-functional project outside my area"
    );
    // Made once: the move now says where it is, and offers nothing more.
    assert!(
        h.query_by_label("Make a stepping stone: Take a cross-functional project outside my area")
            .is_none()
    );
    assert!(
        h.query_by_label(
            "Add to the landing plan: Take a cross-functional project outside my area"
        )
        .is_none()
    );
    h.get_by_label("Already a stepping stone.");
    let tour = "A tour of duty of 12–18 months into a type of work I have not done";
    h.get_by_label(&format!("Add to the landing plan: {tour}"))
        .click();
    h.run();
    let item = h.state().doc().landing.items.last().expect("item").clone();
    assert_eq!(item.title, tour);
    h.get_by_label("Already in the landing plan.");
}

/// The sample with `ceilings` scored 1 in the latest assessment.
fn pressed_against(ceilings: &[Ceiling]) -> Document {
    let mut doc = crate::file::sample();
    let latest = doc.ceilings.iter_mut().max_by_key(|a| a.date).expect("one");
    for c in ceilings {
        latest.scores.retain(|s| s.ceiling != *c);
        latest.scores.push(CeilingScore {
            ceiling: *c,
            score: Some(1),
            note: String::new(),
        });
    }
    doc
}

#[test]
fn a_habit_is_never_made_a_stepping_stone() {
    let doc = pressed_against(&[Ceiling::Mentorship]);
    let h = crate::views::standalone::harness(CeilingsView::default(), doc, 2000.0);
    let habit = "Ask my manager for a growth conversation each quarter";
    assert!(
        h.query_by_label(&format!("Make a stepping stone: {habit}"))
            .is_none()
    );
    h.get_by_label("A habit, every 91 days:");
    h.get_by_label(&format!("Add to the landing plan: {habit}"));
    // The milestone beside it is still one.
    h.get_by_label("Make a stepping stone: Find a mentor two levels up, outside my reporting line");
}

#[test]
fn the_habit_of_updates_becomes_the_voice_promise() {
    let summary = "Send my manager a monthly learning summary";
    // The sample already promises Dana an update every 30 days: nothing to add.
    let doc = pressed_against(&[Ceiling::Storytelling]);
    let h = crate::views::standalone::harness(CeilingsView::default(), doc.clone(), 2000.0);
    h.get_by_label("Already your update promise.");
    assert!(
        h.query_by_label(&format!("Make a stepping stone: {summary}"))
            .is_none()
    );
    // With no promise yet, one click makes the cadence; naming whom is left to the person.
    let mut doc = doc;
    doc.voice.manager.clear();
    doc.voice.cadence_days = 0;
    let mut h = crate::views::standalone::harness(CeilingsView::default(), doc, 2000.0);
    h.get_by_label(&format!("Promise it in the Voice panel: {summary}"))
        .click();
    h.run();
    let voice = &h.state().doc().voice;
    assert_eq!(voice.cadence_days, 30);
    assert!(voice.manager.is_empty(), "whom is the person's to say");
    assert_eq!(h.state().doc().north_star.stones.len(), 4, "no stone made");
}

#[test]
fn without_assessments_both_sides_say_what_to_do_first() {
    let mut doc = crate::file::sample();
    doc.ceilings.clear();
    // Tall enough for the new assessment's six ceilings and what the people suggest.
    let mut h = crate::views::standalone::harness(CeilingsView::default(), doc, 2000.0);
    h.get_by_label(
        "No assessments yet. New assessment starts one dated today, for you to score the six.",
    );
    h.get_by_label("None yet: each New assessment is kept here, newest first.");
    h.get_by_label("New assessment").click();
    h.run();
    let doc = h.state().doc();
    assert_eq!(doc.ceilings.len(), 1, "one assessment made");
    let new = &doc.ceilings[0];
    assert_eq!(new.date, chrono::NaiveDate::from_ymd_opt(2026, 11, 22));
    assert!(new.scores.is_empty(), "not one score made up");
    assert!(
        h.query_by_label("None yet: each New assessment is kept here, newest first.")
            .is_none()
    );
    h.get_by_label("Delete this assessment").click();
    h.run();
    assert!(h.state().doc().ceilings.is_empty());
}
