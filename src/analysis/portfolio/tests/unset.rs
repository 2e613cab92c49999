//! A bet whose kind, phase or type of work is not set yet: every insight that would read it
//! stays silent or says what is not known, and one insight counts what is left out.

use super::*;
use crate::testing::assert_says;

/// A bet with nothing classified: as an import brings it.
fn unclassified(id: u64, start: f64, end: f64) -> Bet {
    Bet {
        id: BetId(id),
        title: format!("Bet {id}"),
        start,
        end,
        status: BetStatus::Ended,
        ..Bet::default()
    }
}

#[test]
fn a_phase_not_set_breaks_a_run_instead_of_joining_it() {
    // Impact 2016–2020, then a role of no phase, then impact again: no "10 years in impact".
    let d = doc(vec![
        bet(1, BetKind::Core, Phase::Impact, 2016.0, 2020.0),
        Bet {
            phase: None,
            ..bet(2, BetKind::Core, Phase::Impact, 2020.0, 2023.0)
        },
        bet(3, BetKind::Core, Phase::Impact, 2023.0, 2030.0),
    ]);
    assert!(!titles(&d, 2026).iter().any(|t| t.contains("phases since")));
    // The latest run's phase not set: nothing to alternate from.
    let d = doc(vec![
        bet(1, BetKind::Core, Phase::Impact, 2016.0, 2020.0),
        Bet {
            phase: None,
            ..bet(2, BetKind::Core, Phase::Impact, 2020.0, 2030.0)
        },
    ]);
    assert_eq!(alternation(&d, 2026.0), None);
    // Set, the same history speaks.
    let mut d = d;
    d.bets[1].phase = Some(Phase::Impact);
    assert!(alternation(&d, 2026.0).is_some());
}

#[test]
fn work_never_done_waits_while_a_role_has_no_type_of_work() {
    let mut d = doc(vec![
        bet(1, BetKind::Core, Phase::Impact, 2016.0, 2020.0),
        Bet {
            work: None,
            ..bet(2, BetKind::Core, Phase::Impact, 2020.0, 2030.0)
        },
    ]);
    assert!(!titles(&d, 2026).iter().any(|t| t.starts_with("Never done")));
    d.bets[1].work = Some(WorkType::Scaling);
    let t = titles(&d, 2026);
    let never = t
        .iter()
        .find(|t| t.starts_with("Never done"))
        .expect("said");
    assert!(
        !never.contains("scaling") && never.contains("growth"),
        "{never}"
    );
}

#[test]
fn a_role_of_no_kind_since_the_last_swing_leaves_the_cadence_unknown() {
    let d = doc(vec![
        swing(1, 2017.0, 2019.0),
        Bet {
            kind: None,
            ..bet(2, BetKind::Core, Phase::Impact, 2019.0, 2030.0)
        },
    ]);
    let cadence = insights(&d, day(2026))
        .into_iter()
        .find(|i| i.key == "cadence")
        .expect("cadence");
    assert_eq!(
        cadence.title,
        "Whether a big swing is due is not known yet: 1 role to classify."
    );
    assert_eq!(cadence.severity, Severity::Info);
    assert_says(&cadence.reasons, "\"Bet 2\"");
    // Classified as core, the cadence speaks.
    let mut d = d;
    d.bets[1].kind = Some(BetKind::Core);
    assert!(has(
        &d,
        2026,
        "A big swing is due: 7 years since the last one."
    ));
    // A role of no kind before the last swing does not change it.
    d.bets.push(Bet {
        kind: None,
        ..bet(3, BetKind::Core, Phase::Impact, 2016.0, 2017.0)
    });
    assert!(has(
        &d,
        2026,
        "A big swing is due: 7 years since the last one."
    ));
}

#[test]
fn an_unclassified_role_is_never_counted_as_a_swing_or_a_core_role() {
    // Two roles of no kind overlapping: they are not overlapping swings.
    let d = doc(vec![
        unclassified(1, 2017.0, 2020.0),
        unclassified(2, 2018.0, 2021.0),
    ]);
    let t = titles(&d, 2026);
    assert!(!t.iter().any(|t| t == "Big swings overlap."), "{t:?}");
    assert!(
        !t.iter().any(|t| t.contains("you have never taken one")),
        "{t:?}"
    );
}

#[test]
fn the_roles_to_classify_are_counted_and_named() {
    let d = doc(vec![
        bet(1, BetKind::Core, Phase::Impact, 2016.0, 2018.0),
        unclassified(2, 2018.0, 2020.0),
        Bet {
            work: None,
            ..bet(3, BetKind::Core, Phase::Impact, 2020.0, 2030.0)
        },
    ]);
    let found = insights(&d, day(2026));
    let left = found
        .iter()
        .find(|i| i.key == "to-classify")
        .expect("to classify");
    assert_eq!(left.title, "2 roles to classify are left out.");
    for named in [
        "\"Bet 2\": kind, phase, type of work not set.",
        "\"Bet 3\": type of work not set.",
    ] {
        assert!(
            left.reasons.iter().any(|r| r == named),
            "{:?}",
            left.reasons
        );
    }
    // Every bet classified: nothing said.
    let d = doc(vec![bet(1, BetKind::Core, Phase::Impact, 2016.0, 2030.0)]);
    assert!(
        !insights(&d, day(2026))
            .iter()
            .any(|i| i.key == "to-classify")
    );
}

#[test]
fn without_a_career_start_the_career_starts_with_the_first_bet() {
    let mut d = doc(vec![
        swing(1, 2010.0, 2011.0),
        swing(2, 2013.0, 2014.0),
        bet(3, BetKind::Core, Phase::Impact, 2014.0, 2030.0),
    ]);
    d.profile.career_start_year = None;
    assert_eq!(
        established_at(&d),
        Some(2010.0 + d.rules.established_after_years)
    );
    let t = titles(&d, 2026);
    // Not "before the career start you gave": none was given.
    assert!(
        !t.iter().any(|t| t.contains("before the career start")),
        "{t:?}"
    );
    assert!(
        has(&d, 2026, "2 big swings before you were established."),
        "{t:?}"
    );
    // Given, it is the one counted from.
    d.profile.career_start_year = Some(2012);
    assert!(
        t.len() > 1
            && titles(&d, 2026)
                .iter()
                .any(|t| t.contains("before the career start"))
    );
    // Neither a start nor a bet: when the person is established is not known.
    let mut empty = doc(vec![]);
    empty.profile.career_start_year = None;
    assert_eq!(established_at(&empty), None);
}

#[test]
fn an_unclassified_role_sits_in_the_core_lane() {
    let bets = vec![
        unclassified(1, 2017.0, 2020.0),
        bet(2, BetKind::Core, Phase::Impact, 2018.0, 2021.0),
    ];
    let l = layout(&bets);
    assert_eq!((l.core_rows, l.swing_rows), (2, 1));
    assert_eq!(lane(&bets[0]), BetKind::Core);
}

#[test]
fn a_new_bet_takes_its_kinds_length_and_its_status_from_the_calendar_but_no_phase() {
    let d = doc(vec![unclassified(4, 2020.0, 2022.0)]);
    let swing = new_bet(&d, BetKind::BigSwing, 2026.5, day(2026));
    assert_eq!(swing.id, BetId(5));
    assert_eq!((swing.start, swing.end), (2026.5, 2028.0));
    assert_eq!(swing.status, BetStatus::Planned);
    assert_eq!(swing.kind, Some(BetKind::BigSwing));
    assert_eq!((swing.phase, swing.work), (None, None));
    let core = new_bet(&d, BetKind::Core, 2025.0, day(2026));
    assert_eq!((core.end, core.status), (2027.0, BetStatus::Active));
    assert_eq!(core.title, "New core role");
}
