//! What the record of bets shows beyond the swings: statuses the calendar has overtaken, tours
//! of duty out of range, types of work never done, and stepping stones nothing leads to.

use super::{Insight, SAME_TIME, Severity, capped, end_label, year_label};
use crate::analysis::stone_needs::StoneNeeds;
use crate::analysis::words::and_list;
use crate::model::{Bet, BetStatus, Document, SteppingStone, WorkType};

/// Bets whose status the calendar has overtaken, and ended bets whose outcome is not set.
pub(super) fn stale_statuses(doc: &Document, now: f64) -> Option<Insight> {
    let mut bets: Vec<&Bet> = doc.bets.iter().collect();
    bets.sort_by(|a, b| a.start.total_cmp(&b.start));
    let lines: Vec<String> = bets
        .into_iter()
        .filter_map(|b| {
            let what = match b.status {
                BetStatus::Active if b.end <= now => {
                    format!("still marked active, but it ended {}", end_label(b.end))
                }
                BetStatus::Planned if b.start <= now => {
                    format!(
                        "still marked planned, but it started {}",
                        year_label(b.start)
                    )
                }
                BetStatus::Ended if b.end <= now => format!(
                    "ended {}: set how it went (succeeded, failed or pivoted)",
                    end_label(b.end)
                ),
                BetStatus::Ended => {
                    format!("marked ended, but it runs until {}", end_label(b.end))
                }
                BetStatus::Succeeded | BetStatus::Failed | BetStatus::Pivoted if b.end > now => {
                    format!(
                        "marked {}, but it runs until {}",
                        b.status.label().to_lowercase(),
                        end_label(b.end)
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
        "stale-statuses",
        Severity::Notice,
        format!(
            "Update the status of {count} bet{}.",
            if count == 1 { "" } else { "s" }
        ),
        reasons,
    ))
}

/// Tours of duty shorter or longer than the rules' range.
pub(super) fn tours_out_of_range(doc: &Document) -> Option<Insight> {
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
        "tours-out-of-range",
        Severity::Notice,
        format!(
            "A tour of duty outside {}–{} months.",
            r.tour_min_months, r.tour_max_months
        ),
        reasons,
    ))
}

/// A bet that starts before the career start the profile gives: one of the two is wrong, and
/// the career start is what the rules count "established" from.
pub(super) fn before_career_start(doc: &Document) -> Option<Insight> {
    let given = doc.profile.career_start_year?;
    let start = f64::from(given);
    let first = doc
        .bets
        .iter()
        .filter(|b| b.start.is_finite())
        .min_by(|a, b| a.start.total_cmp(&b.start))?;
    if first.start + SAME_TIME >= start {
        return None;
    }
    Some(Insight::new(
        "before-career-start",
        Severity::Notice,
        format!(
            "\"{}\" starts {}, before the career start you gave ({}).",
            first.title,
            year_label(first.start),
            given
        ),
        vec![
            format!(
                "When you count as established, and so when big swings make sense, is counted from the career start: {} years in, per the rules.",
                doc.rules.established_after_years
            ),
            "Set the career start on the Spec panel, or the bet's dates, to what happened."
                .to_owned(),
        ],
    ))
}

/// The types of work no bet started by `now` has been ("other" is no type to try); `None`
/// while any of those bets has its type of work not set, since that one may be any of them.
pub fn work_never_done(doc: &Document, now: f64) -> Option<Vec<WorkType>> {
    let done: Vec<WorkType> = doc
        .bets
        .iter()
        .filter(|b| b.start <= now)
        .map(|b| b.work)
        .collect::<Option<_>>()?;
    Some(
        WorkType::ALL
            .iter()
            .copied()
            .filter(|w| *w != WorkType::Other && !done.contains(w))
            .collect(),
    )
}

/// The types of work no bet so far has been; silent while any bet so far has its type of work
/// not set, since that one may be any of them.
pub(super) fn untried_work(doc: &Document, now: f64) -> Option<Insight> {
    let untried = work_never_done(doc, now)?;
    let first = *untried.first()?;
    let r = &doc.rules;
    let names: Vec<String> = untried.iter().map(|w| w.label().to_lowercase()).collect();
    Some(Insight::new(
        "untried-work",
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

/// What of the skills a stone names the bets under way or planned build: the skills, then
/// each such bet with the ones it builds, or that none builds any. Nothing while the stone
/// names no skills.
fn building_its_skills(
    doc: &Document,
    stone: &SteppingStone,
    under_way: &impl Fn(&&Bet) -> bool,
) -> Vec<String> {
    let Some(needs) = StoneNeeds::of(doc, stone) else {
        return Vec::new();
    };
    let all: Vec<&str> = needs.skills.iter().map(|s| s.name.as_str()).collect();
    let building: Vec<String> = doc
        .bets
        .iter()
        .filter(under_way)
        .filter_map(|b| {
            let builds = needs.held(&b.skills);
            (!builds.is_empty()).then(|| {
                format!(
                    "\"{}\" ({}) builds {}.",
                    b.title,
                    b.status.label().to_lowercase(),
                    and_list(&builds)
                )
            })
        })
        .collect();
    if building.is_empty() {
        return vec![format!(
            "It needs {}; nothing under way or planned builds any of them.",
            and_list(&all)
        )];
    }
    let mut out = vec![format!("It needs {}.", and_list(&all))];
    out.extend(capped(building));
    out
}

pub(super) fn stones(doc: &Document, now: f64) -> Vec<Insight> {
    let mut out = Vec::new();
    // Only a bet not over yet leads anywhere: one the calendar has passed (a role left, a
    // swing whose status was never updated) or whose outcome ended it (failed, pivoted) was
    // a try at the stone, not a way there still open.
    let under_way = |b: &&Bet| {
        b.end > now
            && !matches!(
                b.status,
                BetStatus::Failed | BetStatus::Pivoted | BetStatus::Ended
            )
    };
    let leads_to = |id| -> Vec<&str> {
        doc.bets
            .iter()
            .filter(|b| b.stones.contains(&id))
            .filter(under_way)
            .map(|b| b.title.as_str())
            .collect()
    };
    if let Some(next) = doc.north_star.next_stone() {
        let bets = leads_to(next.id);
        if bets.is_empty() {
            let mut reasons = vec![format!("It is set for {}.", next.year)];
            reasons.extend(
                doc.bets
                    .iter()
                    .filter(|b| b.stones.contains(&next.id) && !under_way(b))
                    .map(|b| {
                        format!(
                            "Tried before: \"{}\" ({}, ended {}).",
                            b.title,
                            b.status.label().to_lowercase(),
                            end_label(b.end)
                        )
                    }),
            );
            reasons.extend(building_its_skills(doc, next, &under_way));
            reasons.push("Link a bet to it in the inspector, or add one that does.".to_owned());
            out.push(Insight::new(
                "next-stone",
                Severity::Warning,
                format!(
                    "Nothing on the timeline leads to your next stepping stone, \"{}\".",
                    next.title
                ),
                reasons,
            ));
        } else {
            // The bets go in the reasons, not the title: the title says whether the stone is
            // served, so one more bet leading to it is not a new finding.
            out.push(Insight::new(
                "next-stone",
                Severity::Info,
                format!(
                    "Your next stepping stone, \"{}\" ({}), has a bet leading to it.",
                    next.title, next.year
                ),
                vec![format!("Leading there: {}.", bets.join(", "))],
            ));
        }
    }
    let orphans: Vec<String> = doc
        .north_star
        .open_stones()
        // The first open stone is the next, said above.
        .skip(1)
        .filter(|s| leads_to(s.id).is_empty())
        .map(|s| format!("\"{}\" ({})", s.title, s.year))
        .collect();
    if !orphans.is_empty() {
        out.push(Insight::new(
            "orphan-stones",
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
