//! What the record of bets shows beyond the swings: statuses the calendar has overtaken,
//! tours of duty out of range, types of work never done, a bet before the career start, and
//! stepping stones nothing leads to.

use super::*;

#[test]
fn statuses_the_calendar_has_overtaken_are_listed() {
    let mut over = bet(1, BetKind::Core, Phase::Impact, 2020.0, 2025.0);
    over.status = BetStatus::Active;
    let mut begun = bet(2, BetKind::Core, Phase::Impact, 2025.0, 2027.0);
    begun.status = BetStatus::Planned;
    let mut early = bet(3, BetKind::Core, Phase::Impact, 2025.5, 2028.0);
    early.status = BetStatus::Succeeded;
    let d = doc(vec![over, begun, early]);
    let found = insights(&d, day(2026));
    let update = found
        .iter()
        .find(|i| i.title == "Update the status of 3 bets.")
        .expect("update");
    assert_eq!(update.severity, Severity::Notice);
    assert_says(
        &update.reasons,
        "\"Bet 1\": still marked active, but it ended 2025",
    );
    assert_says(
        &update.reasons,
        "\"Bet 2\": still marked planned, but it started 2025",
    );
    assert_says(
        &update.reasons,
        "\"Bet 3\": marked succeeded, but it runs until 2028",
    );
}

#[test]
fn statuses_that_match_the_calendar_are_not_listed() {
    let past = bet(1, BetKind::Core, Phase::Impact, 2020.0, 2025.0);
    let mut now = bet(2, BetKind::Core, Phase::Impact, 2025.0, 2027.0);
    now.status = BetStatus::Active;
    let mut later = bet(3, BetKind::Core, Phase::Impact, 2027.0, 2028.0);
    later.status = BetStatus::Planned;
    let d = doc(vec![past, now, later]);
    assert!(
        !titles(&d, 2026)
            .iter()
            .any(|t| t.starts_with("Update the status"))
    );
}

#[test]
fn the_status_of_a_bet_follows_where_it_sits_in_time() {
    assert_eq!(status_on(2027.0, 2028.0, 2026.5), BetStatus::Planned);
    assert_eq!(status_on(2026.0, 2027.0, 2026.5), BetStatus::Active);
    assert_eq!(status_on(2024.0, 2025.0, 2026.5), BetStatus::Ended);
    // A bet ending today is over; one starting today is under way.
    assert_eq!(status_on(2025.0, 2026.5, 2026.5), BetStatus::Ended);
    assert_eq!(status_on(2026.5, 2027.0, 2026.5), BetStatus::Active);
}

#[test]
fn a_tour_of_duty_outside_the_range_is_flagged() {
    let mut short = bet(1, BetKind::Core, Phase::Learning, 2020.0, 2020.5);
    short.tour_of_duty = true;
    let mut long = bet(2, BetKind::Core, Phase::Learning, 2021.0, 2023.0);
    long.tour_of_duty = true;
    let mut right = bet(3, BetKind::Core, Phase::Learning, 2023.0, 2024.5);
    right.tour_of_duty = true;
    let found = insights(&doc(vec![short, long, right.clone()]), day(2026));
    let tours = found
        .iter()
        .find(|i| i.title == "A tour of duty outside 12–18 months.")
        .expect("tours");
    assert_eq!(tours.reasons.len(), 3, "{:?}", tours.reasons);
    assert_says(&tours.reasons, "\"Bet 1\" runs 6 months: too short");
    assert_says(&tours.reasons, "\"Bet 2\" runs 24 months: long enough");
    // 12 and 18 months are both inside; a bet that is not a tour is never measured.
    let mut twelve = bet(4, BetKind::Core, Phase::Learning, 2025.0, 2026.0);
    twelve.tour_of_duty = true;
    let not_a_tour = bet(5, BetKind::Core, Phase::Learning, 2010.0, 2020.0);
    let t = titles(&doc(vec![right, twelve, not_a_tour]), 2026);
    assert!(
        !t.iter().any(|t| t.contains("tour of duty outside")),
        "{t:?}"
    );
}

#[test]
fn work_never_done_suggests_a_tour_of_duty() {
    let mut b = bet(1, BetKind::Core, Phase::Impact, 2016.0, 2030.0);
    b.work = Some(WorkType::Feature);
    let d = doc(vec![b]);
    let t = titles(&d, 2026);
    let tour = t
        .iter()
        .find(|t| t.starts_with("Never done"))
        .expect("tour insight");
    assert!(tour.contains("into growth"), "{tour}");
    assert!(!tour.contains("feature"));
    // Every type of work done: nothing to suggest.
    let all: Vec<Bet> = WorkType::ALL
        .iter()
        .zip(1..)
        .map(|(w, id)| Bet {
            work: Some(*w),
            ..bet(
                id,
                BetKind::Core,
                Phase::Impact,
                2016.0 + id as f64,
                2017.0 + id as f64,
            )
        })
        .collect();
    assert!(
        !titles(&doc(all), 2026)
            .iter()
            .any(|t| t.starts_with("Never done"))
    );
}

#[test]
fn a_bet_before_the_career_start_asks_which_of_the_two_is_wrong() {
    let mut d = doc(vec![bet(1, BetKind::Core, Phase::Learning, 2016.5, 2018.5)]);
    let key = |d: &Document| {
        insights(d, day(2026))
            .into_iter()
            .find(|i| i.key == "before-career-start")
    };
    // The helper's spec starts its career in 2016: the bet is in it.
    assert!(key(&d).is_none());
    d.profile.career_start_year = Some(2025);
    let found = key(&d).expect("said");
    assert_eq!(
        found.title,
        "\"Bet 1\" starts mid-2016, before the career start you gave (2025)."
    );
    assert_eq!(found.severity, Severity::Notice);
}

#[test]
fn stepping_stones_with_nothing_leading_to_them_are_named() {
    let mut d = doc(vec![bet(1, BetKind::Core, Phase::Impact, 2020.0, 2030.0)]);
    for (id, year) in [(1, 2027), (2, 2028)] {
        d.north_star.stones.push(crate::model::SteppingStone {
            id: StoneId(id),
            title: format!("Stone {id}"),
            year,
            // Not reached yet; whatever else a stone holds is left as a new one has it.
            ..crate::model::SteppingStone::default()
        });
    }
    assert!(titles(&d, 2026).contains(
        &"Nothing on the timeline leads to your next stepping stone, \"Stone 1\".".to_owned()
    ));
    d.bets[0].stones = vec![StoneId(1)];
    let t = titles(&d, 2026);
    assert!(t.contains(
        &"Your next stepping stone, \"Stone 1\" (2027), has a bet leading to it.".to_owned()
    ));
    let found = insights(&d, day(2026));
    let served = found
        .iter()
        .find(|i| i.title.starts_with("Your next stepping stone"))
        .expect("served");
    assert_eq!(served.reasons, ["Leading there: Bet 1."]);
    assert!(
        !t.iter()
            .any(|t| t.starts_with("Nothing on the timeline leads"))
    );
    assert!(t.contains(&"Stepping stones nothing leads to yet.".to_owned()));
    // A bet that ended, or failed, was a try at the stone, not a way there still open.
    let mut tried = bet(2, BetKind::BigSwing, Phase::Learning, 2021.25, 2022.75);
    tried.status = BetStatus::Failed;
    tried.stones = vec![StoneId(1)];
    let mut only_tried = d.clone();
    only_tried.bets = vec![tried.clone()];
    let found = insights(&only_tried, day(2026));
    let unserved = found
        .iter()
        .find(|i| i.key == "next-stone")
        .expect("the next stone");
    assert_eq!(
        unserved.title,
        "Nothing on the timeline leads to your next stepping stone, \"Stone 1\"."
    );
    assert!(
        unserved
            .reasons
            .contains(&"Tried before: \"Bet 2\" (failed, ended Q4 2022).".to_owned()),
        "{:?}",
        unserved.reasons
    );
    tried.status = BetStatus::Active;
    tried.end = 2025.5;
    only_tried.bets = vec![tried];
    assert!(
        titles(&only_tried, 2026)
            .iter()
            .any(|t| t.starts_with("Nothing on the timeline leads")),
        "an active bet the calendar has passed leads nowhere"
    );
    d.bets[0].stones = vec![StoneId(1), StoneId(2)];
    let t = titles(&d, 2026);
    assert!(
        !t.contains(&"Stepping stones nothing leads to yet.".to_owned()),
        "{t:?}"
    );
    // Reached stones ask for nothing.
    for stone in &mut d.north_star.stones {
        stone.done = true;
    }
    d.bets[0].stones.clear();
    let t = titles(&d, 2026);
    assert!(!t.iter().any(|t| t.contains("stepping stone")));
}

/// One stone, set for 2027, naming Storytelling then Hiring; bet 1 runs to 2030 and leads to
/// no stone.
fn needing_doc() -> Document {
    let mut d = doc(vec![bet(1, BetKind::Core, Phase::Impact, 2020.0, 2030.0)]);
    d.bets[0].status = BetStatus::Active;
    for (id, name) in [(1, "Storytelling"), (2, "Hiring"), (3, "Finance")] {
        d.skills.push(crate::model::Skill {
            id: crate::model::SkillId(id),
            name: name.to_owned(),
            ..crate::model::Skill::default()
        });
    }
    d.north_star.stones.push(crate::model::SteppingStone {
        id: StoneId(1),
        title: "Stone 1".to_owned(),
        year: 2027,
        skills: vec![crate::model::SkillId(1), crate::model::SkillId(2)],
        ..crate::model::SteppingStone::default()
    });
    d
}

fn next_stone_reasons(d: &Document) -> Vec<String> {
    insights(d, day(2026))
        .into_iter()
        .find(|i| i.key == "next-stone")
        .expect("the next stone")
        .reasons
}

#[test]
fn an_unserved_next_stone_names_the_bets_building_the_skills_it_needs() {
    let mut d = needing_doc();
    d.bets[0].skills = vec![crate::model::SkillId(2), crate::model::SkillId(3)];
    let mut planned = bet(2, BetKind::BigSwing, Phase::Learning, 2027.0, 2028.5);
    planned.status = BetStatus::Planned;
    planned.skills = vec![crate::model::SkillId(1), crate::model::SkillId(2)];
    // Ended: it built the skill once, and leads nowhere now.
    let mut ended = bet(3, BetKind::Core, Phase::Impact, 2018.0, 2020.0);
    ended.skills = vec![crate::model::SkillId(1)];
    d.bets.extend([planned, ended]);
    assert_eq!(
        next_stone_reasons(&d),
        [
            "It is set for 2027.",
            "It needs Storytelling and Hiring.",
            "\"Bet 1\" (active) builds Hiring.",
            "\"Bet 2\" (planned) builds Storytelling and Hiring.",
            "Link a bet to it in the inspector, or add one that does.",
        ]
    );
    // None building them: said so.
    d.bets.truncate(1);
    d.bets[0].skills = vec![crate::model::SkillId(3)];
    assert!(
        next_stone_reasons(&d).contains(
            &"It needs Storytelling and Hiring; nothing under way or planned builds any of them."
                .to_owned()
        ),
        "{:?}",
        next_stone_reasons(&d)
    );
}

#[test]
fn a_next_stone_that_names_no_skills_or_is_served_says_nothing_of_skills() {
    let mut d = needing_doc();
    d.bets[0].skills = vec![crate::model::SkillId(1)];
    d.north_star.stones[0].skills.clear();
    assert_eq!(
        next_stone_reasons(&d),
        [
            "It is set for 2027.",
            "Link a bet to it in the inspector, or add one that does.",
        ]
    );
    // Served, it says which bet leads there, as before.
    let mut d = needing_doc();
    d.bets[0].stones = vec![StoneId(1)];
    d.bets[0].skills = vec![crate::model::SkillId(1)];
    assert_eq!(next_stone_reasons(&d), ["Leading there: Bet 1."]);
}
