//! What an offer is really worth: its equity weighed by the odds of each exit, its pay after
//! tax, converted to the home currency and brought to today's money, less what leaving the
//! current job gives up. Pure functions of the offer's parts, the rules and today; every
//! figure comes with the inputs and formula that make it, for people to check.

use chrono::NaiveDate;

use super::offers::{money, one_decimal, pay_by_year, vesting_shares};
use crate::model::{Bracket, Compensation, Equity, MoneyRules, MoneyTerms};

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
    /// Whether the rate is missing: a different currency (or a home not known) with no rate
    /// given, or no currency set at all, so that no figure of the offer can be put in the
    /// home currency.
    pub rate_missing: bool,
    /// Whether the offer's currency is not set: no rate can convert from nothing.
    pub currency_missing: bool,
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
    let home = rules.home_currency.as_deref().map(str::trim);
    let currency = pay.currency_set();
    let same = currency.is_some() && home == currency;
    Terms {
        currency: pay.currency.clone(),
        home: home.unwrap_or(UNKNOWN_HOME).to_owned(),
        // Without a rate, a figure in another currency is not comparable: the 1 only keeps
        // the offer's own figures in its own currency, and `rate_missing` keeps every total
        // of it out of the home currency.
        rate: own.rate_to_home.unwrap_or(1.0),
        rate_missing: currency.is_none() || (own.rate_to_home.is_none() && !same),
        currency_missing: currency.is_none(),
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
        if self.currency_missing {
            "currency not set: its totals are not comparable until it is given in its \
             inspector"
                .to_owned()
        } else if self.rate_missing {
            format!(
                "no rate from {} to {} entered: its totals are not comparable until one is \
                 given in its inspector",
                self.currency, self.home
            )
        } else if self.currency.trim() == self.home.trim() && (self.rate - 1.0).abs() < 1e-12 {
            format!("paid in {}, the home currency", self.home)
        } else {
            format!(
                "1 {} = {} {}, your rate{}",
                self.currency,
                self.rate,
                self.home,
                self.rate_date
                    .map_or_else(|| " (date not given)".to_owned(), |d| format!(" of {d}"))
            )
        }
    }
}

/// One year of an offer's value. Gross is made of the same parts everywhere it is shown:
/// pay as offered (base, bonus, equity at today's price, sign-on), then the expected
/// promotion as its own line, less what leaving the current job gives up as its own line.
#[derive(Clone, Debug, PartialEq)]
pub struct YearValue {
    /// The year of the offer, 1 being the first.
    pub year: usize,
    /// Base salary with the yearly raise, before any promotion, home currency.
    pub base: f64,
    /// Target bonus on that base, home currency.
    pub bonus: f64,
    /// Equity vesting that year at today's price (the grant, refreshers), home currency.
    pub equity: f64,
    /// Sign-on paid that year, home currency.
    pub sign_on: f64,
    /// What an expected promotion adds that year before tax (its raise on base and bonus,
    /// its grant vesting), home currency; expected, not promised.
    pub promotion: f64,
    /// Base, bonus and sign-on, before tax, in the offer's currency, promotion included.
    pub cash: f64,
    /// Equity vesting that year at today's price, in the offer's currency, promotion grant
    /// included.
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
    /// Pay as offered, plus the expected promotion, less forfeits.
    pub gross: f64,
    /// After tax, equity weighed by its odds, less forfeits.
    pub after_tax: f64,
    /// After tax and odds, in today's money where the person lives, less forfeits.
    pub real: f64,
}

impl YearValue {
    /// Pay as offered that year, before tax, home currency: base, bonus, equity at today's
    /// price and sign-on, with no promotion and nothing given up.
    pub fn offered(&self) -> f64 {
        self.base + self.bonus + self.equity + self.sign_on
    }

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
            let promotion_part = (p.base + p.bonus) * (lift - 1.0) + refresh;
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
                base: p.base * t.rate,
                bonus: p.bonus * t.rate,
                equity: p.equity * t.rate,
                sign_on: p.sign_on * t.rate,
                promotion: promotion_part * t.rate,
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

mod equity;
mod forfeits;
mod home;
mod pair;

use equity::strike_of;
pub use equity::{EquityValue, ScenarioValue, equity_value, price};
pub use forfeits::{ForfeitItem, ForfeitKind, Forfeits, forfeits, vest_events};
pub use home::{Home, HomeSource, UNKNOWN_HOME, home_currency, resolved_rules, shared_currency};
pub use pair::*;

#[cfg(test)]
mod tests;
