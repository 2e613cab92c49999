//! What the portfolio says: the big-swing cadence, core roles first, learning and impact
//! phases alternating, overlapping swings, outcomes against the base rate, types of work never
//! done, and which bets lead toward the stepping stones. Every insight carries its reasons
//! and the thresholds it used, all from the document's rules.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::model::{Bet, BetId, BetKind, BetStatus, Document, Phase, WorkType, year_fraction};

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
    /// How much it asks for attention.
    pub severity: Severity,
    /// The finding, as one sentence.
    pub title: String,
    /// Why, one reason per line, thresholds included.
    pub reasons: Vec<String>,
}

impl Insight {
    fn new(severity: Severity, title: impl Into<String>, reasons: Vec<String>) -> Self {
        Self {
            severity,
            title: title.into(),
            reasons,
        }
    }
}

/// A year for people: 2021.5 reads "mid-2021", 2021.0 reads "2021".
pub fn year_label(year: f64) -> String {
    let whole = year.floor();
    let quarter = ((year - whole) * 4.0).round() as i32;
    match quarter {
        0 | 4 => format!("{}", whole as i64 + i64::from(quarter == 4)),
        1 => format!("Q2 {whole}"),
        2 => format!("mid-{whole}"),
        _ => format!("Q4 {whole}"),
    }
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

/// Rounds to the nearest quarter year: the grid bets snap to on the timeline.
pub fn snap_quarter(year: f64) -> f64 {
    (year * 4.0).round() / 4.0
}

fn swings(doc: &Document) -> Vec<&Bet> {
    let mut swings: Vec<&Bet> = doc
        .bets
        .iter()
        .filter(|b| b.kind == BetKind::BigSwing)
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
/// role about two years, a big swing about a tour of duty.
pub fn default_length(kind: BetKind) -> f64 {
    match kind {
        BetKind::Core => 2.0,
        BetKind::BigSwing => 1.5,
    }
}

/// When the person counts as established, as a fractional year, by the rules.
pub fn established_at(doc: &Document) -> f64 {
    f64::from(doc.profile.career_start_year) + doc.rules.established_after_years
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

fn cadence(doc: &Document, now: f64) -> Insight {
    let r = &doc.rules;
    let established_at = established_at(doc);
    let rule = format!(
        "Rule: once established, a big swing every {}–{}, counted from when the last one ended.",
        r.swing_cadence_min_years,
        years(r.swing_cadence_max_years)
    );
    let planned = swings(doc).into_iter().find(|b| b.start > now);
    let planned_note =
        planned.map(|b| format!("Planned: \"{}\" from {}.", b.title, year_label(b.start)));
    // A swing that is due and not planned is a warning; one already planned is a notice
    // that names it.
    let due = |unplanned: String| match planned {
        Some(p) => (
            Severity::Notice,
            format!(
                "A big swing is due, and \"{}\" is planned from {}.",
                p.title,
                year_label(p.start)
            ),
        ),
        None => (Severity::Warning, unplanned),
    };
    let mut reasons = Vec::new();
    let (severity, title) = match years_since_last_swing(doc, now) {
        _ if now < established_at => {
            reasons.push(format!(
                "You count as established {} into your career ({}), per the rules.",
                years(r.established_after_years),
                year_label(established_at)
            ));
            (
                Severity::Info,
                "Early career: core roles come first.".to_owned(),
            )
        }
        None => {
            reasons.push(format!(
                "No big swing since your career started in {}.",
                doc.profile.career_start_year
            ));
            due("A big swing is due: you have never taken one.".to_owned())
        }
        Some((since, last)) if since <= 0.0 => {
            reasons.push(format!(
                "\"{}\" runs until {}; the cadence counts from then.",
                last.title,
                year_label(last.end)
            ));
            (
                Severity::Info,
                format!(
                    "A big swing is under way: the next from {}.",
                    year_label(last.end + r.swing_cadence_min_years)
                ),
            )
        }
        Some((since, last)) => {
            reasons.push(format!(
                "The last big swing, \"{}\", ended {} ({} ago).",
                last.title,
                year_label(last.end),
                years(since)
            ));
            if since + SAME_TIME >= r.swing_cadence_max_years {
                due(format!(
                    "A big swing is due: {} since the last one.",
                    years(since)
                ))
            } else if since + SAME_TIME >= r.swing_cadence_min_years {
                (
                    Severity::Notice,
                    format!(
                        "A big swing is due within {}.",
                        years(r.swing_cadence_max_years - since)
                    ),
                )
            } else {
                reasons.push(
                    "Core roles between swings are the cadence working, not a problem.".to_owned(),
                );
                (
                    Severity::Info,
                    format!(
                        "Next big swing from {}.",
                        year_label(last.end + r.swing_cadence_min_years)
                    ),
                )
            }
        }
    };
    reasons.push(rule);
    reasons.extend(planned_note);
    Insight::new(severity, title, reasons)
}

/// Big swings that start sooner after the previous one ended than the cadence allows, one
/// insight each. Swings that overlap are named by [`overlapping_swings`] instead.
fn swings_too_soon(doc: &Document) -> Vec<Insight> {
    let r = &doc.rules;
    let swings = swings(doc);
    let mut out = Vec::new();
    for (i, next) in swings.iter().enumerate() {
        let before = swings[..i]
            .iter()
            .filter(|b| b.end <= next.start + SAME_TIME)
            .max_by(|a, b| a.end.total_cmp(&b.end));
        let Some(before) = before else {
            continue;
        };
        let gap = next.start - before.end;
        if gap + SAME_TIME >= r.swing_cadence_min_years {
            continue;
        }
        out.push(Insight::new(
            Severity::Warning,
            format!(
                "Big swings back to back: \"{}\" starts {} after \"{}\" ended.",
                next.title,
                years(gap),
                before.title
            ),
            vec![
                format!(
                    "\"{}\" ends {}; \"{}\" starts {}.",
                    before.title,
                    year_label(before.end),
                    next.title,
                    year_label(next.start)
                ),
                format!(
                    "Rule: at least {} between the end of one big swing and the start of the next: each fails about half the time, and the core craft needs the years between.",
                    years(r.swing_cadence_min_years)
                ),
            ],
        ));
    }
    out
}

fn early_swings(doc: &Document) -> Option<Insight> {
    let r = &doc.rules;
    let established_at = established_at(doc);
    let early: Vec<&Bet> = swings(doc)
        .into_iter()
        .filter(|b| b.start < established_at)
        .collect();
    if early.len() as u32 <= r.max_early_swings {
        return None;
    }
    let mut reasons = capped(
        early
            .iter()
            .map(|b| format!("\"{}\" started {}.", b.title, year_label(b.start)))
            .collect(),
    );
    reasons.push(format!(
        "Rule: at most {} big swing{} in the first {}, while the core craft is learned.",
        r.max_early_swings,
        if r.max_early_swings == 1 { "" } else { "s" },
        years(r.established_after_years)
    ));
    Some(Insight::new(
        Severity::Warning,
        format!("{} big swings before you were established.", early.len()),
        reasons,
    ))
}

/// Runs of consecutive bets in the same phase, in time order: (phase, from, to, titles).
fn phase_runs(doc: &Document, now: f64) -> Vec<(Phase, f64, f64, Vec<&str>)> {
    let mut bets: Vec<&Bet> = doc.bets.iter().filter(|b| b.start <= now).collect();
    bets.sort_by(|a, b| a.start.total_cmp(&b.start));
    let mut runs: Vec<(Phase, f64, f64, Vec<&str>)> = Vec::new();
    for bet in bets {
        let end = bet.end.min(now);
        match runs.last_mut() {
            Some((phase, _, to, titles)) if *phase == bet.phase => {
                *to = to.max(end);
                titles.push(&bet.title);
            }
            _ => runs.push((bet.phase, bet.start, end, vec![&bet.title])),
        }
    }
    runs
}

/// The advice to alternate, when the latest run of bets in one phase is longer than the rules
/// allow and still going.
pub fn alternation(doc: &Document, now: f64) -> Option<Insight> {
    let limit = doc.rules.max_same_phase_years;
    let (phase, from, to, titles) = phase_runs(doc, now).into_iter().last()?;
    let length = to - from;
    if length <= limit || to < now - 0.5 {
        return None;
    }
    let other = match phase {
        Phase::Impact => "a learning role: one you are new to",
        Phase::Learning => "an impact role: work you already know well",
    };
    Some(Insight::new(
        Severity::Notice,
        format!(
            "{} in {} phases since {}: time to alternate.",
            years(length),
            phase.label().to_lowercase(),
            year_label(from)
        ),
        vec![
            format!("In a row: {}.", titles.join(", ")),
            format!("Next, consider {other}."),
            format!(
                "Rule: alternate learning and impact phases; at most {} in one.",
                years(limit)
            ),
        ],
    ))
}

fn overlapping_swings(doc: &Document) -> Option<Insight> {
    let swings = swings(doc);
    let mut reasons = Vec::new();
    for (i, a) in swings.iter().enumerate() {
        for b in &swings[i + 1..] {
            if b.start < a.end && a.start < b.end {
                reasons.push(format!(
                    "\"{}\" ({}–{}) and \"{}\" ({}–{}).",
                    a.title,
                    year_label(a.start),
                    year_label(a.end),
                    b.title,
                    year_label(b.start),
                    year_label(b.end)
                ));
            }
        }
    }
    if reasons.is_empty() {
        return None;
    }
    let mut reasons = capped(reasons);
    reasons.push(
        "Big swings fail about half the time; two at once double the risk and halve the attention."
            .to_owned(),
    );
    Some(Insight::new(
        Severity::Warning,
        "Big swings overlap.",
        reasons,
    ))
}

fn outcomes(doc: &Document) -> Option<Insight> {
    let finished: Vec<&Bet> = swings(doc)
        .into_iter()
        .filter(|b| {
            matches!(
                b.status,
                BetStatus::Succeeded | BetStatus::Failed | BetStatus::Pivoted
            )
        })
        .collect();
    if finished.is_empty() {
        return None;
    }
    let won = finished
        .iter()
        .filter(|b| b.status == BetStatus::Succeeded)
        .count();
    let rate = won as f64 / finished.len() as f64;
    let base = doc.rules.swing_success_rate;
    let mut reasons = vec![format!(
        "Expected: about {:.0} % succeed. Yours: {:.0} %.",
        base * 100.0,
        rate * 100.0
    )];
    let unset = swings(doc)
        .into_iter()
        .filter(|b| b.status == BetStatus::Ended)
        .count();
    if unset > 0 {
        reasons.push(format!(
            "Not counted: {unset} ended big swing{} whose outcome is not set yet.",
            if unset == 1 { "" } else { "s" }
        ));
    }
    for bet in &finished {
        if !bet.story.trim().is_empty() {
            reasons.push(format!(
                "{} — {}: {}",
                bet.title,
                bet.status.label().to_lowercase(),
                bet.story
            ));
        }
    }
    let title = if rate + 1e-9 < base {
        format!(
            "{won} of {} big swings succeeded: below the base rate, and still worth the stories and learning.",
            finished.len()
        )
    } else {
        format!(
            "{won} of {} big swings succeeded: at or above the base rate.",
            finished.len()
        )
    };
    Some(Insight::new(Severity::Info, title, reasons))
}

/// Bets whose status the calendar has overtaken, and ended bets whose outcome is not set.
fn stale_statuses(doc: &Document, now: f64) -> Option<Insight> {
    let mut bets: Vec<&Bet> = doc.bets.iter().collect();
    bets.sort_by(|a, b| a.start.total_cmp(&b.start));
    let lines: Vec<String> = bets
        .into_iter()
        .filter_map(|b| {
            let what = match b.status {
                BetStatus::Active if b.end <= now => {
                    format!("still marked active, but it ended {}", year_label(b.end))
                }
                BetStatus::Planned if b.start <= now => {
                    format!(
                        "still marked planned, but it started {}",
                        year_label(b.start)
                    )
                }
                BetStatus::Ended if b.end <= now => format!(
                    "ended {}: set how it went (succeeded, failed or pivoted)",
                    year_label(b.end)
                ),
                BetStatus::Ended => {
                    format!("marked ended, but it runs until {}", year_label(b.end))
                }
                BetStatus::Succeeded | BetStatus::Failed | BetStatus::Pivoted if b.end > now => {
                    format!(
                        "marked {}, but it runs until {}",
                        b.status.label().to_lowercase(),
                        year_label(b.end)
                    )
                }
                _ => return None,
            };
            Some(format!("\"{}\": {what}.", b.title))
        })
        .collect();
    if lines.is_empty() {
        return None;
    }
    let count = lines.len();
    let mut reasons = capped(lines);
    reasons.push(
        "Statuses follow the calendar; an outcome not set is left out of the big-swing success rate until you set it."
            .to_owned(),
    );
    Some(Insight::new(
        Severity::Notice,
        format!(
            "Update the status of {count} bet{}.",
            if count == 1 { "" } else { "s" }
        ),
        reasons,
    ))
}

/// Tours of duty shorter or longer than the rules' range.
fn tours_out_of_range(doc: &Document) -> Option<Insight> {
    let r = &doc.rules;
    let (min, max) = (f64::from(r.tour_min_months), f64::from(r.tour_max_months));
    let lines: Vec<String> = doc
        .bets
        .iter()
        .filter(|b| b.tour_of_duty)
        .filter_map(|b| {
            let months = (b.end - b.start) * 12.0;
            let rounded = months.round();
            (months + SAME_TIME < min || months - SAME_TIME > max).then(|| {
                format!(
                    "\"{}\" runs {rounded} months: {}.",
                    b.title,
                    if months < min {
                        "too short to reach a concrete goal"
                    } else {
                        "long enough to stop being a tour and become a post"
                    }
                )
            })
        })
        .collect();
    if lines.is_empty() {
        return None;
    }
    let mut reasons = capped(lines);
    reasons.push(format!(
        "Rule: a tour of duty is a concrete goal of {}–{} months.",
        r.tour_min_months, r.tour_max_months
    ));
    Some(Insight::new(
        Severity::Notice,
        format!(
            "A tour of duty outside {}–{} months.",
            r.tour_min_months, r.tour_max_months
        ),
        reasons,
    ))
}

fn untried_work(doc: &Document, now: f64) -> Option<Insight> {
    let done: Vec<WorkType> = doc
        .bets
        .iter()
        .filter(|b| b.start <= now)
        .map(|b| b.work)
        .collect();
    let untried: Vec<WorkType> = WorkType::ALL
        .iter()
        .copied()
        .filter(|w| *w != WorkType::Other && !done.contains(w))
        .collect();
    let first = *untried.first()?;
    let r = &doc.rules;
    let names: Vec<String> = untried.iter().map(|w| w.label().to_lowercase()).collect();
    Some(Insight::new(
        Severity::Info,
        format!(
            "Never done: {}. A tour of duty into {} would widen your toolbox.",
            names.join(", "),
            first.label().to_lowercase()
        ),
        vec![
            format!(
                "A tour of duty is a concrete goal of {}–{} months, best spent on a type of work not yet done.",
                r.tour_min_months, r.tour_max_months
            ),
            "Leaders pick the right kind of work for a problem because they have done each kind."
                .to_owned(),
        ],
    ))
}

fn stones(doc: &Document) -> Vec<Insight> {
    let mut open: Vec<_> = doc.north_star.stones.iter().filter(|s| !s.done).collect();
    open.sort_by_key(|s| s.year);
    let mut out = Vec::new();
    let leads_to = |id| -> Vec<&str> {
        doc.bets
            .iter()
            .filter(|b| b.stones.contains(&id))
            .map(|b| b.title.as_str())
            .collect()
    };
    if let Some(next) = open.first() {
        let bets = leads_to(next.id);
        if bets.is_empty() {
            out.push(Insight::new(
                Severity::Warning,
                format!(
                    "Nothing on the timeline leads to your next stepping stone, \"{}\".",
                    next.title
                ),
                vec![
                    format!("It is set for {}.", next.year),
                    "Link a bet to it in the inspector, or add one that does.".to_owned(),
                ],
            ));
        } else {
            // The bets go in the reasons, not the title: the title says whether the stone is
            // served, so one more bet leading to it is not a new finding.
            out.push(Insight::new(
                Severity::Info,
                format!(
                    "Your next stepping stone, \"{}\" ({}), has a bet leading to it.",
                    next.title, next.year
                ),
                vec![format!("Leading there: {}.", bets.join(", "))],
            ));
        }
    }
    let orphans: Vec<String> = open
        .iter()
        .skip(1)
        .filter(|s| leads_to(s.id).is_empty())
        .map(|s| format!("\"{}\" ({})", s.title, s.year))
        .collect();
    if !orphans.is_empty() {
        out.push(Insight::new(
            Severity::Notice,
            "Stepping stones nothing leads to yet.".to_owned(),
            vec![
                orphans.join(", "),
                format!(
                    "Working backward from {} means each stone has a bet that gets you there.",
                    doc.north_star.target_year
                ),
            ],
        ));
    }
    out
}

/// Everything the portfolio says on `today`, most pressing first.
pub fn insights(doc: &Document, today: NaiveDate) -> Vec<Insight> {
    if doc.bets.is_empty() {
        return vec![Insight::new(
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
    out.extend(stones(doc));
    out.sort_by_key(|i| std::cmp::Reverse(i.severity));
    out
}

/// Where each bet sits: its lane (its kind) and its row within the lane, so that bets that
/// overlap in time never hide one another.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    /// The row of each bet within its lane, from 0.
    pub rows: HashMap<BetId, usize>,
    /// How many rows the core lane needs (at least one).
    pub core_rows: usize,
    /// How many rows the big-swing lane needs (at least one).
    pub swing_rows: usize,
}

/// Lays the bets out: in each lane, each bet takes the first row free at its start. Bets that
/// only touch (one ends as the other starts) share a row.
pub fn layout(bets: &[Bet]) -> Layout {
    let mut out = Layout {
        core_rows: 1,
        swing_rows: 1,
        ..Layout::default()
    };
    for kind in BetKind::ALL {
        let mut lane: Vec<&Bet> = bets.iter().filter(|b| b.kind == *kind).collect();
        lane.sort_by(|a, b| a.start.total_cmp(&b.start).then(a.id.cmp(&b.id)));
        let mut row_ends: Vec<f64> = Vec::new();
        for bet in lane {
            let row = if let Some(row) = row_ends.iter().position(|end| *end <= bet.start) {
                row_ends[row] = bet.end;
                row
            } else {
                row_ends.push(bet.end);
                row_ends.len() - 1
            };
            out.rows.insert(bet.id, row);
        }
        let rows = row_ends.len().max(1);
        match kind {
            BetKind::Core => out.core_rows = rows,
            BetKind::BigSwing => out.swing_rows = rows,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StoneId;

    fn bet(id: u64, kind: BetKind, phase: Phase, start: f64, end: f64) -> Bet {
        Bet {
            id: BetId(id),
            title: format!("Bet {id}"),
            kind,
            phase,
            start,
            end,
            status: BetStatus::Succeeded,
            ..Bet::default()
        }
    }

    fn doc(bets: Vec<Bet>) -> Document {
        let mut d = Document::new_empty(day(2026));
        d.profile.career_start_year = 2016;
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

    #[test]
    fn no_bets_says_what_to_do_first() {
        assert_eq!(titles(&doc(vec![]), 2026), ["No bets yet."]);
    }

    fn swing(id: u64, start: f64, end: f64) -> Bet {
        bet(id, BetKind::BigSwing, Phase::Learning, start, end)
    }

    fn has(d: &Document, year: i32, title: &str) -> bool {
        titles(d, year).iter().any(|t| t == title)
    }

    #[test]
    fn the_cadence_counts_from_when_the_last_swing_ended() {
        // Started 2019, ended 2022: 4 years by 2026 counts from the end, not the 7 from the start.
        let d = doc(vec![swing(1, 2019.0, 2022.0)]);
        let first = &insights(&d, day(2026))[0];
        assert_eq!(
            first.title,
            "A big swing is due: 4 years since the last one."
        );
        assert_eq!(first.severity, Severity::Warning);
        assert!(
            first
                .reasons
                .iter()
                .any(|r| r.contains("ended 2022 (4 years ago)")),
            "{:?}",
            first.reasons
        );
        assert!(first.reasons.iter().any(|r| r.contains("every 2–3 years")));
    }

    #[test]
    fn a_swing_that_ended_exactly_one_cadence_ago_is_due() {
        // Ended 2023.0; by 2026 that is exactly the 3-year maximum: due, not "due within 0".
        let d = doc(vec![swing(1, 2021.0, 2023.0)]);
        assert!(has(
            &d,
            2026,
            "A big swing is due: 3 years since the last one."
        ));
        // Ended exactly the 2-year minimum ago: the window opens.
        let d = doc(vec![swing(1, 2022.0, 2024.0)]);
        assert!(has(&d, 2026, "A big swing is due within 1 year."));
    }

    #[test]
    fn no_swing_is_due_right_after_one() {
        // Ended a year ago: the core role that follows is the cadence working.
        let d = doc(vec![
            swing(1, 2023.0, 2025.0),
            bet(2, BetKind::Core, Phase::Impact, 2025.0, 2028.0),
        ]);
        let found = insights(&d, day(2026));
        assert!(
            !found
                .iter()
                .any(|i| i.title.starts_with("A big swing is due")),
            "{found:?}"
        );
        let next = found
            .iter()
            .find(|i| i.title == "Next big swing from 2027.")
            .expect("next swing");
        assert_eq!(next.severity, Severity::Info);
        assert!(next.reasons.iter().any(|r| r.contains("not a problem")));
    }

    #[test]
    fn a_swing_still_under_way_is_not_due() {
        // Started 2020 (6 years ago), still running until 2027: the clock starts at its end.
        let d = doc(vec![swing(1, 2020.0, 2027.0)]);
        let found = insights(&d, day(2026));
        let cadence = found
            .iter()
            .find(|i| i.title.starts_with("A big swing is"))
            .expect("the cadence");
        assert_eq!(
            cadence.title,
            "A big swing is under way: the next from 2029."
        );
        assert_eq!(cadence.severity, Severity::Info);
        assert_eq!(
            years_since_last_swing(&d, 2026.0).map(|(y, _)| y),
            Some(0.0)
        );
    }

    #[test]
    fn never_taken_one_fires_only_without_a_swing() {
        let core = bet(1, BetKind::Core, Phase::Impact, 2016.0, 2030.0);
        let d = doc(vec![core.clone()]);
        assert!(has(
            &d,
            2026,
            "A big swing is due: you have never taken one."
        ));
        let d = doc(vec![core.clone(), swing(2, 2021.0, 2022.0)]);
        assert!(
            !titles(&d, 2026)
                .iter()
                .any(|t| t.contains("never taken one"))
        );
        // A planned first swing answers it.
        let d = doc(vec![core, swing(2, 2026.5, 2028.0)]);
        assert!(
            !titles(&d, 2026)
                .iter()
                .any(|t| t.contains("never taken one"))
        );
        assert!(has(
            &d,
            2026,
            "A big swing is due, and \"Bet 2\" is planned from mid-2026."
        ));
    }

    #[test]
    fn a_planned_swing_softens_the_warning() {
        let d = doc(vec![swing(1, 2019.0, 2020.0), swing(2, 2026.5, 2028.0)]);
        let first = &insights(&d, day(2026))[0];
        assert_eq!(first.severity, Severity::Notice);
        assert_eq!(
            first.title,
            "A big swing is due, and \"Bet 2\" is planned from mid-2026."
        );
        assert!(
            first
                .reasons
                .iter()
                .any(|r| r.contains("Planned: \"Bet 2\" from mid-2026"))
        );
    }

    #[test]
    fn a_swing_that_starts_too_soon_after_the_last_ended_is_back_to_back() {
        // Ends 2024.0, next starts 2025.0: one year, under the 2-year minimum.
        let d = doc(vec![swing(1, 2022.0, 2024.0), swing(2, 2025.0, 2026.5)]);
        let found = insights(&d, day(2026));
        let soon = found
            .iter()
            .find(|i| i.title.starts_with("Big swings back to back"))
            .expect("too soon");
        assert_eq!(
            soon.title,
            "Big swings back to back: \"Bet 2\" starts 1 year after \"Bet 1\" ended."
        );
        assert_eq!(soon.severity, Severity::Warning);
        // Exactly the minimum apart keeps the cadence; overlapping ones are named elsewhere.
        let d = doc(vec![swing(1, 2022.0, 2024.0), swing(2, 2026.0, 2027.0)]);
        assert!(!titles(&d, 2026).iter().any(|t| t.contains("back to back")));
        let d = doc(vec![swing(1, 2022.0, 2024.5), swing(2, 2024.0, 2025.0)]);
        let t = titles(&d, 2026);
        assert!(!t.iter().any(|t| t.contains("back to back")), "{t:?}");
        assert!(t.contains(&"Big swings overlap.".to_owned()));
    }

    #[test]
    fn early_career_is_for_core_roles() {
        let d = doc(vec![
            bet(1, BetKind::BigSwing, Phase::Learning, 2016.5, 2017.0),
            bet(2, BetKind::BigSwing, Phase::Learning, 2018.0, 2019.0),
        ]);
        assert_eq!(
            titles(&d, 2019)[0],
            "2 big swings before you were established."
        );
        assert!(titles(&d, 2019).contains(&"Early career: core roles come first.".to_owned()));
        // One early swing is within the default limit.
        let d = doc(vec![bet(
            1,
            BetKind::BigSwing,
            Phase::Learning,
            2017.0,
            2018.0,
        )]);
        assert!(
            !titles(&d, 2019)
                .iter()
                .any(|t| t.contains("before you were established"))
        );
    }

    #[test]
    fn a_long_run_in_one_phase_asks_to_alternate() {
        // Impact from 2020 to now (2026): 6 years > 4. Bets that touch join one run.
        let d = doc(vec![
            bet(1, BetKind::Core, Phase::Learning, 2016.0, 2020.0),
            bet(2, BetKind::Core, Phase::Impact, 2020.0, 2023.0),
            bet(3, BetKind::Core, Phase::Impact, 2023.0, 2030.0),
        ]);
        let found = insights(&d, day(2026));
        let alt = found
            .iter()
            .find(|i| i.title.contains("time to alternate"))
            .expect("alternation insight");
        assert_eq!(
            alt.title,
            "6 years in impact phases since 2020: time to alternate."
        );
        assert!(alt.reasons[0].contains("Bet 2, Bet 3"));
        // A run that ended long ago is history, not advice.
        let d = doc(vec![
            bet(1, BetKind::Core, Phase::Impact, 2016.0, 2022.0),
            bet(2, BetKind::Core, Phase::Learning, 2022.0, 2030.0),
        ]);
        assert!(!titles(&d, 2026).iter().any(|t| t.contains("impact phases")));
    }

    #[test]
    fn overlapping_swings_are_flagged_but_touching_ones_are_not() {
        let d = doc(vec![
            bet(1, BetKind::BigSwing, Phase::Learning, 2021.0, 2022.0),
            bet(2, BetKind::BigSwing, Phase::Learning, 2022.0, 2023.0),
        ]);
        assert!(!titles(&d, 2026).contains(&"Big swings overlap.".to_owned()));
        let d = doc(vec![
            bet(1, BetKind::BigSwing, Phase::Learning, 2021.0, 2022.5),
            bet(2, BetKind::BigSwing, Phase::Learning, 2022.0, 2023.0),
        ]);
        assert!(titles(&d, 2026).contains(&"Big swings overlap.".to_owned()));
    }

    #[test]
    fn outcomes_are_held_against_the_base_rate_with_their_stories() {
        let mut failed = bet(1, BetKind::BigSwing, Phase::Learning, 2020.0, 2021.0);
        failed.status = BetStatus::Failed;
        failed.story = "Learned to kill a product well.".into();
        let won = bet(2, BetKind::BigSwing, Phase::Learning, 2023.0, 2024.0);
        let mut active = bet(3, BetKind::BigSwing, Phase::Learning, 2025.0, 2027.0);
        active.status = BetStatus::Active;
        let d = doc(vec![failed, won, active]);
        let found = insights(&d, day(2026));
        let outcome = found
            .iter()
            .find(|i| i.title.starts_with("1 of 2"))
            .expect("outcome insight");
        assert!(outcome.title.contains("at or above the base rate"));
        assert!(outcome.reasons[0].contains("about 50 %") && outcome.reasons[0].contains("50 %"));
        assert!(
            outcome
                .reasons
                .iter()
                .any(|r| r.contains("kill a product well"))
        );
    }

    #[test]
    fn below_the_base_rate_is_said_only_when_below_it() {
        let mut failed = swing(1, 2019.0, 2020.0);
        failed.status = BetStatus::Failed;
        let d = doc(vec![failed.clone(), swing(2, 2022.0, 2023.0)]);
        let t = titles(&d, 2026);
        assert!(
            t.iter().any(|t| t.ends_with("at or above the base rate.")),
            "one of two is the expected half: {t:?}"
        );
        assert!(!t.iter().any(|t| t.contains("below the base rate")));
        let mut second = swing(2, 2022.0, 2023.0);
        second.status = BetStatus::Failed;
        let t = titles(&doc(vec![failed, second]), 2026);
        assert!(
            t.contains(&"0 of 2 big swings succeeded: below the base rate, and still worth the stories and learning.".to_owned()),
            "{t:?}"
        );
    }

    #[test]
    fn an_outcome_not_set_is_not_counted_and_is_listed_to_fill_in() {
        let mut unset = swing(1, 2019.0, 2020.0);
        unset.status = BetStatus::Ended;
        let mut failed = swing(2, 2022.0, 2023.0);
        failed.status = BetStatus::Failed;
        let d = doc(vec![unset.clone(), failed]);
        let found = insights(&d, day(2026));
        let outcome = found
            .iter()
            .find(|i| i.title.starts_with("0 of 1 big swings succeeded"))
            .expect("only the failed swing is counted");
        assert!(
            outcome
                .reasons
                .iter()
                .any(|r| r.contains("Not counted: 1 ended big swing"))
        );
        let update = found
            .iter()
            .find(|i| i.title == "Update the status of 1 bet.")
            .expect("listed to fill in");
        assert!(update.reasons[0].contains("\"Bet 1\": ended 2020: set how it went"));
        // With no outcome at all, there is no rate to give.
        let d = doc(vec![unset]);
        assert!(!titles(&d, 2026).iter().any(|t| t.contains("succeeded")));
    }

    #[test]
    fn statuses_the_calendar_has_overtaken_are_listed() {
        let mut over = bet(1, BetKind::Core, Phase::Impact, 2020.0, 2025.0);
        over.status = BetStatus::Active;
        let mut begun = bet(2, BetKind::Core, Phase::Impact, 2025.0, 2027.0);
        begun.status = BetStatus::Planned;
        let mut early = bet(3, BetKind::Core, Phase::Impact, 2025.5, 2028.0);
        early.status = BetStatus::Succeeded;
        let d = doc(vec![over, begun, early]);
        let found = insights(&d, day(2026));
        let update = found
            .iter()
            .find(|i| i.title == "Update the status of 3 bets.")
            .expect("update");
        assert_eq!(update.severity, Severity::Notice);
        assert!(update.reasons[0].contains("\"Bet 1\": still marked active, but it ended 2025"));
        assert!(update.reasons[1].contains("\"Bet 2\": still marked planned, but it started 2025"));
        assert!(update.reasons[2].contains("\"Bet 3\": marked succeeded, but it runs until 2028"));
    }

    #[test]
    fn statuses_that_match_the_calendar_are_not_listed() {
        let past = bet(1, BetKind::Core, Phase::Impact, 2020.0, 2025.0);
        let mut now = bet(2, BetKind::Core, Phase::Impact, 2025.0, 2027.0);
        now.status = BetStatus::Active;
        let mut later = bet(3, BetKind::Core, Phase::Impact, 2027.0, 2028.0);
        later.status = BetStatus::Planned;
        let d = doc(vec![past, now, later]);
        assert!(
            !titles(&d, 2026)
                .iter()
                .any(|t| t.starts_with("Update the status"))
        );
    }

    #[test]
    fn the_status_of_a_bet_follows_where_it_sits_in_time() {
        assert_eq!(status_on(2027.0, 2028.0, 2026.5), BetStatus::Planned);
        assert_eq!(status_on(2026.0, 2027.0, 2026.5), BetStatus::Active);
        assert_eq!(status_on(2024.0, 2025.0, 2026.5), BetStatus::Ended);
        // A bet ending today is over; one starting today is under way.
        assert_eq!(status_on(2025.0, 2026.5, 2026.5), BetStatus::Ended);
        assert_eq!(status_on(2026.5, 2027.0, 2026.5), BetStatus::Active);
    }

    #[test]
    fn a_tour_of_duty_outside_the_range_is_flagged() {
        let mut short = bet(1, BetKind::Core, Phase::Learning, 2020.0, 2020.5);
        short.tour_of_duty = true;
        let mut long = bet(2, BetKind::Core, Phase::Learning, 2021.0, 2023.0);
        long.tour_of_duty = true;
        let mut right = bet(3, BetKind::Core, Phase::Learning, 2023.0, 2024.5);
        right.tour_of_duty = true;
        let found = insights(&doc(vec![short, long, right.clone()]), day(2026));
        let tours = found
            .iter()
            .find(|i| i.title == "A tour of duty outside 12–18 months.")
            .expect("tours");
        assert_eq!(tours.reasons.len(), 3, "{:?}", tours.reasons);
        assert!(tours.reasons[0].contains("\"Bet 1\" runs 6 months: too short"));
        assert!(tours.reasons[1].contains("\"Bet 2\" runs 24 months: long enough"));
        // 12 and 18 months are both inside; a bet that is not a tour is never measured.
        let mut twelve = bet(4, BetKind::Core, Phase::Learning, 2025.0, 2026.0);
        twelve.tour_of_duty = true;
        let not_a_tour = bet(5, BetKind::Core, Phase::Learning, 2010.0, 2020.0);
        let t = titles(&doc(vec![right, twelve, not_a_tour]), 2026);
        assert!(
            !t.iter().any(|t| t.contains("tour of duty outside")),
            "{t:?}"
        );
    }

    #[test]
    fn work_never_done_suggests_a_tour_of_duty() {
        let mut b = bet(1, BetKind::Core, Phase::Impact, 2016.0, 2030.0);
        b.work = WorkType::Feature;
        let d = doc(vec![b]);
        let t = titles(&d, 2026);
        let tour = t
            .iter()
            .find(|t| t.starts_with("Never done"))
            .expect("tour insight");
        assert!(tour.contains("into growth"), "{tour}");
        assert!(!tour.contains("feature"));
        // Every type of work done: nothing to suggest.
        let all: Vec<Bet> = WorkType::ALL
            .iter()
            .zip(1..)
            .map(|(w, id)| Bet {
                work: *w,
                ..bet(
                    id,
                    BetKind::Core,
                    Phase::Impact,
                    2016.0 + id as f64,
                    2017.0 + id as f64,
                )
            })
            .collect();
        assert!(
            !titles(&doc(all), 2026)
                .iter()
                .any(|t| t.starts_with("Never done"))
        );
    }

    #[test]
    fn a_short_run_in_one_phase_is_not_asked_to_alternate() {
        let d = doc(vec![
            bet(1, BetKind::Core, Phase::Learning, 2016.0, 2022.0),
            bet(2, BetKind::Core, Phase::Impact, 2022.0, 2030.0),
        ]);
        // Impact from 2022 to 2026: exactly the 4-year limit, not past it.
        assert!(
            !titles(&d, 2026)
                .iter()
                .any(|t| t.contains("time to alternate"))
        );
    }

    #[test]
    fn stepping_stones_with_nothing_leading_to_them_are_named() {
        let mut d = doc(vec![bet(1, BetKind::Core, Phase::Impact, 2020.0, 2030.0)]);
        for (id, year) in [(1, 2027), (2, 2028)] {
            d.north_star.stones.push(crate::model::SteppingStone {
                id: StoneId(id),
                title: format!("Stone {id}"),
                year,
                done: false,
            });
        }
        assert!(titles(&d, 2026).contains(
            &"Nothing on the timeline leads to your next stepping stone, \"Stone 1\".".to_owned()
        ));
        d.bets[0].stones = vec![StoneId(1)];
        let t = titles(&d, 2026);
        assert!(t.contains(
            &"Your next stepping stone, \"Stone 1\" (2027), has a bet leading to it.".to_owned()
        ));
        let found = insights(&d, day(2026));
        let served = found
            .iter()
            .find(|i| i.title.starts_with("Your next stepping stone"))
            .expect("served");
        assert_eq!(served.reasons, ["Leading there: Bet 1."]);
        assert!(
            !t.iter()
                .any(|t| t.starts_with("Nothing on the timeline leads"))
        );
        assert!(t.contains(&"Stepping stones nothing leads to yet.".to_owned()));
        d.bets[0].stones = vec![StoneId(1), StoneId(2)];
        let t = titles(&d, 2026);
        assert!(
            !t.contains(&"Stepping stones nothing leads to yet.".to_owned()),
            "{t:?}"
        );
        // Reached stones ask for nothing.
        for stone in &mut d.north_star.stones {
            stone.done = true;
        }
        d.bets[0].stones.clear();
        let t = titles(&d, 2026);
        assert!(!t.iter().any(|t| t.contains("stepping stone")));
    }

    #[test]
    fn layout_stacks_overlaps_and_lets_touching_bets_share_a_row() {
        let bets = vec![
            bet(1, BetKind::Core, Phase::Impact, 2016.0, 2020.0),
            bet(2, BetKind::Core, Phase::Impact, 2020.0, 2024.0), // touches 1: same row
            bet(3, BetKind::Core, Phase::Learning, 2019.0, 2021.0), // overlaps both: row 1
            bet(4, BetKind::Core, Phase::Learning, 2021.0, 2022.0), // row 1 is free again
            bet(5, BetKind::BigSwing, Phase::Learning, 2021.0, 2022.0),
        ];
        let l = layout(&bets);
        assert_eq!(l.rows[&BetId(1)], 0);
        assert_eq!(l.rows[&BetId(2)], 0);
        assert_eq!(l.rows[&BetId(3)], 1);
        assert_eq!(l.rows[&BetId(4)], 1);
        assert_eq!(l.rows[&BetId(5)], 0);
        assert_eq!((l.core_rows, l.swing_rows), (2, 1));
        assert_eq!(layout(&[]).core_rows, 1);
    }

    #[test]
    fn long_lists_are_capped_and_counted() {
        let swings: Vec<Bet> = (0..8)
            .map(|i| {
                bet(
                    i + 1,
                    BetKind::BigSwing,
                    Phase::Learning,
                    2016.0 + i as f64 * 0.1,
                    2019.0,
                )
            })
            .collect();
        let found = insights(&doc(swings), day(2026));
        let early = found
            .iter()
            .find(|i| i.title.starts_with("8 big swings"))
            .expect("early");
        assert_eq!(
            early.reasons.len(),
            MAX_LISTED + 2,
            "five named, a count, the rule"
        );
        assert_eq!(early.reasons[MAX_LISTED], "…and 3 more.");
    }

    #[test]
    fn years_read_as_people_say_them() {
        assert_eq!(year_label(2021.0), "2021");
        assert_eq!(year_label(2021.5), "mid-2021");
        assert_eq!(year_label(2021.25), "Q2 2021");
        assert_eq!(year_label(2021.75), "Q4 2021");
        assert_eq!(snap_quarter(2021.13), 2021.25);
        assert_eq!(snap_quarter(2021.1), 2021.0);
    }
}
