//! What every panel means by the next stepping stone: one stone, the same everywhere.

use crate::analysis::offers::{compare, reading};
use crate::analysis::packet::{Target, packet};
use crate::analysis::people::{Need, coverage};
use crate::analysis::portfolio::insights;
use crate::analysis::spec::north_star_status;
use crate::model::{
    Bet, BetId, Document, Offer, OfferId, Person, PersonId, Skill, SkillId, SteppingStone, StoneId,
    WorkType,
};
use crate::testing::{assert_says, today};

/// Three stones kept out of year order: the first kept is the last by year, and the first and
/// the last each ask for growth work, so "the next two" differ between the two orders too.
fn out_of_year_order() -> Document {
    let mut doc = Document::new_empty(today());
    doc.north_star.target_role = "VP Product".into();
    let stone = |id, title: &str, year, skill| SteppingStone {
        id: StoneId(id),
        title: title.into(),
        year,
        done: false,
        skills: vec![SkillId(skill)],
    };
    doc.north_star.stones = vec![
        stone(1, "Run growth for a business unit", 2030, 1),
        stone(2, "Lead a platform team", 2029, 2),
        stone(3, "Own retention growth", 2027, 2),
    ];
    let skill = |id, name: &str| Skill {
        id: SkillId(id),
        name: name.into(),
        ..Skill::default()
    };
    doc.skills = vec![skill(1, "Storytelling"), skill(2, "Finance")];
    // The portfolio speaks once it holds a bet; this one leads to no stone.
    doc.bets = vec![Bet {
        id: BetId(1),
        title: "First PM role".into(),
        start: 2020.0,
        end: 2024.0,
        ..Bet::default()
    }];
    doc.people = vec![Person {
        id: PersonId(1),
        name: "Ada".into(),
        has_done: vec![StoneId(1), StoneId(3)],
        ..Person::default()
    }];
    doc
}

#[test]
fn every_panel_names_the_first_stone_kept_as_next_whatever_the_years_say() {
    let doc = out_of_year_order();
    let next = doc.north_star.next_stone().expect("a stone is open");
    assert_eq!(next.id, StoneId(1));
    let title = next.title.as_str();

    // Spec: the stone marked "next".
    assert_eq!(north_star_status(&doc, today()).next, Some(StoneId(1)));

    // Portfolio: the finding on the next stone.
    let found = insights(&doc, today());
    let on_next = found
        .iter()
        .find(|i| i.key == "next-stone")
        .expect("the next stone is spoken of");
    assert!(on_next.title.contains(title), "{}", on_next.title);
    let orphans = found
        .iter()
        .find(|i| i.key == "orphan-stones")
        .expect("the other stones are named");
    assert!(!orphans.reasons[0].contains(title), "{:?}", orphans.reasons);

    // Offers: the reading's next two stones, and the measuring stick's next stone.
    let growth = Offer {
        id: OfferId(1),
        company: "Co1".into(),
        work: Some(WorkType::Growth),
        skills: vec![SkillId(1)],
        ..Offer::default()
    };
    let other = Offer {
        id: OfferId(2),
        company: "Co2".into(),
        ..Offer::default()
    };
    let read = reading(&doc, &growth);
    let asks = read
        .reasons
        .iter()
        .find(|r| r.contains("next stepping stone"))
        .expect("the work is asked for");
    assert!(asks.contains(title), "{asks}");
    assert!(!asks.contains("Own retention growth"), "{asks}");
    let stick = compare(&doc, &growth, &other, today()).sticks[0]
        .next_stone
        .clone()
        .expect("the next stone names a skill");
    assert!(stick.contains(title), "{stick}");

    // The promotion packet for the next stone.
    let made = packet(&doc, Target::NextStone, today());
    assert_eq!(made.heading.stone, Some(StoneId(1)));

    // People: who has done the next stone.
    let stones: Vec<_> = coverage(&doc, today())
        .into_iter()
        .filter_map(|c| match c.need {
            Need::Stone(id) => Some(id),
            Need::Skill(_) => None,
        })
        .collect();
    assert_eq!(stones, [StoneId(1)]);
}

#[test]
fn every_panel_lists_a_stones_skills_in_the_matrix_order_whatever_order_they_were_ticked() {
    let mut doc = out_of_year_order();
    // Ticked Finance first; the matrix lists Storytelling first.
    doc.north_star.stones[0].skills = vec![SkillId(2), SkillId(1)];
    let both = "Storytelling and Finance";

    let made = packet(&doc, Target::NextStone, today());
    let names: Vec<&str> = made.skills.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Storytelling", "Finance"]);

    let none = Offer {
        id: OfferId(1),
        company: "Co1".into(),
        ..Offer::default()
    };
    let stick = compare(&doc, &none, &none.clone(), today()).sticks[0]
        .next_stone
        .clone()
        .expect("the next stone names skills");
    assert!(
        stick.ends_with(&format!("builds none of what it needs: {both}.")),
        "{stick}"
    );

    let found = insights(&doc, today());
    let on_next = found
        .iter()
        .find(|i| i.key == "next-stone")
        .expect("the next stone is spoken of");
    assert_says(&on_next.reasons, &format!("It needs {both};"));

    let on_stone = coverage(&doc, today())
        .into_iter()
        .find(|c| c.need == Need::Stone(StoneId(1)))
        .expect("the next stone is covered");
    assert_says(
        &on_stone.reasons,
        &format!("No one among your people is linked to {both},"),
    );
}
