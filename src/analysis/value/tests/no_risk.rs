//! The property that with no risk, no tax, one currency and no inflation every figure is the
//! gross one.

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
