//! Scores remember the north star they were given under.

use super::*;
use crate::model::ScoredUnder;

fn under(role: &str, year: i32) -> ScoredUnder {
    ScoredUnder {
        role: role.into(),
        year,
        date: NaiveDate::from_ymd_opt(2026, 3, 1),
    }
}

#[test]
fn offers_scored_under_a_rewritten_north_star_are_named_for_re_scoring() {
    let mut doc = doc_with(&[1.0]);
    doc.north_star.target_year = 2031;
    let mut a = offer(1, &[4]);
    a.scored_under = Some(under("CPO", 2031));
    let mut b = offer(2, &[3]);
    b.scored_under = Some(under("CPO", 2031));
    // Unknown is not stale: an offer that records nothing is not named.
    let c = offer(3, &[3]);
    doc.offers = vec![a.clone(), b.clone(), c];
    assert!(to_rescore(&doc).is_empty());
    assert!(compare(&doc, &a, &b, today()).rescore.is_empty());
    doc.north_star.target_role = "VP Product".into();
    let line = "Re-score PM at Co1: it was scored on 2026-03-01 under the north star \"CPO\" by 2031; it is now \"VP Product\" by 2031.";
    assert_eq!(to_rescore(&doc).len(), 2);
    assert_eq!(to_rescore(&doc)[0], line);
    let cmp = compare(&doc, &a, &b, today());
    assert_eq!(cmp.rescore.len(), 2);
    assert_eq!(cmp.rescore[0], line);
    // Re-scored under the north star as it is now, it is not named again.
    a.scored_under = Some(under(" VP Product ", 2031));
    assert_eq!(compare(&doc, &a, &b, today()).rescore.len(), 1);
    // A year moved is a rewrite too.
    doc.north_star.target_year = 2032;
    assert_eq!(compare(&doc, &a, &b, today()).rescore.len(), 2);
}
