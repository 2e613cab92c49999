//! Career reviews over time: the snapshot a review records, what changed between two of them,
//! each metric against its path to the target, and when the next review is due.

mod changes;
mod focus;
mod metrics;

use chrono::NaiveDate;

pub use changes::*;
pub use focus::*;
pub use metrics::*;

use super::{ceilings, drift, voice};
use crate::model::{
    BetMark, CareerReview, CeilingMark, Document, MetricMark, Phase, RiskLevel, SkillMark,
    Snapshot, year_fraction,
};

/// The reviews held, oldest first (undated ones first, as they cannot be placed).
pub fn in_order(doc: &Document) -> Vec<&CareerReview> {
    let mut all: Vec<&CareerReview> = doc.reviews.iter().collect();
    all.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
    all
}

/// The latest review held, if any.
pub fn latest(doc: &Document) -> Option<&CareerReview> {
    in_order(doc).pop()
}

/// The drift risk of the latest periodic self-review that has enough answers to judge.
fn drift_level(doc: &Document) -> RiskLevel {
    let judged = drift::history(doc)
        .into_iter()
        .filter(|r| r.offer.is_none())
        .map(|r| drift::risk(doc, r).level)
        .find(|l| *l != drift::Level::NotRun);
    match judged {
        Some(drift::Level::Low) => RiskLevel::Low,
        Some(drift::Level::Medium) => RiskLevel::Medium,
        Some(drift::Level::High) => RiskLevel::High,
        Some(drift::Level::NotRun) | None => RiskLevel::NotKnown,
    }
}

/// The day the period a new review covers starts: the latest review on or before today, or
/// one review cadence back when there is none.
fn period_start(doc: &Document, today: NaiveDate) -> NaiveDate {
    doc.reviews
        .iter()
        .filter_map(|r| r.date)
        .filter(|d| *d <= today)
        .max()
        .unwrap_or_else(|| crate::model::days_before(today, u64::from(doc.rules.review_days)))
}

/// The measurable state of the career today, as a review records it.
pub fn snapshot(doc: &Document, today: NaiveDate) -> Snapshot {
    let start = period_start(doc, today);
    let updates_sent = doc
        .voice
        .entries
        .iter()
        .filter(|e| voice::keeps_promise(e.kind))
        .filter(|e| e.date.is_some_and(|d| start < d && d <= today))
        .count();
    let days = (today - start).num_days().max(0);
    let updates_promised = voice::promised_days(doc).map_or(0, |cadence| days / i64::from(cadence));
    Snapshot {
        target_role: doc.north_star.target_role.clone(),
        target_year: doc.north_star.target_year,
        // An unscored skill's numbers are placeholders: recorded, they would read as a change
        // the day the person scores it.
        skills: doc
            .scored_skills()
            .map(|s| SkillMark {
                skill: s.id,
                level: s.level,
                target: s.target,
            })
            .collect(),
        metrics: doc
            .metrics
            .iter()
            .map(|m| MetricMark {
                metric: m.id,
                value: m.value,
                target: m.target,
            })
            .collect(),
        stones_done: doc
            .north_star
            .stones
            .iter()
            .filter(|s| s.done)
            .map(|s| s.id)
            .collect(),
        bets: doc
            .bets
            .iter()
            .map(|b| BetMark {
                bet: b.id,
                status: b.status,
            })
            .collect(),
        ceilings: ceilings::latest(doc)
            .map(|a| {
                a.scores
                    .iter()
                    .filter_map(|s| {
                        Some(CeilingMark {
                            ceiling: s.ceiling,
                            score: s.score?,
                        })
                    })
                    .collect()
            })
            .unwrap_or_default(),
        updates_sent: u32::try_from(updates_sent).unwrap_or(u32::MAX),
        updates_promised: u32::try_from(updates_promised).unwrap_or(u32::MAX),
        drift: drift_level(doc),
    }
}

/// A new review held today: its snapshot, no answers yet, the next free id.
pub fn new_review(doc: &Document, today: NaiveDate) -> CareerReview {
    CareerReview {
        id: crate::model::next_id(doc.reviews.iter().map(|r| r.id)),
        date: Some(today),
        snapshot: snapshot(doc, today),
        ..CareerReview::default()
    }
}

/// A review started earlier today taken again: its id, date and answers kept, its snapshot
/// taken now over the same days as when it was started (as if it were not there yet).
pub fn retake(doc: &Document, review: &CareerReview, today: NaiveDate) -> CareerReview {
    let mut before = doc.clone();
    before.reviews.retain(|r| r.id != review.id);
    CareerReview {
        snapshot: snapshot(&before, today),
        ..review.clone()
    }
}

/// A number as a person writes it: no decimals when whole, else one.
pub fn number(value: f64) -> String {
    if (value - value.round()).abs() < 1e-9 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    }
}

fn with_unit(value: f64, unit: &str) -> String {
    if unit.trim().is_empty() {
        number(value)
    } else {
        format!("{} {}", number(value), unit.trim())
    }
}

/// Days until the next review is due, by the rules' cadence; negative when overdue. None when
/// no dated review was ever held (the first is due now).
pub fn due_in(doc: &Document, today: NaiveDate) -> Option<i64> {
    let last = doc.reviews.iter().filter_map(|r| r.date).max()?;
    Some(i64::from(doc.rules.review_days) - (today - last).num_days())
}

/// When the next review is due, as one sentence (the window's and the export's); None when
/// none was ever held.
pub fn due_sentence(doc: &Document, today: NaiveDate) -> Option<String> {
    use super::words::{days, every_days, from_today};
    let due = due_in(doc, today)?;
    let every = every_days(doc.rules.review_days);
    Some(match due {
        n if n < 0 => format!(
            "A review is due: overdue by {} (one {every}).",
            days(n.saturating_neg())
        ),
        0 => format!("A review is due today (one {every})."),
        n => format!("Next review {} (one {every}).", from_today(n)),
    })
}

/// How one calendar year of the career was spent, in years of bets of each phase.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YearBalance {
    /// The calendar year.
    pub year: i32,
    /// Years of learning-phase bets within it (two overlapping bets count twice).
    pub learning: f64,
    /// Years of impact-phase bets within it.
    pub impact: f64,
}

/// The learning and impact phases per calendar year, from the year of the first bet to today,
/// each bet counted for the part of it that falls in the year and is already lived.
pub fn phase_balance(doc: &Document, today: NaiveDate) -> Vec<YearBalance> {
    let now = year_fraction(today);
    let Some(first) = doc
        .bets
        .iter()
        .map(|b| b.start)
        .filter(|s| s.is_finite())
        .reduce(f64::min)
    else {
        return Vec::new();
    };
    // Both ends are inside the validated year range, so the casts hold.
    #[allow(clippy::cast_possible_truncation)]
    let (from, to) = (first.floor() as i32, now.floor() as i32);
    (from..=to)
        .filter_map(|year| {
            let (lo, hi) = (f64::from(year), (f64::from(year) + 1.0).min(now));
            let mut balance = YearBalance {
                year,
                learning: 0.0,
                impact: 0.0,
            };
            for bet in &doc.bets {
                let inside = (bet.end.min(hi) - bet.start.max(lo)).max(0.0);
                // A bet whose phase is not set yet is in neither.
                match bet.phase {
                    Some(Phase::Learning) => balance.learning += inside,
                    Some(Phase::Impact) => balance.impact += inside,
                    None => {}
                }
            }
            (balance.learning + balance.impact > 0.0).then_some(balance)
        })
        .collect()
}

#[cfg(test)]
mod tests;
