use chrono::NaiveDate;

use super::*;
use crate::model::{Evidence, EvidenceId, Skill, SkillId, SteppingStone, StoneId};
use crate::testing::{assert_same_items, assert_says};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn today() -> NaiveDate {
    day(2026, 11, 22)
}

fn win(id: u64, date: Option<NaiveDate>, what: &str) -> Evidence {
    Evidence {
        id: EvidenceId(id),
        date,
        what: what.to_owned(),
        ..Evidence::default()
    }
}

/// A north star that steers, two skills (one scored 4 toward 5, one not scored at all) and
/// one stone not reached.
fn doc(evidence: Vec<Evidence>) -> Document {
    let mut doc = Document::new_empty(today());
    doc.north_star.target_role = "CPO".to_owned();
    doc.north_star.stones = vec![SteppingStone {
        id: StoneId(1),
        title: "Lead a team".to_owned(),
        year: 2027,
        done: false,
        skills: Vec::new(),
    }];
    doc.skills = vec![
        Skill {
            id: SkillId(1),
            name: "Pricing".to_owned(),
            level: Some(4),
            target: Some(5),
            ..Skill::default()
        },
        Skill {
            id: SkillId(2),
            name: "Hiring".to_owned(),
            target: Some(4),
            ..Skill::default()
        },
    ];
    doc.evidence = evidence;
    doc
}

#[test]
fn a_skill_the_north_star_needs_lists_its_evidence_latest_first_and_how_recent() {
    let mut old = win(1, Some(day(2026, 1, 10)), "Priced the pro plan");
    old.skills = vec![SkillId(1)];
    let mut new = win(2, Some(day(2026, 10, 23)), "Raised the price");
    (new.skills, new.before, new.result, new.unit) = (
        vec![SkillId(1)],
        Some(3.1),
        Some(4.25),
        "% margin".to_owned(),
    );
    (new.scale, new.scale_of) = (Some(12_000.0), "customers".to_owned());
    let mut undated = win(3, None, "Pricing talk");
    undated.skills = vec![SkillId(1)];
    let d = doc(vec![old, undated, new]);
    let proofs = skill_proofs(&d, today());
    assert_eq!(proofs.len(), 2, "both skills have a target");
    let proof = |skill: u64| {
        proofs
            .iter()
            .find(|p| p.skill == SkillId(skill))
            .expect("needed")
    };
    let pricing = proof(1);
    assert_eq!(
        pricing.evidence,
        [EvidenceId(2), EvidenceId(1), EvidenceId(3)]
    );
    assert_eq!(pricing.latest, Some(day(2026, 10, 23)));
    assert_eq!(pricing.days_since, Some(30));
    assert_eq!(
        pricing.reasons[1],
        "\"Raised the price\" (2026-10-23): from 3.1 to 4.25 % margin, 12,000 customers"
    );
    assert_eq!(pricing.reasons[3], "\"Pricing talk\" (no date)");
    let hiring = proof(2);
    assert!(hiring.evidence.is_empty());
    assert_eq!((hiring.latest, hiring.days_since), (None, None));
    assert_says(&hiring.reasons, "not scored yet");
    assert_says(&hiring.reasons, "No evidence is linked to it.");
}

#[test]
fn no_skill_is_needed_of_a_north_star_that_is_gone_nor_one_without_a_target() {
    let mut d = doc(Vec::new());
    d.skills[1].target = None;
    assert_eq!(skill_proofs(&d, today()).len(), 1);
    d.north_star.target_role.clear();
    assert!(skill_proofs(&d, today()).is_empty());
}

#[test]
fn a_skill_scored_high_with_no_evidence_is_named_with_its_score() {
    let d = doc(vec![win(1, Some(today()), "Shipped search")]);
    let found = unproven_skills(&d);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].topic, Topic::Unproven(SkillId(1)));
    assert_eq!(
        found[0].title,
        "Pricing is scored 4 of 5 with nothing to show for it."
    );
    assert_says(
        &found[0].reasons,
        "None of your 1 piece of evidence is linked to it.",
    );
}

#[test]
fn a_skill_with_evidence_below_the_rule_or_not_scored_is_not_named_unproven() {
    let mut e = win(1, Some(today()), "Priced the pro plan");
    e.skills = vec![SkillId(1)];
    assert!(unproven_skills(&doc(vec![e])).is_empty(), "proven");
    let mut d = doc(Vec::new());
    d.rules.evidence.proven_from_level = 5;
    assert!(unproven_skills(&d).is_empty(), "4 is below the rule's 5");
    let mut d = doc(Vec::new());
    d.skills[0].level = None;
    d.skills[1].level = None;
    assert!(
        unproven_skills(&d).is_empty(),
        "an unscored skill is not scored high"
    );
}

#[test]
fn a_stone_with_no_evidence_says_which_skills_it_needs_have_proof_elsewhere() {
    let mut d = doc(Vec::new());
    // Naming no skills, the stone's reasons are the two they always were.
    assert_eq!(unproven_stones(&d, today())[0].reasons.len(), 2);
    d.north_star.stones[0].skills = vec![SkillId(2)];
    assert_eq!(
        unproven_stones(&d, today())[0].reasons[2],
        "Nor does any win prove a skill it needs (Hiring)."
    );
    // A win proving a skill the stone does not need says nothing of the stone.
    let mut other = win(1, Some(today()), "Raised the price");
    other.skills = vec![SkillId(1)];
    d.evidence = vec![other];
    assert_eq!(
        unproven_stones(&d, today())[0].reasons[2],
        "Nor does any win prove a skill it needs (Hiring)."
    );
    // One proving a skill it needs may belong to the stone: said so, and still not counted.
    d.evidence[0].skills.push(SkillId(2));
    let found = unproven_stones(&d, today());
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].reasons[2],
        "Wins prove skills it needs (Hiring): link to it those that brought it closer."
    );
    d.evidence[0].stones = vec![StoneId(1)];
    assert!(unproven_stones(&d, today()).is_empty());
}

#[test]
fn a_stone_not_reached_with_no_evidence_is_named_and_one_with_evidence_is_not() {
    let d = doc(Vec::new());
    let found = unproven_stones(&d, today());
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].topic, Topic::StoneUnproven(StoneId(1)));
    assert_eq!(
        found[0].title,
        "\"Lead a team\" has no evidence of progress."
    );
    let mut e = win(1, Some(today()), "Led the squad");
    e.stones = vec![StoneId(1)];
    assert!(unproven_stones(&doc(vec![e]), today()).is_empty());
    let mut reached = doc(Vec::new());
    reached.north_star.stones[0].done = true;
    assert!(unproven_stones(&reached, today()).is_empty());
    let mut gone = doc(Vec::new());
    gone.north_star.target_year = 2025;
    assert!(
        unproven_stones(&gone, today()).is_empty(),
        "a gone goal cannot steer"
    );
}

#[test]
fn long_stretches_between_entries_and_since_the_latest_are_named_with_both_ends_in_time_order() {
    let d = doc(vec![
        win(2, Some(day(2026, 6, 1)), "Second"),
        win(1, Some(day(2026, 1, 1)), "First"),
        win(3, None, "Undated"),
    ]);
    let found = quiet_stretches(&d, today());
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(
        found[0].title,
        "No evidence recorded for 151 days from 2026-01-01 to 2026-06-01."
    );
    assert_eq!(found[0].evidence, [EvidenceId(1), EvidenceId(2)]);
    assert_says(
        &found[0].reasons,
        "The entry before is \"First\" (2026-01-01).",
    );
    assert_eq!(
        found[1].title,
        "No evidence recorded for 174 days since 2026-06-01."
    );
    assert_eq!(found[1].evidence, [EvidenceId(2)]);
}

#[test]
fn entries_closer_than_the_rule_or_none_dated_leave_no_stretch() {
    let d = doc(vec![
        win(1, Some(day(2026, 9, 1)), "First"),
        win(2, Some(day(2026, 11, 1)), "Second"),
    ]);
    assert!(quiet_stretches(&d, today()).is_empty());
    assert!(quiet_stretches(&doc(vec![win(1, None, "Undated")]), today()).is_empty());
    assert!(quiet_stretches(&doc(Vec::new()), today()).is_empty());
}

#[test]
fn nothing_measured_is_no_number_and_a_before_alone_is_no_result() {
    let mut e = win(1, None, "");
    assert_eq!(measured(&e), None);
    e.before = Some(0.0);
    assert_eq!(measured(&e), None, "a before alone is no result");
    e.result = Some(0.0);
    assert_eq!(measured(&e).as_deref(), Some("from 0 to 0"));
    assert_eq!(line(&e), "evidence with no words (no date): from 0 to 0");
}

#[test]
fn findings_come_in_order_skills_stones_then_stretches() {
    let d = doc(vec![win(1, Some(day(2025, 1, 1)), "Long ago")]);
    let topics: Vec<Topic> = findings(&d, today()).iter().map(|f| f.topic).collect();
    assert_eq!(
        topics,
        [
            Topic::Unproven(SkillId(1)),
            Topic::StoneUnproven(StoneId(1)),
            Topic::Quiet
        ]
    );
}

#[test]
fn storytelling_is_silent_with_no_evidence_and_no_voice_log() {
    let d = doc(Vec::new());
    assert_eq!(storytelling_score(&d, today()), None);
}

#[test]
fn storytelling_steps_down_for_each_thing_against_it_and_names_it() {
    // One old win, unmeasured, seen by no one, never told, and Pricing (4) linked to nothing.
    let d = doc(vec![win(1, Some(day(2025, 1, 10)), "Ran the offsite")]);
    let s = storytelling_score(&d, today()).expect("evidence speaks");
    assert_eq!(s.score, 1);
    assert_same_items(
        &s.reasons,
        &[
            "−1: None of your 1 piece of evidence is dated in the last 91 days.",
            "−1: 1 of your 1 piece of evidence measure no result: a story without a number.",
            "−1: No one is named as having seen any of your evidence.",
            "−1: The voice log is empty: no win was told to anyone.",
            "−1: Pricing is scored 4 of 5 with nothing to show for it.",
        ],
    );
}

#[test]
fn storytelling_suggests_five_when_the_evidence_is_recent_measured_seen_and_told() {
    use crate::model::{VoiceEntry, VoiceEntryId, VoiceKind};
    let mut w = win(1, Some(day(2026, 10, 1)), "Raised the price");
    (w.skills, w.result, w.audience) = (vec![SkillId(1)], Some(4.2), "the board".to_owned());
    let mut d = doc(vec![w]);
    d.voice.entries = vec![VoiceEntry {
        id: VoiceEntryId(1),
        date: Some(day(2026, 10, 5)),
        kind: VoiceKind::Talk,
        title: "Pricing talk".to_owned(),
        ..VoiceEntry::default()
    }];
    let s = storytelling_score(&d, today()).expect("speaks");
    assert_eq!(s.score, 5, "{:?}", s.reasons);
    assert_says(&s.reasons, "Nothing found against it");
    // The voice log alone speaks too: no evidence is a step down, not silence.
    d.evidence.clear();
    let s = storytelling_score(&d, today()).expect("the voice log speaks");
    assert_eq!(s.score, 3);
    assert_says(
        &s.reasons,
        "−1: No evidence is recorded: what you tell has no win behind it.",
    );
}
