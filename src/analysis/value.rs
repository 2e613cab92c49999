//! What an offer is really worth: its equity weighed by the odds of each exit, its pay after
//! tax, converted to the home currency and brought to today's money, less what leaving the
//! current job gives up. Pure functions of the offer's parts, the rules and today; every
//! figure comes with the inputs and formula that make it, for people to check.

use chrono::NaiveDate;

use super::offers::{money, one_decimal, pay_by_year, vesting_shares};
use crate::model::{
    Bracket, Compensation, Equity, EquityKind, Leaving, MoneyRules, MoneyTerms, Scenario,
    UnvestedGrant, Vesting,
};

/// Which figure a total shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Basis {
    /// As offered: before tax, equity at today's price, in the home currency.
    #[default]
    Gross,
    /// After tax, with private equity weighed by its odds.
    AfterTax,
    /// After tax, weighed by the odds, and brought to today's money where the person lives:
    /// cost of living and inflation taken out.
    Real,
}

impl Basis {
    /// Every basis, in the order a selector shows them.
    pub const ALL: [Self; 3] = [Self::Gross, Self::AfterTax, Self::Real];

    /// The words a person sees for it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Gross => "Gross",
            Self::AfterTax => "After tax",
            Self::Real => "Real",
        }
    }

    /// What it counts, in one line.
    pub fn meaning(self) -> &'static str {
        match self {
            Self::Gross => "before tax, equity at today's price, in the home currency",
            Self::AfterTax => "less tax, private equity weighed by the odds of each exit",
            Self::Real => {
                "after tax and odds, then cost of living and inflation taken out (today's money where you live)"
            }
        }
    }
}

/// A number and whether the person gave it or it came from the rules.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sourced {
    /// The number.
    pub value: f64,
    /// Whether the person entered it; otherwise it is the rules' default.
    pub yours: bool,
}

impl Sourced {
    /// The person's number when there is one, else the rule's.
    pub fn pick(own: Option<f64>, rule: f64) -> Self {
        own.map_or(
            Self {
                value: rule,
                yours: false,
            },
            |value| Self { value, yours: true },
        )
    }

    /// Where it came from, in words.
    pub fn source(self) -> &'static str {
        if self.yours { "yours" } else { "rule default" }
    }

    /// The number as a percentage with its source: "30 % (rule default)".
    pub fn pct(self) -> String {
        format!("{} % ({})", one_decimal(self.value), self.source())
    }
}

/// An offer's money terms with every default filled in from the rules.
#[derive(Clone, Debug, PartialEq)]
pub struct Terms {
    /// The offer's currency.
    pub currency: String,
    /// The home currency.
    pub home: String,
    /// Home currency for one unit of the offer's.
    pub rate: f64,
    /// Whether the rate is a guess: a different currency with no rate given.
    pub rate_missing: bool,
    /// When the rate was taken.
    pub rate_date: Option<NaiveDate>,
    /// Effective tax on cash, percent.
    pub cash_tax: Sourced,
    /// Effective tax on equity, percent.
    pub equity_tax: Sourced,
    /// Marginal bands on cash, when given.
    pub brackets: Vec<Bracket>,
    /// Cost of living where the offer is, 100 being where the person lives now.
    pub cost_of_living: Sourced,
    /// Yearly inflation, percent.
    pub inflation: f64,
}

/// Fills in an offer's terms from the rules where the person gave none.
pub fn terms(pay: &Compensation, own: &MoneyTerms, rules: &MoneyRules) -> Terms {
    let same = pay.currency.trim() == rules.home_currency.trim();
    Terms {
        currency: pay.currency.clone(),
        home: rules.home_currency.clone(),
        rate: own.rate_to_home.unwrap_or(1.0),
        rate_missing: own.rate_to_home.is_none() && !same,
        rate_date: own.rate_date,
        cash_tax: Sourced::pick(own.cash_tax_pct, rules.cash_tax_pct),
        equity_tax: Sourced::pick(own.equity_tax_pct, rules.equity_tax_pct),
        brackets: own.brackets.clone(),
        // Without a number of theirs, the place is taken as costing what home costs: said
        // as a default wherever it is shown, never as a finding.
        cost_of_living: Sourced::pick(own.cost_of_living, 100.0),
        inflation: rules.inflation_pct,
    }
}

impl Terms {
    /// Tax on a year's cash pay, in the offer's currency: by the bands when given, else at
    /// the effective rate.
    pub fn cash_tax_on(&self, cash: f64) -> f64 {
        if self.brackets.is_empty() {
            return cash * self.cash_tax.value / 100.0;
        }
        let mut bands: Vec<&Bracket> = self.brackets.iter().collect();
        bands.sort_by(|a, b| a.from.total_cmp(&b.from));
        bands
            .iter()
            .enumerate()
            .map(|(i, band)| {
                let top = bands.get(i + 1).map_or(f64::INFINITY, |next| next.from);
                (cash.min(top) - band.from).max(0.0) * band.rate_pct / 100.0
            })
            .sum()
    }

    /// How cash tax is counted, in words.
    pub fn cash_tax_words(&self) -> String {
        if self.brackets.is_empty() {
            format!("cash taxed at {}", self.cash_tax.pct())
        } else {
            let bands: Vec<String> = self
                .brackets
                .iter()
                .map(|b| {
                    format!(
                        "{} % from {}",
                        one_decimal(b.rate_pct),
                        money(&self.currency, b.from)
                    )
                })
                .collect();
            format!("cash taxed by your bands ({})", bands.join(", "))
        }
    }

    /// The cost of living in words, with where the number came from.
    pub fn living_words(&self) -> String {
        let index = one_decimal(self.cost_of_living.value);
        if self.cost_of_living.yours {
            format!("{index} (yours)")
        } else {
            format!("{index} (assumed: as where you live now)")
        }
    }

    /// The exchange rate in words, with its date or the warning that it is missing.
    pub fn rate_words(&self) -> String {
        if self.rate_missing {
            format!(
                "no rate from {} to {} entered: counted 1 to 1, which is not known to be right",
                self.currency, self.home
            )
        } else if self.currency.trim() == self.home.trim() && (self.rate - 1.0).abs() < 1e-12 {
            format!("paid in {}, the home currency", self.home)
        } else {
            format!(
                "1 {} = {} {}{}",
                self.currency,
                self.rate,
                self.home,
                self.rate_date
                    .map_or_else(|| " (date not given)".to_owned(), |d| format!(" on {d}"))
            )
        }
    }
}

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

fn strike_of(equity: &Equity) -> f64 {
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
    format!("{currency}{amount:.2}")
}

/// The share of a grant that vests at each point, as months after the grant.
pub fn vest_events(vesting: Vesting, custom: &[f64]) -> Vec<(u32, f64)> {
    match vesting {
        Vesting::FourYearCliff => (1..=4).map(|y| (12 * y, 0.25)).collect(),
        Vesting::MonthlyAfterCliff => std::iter::once((12, 0.25))
            .chain((13..=48).map(|m| (m, 0.75 / 36.0)))
            .collect(),
        Vesting::FrontLoaded => vec![(12, 0.4), (24, 0.3), (36, 0.2), (48, 0.1)],
        Vesting::Custom => custom
            .iter()
            .zip(1u32..)
            .map(|(pct, y)| (12 * y, pct / 100.0))
            .collect(),
    }
}

/// What a forfeited piece was: it decides the tax it would have paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ForfeitKind {
    /// Equity that would have vested.
    Equity,
    /// A bonus that would have been paid.
    Bonus,
    /// A sign-on paid back: a repayment, counted in full in every figure.
    Clawback,
}

/// One thing leaving the current job gives up.
#[derive(Clone, Debug, PartialEq)]
pub struct ForfeitItem {
    /// What it is, in words.
    pub what: String,
    /// How much, in the current job's currency, before tax.
    pub amount: f64,
    /// Equity, bonus or clawback.
    pub kind: ForfeitKind,
    /// The year of the new offer it falls in, 0 being the first: when it would have been
    /// paid, or the first for a repayment.
    pub year: usize,
}

/// What accepting an offer starting on a date gives up in the current job.
#[derive(Clone, Debug, PartialEq)]
pub struct Forfeits {
    /// The day the new job starts: anything due after it is lost.
    pub start: NaiveDate,
    /// Each thing given up.
    pub items: Vec<ForfeitItem>,
    /// What could not be known and how it was counted.
    pub notes: Vec<String>,
    /// The current job's terms, which the forfeits are valued under.
    pub terms: Terms,
}

/// Whole years from `start` to `date`, never below zero: the year of a new job a payment
/// that date falls in.
fn year_index(start: NaiveDate, date: NaiveDate) -> usize {
    let days = (date - start).num_days().max(0);
    // Years of 365.25 days, so that a leap year does not move a payment into the next.
    (days as f64 / 365.25).floor() as usize
}

fn grant_forfeits(
    grant: &UnvestedGrant,
    start: NaiveDate,
    notes: &mut Vec<String>,
) -> Vec<ForfeitItem> {
    let name = if grant.name.trim().is_empty() {
        "A grant"
    } else {
        grant.name.trim()
    };
    let Some(granted) = grant.granted else {
        notes.push(format!(
            "{name}: no grant date, so all of it counts as unvested."
        ));
        return vec![ForfeitItem {
            what: format!("{name}, all of it (grant date not given)"),
            amount: grant.value,
            kind: ForfeitKind::Equity,
            year: 0,
        }];
    };
    let mut by_year: Vec<f64> = Vec::new();
    for (months, share) in vest_events(grant.vesting, &grant.custom_vesting) {
        let Some(due) = granted.checked_add_months(chrono::Months::new(months)) else {
            continue;
        };
        if due > start {
            let year = year_index(start, due);
            if by_year.len() <= year {
                by_year.resize(year + 1, 0.0);
            }
            by_year[year] += grant.value * share;
        }
    }
    by_year
        .into_iter()
        .enumerate()
        .filter(|(_, amount)| *amount > 0.0)
        .map(|(year, amount)| ForfeitItem {
            what: format!("{name}, vesting in year {} of the new job", year + 1),
            amount,
            kind: ForfeitKind::Equity,
            year,
        })
        .collect()
}

/// What leaving the current job on `start` gives up: grant slices vesting after it, the
/// next bonus when it is paid after it, and a sign-on to pay back when leaving before its
/// date. A missing date counts the thing as lost: not knowing is not good news.
pub fn forfeits(leaving: &Leaving, current: Terms, start: NaiveDate) -> Forfeits {
    let mut notes = Vec::new();
    let mut items: Vec<ForfeitItem> = leaving
        .grants
        .iter()
        .flat_map(|g| grant_forfeits(g, start, &mut notes))
        .collect();
    if leaving.next_bonus > 0.0 {
        match leaving.bonus_date {
            Some(paid) if paid <= start => {}
            Some(paid) => items.push(ForfeitItem {
                what: format!("The next bonus, paid {paid}"),
                amount: leaving.next_bonus,
                kind: ForfeitKind::Bonus,
                year: year_index(start, paid),
            }),
            None => {
                notes.push("The next bonus has no date, so it counts as lost.".to_owned());
                items.push(ForfeitItem {
                    what: "The next bonus (date not given)".to_owned(),
                    amount: leaving.next_bonus,
                    kind: ForfeitKind::Bonus,
                    year: 0,
                });
            }
        }
    }
    if leaving.clawback > 0.0 {
        match leaving.clawback_until {
            Some(until) if until <= start => {}
            until => {
                if until.is_none() {
                    notes.push(
                        "The sign-on to pay back has no end date, so it counts as owed.".to_owned(),
                    );
                }
                items.push(ForfeitItem {
                    what: until.map_or_else(
                        || "The sign-on paid back (end date not given)".to_owned(),
                        |d| format!("The sign-on paid back (owed until {d})"),
                    ),
                    amount: leaving.clawback,
                    kind: ForfeitKind::Clawback,
                    year: 0,
                });
            }
        }
    }
    Forfeits {
        start,
        items,
        notes,
        terms: current,
    }
}

impl Forfeits {
    /// The whole amount given up, in the home currency, before tax.
    pub fn total_home(&self) -> f64 {
        self.items.iter().map(|i| i.amount).sum::<f64>() * self.terms.rate
    }

    /// One item after tax, in the home currency.
    fn after_tax_home(&self, item: &ForfeitItem) -> f64 {
        let t = &self.terms;
        let kept = match item.kind {
            ForfeitKind::Equity => item.amount * (1.0 - t.equity_tax.value / 100.0),
            ForfeitKind::Bonus => item.amount - t.cash_tax_on(item.amount),
            ForfeitKind::Clawback => item.amount,
        };
        kept * t.rate
    }
}

/// One year of an offer's value, in the home currency.
#[derive(Clone, Debug, PartialEq)]
pub struct YearValue {
    /// The year of the offer, 1 being the first.
    pub year: usize,
    /// Base, bonus and sign-on, before tax, in the offer's currency.
    pub cash: f64,
    /// Equity vesting that year at today's price, in the offer's currency.
    pub equity_paper: f64,
    /// The same weighed by the odds, in the offer's currency.
    pub equity_expected: f64,
    /// What leaving the current job gives up that year, home currency: gross, after tax,
    /// real.
    pub forfeit: [f64; 3],
    /// Whether an expected promotion counts in it.
    pub promoted: bool,
    /// Years from today this year starts, over which inflation is taken out.
    pub years_out: f64,
    /// Before tax, equity at today's price, less forfeits.
    pub gross: f64,
    /// After tax, equity weighed by its odds, less forfeits.
    pub after_tax: f64,
    /// After tax and odds, in today's money where the person lives, less forfeits.
    pub real: f64,
}

impl YearValue {
    /// The figure on one basis.
    pub fn on(&self, basis: Basis) -> f64 {
        match basis {
            Basis::Gross => self.gross,
            Basis::AfterTax => self.after_tax,
            Basis::Real => self.real,
        }
    }
}

/// Everything an offer's value is computed from.
#[derive(Clone, Copy, Debug)]
pub struct Inputs<'a> {
    /// Its gross pay.
    pub pay: &'a Compensation,
    /// Its equity's kind and odds.
    pub equity: &'a Equity,
    /// Its currency, taxes and place.
    pub terms: &'a MoneyTerms,
    /// When it starts, if known.
    pub start: Option<NaiveDate>,
}

/// An offer's value year by year for `years` years: its pay with an expected promotion, its
/// equity at today's price and weighed by its odds, taxed, converted, brought to today's
/// money, and less what leaving the current job gives up (`forfeits`, none for staying).
pub fn project(
    offer: Inputs<'_>,
    rules: &MoneyRules,
    years: usize,
    today: NaiveDate,
    forfeits: Option<&Forfeits>,
) -> Vec<YearValue> {
    let t = terms(offer.pay, offer.terms, rules);
    let ev = equity_value(offer.pay, offer.equity, rules);
    let mut pay = offer.pay.clone();
    pay.equity_grant = ev.paper;
    let shares = vesting_shares(&pay);
    let lead = offer
        .start
        .map_or(0.0, |s| ((s - today).num_days().max(0) as f64) / 365.25);
    let promotion = offer.terms.promotion.as_ref();
    pay_by_year(&pay, years)
        .into_iter()
        .enumerate()
        .map(|(y, p)| {
            let promoted = promotion.filter(|pr| pr.year >= 1 && y + 1 >= pr.year as usize);
            let lift = promoted.map_or(1.0, |pr| 1.0 + pr.raise_pct / 100.0);
            // A promotion grant vests a quarter a year over the four years after it.
            let refresh = promotion
                .filter(|pr| pr.year >= 1 && y + 1 > pr.year as usize && y < pr.year as usize + 4)
                .map_or(0.0, |pr| pr.refresh / 4.0);
            let cash = (p.base + p.bonus) * lift + p.sign_on;
            let grant_part = ev.paper * shares.get(y).copied().unwrap_or(0.0);
            let others = p.equity - grant_part + refresh;
            let equity_paper = grant_part + others;
            let equity_expected =
                ev.expected * shares.get(y).copied().unwrap_or(0.0) + others * ev.share_ratio;
            let years_out = lead + y as f64;
            let deflator = (1.0 + t.inflation / 100.0).powf(years_out);
            let forfeit = forfeits.map_or([0.0; 3], |f| {
                let mine = f.items.iter().filter(|i| i.year == y);
                let gross: f64 = mine.clone().map(|i| i.amount).sum::<f64>() * f.terms.rate;
                let after: f64 = mine.map(|i| f.after_tax_home(i)).sum();
                let real = after * 100.0 / f.terms.cost_of_living.value / deflator;
                [gross, after, real]
            });
            let after_tax = (cash - t.cash_tax_on(cash)
                + equity_expected * (1.0 - t.equity_tax.value / 100.0))
                * t.rate;
            YearValue {
                year: y + 1,
                cash,
                equity_paper,
                equity_expected,
                forfeit,
                promoted: promoted.is_some(),
                years_out,
                gross: (cash + equity_paper) * t.rate - forfeit[0],
                after_tax: after_tax - forfeit[1],
                real: after_tax * 100.0 / t.cost_of_living.value / deflator - forfeit[2],
            }
        })
        .collect()
}

/// How one year's figures are made, with its numbers in.
pub fn year_formula(t: &Terms, y: &YearValue) -> String {
    let c = &t.currency;
    let h = &t.home;
    // Each figure is net of what leaving gives up that year: show it before and after.
    let net = |value: f64, lost: f64| {
        if lost > 0.0 {
            format!(
                "{} − {} given up on leaving = {}",
                money(h, value + lost),
                money(h, lost),
                money(h, value)
            )
        } else {
            money(h, value)
        }
    };
    format!(
        "gross = ({} cash + {} equity at today's price) × {} = {}; \
         after tax = ({} cash less tax, {} + {} equity by its odds less {}) × {} = {}; \
         real = after tax × 100 ÷ {} cost of living ÷ (1 + {} % inflation)^{} years = {}{}",
        money(c, y.cash),
        money(c, y.equity_paper),
        t.rate,
        net(y.gross, y.forfeit[0]),
        money(c, y.cash),
        t.cash_tax_words(),
        money(c, y.equity_expected),
        t.equity_tax.pct(),
        t.rate,
        net(y.after_tax, y.forfeit[1]),
        t.living_words(),
        one_decimal(t.inflation),
        one_decimal(y.years_out),
        net(y.real, y.forfeit[2]),
        if y.promoted {
            "; includes the expected promotion (expected, not promised)"
        } else {
            ""
        },
    )
}

/// The exit at which private equity makes up the cash another offer pays more.
#[derive(Clone, Debug, PartialEq)]
pub struct BreakEven {
    /// How much more cash the other offer pays over the years, home currency, before tax
    /// (negative when this one pays more).
    pub cash_gap: f64,
    /// Shares vested over those years.
    pub vested_shares: f64,
    /// The company's exit value needed, in the offer's currency; none when it cannot be
    /// reached or is not needed.
    pub exit_value: Option<f64>,
    /// The same as a multiple of today's valuation.
    pub multiple: Option<f64>,
    /// The answer in words, with its formula.
    pub words: String,
}

/// The exit value at which the shares vested over `years` make up, before tax and
/// discounting, the extra cash the other offer pays: solve vested × (price at exit − strike)
/// = cash gap for the exit multiple.
pub fn break_even(
    offer: Inputs<'_>,
    other_cash_home: f64,
    rules: &MoneyRules,
    years: usize,
) -> Option<BreakEven> {
    if !offer.equity.kind.is_private() {
        return None;
    }
    let t = terms(offer.pay, offer.terms, rules);
    let ev = equity_value(offer.pay, offer.equity, rules);
    let mut pay = offer.pay.clone();
    pay.equity_grant = ev.paper;
    let own_cash: f64 = pay_by_year(&pay, years)
        .iter()
        .map(|p| p.base + p.bonus + p.sign_on)
        .sum::<f64>()
        * t.rate;
    let cash_gap = other_cash_home - own_cash;
    let vested_share: f64 = vesting_shares(&pay).iter().take(years).sum();
    let vested_shares = offer.equity.shares * vested_share;
    let e = offer.equity;
    let kept = (1.0 - ev.dilution.value / 100.0)
        .max(0.0)
        .powf(f64::from(e.rounds));
    let h = &t.home;
    let (exit_value, multiple, words) = if cash_gap <= 0.0 {
        (
            None,
            None,
            format!(
                "Pays {} more cash over {years} years already: the equity need not make anything up.",
                money(h, -cash_gap)
            ),
        )
    } else if vested_shares <= 0.0 || e.price * kept <= 0.0 || !ev.preference_multiple.is_finite() {
        (
            None,
            None,
            format!(
                "The other offer pays {} more cash over {years} years, and no exit makes it up: no shares vest, no price, or preferences without a valuation.",
                money(h, cash_gap)
            ),
        )
    } else {
        let need_per_share = strike_of(e) + cash_gap / t.rate / vested_shares;
        let m = ev.preference_multiple + need_per_share / (e.price * kept);
        let value = (e.valuation > 0.0).then_some(m * e.valuation);
        (
            value,
            Some(m),
            format!(
                "Makes up the {} more cash the other offer pays over {years} years at an exit of {} × today's valuation{}: \
                 {} vested shares × (share at exit − {} strike) = {}, share at exit = {} × (1 − {})^{} × (multiple − {} preferences).",
                money(h, cash_gap),
                one_decimal(m),
                value.map_or_else(String::new, |v| format!(" ({})", money(&t.currency, v))),
                money("", vested_shares),
                price(&t.currency, strike_of(e)),
                money(&t.currency, cash_gap / t.rate),
                price(&t.currency, e.price),
                ev.dilution.pct(),
                e.rounds,
                one_decimal(ev.preference_multiple)
            ),
        )
    };
    Some(BreakEven {
        cash_gap,
        vested_shares,
        exit_value,
        multiple,
        words,
    })
}

/// Cash over the years, before tax, in the home currency: what a break-even weighs.
pub fn cash_home(offer: Inputs<'_>, rules: &MoneyRules, years: usize) -> f64 {
    let t = terms(offer.pay, offer.terms, rules);
    pay_by_year(offer.pay, years)
        .iter()
        .map(|p| p.base + p.bonus + p.sign_on)
        .sum::<f64>()
        * t.rate
}

/// The compensation score the real, risk-weighted totals suggest, 1 to 5 for each of two
/// offers: 3 and one point for every 10 % one is worth above the other.
pub fn suggested_scores(real: [f64; 2]) -> [u8; 2] {
    let one = |mine: f64, theirs: f64| -> u8 {
        let score = if theirs > 0.0 {
            3.0 + (mine / theirs - 1.0) * 10.0
        } else if mine > 0.0 {
            5.0
        } else {
            3.0
        };
        // Clamped to 1–5 first: the cast keeps a small whole number.
        score.round().clamp(1.0, 5.0) as u8
    };
    [one(real[0], real[1]), one(real[1], real[0])]
}

mod pair;
pub use pair::*;

#[cfg(test)]
mod tests;
