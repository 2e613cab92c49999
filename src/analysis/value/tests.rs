//! Hand-computed cases for the value of offers, and the property that with no risk, no tax,
//! one currency and no inflation every figure is the gross one: the builders they share here,
//! the cases by concern in the files below.

use super::*;
use crate::analysis::offers::{YearPay, pay_by_year};
use crate::model::{
    Bracket, CriterionTag, Document, EquityKind, Leaving, Promotion, Scenario, UnvestedGrant,
    Vesting,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6 * b.abs().max(1.0)
}

fn rules() -> MoneyRules {
    MoneyRules {
        home_currency: Some("£".into()),
        inflation_pct: 0.0,
        ..MoneyRules::default()
    }
}

mod equity;
mod forfeits;
mod no_risk;
mod pair;
mod pay;
