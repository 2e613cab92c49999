//! What the Spec panel says: the skill to lean into, the specialisation, working backward,
//! the north star's status and the first step of an empty spec.

use super::*;
use crate::model::SteppingStone;

fn skill(
    id: u64,
    name: &str,
    level: u8,
    target: u8,
    enjoyment: u8,
    avoidance: u8,
) -> crate::model::Skill {
    crate::model::Skill {
        id: SkillId(id),
        name: name.into(),
        level: Some(level),
        target: Some(target),
        enjoyment: Some(enjoyment),
        avoidance: Some(avoidance),
        v4_unscored: false,
    }
}

fn day(y: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, 6, 1).expect("date")
}

#[test]
fn leans_into_the_avoided_skill_with_the_largest_gap() {
    let mut doc = Document::default();
    doc.skills = vec![
        skill(1, "Storytelling", 2, 4, 4, 1),        // not avoided
        skill(2, "People management", 2, 5, 3, 4),   // gap 3, avoided 4
        skill(3, "Finance and P&L", 1, 4, 2, 5),     // gap 3, avoided 5: wins the tie
        skill(4, "Executive influence", 4, 4, 2, 5), // no gap
    ];
    let (id, s) = lean_into(&doc).expect("a suggestion");
    assert_eq!(id, SkillId(3));
    assert_eq!(s.title, "Lean into Finance and P&L next.");
    crate::testing::assert_says(&s.reasons, "3 levels below");
    crate::testing::assert_says(&s.reasons, "little");
}

#[test]
fn a_skill_missing_any_score_is_left_out_and_named() {
    let mut doc = Document::default();
    let mut finance = skill(3, "Finance and P&L", 1, 4, 2, 5);
    finance.enjoyment = None;
    let mut storytelling = skill(1, "Storytelling", 2, 4, 5, 1);
    storytelling.level = None;
    doc.skills = vec![finance, storytelling];
    // Avoided with a gap, or enjoyed: either would speak once scored.
    assert!(lean_into(&doc).is_none());
    assert!(specialisation(&doc).is_none());
    let said = suggestions(&doc, day(2026));
    let unscored = said
        .iter()
        .find(|s| s.title == "Score the skills not scored yet.")
        .expect("named");
    assert!(
        unscored
            .reasons
            .iter()
            .any(|r| r == "Not scored yet: Finance and P&L, Storytelling."),
        "{:?}",
        unscored.reasons
    );
    doc.skills[0].enjoyment = Some(2);
    assert_eq!(lean_into(&doc).map(|(id, _)| id), Some(SkillId(3)));
}

#[test]
fn nothing_to_lean_into_when_nothing_is_avoided() {
    let mut doc = Document::default();
    doc.skills = vec![skill(1, "Growth", 2, 4, 4, 2)];
    assert!(lean_into(&doc).is_none());
}

#[test]
fn the_most_enjoyed_skill_picks_the_specialisation() {
    let mut doc = Document::default();
    doc.skills = vec![
        skill(1, "Experimentation and growth", 4, 4, 4, 1),
        skill(2, "Zero-to-one building", 2, 5, 5, 2),
    ];
    let (id, s) = specialisation(&doc).expect("a suggestion");
    assert_eq!(id, SkillId(2));
    assert!(s.title.contains("zero-to-one"), "{}", s.title);
    assert!(
        s.reasons
            .iter()
            .any(|r| r.contains("Experimentation and growth"))
    );
}

#[test]
fn an_enjoyed_skill_still_needed_beats_one_already_at_its_target() {
    let mut doc = Document::default();
    doc.skills = vec![
        // The most enjoyed, but already where the north star needs it.
        skill(1, "Growth experiments", 4, 4, 5, 1),
        skill(2, "People management", 2, 4, 4, 1),
    ];
    let (id, s) = specialisation(&doc).expect("a suggestion");
    assert_eq!(id, SkillId(2));
    assert!(s.title.contains("people-leading"), "{}", s.title);
    assert!(
        s.reasons.iter().any(|r| r.contains("grow it fastest")),
        "{:?}",
        s.reasons
    );
}

#[test]
fn a_skill_at_its_target_is_a_strength_to_use_not_to_grow() {
    let mut doc = Document::default();
    doc.skills = vec![
        skill(1, "Growth experiments", 4, 4, 5, 1),
        skill(2, "Finance and P&L", 1, 4, 2, 3),
    ];
    let (id, s) = specialisation(&doc).expect("a suggestion");
    assert_eq!(id, SkillId(1));
    assert!(
        !s.reasons.iter().any(|r| r.contains("grow it fastest")),
        "{:?}",
        s.reasons
    );
    assert!(
        s.reasons
            .iter()
            .any(|r| r.contains("use that strength, not grow it")),
        "{:?}",
        s.reasons
    );
    assert!(
        s.reasons
            .iter()
            .any(|r| r.contains("still needs most is Finance and P&L")),
        "{:?}",
        s.reasons
    );
}

#[test]
fn nothing_enjoyed_gives_no_specialisation() {
    let mut doc = Document::default();
    doc.skills = vec![skill(1, "Growth", 2, 4, 3, 1)];
    assert!(specialisation(&doc).is_none());
}

#[test]
fn work_backward_is_asked_only_while_there_are_no_stones() {
    let mut doc = Document::default();
    doc.north_star.target_role = "CPO".into();
    doc.north_star.target_year = 2031;
    let titles = |doc: &Document| -> Vec<String> {
        suggestions(doc, day(2026))
            .into_iter()
            .map(|s| s.title)
            .collect()
    };
    assert_eq!(titles(&doc), ["Work backward from your north star."]);
    doc.north_star.stones.push(SteppingStone {
        id: StoneId(1),
        title: "Lead a team".into(),
        year: 2028,
        done: false,
        skills: Vec::new(),
    });
    assert!(titles(&doc).is_empty(), "{:?}", titles(&doc));
}

#[test]
fn short_keys_match_whole_words_only() {
    assert_eq!(
        specialisation_for("AI products"),
        Some("an AI product role")
    );
    // "ai" inside "maintaining" must not count as AI.
    assert_eq!(specialisation_for("Maintaining legacy"), None);
}

#[test]
fn north_star_status_counts_late_and_misplaced_stones() {
    let mut doc = Document::default();
    doc.north_star.target_year = 2031;
    doc.north_star.target_role = "CPO".into();
    doc.north_star.stones = vec![
        SteppingStone {
            id: StoneId(1),
            title: "A".into(),
            year: 2024,
            done: true,
            skills: Vec::new(),
        },
        SteppingStone {
            id: StoneId(2),
            title: "B".into(),
            year: 2025,
            done: false,
            skills: Vec::new(),
        },
        SteppingStone {
            id: StoneId(3),
            title: "C".into(),
            year: 2028,
            done: false,
            skills: Vec::new(),
        },
        SteppingStone {
            id: StoneId(4),
            title: "D".into(),
            year: 2033,
            done: false,
            skills: Vec::new(),
        },
    ];
    let s = north_star_status(&doc, day(2026));
    assert_eq!(s.years_left, 5);
    assert_eq!((s.done, s.total), (1, 4));
    assert_eq!(s.next, Some(StoneId(2)));
    assert_eq!(s.late, [StoneId(2)]);
    assert_eq!(s.after_target, [StoneId(4)]);
    let titles: Vec<_> = suggestions(&doc, day(2026))
        .into_iter()
        .map(|s| s.title)
        .collect();
    assert_eq!(
        titles,
        [
            "Some stepping stones are late.",
            "Some stepping stones come after the north star itself."
        ]
    );
}

#[test]
fn an_empty_spec_is_told_to_start_with_the_north_star() {
    let mut doc = Document::new_empty(day(2026));
    let s = suggestions(&doc, day(2026));
    assert_eq!(
        s[0].title,
        "Your north star names no role: nothing is judged against it until you write down the role you are heading for."
    );
    assert_eq!(s[0].fix, Some(GoalField::Role));
    // Past its year, it is named once, with the year to move, and the stones set after it
    // are not named on their own.
    doc.north_star.target_role = "CPO".into();
    doc.north_star.target_year = 2024;
    doc.north_star.stones.push(crate::model::SteppingStone {
        id: StoneId(1),
        title: "Lead a team".into(),
        year: 2027,
        done: false,
        skills: Vec::new(),
    });
    let s = suggestions(&doc, day(2026));
    let titles: Vec<&str> = s.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Your north star's year, 2024, has passed: nothing is judged against it until you move its year or set a new north star."
        ]
    );
    assert_eq!(s[0].fix, Some(GoalField::Year));
}

#[test]
fn once_the_north_star_is_gone_a_skills_target_is_called_the_persons_own() {
    let mut doc = Document::default();
    doc.north_star.target_role = "CPO".into();
    doc.north_star.target_year = 2030;
    doc.skills = vec![
        skill(1, "Finance and P&L", 1, 4, 2, 5),
        skill(2, "Zero-to-one building", 2, 5, 5, 2),
    ];
    let said = |doc: &Document| -> Vec<String> {
        suggestions(doc, day(2026))
            .into_iter()
            .flat_map(|s| s.reasons)
            .collect()
    };
    // While it steers, the targets are what the north star needs.
    let steering = said(&doc);
    crate::testing::assert_says(&steering, "3 levels below what your north star needs");
    crate::testing::assert_says(&steering, "and the north star needs 5");
    // Past its year, the same advice speaks of the person's own targets.
    doc.north_star.target_year = 2024;
    let gone = said(&doc);
    assert!(!gone.iter().any(|r| r.contains("north star")), "{gone:?}");
    crate::testing::assert_says(&gone, "3 levels below your target for it (now 1, target 4)");
    crate::testing::assert_says(&gone, "and it is still below your target");
    crate::testing::assert_says(&gone, "You are at 2/5 and your target is 5");
}
