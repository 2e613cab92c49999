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

fn years(n: f64) -> String {
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

/// Years since the most recent big swing started, as of `now`; none if no swing has started.
pub fn years_since_last_swing(doc: &Document, now: f64) -> Option<(f64, &Bet)> {
    swings(doc)
        .into_iter()
        .rfind(|b| b.start <= now)
        .map(|b| (now - b.start, b))
}

fn cadence(doc: &Document, now: f64) -> Insight {
    let r = &doc.rules;
    let start = f64::from(doc.profile.career_start_year);
    let established_at = start + r.established_after_years;
    let rule = format!(
        "Rule: once established, a big swing every {}–{}.",
        r.swing_cadence_min_years,
        years(r.swing_cadence_max_years)
    );
    let planned = swings(doc).into_iter().find(|b| b.start > now);
    let planned_note =
        planned.map(|b| format!("Planned: \"{}\" from {}.", b.title, year_label(b.start)));
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
            (
                if planned.is_some() {
                    Severity::Notice
                } else {
                    Severity::Warning
                },
                "A big swing is due: you have never taken one.".to_owned(),
            )
        }
        Some((since, last)) => {
            reasons.push(format!(
                "The last big swing, \"{}\", started {} ({} ago).",
                last.title,
                year_label(last.start),
                years(since)
            ));
            if since > r.swing_cadence_max_years {
                (
                    if planned.is_some() {
                        Severity::Notice
                    } else {
                        Severity::Warning
                    },
                    format!("A big swing is due: {} since the last one.", years(since)),
                )
            } else if since >= r.swing_cadence_min_years {
                (
                    Severity::Notice,
                    format!(
                        "A big swing is due within {}.",
                        years(r.swing_cadence_max_years - since)
                    ),
                )
            } else {
                (
                    Severity::Info,
                    format!(
                        "Next big swing from {}.",
                        year_label(last.start + r.swing_cadence_min_years)
                    ),
                )
            }
        }
    };
    reasons.push(rule);
    reasons.extend(planned_note);
    Insight::new(severity, title, reasons)
}

fn early_swings(doc: &Document) -> Option<Insight> {
    let r = &doc.rules;
    let established_at = f64::from(doc.profile.career_start_year) + r.established_after_years;
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

fn alternation(doc: &Document, now: f64) -> Option<Insight> {
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
            out.push(Insight::new(
                Severity::Info,
                format!(
                    "Leading to \"{}\" ({}): {}.",
                    next.title,
                    next.year,
                    bets.join(", ")
                ),
                Vec::new(),
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
    out.extend(alternation(doc, now));
    out.extend(overlapping_swings(doc));
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

    #[test]
    fn a_swing_is_due_after_the_cadence_runs_out() {
        // Established in 2020; the last swing started 2021.0: 5 years by 2026 > 3.
        let d = doc(vec![bet(
            1,
            BetKind::BigSwing,
            Phase::Learning,
            2021.0,
            2022.0,
        )]);
        let first = &insights(&d, day(2026))[0];
        assert_eq!(
            first.title,
            "A big swing is due: 5 years since the last one."
        );
        assert_eq!(first.severity, Severity::Warning);
        assert!(first.reasons.iter().any(|r| r.contains("every 2–3 years")));
        // Within the window: 2.5 years after, due within half a year.
        let d = doc(vec![bet(
            1,
            BetKind::BigSwing,
            Phase::Learning,
            2023.5,
            2024.5,
        )]);
        assert!(titles(&d, 2026).contains(&"A big swing is due within 0.5 years.".to_owned()));
        // Too soon: next from 2024.0 + 2.
        let d = doc(vec![bet(
            1,
            BetKind::BigSwing,
            Phase::Learning,
            2025.0,
            2027.0,
        )]);
        assert!(titles(&d, 2026).contains(&"Next big swing from 2027.".to_owned()));
    }

    #[test]
    fn a_planned_swing_softens_the_warning() {
        let d = doc(vec![
            bet(1, BetKind::BigSwing, Phase::Learning, 2019.0, 2020.0),
            bet(2, BetKind::BigSwing, Phase::Learning, 2026.5, 2028.0),
        ]);
        let first = &insights(&d, day(2026))[0];
        assert_eq!(first.severity, Severity::Notice);
        assert!(
            first
                .reasons
                .iter()
                .any(|r| r.contains("Planned: \"Bet 2\" from mid-2026"))
        );
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
        assert!(t.contains(&"Leading to \"Stone 1\" (2027): Bet 1.".to_owned()));
        assert!(t.contains(&"Stepping stones nothing leads to yet.".to_owned()));
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
