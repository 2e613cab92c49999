//! The app's reading of an offer against the north star.

use super::*;

#[test]
fn a_call_the_document_does_not_support_is_named() {
    let doc = clinic_doc();
    let mut o = offer(1, &[3, 3]);
    o.direction = Some(Direction::Closer);
    o.skills = vec![crate::model::SkillId(1)];
    o.work = Some(WorkType::Feature);
    // Until its phase is set, the document cannot say whether it is a detour or a hold.
    let r = reading(&doc, &o);
    assert_eq!(r.direction, None);
    assert!(r.disagreements.is_empty(), "{:?}", r.disagreements);
    assert!(
        r.reasons.iter().any(|x| x
            .starts_with("Not known yet: set whether it would be a learning or an impact phase")),
        "{:?}",
        r.reasons
    );
    o.phase = Some(Phase::Impact);
    let r = reading(&doc, &o);
    assert_eq!(r.direction, Some(Direction::Sideways));
    assert_eq!(
        r.disagreements,
        [
            "You marked this closer, but the document reads it as sideways: it serves no stepping stone and builds no skill you still need."
        ]
    );
    assert!(
        r.reasons
            .iter()
            .any(|x| x
                .contains("Already at target, so they count for nothing here: Clinical workflows")),
        "{:?}",
        r.reasons
    );
    // A learning phase on what is not needed reads as a detour.
    o.phase = Some(Phase::Learning);
    assert_eq!(reading(&doc, &o).direction, Some(Direction::Further));
}

#[test]
fn a_direction_not_marked_is_named_missing_not_sideways() {
    let doc = clinic_doc();
    let mut o = offer(1, &[3, 3]);
    o.skills = vec![crate::model::SkillId(1)];
    o.phase = Some(Phase::Impact);
    // Not marked: no disagreement with a call never made.
    assert_eq!(o.direction, None);
    let r = reading(&doc, &o);
    assert_eq!(r.direction, Some(Direction::Sideways));
    assert!(r.disagreements.is_empty(), "{:?}", r.disagreements);
    let c = compare(&doc, &o, &offer(2, &[3, 3]), today());
    assert_eq!(c.sticks[0].direction, None);
    assert_eq!(
        c.sticks[0].call_and_reading(),
        "not marked yet; the document reads it sideways to the north star (moderate evidence)."
    );
    assert!(
        c.warnings.iter().any(|w| w
            == "PM at Co1: the measuring stick is not marked yet: mark it closer to, sideways from or further from the north star."),
        "{:?}",
        c.warnings
    );
    // Its kind not set either: the cadence is not read for it.
    assert_eq!(
        c.sticks[0].cadence,
        "Kind not set yet: whether it keeps the big-swing cadence is not known."
    );
    // Marked sideways, it is a call like any other: no caution.
    o.direction = Some(Direction::Sideways);
    let c = compare(&doc, &o, &offer(2, &[3, 3]), today());
    assert!(
        !c.warnings
            .iter()
            .any(|w| w.starts_with("PM at Co1: the measuring stick"))
    );
}

#[test]
fn an_offer_that_serves_a_stone_or_a_needed_skill_reads_closer() {
    let doc = clinic_doc();
    let mut o = offer(1, &[3, 3]);
    o.direction = Some(Direction::Closer);
    o.skills = vec![crate::model::SkillId(2)];
    let r = reading(&doc, &o);
    assert_eq!(r.direction, Some(Direction::Closer));
    assert!(r.disagreements.is_empty(), "{:?}", r.disagreements);
    // The type of work alone, when the next stone asks for it.
    let mut o = offer(2, &[3, 3]);
    o.work = Some(WorkType::ZeroToOne);
    o.direction = Some(Direction::Further);
    let r = reading(&doc, &o);
    assert_eq!(r.direction, Some(Direction::Closer));
    assert!(
        r.disagreements.iter().any(|d| d.starts_with("You marked this further, but the document reads it as closer: zero-to-one is what your next stepping stone asks for")),
        "{:?}",
        r.disagreements
    );
}

#[test]
fn an_offer_linked_to_nothing_is_not_known_rather_than_sideways() {
    let doc = clinic_doc();
    let o = offer(1, &[3, 3]);
    let r = reading(&doc, &o);
    assert_eq!(r.direction, None);
    assert!(r.disagreements.is_empty());
    assert!(
        r.reasons.iter().any(|x| x.starts_with("Not known yet")),
        "{:?}",
        r.reasons
    );
}

#[test]
fn a_fit_score_given_against_an_old_north_star_is_flagged() {
    let mut doc = clinic_doc();
    let mut o = offer(1, &[5, 3]);
    o.stones = vec![crate::model::StoneId(1)];
    o.direction = Some(Direction::Closer);
    o.phase = Some(Phase::Impact);
    assert!(reading(&doc, &o).disagreements.is_empty());
    // The north star is rewritten: the stone it served is gone.
    doc.north_star
        .stones
        .retain(|s| s.id != crate::model::StoneId(1));
    o.skills = vec![crate::model::SkillId(1)];
    let r = reading(&doc, &o);
    assert!(
        r.disagreements
            .iter()
            .any(|d| d.starts_with("North-star fit is scored 5 of 5, but the stepping stones and skills no longer support it")),
        "{:?}",
        r.disagreements
    );
    let c = compare(&doc, &o, &offer(2, &[1, 3]), today());
    assert!(
        c.warnings
            .iter()
            .any(|w| w.starts_with("PM at Co1: North-star fit is scored 5")),
        "{:?}",
        c.warnings
    );
}

#[test]
fn a_low_fit_score_on_an_offer_that_reads_closer_is_questioned_and_a_middling_one_is_not() {
    let doc = clinic_doc();
    // Scored 2 on north-star fit, yet it builds the people management the plan needs.
    let mut o = offer(1, &[2, 3]);
    o.skills = vec![crate::model::SkillId(2)];
    o.direction = Some(Direction::Closer);
    let r = reading(&doc, &o);
    assert_eq!(r.direction, Some(Direction::Closer));
    assert_eq!(
        r.disagreements,
        [
            "North-star fit is scored only 2 of 5, yet it moves you toward the north star: check the score against the north star as it is now."
        ]
    );
    let c = compare(&doc, &o, &offer(2, &[3, 3]), today());
    assert!(
        c.warnings
            .iter()
            .any(|w| w.starts_with("PM at Co1: North-star fit is scored only 2 of 5")),
        "{:?}",
        c.warnings
    );
    // A 3 is not low.
    o.scores[0].score = Some(3);
    assert!(reading(&doc, &o).disagreements.is_empty());
    // Nor is a 1 questioned on an offer that does not move toward the north star.
    let mut sideways = offer(2, &[1, 3]);
    sideways.skills = vec![crate::model::SkillId(1)];
    sideways.phase = Some(Phase::Impact);
    let r = reading(&doc, &sideways);
    assert_eq!(r.direction, Some(Direction::Sideways));
    assert!(r.disagreements.is_empty(), "{:?}", r.disagreements);
}

/// An impact phase on a skill already at its target: it holds the person where they are.
fn impact_on_a_skill_at_target() -> Offer {
    let mut o = offer(1, &[3, 3]);
    o.skills = vec![crate::model::SkillId(1)];
    o.phase = Some(Phase::Impact);
    o
}

#[test]
fn a_document_with_no_open_stone_and_no_skill_short_of_target_has_nothing_to_judge_by() {
    const NOTHING: &str = "Nothing to judge it by: add stepping stones, or skills with a target \
                           above their level.";
    let mut doc = clinic_doc();
    let o = impact_on_a_skill_at_target();
    // A stone still open: the offer holds the person where they are, which can be judged.
    let r = reading(&doc, &o);
    assert_eq!(r.direction, Some(Direction::Sideways));
    assert!(!r.reasons.iter().any(|x| x == NOTHING), "{:?}", r.reasons);
    // Every stone reached and every skill at its target: nothing left to move toward.
    for s in &mut doc.north_star.stones {
        s.done = true;
    }
    doc.skills[1].level = doc.skills[1].target;
    let r = reading(&doc, &o);
    assert_eq!(r.direction, None);
    assert_eq!(r.strength, None);
    assert!(r.reasons.iter().any(|x| x == NOTHING), "{:?}", r.reasons);
}

#[test]
fn a_skill_not_scored_yet_is_named_and_weakens_a_reading_away_from_the_north_star() {
    let mut doc = clinic_doc();
    let mut o = impact_on_a_skill_at_target();
    let r = reading(&doc, &o);
    assert_eq!(r.strength, Some(Strength::Moderate));
    assert!(
        !r.reasons.iter().any(|x| x.starts_with("Not counted until")),
        "{:?}",
        r.reasons
    );
    // A skill with no scores could still be one the north star needs.
    doc.skills.push(crate::model::Skill {
        id: crate::model::SkillId(3),
        name: "Regulatory affairs".into(),
        ..crate::model::Skill::default()
    });
    o.skills.push(crate::model::SkillId(3));
    let r = reading(&doc, &o);
    assert_eq!(r.direction, Some(Direction::Sideways));
    assert_eq!(r.strength, Some(Strength::Weak));
    assert!(
        r.reasons.iter().any(|x| x
            == "Not counted until you score them on the Spec panel: Regulatory affairs."),
        "{:?}",
        r.reasons
    );
}
