//! Pay over the years: converted, taxed by band and brought to today's money, lifted by an
//! expected promotion, and the pay score the money suggests.

use super::*;

fn euro_offer() -> (Compensation, MoneyTerms) {
    let pay = Compensation {
        currency: "€".into(),
        base: 100_000.0,
        ..Compensation::default()
    };
    let terms = MoneyTerms {
        rate_to_home: Some(0.85),
        rate_date: Some(date(2026, 11, 20)),
        cash_tax_pct: Some(40.0),
        equity_tax_pct: Some(40.0),
        cost_of_living: Some(125.0),
        ..MoneyTerms::default()
    };
    (pay, terms)
}

#[test]
fn pay_is_converted_taxed_and_brought_to_todays_money() {
    let (pay, own) = euro_offer();
    let mut rules = rules();
    rules.inflation_pct = 2.0;
    let equity = Equity::default();
    let today = date(2026, 11, 22);
    let years = project(
        Inputs {
            pay: &pay,
            equity: &equity,
            terms: &own,
            start: Some(today),
        },
        &rules,
        2,
        today,
        None,
    );
    // 100,000 € at 0.85 is 85,000 £; after 40 % tax 51,000 £; where living costs 125 what
    // home costs, 40,800 £ of home money; a year later 2 % inflation leaves 40,000 £.
    assert!(close(years[0].gross, 85_000.0));
    assert!(close(years[0].after_tax, 51_000.0));
    assert!(close(years[0].real, 40_800.0));
    assert!(close(years[1].real, 40_000.0), "{}", years[1].real);
    let t = terms(&pay, &own, &rules);
    assert_eq!(t.rate_words(), "1 € = 0.85 £, your rate of 2026-11-20");
    let formula = year_formula(&t, &years[0]);
    assert!(formula.contains("× 0.85 = £85,000"), "{formula}");
    assert!(
        formula.contains("÷ 125 (yours) cost of living"),
        "{formula}"
    );
}

#[test]
fn a_foreign_currency_without_a_rate_is_not_comparable_until_one_is_given() {
    let (pay, mut own) = euro_offer();
    own.rate_to_home = None;
    let t = terms(&pay, &own, &rules());
    assert!(t.rate_missing);
    assert!(
        t.rate_words().contains("not comparable"),
        "{}",
        t.rate_words()
    );
    assert!(!t.rate_words().contains("1 to 1"));
    // The home currency needs no rate.
    let home = Compensation {
        currency: "£".into(),
        ..Compensation::default()
    };
    assert!(!terms(&home, &MoneyTerms::default(), &rules()).rate_missing);
}

#[test]
fn marginal_bands_tax_each_slice_of_cash() {
    let (pay, mut own) = euro_offer();
    own.brackets = vec![
        Bracket {
            from: 50_270.0,
            rate_pct: 40.0,
        },
        Bracket {
            from: 0.0,
            rate_pct: 0.0,
        },
        Bracket {
            from: 12_570.0,
            rate_pct: 20.0,
        },
    ];
    let t = terms(&pay, &own, &rules());
    // 20 % of 37,700 and 40 % of 49,730: 7,540 + 19,892, whatever order the bands come in.
    assert!(close(t.cash_tax_on(100_000.0), 27_432.0));
    assert!(close(t.cash_tax_on(10_000.0), 0.0));
}

#[test]
fn an_expected_promotion_lifts_the_years_after_it() {
    let pay = Compensation {
        currency: "£".into(),
        base: 100_000.0,
        bonus_pct: 10.0,
        ..Compensation::default()
    };
    let own = MoneyTerms {
        cash_tax_pct: Some(0.0),
        equity_tax_pct: Some(0.0),
        promotion: Some(Promotion {
            year: 2,
            raise_pct: 10.0,
            refresh: 40_000.0,
        }),
        ..MoneyTerms::default()
    };
    let today = date(2026, 1, 1);
    let years = project(
        Inputs {
            pay: &pay,
            equity: &Equity::default(),
            terms: &own,
            start: None,
        },
        &rules(),
        3,
        today,
        None,
    );
    // Year 1: 110,000. Year 2: promoted, 121,000 cash. Year 3: 121,000 and a quarter of the
    // promotion grant.
    assert!(!years[0].promoted && years[1].promoted);
    assert!(close(years[0].gross, 110_000.0));
    assert!(close(years[1].gross, 121_000.0));
    assert!(close(years[2].gross, 131_000.0));
    let t = terms(&pay, &own, &rules());
    assert!(year_formula(&t, &years[1]).contains("expected, not promised"));
}

#[test]
fn the_suggested_pay_score_moves_a_point_per_ten_percent() {
    assert_eq!(suggested_scores([110.0, 100.0]), [4, 2]);
    assert_eq!(suggested_scores([100.0, 100.0]), [3, 3]);
    assert_eq!(suggested_scores([150.0, 100.0]), [5, 1]);
    assert_eq!(suggested_scores([0.0, 0.0]), [3, 3]);
    assert_eq!(suggested_scores([10.0, 0.0]), [5, 1]);
}
