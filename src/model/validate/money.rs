//! Checks on the money side of offers and its rules: rates and taxes in range, and exit
//! scenarios whose chances add up to 100 %.

use super::Checker;
use crate::model::{Equity, EquityKind, Leaving, MoneyRules, MoneyTerms, Scenario};

/// The longest home currency: a sign or a code, never a sentence.
pub const HOME_CURRENCY_CHARS: usize = 16;

/// Amounts of money: never negative, and below a trillion, past which a typo is likelier.
const MONEY: std::ops::RangeInclusive<f64> = 0.0..=1e12;

/// A set of exit scenarios: each chance, multiple and wait in range, and the chances adding
/// up to 100 %.
pub(super) fn scenarios(c: &mut Checker, at: &str, set: &[Scenario]) {
    for (k, s) in set.iter().enumerate() {
        let here = format!("{at}[{k}]");
        c.number(
            &format!("{here}.probability_pct"),
            s.probability_pct,
            0.0..=100.0,
        );
        c.number(&format!("{here}.multiple"), s.multiple, 0.0..=1e6);
        c.number(&format!("{here}.years"), s.years, 0.0..=50.0);
    }
    let sum: f64 = set.iter().map(|s| s.probability_pct).sum();
    if !set.is_empty() && sum.is_finite() && (sum - 100.0).abs() > 0.01 {
        c.push(
            at,
            format!(
                "the chances of the scenarios add up to {} %, not 100 %",
                (sum * 100.0).round() / 100.0
            ),
        );
    }
}

/// An offer's equity, its money terms and, for the current job, what leaving costs.
pub(super) fn offer(
    c: &mut Checker,
    at: &str,
    equity: &Equity,
    terms: &MoneyTerms,
    leaving: &Leaving,
) {
    let e = equity;
    for (field, value) in [
        ("shares", e.shares),
        ("price", e.price),
        ("strike", e.strike),
        ("valuation", e.valuation),
        ("preferences", e.preferences),
    ] {
        c.number(&format!("{at}.equity.{field}"), value, MONEY);
    }
    if e.kind.is_private() && e.preferences > 0.0 && e.valuation <= 0.0 {
        c.push(
            format!("{at}.equity.valuation"),
            "a preference stack needs the company's valuation to be weighed against",
        );
    }
    if e.kind == EquityKind::Public && !e.scenarios.is_empty() {
        c.push(
            format!("{at}.equity.scenarios"),
            "public equity is valued at today's price: scenarios are for private equity",
        );
    }
    if let Some(d) = e.dilution_pct {
        c.number(&format!("{at}.equity.dilution_pct"), d, 0.0..=99.0);
    }
    if let Some(d) = e.discount_pct {
        c.number(&format!("{at}.equity.discount_pct"), d, 0.0..=100.0);
    }
    c.count(&format!("{at}.equity.rounds"), e.rounds, 0..=100);
    scenarios(c, &format!("{at}.equity.scenarios"), &e.scenarios);

    let t = terms;
    c.date(&format!("{at}.terms.rate_date"), t.rate_date);
    if let Some(rate) = t.rate_to_home
        && !(rate.is_finite() && rate > 0.0 && rate <= 1e6)
    {
        c.push(
            format!("{at}.terms.rate_to_home"),
            format!("{rate} must be above 0 and at most 1000000"),
        );
    }
    for (field, value) in [
        ("cash_tax_pct", t.cash_tax_pct),
        ("equity_tax_pct", t.equity_tax_pct),
    ] {
        if let Some(v) = value {
            c.number(&format!("{at}.terms.{field}"), v, 0.0..=100.0);
        }
    }
    for (k, b) in t.brackets.iter().enumerate() {
        c.number(&format!("{at}.terms.brackets[{k}].from"), b.from, MONEY);
        c.number(
            &format!("{at}.terms.brackets[{k}].rate_pct"),
            b.rate_pct,
            0.0..=100.0,
        );
    }
    if let Some(v) = t.cost_of_living {
        c.number(&format!("{at}.terms.cost_of_living"), v, 1.0..=1000.0);
    }
    if let Some(p) = &t.promotion {
        c.number(
            &format!("{at}.terms.promotion.raise_pct"),
            p.raise_pct,
            -100.0..=1000.0,
        );
        c.number(&format!("{at}.terms.promotion.refresh"), p.refresh, MONEY);
        if p.year == 0 {
            c.push(
                format!("{at}.terms.promotion.year"),
                "the year of the offer counts from 1",
            );
        } else {
            c.count(&format!("{at}.terms.promotion.year"), p.year, 1..=50);
        }
    }

    for (k, g) in leaving.grants.iter().enumerate() {
        c.number(&format!("{at}.leaving.grants[{k}].value"), g.value, MONEY);
        c.date(&format!("{at}.leaving.grants[{k}].granted"), g.granted);
        for (j, pct) in g.custom_vesting.iter().enumerate() {
            c.number(
                &format!("{at}.leaving.grants[{k}].custom_vesting[{j}]"),
                *pct,
                0.0..=100.0,
            );
        }
    }
    c.number(
        &format!("{at}.leaving.next_bonus"),
        leaving.next_bonus,
        MONEY,
    );
    c.number(&format!("{at}.leaving.clawback"), leaving.clawback, MONEY);
    c.date(&format!("{at}.leaving.bonus_date"), leaving.bonus_date);
    c.date(
        &format!("{at}.leaving.clawback_until"),
        leaving.clawback_until,
    );
}

/// The rules the money side falls back on.
pub(super) fn rules(c: &mut Checker, r: &MoneyRules) {
    if let Some(home) = &r.home_currency
        && (home.chars().count() > HOME_CURRENCY_CHARS || home.chars().any(char::is_control))
    {
        c.push(
            "rules.money.home_currency",
            format!(
                "a currency is a sign or a code of at most {HOME_CURRENCY_CHARS} characters, on one line"
            ),
        );
    }
    c.number("rules.money.inflation_pct", r.inflation_pct, -50.0..=100.0);
    c.number("rules.money.cash_tax_pct", r.cash_tax_pct, 0.0..=100.0);
    c.number("rules.money.equity_tax_pct", r.equity_tax_pct, 0.0..=100.0);
    c.number("rules.money.dilution_pct", r.dilution_pct, 0.0..=99.0);
    c.number("rules.money.discount_pct", r.discount_pct, 0.0..=100.0);
    if r.seed.is_empty() {
        c.push(
            "rules.money.seed",
            "needs at least one scenario: private equity with none of its own is weighed by it",
        );
    }
    scenarios(c, "rules.money.seed", &r.seed);
    scenarios(c, "rules.money.growth", &r.growth);
}
