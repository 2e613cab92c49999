//! What a grant of equity is worth: exit scenarios through dilution and preferences, options
//! under water, the wait for an exit, the cautious set, and the exit that makes up a cash gap.

use super::*;

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
