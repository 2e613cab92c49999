//! How the insights read: years and quarters as people say and type them, the time between
//! two bets, and long lists cut short with a count.

use super::*;

#[test]
fn years_read_as_people_say_them() {
    assert_eq!(year_label(2021.0), "2021");
    assert_eq!(year_label(2021.5), "mid-2021");
    assert_eq!(year_label(2021.25), "Q2 2021");
    assert_eq!(year_label(2021.75), "Q4 2021");
    // A role given by the month (an import) reads by the month, its end as its last month.
    let june =
        crate::model::year_fraction(chrono::NaiveDate::from_ymd_opt(2019, 6, 1).expect("day"));
    let march =
        crate::model::year_fraction(chrono::NaiveDate::from_ymd_opt(2022, 3, 1).expect("day"));
    assert_eq!(year_label(june), "Jun 2019");
    assert_eq!(end_label(march), "Feb 2022");
    // On the quarters an end reads as a start does, as the timeline draws it.
    assert_eq!(end_label(2022.75), "Q4 2022");
    assert_eq!(end_label(2020.0), "2020");
    assert_eq!(snap_quarter(2021.13), 2021.25);
    assert_eq!(snap_quarter(2021.1), 2021.0);
}

#[test]
fn no_time_between_is_right_after_never_zero_years() {
    assert_eq!(after(0.0), "right after");
    assert_eq!(after(1.5), "1.5 years after");
    assert_eq!(after(1.0), "1 year after");
}

#[test]
fn quarters_are_shown_and_typed_as_quarters_never_as_fractions() {
    assert_eq!(quarter_label(2022.0), "Q1 2022");
    assert_eq!(quarter_label(2022.75), "Q4 2022");
    assert_eq!(
        quarter_label(2022.998),
        "Q1 2023",
        "within two days of a quarter: that quarter"
    );
    // Off the quarters (a date imported by the month): its month, which reads back.
    assert_eq!(quarter_label(2022.9), "Nov 2022");
    let march =
        crate::model::year_fraction(chrono::NaiveDate::from_ymd_opt(2022, 3, 1).expect("day"));
    assert_eq!(quarter_label(march), "Mar 2022");
    for typed in ["Mar 2022", "march 2022", " MAR 2022 "] {
        assert_eq!(parse_quarter(typed), Some(march), "{typed}");
    }
    // An end off the quarters reads as the last month it covers, and reads back.
    assert_eq!(end_quarter_label(march), "Feb 2022");
    assert_eq!(parse_end("Feb 2022"), Some(march));
    assert_eq!(end_quarter_label(2022.75), "Q4 2022");
    assert_eq!(parse_end("Q4 2022"), Some(2022.75));
    for typed in ["Q4 2022", "q4 2022", "2022 Q4", " 2022.75 "] {
        assert_eq!(parse_quarter(typed), Some(2022.75), "{typed}");
    }
    assert_eq!(parse_quarter("mid-2022"), Some(2022.5));
    assert_eq!(parse_quarter("2022"), Some(2022.0));
    for nonsense in ["Q5 2022", "Q0 2022", "soon", "", "NaN", "inf"] {
        assert_eq!(parse_quarter(nonsense), None, "{nonsense}");
    }
    // What is shown reads back as the same quarter.
    for q in 0..40 {
        let year = 2015.0 + f64::from(q) / 4.0;
        assert_eq!(parse_quarter(&quarter_label(year)), Some(year));
    }
}

#[test]
fn long_lists_are_capped_with_the_count_after_the_names() {
    let swings: Vec<Bet> = (0..8)
        .map(|i| {
            bet(
                i + 1,
                BetKind::BigSwing,
                Phase::Learning,
                2016.0 + i as f64 * 0.1,
                2019.0,
            )
        })
        .collect();
    let found = insights(&doc(swings), day(2026));
    let early = found
        .iter()
        .find(|i| i.title.starts_with("8 big swings"))
        .expect("early");
    assert_eq!(
        early.reasons.len(),
        MAX_LISTED + 2,
        "five named, a count, the rule"
    );
    assert_eq!(early.reasons[MAX_LISTED], "…and 3 more.");
}
