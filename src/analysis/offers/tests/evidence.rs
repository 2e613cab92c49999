//! The measuring stick shows its evidence, reads with a strength, and says which of two
//! offers that both read closer is the closer.

use super::*;
use crate::model::{Bet, BetId, SkillId, StoneId};

fn done(id: u64, work: WorkType) -> Bet {
    Bet {
        id: BetId(id),
        title: format!("Role {id}"),
        kind: Some(BetKind::Core),
        phase: Some(Phase::Impact),
        work: Some(work),
        start: 2019.0,
        end: 2022.0,
        ..Bet::default()
    }
}

#[test]
fn each_offer_lists_its_stones_and_skills_in_the_order_linked_with_their_gap_and_new_work() {
    let mut doc = clinic_doc();
    doc.bets = vec![done(1, WorkType::Feature), done(2, WorkType::Growth)];
    let mut a = offer(1, &[3, 3]);
    a.stones = vec![StoneId(2)];
    a.skills = vec![SkillId(2), SkillId(1)];
    a.work = Some(WorkType::ZeroToOne);
    let mut b = offer(2, &[3, 3]);
    b.work = Some(WorkType::Growth);
    b.phase = Some(Phase::Impact);
    b.skills = vec![SkillId(1)];
    let c = compare(&doc, &a, &b, today());
    let [sa, sb] = &c.sticks;
    assert_eq!(sa.stones, ["Manage a team of two PMs (2029)"]);
    assert_eq!(
        sa.skills,
        [
            "People management: level 1, target 4 (3 short)",
            "Clinical workflows: level 5, at its target 5"
        ]
    );
    assert_eq!(sa.new_work, [WorkType::ZeroToOne.label().to_lowercase()]);
    // Growth has been done before: nothing new.
    assert!(sb.new_work.is_empty(), "{:?}", sb.new_work);
    // A stone served, a skill short and the next stone asking for its work: strong.
    assert_eq!(sa.reading.direction, Some(Direction::Closer));
    assert_eq!(sa.reading.strength, Some(Strength::Strong));
    assert_eq!(sa.reading.levels_short, 3);
    // Only a skill at its target: sideways, on evidence that no score left unset can change.
    assert_eq!(sb.reading.direction, Some(Direction::Sideways));
    assert_eq!(sb.reading.strength, Some(Strength::Moderate));
    // With a role whose type of work is not set, nothing is called never done.
    doc.bets[1].work = None;
    let c = compare(&doc, &a, &b, today());
    assert!(c.sticks[0].new_work.is_empty());
    // Only one offer reads closer: no comparison of closeness.
    assert_eq!(c.closer, None);
}

#[test]
fn of_two_offers_that_both_read_closer_the_panel_says_which_and_why() {
    let doc = clinic_doc();
    let mut a = offer(1, &[3, 3]);
    a.skills = vec![SkillId(2)];
    a.direction = Some(Direction::Closer);
    let mut b = offer(2, &[3, 3]);
    b.stones = vec![StoneId(1)];
    b.direction = Some(Direction::Closer);
    let c = compare(&doc, &a, &b, today());
    assert_eq!(c.sticks[0].reading.strength, Some(Strength::Weak));
    assert_eq!(
        c.closer.as_deref(),
        Some(
            "Both read closer to the north star; PM at Co2 is the closer, as it serves more of the stepping stones: 1 stepping stone served and 0 levels of skill still short built, against 0 stepping stones served and 3 levels of skill still short built for PM at Co1."
        )
    );
    // Both serve the same stone: the skill still short decides.
    a.stones = vec![StoneId(1)];
    let c = compare(&doc, &a, &b, today());
    assert!(
        c.closer.as_deref().is_some_and(|s| s.contains(
            "PM at Co1 is the closer, as it builds more of the skills the north star still needs"
        )),
        "{:?}",
        c.closer
    );
    // The same evidence: the panel says it cannot tell them apart.
    b.skills = vec![SkillId(2)];
    let c = compare(&doc, &a, &b, today());
    assert_eq!(
        c.closer.as_deref(),
        Some(
            "Both read closer to the north star, and the evidence does not tell them apart: 1 stepping stone served and 3 levels of skill still short built each."
        )
    );
}

#[test]
fn a_mark_the_evidence_does_not_share_is_shown_beside_it() {
    let doc = clinic_doc();
    let mut a = offer(1, &[3, 3]);
    a.direction = Some(Direction::Further);
    a.stones = vec![StoneId(1)];
    let c = compare(&doc, &a, &offer(2, &[3, 3]), today());
    assert_eq!(
        c.sticks[0].call_and_reading(),
        "marked further from the north star; the document reads it closer to the north star (weak evidence)."
    );
    assert_eq!(
        c.sticks[0].reading.disagreements,
        [
            "You marked this further, but the document reads it as closer: serves \"Ship a zero-to-one clinical tool\"."
        ]
    );
}
