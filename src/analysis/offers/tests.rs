//! Offers side by side: weighted scores, pay over the years, the verdict and its cautions.

use chrono::NaiveDate;

use super::*;
use crate::model::{
    BetKind, Compensation, Criterion, CriterionId, CriterionTag, Direction, Document, Offer,
    OfferId, Phase, Score, Vesting, WorkType,
};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
}

fn doc_with(weights: &[f64]) -> Document {
    let mut doc = Document::new_empty(today());
    // A north star that steers: one that is gone leaves north-star fit out.
    doc.north_star.target_role = "CPO".into();
    doc.criteria = weights
        .iter()
        .zip(1..)
        .map(|(w, id)| Criterion {
            id: CriterionId(id),
            name: format!("C{id}"),
            weight: *w,
            tag: crate::model::CriterionTag::General,
        })
        .collect();
    // The offers here are paid in dollars, the person's own currency.
    doc.rules.money.home_currency = Some("$".to_owned());
    doc
}

fn offer(id: u64, scores: &[u8]) -> Offer {
    Offer {
        id: OfferId(id),
        company: format!("Co{id}"),
        role: "PM".into(),
        scores: scores
            .iter()
            .zip(1..)
            .map(|(s, c)| Score {
                criterion: CriterionId(c),
                score: Some(*s),
                note: String::new(),
            })
            .collect(),
        compensation: crate::model::Compensation {
            currency: "$".into(),
            ..crate::model::Compensation::default()
        },
        ..Offer::default()
    }
}

#[test]
fn weighted_totals_multiply_weight_by_score() {
    let doc = doc_with(&[5.0, 2.0]);
    // 5·4 + 2·1 = 22 of 35.
    assert_eq!(weighted_total(&doc, &offer(1, &[4, 1])), Some(22.0));
    assert_eq!(weighted_max(&doc), 35.0);
    // A criterion not scored is not a middling one: the total is not known.
    assert_eq!(weighted_total(&doc, &offer(2, &[])), None);
    assert_eq!(weighted_total(&doc, &offer(2, &[4])), None);
    // Unless the criterion left unscored weighs nothing.
    let doc = doc_with(&[5.0, 0.0]);
    assert_eq!(weighted_total(&doc, &offer(2, &[4])), Some(20.0));
}

#[test]
fn each_vesting_preset_vests_the_whole_grant() {
    let mut pay = Compensation {
        equity_grant: 100.0,
        ..Compensation::default()
    };
    for (vesting, expected) in [
        (Vesting::FourYearCliff, vec![25.0, 25.0, 25.0, 25.0, 0.0]),
        (
            Vesting::MonthlyAfterCliff,
            vec![25.0, 25.0, 25.0, 25.0, 0.0],
        ),
        (Vesting::FrontLoaded, vec![40.0, 30.0, 20.0, 10.0, 0.0]),
    ] {
        pay.vesting = vesting;
        let equity: Vec<f64> = pay_by_year(&pay, 5)
            .iter()
            .map(|y| (y.equity * 1e6).round() / 1e6)
            .collect();
        assert_eq!(equity, expected, "{vesting:?}");
    }
    pay.vesting = Vesting::Custom;
    pay.custom_vesting = vec![10.0, 20.0, 30.0, 40.0];
    let equity: Vec<f64> = pay_by_year(&pay, 4)
        .iter()
        .map(|y| (y.equity * 1e6).round() / 1e6)
        .collect();
    assert_eq!(equity, [10.0, 20.0, 30.0, 40.0]);
}

#[test]
fn pay_by_year_adds_raises_bonus_refreshers_and_sign_on() {
    let pay = Compensation {
        base: 100.0,
        bonus_pct: 10.0,
        raise_pct: 10.0,
        sign_on: vec![20.0],
        equity_grant: 40.0,
        vesting: Vesting::FourYearCliff,
        refresher: 8.0,
        ..Compensation::default()
    };
    let years = pay_by_year(&pay, 3);
    // Year 1: base 100, bonus 10, equity 10 (no refresher yet), sign-on 20.
    assert_eq!(
        years[0],
        YearPay {
            base: 100.0,
            bonus: 10.0,
            equity: 10.0,
            sign_on: 20.0
        }
    );
    // Year 2: base 110, bonus 11, equity 10 + 8/4 = 12.
    assert!((years[1].base - 110.0).abs() < 1e-9 && (years[1].bonus - 11.0).abs() < 1e-9);
    assert!((years[1].equity - 12.0).abs() < 1e-9);
    // Year 3: two refreshers vesting: 10 + 2·2 = 14; base 121.
    assert!((years[2].equity - 14.0).abs() < 1e-9 && (years[2].base - 121.0).abs() < 1e-9);
    assert_eq!(years[0].guaranteed(), 120.0);
    let totals = cumulative(years.iter().map(|y| y.total()));
    assert!((totals[0] - 140.0).abs() < 1e-9);
    assert!((totals[1] - (140.0 + 110.0 + 11.0 + 12.0)).abs() < 1e-9);
}

#[test]
fn the_verdict_names_its_biggest_reasons() {
    let doc = doc_with(&[5.0, 1.0, 2.0]);
    let a = offer(1, &[5, 1, 3]); // 25 + 1 + 6 = 32
    let b = offer(2, &[2, 5, 3]); // 10 + 5 + 6 = 21
    let c = compare(&doc, &a, &b, today());
    assert_eq!(c.totals, [Some(32.0), Some(21.0)]);
    assert_eq!(c.winner, Some(OfferId(1)));
    assert!(
        c.verdict.starts_with("PM at Co1 wins by 11 points"),
        "{}",
        c.verdict
    );
    assert_eq!(c.reasons.len(), 1, "only C1 favours the winner");
    assert!(
        c.reasons[0].starts_with("C1: PM at Co1 scores 5 against 2"),
        "{}",
        c.reasons[0]
    );
}

#[test]
fn the_flip_weight_is_where_the_totals_tie() {
    let doc = doc_with(&[5.0, 1.0, 2.0]);
    let a = offer(1, &[5, 1, 3]);
    let b = offer(2, &[2, 5, 3]);
    let c = compare(&doc, &a, &b, today());
    // Gap 11. C1: d = 3 → 5 − 11/3 = 4/3. C2: d = −4 → 1 + 11/4 = 3.75. C3: d = 0.
    assert!((c.flips[0].ties_at.expect("C1 flips") - 4.0 / 3.0).abs() < 1e-9);
    assert!((c.flips[1].ties_at.expect("C2 flips") - 3.75).abs() < 1e-9);
    assert_eq!(c.flips[2].ties_at, None);
    // A tie weight beyond 10 does not count.
    let doc = doc_with(&[5.0, 1.0]);
    let c = compare(&doc, &offer(1, &[5, 4]), &offer(2, &[1, 5]), today());
    // Gap 19; C2: d = −1 → 1 + 19 = 20: out of range.
    assert_eq!(c.flips[1].ties_at, None);
}

#[test]
fn winning_on_pay_while_losing_on_the_north_star_is_flagged() {
    let mut doc = doc_with(&[1.0, 10.0]);
    doc.criteria[0].tag = CriterionTag::NorthStarFit;
    doc.criteria[1].tag = CriterionTag::Compensation;
    let c = compare(&doc, &offer(1, &[5, 1]), &offer(2, &[1, 5]), today());
    assert_eq!(c.winner, Some(OfferId(2)));
    assert!(
        c.warnings.iter().any(|w| w.contains("wins on pay")),
        "{:?}",
        c.warnings
    );
}

#[test]
fn an_unasked_offer_without_a_drift_review_is_flagged() {
    let doc = doc_with(&[1.0]);
    let mut b = offer(2, &[3]);
    b.unasked = true;
    let c = compare(&doc, &offer(1, &[4]), &b, today());
    assert!(c.warnings.iter().any(|w| w.contains("unasked")));
}

#[test]
fn a_blank_offer_gets_no_verdict_and_what_is_missing_is_named() {
    let doc = doc_with(&[1.0, 2.0, 3.0]);
    // The case a new offer made: nothing scored on it, and it must not "win".
    let c = compare(&doc, &offer(1, &[4, 2, 1]), &offer(2, &[]), today());
    assert_eq!(c.winner, None);
    assert_eq!(
        c.verdict,
        "No verdict yet: PM at Co2 is not scored yet on C1, C2 and C3."
    );
    assert_eq!(c.totals, [Some(11.0), None]);
    assert_eq!(c.missing[0], []);
    assert_eq!(
        c.missing[1],
        [CriterionId(1), CriterionId(2), CriterionId(3)]
    );
    assert!(c.reasons.is_empty(), "{:?}", c.reasons);
    assert!(c.flips.iter().all(|f| f.ties_at.is_none()), "{:?}", c.flips);
    assert_eq!(c.rows[0].scores, [Some(4), None]);
    assert_eq!(c.rows[0].difference(), None);
    // Both missing something: each named.
    let c = compare(&doc, &offer(1, &[4]), &offer(2, &[3, 3]), today());
    assert_eq!(
        c.verdict,
        "No verdict yet: PM at Co1 is not scored yet on C2 and C3; PM at Co2 is not scored yet on C3."
    );
    // Nothing is said to count as anything.
    assert!(
        !c.warnings.iter().any(|w| w.contains("counted as")),
        "{:?}",
        c.warnings
    );
}

#[test]
fn a_criterion_that_weighs_nothing_does_not_hold_up_the_verdict() {
    let doc = doc_with(&[1.0, 0.0]);
    let c = compare(&doc, &offer(1, &[4]), &offer(2, &[3]), today());
    assert_eq!(c.winner, Some(OfferId(1)), "{}", c.verdict);
    assert_eq!(c.missing, [vec![], vec![]]);
    assert_eq!(c.rows[1].scores, [None, None]);
}

#[test]
fn money_is_grouped_by_thousands() {
    assert_eq!(money("£", 1_234_567.4), "£1,234,567");
    assert_eq!(money("$", 999.0), "$999");
    assert_eq!(money("", -1500.0), "-1,500");
}

#[test]
fn the_sample_gives_the_answer_the_seed_gives() {
    let doc = crate::file::sample();
    let stay = doc.get(OfferId(1)).expect("stay");
    let ai = doc.get(OfferId(2)).expect("AI role");
    let c = compare(&doc, stay, ai, today());
    assert_eq!(c.winner, Some(OfferId(2)), "{}", c.verdict);
    assert!(c.verdict.contains("wins by 28 points"), "{}", c.verdict);
    assert!(
        c.reasons[0].starts_with("North-star fit"),
        "{:?}",
        c.reasons
    );
    assert!(
        c.reasons.iter().any(|r| r.starts_with("Learning")),
        "{:?}",
        c.reasons
    );
    // The person's call and the app's reading agree, each for its reasons.
    assert_eq!(c.sticks[1].direction, Some(Direction::Closer));
    assert_eq!(c.sticks[1].reading.direction, Some(Direction::Closer));
    assert!(c.sticks[1].reading.disagreements.is_empty());
    assert!(
        c.sticks[1].reading.reasons[0].starts_with("Serves \"Lead a zero-to-one product"),
        "{:?}",
        c.sticks[1].reading.reasons
    );
    assert_eq!(c.sticks[0].reading.direction, Some(Direction::Sideways));
    assert!(
        c.sticks[1].cadence.contains("keeps the cadence"),
        "{}",
        c.sticks[1].cadence
    );
    // Counted from when the last swing ended (Q4 2022) to the day the offer starts.
    assert!(
        c.sticks[0]
            .cadence
            .contains("while a big swing is due: the last (\"Marketplace for local sellers\") ended Q4 2022, 4.3 years before this one would start."),
        "{}",
        c.sticks[0].cadence
    );
    // Taking the swing plans the due swing: the same finding, read otherwise. It is not
    // said as one finding raised and another cleared.
    let (now, then) = c.sticks[1]
        .changes
        .iter()
        .find(|(now, _)| now.key == "cadence")
        .expect("the cadence reads otherwise");
    assert_eq!(
        now.title,
        "A big swing is due: 4.1 years since the last one."
    );
    assert!(
        then.title.starts_with(
            "A big swing is due, and \"Lead PM, AI Shopping Assistant at Northwind Retail\" is planned"
        ),
        "{}",
        then.title
    );
    for stick in &c.sticks {
        for raised in &stick.raises {
            assert!(
                stick.clears.iter().all(|cleared| cleared.key != raised.key),
                "{} is both raised and cleared",
                raised.key
            );
        }
    }
    // Staying adds nothing to the timeline, so it changes nothing the portfolio says.
    let stay = &c.sticks[0];
    assert!(stay.raises.is_empty() && stay.clears.is_empty() && stay.changes.is_empty());
    assert!(
        c.warnings.iter().any(|w| w.contains("unasked")),
        "{:?}",
        c.warnings
    );
    // No single weight within range makes staying win.
    assert!(c.flips.iter().all(|f| f.ties_at.is_none()), "{:?}", c.flips);
}

fn stone(id: u64, title: &str, year: i32) -> crate::model::SteppingStone {
    crate::model::SteppingStone {
        id: crate::model::StoneId(id),
        title: title.into(),
        year,
        done: false,
    }
}

fn skill(id: u64, name: &str, level: u8, target: u8) -> crate::model::Skill {
    crate::model::Skill {
        id: crate::model::SkillId(id),
        name: name.into(),
        level: Some(level),
        target: Some(target),
        enjoyment: Some(3),
        avoidance: Some(1),
        ..crate::model::Skill::default()
    }
}

/// A doctor turned health-tech PM: nothing like the sample.
fn clinic_doc() -> Document {
    let mut doc = doc_with(&[4.0, 2.0]);
    doc.criteria[0].tag = CriterionTag::NorthStarFit;
    doc.profile.career_start_year = Some(2019);
    doc.north_star.target_role = "Head of Product, digital health".into();
    doc.north_star.stones = vec![
        stone(1, "Ship a zero-to-one clinical tool", 2027),
        stone(2, "Manage a team of two PMs", 2029),
    ];
    doc.skills = vec![
        skill(1, "Clinical workflows", 5, 5),
        skill(2, "People management", 1, 4),
    ];
    doc
}

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

fn review_of(offer: u64, answers: &[(u64, crate::model::Answer)]) -> crate::model::DriftReview {
    crate::model::DriftReview {
        id: crate::model::ReviewId(offer),
        date: NaiveDate::from_ymd_opt(2026, 11, 1),
        offer: Some(OfferId(offer)),
        answers: answers
            .iter()
            .map(|(item, answer)| crate::model::DriftAnswer {
                item: crate::model::DriftItemId(*item),
                answer: *answer,
                note: String::new(),
            })
            .collect(),
        note: String::new(),
    }
}

#[test]
fn drift_found_by_the_checklist_stays_a_caution_on_its_offer_whichever_wins() {
    use crate::model::Answer::{No, Yes};
    let mut doc = doc_with(&[1.0]);
    // Offered, would not look for it, not closer: high risk on the winner.
    doc.drift
        .reviews
        .push(review_of(1, &[(1, Yes), (2, No), (3, No), (6, No)]));
    let c = compare(&doc, &offer(1, &[5]), &offer(2, &[2]), today());
    let caution = c
        .warnings
        .iter()
        .find(|w| w.starts_with("The drift checklist says high risk on PM at Co1: "))
        .expect("caution");
    assert!(
        caution.contains("mainly because it was offered to me? Yes"),
        "{caution}"
    );
    // On the offer that loses it is still a finding about that offer, said once.
    let c = compare(&doc, &offer(1, &[2]), &offer(2, &[5]), today());
    assert_eq!(
        c.warnings
            .iter()
            .filter(|w| w.starts_with("The drift checklist says high risk on PM at Co1: "))
            .count(),
        1,
        "{:?}",
        c.warnings
    );
    // Medium risk too: one risky answer and one not sure of four.
    doc.drift.reviews = vec![review_of(
        1,
        &[
            (1, Yes),
            (2, crate::model::Answer::NotSure),
            (3, Yes),
            (6, No),
        ],
    )];
    let c = compare(&doc, &offer(1, &[5]), &offer(2, &[2]), today());
    assert!(
        c.warnings
            .iter()
            .any(|w| w.starts_with("The drift checklist says medium risk on PM at Co1: ")),
        "{:?}",
        c.warnings
    );
    // A low-risk run on the winner says nothing either.
    doc.drift.reviews = vec![review_of(1, &[(1, No), (2, Yes), (3, Yes), (6, No)])];
    let c = compare(&doc, &offer(1, &[5]), &offer(2, &[2]), today());
    assert!(
        !c.warnings.iter().any(|w| w.contains("drift")),
        "{:?}",
        c.warnings
    );
}

#[test]
fn an_unasked_offer_with_a_drift_review_gets_no_not_run_warning() {
    use crate::model::Answer::No;
    let mut doc = doc_with(&[1.0]);
    let mut b = offer(2, &[3]);
    b.unasked = true;
    doc.drift
        .reviews
        .push(review_of(2, &[(1, No), (4, No), (6, No)]));
    let c = compare(&doc, &offer(1, &[4]), &b, today());
    assert!(
        !c.warnings.iter().any(|w| w.contains("unasked")),
        "{:?}",
        c.warnings
    );
    // An offer that came because it was asked for needs no warning without a review.
    let c = compare(&doc, &offer(1, &[4]), &offer(3, &[3]), today());
    assert!(
        !c.warnings.iter().any(|w| w.contains("drift")),
        "{:?}",
        c.warnings
    );
}

#[test]
fn a_review_with_one_answer_is_not_run_yet() {
    use crate::model::Answer::No;
    let mut doc = doc_with(&[1.0]);
    let mut b = offer(2, &[3]);
    b.unasked = true;
    doc.drift.reviews.push(review_of(2, &[(1, No)]));
    let c = compare(&doc, &offer(1, &[4]), &b, today());
    assert!(
        c.warnings.iter().any(|w| w
            == "PM at Co2 came to you unasked, and the drift checklist on it is not run yet: 1 of 6 questions answered, at least 3 needed."),
        "{:?}",
        c.warnings
    );
}

#[test]
fn pay_in_a_currency_without_a_rate_does_not_win_on_pay() {
    let mut doc = doc_with(&[1.0, 1.0, 10.0]);
    doc.criteria[0].tag = CriterionTag::NorthStarFit;
    doc.criteria[1].tag = CriterionTag::Compensation;
    let mut richer = offer(1, &[5, 5, 1]);
    richer.compensation.base = 100_000.0;
    let mut core = offer(2, &[4, 1, 5]);
    core.kind = Some(BetKind::Core);
    // More than the other counted 1 to 1, in a currency with no rate to dollars.
    core.compensation.base = 120_000.0;
    core.compensation.currency = "€".into();
    let c = compare(&doc, &richer, &core, today());
    assert_eq!(c.winner, Some(OfferId(2)));
    assert!(
        !c.warnings.iter().any(|w| w.contains("wins on pay")),
        "{:?}",
        c.warnings
    );
    core.terms.rate_to_home = Some(1.1);
    let c = compare(&doc, &richer, &core, today());
    assert!(
        c.warnings
            .iter()
            .any(|w| w.contains("PM at Co2 wins on pay"))
    );
}

#[test]
fn a_core_offer_that_does_not_win_on_pay_gets_no_pay_warning() {
    let mut doc = doc_with(&[1.0, 1.0, 10.0]);
    doc.criteria[0].tag = CriterionTag::NorthStarFit;
    doc.criteria[1].tag = CriterionTag::Compensation;
    // The core offer wins on the third criterion (4 + 1 + 50 = 55 against 5 + 5 + 10 = 20)
    // and scores lower on fit, but it is paid less and scored lower on pay.
    let mut richer = offer(1, &[5, 5, 1]);
    richer.compensation.base = 100_000.0;
    let mut core = offer(2, &[4, 1, 5]);
    core.kind = Some(BetKind::Core);
    core.compensation.base = 90_000.0;
    let c = compare(&doc, &richer, &core, today());
    assert_eq!(c.winner, Some(OfferId(2)));
    assert!(
        !c.warnings.iter().any(|w| w.contains("wins on pay")),
        "{:?}",
        c.warnings
    );
    // Paid more, the same offer is warned about.
    core.compensation.base = 120_000.0;
    let c = compare(&doc, &richer, &core, today());
    assert!(
        c.warnings
            .iter()
            .any(|w| w.contains("PM at Co2 wins on pay")),
        "{:?}",
        c.warnings
    );
}

#[test]
fn a_tie_at_a_weight_bound_flips_nothing_and_flips_say_which_way() {
    // 2·5 + 1·3 = 13 against 2·3 + 1·3 = 9: gap 4, all on C1 (d = 2). Lowering C1 to 0
    // only ties: a bound, not a flip.
    let doc = doc_with(&[2.0, 1.0]);
    let c = compare(&doc, &offer(1, &[5, 3]), &offer(2, &[3, 3]), today());
    assert_eq!(c.totals, [Some(13.0), Some(9.0)]);
    assert_eq!(c.flips[0].ties_at, None, "{:?}", c.flips);
    assert_eq!(c.flips[0].advice(), "C1: no weight from 0 to 10 flips it.");
    // 5·4 + 1·1 = 21 against 5·2 + 1·2 = 12: gap 9. C2 (d = −1) ties at 1 + 9 = 10, the
    // top bound: no flip. C1 (d = 2) ties at 5 − 9/2 = 0.5: lower it below that.
    let doc = doc_with(&[5.0, 1.0]);
    let c = compare(&doc, &offer(1, &[4, 1]), &offer(2, &[2, 2]), today());
    assert_eq!(c.totals, [Some(21.0), Some(12.0)]);
    assert_eq!(c.flips[1].ties_at, None, "{:?}", c.flips);
    assert_eq!(c.flips[0].ties_at, Some(0.5));
    assert_eq!(
        c.flips[0].advice(),
        "C1: lower its weight below 0.5 (now 5) and the verdict flips."
    );
    // 3·5 + 1·3 = 18 against 3·2 + 1·4 = 10: gap 8. C2 ties at 9: raise it above 9.
    let doc = doc_with(&[3.0, 1.0]);
    let c = compare(&doc, &offer(1, &[5, 3]), &offer(2, &[2, 4]), today());
    assert_eq!(c.flips[1].ties_at, Some(9.0));
    assert_eq!(
        c.flips[1].advice(),
        "C2: raise its weight above 9 (now 1) and the verdict flips."
    );
    assert_eq!(
        c.flips[0].advice(),
        "C1: lower its weight below 0.3 (now 3) and the verdict flips."
    );
}

#[test]
fn words_and_numbers_read_as_people_say_them() {
    assert_eq!(points(1.0), "1 point");
    assert_eq!(points(28.0), "28 points");
    assert_eq!(points(2.45), "2.5 points");
    assert_eq!(one_decimal(-0.01), "0");
    assert_eq!(toward(Direction::Further), "further from the north star");
    assert_eq!(toward(Direction::Closer), "closer to the north star");
    let doc = doc_with(&[1.0]);
    let c = compare(&doc, &offer(1, &[4]), &offer(2, &[3]), today());
    assert!(
        c.verdict.starts_with("PM at Co1 wins by 1 point ("),
        "{}",
        c.verdict
    );
    assert_eq!(
        c.reasons[0],
        "C1: PM at Co1 scores 4 against 3 (weight 1, +1 point)."
    );
}

#[test]
fn no_criteria_gives_a_sentence_not_a_number() {
    let doc = doc_with(&[]);
    let c = compare(&doc, &offer(1, &[]), &offer(2, &[]), today());
    assert_eq!(c.winner, None);
    assert_eq!(
        c.verdict,
        "No criteria to score the offers on yet: add one, with a weight, to get a verdict."
    );
    assert!(!c.verdict.contains("-0"));
    let doc = doc_with(&[0.0]);
    let c = compare(&doc, &offer(1, &[5]), &offer(2, &[1]), today());
    assert_eq!(
        c.verdict,
        "Every criterion weighs 0: give one a weight to get a verdict."
    );
}

#[test]
fn the_pair_kept_in_the_document_is_the_one_compared() {
    let mut doc = doc_with(&[1.0]);
    doc.offers = vec![offer(1, &[1]), offer(2, &[2]), offer(3, &[3])];
    let ids = |doc: &Document| compared_pair(doc).map(|[a, b]| [a.id.0, b.id.0]);
    assert_eq!(ids(&doc), Some([1, 2]), "the first two until one is picked");
    doc.compared = Some([OfferId(3), OfferId(1)]);
    assert_eq!(ids(&doc), Some([3, 1]));
    // A pair naming a missing offer, or one offer twice, falls back.
    doc.compared = Some([OfferId(3), OfferId(9)]);
    assert_eq!(ids(&doc), Some([1, 2]));
    doc.compared = Some([OfferId(3), OfferId(3)]);
    assert_eq!(ids(&doc), Some([1, 2]));
    doc.offers.truncate(1);
    assert_eq!(ids(&doc), None);
}

mod evidence;
mod goal;
mod questions;
mod reading;
mod rescore;
mod taken;
