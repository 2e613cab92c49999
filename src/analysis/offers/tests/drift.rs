//! The drift checklist run on an offer: asked, not asked, or not run yet.

use super::*;

#[test]
fn an_unasked_offer_without_a_drift_review_is_flagged() {
    let doc = doc_with(&[1.0]);
    let mut b = offer(2, &[3]);
    b.unasked = true;
    let c = compare(&doc, &offer(1, &[4]), &b, today());
    assert!(c.warnings.iter().any(|w| w.contains("unasked")));
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
