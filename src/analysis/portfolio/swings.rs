//! The big swings: the cadence between them, none too soon after the last, core roles first,
//! no two at once, and their outcomes against the base rate.

use super::{
    Insight, SAME_TIME, Severity, after, capped, end_label, established_at,
    kind_unset_since_last_swing, swings, year_label, years, years_since_last_swing,
};
use crate::model::{Bet, BetStatus, Document};

/// The key of the finding on the big-swing cadence.
pub(super) const CADENCE: &str = "cadence";
/// The key of the finding on big swings taken before the person was established.
pub(super) const EARLY_SWINGS: &str = "early-swings";

pub(super) fn cadence(doc: &Document, now: f64) -> Insight {
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
    let last = years_since_last_swing(doc, now);
    let unknown = kind_unset_since_last_swing(doc, now);
    let (severity, title) = match last {
        _ if let Some(established_at) = established_at
            && now < established_at =>
        {
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
        Some((since, last)) if since <= 0.0 => {
            reasons.push(format!(
                "\"{}\" runs until {}; the cadence counts from then.",
                last.title,
                end_label(last.end)
            ));
            (
                Severity::Info,
                format!(
                    "A big swing is under way: the next from {}.",
                    year_label(last.end + r.swing_cadence_min_years)
                ),
            )
        }
        _ if !unknown.is_empty() => {
            let titles: Vec<String> = unknown.iter().map(|b| format!("\"{}\"", b.title)).collect();
            reasons.extend(capped(vec![format!(
                "Kind not set: {}; any of them may have been a big swing.",
                titles.join(", ")
            )]));
            (
                Severity::Info,
                format!(
                    "Whether a big swing is due is not known yet: {} to classify.",
                    if unknown.len() == 1 {
                        "1 role".to_owned()
                    } else {
                        format!("{} roles", unknown.len())
                    }
                ),
            )
        }
        None => {
            reasons.push(format!(
                "No big swing since your career started in {}.",
                doc.career_start().map_or_else(String::new, year_label)
            ));
            due("A big swing is due: you have never taken one.".to_owned())
        }
        Some((since, last)) => {
            reasons.push(format!(
                "The last big swing, \"{}\", ended {} ({} ago).",
                last.title,
                end_label(last.end),
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
    Insight::new(CADENCE, severity, title, reasons)
}

/// Big swings that start sooner after the previous one ended than the cadence allows, one
/// insight each. Swings that overlap are named by [`overlapping_swings`] instead.
pub(super) fn swings_too_soon(doc: &Document) -> Vec<Insight> {
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
            format!("swing-too-soon:{}", next.id.0),
            Severity::Warning,
            format!(
                "Big swings back to back: \"{}\" starts {} \"{}\" ended.",
                next.title,
                after(gap),
                before.title
            ),
            vec![
                format!(
                    "\"{}\" ends {}; \"{}\" starts {}.",
                    before.title,
                    end_label(before.end),
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

pub(super) fn early_swings(doc: &Document) -> Option<Insight> {
    let r = &doc.rules;
    let established_at = established_at(doc)?;
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
        EARLY_SWINGS,
        Severity::Warning,
        format!(
            "{} before you were established.",
            crate::analysis::words::count(early.len() as u64, "big swing", "big swings")
        ),
        reasons,
    ))
}

pub(super) fn overlapping_swings(doc: &Document) -> Option<Insight> {
    let swings = swings(doc);
    let mut reasons = Vec::new();
    for (i, a) in swings.iter().enumerate() {
        for b in &swings[i + 1..] {
            if b.start < a.end && a.start < b.end {
                reasons.push(format!(
                    "\"{}\" ({}–{}) and \"{}\" ({}–{}).",
                    a.title,
                    year_label(a.start),
                    end_label(a.end),
                    b.title,
                    year_label(b.start),
                    end_label(b.end)
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
        "overlapping-swings",
        Severity::Warning,
        "Big swings overlap.",
        reasons,
    ))
}

pub(super) fn outcomes(doc: &Document) -> Option<Insight> {
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
    Some(Insight::new("outcomes", Severity::Info, title, reasons))
}
