//! What the portfolio says, each insight where it fires and where it stays silent: the
//! builders every test here shares, and the tests by concern in the files below.

use super::*;
use crate::model::{BetId, Phase, StoneId, WorkType};
use crate::testing::assert_says;

fn bet(id: u64, kind: BetKind, phase: Phase, start: f64, end: f64) -> Bet {
    Bet {
        id: BetId(id),
        title: format!("Bet {id}"),
        kind: Some(kind),
        phase: Some(phase),
        work: Some(WorkType::Feature),
        start,
        end,
        status: BetStatus::Succeeded,
        ..Bet::default()
    }
}

fn doc(bets: Vec<Bet>) -> Document {
    let mut d = Document::new_empty(day(2026));
    d.profile.career_start_year = Some(2016);
    d.bets = bets;
    d
}

fn day(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).expect("date")
}

fn titles(d: &Document, year: i32) -> Vec<String> {
    insights(d, day(year))
        .into_iter()
        .map(|i| i.title)
        .collect()
}

fn swing(id: u64, start: f64, end: f64) -> Bet {
    bet(id, BetKind::BigSwing, Phase::Learning, start, end)
}

fn has(d: &Document, year: i32, title: &str) -> bool {
    titles(d, year).iter().any(|t| t == title)
}

#[test]
fn no_bets_says_what_to_do_first() {
    assert_eq!(titles(&doc(vec![]), 2026), ["No bets yet."]);
}

mod layout;
mod phases;
mod record;
mod swings;
mod unset;
mod words;
