//! Weighted scores: totals, the weight that would flip the verdict, and the pair compared.

use super::*;

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
fn a_criterion_that_weighs_nothing_does_not_hold_up_the_verdict() {
    let doc = doc_with(&[1.0, 0.0]);
    let c = compare(&doc, &offer(1, &[4]), &offer(2, &[3]), today());
    assert_eq!(c.winner, Some(OfferId(1)), "{}", c.verdict);
    assert_eq!(c.missing, [vec![], vec![]]);
    assert_eq!(c.rows[1].scores, [None, None]);
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
