//! What a grant of equity is worth: each exit scenario worked through dilution, preferences
//! and the strike, weighed by its odds and brought to today.

use super::Sourced;
use crate::analysis::offers::{money, one_decimal};
use crate::model::{Compensation, Equity, EquityKind, MoneyRules, Scenario};

/// One exit scenario, worked out for a grant.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioValue {
    /// What it stands for.
    pub name: String,
    /// Its chance, 0 to 1.
    pub probability: f64,
    /// The company's value at the exit as a multiple of today's valuation.
    pub multiple: f64,
    /// Years from today to the exit.
    pub years: f64,
    /// What one common share fetches at the exit, after dilution and preferences.
    pub price_at_exit: f64,
    /// What the whole grant is worth at the exit.
    pub then: f64,
    /// The same, discounted back to today.
    pub today: f64,
}

/// An equity grant weighed by its odds.
#[derive(Clone, Debug, PartialEq)]
pub struct EquityValue {
    /// Public or private, shares or options.
    pub kind: EquityKind,
    /// The grant at today's price (less the strike, never below zero).
    pub paper: f64,
    /// Each exit scenario worked out; none for public equity.
    pub scenarios: Vec<ScenarioValue>,
    /// Whether the scenarios are the rules' seed-stage set, the offer having none.
    pub from_rules: bool,
    /// The probability-weighted value today.
    pub expected: f64,
    /// The chance the grant is worth nothing, 0 to 1.
    pub chance_nothing: f64,
    /// What a share priced today is expected to be worth, per unit of its price: weighs the
    /// refreshers and promotion grants, given as values rather than shares.
    pub share_ratio: f64,
    /// Dilution per round, percent.
    pub dilution: Sourced,
    /// Discount per year, percent.
    pub discount: Sourced,
    /// The multiple of today's valuation preferred holders take first (`preferences ÷
    /// valuation`); infinite when a stack is given without a valuation to weigh it by.
    pub preference_multiple: f64,
}

/// What a grant is worth by its scenarios. Public RSUs are worth their grant value; private
/// shares and options are worth, in each scenario, the price a common share fetches at the
/// exit (today's price × the exit multiple, less what preferred holders take first, shrunk
/// by dilution) less the strike, never below zero, discounted to today by the years of
/// waiting.
pub fn equity_value(pay: &Compensation, equity: &Equity, rules: &MoneyRules) -> EquityValue {
    let dilution = Sourced::pick(equity.dilution_pct, rules.dilution_pct);
    let discount = Sourced::pick(equity.discount_pct, rules.discount_pct);
    if !equity.kind.is_private() {
        return EquityValue {
            kind: equity.kind,
            paper: pay.equity_grant,
            scenarios: Vec::new(),
            from_rules: false,
            expected: pay.equity_grant,
            chance_nothing: 0.0,
            share_ratio: 1.0,
            dilution,
            discount,
            preference_multiple: 0.0,
        };
    }
    let strike = strike_of(equity);
    let paper = equity.shares * (equity.price - strike).max(0.0);
    // Preferred holders are counted as taking their whole stack first and then sharing the
    // rest with common: the reading least kind to common shares.
    let preference_multiple = if equity.preferences <= 0.0 {
        0.0
    } else if equity.valuation > 0.0 {
        equity.preferences / equity.valuation
    } else {
        f64::INFINITY
    };
    let kept = (1.0 - dilution.value / 100.0)
        .max(0.0)
        .powf(f64::from(equity.rounds));
    let from_rules = equity.scenarios.is_empty();
    let set = if from_rules {
        &rules.seed
    } else {
        &equity.scenarios
    };
    let price_at = |s: &Scenario| equity.price * kept * (s.multiple - preference_multiple).max(0.0);
    let wait = |s: &Scenario| (1.0 + discount.value / 100.0).powf(s.years.max(0.0));
    let scenarios: Vec<ScenarioValue> = set
        .iter()
        .map(|s| {
            let price_at_exit = price_at(s);
            let then = equity.shares * (price_at_exit - strike).max(0.0);
            ScenarioValue {
                name: s.name.clone(),
                probability: s.probability_pct / 100.0,
                multiple: s.multiple,
                years: s.years,
                price_at_exit,
                then,
                today: then / wait(s),
            }
        })
        .collect();
    let expected = scenarios.iter().map(|s| s.probability * s.today).sum();
    let chance_nothing = scenarios
        .iter()
        .filter(|s| s.then <= 1e-9)
        .map(|s| s.probability)
        .sum();
    let share_ratio = if equity.price > 0.0 {
        set.iter()
            .map(|s| s.probability_pct / 100.0 * price_at(s) / wait(s) / equity.price)
            .sum()
    } else {
        0.0
    };
    EquityValue {
        kind: equity.kind,
        paper,
        scenarios,
        from_rules,
        expected,
        chance_nothing,
        share_ratio,
        dilution,
        discount,
        preference_multiple,
    }
}

pub(super) fn strike_of(equity: &Equity) -> f64 {
    if equity.kind == EquityKind::PrivateOptions {
        equity.strike
    } else {
        0.0
    }
}

impl EquityValue {
    /// How one scenario's figures are made, with the grant's numbers in.
    pub fn formula(&self, equity: &Equity, currency: &str, s: &ScenarioValue) -> String {
        let strike = strike_of(equity);
        let preferences = if self.preference_multiple > 0.0 {
            format!(" − {} preferences", one_decimal(self.preference_multiple))
        } else {
            String::new()
        };
        format!(
            "share at exit = {} today × (1 − {} dilution)^{} rounds × max(0, {} multiple{preferences}) = {}; \
             grant then = {} shares × max(0, {} − {} strike) = {}; \
             today = {} ÷ (1 + {} %)^{} years = {}",
            price(currency, equity.price),
            self.dilution.pct(),
            equity.rounds,
            one_decimal(s.multiple),
            price(currency, s.price_at_exit),
            money("", equity.shares),
            price(currency, s.price_at_exit),
            price(currency, strike),
            money(currency, s.then),
            money(currency, s.then),
            one_decimal(self.discount.value),
            one_decimal(s.years),
            money(currency, s.today)
        )
    }

    /// How the weighted value is made: the sum of chance × value today.
    pub fn expected_formula(&self, currency: &str) -> String {
        if self.scenarios.is_empty() {
            return format!(
                "public equity: the grant at today's price, {}",
                money(currency, self.paper)
            );
        }
        let terms: Vec<String> = self
            .scenarios
            .iter()
            .map(|s| {
                format!(
                    "{} % × {}",
                    one_decimal(s.probability * 100.0),
                    money(currency, s.today)
                )
            })
            .collect();
        format!(
            "{} = {}{}",
            terms.join(" + "),
            money(currency, self.expected),
            if self.from_rules {
                " (no scenarios of yours: the rules' seed-stage set)"
            } else {
                ""
            }
        )
    }
}

/// A price per share, to the cent: shares of a young company are often priced below one unit.
pub fn price(currency: &str, amount: f64) -> String {
    crate::model::number::price(currency, amount)
}
