//! Hand-computed cases for the value of offers, and the property that with no risk, no tax,
//! one currency and no inflation every figure is the gross one.

use super::*;
use crate::analysis::offers::{YearPay, pay_by_year};
use crate::model::{
    Bracket, CriterionTag, Document, EquityKind, Leaving, Promotion, Scenario, UnvestedGrant,
    Vesting,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6 * b.abs().max(1.0)
}

fn rules() -> MoneyRules {
    MoneyRules {
        home_currency: Some("£".into()),
        inflation_pct: 0.0,
        ..MoneyRules::default()
    }
}

fn private(kind: EquityKind, shares: f64, price: f64, scenarios: Vec<Scenario>) -> Equity {
    Equity {
        kind,
        shares,
        price,
        dilution_pct: Some(0.0),
        discount_pct: Some(0.0),
        scenarios,
        ..Equity::default()
    }
}

#[test]
fn scenarios_weigh_a_grant_after_dilution_and_preferences() {
    // 10,000 shares at 2 today; a 20 M valuation with 10 M of preferences ahead (0.5 × the
    // valuation); one round of 20 % dilution keeps 0.8.
    let mut equity = private(
        EquityKind::PrivateShares,
        10_000.0,
        2.0,
        vec![
            Scenario::new("Shuts down", 50.0, 0.0, 2.0),
            Scenario::new("Doubles", 30.0, 2.0, 4.0),
            Scenario::new("Big", 20.0, 5.5, 5.0),
        ],
    );
    equity.valuation = 20_000_000.0;
    equity.preferences = 10_000_000.0;
    equity.dilution_pct = Some(20.0);
    equity.rounds = 1;
    let ev = equity_value(&Compensation::default(), &equity, &rules());
    assert_eq!(ev.paper, 20_000.0);
    assert_eq!(ev.preference_multiple, 0.5);
    // Shuts down: max(0, 0 − 0.5) = 0. Doubles: 2 × 0.8 × (2 − 0.5) = 2.4 a share,
    // 24,000 in all. Big: 2 × 0.8 × (5.5 − 0.5) = 8 a share, 80,000.
    let then: Vec<f64> = ev.scenarios.iter().map(|s| s.then).collect();
    assert!(close(then[0], 0.0) && close(then[1], 24_000.0) && close(then[2], 80_000.0));
    assert!(close(ev.scenarios[1].price_at_exit, 2.4));
    // 0.3 × 24,000 + 0.2 × 80,000 = 7,200 + 16,000.
    assert!(close(ev.expected, 23_200.0), "{}", ev.expected);
    assert!(close(ev.chance_nothing, 0.5));
    // A share priced today is expected to fetch 0.3 × 2.4/2 + 0.2 × 8/2 = 1.16 of its price.
    assert!(close(ev.share_ratio, 1.16));
    assert!(!ev.from_rules);
    let words = ev.formula(&equity, "$", &ev.scenarios[1]);
    assert!(words.contains("$2.40"), "{words}");
    assert!(
        ev.expected_formula("$")
            .starts_with("50 % × $0 + 30 % × $24,000 + 20 % × $80,000 = $23,200"),
        "{}",
        ev.expected_formula("$")
    );
}

#[test]
fn options_under_water_are_worth_nothing_never_less() {
    // 1,000 options at a strike of 1.50 on shares priced at 1 today.
    let mut equity = private(
        EquityKind::PrivateOptions,
        1_000.0,
        1.0,
        vec![
            Scenario::new("Flat", 60.0, 1.0, 0.0),
            Scenario::new("Triples", 40.0, 3.0, 0.0),
        ],
    );
    equity.strike = 1.5;
    let ev = equity_value(&Compensation::default(), &equity, &rules());
    assert_eq!(ev.paper, 0.0);
    assert_eq!(ev.scenarios[0].then, 0.0);
    // Tripled, a share fetches 3: 1,000 × (3 − 1.5) = 1,500, weighed at 40 %.
    assert!(close(ev.scenarios[1].then, 1_500.0));
    assert!(close(ev.expected, 600.0));
    assert!(close(ev.chance_nothing, 0.6));
}

#[test]
fn waiting_for_an_exit_is_discounted() {
    let mut equity = private(
        EquityKind::PrivateShares,
        1_000.0,
        10.0,
        vec![Scenario::new("Doubles", 100.0, 2.0, 2.0)],
    );
    equity.discount_pct = Some(10.0);
    let ev = equity_value(&Compensation::default(), &equity, &rules());
    // 20,000 in two years at 10 % a year: 20,000 ÷ 1.21.
    assert!(close(ev.scenarios[0].then, 20_000.0));
    assert!(close(ev.expected, 20_000.0 / 1.21), "{}", ev.expected);
    assert!(ev.discount.yours);
    // With no discount of its own the rule's 15 % applies, and says so.
    equity.discount_pct = None;
    let ev = equity_value(&Compensation::default(), &equity, &rules());
    assert!(close(ev.expected, 20_000.0 / 1.15 / 1.15));
    assert_eq!(ev.discount.pct(), "15 % (rule default)");
}

#[test]
fn private_equity_without_scenarios_takes_the_cautious_set() {
    let equity = Equity {
        kind: EquityKind::PrivateShares,
        shares: 100.0,
        price: 1.0,
        ..Equity::default()
    };
    let ev = equity_value(&Compensation::default(), &equity, &rules());
    assert!(ev.from_rules);
    assert_eq!(ev.scenarios.len(), rules().seed.len());
    assert!(ev.chance_nothing >= 0.65, "{}", ev.chance_nothing);
    assert!(ev.expected_formula("$").contains("seed-stage"));
}

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

fn leaving() -> Leaving {
    Leaving {
        grants: vec![UnvestedGrant {
            name: "2025 grant".into(),
            value: 40_000.0,
            granted: Some(date(2025, 3, 1)),
            ..UnvestedGrant::default()
        }],
        next_bonus: 18_000.0,
        bonus_date: Some(date(2027, 3, 15)),
        clawback: 5_000.0,
        clawback_until: Some(date(2026, 6, 30)),
    }
}

fn home_terms(tax: f64) -> Terms {
    let pay = Compensation {
        currency: "£".into(),
        ..Compensation::default()
    };
    let own = MoneyTerms {
        cash_tax_pct: Some(tax),
        equity_tax_pct: Some(tax),
        ..MoneyTerms::default()
    };
    terms(&pay, &own, &rules())
}

#[test]
fn leaving_forfeits_what_would_vest_or_be_paid_after_the_start() {
    // Starting 2027-01-04: the first quarter vested 2026-03-01 and is kept; the quarters of
    // 2027, 2028 and 2029 fall in years 1, 2 and 3 of the new job; the bonus of March 2027
    // is lost; the sign-on was owed only until mid-2026.
    let f = forfeits(&leaving(), home_terms(40.0), date(2027, 1, 4));
    let amounts: Vec<(f64, usize)> = f.items.iter().map(|i| (i.amount, i.year)).collect();
    assert_eq!(
        amounts,
        vec![(10_000.0, 0), (10_000.0, 1), (10_000.0, 2), (18_000.0, 0)]
    );
    assert!(close(f.total_home(), 48_000.0));
    assert!(f.notes.is_empty());
    // Starting in February 2026, nothing has vested and the sign-on is owed.
    let f = forfeits(&leaving(), home_terms(40.0), date(2026, 2, 1));
    assert!(close(f.total_home(), 40_000.0 + 18_000.0 + 5_000.0));
    assert!(f.items.iter().any(|i| i.kind == ForfeitKind::Clawback));
    // In the year-by-year projection, the first year loses 10,000 of equity and the bonus:
    // 28,000 gross; after 40 % tax 6,000 + 10,800.
    let pay = Compensation {
        currency: "£".into(),
        base: 100_000.0,
        ..Compensation::default()
    };
    let own = MoneyTerms {
        cash_tax_pct: Some(0.0),
        equity_tax_pct: Some(0.0),
        ..MoneyTerms::default()
    };
    let start = date(2027, 1, 4);
    let f = forfeits(&leaving(), home_terms(40.0), start);
    let years = project(
        Inputs {
            pay: &pay,
            equity: &Equity::default(),
            terms: &own,
            start: Some(start),
        },
        &rules(),
        2,
        start,
        Some(&f),
    );
    assert!(close(years[0].forfeit[0], 28_000.0));
    assert!(close(years[0].forfeit[1], 16_800.0));
    assert!(close(years[0].gross, 72_000.0));
    assert!(close(years[1].gross, 90_000.0));
}

#[test]
fn a_missing_date_counts_as_lost() {
    let mut l = leaving();
    l.grants[0].granted = None;
    l.bonus_date = None;
    l.clawback_until = None;
    let f = forfeits(&l, home_terms(0.0), date(2027, 1, 4));
    assert!(close(f.total_home(), 63_000.0));
    assert_eq!(f.notes.len(), 3, "{:?}", f.notes);
}

#[test]
fn monthly_vesting_after_the_cliff_forfeits_by_the_month() {
    let grant = UnvestedGrant {
        value: 48_000.0,
        granted: Some(date(2024, 1, 1)),
        vesting: Vesting::MonthlyAfterCliff,
        ..UnvestedGrant::default()
    };
    let l = Leaving {
        grants: vec![grant],
        ..Leaving::default()
    };
    // Leaving on 2026-01-01: the cliff (12,000) and months 13 to 24 (12 × 1,000) vested;
    // 24,000 is left, due over the next two years.
    let f = forfeits(&l, home_terms(0.0), date(2026, 1, 1));
    assert!(close(f.total_home(), 24_000.0), "{}", f.total_home());
}

#[test]
fn the_break_even_exit_makes_up_the_cash_gap() {
    let pay = Compensation {
        currency: "$".into(),
        base: 100_000.0,
        ..Compensation::default()
    };
    let mut equity = private(EquityKind::PrivateOptions, 20_000.0, 5.0, Vec::new());
    equity.strike = 1.0;
    equity.valuation = 50_000_000.0;
    equity.preferences = 10_000_000.0;
    equity.dilution_pct = Some(20.0);
    equity.rounds = 2;
    let own = MoneyTerms {
        rate_to_home: Some(1.0),
        ..MoneyTerms::default()
    };
    let offer = Inputs {
        pay: &pay,
        equity: &equity,
        terms: &own,
        start: None,
    };
    // The other offer pays 520,000 over four years against 400,000: a gap of 120,000. The
    // 20,000 options, all vested by then, need 1 + 120,000 ÷ 20,000 = 7 a share. A share
    // fetches 5 × 0.8² × (multiple − 0.2): 7 at a multiple of 0.2 + 7 ÷ 3.2 = 2.3875.
    let b = break_even(offer, 520_000.0, &rules(), 4).expect("private equity");
    assert!(close(b.cash_gap, 120_000.0));
    assert!(close(b.vested_shares, 20_000.0));
    let m = b.multiple.expect("a multiple");
    assert!(close(m, 2.3875), "{m}");
    assert!(close(b.exit_value.expect("a value"), 119_375_000.0));
    assert!(b.words.contains("2.4 × today's valuation"), "{}", b.words);
    // Paying more cash already, it needs nothing.
    let b = break_even(offer, 300_000.0, &rules(), 4).expect("private equity");
    assert_eq!(b.multiple, None);
    assert!(
        b.words.starts_with("Pays £100,000 more cash"),
        "{}",
        b.words
    );
    // Public equity has no exit to solve for.
    let public = Equity::default();
    assert_eq!(
        break_even(
            Inputs {
                equity: &public,
                ..offer
            },
            520_000.0,
            &rules(),
            4
        ),
        None
    );
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

mod no_risk {
    use proptest::prelude::*;

    use super::*;

    prop_compose! {
        fn a_pay()(
            base in 0.0f64..500_000.0,
            bonus_pct in 0.0f64..50.0,
            sign_on in prop::collection::vec(0.0f64..50_000.0, 0..3),
            grant in 0.0f64..400_000.0,
            vesting in 0..Vesting::ALL.len(),
            custom in prop::collection::vec(0.0f64..25.0, 0..5),
            refresher in 0.0f64..50_000.0,
            raise_pct in -5.0f64..10.0,
        ) -> Compensation {
            Compensation {
                currency: "£".into(),
                base,
                bonus_pct,
                sign_on,
                equity_grant: grant,
                vesting: Vesting::ALL[vesting],
                custom_vesting: custom,
                refresher,
                raise_pct,
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]

        #[test]
        fn with_no_risk_tax_currency_or_inflation_every_figure_is_the_gross_one(
            pay in a_pay(),
            kind in 0..EquityKind::ALL.len(),
            shares in 0.0f64..100_000.0,
            price in 0.01f64..50.0,
            strike in 0.0f64..60.0,
            discount in 0.0f64..30.0,
            years in 1usize..8,
            lead in 0u64..900,
        ) {
            let kind = EquityKind::ALL[kind];
            // No risk: one exit, certain, today, at today's value, with nothing ahead of
            // common and no more rounds.
            let equity = Equity {
                kind,
                shares,
                price,
                strike,
                discount_pct: Some(discount),
                scenarios: vec![Scenario::new("Certain", 100.0, 1.0, 0.0)],
                ..Equity::default()
            };
            let own = MoneyTerms {
                cash_tax_pct: Some(0.0),
                equity_tax_pct: Some(0.0),
                ..MoneyTerms::default()
            };
            let today = date(2026, 1, 1);
            let start = today + chrono::Days::new(lead);
            let ev = equity_value(&pay, &equity, &rules());
            prop_assert!(close(ev.expected, ev.paper));
            let mut gross = pay.clone();
            if kind.is_private() {
                let strike = if kind == EquityKind::PrivateOptions { strike } else { 0.0 };
                gross.equity_grant = shares * (price - strike).max(0.0);
            }
            let expected: Vec<f64> = pay_by_year(&gross, years).into_iter().map(YearPay::total).collect();
            let got = project(
                Inputs { pay: &pay, equity: &equity, terms: &own, start: Some(start) },
                &rules(),
                years,
                today,
                None,
            );
            for (y, want) in got.iter().zip(expected) {
                for basis in Basis::ALL {
                    prop_assert!(close(y.on(basis), want), "{:?} {} {}", basis, y.on(basis), want);
                }
            }
        }
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

#[test]
fn a_cliff_on_the_start_anniversary_falls_in_the_second_calendar_year() {
    // Granted 2024-01-04 with a one-year cliff, quarters on 2025, 2026, 2027 and 2028-01-04.
    // Leaving on 2027-01-04 keeps the third quarter (due that very day) and gives up the
    // fourth, due on the first anniversary of the new job: its second year, not its first.
    let leaving = Leaving {
        grants: vec![UnvestedGrant {
            name: "Grant".into(),
            value: 40_000.0,
            granted: Some(date(2024, 1, 4)),
            vesting: Vesting::FourYearCliff,
            custom_vesting: Vec::new(),
        }],
        ..Leaving::default()
    };
    let f = forfeits(&leaving, home_terms(0.0), date(2027, 1, 4));
    let years: Vec<(usize, f64)> = f.items.iter().map(|i| (i.year, i.amount)).collect();
    assert_eq!(years, [(1, 10_000.0)]);
    // A day later, the third quarter is given up too, in the first year.
    let f = forfeits(&leaving, home_terms(0.0), date(2026, 1, 5));
    let years: Vec<(usize, f64)> = f.items.iter().map(|i| (i.year, i.amount)).collect();
    assert_eq!(years, [(0, 10_000.0), (1, 10_000.0)]);
    assert!(close(f.total_home(), 20_000.0));
}

mod pair;
