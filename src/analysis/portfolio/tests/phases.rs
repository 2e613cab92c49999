//! Learning and impact phases: a run of one long enough to alternate, and one that is not.

use super::*;

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
