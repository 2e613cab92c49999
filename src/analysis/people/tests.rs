use chrono::NaiveDate;

use super::*;
use crate::model::{
    Bet, BetId, Ceiling, Document, Person, PersonId, Relation, Skill, SkillId, SteppingStone,
    StoneId, Touch,
};
use crate::testing::{assert_same_items, assert_says};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn today() -> NaiveDate {
    day(2026, 11, 22)
}

fn touch(date: NaiveDate, talked: &str) -> Touch {
    Touch {
        date: Some(date),
        talked: talked.to_owned(),
        ..Touch::default()
    }
}

fn person(id: u64, name: &str, relation: Option<Relation>) -> Person {
    Person {
        id: PersonId(id),
        name: name.to_owned(),
        relation,
        ..Person::default()
    }
}

/// A document with a north star that steers, one skill short of its target and one stone.
fn doc(people: Vec<Person>) -> Document {
    let mut doc = Document::new_empty(today());
    doc.north_star.target_role = "CPO".to_owned();
    doc.north_star.stones = vec![SteppingStone {
        id: StoneId(1),
        title: "Lead a team".to_owned(),
        year: 2028,
        done: false,
        skills: Vec::new(),
    }];
    doc.skills = vec![
        Skill {
            id: SkillId(1),
            name: "Finance".to_owned(),
            level: Some(1),
            target: Some(4),
            enjoyment: Some(2),
            avoidance: Some(4),
            ..Skill::default()
        },
        Skill {
            id: SkillId(2),
            name: "Growth".to_owned(),
            level: Some(4),
            target: Some(4),
            enjoyment: Some(4),
            avoidance: Some(1),
            ..Skill::default()
        },
    ];
    doc.people = people;
    doc
}

#[test]
fn touches_due_are_listed_longest_past_first_overdue_past_the_slack_and_never_without_a_cadence() {
    let mut marcus = person(1, "Marcus", Some(Relation::Mentor));
    marcus.every_days = Some(30);
    marcus.touches = vec![
        touch(day(2026, 9, 1), "Hiring PMs"),
        touch(day(2026, 6, 1), ""),
    ];
    // Touched long ago, but with no cadence set: never due.
    let mut quiet = person(2, "Quiet", Some(Relation::Peer));
    quiet.touches = vec![touch(day(2020, 1, 1), "")];
    // Due six days ago: within the two weeks of slack.
    let mut recent = person(3, "Recent", Some(Relation::Peer));
    recent.every_days = Some(30);
    recent.touches = vec![touch(day(2026, 10, 17), "")];
    let d = doc(vec![quiet, recent, marcus]);
    let found = due(&d, today());
    let ids: Vec<_> = found.iter().map(|t| t.person.0).collect();
    assert_eq!(ids, [1, 3], "the longest past first; no cadence never due");
    assert!(found[0].overdue);
    assert_eq!(found[0].touching, Touching::Next(day(2026, 10, 1), -52));
    assert_eq!(
        found[0].finding.reasons,
        [
            "You keep in touch with Marcus every 30 days.",
            "Last touch 2026-09-01: Hiring PMs.",
            "Due 2026-10-01, 52 days ago.",
            "Overdue: more than 14 days past due (the rules' slack).",
        ]
    );
    assert!(!found[1].overdue, "six days past due is due, not overdue");
    assert_eq!(touching(&d.people[0], today()), Touching::NoCadence);
    assert!(!Touching::NoCadence.is_overdue(&d));
    // The slack is the rules': with none, six days past is overdue.
    let mut strict = d.clone();
    strict.rules.people.overdue_after_days = 0;
    assert!(due(&strict, today())[1].overdue);
}

#[test]
fn a_cadence_never_touched_asks_for_a_first_touch_a_touch_ahead_is_not_due_in_the_panels_order() {
    let mut new = person(1, "New", None);
    new.every_days = Some(60);
    let mut ahead = person(2, "Ahead", Some(Relation::Peer));
    ahead.every_days = Some(60);
    ahead.touches = vec![touch(day(2026, 11, 1), "")];
    let d = doc(vec![ahead, new]);
    let found = due(&d, today());
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].touching, Touching::First);
    assert!(
        !found[0].overdue,
        "a first touch has no date to be late from"
    );
    assert_says(&found[0].finding.reasons, "No touch logged yet.");
    // A touch with no date keeps the first touch due, and says why.
    let mut undated = d.clone();
    undated.people[1].touches.push(Touch::default());
    assert_says(
        &due(&undated, today())[0].finding.reasons,
        "No touch with a date logged yet.",
    );
    // The panel's order: due first, then the next dates, then no cadence by name.
    let mut none = person(3, "Abe", Some(Relation::Peer));
    none.touches = vec![touch(day(2026, 1, 1), "")];
    let mut d = d;
    d.people.push(none);
    let order: Vec<_> = in_due_order(&d, today()).iter().map(|p| p.id.0).collect();
    assert_eq!(order, [1, 2, 3]);
}

#[test]
fn a_promise_left_open_is_listed_and_a_kept_or_empty_one_is_not() {
    let mut a = person(1, "Ana", Some(Relation::Mentor));
    a.touches = vec![
        Touch {
            date: Some(day(2026, 7, 1)),
            promised: "Send the draft".to_owned(),
            ..Touch::default()
        },
        Touch {
            date: Some(day(2026, 5, 1)),
            promised: "Intro to Bo".to_owned(),
            kept: true,
            ..Touch::default()
        },
        Touch {
            date: Some(day(2026, 4, 1)),
            promised: "  ".to_owned(),
            ..Touch::default()
        },
    ];
    let d = doc(vec![a]);
    let open = open_promises(&d);
    assert_eq!(open.len(), 1);
    assert_eq!(
        open[0].sentence(&d),
        "Promised Ana on 2026-07-01: Send the draft"
    );
    assert!(open_promises(&doc(vec![person(1, "Ana", None)])).is_empty());
}

#[test]
fn a_need_no_one_knows_is_a_gap_with_its_move_and_a_covered_one_names_who() {
    let mut expert = person(1, "Eve", Some(Relation::DomainExpert));
    expert.skills = vec![SkillId(1), SkillId(2)];
    let d = doc(vec![expert, person(2, "Bo", None)]);
    let found = coverage(&d, today());
    // Growth is at its target: not a need.
    assert_eq!(found.len(), 2);
    let of = |found: &[Coverage], need: Need| {
        found
            .iter()
            .find(|c| c.need == need)
            .cloned()
            .expect("a need")
    };
    let (skill, stone) = (Need::Skill(SkillId(1)), Need::Stone(StoneId(1)));
    assert_eq!(of(&found, skill).who, [PersonId(1)]);
    assert_eq!(of(&found, skill).fill, None);
    assert_says(&of(&found, skill).reasons, "Known by Eve.");
    assert_eq!(of(&found, stone).who, []);
    assert_says(&of(&found, stone).reasons, "No one you know has done this.");
    assert!(
        of(&found, stone)
            .fill
            .as_deref()
            .is_some_and(|f| f.contains("Lead a team"))
    );
    // Someone who has done the stone covers it; a skill no one knows is the gap.
    let mut d = d;
    d.people[0].skills.clear();
    d.people[1].has_done = vec![StoneId(1)];
    let found = coverage(&d, today());
    assert_eq!(of(&found, skill).who, []);
    assert!(of(&found, skill).fill.is_some());
    assert_eq!(of(&found, stone).who, [PersonId(2)]);
    // A skill not scored yet is not a need; a north star that is gone needs nothing.
    d.skills[0].level = None;
    assert_eq!(coverage(&d, today()).len(), 1);
    d.north_star.target_role.clear();
    assert!(coverage(&d, today()).is_empty());
}

/// The stone's coverage reasons: who has done it, then who knows the skills it names.
fn stone_reasons(d: &Document) -> Vec<String> {
    coverage(d, today())
        .into_iter()
        .find(|c| c.need == Need::Stone(StoneId(1)))
        .expect("the next stone")
        .reasons
}

#[test]
fn the_next_stone_names_who_knows_each_skill_it_needs_and_which_no_one_knows() {
    let mut eve = person(1, "Eve", None);
    eve.skills = vec![SkillId(2), SkillId(1)];
    let mut bo = person(2, "Bo", None);
    bo.skills = vec![SkillId(2)];
    let mut d = doc(vec![eve, bo]);
    // Ticked Growth first, then Finance; said in the matrix's order, Finance first.
    d.north_star.stones[0].skills = vec![SkillId(2), SkillId(1)];
    assert_eq!(
        stone_reasons(&d),
        [
            "\"Lead a team\" (2028) is your next stepping stone not reached yet.",
            "No one you know has done this.",
            "Of the skills it needs, your people know Finance (Eve); Growth (Eve, Bo).",
        ]
    );
    d.people[0].skills.clear();
    assert_eq!(
        stone_reasons(&d)[2..],
        [
            "Of the skills it needs, your people know Growth (Bo).",
            "No one among your people is linked to Finance, which it needs.",
        ]
    );
    d.people[1].skills.clear();
    assert_eq!(
        stone_reasons(&d)[2..],
        ["No one among your people is linked to Finance and Growth, which it needs."]
    );
}

#[test]
fn a_next_stone_that_names_no_skills_says_nothing_of_them() {
    let mut eve = person(1, "Eve", None);
    eve.skills = vec![SkillId(1), SkillId(2)];
    let d = doc(vec![eve]);
    assert_eq!(
        stone_reasons(&d),
        [
            "\"Lead a team\" (2028) is your next stepping stone not reached yet.",
            "No one you know has done this.",
        ]
    );
}

fn colleague(id: u64, company: &str, function: &str) -> Person {
    Person {
        company: company.to_owned(),
        function: function.to_owned(),
        ..person(id, &format!("P{id}"), Some(Relation::Peer))
    }
}

#[test]
fn a_network_from_one_company_is_named_one_sided_and_a_mixed_one_is_not() {
    let mut d = doc((1..=5).map(|i| colleague(i, "Northwind", "")).collect());
    d.bets = vec![Bet {
        id: BetId(1),
        organisation: "northwind ".to_owned(),
        start: 2025.0,
        end: 2027.0,
        ..Bet::default()
    }];
    let company = |d: &Document| {
        narrowness(d, today())
            .into_iter()
            .find(|n| n.side == Side::Company)
            .expect("company")
    };
    let n = company(&d);
    assert!(n.one_sided);
    assert_eq!((n.same, n.known), (5, 5));
    assert_says(
        &n.reasons,
        "5 of 5 people whose company is known share yours (northwind): 100 %.",
    );
    assert_says(&n.reasons, "Sharing it: P1, P2, P3, P4, P5.");
    // Two of five from the company: not one-sided.
    for p in &mut d.people[2..] {
        p.company = "Elsewhere".to_owned();
    }
    assert!(!company(&d).one_sided);
    // Four known is too few to judge, however alike.
    let mut few = doc((1..=4).map(|i| colleague(i, "Northwind", "")).collect());
    few.bets.clone_from(&d.bets);
    let n = company(&few);
    assert!(!n.one_sided);
    assert_says(&n.reasons, "Too few");
    // With no bet running today, the company is not known, and nothing is judged.
    d.bets[0].end = 2026.0;
    let n = company(&d);
    assert!(n.mine.is_empty() && !n.one_sided);
    assert_says(&n.reasons, "Not judged by company");
}

#[test]
fn a_function_not_given_is_not_judged_and_people_without_one_are_left_out() {
    let mut people: Vec<Person> = (1..=5).map(|i| colleague(i, "", "Product")).collect();
    people.push(colleague(6, "", ""));
    let mut d = doc(people);
    let function = |d: &Document| {
        narrowness(d, today())
            .into_iter()
            .find(|n| n.side == Side::Function)
            .expect("function")
    };
    assert!(!function(&d).one_sided, "your function is not given");
    assert_eq!(
        function(&d).reasons,
        ["Not judged by function: your own function is not written yet (People panel, under You)."]
    );
    d.profile.function = "product".to_owned();
    let n = function(&d);
    assert!(n.one_sided);
    assert_eq!((n.same, n.known), (5, 5));
    assert_says(&n.reasons, "1 person with no function given left out.");
    assert!(narrowness(&doc(Vec::new()), today()).is_empty());
}

#[test]
fn mentorship_names_no_guide_a_stale_one_and_the_mentees() {
    assert!(mentorship(&doc(Vec::new()), today()).is_empty());
    let topics = |d: &Document| {
        mentorship(d, today())
            .into_iter()
            .map(|f| f.topic)
            .collect::<Vec<_>>()
    };
    let about = |d: &Document, topic: Topic| {
        mentorship(d, today())
            .into_iter()
            .find(|f| f.topic == topic)
            .expect("speaks")
    };
    // Only a peer and someone to classify: no guide, no mentee.
    let d = doc(vec![
        person(1, "Peer", Some(Relation::Peer)),
        person(2, "New", None),
    ]);
    assert_same_items(&topics(&d), &[Topic::NoGuide, Topic::NoMentee]);
    assert_says(
        &about(&d, Topic::NoGuide).reasons,
        "1 person is still to classify: one of them may be.",
    );
    // A mentor touched four months ago: stale; a mentee: named, not a caution.
    let mut mentor = person(3, "Marcus", Some(Relation::Mentor));
    mentor.touches = vec![touch(day(2026, 7, 14), "")];
    let mut mentee = person(4, "Sofia", Some(Relation::Mentee));
    mentee.touches = vec![touch(day(2026, 11, 12), "")];
    let mut d = doc(vec![mentor, mentee]);
    assert_same_items(&topics(&d), &[Topic::StaleGuide, Topic::Mentees]);
    assert_eq!(
        about(&d, Topic::StaleGuide).reasons,
        ["Marcus (mentor): last touch 2026-07-14, 131 days ago."]
    );
    let mentees = about(&d, Topic::Mentees);
    assert_eq!(mentees.title, "You are mentoring 1 person: Sofia.");
    assert!(!mentees.caution);
    // Touched within the rules' days: silent about guidance.
    d.rules.people.mentor_within_days = 131;
    assert_eq!(topics(&d), [Topic::Mentees]);
}

#[test]
fn the_ceilings_are_suggested_from_the_people_only_with_people() {
    let empty = doc(Vec::new());
    assert_eq!(suggested_score(&empty, today(), Ceiling::Network), None);
    let d = doc(vec![person(1, "Peer", Some(Relation::Peer))]);
    assert_eq!(suggested_score(&d, today(), Ceiling::Bandwidth), None);
    // No guide (two steps) and no mentee (one): 2.
    let m = suggested_score(&d, today(), Ceiling::Mentorship).expect("suggested");
    assert_eq!(m.score, 2);
    assert_eq!(
        m.reasons,
        [
            "−2: No mentor or sponsor among your people.",
            "−1: You mentor no one yet."
        ]
    );
    // No one knows Finance, no one has done the stone: 3.
    let n = suggested_score(&d, today(), Ceiling::Network).expect("suggested");
    assert_eq!(n.score, 3);
    assert_says(&n.reasons, "−1: No one you know is linked to Finance.");
    // Every need covered, guided lately, mentoring, nothing open: 5, saying what was checked.
    let mut mentor = person(1, "Marcus", Some(Relation::Mentor));
    mentor.skills = vec![SkillId(1)];
    mentor.has_done = vec![StoneId(1)];
    mentor.touches = vec![touch(day(2026, 11, 1), "")];
    let mut d = doc(vec![mentor, person(2, "Sofia", Some(Relation::Mentee))]);
    assert_eq!(
        suggested_score(&d, today(), Ceiling::Network).map(|s| s.score),
        Some(5)
    );
    assert_eq!(
        suggested_score(&d, today(), Ceiling::Mentorship).map(|s| s.score),
        Some(5)
    );
    // A promise to the mentor left open costs a step.
    d.people[0].touches[0].promised = "Send the plan".to_owned();
    let m = suggested_score(&d, today(), Ceiling::Mentorship).expect("suggested");
    assert_eq!(m.score, 4);
    assert_says(&m.reasons, "Promised Marcus on 2026-11-01: Send the plan");
}

#[test]
fn the_sample_says_whom_to_touch_longest_overdue_first_and_where_its_network_is_narrow() {
    let d = crate::file::sample();
    let names: Vec<&str> = due(&d, today())
        .iter()
        .filter(|t| t.overdue)
        .filter_map(|t| d.person(t.person).map(|p| p.name.as_str()))
        .collect();
    assert_eq!(names, ["Amara Okafor", "Marcus Lee", "Tom Becker"]);
    let narrow: Vec<Side> = narrowness(&d, today())
        .into_iter()
        .filter(|n| n.one_sided)
        .map(|n| n.side)
        .collect();
    assert_eq!(narrow, [Side::Function, Side::Domain]);
    assert!(
        d.people
            .iter()
            .any(|p| p.relation.is_none() && p.relation_label() == "to classify")
    );
}
