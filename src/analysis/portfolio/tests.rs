//! What the portfolio says, each insight where it fires and where it stays silent.

use super::*;
use crate::model::{BetId, Phase, StoneId, WorkType};
use crate::testing::assert_says;

fn bet(id: u64, kind: BetKind, phase: Phase, start: f64, end: f64) -> Bet {
    Bet {
        id: BetId(id),
        title: format!("Bet {id}"),
        kind: Some(kind),
        phase: Some(phase),
        work: Some(WorkType::Feature),
        start,
        end,
        status: BetStatus::Succeeded,
        ..Bet::default()
    }
}

fn doc(bets: Vec<Bet>) -> Document {
    let mut d = Document::new_empty(day(2026));
    d.profile.career_start_year = Some(2016);
    d.bets = bets;
    d
}

fn day(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).expect("date")
}

fn titles(d: &Document, year: i32) -> Vec<String> {
    insights(d, day(year))
        .into_iter()
        .map(|i| i.title)
        .collect()
}

#[test]
fn no_bets_says_what_to_do_first() {
    assert_eq!(titles(&doc(vec![]), 2026), ["No bets yet."]);
}

fn swing(id: u64, start: f64, end: f64) -> Bet {
    bet(id, BetKind::BigSwing, Phase::Learning, start, end)
}

fn has(d: &Document, year: i32, title: &str) -> bool {
    titles(d, year).iter().any(|t| t == title)
}

#[test]
fn the_cadence_counts_from_when_the_last_swing_ended() {
    // Started 2019, ended 2022: 4 years by 2026 counts from the end, not the 7 from the start.
    let d = doc(vec![swing(1, 2019.0, 2022.0)]);
    let first = &insights(&d, day(2026))[0];
    assert_eq!(
        first.title,
        "A big swing is due: 4 years since the last one."
    );
    assert_eq!(first.severity, Severity::Warning);
    assert_says(&first.reasons, "ended 2022 (4 years ago)");
    assert!(first.reasons.iter().any(|r| r.contains("every 2–3 years")));
}

#[test]
fn a_swing_that_ended_exactly_one_cadence_ago_is_due() {
    // Ended 2023.0; by 2026 that is exactly the 3-year maximum: due, not "due within 0".
    let d = doc(vec![swing(1, 2021.0, 2023.0)]);
    assert!(has(
        &d,
        2026,
        "A big swing is due: 3 years since the last one."
    ));
    // Ended exactly the 2-year minimum ago: the window opens.
    let d = doc(vec![swing(1, 2022.0, 2024.0)]);
    assert!(has(&d, 2026, "A big swing is due within 1 year."));
}

#[test]
fn no_swing_is_due_right_after_one() {
    // Ended a year ago: the core role that follows is the cadence working.
    let d = doc(vec![
        swing(1, 2023.0, 2025.0),
        bet(2, BetKind::Core, Phase::Impact, 2025.0, 2028.0),
    ]);
    let found = insights(&d, day(2026));
    assert!(
        !found
            .iter()
            .any(|i| i.title.starts_with("A big swing is due")),
        "{found:?}"
    );
    let next = found
        .iter()
        .find(|i| i.title == "Next big swing from 2027.")
        .expect("next swing");
    assert_eq!(next.severity, Severity::Info);
    assert!(next.reasons.iter().any(|r| r.contains("not a problem")));
}

#[test]
fn a_swing_still_under_way_is_not_due() {
    // Started 2020 (6 years ago), still running until 2027: the clock starts at its end.
    let d = doc(vec![swing(1, 2020.0, 2027.0)]);
    let found = insights(&d, day(2026));
    let cadence = found
        .iter()
        .find(|i| i.title.starts_with("A big swing is"))
        .expect("the cadence");
    assert_eq!(
        cadence.title,
        "A big swing is under way: the next from 2029."
    );
    assert_eq!(cadence.severity, Severity::Info);
    assert_eq!(
        years_since_last_swing(&d, 2026.0).map(|(y, _)| y),
        Some(0.0)
    );
}

#[test]
fn never_taken_one_fires_only_without_a_swing() {
    let core = bet(1, BetKind::Core, Phase::Impact, 2016.0, 2030.0);
    let d = doc(vec![core.clone()]);
    assert!(has(
        &d,
        2026,
        "A big swing is due: you have never taken one."
    ));
    let d = doc(vec![core.clone(), swing(2, 2021.0, 2022.0)]);
    assert!(
        !titles(&d, 2026)
            .iter()
            .any(|t| t.contains("never taken one"))
    );
    // A planned first swing answers it.
    let d = doc(vec![core, swing(2, 2026.5, 2028.0)]);
    assert!(
        !titles(&d, 2026)
            .iter()
            .any(|t| t.contains("never taken one"))
    );
    assert!(has(
        &d,
        2026,
        "A big swing is due, and \"Bet 2\" is planned from mid-2026."
    ));
}

#[test]
fn a_planned_swing_softens_the_warning() {
    let d = doc(vec![swing(1, 2019.0, 2020.0), swing(2, 2026.5, 2028.0)]);
    let first = &insights(&d, day(2026))[0];
    assert_eq!(first.severity, Severity::Notice);
    assert_eq!(
        first.title,
        "A big swing is due, and \"Bet 2\" is planned from mid-2026."
    );
    assert!(
        first
            .reasons
            .iter()
            .any(|r| r.contains("Planned: \"Bet 2\" from mid-2026"))
    );
}

#[test]
fn a_swing_that_starts_too_soon_after_the_last_ended_is_back_to_back() {
    // Ends 2024.0, next starts 2025.0: one year, under the 2-year minimum.
    let d = doc(vec![swing(1, 2022.0, 2024.0), swing(2, 2025.0, 2026.5)]);
    let found = insights(&d, day(2026));
    let soon = found
        .iter()
        .find(|i| i.title.starts_with("Big swings back to back"))
        .expect("too soon");
    assert_eq!(
        soon.title,
        "Big swings back to back: \"Bet 2\" starts 1 year after \"Bet 1\" ended."
    );
    assert_eq!(soon.severity, Severity::Warning);
    // Exactly the minimum apart keeps the cadence; overlapping ones are named elsewhere.
    let d = doc(vec![swing(1, 2022.0, 2024.0), swing(2, 2026.0, 2027.0)]);
    assert!(!titles(&d, 2026).iter().any(|t| t.contains("back to back")));
    let d = doc(vec![swing(1, 2022.0, 2024.5), swing(2, 2024.0, 2025.0)]);
    let t = titles(&d, 2026);
    assert!(!t.iter().any(|t| t.contains("back to back")), "{t:?}");
    assert!(t.contains(&"Big swings overlap.".to_owned()));
}

#[test]
fn early_career_is_for_core_roles_with_too_many_early_swings_listed_above_it() {
    let d = doc(vec![
        bet(1, BetKind::BigSwing, Phase::Learning, 2016.5, 2017.0),
        bet(2, BetKind::BigSwing, Phase::Learning, 2018.0, 2019.0),
    ]);
    // The caution is listed above the note, as the panel lists cautions first.
    let t = titles(&d, 2019);
    let at = |title: &str| t.iter().position(|x| x == title);
    let (Some(caution), Some(note)) = (
        at("2 big swings before you were established."),
        at("Early career: core roles come first."),
    ) else {
        panic!("{t:?}")
    };
    assert!(caution < note, "{t:?}");
    // One early swing is within the default limit.
    let d = doc(vec![bet(
        1,
        BetKind::BigSwing,
        Phase::Learning,
        2017.0,
        2018.0,
    )]);
    assert!(
        !titles(&d, 2019)
            .iter()
            .any(|t| t.contains("before you were established"))
    );
}

#[test]
fn a_long_run_in_one_phase_asks_to_alternate() {
    // Impact from 2020 to now (2026): 6 years > 4. Bets that touch join one run.
    let d = doc(vec![
        bet(1, BetKind::Core, Phase::Learning, 2016.0, 2020.0),
        bet(2, BetKind::Core, Phase::Impact, 2020.0, 2023.0),
        bet(3, BetKind::Core, Phase::Impact, 2023.0, 2030.0),
    ]);
    let found = insights(&d, day(2026));
    let alt = found
        .iter()
        .find(|i| i.title.contains("time to alternate"))
        .expect("alternation insight");
    assert_eq!(
        alt.title,
        "6 years in impact phases since 2020: time to alternate."
    );
    assert_says(&alt.reasons, "Bet 2, Bet 3");
    // A run that ended long ago is history, not advice.
    let d = doc(vec![
        bet(1, BetKind::Core, Phase::Impact, 2016.0, 2022.0),
        bet(2, BetKind::Core, Phase::Learning, 2022.0, 2030.0),
    ]);
    assert!(!titles(&d, 2026).iter().any(|t| t.contains("impact phases")));
}

#[test]
fn overlapping_swings_are_flagged_but_touching_ones_are_not() {
    let d = doc(vec![
        bet(1, BetKind::BigSwing, Phase::Learning, 2021.0, 2022.0),
        bet(2, BetKind::BigSwing, Phase::Learning, 2022.0, 2023.0),
    ]);
    assert!(!titles(&d, 2026).contains(&"Big swings overlap.".to_owned()));
    let d = doc(vec![
        bet(1, BetKind::BigSwing, Phase::Learning, 2021.0, 2022.5),
        bet(2, BetKind::BigSwing, Phase::Learning, 2022.0, 2023.0),
    ]);
    assert!(titles(&d, 2026).contains(&"Big swings overlap.".to_owned()));
}

#[test]
fn outcomes_are_held_against_the_base_rate_with_their_stories() {
    let mut failed = bet(1, BetKind::BigSwing, Phase::Learning, 2020.0, 2021.0);
    failed.status = BetStatus::Failed;
    failed.story = "Learned to kill a product well.".into();
    let won = bet(2, BetKind::BigSwing, Phase::Learning, 2023.0, 2024.0);
    let mut active = bet(3, BetKind::BigSwing, Phase::Learning, 2025.0, 2027.0);
    active.status = BetStatus::Active;
    let d = doc(vec![failed, won, active]);
    let found = insights(&d, day(2026));
    let outcome = found
        .iter()
        .find(|i| i.title.starts_with("1 of 2"))
        .expect("outcome insight");
    assert!(outcome.title.contains("at or above the base rate"));
    assert_says(&outcome.reasons, "about 50 %");
    assert!(
        outcome
            .reasons
            .iter()
            .any(|r| r.contains("kill a product well"))
    );
}

#[test]
fn below_the_base_rate_is_said_only_when_below_it() {
    let mut failed = swing(1, 2019.0, 2020.0);
    failed.status = BetStatus::Failed;
    let d = doc(vec![failed.clone(), swing(2, 2022.0, 2023.0)]);
    let t = titles(&d, 2026);
    assert!(
        t.iter().any(|t| t.ends_with("at or above the base rate.")),
        "one of two is the expected half: {t:?}"
    );
    assert!(!t.iter().any(|t| t.contains("below the base rate")));
    let mut second = swing(2, 2022.0, 2023.0);
    second.status = BetStatus::Failed;
    let t = titles(&doc(vec![failed, second]), 2026);
    assert!(
        t.contains(&"0 of 2 big swings succeeded: below the base rate, and still worth the stories and learning.".to_owned()),
        "{t:?}"
    );
}

#[test]
fn an_outcome_not_set_is_not_counted_and_is_listed_to_fill_in() {
    let mut unset = swing(1, 2019.0, 2020.0);
    unset.status = BetStatus::Ended;
    let mut failed = swing(2, 2022.0, 2023.0);
    failed.status = BetStatus::Failed;
    let d = doc(vec![unset.clone(), failed]);
    let found = insights(&d, day(2026));
    let outcome = found
        .iter()
        .find(|i| i.title.starts_with("0 of 1 big swings succeeded"))
        .expect("only the failed swing is counted");
    assert!(
        outcome
            .reasons
            .iter()
            .any(|r| r.contains("Not counted: 1 ended big swing"))
    );
    let update = found
        .iter()
        .find(|i| i.title == "Update the status of 1 bet.")
        .expect("listed to fill in");
    assert_says(&update.reasons, "\"Bet 1\": ended 2020: set how it went");
    // With no outcome at all, there is no rate to give.
    let d = doc(vec![unset]);
    assert!(!titles(&d, 2026).iter().any(|t| t.contains("succeeded")));
}

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
fn a_short_run_in_one_phase_is_not_asked_to_alternate() {
    let d = doc(vec![
        bet(1, BetKind::Core, Phase::Learning, 2016.0, 2022.0),
        bet(2, BetKind::Core, Phase::Impact, 2022.0, 2030.0),
    ]);
    // Impact from 2022 to 2026: exactly the 4-year limit, not past it.
    assert!(
        !titles(&d, 2026)
            .iter()
            .any(|t| t.contains("time to alternate"))
    );
}

#[test]
fn stepping_stones_with_nothing_leading_to_them_are_named() {
    let mut d = doc(vec![bet(1, BetKind::Core, Phase::Impact, 2020.0, 2030.0)]);
    for (id, year) in [(1, 2027), (2, 2028)] {
        d.north_star.stones.push(crate::model::SteppingStone {
            id: StoneId(id),
            title: format!("Stone {id}"),
            year,
            done: false,
            skills: Vec::new(),
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

#[test]
fn layout_stacks_overlaps_and_lets_touching_bets_share_a_row() {
    let bets = vec![
        bet(1, BetKind::Core, Phase::Impact, 2016.0, 2020.0),
        bet(2, BetKind::Core, Phase::Impact, 2020.0, 2024.0), // touches 1: same row
        bet(3, BetKind::Core, Phase::Learning, 2019.0, 2021.0), // overlaps both: row 1
        bet(4, BetKind::Core, Phase::Learning, 2021.0, 2022.0), // row 1 is free again
        bet(5, BetKind::BigSwing, Phase::Learning, 2021.0, 2022.0),
    ];
    let l = layout(&bets);
    assert_eq!(l.rows[&BetId(1)], 0);
    assert_eq!(l.rows[&BetId(2)], 0);
    assert_eq!(l.rows[&BetId(3)], 1);
    assert_eq!(l.rows[&BetId(4)], 1);
    assert_eq!(l.rows[&BetId(5)], 0);
    assert_eq!((l.core_rows, l.swing_rows), (2, 1));
    assert_eq!(layout(&[]).core_rows, 1);
}

#[test]
fn relayout_moves_only_what_must_move() {
    let bets = vec![
        bet(1, BetKind::Core, Phase::Impact, 2016.0, 2020.0),
        bet(2, BetKind::Core, Phase::Impact, 2020.0, 2024.0),
        bet(3, BetKind::Core, Phase::Learning, 2019.0, 2021.0),
        bet(5, BetKind::BigSwing, Phase::Learning, 2021.0, 2022.0),
    ];
    let before = layout(&bets);
    assert_eq!(before.rows[&BetId(3)], 1);
    // Bet 3 moves past bet 2: packing afresh would bring it down to row 0, but nothing
    // makes it leave row 1.
    let mut moved = bets.clone();
    moved[2].start = 2025.0;
    moved[2].end = 2027.0;
    assert_eq!(
        layout(&moved).rows[&BetId(3)],
        0,
        "a fresh packing moves it"
    );
    let kept = relayout(&moved, &before, None);
    assert_eq!(kept, before, "every bet keeps its row");
    // Dropped in row 0 over bet 2: it stays where it was dropped, and bet 2, which it now
    // overlaps, is the one bet that moves, to the first row free for it.
    let mut dropped = bets.clone();
    dropped[2].start = 2021.0;
    dropped[2].end = 2023.0;
    let l = relayout(&dropped, &before, Some((BetId(3), 0)));
    assert_eq!(l.rows[&BetId(3)], 0);
    assert_eq!(l.rows[&BetId(1)], 0, "it does not overlap bet 1");
    assert_eq!(l.rows[&BetId(2)], 1);
    assert_eq!(l.rows[&BetId(5)], 0, "the other lane is untouched");
    assert_eq!((l.core_rows, l.swing_rows), (2, 1));
    // A new bet takes the first row free at its time; a row asked past the lane's end is
    // brought back to the lane's last.
    let mut added = bets.clone();
    added.push(bet(6, BetKind::Core, Phase::Impact, 2024.0, 2025.0));
    let l = relayout(&added, &before, Some((BetId(5), 40)));
    assert_eq!(l.rows[&BetId(6)], 0);
    assert_eq!(l.rows[&BetId(5)], 0);
    assert_eq!(l.swing_rows, 1);
    assert_eq!(relayout(&[], &before, None).core_rows, 1);
}

#[test]
fn long_lists_are_capped_with_the_count_after_the_names() {
    let swings: Vec<Bet> = (0..8)
        .map(|i| {
            bet(
                i + 1,
                BetKind::BigSwing,
                Phase::Learning,
                2016.0 + i as f64 * 0.1,
                2019.0,
            )
        })
        .collect();
    let found = insights(&doc(swings), day(2026));
    let early = found
        .iter()
        .find(|i| i.title.starts_with("8 big swings"))
        .expect("early");
    assert_eq!(
        early.reasons.len(),
        MAX_LISTED + 2,
        "five named, a count, the rule"
    );
    assert_eq!(early.reasons[MAX_LISTED], "…and 3 more.");
}

#[test]
fn years_read_as_people_say_them() {
    assert_eq!(year_label(2021.0), "2021");
    assert_eq!(year_label(2021.5), "mid-2021");
    assert_eq!(year_label(2021.25), "Q2 2021");
    assert_eq!(year_label(2021.75), "Q4 2021");
    // A role given by the month (an import) reads by the month, its end as its last month.
    let june =
        crate::model::year_fraction(chrono::NaiveDate::from_ymd_opt(2019, 6, 1).expect("day"));
    let march =
        crate::model::year_fraction(chrono::NaiveDate::from_ymd_opt(2022, 3, 1).expect("day"));
    assert_eq!(year_label(june), "Jun 2019");
    assert_eq!(end_label(march), "Feb 2022");
    // On the quarters an end reads as a start does, as the timeline draws it.
    assert_eq!(end_label(2022.75), "Q4 2022");
    assert_eq!(end_label(2020.0), "2020");
    assert_eq!(snap_quarter(2021.13), 2021.25);
    assert_eq!(snap_quarter(2021.1), 2021.0);
}

#[test]
fn no_time_between_is_right_after_never_zero_years() {
    assert_eq!(after(0.0), "right after");
    assert_eq!(after(1.5), "1.5 years after");
    assert_eq!(after(1.0), "1 year after");
}

#[test]
fn quarters_are_shown_and_typed_as_quarters_never_as_fractions() {
    assert_eq!(quarter_label(2022.0), "Q1 2022");
    assert_eq!(quarter_label(2022.75), "Q4 2022");
    assert_eq!(
        quarter_label(2022.998),
        "Q1 2023",
        "within two days of a quarter: that quarter"
    );
    // Off the quarters (a date imported by the month): its month, which reads back.
    assert_eq!(quarter_label(2022.9), "Nov 2022");
    let march =
        crate::model::year_fraction(chrono::NaiveDate::from_ymd_opt(2022, 3, 1).expect("day"));
    assert_eq!(quarter_label(march), "Mar 2022");
    for typed in ["Mar 2022", "march 2022", " MAR 2022 "] {
        assert_eq!(parse_quarter(typed), Some(march), "{typed}");
    }
    // An end off the quarters reads as the last month it covers, and reads back.
    assert_eq!(end_quarter_label(march), "Feb 2022");
    assert_eq!(parse_end("Feb 2022"), Some(march));
    assert_eq!(end_quarter_label(2022.75), "Q4 2022");
    assert_eq!(parse_end("Q4 2022"), Some(2022.75));
    for typed in ["Q4 2022", "q4 2022", "2022 Q4", " 2022.75 "] {
        assert_eq!(parse_quarter(typed), Some(2022.75), "{typed}");
    }
    assert_eq!(parse_quarter("mid-2022"), Some(2022.5));
    assert_eq!(parse_quarter("2022"), Some(2022.0));
    for nonsense in ["Q5 2022", "Q0 2022", "soon", "", "NaN", "inf"] {
        assert_eq!(parse_quarter(nonsense), None, "{nonsense}");
    }
    // What is shown reads back as the same quarter.
    for q in 0..40 {
        let year = 2015.0 + f64::from(q) / 4.0;
        assert_eq!(parse_quarter(&quarter_label(year)), Some(year));
    }
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

mod unset;
