use chrono::NaiveDate;

use super::*;
use crate::model::{
    Bet, BetId, CareerReview, CareerReviewId, Evidence, Person, PersonId, Relation, Skill,
    SkillMark, Snapshot,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn today() -> NaiveDate {
    day(2026, 11, 22)
}

fn stone(id: u64, title: &str, year: i32, done: bool) -> SteppingStone {
    SteppingStone {
        id: StoneId(id),
        title: title.to_owned(),
        year,
        done,
        skills: Vec::new(),
    }
}

/// A north star that steers, two stones (the first reached), two skills scored below their
/// targets, a bet and a person.
fn doc() -> Document {
    let mut doc = Document::new_empty(today());
    doc.profile.name = "Ada".to_owned();
    doc.north_star.target_role = "CPO".to_owned();
    doc.north_star.stones = vec![
        stone(1, "Senior PM", 2025, true),
        stone(2, "Head of Product", 2028, false),
    ];
    doc.skills = vec![
        Skill {
            id: SkillId(1),
            name: "Pricing".to_owned(),
            level: Some(3),
            target: Some(5),
            ..Skill::default()
        },
        Skill {
            id: SkillId(2),
            name: "Hiring".to_owned(),
            level: Some(4),
            target: Some(4),
            ..Skill::default()
        },
    ];
    doc.bets = vec![Bet {
        id: BetId(7),
        title: "Checkout".to_owned(),
        organisation: "Acme".to_owned(),
        start: 2024.0,
        end: 2026.0,
        ..Bet::default()
    }];
    doc.people = vec![Person {
        id: PersonId(3),
        name: "Grace".to_owned(),
        relation: Some(Relation::Manager),
        ..Person::default()
    }];
    doc
}

fn full(doc: &mut Document) {
    doc.evidence = vec![
        Evidence {
            id: EvidenceId(1),
            date: Some(day(2026, 3, 1)),
            what: "Raised the price".to_owned(),
            before: Some(3.1),
            result: Some(4.2),
            unit: "% margin".to_owned(),
            skills: vec![SkillId(1)],
            stones: vec![StoneId(2)],
            bets: vec![BetId(7)],
            seen_by: vec![PersonId(3)],
            ..Evidence::default()
        },
        Evidence {
            id: EvidenceId(2),
            date: Some(day(2026, 6, 1)),
            what: "Hired two PMs".to_owned(),
            skills: vec![SkillId(2)],
            audience: "the hiring panel".to_owned(),
            ..Evidence::default()
        },
    ];
}

#[test]
fn the_next_stone_is_the_first_not_reached_and_its_evidence_is_all_there() {
    let mut d = doc();
    full(&mut d);
    let p = packet(&d, Target::NextStone, today());
    assert_eq!(p.heading.stone, Some(StoneId(2)));
    assert_eq!(p.heading.title, "Head of Product");
    assert!(p.heading.notes.is_empty(), "{:?}", p.heading.notes);
    assert_eq!(p.skills.len(), 2);
    assert_eq!(p.skills[0].level, Some(3));
    assert_eq!(p.skills[0].target, Some(5));
    assert_eq!(
        p.skills[0].proofs[0].text,
        "\"Raised the price\" (2026-03-01): from 3.1 to 4.2 % margin"
    );
    assert_eq!(p.progress.len(), 1, "the price rise is linked to the stone");
    // Hiring is at its target and proven: the only gap is Pricing's level.
    assert_eq!(p.gaps.len(), 1, "{:?}", p.gaps);
    assert_eq!(p.gaps[0].kind, GapKind::Below);
    assert_eq!(
        p.gaps[0].text,
        "Pricing: level 3 of 5, 2 below the target of 5."
    );
    assert_eq!(p.bets.len(), 1);
    assert_eq!(p.bets[0].title, "Checkout at Acme");
    assert_eq!(
        p.bets[0].why,
        ["Evidence \"Raised the price\" (2026-03-01) came from it."]
    );
    assert_eq!(p.vouchers.len(), 2);
    assert_eq!(p.vouchers[0].who, "Grace (manager)");
    assert_eq!(p.vouchers[0].saw[0].evidence, EvidenceId(1));
    assert_eq!(p.vouchers[1].person, None);
    assert_eq!(p.vouchers[1].who, "the hiring panel");
}

#[test]
fn a_stone_with_no_evidence_names_every_skill_as_unproven_and_no_one_to_vouch() {
    let d = doc();
    let p = packet(&d, Target::Stone(StoneId(2)), today());
    assert!(p.progress.is_empty());
    assert!(p.skills.iter().all(|s| s.proofs.is_empty()));
    let unproven: Vec<&str> = p
        .gaps
        .iter()
        .filter(|g| g.kind == GapKind::NoEvidence)
        .map(|g| g.text.as_str())
        .collect();
    assert_eq!(
        unproven,
        [
            "Pricing: no evidence is linked to it.",
            "Hiring: no evidence is linked to it."
        ]
    );
    assert!(p.bets.is_empty(), "the bet is linked to nothing here");
    assert!(p.vouchers.is_empty());
}

#[test]
fn an_unscored_skill_is_named_not_scored_never_a_number() {
    let mut d = doc();
    d.skills[0].level = None;
    d.skills[1].target = None;
    d.skills[1].level = None;
    let p = packet(&d, Target::NextStone, today());
    assert_eq!(score(p.skills[0].level), "not scored");
    assert_eq!(score(p.skills[0].target), "5 of 5");
    let not_scored: Vec<&str> = p
        .gaps
        .iter()
        .filter(|g| g.kind == GapKind::NotScored)
        .map(|g| g.text.as_str())
        .collect();
    assert_eq!(
        not_scored,
        [
            "Pricing: its level not scored.",
            "Hiring: its level and target not scored."
        ]
    );
    assert!(
        !p.gaps.iter().any(|g| g.kind == GapKind::Below),
        "no level is compared while one side is unknown"
    );
}

#[test]
fn the_north_star_as_target_gathers_the_evidence_of_every_stone() {
    let mut d = doc();
    full(&mut d);
    d.evidence[1].stones = vec![StoneId(1)];
    let p = packet(&d, Target::NorthStar, today());
    assert_eq!(p.heading.stone, None);
    assert_eq!(p.heading.title, "CPO");
    assert_eq!(p.heading.year, d.north_star.target_year);
    assert_eq!(p.progress.len(), 2);
    assert_eq!(p.progress[0].evidence, EvidenceId(2), "latest first");
}

#[test]
fn every_stone_reached_makes_the_next_stone_the_north_star_and_says_so() {
    let mut d = doc();
    d.north_star.stones[1].done = true;
    let p = packet(&d, Target::NextStone, today());
    assert_eq!(p.heading.stone, None);
    assert_eq!(
        p.heading.notes,
        ["Every stepping stone is reached; this packet is for the north star."]
    );
    // A reached stone asked for by name says it is reached.
    let p = packet(&d, Target::Stone(StoneId(1)), today());
    assert_eq!(p.heading.notes, ["Marked reached."]);
}

#[test]
fn a_target_whose_year_has_passed_says_so_first() {
    let mut d = doc();
    d.north_star.stones[1].year = 2024;
    let p = packet(&d, Target::Stone(StoneId(2)), today());
    assert_eq!(
        p.heading.notes,
        ["Its year, 2024, has passed and it is not marked reached."]
    );
    d.north_star.target_year = 2025;
    let p = packet(&d, Target::NorthStar, today());
    assert_eq!(p.heading.notes.len(), 1);
    assert!(
        p.heading.notes[0].contains("2025, has passed"),
        "{:?}",
        p.heading.notes
    );
    // This year is not past.
    d.north_star.stones[1].year = 2026;
    let p = packet(&d, Target::Stone(StoneId(2)), today());
    assert!(p.heading.notes.is_empty());
}

#[test]
fn an_empty_new_document_gives_a_packet_for_a_north_star_not_written_yet() {
    let d = Document::new_empty(today());
    let p = packet(&d, Target::NextStone, today());
    assert_eq!(p.heading.title, "North star (no role written yet)");
    assert_eq!(p.heading.notes.len(), 2, "{:?}", p.heading.notes);
    assert!(p.heading.notes[0].starts_with("There are no stepping stones yet"));
    assert!(p.heading.notes[1].contains("names no role"));
    assert!(p.skills.is_empty() && p.gaps.is_empty() && p.bets.is_empty());
    assert!(p.vouchers.is_empty() && p.reviews.is_empty() && p.progress.is_empty());
    assert_eq!(choices(&d).len(), 1);
}

#[test]
fn a_bet_building_a_skill_and_the_review_history_are_listed() {
    let mut d = doc();
    d.bets[0].skills = vec![SkillId(2)];
    d.bets[0].stones = vec![StoneId(2)];
    d.reviews = vec![CareerReview {
        id: CareerReviewId(1),
        date: Some(day(2026, 6, 30)),
        snapshot: Snapshot {
            target_role: "CPO".to_owned(),
            target_year: 2031,
            skills: vec![SkillMark {
                skill: SkillId(1),
                level: 2,
                target: 5,
            }],
            ..Snapshot::default()
        },
        focus: "Pricing".to_owned(),
        ..CareerReview::default()
    }];
    let p = packet(&d, Target::NextStone, today());
    assert_eq!(
        p.bets[0].why,
        ["It builds Hiring.", "It serves \"Head of Product\"."]
    );
    assert_eq!(p.reviews.len(), 1);
    assert_eq!(
        p.reviews[0].lines,
        [
            "North star then: CPO by 2031.",
            "Skills then: Pricing 2 of 5.",
            "Focus: Pricing"
        ]
    );
    // A stone the bet does not serve leaves that line out, and the bet stays for its skill.
    let p = packet(&d, Target::NorthStar, today());
    assert_eq!(p.bets[0].why, ["It builds Hiring."]);
}

#[test]
fn a_stone_that_names_its_skills_covers_those_only() {
    let mut d = doc();
    full(&mut d);
    d.north_star.stones[1].skills = vec![SkillId(2)];
    d.bets[0].skills = vec![SkillId(1)];
    let p = packet(&d, Target::Stone(StoneId(2)), today());
    assert_eq!(p.covers, Covers::Named { of: 2 });
    let names: Vec<&str> = p.skills.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Hiring"]);
    // Pricing is below its target, but this stone does not need it: no gap is named for it.
    assert!(p.gaps.is_empty(), "{:?}", p.gaps);
    // The bet came up through the price rise linked to the stone, not for building Pricing.
    assert_eq!(
        p.bets[0].why,
        ["Evidence \"Raised the price\" (2026-03-01) came from it."]
    );
    // The price rise still counts as progress on the stone it is linked to.
    assert_eq!(p.progress.len(), 1);
    // The north star needs the whole matrix, whatever its stones name.
    let star = packet(&d, Target::NorthStar, today());
    assert_eq!(star.covers, Covers::NorthStar);
    assert_eq!(star.skills.len(), 2);
    assert_eq!(
        star.bets[0].why.last().map(String::as_str),
        Some("It builds Pricing.")
    );
}

#[test]
fn a_stone_that_names_no_skills_covers_the_whole_matrix_and_says_why() {
    let mut d = doc();
    full(&mut d);
    let p = packet(&d, Target::Stone(StoneId(2)), today());
    assert_eq!(p.covers, Covers::Unnamed);
    assert_eq!(p.skills.len(), 2);
    // A stone naming only skills that are gone (check refuses it) is read as naming none.
    d.north_star.stones[1].skills = vec![SkillId(99)];
    let p = packet(&d, Target::Stone(StoneId(2)), today());
    assert_eq!(p.covers, Covers::Unnamed);
    assert_eq!(p.skills.len(), 2);
}

#[test]
fn the_review_history_gives_the_marks_of_the_covered_skills_only() {
    let mut d = doc();
    d.north_star.stones[1].skills = vec![SkillId(2)];
    d.reviews = vec![CareerReview {
        id: CareerReviewId(1),
        date: Some(day(2026, 6, 30)),
        snapshot: Snapshot {
            skills: vec![
                SkillMark {
                    skill: SkillId(1),
                    level: 2,
                    target: 5,
                },
                SkillMark {
                    skill: SkillId(2),
                    level: 3,
                    target: 4,
                },
            ],
            ..Snapshot::default()
        },
        ..CareerReview::default()
    }];
    let p = packet(&d, Target::NextStone, today());
    assert_eq!(p.reviews[0].lines, ["Skills then: Hiring 3 of 4."]);
    let p = packet(&d, Target::NorthStar, today());
    assert_eq!(
        p.reviews[0].lines,
        ["Skills then: Pricing 2 of 5, Hiring 3 of 4."]
    );
}
