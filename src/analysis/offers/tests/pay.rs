//! Pay over the years and money in words: vesting, raises, currencies, and when pay wins.

use super::*;

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
fn money_is_grouped_by_thousands() {
    assert_eq!(money("£", 1_234_567.4), "£1,234,567");
    assert_eq!(money("$", 999.0), "$999");
    assert_eq!(money("", -1500.0), "-1,500");
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

/// A spec weighing fit, pay and a third criterion 1, 1 and 10, with two offers: one paid
/// 100,000 and scored higher on fit and pay, and a core role paid `core_base` that wins on the
/// third criterion (4 + 1 + 50 = 55 against 5 + 5 + 10 = 20).
fn richer_and_core(core_base: f64) -> (Document, Offer, Offer) {
    let mut doc = doc_with(&[1.0, 1.0, 10.0]);
    doc.criteria[0].tag = CriterionTag::NorthStarFit;
    doc.criteria[1].tag = CriterionTag::Compensation;
    let mut richer = offer(1, &[5, 5, 1]);
    richer.compensation.base = 100_000.0;
    let mut core = offer(2, &[4, 1, 5]);
    core.kind = Some(BetKind::Core);
    core.compensation.base = core_base;
    (doc, richer, core)
}

#[test]
fn pay_in_a_currency_without_a_rate_does_not_win_on_pay() {
    // More than the other counted 1 to 1, in a currency with no rate to dollars.
    let (doc, richer, mut core) = richer_and_core(120_000.0);
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
    // The core offer scores lower on fit, but it is paid less and scored lower on pay.
    let (doc, richer, mut core) = richer_and_core(90_000.0);
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
