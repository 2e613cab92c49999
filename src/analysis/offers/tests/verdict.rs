//! The verdict and its reasons, and what it says when it cannot give one.

use super::*;

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
fn the_sample_gives_the_answer_the_seed_gives_with_north_star_fit_the_biggest_reason() {
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
