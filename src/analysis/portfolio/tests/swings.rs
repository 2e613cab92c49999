//! The big swings: the cadence between them, none too soon after the last, core roles
//! first, no two at once, and their outcomes against the base rate.

use super::*;

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
