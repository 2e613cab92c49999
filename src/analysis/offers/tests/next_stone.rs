//! What an offer builds of the skills the next stepping stone needs.

use super::*;
use crate::model::SkillId;

/// The clinic spec with its first stone ticking People management, then Clinical workflows:
/// said in the matrix's order, Clinical workflows first.
fn needing_doc() -> Document {
    let mut doc = clinic_doc();
    doc.north_star.stones[0].skills = vec![SkillId(2), SkillId(1)];
    doc
}

fn line_for(doc: &Document, skills: &[u64]) -> Option<String> {
    let mut a = offer(1, &[3, 3]);
    a.skills = skills.iter().copied().map(SkillId).collect();
    let b = offer(2, &[3, 3]);
    compare(doc, &a, &b, today()).sticks[0].next_stone.clone()
}

#[test]
fn the_stick_says_which_skills_of_the_next_stone_an_offer_builds() {
    let doc = needing_doc();
    let stone = "For the next stone, \"Ship a zero-to-one clinical tool\" (2027)";
    assert_eq!(
        line_for(&doc, &[1]).as_deref(),
        Some(format!("{stone}: builds Clinical workflows; not People management.").as_str())
    );
    assert_eq!(
        line_for(&doc, &[1, 2]).as_deref(),
        Some(
            format!("{stone}: builds Clinical workflows and People management, all it needs.")
                .as_str()
        )
    );
    assert_eq!(
        line_for(&doc, &[]).as_deref(),
        Some(
            format!(
                "{stone}: builds none of what it needs: Clinical workflows and People management."
            )
            .as_str()
        )
    );
}

#[test]
fn the_next_stone_is_the_first_not_reached_in_the_order_kept() {
    let mut doc = needing_doc();
    doc.north_star.stones[0].done = true;
    doc.north_star.stones[1].skills = vec![SkillId(2)];
    assert_eq!(
        line_for(&doc, &[2]).as_deref(),
        Some(
            "For the next stone, \"Manage a team of two PMs\" (2029): builds People management, all it needs."
        )
    );
}

#[test]
fn a_next_stone_that_names_no_skill_or_a_gone_north_star_says_nothing() {
    // Named by no stone: the stick stays as it was.
    assert_eq!(line_for(&clinic_doc(), &[1, 2]), None);
    // The first stone reached, the next names nothing, though the reached one did.
    let mut doc = needing_doc();
    doc.north_star.stones[0].done = true;
    assert_eq!(line_for(&doc, &[1]), None);
    // A north star that is gone steers nothing.
    let mut doc = needing_doc();
    doc.north_star.target_year = 2025;
    assert_eq!(line_for(&doc, &[1]), None);
}
