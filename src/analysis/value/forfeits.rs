//! What accepting an offer gives up at the current job: grants still vesting, the next bonus,
//! a sign-on to pay back, each by the offer's start date.

use chrono::NaiveDate;

use super::Terms;
use crate::model::{Leaving, UnvestedGrant, Vesting};

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
/// that date falls in. Counted by the calendar, from the start's anniversaries, so that a
/// cliff on the first anniversary falls in the second year, not in the first year's last day
/// as a year of 365.25 days put it.
fn year_index(start: NaiveDate, date: NaiveDate) -> usize {
    let mut year = 0;
    while start
        .checked_add_months(chrono::Months::new(12 * (year as u32 + 1)))
        .is_some_and(|anniversary| anniversary <= date)
    {
        year += 1;
    }
    year
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
    pub(super) fn after_tax_home(&self, item: &ForfeitItem) -> f64 {
        let t = &self.terms;
        let kept = match item.kind {
            ForfeitKind::Equity => item.amount * (1.0 - t.equity_tax.value / 100.0),
            ForfeitKind::Bonus => item.amount - t.cash_tax_on(item.amount),
            ForfeitKind::Clawback => item.amount,
        };
        kept * t.rate
    }
}
