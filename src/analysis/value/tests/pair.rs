//! Two offers' money side by side: what is not comparable, where the pay scores the person
//! gave part from what the money says, and the lines of pay as offered that add up to each gross.

use super::*;

#[test]
fn no_total_of_an_offer_without_its_rate_is_given_or_weighed() {
    let mut doc = crate::file::sample();
    doc.offers[1].compensation.currency = "€".into();
    doc.offers[1].terms.rate_to_home = None;
    let today = date(2026, 11, 22);
    let (a, b) = (&doc.offers[0], &doc.offers[1]);
    assert!(missing_rate(&doc, b, today).is_some_and(|w| w.contains("no rate from € to £")));
    assert_eq!(offer_total(&doc, b, 4, today, Basis::Real), None);
    assert!(offer_total(&doc, a, 4, today, Basis::Real).is_some());
    let m = compare_money(&doc, a, b, 4, today);
    assert_eq!(
        m.suggested, None,
        "no score is suggested from a 1 to 1 figure"
    );
    assert!(m.disagreements.is_empty());
    assert_eq!(m.break_even, [None, None]);
    assert_eq!(m.figure(1, 123_456.0), NOT_COMPARABLE);
    assert_eq!(m.figure(0, 123_456.0), "£123,456");
    let table = value_table(&m);
    assert!(
        table[1..]
            .iter()
            .all(|row| row[4..].iter().all(|c| c == NOT_COMPARABLE))
    );
    // Given a rate, it is compared again.
    doc.offers[1].terms.rate_to_home = Some(0.86);
    let m = compare_money(&doc, &doc.offers[0], &doc.offers[1], 4, today);
    assert!(m.suggested.is_some() && m.missing == [None, None]);
}

#[test]
fn a_pay_score_the_money_does_not_support_is_said_once_about_its_offer_its_figure_first() {
    let doc = crate::file::sample();
    let today = date(2026, 11, 22);
    let (a, b) = (&doc.offers[0], &doc.offers[1]);
    let m = compare_money(&doc, a, b, 4, today);
    // The sample scores the swing's pay 3; its money reads as 1.
    let b_name = crate::analysis::offers::offer_name(b);
    let a_name = crate::analysis::offers::offer_name(a);
    let [finding] = m.disagreements.as_slice() else {
        panic!("one finding: {:?}", m.disagreements)
    };
    let expected = format!(
        "{b_name} is worth {} against {a_name}'s {} (real and risk-weighted, over 4 years)",
        m.figure(1, m.real[1]),
        m.figure(0, m.real[0]),
    );
    assert!(finding.starts_with(&expected), "{finding}");
    assert!(finding.contains("score of 3 of 5 reads as 1"), "{finding}");
    // Not repeated under the table: the verdict says it.
    assert!(!table_notes(&doc, &m, [a, b]).iter().any(|l| l == finding));
}

/// The sample with the pay criterion scored `a` on its first offer and `b` on its second.
fn pay_scored(a: Option<u8>, b: Option<u8>) -> Document {
    let mut doc = crate::file::sample();
    let pay = doc
        .criteria
        .iter()
        .find(|c| c.tag == CriterionTag::Compensation)
        .expect("a pay criterion")
        .id;
    for (offer, score) in doc.offers.iter_mut().zip([a, b]) {
        offer.scores.retain(|s| s.criterion != pay);
        offer.scores.push(crate::model::Score {
            criterion: pay,
            score,
            note: String::new(),
        });
    }
    doc
}

#[test]
fn pay_scores_that_rank_the_offers_against_the_money_are_said_the_other_way_round() {
    let today = date(2026, 11, 22);
    let findings =
        |doc: &Document| compare_money(doc, &doc.offers[0], &doc.offers[1], 4, today).disagreements;
    let doc = crate::file::sample();
    let m = compare_money(&doc, &doc.offers[0], &doc.offers[1], 4, today);
    let [sa, sb] = m.suggested.expect("comparable");
    assert!(
        sa > sb,
        "the money ranks the first offer higher: {sa} against {sb}"
    );
    // The second offer scored one point above the first: the money says the opposite.
    let doc = pay_scored(Some(sa - 1), Some(sa));
    let round: Vec<String> = findings(&doc)
        .into_iter()
        .filter(|f| f.contains("the other way round"))
        .collect();
    let [finding] = round.as_slice() else {
        panic!("one finding: {round:?}")
    };
    let b_name = crate::analysis::offers::offer_name(&doc.offers[1]);
    assert!(
        finding.starts_with(&format!("{b_name} is worth")),
        "{finding}"
    );
    assert!(
        finding.contains(&format!("yet it is scored {sa} on "))
            && finding.contains(&format!(" against {}:", sa - 1)),
        "{finding}"
    );
    // Ranked as the money ranks them, tied, or only one scored: nothing is said of the order.
    for (a, b) in [(Some(sa), Some(sb)), (Some(sa), Some(sa)), (None, Some(sa))] {
        let doc = pay_scored(a, b);
        assert!(
            !findings(&doc)
                .iter()
                .any(|f| f.contains("the other way round")),
            "{a:?} {b:?}: {:?}",
            findings(&doc)
        );
    }
}

#[test]
fn gross_is_pay_as_offered_with_the_promotion_and_forfeits_on_lines_of_their_own() {
    let doc = crate::file::sample();
    let today = date(2026, 11, 22);
    let m = compare_money(&doc, &doc.offers[0], &doc.offers[1], 4, today);
    let lines = gross_lines(&m);
    let get = |label: &str| {
        lines
            .iter()
            .find(|l| l.label == label)
            .map_or_else(|| panic!("a line {label}"), |l| l.totals)
    };
    // Stay: base 120,000 rising 4 % a year, a 15 % bonus, refreshers of 40,000 a year
    // vesting a quarter a year from the year after each. Over four years:
    let base = 120_000.0 * (1.0 + 1.04 + 1.04f64.powi(2) + 1.04f64.powi(3));
    assert!(close(get("Base")[0], base));
    assert!(close(get("Bonus")[0], base * 0.15));
    assert!(close(
        get("Equity vesting, at today's price")[0],
        10_000.0 * (1.0 + 2.0 + 3.0)
    ));
    assert!(close(get("Pay as offered")[0], base * 1.15 + 60_000.0));
    // The promotion in year 2 lifts base and bonus by 12 % from then, and its 30,000 grant
    // vests a quarter in each of years 3 and 4.
    let lifted = 120_000.0 * 1.15 * (1.04 + 1.04f64.powi(2) + 1.04f64.powi(3)) * 0.12;
    assert!(close(
        get("Expected promotion (expected, not promised)")[0],
        lifted + 15_000.0
    ));
    // Staying gives up nothing; the swing gives up the stay's grants and bonus.
    let given_up = get("Given up on leaving the current job");
    assert_eq!(given_up[0], 0.0);
    assert!(given_up[1] < 0.0);
    // Every offer's gross is the sum of its lines, and the total the other screens show.
    let gross = get("Gross");
    for i in 0..2 {
        let parts: f64 = lines
            .iter()
            .filter(|l| matches!(l.kind, LineKind::Offered | LineKind::Adjustment))
            .map(|l| l.totals[i])
            .sum();
        assert!(close(parts, gross[i]));
        assert!(close(
            gross[i],
            offer_total(
                &doc,
                [&doc.offers[0], &doc.offers[1]][i],
                4,
                today,
                Basis::Gross
            )
            .expect("comparable")
        ));
    }
}
