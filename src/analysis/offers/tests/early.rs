//! Big swings taken before the person counts as established.

use super::*;

#[test]
fn a_big_swing_before_the_person_is_established_is_a_caution() {
    // Career from 2019, established from 2023 by the rules; the swing starts in 2022.
    let mut doc = clinic_doc();
    doc.profile.career_start_year = Some(2019);
    let mut early = offer(1, &[5, 5]);
    early.kind = Some(BetKind::BigSwing);
    early.start = NaiveDate::from_ymd_opt(2022, 1, 1);
    let c = compare(&doc, &early, &offer(2, &[1, 1]), today());
    let caution = c
        .warnings
        .iter()
        .find(|w| w.contains("before you count as established"))
        .expect("caution");
    assert!(
        caution.starts_with("PM at Co1 would be a big swing 3 years into your career, before you count as established (2023, 4 years in"),
        "{caution}"
    );
    // The same swing once established, and a core role early on, carry none.
    early.start = NaiveDate::from_ymd_opt(2023, 1, 1);
    let mut core = offer(2, &[1, 1]);
    core.start = NaiveDate::from_ymd_opt(2020, 1, 1);
    let c = compare(&doc, &early, &core, today());
    assert!(
        !c.warnings.iter().any(|w| w.contains("established")),
        "{:?}",
        c.warnings
    );
}

#[test]
fn a_second_early_swing_is_raised_by_the_portfolio_if_taken() {
    let mut doc = clinic_doc();
    doc.bets.push(crate::model::Bet {
        id: crate::model::BetId(1),
        title: "Hackathon spin-off".into(),
        kind: Some(BetKind::BigSwing),
        start: 2020.0,
        end: 2021.0,
        status: crate::model::BetStatus::Failed,
        ..crate::model::Bet::default()
    });
    let today = NaiveDate::from_ymd_opt(2021, 6, 1).expect("date");
    let mut swing = offer(1, &[3, 3]);
    swing.kind = Some(BetKind::BigSwing);
    swing.start = NaiveDate::from_ymd_opt(2022, 1, 1);
    let c = compare(&doc, &swing, &offer(2, &[3, 3]), today);
    let raised: Vec<&str> = c.sticks[0]
        .raises
        .iter()
        .map(|i| i.title.as_str())
        .collect();
    assert!(
        raised.contains(&"2 big swings before you were established."),
        "{raised:?}"
    );
    assert!(
        raised
            .iter()
            .any(|t| t.starts_with("Big swings back to back: \"PM at Co1\" starts 1 year after")),
        "{raised:?}"
    );
    // The core offer raises neither.
    assert!(
        !c.sticks[1]
            .raises
            .iter()
            .any(|i| i.title.contains("big swings") || i.title.contains("back to back")),
        "{:?}",
        c.sticks[1].raises
    );
    assert_eq!(c.verdict, "PM at Co1 and PM at Co2 tie.");
}

#[test]
fn with_no_start_of_career_known_taking_an_offer_raises_nothing_about_the_career_stage() {
    // No history and no start year: the offer would be the first role on the timeline, and
    // only that guess would make it "early in the career".
    let mut doc = clinic_doc();
    doc.profile.career_start_year = None;
    // No early swing allowed: the offer alone would be one too many, were it counted early.
    doc.rules.max_early_swings = 0;
    assert!(doc.bets.is_empty());
    let mut swing = offer(1, &[3, 3]);
    swing.kind = Some(BetKind::BigSwing);
    let c = compare(&doc, &swing, &offer(2, &[3, 3]), today());
    let stick = &c.sticks[0];
    assert!(
        !stick
            .raises
            .iter()
            .any(|i| i.title.contains("Early career") || i.title.contains("established")),
        "{:?}",
        stick.raises
    );
    assert!(stick.cadence.ends_with(STAGE_UNKNOWN), "{}", stick.cadence);
    // An offer whose kind is not set says only that.
    assert!(!c.sticks[1].cadence.contains(STAGE_UNKNOWN));

    // Once the start is given, the same offer raises it.
    doc.profile.career_start_year = Some(chrono::Datelike::year(&today()));
    let c = compare(&doc, &swing, &offer(2, &[3, 3]), today());
    for raised in ["Early career", "1 big swing before you were established"] {
        assert!(
            c.sticks[0]
                .raises
                .iter()
                .any(|i| i.title.starts_with(raised)),
            "{raised}: {:?}",
            c.sticks[0].raises
        );
    }
    assert!(!c.sticks[0].cadence.contains(STAGE_UNKNOWN));
}
