//! The value of offers as the document holds them: each offer's own terms, the current job's
//! forfeits, and two offers side by side with the score their money suggests.

use chrono::NaiveDate;

use super::{
    Basis, BreakEven, EquityValue, Forfeits, Inputs, Terms, YearValue, break_even, cash_home,
    equity_value, forfeits, home_currency, project, resolved_rules, suggested_scores, terms,
};
use crate::analysis::offers::{PAY_YEARS, money, offer_name, one_decimal, score_of};
use crate::model::{CriterionTag, Document, Equity, Offer, Scenario};

/// What an offer's value is computed from, taken from the offer.
pub fn inputs(offer: &Offer) -> Inputs<'_> {
    Inputs {
        pay: &offer.compensation,
        equity: &offer.equity,
        terms: &offer.terms,
        start: offer.start,
    }
}

/// An offer's terms with the rules' defaults filled in.
pub fn offer_terms(doc: &Document, offer: &Offer) -> Terms {
    terms(&offer.compensation, &offer.terms, &resolved_rules(doc))
}

/// An offer's equity weighed by its odds.
pub fn offer_equity(doc: &Document, offer: &Offer) -> EquityValue {
    equity_value(&offer.compensation, &offer.equity, &doc.rules.money)
}

/// The current job: the first offer marked as staying.
pub fn current_job(doc: &Document) -> Option<&Offer> {
    doc.offers.iter().find(|o| o.is_current)
}

/// What accepting an offer gives up in the current job by the offer's start (today without
/// one); none for the current job itself, or when no offer is marked as the current job.
pub fn forfeits_of(doc: &Document, offer: &Offer, today: NaiveDate) -> Option<Forfeits> {
    if offer.is_current {
        return None;
    }
    let current = current_job(doc)?;
    Some(forfeits(
        &current.leaving,
        offer_terms(doc, current),
        offer.start.unwrap_or(today),
    ))
}

/// An offer's value year by year, less what leaving the current job gives up.
pub fn offer_years(
    doc: &Document,
    offer: &Offer,
    years: usize,
    today: NaiveDate,
) -> Vec<YearValue> {
    project(
        inputs(offer),
        &resolved_rules(doc),
        years,
        today,
        forfeits_of(doc, offer, today).as_ref(),
    )
}

/// Why an offer's figures cannot be put in the home currency, if they cannot: its own
/// currency or rate missing, or the rate of the current job whose forfeits it counts.
pub fn missing_rate(doc: &Document, offer: &Offer, today: NaiveDate) -> Option<String> {
    let t = offer_terms(doc, offer);
    if t.currency_missing {
        return Some("not comparable: its currency is not set yet".to_owned());
    }
    if t.rate_missing {
        return Some(format!(
            "not comparable: no rate from {} to {} yet",
            t.currency, t.home
        ));
    }
    forfeits_of(doc, offer, today)
        .filter(|f| f.terms.rate_missing && !f.items.is_empty())
        .map(|f| {
            if f.terms.currency_missing {
                return "not comparable: what leaving gives up is in a currency not set yet"
                    .to_owned();
            }
            format!(
                "not comparable: what leaving gives up is in {}, with no rate to {} yet",
                f.terms.currency, f.terms.home
            )
        })
}

/// An offer's total over the years on one basis; none while a rate it needs is missing, so
/// that nothing weighs a figure counted 1 to 1.
pub fn offer_total(
    doc: &Document,
    offer: &Offer,
    years: usize,
    today: NaiveDate,
    basis: Basis,
) -> Option<f64> {
    if missing_rate(doc, offer, today).is_some() {
        return None;
    }
    Some(
        offer_years(doc, offer, years, today)
            .iter()
            .map(|y| y.on(basis))
            .sum(),
    )
}

/// The real total an offer would come to if one scenario were certain: the low or high end of
/// its range.
fn real_if(doc: &Document, offer: &Offer, scenario: &Scenario, today: NaiveDate) -> f64 {
    let equity = Equity {
        scenarios: vec![Scenario {
            probability_pct: 100.0,
            ..scenario.clone()
        }],
        ..offer.equity.clone()
    };
    project(
        Inputs {
            equity: &equity,
            ..inputs(offer)
        },
        &resolved_rules(doc),
        PAY_YEARS,
        today,
        forfeits_of(doc, offer, today).as_ref(),
    )
    .iter()
    .map(|y| y.real)
    .sum()
}

/// The money side of two offers, A then B.
#[derive(Clone, Debug, PartialEq)]
pub struct MoneyComparison {
    /// Each offer's years.
    pub years: [Vec<YearValue>; 2],
    /// Each offer's terms, defaults filled in.
    pub terms: [Terms; 2],
    /// Each offer's equity weighed by its odds.
    pub equity: [EquityValue; 2],
    /// What each gives up in the current job.
    pub forfeits: [Option<Forfeits>; 2],
    /// For private equity, the exit at which it makes up the other's extra cash.
    pub break_even: [Option<BreakEven>; 2],
    /// Real totals over the years, lowest to highest scenario; the same number twice when
    /// nothing is at risk.
    pub range: [(f64, f64); 2],
    /// Real, risk-weighted totals over [`PAY_YEARS`], what the suggestion weighs; shown only
    /// for an offer whose figures are comparable.
    pub real: [f64; 2],
    /// The compensation score the real, risk-weighted totals suggest; none while either
    /// offer's figures are not comparable.
    pub suggested: Option<[u8; 2]>,
    /// For each offer, why its figures are not comparable (a rate missing), if they are not.
    pub missing: [Option<String>; 2],
    /// Where the person's compensation scores and the suggestion part, in words.
    pub disagreements: Vec<String>,
}

impl MoneyComparison {
    /// The total over the years of one offer on one basis.
    pub fn total(&self, i: usize, basis: Basis) -> f64 {
        self.years[i].iter().map(|y| y.on(basis)).sum()
    }

    /// A figure of one offer in the home currency as people read it, or, while a rate it
    /// needs is missing, that it is not comparable: never a figure counted 1 to 1.
    pub fn figure(&self, i: usize, value: f64) -> String {
        match &self.missing[i] {
            Some(_) => {
                let leaving_unset = self.forfeits[i]
                    .as_ref()
                    .is_some_and(|f| f.terms.currency_missing && !f.items.is_empty());
                if leaving_unset {
                    NO_CURRENCY.to_owned()
                } else {
                    not_comparable(&self.terms[i]).to_owned()
                }
            }
            None => money(&self.terms[i].home, value),
        }
    }

    /// The real totals the exit scenarios span for one offer, in words; without equity at
    /// stake every scenario pays the same, and a range from a figure to itself says nothing.
    pub fn range_words(&self, i: usize) -> String {
        if let Some(why) = &self.missing[i] {
            return why.clone();
        }
        let home = &self.terms[i].home;
        let (low, high) = self.range[i];
        let (low, high) = (money(home, low), money(home, high));
        if low == high {
            format!("{low}, the same in every exit scenario")
        } else {
            format!("{low} to {high} from the worst scenario to the best")
        }
    }
}

/// What a figure not comparable shows in its place.
pub const NOT_COMPARABLE: &str = "not comparable: rate missing";

/// What a figure not comparable shows in its place when the offer's currency is not set.
pub const NO_CURRENCY: &str = "not comparable: currency not set";

/// What stands in place of a figure of an offer with these terms that is not comparable:
/// its currency not set, or a rate missing.
pub fn not_comparable(terms: &Terms) -> &'static str {
    if terms.currency_missing {
        NO_CURRENCY
    } else {
        NOT_COMPARABLE
    }
}

/// What a line of the gross breakdown is: a part, a sum of parts, or the total.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// One part of pay as offered.
    Part,
    /// Pay as offered: the parts added up.
    Offered,
    /// Added to or taken from pay as offered, with its own name: an expected promotion,
    /// what leaving the current job gives up.
    Adjustment,
    /// Gross: what every other screen and output calls the offer's gross total.
    Gross,
}

/// One line of two offers' gross over the years, part by part, in the home currency.
#[derive(Clone, Debug, PartialEq)]
pub struct GrossLine {
    /// What it is, in words.
    pub label: &'static str,
    /// A's total and B's, signed: what is given up is negative.
    pub totals: [f64; 2],
    /// Part, sum, adjustment or the gross total.
    pub kind: LineKind,
}

/// Two offers' gross over their years, part by part: base, bonus, equity, sign-on, pay as
/// offered, then an expected promotion and what leaving gives up each on its own line (only
/// when either offer has one), then gross, which is the sum of the years on every screen.
pub fn gross_lines(m: &MoneyComparison) -> Vec<GrossLine> {
    let sum = |f: fn(&YearValue) -> f64| [0, 1].map(|i| m.years[i].iter().map(f).sum::<f64>());
    let line = |label, totals, kind| GrossLine {
        label,
        totals,
        kind,
    };
    let mut lines = vec![
        line("Base", sum(|y| y.base), LineKind::Part),
        line("Bonus", sum(|y| y.bonus), LineKind::Part),
        line(
            "Equity vesting, at today's price",
            sum(|y| y.equity),
            LineKind::Part,
        ),
        line("Sign-on", sum(|y| y.sign_on), LineKind::Part),
        line("Pay as offered", sum(YearValue::offered), LineKind::Offered),
    ];
    let promotion = sum(|y| y.promotion);
    if promotion.iter().any(|v| v.abs() > 0.0) {
        lines.push(line(
            "Expected promotion (expected, not promised)",
            promotion,
            LineKind::Adjustment,
        ));
    }
    let given_up = sum(|y| -y.forfeit[0]);
    if given_up.iter().any(|v| v.abs() > 0.0) {
        lines.push(line(
            "Given up on leaving the current job",
            given_up,
            LineKind::Adjustment,
        ));
    }
    lines.push(line(
        "Gross",
        [0, 1].map(|i| m.total(i, Basis::Gross)),
        LineKind::Gross,
    ));
    lines
}

/// Two offers' money side by side over `years` years: their values on every basis, the
/// range their equity's scenarios span, the break-even exits, and the compensation score
/// their real, risk-weighted totals over [`PAY_YEARS`] suggest beside the person's own.
pub fn compare_money(
    doc: &Document,
    a: &Offer,
    b: &Offer,
    years: usize,
    today: NaiveDate,
) -> MoneyComparison {
    let offers = [a, b];
    let rules = &resolved_rules(doc);
    let missing = offers.map(|o| missing_rate(doc, o, today));
    // Unconverted figures stand in for an offer whose rate is missing, only to keep the
    // arrays whole: `missing` keeps every one of them from being shown or weighed.
    let real = offers.map(|o| {
        offer_years(doc, o, PAY_YEARS, today)
            .iter()
            .map(|y| y.real)
            .sum::<f64>()
    });
    let cash = offers.map(|o| cash_home(inputs(o), rules, PAY_YEARS));
    let equity = offers.map(|o| offer_equity(doc, o));
    let range = [0, 1].map(|i| {
        let o = offers[i];
        let ev = &equity[i];
        if !o.equity.kind.is_private() {
            return (real[i], real[i]);
        }
        let set = if o.equity.scenarios.is_empty() {
            &rules.seed
        } else {
            &o.equity.scenarios
        };
        let by_value = |s: &&Scenario| {
            ev.scenarios
                .iter()
                .find(|v| v.name == s.name && v.multiple == s.multiple)
                .map_or(0.0, |v| v.today)
        };
        let low = set
            .iter()
            .min_by(|x, y| by_value(x).total_cmp(&by_value(y)));
        let high = set
            .iter()
            .max_by(|x, y| by_value(x).total_cmp(&by_value(y)));
        match (low, high) {
            (Some(low), Some(high)) => (real_if(doc, o, low, today), real_if(doc, o, high, today)),
            _ => (real[i], real[i]),
        }
    });
    let comparable = missing.iter().all(Option::is_none);
    let suggested = comparable.then(|| suggested_scores(real));
    let disagreements = suggested.map_or_else(Vec::new, |s| disagreements(doc, offers, real, s));
    MoneyComparison {
        years: offers.map(|o| offer_years(doc, o, years, today)),
        terms: offers.map(|o| offer_terms(doc, o)),
        equity,
        forfeits: offers.map(|o| forfeits_of(doc, o, today)),
        // A break-even weighs one offer's cash against the other's in the home currency.
        break_even: if comparable {
            [
                break_even(inputs(a), cash[1], rules, PAY_YEARS),
                break_even(inputs(b), cash[0], rules, PAY_YEARS),
            ]
        } else {
            [None, None]
        },
        missing,
        range,
        real,
        suggested,
        disagreements,
    }
}

/// Where the person's compensation scores part from what the money says: a score two or more
/// away from the suggestion, or the two offers ranked the other way round.
fn disagreements(
    doc: &Document,
    offers: [&Offer; 2],
    real: [f64; 2],
    suggested: [u8; 2],
) -> Vec<String> {
    let Some(criterion) = doc
        .criteria
        .iter()
        .find(|c| c.tag == CriterionTag::Compensation)
    else {
        return Vec::new();
    };
    let given = offers.map(|o| score_of(o, criterion.id));
    if given.iter().all(Option::is_none) {
        return Vec::new();
    }
    let home = home_currency(doc);
    let home = home.name();
    let mut out = Vec::new();
    // Each finding names the offer it is about and gives that offer's figure first.
    let worth = |i: usize| {
        format!(
            "{} is worth {} against {}'s {} (real and risk-weighted, over {PAY_YEARS} years)",
            offer_name(offers[i]),
            money(home, real[i]),
            offer_name(offers[1 - i]),
            money(home, real[1 - i])
        )
    };
    // Two given scores rank the offers; one alone ranks nothing.
    if let [Some(sa), Some(sb)] = given
        && ((sa > sb && suggested[0] < suggested[1]) || (sa < sb && suggested[0] > suggested[1]))
    {
        // About the offer the person scored higher, which the money ranks lower.
        let higher = usize::from(sb > sa);
        out.push(format!(
            "{}, yet it is scored {} on {} against {}: the money ranks them the other way round.",
            worth(higher),
            given[higher].unwrap_or_default(),
            criterion.name,
            given[1 - higher].unwrap_or_default(),
        ));
    }
    for i in 0..2 {
        if let Some(score) = given[i]
            && score.abs_diff(suggested[i]) >= 2
        {
            out.push(format!(
                "{}: its {} score of {score} of 5 reads as {} from the money (one point for every 10 % between them).",
                worth(i),
                criterion.name,
                suggested[i]
            ));
        }
    }
    out
}

/// The lines that describe one offer's money: its terms, its equity scenario by scenario, its
/// break-even and what leaving gives up. Shared by the command line and the export.
pub fn offer_lines(m: &MoneyComparison, i: usize, offer: &Offer) -> Vec<String> {
    let tm = &m.terms[i];
    let ev = &m.equity[i];
    let cur = &tm.currency;
    let mut lines = vec![
        format!("Currency: {}.", tm.rate_words()),
        format!(
            "Tax: {}; equity taxed at {}. Cost of living {}, inflation {} % a year.",
            tm.cash_tax_words(),
            tm.equity_tax.pct(),
            tm.living_words(),
            one_decimal(tm.inflation)
        ),
    ];
    if let Some(p) = &offer.terms.promotion {
        lines.push(format!(
            "Expected, not promised: a promotion in year {} with a {} % raise and a grant of {}.",
            p.year,
            one_decimal(p.raise_pct),
            money(cur, p.refresh)
        ));
    }
    if ev.kind.is_private() {
        lines.push(format!(
            "Equity: {} of {} at {} today, {} on paper; dilution {} a round over {} rounds, discount {} a year.",
            ev.kind.label(),
            money("", offer.equity.shares),
            super::price(cur, offer.equity.price),
            money(cur, ev.paper),
            ev.dilution.pct(),
            offer.equity.rounds,
            ev.discount.pct()
        ));
        for s in &ev.scenarios {
            lines.push(format!(
                "  {} ({} %): {} × the valuation in {} years; worth {} then, {} today. {}",
                if s.name.is_empty() {
                    "Scenario"
                } else {
                    s.name.as_str()
                },
                one_decimal(s.probability * 100.0),
                one_decimal(s.multiple),
                one_decimal(s.years),
                money(cur, s.then),
                money(cur, s.today),
                ev.formula(&offer.equity, cur, s)
            ));
        }
        lines.push(format!(
            "Weighed by the odds: {}. Chance it is worth nothing: {} %.",
            ev.expected_formula(cur),
            one_decimal(ev.chance_nothing * 100.0)
        ));
    } else if ev.paper > 0.0 {
        lines.push(format!(
            "Equity: public, {} at today's price.",
            money(cur, ev.paper)
        ));
    }
    if let Some(b) = &m.break_even[i] {
        lines.push(format!("Break-even: {}", b.words));
    }
    match &m.forfeits[i] {
        Some(f) if f.items.is_empty() => lines.push(format!(
            "Leaving the current job on {} gives up nothing still vesting or due.",
            f.start
        )),
        Some(f) => {
            lines.push(format!(
                "Leaving the current job on {} gives up {} before tax:",
                f.start,
                money(&f.terms.home, f.total_home())
            ));
            for item in &f.items {
                lines.push(format!(
                    "  {}: {}",
                    item.what,
                    money(&f.terms.currency, item.amount)
                ));
            }
            lines.extend(f.notes.iter().map(|n| format!("  {n}")));
        }
        None if offer.is_current => {}
        None => lines.push(
            "What leaving costs is not known: no offer is marked as the current job.".to_owned(),
        ),
    }
    let (low, high) = m.range[i];
    if m.missing[i].is_some() || money(&tm.home, low) == money(&tm.home, high) {
        lines.push(format!(
            "Real value over {PAY_YEARS} years: {}.",
            m.range_words(i)
        ));
    } else {
        lines.push(format!(
            "Real value over {PAY_YEARS} years: {} weighed by the odds, {}.",
            money(&tm.home, m.real[i]),
            m.range_words(i)
        ));
    }
    lines
}

/// The year-by-year table of two offers, gross, after tax and real for each: a header row,
/// a row a year, and the totals. Shared by the command line and the export.
pub fn value_table(m: &MoneyComparison) -> Vec<[String; 7]> {
    let mut rows = vec![[
        String::new(),
        "A gross".to_owned(),
        "A after tax".to_owned(),
        "A real".to_owned(),
        "B gross".to_owned(),
        "B after tax".to_owned(),
        "B real".to_owned(),
    ]];
    let cell = |i: usize, year: usize, basis: Basis| {
        m.years[i].get(year).map_or_else(String::new, |y| {
            let mark = if y.promoted { "*" } else { "" };
            format!("{}{mark}", m.figure(i, y.on(basis)))
        })
    };
    let years = m.years[0].len().max(m.years[1].len());
    for year in 0..years {
        let mut row: [String; 7] = Default::default();
        row[0] = format!("Year {}", year + 1);
        for (k, (i, basis)) in [0, 1]
            .into_iter()
            .flat_map(|i| Basis::ALL.map(|b| (i, b)))
            .enumerate()
        {
            row[k + 1] = cell(i, year, basis);
        }
        rows.push(row);
    }
    let mut total: [String; 7] = Default::default();
    "Total".clone_into(&mut total[0]);
    for (k, (i, basis)) in [0, 1]
        .into_iter()
        .flat_map(|i| Basis::ALL.map(|b| (i, b)))
        .enumerate()
    {
        total[k + 1] = m.figure(i, m.total(i, basis));
    }
    rows.push(total);
    rows
}

/// What the table's figures mean, and the compensation scores the money suggests, in lines
/// that go under the table.
pub fn table_notes(doc: &Document, m: &MoneyComparison, offers: [&Offer; 2]) -> Vec<String> {
    let mut lines = vec![format!(
        "In {}. Gross: {}. After tax: {}. Real: {}. Each year less what leaving the current job gives up; * an expected promotion, not a promised one.",
        m.terms[0].home,
        Basis::Gross.meaning(),
        Basis::AfterTax.meaning(),
        Basis::Real.meaning()
    )];
    if let Some(criterion) = doc
        .criteria
        .iter()
        .find(|c| c.tag == CriterionTag::Compensation)
        && let Some(suggested) = m.suggested
    {
        let own = offers.map(|o| match score_of(o, criterion.id) {
            Some(s) => format!("you gave {s}"),
            None => "not scored by you".to_owned(),
        });
        lines.push(format!(
            "{}: the real, risk-weighted value over {PAY_YEARS} years suggests A {} ({}), B {} ({}): 3, and a point for every 10 % one is worth above the other.",
            criterion.name, suggested[0], own[0], suggested[1], own[1]
        ));
    }
    // The disagreements are cautions of the verdict, said there once, not again here.
    for (i, why) in m.missing.iter().enumerate() {
        if let Some(why) = why {
            lines.push(format!(
                "{}: {why}; give the rate in its inspector.",
                ["A", "B"][i]
            ));
        }
    }
    lines
}
