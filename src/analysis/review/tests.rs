//! Career reviews: what changed, metrics against their path, the balance of phases, when due.

use super::*;
use crate::model::{
    Bet, BetId, BetStatus, CareerReviewId, Ceiling, CeilingAssessment, CeilingScore, FocusItem,
    Metric, MetricDirection, MetricId, Skill, SkillId, SteppingStone, StoneId, VoiceEntry,
    VoiceKind,
};
use crate::testing::assert_same_items;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn doc() -> Document {
    let mut doc = Document::new_empty(day(2026, 1, 1));
    doc.north_star.target_role = "CPO".into();
    doc.north_star.target_year = 2031;
    doc.skills.push(Skill {
        id: SkillId(1),
        name: "Zero-to-one building".into(),
        level: Some(2),
        target: Some(4),
        enjoyment: Some(3),
        avoidance: Some(1),
        ..Skill::default()
    });
    doc.north_star.stones.push(SteppingStone {
        id: StoneId(1),
        title: "Lead a zero-to-one product".into(),
        year: 2027,
        done: false,
        skills: Vec::new(),
    });
    doc.bets.push(Bet {
        id: BetId(1),
        title: "Checkout".into(),
        status: BetStatus::Active,
        ..Bet::default()
    });
    doc.metrics.push(Metric {
        id: MetricId(1),
        name: "Team size led".into(),
        unit: "people".into(),
        value: 3.0,
        target: 12.0,
        first_value: 2.0,
        first_date: Some(day(2026, 1, 1)),
        ..Metric::default()
    });
    doc
}

fn assess(doc: &mut Document, id: u64, date: NaiveDate, network: u8) {
    doc.ceilings.push(CeilingAssessment {
        id: crate::model::AssessmentId(id),
        date: Some(date),
        scores: vec![CeilingScore {
            ceiling: Ceiling::Network,
            score: Some(network),
            note: String::new(),
        }],
    });
}

#[test]
fn nothing_changed_says_nothing() {
    let d = doc();
    let a = snapshot(&d, day(2026, 4, 1));
    assert!(changes(&d, &[&a], &a).is_empty());
    assert!(
        changes(&d, &[], &a).is_empty(),
        "a first review has nothing before it"
    );
}

#[test]
fn every_kind_of_change_is_a_sentence_with_its_numbers() {
    let mut d = doc();
    assess(&mut d, 1, day(2025, 10, 1), 4);
    let first = snapshot(&d, day(2025, 10, 1));
    assess(&mut d, 2, day(2026, 1, 1), 3);
    let second = snapshot(&d, day(2026, 1, 1));
    d.skills[0].level = Some(3);
    d.skills[0].target = Some(5);
    d.metrics[0].value = 5.0;
    d.north_star.stones[0].done = true;
    d.bets[0].status = BetStatus::Succeeded;
    d.north_star.target_role = "VP Product".into();
    assess(&mut d, 3, day(2026, 4, 1), 2);
    let third = snapshot(&d, day(2026, 4, 1));
    assert_same_items(
        &changes(&d, &[&first, &second], &third),
        &[
            "North star changed from 'CPO' by 2031 to 'VP Product' by 2031: offers scored before it may need re-scoring.",
            "Zero-to-one building from 2 to 3.",
            "Zero-to-one building target from 4 to 5.",
            "Team size led from 3 to 5 people.",
            "Stepping stone 'Lead a zero-to-one product' done.",
            "Bet 'Checkout' from active to succeeded.",
            "Network ceiling from 3 to 2, falling for 2 reviews.",
        ],
    );
    // Only one step down: no streak named.
    assert_eq!(
        changes(&d, &[&first], &second),
        vec!["Network ceiling from 4 to 3."]
    );
}

#[test]
fn new_and_undone_items_and_drift_are_named() {
    let d = doc();
    let mut before = snapshot(&d, day(2026, 4, 1));
    let after = before.clone();
    before.skills.clear();
    before.metrics.clear();
    before.bets.clear();
    before.stones_done.push(StoneId(1));
    before.drift = RiskLevel::Low;
    assert_same_items(
        &changes(&d, &[&before], &after),
        &[
            "New skill 'Zero-to-one building' at level 2 of target 4.",
            "New metric 'Team size led' at 3 people.",
            "Stepping stone 'Lead a zero-to-one product' no longer done.",
            "New bet 'Checkout': active.",
            "Drift risk from low to not known.",
        ],
    );
}

#[test]
fn an_item_removed_since_is_named_removed_and_a_removed_stone_is_not_called_undone() {
    let mut d = doc();
    let before = snapshot(&d, day(2026, 1, 1));
    d.skills[0].level = Some(3);
    d.north_star.stones[0].done = true;
    d.bets[0].status = BetStatus::Succeeded;
    let after = snapshot(&d, day(2026, 4, 1));
    d.skills.clear();
    d.north_star.stones.clear();
    d.bets.clear();
    let said = changes(&d, &[&before], &after);
    for sentence in [
        "A removed skill from 2 to 3.",
        "Stepping stone a removed stone done.",
        "Bet a removed bet from active to succeeded.",
    ] {
        assert!(said.iter().any(|s| s == sentence), "{sentence}: {said:?}");
    }
    assert_eq!(said.len(), 3, "{said:?}");
    // Looking back the other way, the stone is gone rather than no longer done.
    let said = changes(&d, &[&after], &before);
    assert!(
        !said.iter().any(|s| s.contains("no longer done")),
        "{said:?}"
    );
    assert!(
        said.iter().any(|s| s == "A removed skill from 3 to 2."),
        "{said:?}"
    );
}

#[test]
fn updates_count_since_the_previous_review_against_the_promise() {
    let mut d = doc();
    d.voice.cadence_days = 30;
    d.voice.manager = "Dana".into();
    for (id, date) in [
        (1, day(2025, 12, 31)),
        (2, day(2026, 1, 15)),
        (3, day(2026, 2, 15)),
    ] {
        d.voice.entries.push(VoiceEntry {
            id: crate::model::VoiceEntryId(id),
            date: Some(date),
            kind: VoiceKind::Update,
            ..VoiceEntry::default()
        });
    }
    d.reviews.push(CareerReview {
        id: CareerReviewId(1),
        date: Some(day(2026, 1, 1)),
        ..CareerReview::default()
    });
    // 2026-01-01 to 2026-04-02 is 91 days: three updates of one every 30 days promised.
    let s = snapshot(&d, day(2026, 4, 2));
    assert_eq!((s.updates_sent, s.updates_promised), (2, 3));
    assert_eq!(
        updates_line(&s).as_deref(),
        Some("2 updates sent, 3 promised: fewer than promised.")
    );
    // How often, but not to whom: nothing was promised, so nothing falls short.
    d.voice.manager.clear();
    let s = snapshot(&d, day(2026, 4, 2));
    assert_eq!(s.updates_promised, 0);
    assert_eq!(
        updates_line(&s).as_deref(),
        Some("2 updates sent; no cadence promised.")
    );
    d.voice.cadence_days = 0;
    d.voice.entries.clear();
    assert_eq!(updates_line(&snapshot(&d, day(2026, 4, 2))), None);
}

#[test]
fn a_metric_is_held_against_a_straight_path_to_its_target() {
    let mut d = doc();
    // 2028-07-02 is 2028.5: halfway from 2026.0 to 2031.0, so the path says 2 + 10 / 2 = 7,
    // and the margin is a tenth of the way from 2 to 12: 1.
    let today = day(2028, 7, 2);
    let check = |d: &Document, value: f64| {
        let mut m = d.metrics[0].clone();
        m.value = value;
        progress(d, &m, today)
    };
    let on = check(&d, 7.5);
    assert_eq!(on.track, Track::OnTrack);
    assert_eq!(on.expected, Some(7.0));
    assert_eq!(
        on.text,
        "On track: 7.5 people where the path says 7 today, on the way to 12 people by 2031."
    );
    assert_eq!(check(&d, 8.5).track, Track::Ahead);
    assert_eq!(check(&d, 5.5).track, Track::Behind);
    // Lower is better: from 20 down to 10, the path says 15; 13 is ahead of it.
    d.metrics[0].direction = MetricDirection::Down;
    d.metrics[0].first_value = 20.0;
    d.metrics[0].target = 10.0;
    assert_eq!(check(&d, 13.0).track, Track::Ahead);
    assert_eq!(check(&d, 16.5).track, Track::Behind);
    // Past the north-star year the path sits on the target.
    assert_eq!(path_value(&d.metrics[0], 2031, 2033.0), Some(10.0));
    // Once that year has passed, the metric is held against nothing: a goal gone does not
    // make anyone behind.
    let gone = progress(&d, &d.metrics[0], day(2032, 3, 1));
    assert_eq!(gone.track, Track::NotKnown);
    assert_eq!(gone.expected, None);
    assert!(
        gone.text
            .starts_with("Not known: its path ran to 10 people by 2031, and that year has passed"),
        "{}",
        gone.text
    );
    // In the north-star year itself the path still holds.
    assert_ne!(
        progress(&d, &d.metrics[0], day(2031, 3, 1)).track,
        Track::NotKnown
    );
    // Without a start date there is no path: not known, never on track.
    d.metrics[0].first_date = None;
    assert_eq!(check(&d, 7.0).track, Track::NotKnown);
}

#[test]
fn a_number_over_time_is_its_value_at_each_review_then_today() {
    let mut d = doc();
    d.reviews.push(new_review(&d, day(2026, 7, 2)));
    d.reviews.push(CareerReview {
        id: CareerReviewId(9),
        date: None,
        ..new_review(&d, day(2026, 7, 2))
    });
    d.metrics[0].value = 5.0;
    d.skills[0].level = Some(4);
    // 2026-07-02 is 2026 + 182/365; 2027-01-01 is 2027.0.
    assert_eq!(
        metric_over_time(&d, &d.metrics[0], day(2027, 1, 1)),
        vec![[2026.0 + 182.0 / 365.0, 3.0], [2027.0, 5.0]]
    );
    assert_eq!(
        skill_over_time(&d, &d.skills[0], day(2027, 1, 1)),
        vec![[2026.0 + 182.0 / 365.0, 2.0], [2027.0, 4.0]]
    );
    let today = day(2027, 1, 1);
    assert_eq!(
        path_ends(&d, &d.metrics[0], today),
        Some([[2026.0, 2.0], [2031.0, 12.0]])
    );
    // No path once the north star's year has passed, nor to a year before tracking began.
    assert_eq!(path_ends(&d, &d.metrics[0], day(2032, 1, 1)), None);
    d.metrics[0].first_date = Some(day(2031, 6, 1));
    assert_eq!(path_ends(&d, &d.metrics[0], today), None);
    d.metrics[0].first_date = None;
    assert_eq!(path_ends(&d, &d.metrics[0], today), None);
}

#[test]
fn phases_per_year_count_the_part_of_each_bet_inside_the_year() {
    let mut d = doc();
    d.bets = vec![
        Bet {
            id: BetId(1),
            phase: Some(Phase::Learning),
            start: 2019.5,
            end: 2021.0,
            ..Bet::default()
        },
        Bet {
            id: BetId(2),
            phase: Some(Phase::Impact),
            start: 2020.5,
            end: 2022.25,
            ..Bet::default()
        },
    ];
    let year = |year, learning, impact| YearBalance {
        year,
        learning,
        impact,
    };
    // Today is 2022.0: nothing of 2022 is lived yet.
    let balance = phase_balance(&d, day(2022, 1, 1));
    assert_eq!(
        balance,
        vec![
            year(2019, 0.5, 0.0),
            year(2020, 1.0, 0.5),
            year(2021, 0.0, 1.0)
        ]
    );
    // A bet whose phase is not set yet is in neither column.
    d.bets.push(Bet {
        id: BetId(3),
        start: 2019.0,
        end: 2022.0,
        ..Bet::default()
    });
    assert_eq!(phase_balance(&d, day(2022, 1, 1)), balance);
    d.bets.clear();
    assert!(phase_balance(&d, day(2022, 1, 1)).is_empty());
}

#[test]
fn a_review_is_due_a_cadence_after_the_last() {
    let mut d = doc();
    assert_eq!(due_in(&d, day(2026, 1, 1)), None);
    d.reviews.push(new_review(&d, day(2026, 1, 1)));
    assert_eq!(d.reviews[0].id, CareerReviewId(1));
    assert_eq!(due_in(&d, day(2026, 3, 2)), Some(91 - 60));
    assert_eq!(due_in(&d, day(2026, 5, 1)), Some(91 - 120));
    d.rules.review_days = 30;
    assert_eq!(due_in(&d, day(2026, 1, 11)), Some(20));
}

#[test]
fn changes_to_today_compare_with_the_review_before_a_date() {
    let mut d = doc();
    assert_eq!(changes_to_today(&d, None, day(2026, 4, 1)), None);
    d.reviews.push(new_review(&d, day(2026, 1, 1)));
    d.skills[0].level = Some(3);
    d.reviews.push(new_review(&d, day(2026, 4, 1)));
    d.metrics[0].value = 4.0;
    assert_eq!(
        changes_to_today(&d, None, day(2026, 5, 1)),
        Some(vec!["Team size led from 3 to 4 people.".to_owned()])
    );
    let since = changes_to_today(&d, Some(day(2026, 2, 1)), day(2026, 5, 1)).expect("a review");
    assert_same_items(
        &since,
        &[
            "Zero-to-one building from 2 to 3.",
            "Team size led from 3 to 4 people.",
        ],
    );
    assert_eq!(
        changes_to_today(&d, Some(day(2025, 1, 1)), day(2026, 5, 1)),
        None
    );
    let second = &d.reviews[1];
    assert_eq!(
        changes_since_previous(&d, second),
        vec!["Zero-to-one building from 2 to 3."]
    );
}

#[test]
fn a_focus_says_which_of_its_items_moved_with_the_numbers_in_the_order_chosen() {
    let mut d = doc();
    d.metrics.push(Metric {
        id: MetricId(2),
        name: "Meeting hours a week".into(),
        unit: "hours".into(),
        direction: MetricDirection::Down,
        value: 20.0,
        target: 10.0,
        ..Metric::default()
    });
    let focus = [
        FocusItem::Skill(SkillId(1)),
        FocusItem::Metric(MetricId(1)),
        FocusItem::Metric(MetricId(2)),
        FocusItem::Stone(StoneId(1)),
    ];
    let before = snapshot(&d, day(2026, 1, 1));
    // Nothing moved: each item says so, with where it stands.
    let still = focus_progress(&d, &focus, &before, &before);
    let texts: Vec<&str> = still.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Did not move: Zero-to-one building still at level 2 (target 4).",
            "Did not move: Team size led still at 3 people (target 12).",
            "Did not move: Meeting hours a week still at 20 hours (target 10).",
            "Did not move: stepping stone 'Lead a zero-to-one product' not done yet.",
        ]
    );
    assert!(still.iter().all(|l| l.moved == Moved::Still));
    assert_eq!(focus_summary(&still), "0 of 4 focus items moved.");
    // The skill rose, the team grew, the meeting hours grew (the wrong way for a metric where
    // lower is better), and the stone got done.
    d.skills[0].level = Some(3);
    d.metrics[0].value = 5.0;
    d.metrics[1].value = 25.0;
    d.north_star.stones[0].done = true;
    let after = snapshot(&d, day(2026, 4, 1));
    let lines = focus_progress(&d, &focus, &before, &after);
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Moved: Zero-to-one building from 2 to 3 (target 4).",
            "Moved: Team size led from 3 to 5 people (target 12).",
            "Went back: Meeting hours a week from 20 to 25 hours (target 10).",
            "Moved: stepping stone 'Lead a zero-to-one product' done.",
        ]
    );
    let moved: Vec<Moved> = lines.iter().map(|l| l.moved).collect();
    assert_eq!(
        moved,
        [Moved::Forward, Moved::Forward, Moved::Back, Moved::Forward]
    );
    assert_eq!(focus_summary(&lines), "3 of 4 focus items moved.");
}

#[test]
fn a_focus_item_missing_at_one_end_is_not_known_and_a_removed_one_is_named_so() {
    let mut d = doc();
    let before = snapshot(&d, day(2026, 1, 1));
    // The skill is unscored at the later end; the metric was removed since.
    d.skills[0].level = None;
    d.metrics.clear();
    let after = snapshot(&d, day(2026, 4, 1));
    let focus = [FocusItem::Skill(SkillId(1)), FocusItem::Metric(MetricId(1))];
    let lines = focus_progress(&d, &focus, &before, &after);
    assert_eq!(lines[0].moved, Moved::NotKnown);
    assert_eq!(
        lines[0].text,
        "Not known: Zero-to-one building was not scored at both ends of the period."
    );
    assert_eq!(lines[1].moved, Moved::NotKnown);
    assert_eq!(
        lines[1].text,
        "Not known: a removed metric was not recorded at both ends of the period."
    );
}

#[test]
fn last_quarters_focus_is_measured_at_the_next_review_and_this_quarters_to_today() {
    let mut d = doc();
    let mut first = new_review(&d, day(2026, 1, 1));
    first.focus_on = vec![FocusItem::Skill(SkillId(1))];
    d.reviews.push(first.clone());
    d.skills[0].level = Some(3);
    let mut second = new_review(&d, day(2026, 4, 1));
    second.focus_on = vec![FocusItem::Metric(MetricId(1))];
    d.reviews.push(second.clone());
    d.metrics[0].value = 4.0;
    assert!(
        focus_since_previous(&d, &first).is_none(),
        "the first review has no focus before it"
    );
    let (set_at, lines) = focus_since_previous(&d, &second).expect("the first review's focus");
    assert_eq!(set_at.id, first.id);
    assert_eq!(
        lines[0].text,
        "Moved: Zero-to-one building from 2 to 3 (target 4)."
    );
    let lines = focus_to_today(&d, &second, day(2026, 5, 1)).expect("the latest focus");
    assert_eq!(
        lines[0].text,
        "Moved: Team size led from 3 to 4 people (target 12)."
    );
    // A review with no focus linked has nothing to measure.
    d.reviews[1].focus_on.clear();
    assert!(focus_to_today(&d, &d.reviews[1], day(2026, 5, 1)).is_none());
}

#[test]
fn a_review_retaken_the_same_day_keeps_its_answers_and_covers_the_same_days() {
    let mut d = doc();
    d.voice.cadence_days = 30;
    d.voice.manager = "Dana".into();
    d.voice.entries.push(VoiceEntry {
        id: crate::model::VoiceEntryId(1),
        date: Some(day(2026, 3, 10)),
        kind: VoiceKind::Update,
        ..VoiceEntry::default()
    });
    let mut first = new_review(&d, day(2026, 1, 1));
    first.snapshot.updates_sent = 0;
    d.reviews.push(first);
    let today = day(2026, 4, 1);
    let mut started = new_review(&d, today);
    started.went_well = "Shipped the pilot".to_owned();
    d.reviews.push(started.clone());
    d.skills[0].level = Some(3);
    let retaken = retake(&d, &started, today);
    assert_eq!(retaken.id, started.id);
    assert_eq!(retaken.date, started.date);
    assert_eq!(retaken.went_well, "Shipped the pilot");
    assert_eq!(retaken.snapshot.skills[0].level, 3, "taken again");
    // The 90 days since the January review: one update sent, three promised. Taken with
    // today's review counted, the period would be no days at all.
    assert_eq!(retaken.snapshot.updates_sent, 1);
    assert_eq!(retaken.snapshot.updates_promised, 3);
}

#[test]
fn a_rewritten_north_star_names_the_offers_scored_under_the_old_one() {
    use crate::model::{Offer, OfferId, ScoredUnder};
    let mut d = doc();
    let before = snapshot(&d, day(2026, 1, 1));
    let under_cpo = ScoredUnder {
        role: "CPO".into(),
        year: 2031,
        date: Some(day(2025, 12, 1)),
    };
    for (id, under) in [(1, Some(under_cpo)), (2, None)] {
        d.offers.push(Offer {
            id: OfferId(id),
            company: format!("Co{id}"),
            role: "PM".into(),
            scored_under: under,
            ..Offer::default()
        });
    }
    d.north_star.target_year = 2030;
    let after = snapshot(&d, day(2026, 4, 1));
    assert_eq!(
        changes(&d, &[&before], &after)[0],
        "North star changed from 'CPO' by 2031 to 'CPO' by 2030: re-score PM at Co1, scored under another north star."
    );
}
