//! What the portfolio says: the big-swing cadence, core roles first, learning and impact
//! phases alternating, overlapping swings, outcomes against the base rate, types of work never
//! done, and which bets lead toward the stepping stones. Every insight carries its reasons
//! and the thresholds it used, all from the document's rules.

mod layout;
mod phases;
mod record;
mod swings;

use chrono::NaiveDate;

pub use layout::*;
pub use phases::alternation;

use crate::model::{Bet, BetKind, BetStatus, Document, next_id, year_fraction};
pub use record::work_never_done;
use record::{before_career_start, stale_statuses, stones, tours_out_of_range, untried_work};
use swings::{cadence, early_swings, outcomes, overlapping_swings, swings_too_soon};

/// How much an insight asks for attention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Worth knowing.
    Info,
    /// Worth acting on soon.
    Notice,
    /// Worth acting on now.
    Warning,
}

/// One thing the portfolio says, with its reasons.
#[derive(Clone, Debug, PartialEq)]
pub struct Insight {
    /// Which rule says it, and about what ("cadence", "swing-too-soon:7"): the same finding
    /// keeps its key when its numbers change, so that what an offer would change is told
    /// apart from what it would raise or clear.
    pub key: String,
    /// How much it asks for attention.
    pub severity: Severity,
    /// The finding, as one sentence.
    pub title: String,
    /// Why, one reason per line, thresholds included.
    pub reasons: Vec<String>,
}

impl Insight {
    fn new(
        key: impl Into<String>,
        severity: Severity,
        title: impl Into<String>,
        reasons: Vec<String>,
    ) -> Self {
        Self {
            key: key.into(),
            severity,
            title: title.into(),
            reasons,
        }
    }
}

/// A year for people: 2021.5 reads "mid-2021", 2021.0 reads "2021"; a point off the quarters
/// (a role imported by the month) reads as its month, "Jun 2019", not rounded to a quarter it
/// was never given as.
pub fn year_label(year: f64) -> String {
    if let Some(day) = off_the_quarters(year) {
        return day.format("%b %Y").to_string();
    }
    let whole = year.floor();
    let quarter = ((year - whole) * 4.0).round() as i32;
    match quarter {
        0 | 4 => format!("{}", whole as i64 + i64::from(quarter == 4)),
        1 => format!("Q2 {whole}"),
        2 => format!("mid-{whole}"),
        _ => format!("Q4 {whole}"),
    }
}

/// When a bet ends, for people: as [`year_label`] on the quarters; off them, the last month
/// it covers, so a role held until February (which ends on the first of March) reads "Feb
/// 2022", as the person gave it.
pub fn end_label(end: f64) -> String {
    match off_the_quarters(end) {
        Some(day) => crate::model::days_before(day, 1)
            .format("%b %Y")
            .to_string(),
        None => year_label(end),
    }
}

/// The day a point on the timeline falls on, when it is not on a quarter (within two days):
/// the timeline snaps what is dragged or typed to quarters, so only dates given by the day or
/// the month land here.
fn off_the_quarters(year: f64) -> Option<chrono::NaiveDate> {
    let quarters = year * 4.0;
    if (quarters - quarters.round()).abs() < 0.02 {
        return None;
    }
    crate::model::date_of_fraction(year)
}

/// A quarter for an editor: 2021.0 reads "Q1 2021", 2021.75 "Q4 2021" (the quarter it
/// starts), so a field never shows a year as "2021.75"; a date off the quarters (imported by
/// the month) reads as its month, "Mar 2022".
pub fn quarter_label(year: f64) -> String {
    if let Some(day) = off_the_quarters(year) {
        return day.format("%b %Y").to_string();
    }
    let snapped = snap_quarter(year);
    let whole = snapped.floor();
    let quarter = ((snapped - whole) * 4.0).round() as i64 + 1;
    format!("Q{quarter} {}", whole as i64)
}

/// A bet's end for an editor: as [`quarter_label`] on the quarters; off them, the last month
/// it covers, as [`end_label`] says it, so the field and the line beneath it agree.
pub fn end_quarter_label(end: f64) -> String {
    match off_the_quarters(end) {
        Some(_) => end_label(end),
        None => quarter_label(end),
    }
}

/// Reads a bet's end as people type it: as [`parse_quarter`], except that a month is the
/// last it covers, "Feb 2022" ending on the first of March, as [`end_quarter_label`] shows it.
pub fn parse_end(text: &str) -> Option<f64> {
    match month_typed(text) {
        Some(day) => day
            .checked_add_months(chrono::Months::new(1))
            .map(crate::model::year_fraction),
        None => parse_quarter(text),
    }
}

/// The first day of a month typed as "Mar 2022" or "March 2022", any case.
fn month_typed(text: &str) -> Option<chrono::NaiveDate> {
    let first = format!("1 {}", text.trim().to_lowercase());
    ["%d %b %Y", "%d %B %Y"]
        .iter()
        .find_map(|f| chrono::NaiveDate::parse_from_str(&first, f).ok())
}

/// Reads a quarter or a year as people type it: "Q3 2022", "2022 Q3", "mid-2022", "2022",
/// a month "Mar 2022", or a fractional year "2022.5". None for anything else.
pub fn parse_quarter(text: &str) -> Option<f64> {
    let text = text.trim().to_lowercase();
    if let Ok(year) = text.parse::<f64>() {
        return year.is_finite().then_some(year);
    }
    // A month as it is shown for a date imported by the month: "Mar 2022", "March 2022".
    if let Some(day) = month_typed(&text) {
        return Some(crate::model::year_fraction(day));
    }
    if let Some(rest) = text
        .strip_prefix("mid-")
        .or_else(|| text.strip_prefix("mid "))
    {
        return rest.trim().parse::<i32>().ok().map(|y| f64::from(y) + 0.5);
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let (q, y) = match words.as_slice() {
        [q, y] if q.starts_with('q') => (*q, *y),
        [y, q] if q.starts_with('q') => (*q, *y),
        _ => return None,
    };
    let quarter: u8 = q[1..].parse().ok().filter(|q| (1..=4).contains(q))?;
    let year: i32 = y.parse().ok()?;
    Some(f64::from(year) + f64::from(quarter - 1) / 4.0)
}

/// Lists at most this many items in one insight; the rest are counted.
const MAX_LISTED: usize = 5;

/// The first few lines, and a count of the rest, so a crowded portfolio stays readable.
fn capped(mut lines: Vec<String>) -> Vec<String> {
    if lines.len() > MAX_LISTED {
        let more = lines.len() - MAX_LISTED;
        lines.truncate(MAX_LISTED);
        lines.push(format!("…and {more} more."));
    }
    lines
}

/// A number of years for people, to one decimal: "1 year", "2.5 years".
pub fn years(n: f64) -> String {
    let n = (n * 10.0).round() / 10.0;
    if (n - 1.0).abs() < f64::EPSILON {
        "1 year".to_owned()
    } else {
        format!("{n} years")
    }
}

/// How long after something ended another starts: "right after" for no time at all (never "0
/// years after"), else "1.5 years after".
pub fn after(gap: f64) -> String {
    if gap < 0.05 {
        "right after".to_owned()
    } else {
        format!("{} after", years(gap))
    }
}

/// Rounds to the nearest quarter year: the grid bets snap to on the timeline.
pub fn snap_quarter(year: f64) -> f64 {
    (year * 4.0).round() / 4.0
}

fn swings(doc: &Document) -> Vec<&Bet> {
    let mut swings: Vec<&Bet> = doc
        .bets
        .iter()
        .filter(|b| b.kind == Some(BetKind::BigSwing))
        .collect();
    swings.sort_by(|a, b| a.start.total_cmp(&b.start));
    swings
}

/// Closeness under which two fractional years count as the same moment: a swing that ended
/// exactly one cadence ago has to count as one cadence ago, whatever the rounding.
const SAME_TIME: f64 = 1e-9;

/// The status a bet gets from where it sits in time: planned if it starts after `now`, active
/// while it spans `now`, and ended (outcome not set yet) once it is over. An outcome is a
/// judgement only the person can make, so the calendar never picks "succeeded" for them.
pub fn status_on(start: f64, end: f64, now: f64) -> BetStatus {
    if start > now {
        BetStatus::Planned
    } else if end > now {
        BetStatus::Active
    } else {
        BetStatus::Ended
    }
}

/// How long a new bet of this kind lasts until the person says otherwise, in years: a core
/// role about two years, a big swing about a tour of duty, a role of no kind yet as a role.
pub fn default_length(kind: Option<BetKind>) -> f64 {
    match kind {
        Some(BetKind::Core) | None => 2.0,
        Some(BetKind::BigSwing) => 1.5,
    }
}

/// The bet a drop or a click on the palette adds: of `kind`, from `start` for the kind's
/// usual length, its status read from the calendar. Its phase and type of work are the
/// person's to set: a kind does not say them.
pub fn new_bet(doc: &Document, kind: BetKind, start: f64, today: NaiveDate) -> Bet {
    let end = start + default_length(Some(kind));
    Bet {
        id: next_id(doc.bets.iter().map(|b| b.id)),
        title: match kind {
            BetKind::Core => "New core role".to_owned(),
            BetKind::BigSwing => "New big swing".to_owned(),
        },
        kind: Some(kind),
        status: status_on(start, end, year_fraction(today)),
        start,
        end,
        ..Bet::default()
    }
}

/// The timeline lane a bet sits in: its kind's, and the core lane (drawn as not set) while its
/// kind is not set, since a role is where an imported or new bet belongs until then.
pub fn lane(bet: &Bet) -> BetKind {
    bet.kind.unwrap_or(BetKind::Core)
}

/// Bets whose kind, phase or type of work is not set yet: no insight counts them until they
/// are, and this one says how many are left out.
fn to_classify(doc: &Document) -> Option<Insight> {
    let mut left: Vec<&Bet> = doc.bets.iter().filter(|b| !b.is_classified()).collect();
    if left.is_empty() {
        return None;
    }
    left.sort_by(|a, b| a.start.total_cmp(&b.start));
    let count = left.len();
    let mut reasons = capped(
        left.iter()
            .map(|b| format!("\"{}\": {} not set.", b.title, b.unset_parts().join(", ")))
            .collect(),
    );
    reasons.push(
        "An insight counts a bet by its kind, phase and type of work only once you set them: classify each under To classify."
            .to_owned(),
    );
    Some(Insight::new(
        "to-classify",
        Severity::Notice,
        if count == 1 {
            "1 role to classify is left out.".to_owned()
        } else {
            format!("{count} roles to classify are left out.")
        },
        reasons,
    ))
}

/// The keys of the findings that count from the start of the career: what they say rests on
/// when it began.
pub const CAREER_STAGE_KEYS: [&str; 2] = [swings::CADENCE, swings::EARLY_SWINGS];

/// When the person counts as established, as a fractional year, by the rules: counted from
/// the career start, none while the document holds neither a career start nor a bet.
pub fn established_at(doc: &Document) -> Option<f64> {
    Some(doc.career_start()? + doc.rules.established_after_years)
}

/// Years since the most recent big swing ended, as of `now`: zero while one is still under
/// way; none if no swing has started by then. The cadence counts from the end of a swing,
/// because the years spent in it are not years without one.
pub fn years_since_last_swing(doc: &Document, now: f64) -> Option<(f64, &Bet)> {
    let started: Vec<&Bet> = swings(doc).into_iter().filter(|b| b.start <= now).collect();
    if let Some(running) = started.iter().rev().find(|b| b.end > now) {
        return Some((0.0, running));
    }
    started
        .into_iter()
        .max_by(|a, b| a.end.total_cmp(&b.end))
        .map(|b| (now - b.end, b))
}

/// Bets of no kind yet that started by `now` and ran past the end of the last big swing (or
/// any, if none is known): each may have been a swing, so until they are classified whether
/// one is due is not known.
pub fn kind_unset_since_last_swing(doc: &Document, now: f64) -> Vec<&Bet> {
    let last_end = years_since_last_swing(doc, now).map(|(_, b)| b.end);
    doc.bets
        .iter()
        .filter(|b| b.kind.is_none() && b.start <= now && last_end.is_none_or(|e| b.end > e))
        .collect()
}

/// Everything the portfolio says on `today`, most pressing first.
pub fn insights(doc: &Document, today: NaiveDate) -> Vec<Insight> {
    if doc.bets.is_empty() {
        return vec![Insight::new(
            "no-bets",
            Severity::Info,
            "No bets yet.",
            vec!["Drag a Core bet onto the timeline for your first role, then a Big swing for a zero-to-one project.".to_owned()],
        )];
    }
    let now = year_fraction(today);
    let mut out = vec![cadence(doc, now)];
    out.extend(early_swings(doc));
    out.extend(swings_too_soon(doc));
    out.extend(alternation(doc, now));
    out.extend(overlapping_swings(doc));
    out.extend(stale_statuses(doc, now));
    out.extend(tours_out_of_range(doc));
    out.extend(outcomes(doc));
    out.extend(untried_work(doc, now));
    out.extend(to_classify(doc));
    out.extend(before_career_start(doc));
    out.extend(stones(doc, now));
    out.sort_by_key(|i| std::cmp::Reverse(i.severity));
    out
}

#[cfg(test)]
mod tests;
