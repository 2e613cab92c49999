//! The money side of an offer beyond its gross pay: the kind of equity and its odds, the
//! currency and taxes it is paid under, the cost of living where it is, the promotion it
//! expects, and, for the current job, what leaving it costs. Every field has a default, so a
//! file written before these existed loads unchanged.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Vesting;

labelled_enum! {
    /// What an equity grant is made of, which decides how its value is read.
    #[derive(Default)]
    EquityKind {
        /// Restricted stock units of a listed company: worth the grant's value at today's price.
        #[default]
        Public => "Public (RSUs at a price)",
        /// Shares in a private company: worth something only at an exit.
        PrivateShares => "Private shares",
        /// Options on shares of a private company: worth the price above the strike, at an exit.
        PrivateOptions => "Private options",
    }
}

/// One way a private company's story could end, with its odds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Scenario {
    /// What it stands for, in a few words ("acquired for parts", "IPO").
    pub name: String,
    /// The chance of it, in percent; a set of scenarios adds up to 100.
    pub probability_pct: f64,
    /// The company's value at the exit, as a multiple of its valuation today.
    pub multiple: f64,
    /// Years from today until the exit.
    pub years: f64,
}

impl Default for Scenario {
    fn default() -> Self {
        Self {
            name: String::new(),
            probability_pct: 0.0,
            multiple: 1.0,
            years: 5.0,
        }
    }
}

impl Scenario {
    /// A scenario from its parts, for presets and tests.
    pub fn new(name: &str, probability_pct: f64, multiple: f64, years: f64) -> Self {
        Self {
            name: name.to_owned(),
            probability_pct,
            multiple,
            years,
        }
    }
}

/// The equity of an offer, beyond the grant value its compensation states.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Equity {
    /// Public RSUs, private shares or private options.
    pub kind: EquityKind,
    /// Shares (or options) in the grant; private equity only.
    pub shares: f64,
    /// The price of one share today (the last round's price, or the latest valuation's);
    /// private equity only.
    pub price: f64,
    /// What one option costs to exercise; options only.
    pub strike: f64,
    /// The company's valuation today; needed to weigh a preference stack.
    pub valuation: f64,
    /// The money preferred holders take out before common shares get anything, at an exit.
    pub preferences: f64,
    /// The share of the company each funding round gives away, in percent; `None` takes the
    /// rules' default.
    pub dilution_pct: Option<f64>,
    /// Funding rounds expected before the exit.
    pub rounds: u32,
    /// What a year of waiting for liquidity costs, in percent a year; `None` takes the rules'
    /// default.
    pub discount_pct: Option<f64>,
    /// The ways the company's story could end; none takes the rules' seed-stage set.
    pub scenarios: Vec<Scenario>,
}

impl EquityKind {
    /// Whether the grant is in a private company, so that its value rests on an exit.
    pub fn is_private(self) -> bool {
        self != Self::Public
    }
}

/// One band of a marginal tax schedule: income above `from` is taxed at `rate_pct`, up to
/// the next band.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Bracket {
    /// Where the band starts, in the offer's currency a year.
    pub from: f64,
    /// The tax on income in this band, in percent.
    pub rate_pct: f64,
}

/// A promotion an offer expects: part of its projection, but expected, not promised.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Promotion {
    /// The year of the offer it comes in, 1 being the first.
    pub year: u32,
    /// The raise it brings to base, in percent.
    pub raise_pct: f64,
    /// The equity grant it brings, vesting over the four years after it.
    pub refresh: f64,
}

impl Default for Promotion {
    fn default() -> Self {
        Self {
            year: 2,
            raise_pct: 10.0,
            refresh: 0.0,
        }
    }
}

/// What an offer is paid in and under: the exchange rate to the person's home currency, the
/// taxes, and the cost of living where it is. Each `None` takes the rules' default.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MoneyTerms {
    /// Home currency for one unit of the offer's currency; `None` when it is the home
    /// currency (a different currency without a rate is not comparable until one is given).
    pub rate_to_home: Option<f64>,
    /// The day the rate was taken.
    pub rate_date: Option<NaiveDate>,
    /// The effective tax on cash pay, in percent.
    pub cash_tax_pct: Option<f64>,
    /// The effective tax on equity, in percent.
    pub equity_tax_pct: Option<f64>,
    /// Marginal bands for cash pay; when given they take the place of `cash_tax_pct`.
    pub brackets: Vec<Bracket>,
    /// What living where the offer is costs, where the person lives now being 100.
    pub cost_of_living: Option<f64>,
    /// The promotion the offer expects, if any.
    pub promotion: Option<Promotion>,
}

/// A grant of the current job still vesting: what leaving before it vests gives up.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct UnvestedGrant {
    /// What it is ("2025 refresher").
    pub name: String,
    /// The whole grant's value at today's price, in the current job's currency.
    pub value: f64,
    /// The day it was granted: vesting counts from there. Without it the whole grant counts
    /// as unvested.
    pub granted: Option<NaiveDate>,
    /// How it vests.
    pub vesting: Vesting,
    /// Percentages vested in each year, for `Vesting::Custom`.
    pub custom_vesting: Vec<f64>,
}

impl Default for UnvestedGrant {
    fn default() -> Self {
        Self {
            name: String::new(),
            value: 0.0,
            granted: None,
            vesting: Vesting::FourYearCliff,
            custom_vesting: Vec::new(),
        }
    }
}

/// What leaving the current job costs: grants still vesting, the next bonus, a sign-on to
/// pay back. Kept on the offer marked as the current job.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Leaving {
    /// Grants still vesting.
    pub grants: Vec<UnvestedGrant>,
    /// The next bonus, lost when leaving before it is paid.
    pub next_bonus: f64,
    /// When the next bonus is paid.
    pub bonus_date: Option<NaiveDate>,
    /// A sign-on bonus that must be paid back when leaving early.
    pub clawback: f64,
    /// The day after which it no longer has to be paid back.
    pub clawback_until: Option<NaiveDate>,
}

/// The defaults the money side reasons with, each one the person can change, and where they
/// come from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MoneyRules {
    /// The currency the person lives on, which every total is converted to; `None` until
    /// they choose one (a file that never did takes the currency its offers share).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub home_currency: Option<String>,
    /// Yearly inflation, in percent, to bring future pay to today's money.
    pub inflation_pct: f64,
    /// Effective tax on cash pay when an offer gives none, in percent.
    pub cash_tax_pct: f64,
    /// Effective tax on equity when an offer gives none, in percent.
    pub equity_tax_pct: f64,
    /// Dilution per funding round when an offer gives none, in percent.
    pub dilution_pct: f64,
    /// Discount per year to liquidity when an offer gives none, in percent.
    pub discount_pct: f64,
    /// A typical set of exit scenarios for a seed-stage company; also used for private
    /// equity with no scenarios of its own.
    pub seed: Vec<Scenario>,
    /// A typical set for a growth-stage company.
    pub growth: Vec<Scenario>,
    /// Where these defaults come from.
    pub note: String,
}

impl Default for MoneyRules {
    fn default() -> Self {
        Self {
            home_currency: None,
            inflation_pct: 2.5,
            cash_tax_pct: 30.0,
            equity_tax_pct: 30.0,
            dilution_pct: 15.0,
            discount_pct: 15.0,
            seed: vec![
                Scenario::new("Shuts down", 65.0, 0.0, 3.0),
                Scenario::new("Sold for little", 15.0, 0.5, 4.0),
                Scenario::new("Sold well", 15.0, 3.0, 6.0),
                Scenario::new("Breakout", 5.0, 20.0, 8.0),
            ],
            growth: vec![
                Scenario::new("Sold below the last round", 25.0, 0.5, 3.0),
                Scenario::new("Sold at about today's value", 35.0, 1.0, 4.0),
                Scenario::new("Sold or listed higher", 30.0, 2.5, 5.0),
                Scenario::new("Listed big", 10.0, 6.0, 6.0),
            ],
            note: "Rough starting points, not advice: most seed-stage companies return nothing \
                   to common shares and a few return many times; growth-stage ones fail less \
                   often and multiply less. A priced round commonly gives away 10–20 % of the \
                   company; 15 % a year is a usual discount for shares that cannot be sold yet; \
                   30 % is an effective tax on a senior salary in many countries and 2.5 % a \
                   little above the inflation central banks aim for. Replace any of them with \
                   your own numbers."
                .to_owned(),
        }
    }
}
