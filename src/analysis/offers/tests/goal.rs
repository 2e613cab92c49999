//! A north star that is gone cannot steer: no reason, caution or reading rests on it.

use super::*;

/// Two offers where north-star fit would decide: A fits, B pays and scores better elsewhere.
/// A is marked closer and builds a skill the north star needs; B is marked closer and
/// serves nothing.
fn fit_decides(doc: &Document) -> Comparison {
    let mut a = offer(1, &[5, 2]);
    a.direction = Some(Direction::Closer);
    a.skills = vec![crate::model::SkillId(2)];
    let mut b = offer(2, &[1, 3]);
    b.direction = Some(Direction::Closer);
    b.skills = vec![crate::model::SkillId(1)];
    b.compensation.base = 200_000.0;
    compare(doc, &a, &b, today())
}

fn fit_doc() -> Document {
    let mut doc = clinic_doc();
    doc.criteria[0].name = "North-star fit".into();
    doc
}

#[test]
fn a_north_star_that_steers_leads_the_verdict_on_fit() {
    let c = fit_decides(&fit_doc());
    assert_eq!(c.goal, None);
    assert_eq!(c.winner, Some(OfferId(1)));
    assert!(
        c.reasons[0].starts_with("North-star fit: "),
        "{:?}",
        c.reasons
    );
    assert_eq!(c.sticks[0].reading.direction, Some(Direction::Closer));
}

/// Nothing the comparison says rests on north-star fit or the measuring stick.
fn assert_nothing_rests_on_it(c: &Comparison) {
    let said: Vec<&String> = c
        .reasons
        .iter()
        .chain(&c.warnings)
        .chain(c.sticks.iter().flat_map(|s| &s.reading.disagreements))
        .collect();
    assert!(
        !said
            .iter()
            .any(|l| l.to_lowercase().contains("north-star fit") || l.contains("marked this")),
        "{said:?}"
    );
    for stick in &c.sticks {
        assert_eq!(stick.reading.direction, None, "{:?}", stick.reading);
        assert!(stick.reading.disagreements.is_empty());
    }
    // Fit is left out of the sums: B wins on the other criterion alone (2·3 against 2·2).
    assert_eq!(c.totals, [Some(4.0), Some(6.0)]);
    assert_eq!(c.max, 10.0);
    assert_eq!(c.winner, Some(OfferId(2)));
    assert!(
        c.flips.iter().all(|f| f.name != "North-star fit"),
        "{:?}",
        c.flips
    );
}

#[test]
fn a_north_star_whose_year_has_passed_is_named_and_steers_nothing() {
    let mut doc = fit_doc();
    doc.north_star.target_year = 2025;
    let c = fit_decides(&doc);
    assert_eq!(
        c.goal.as_deref(),
        Some(
            "Your north star's year, 2025, has passed: nothing is judged against it until you move its year or set a new north star. Left out of the totals until then: North-star fit."
        )
    );
    assert_nothing_rests_on_it(&c);
    // Moved on, it steers again.
    doc.north_star.target_year = 2026;
    assert_eq!(fit_decides(&doc).goal, None);
}

#[test]
fn a_north_star_with_no_role_is_named_and_steers_nothing() {
    let mut doc = fit_doc();
    doc.north_star.target_role = " ".into();
    let c = fit_decides(&doc);
    assert!(
        c.goal
            .as_deref()
            .is_some_and(|g| g.starts_with("Your north star names no role: ")),
        "{:?}",
        c.goal
    );
    assert_nothing_rests_on_it(&c);
}
