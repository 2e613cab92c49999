//! Pay over the years: base with raises, bonus, equity as it vests, refreshers and sign-on.

use chrono::NaiveDate;

use crate::model::{Compensation, Document, Offer, Vesting};

/// The share of the grant that vests in each year, first year first.
pub fn vesting_shares(pay: &Compensation) -> Vec<f64> {
    match pay.vesting {
        // Both vest a quarter a year: with a cliff the first quarter comes at once at the end
        // of year one, and the rest yearly or monthly. Counted by year they are the same;
        // they differ for someone who leaves mid-year.
        Vesting::FourYearCliff | Vesting::MonthlyAfterCliff => vec![0.25; 4],
        Vesting::FrontLoaded => vec![0.4, 0.3, 0.2, 0.1],
        Vesting::Custom => pay.custom_vesting.iter().map(|p| p / 100.0).collect(),
    }
}

/// Pay in one year of an offer.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct YearPay {
    /// Base salary, with the yearly raise applied.
    pub base: f64,
    /// Target bonus on that base.
    pub bonus: f64,
    /// Equity vesting that year: the grant, and refreshers.
    pub equity: f64,
    /// Sign-on paid that year.
    pub sign_on: f64,
}

impl YearPay {
    /// Everything paid that year.
    pub fn total(self) -> f64 {
        self.base + self.bonus + self.equity + self.sign_on
    }

    /// What is paid whatever happens: base and sign-on.
    pub fn guaranteed(self) -> f64 {
        self.base + self.sign_on
    }
}

/// Years a refresher grant vests over, a quarter each year from the year after it is given.
const REFRESHER_YEARS: usize = 4;

/// Pay year by year for `years` years. A refresher is granted at the end of each year and
/// vests over the next four, a quarter a year.
pub fn pay_by_year(pay: &Compensation, years: usize) -> Vec<YearPay> {
    let shares = vesting_shares(pay);
    (0..years)
        .map(|y| {
            let base = pay.base * (1.0 + pay.raise_pct / 100.0).powi(y as i32);
            let refreshers_vesting = y.min(REFRESHER_YEARS) as f64;
            YearPay {
                base,
                bonus: base * pay.bonus_pct / 100.0,
                equity: pay.equity_grant * shares.get(y).copied().unwrap_or(0.0)
                    + pay.refresher * refreshers_vesting / REFRESHER_YEARS as f64,
                sign_on: pay.sign_on.get(y).copied().unwrap_or(0.0),
            }
        })
        .collect()
}

/// The running total of a list of yearly amounts.
pub fn cumulative(values: impl IntoIterator<Item = f64>) -> Vec<f64> {
    values
        .into_iter()
        .scan(0.0, |sum, v| {
            *sum += v;
            Some(*sum)
        })
        .collect()
}

/// A count for people, grouped by thousands: "1,000".
pub fn grouped(count: usize) -> String {
    crate::model::number::group_digits(count as u64)
}

/// An amount for people: whole units, grouped by thousands, after the currency; the one
/// way the model writes it (and reads it back, see `model::number`).
pub fn money(currency: &str, amount: f64) -> String {
    crate::model::number::money(currency, amount)
}

/// Years of pay the verdict weighs when it asks whether an offer wins on pay.
pub const PAY_YEARS: usize = 4;

/// Whether one offer pays more than another over the years the verdict weighs, real and
/// risk-weighted (after tax, odds, currency, cost of living, inflation and what leaving
/// costs), not gross. Never when either's figure needs a rate not given: a total counted 1
/// to 1 decides nothing.
pub(super) fn pays_more(doc: &Document, offer: &Offer, than: &Offer, today: NaiveDate) -> bool {
    let total = |o| {
        crate::analysis::value::offer_total(
            doc,
            o,
            PAY_YEARS,
            today,
            crate::analysis::value::Basis::Real,
        )
    };
    matches!((total(offer), total(than)), (Some(a), Some(b)) if a > b)
}
