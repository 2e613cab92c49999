//! What changed between two reviews, or since one, in sentences with the numbers.

use chrono::NaiveDate;

use super::{in_order, number, snapshot, with_unit};
use crate::analysis::offers::offer_name;
use crate::analysis::words::and_list;
use crate::model::{CareerReview, Ceiling, Document, NorthStar, Snapshot, StoneId};

fn ceiling_score(snapshot: &Snapshot, ceiling: Ceiling) -> Option<u8> {
    snapshot
        .ceilings
        .iter()
        .find(|c| c.ceiling == ceiling)
        .map(|c| c.score)
}

/// How many reviews in a row, ending with the newest, a ceiling's score fell.
fn falling_for(scores: &[u8]) -> usize {
    scores
        .windows(2)
        .rev()
        .take_while(|pair| pair[1] < pair[0])
        .count()
}

/// What changed from the previous snapshot to the newest one, in sentences with the numbers.
/// `earlier` holds the snapshots before the newest, oldest first; the last of them is the one
/// compared with, the rest tell how long a ceiling has been falling. Names come from the
/// document; an item removed since is named as such. Empty when nothing changed.
pub fn changes(doc: &Document, earlier: &[&Snapshot], newer: &Snapshot) -> Vec<String> {
    let Some(older) = earlier.last() else {
        return Vec::new();
    };
    let mut out: Vec<String> = north_star_change(doc, older, newer).into_iter().collect();
    out.extend(skill_changes(doc, older, newer));
    out.extend(metric_changes(doc, older, newer));
    out.extend(stone_changes(doc, older, newer));
    out.extend(bet_changes(doc, older, newer));
    out.extend(ceiling_changes(earlier, newer));
    out.extend(drift_change(older, newer));
    out
}

/// A north star rewritten, with the offers to score again under it: those that recorded
/// another north star by name; without a record, only that some may need it.
fn north_star_change(doc: &Document, older: &Snapshot, newer: &Snapshot) -> Option<String> {
    if older.target_role == newer.target_role && older.target_year == newer.target_year {
        return None;
    }
    let star = NorthStar {
        target_role: newer.target_role.clone(),
        target_year: newer.target_year,
        ..NorthStar::default()
    };
    let stale: Vec<String> = doc
        .offers
        .iter()
        .filter(|o| {
            o.scored_under
                .as_ref()
                .is_some_and(|u| u.differs_from(&star))
        })
        .map(offer_name)
        .collect();
    let then = if stale.is_empty() {
        "offers scored before it may need re-scoring".to_owned()
    } else {
        format!(
            "re-score {}, scored under another north star",
            and_list(&stale)
        )
    };
    Some(format!(
        "North star changed from '{}' by {} to '{}' by {}: {then}.",
        older.target_role, older.target_year, newer.target_role, newer.target_year
    ))
}

/// Each skill new since, and each whose level or target moved.
fn skill_changes(doc: &Document, older: &Snapshot, newer: &Snapshot) -> Vec<String> {
    let mut out = Vec::new();
    for mark in &newer.skills {
        let name = doc
            .get(mark.skill)
            .map_or_else(|| "A removed skill".to_owned(), |s| s.name.clone());
        match older.skills.iter().find(|m| m.skill == mark.skill) {
            None => out.push(format!(
                "New skill '{name}' at level {} of target {}.",
                mark.level, mark.target
            )),
            Some(before) => {
                if before.level != mark.level {
                    out.push(format!("{name} from {} to {}.", before.level, mark.level));
                }
                if before.target != mark.target {
                    out.push(format!(
                        "{name} target from {} to {}.",
                        before.target, mark.target
                    ));
                }
            }
        }
    }
    out
}

/// Each metric new since, and each whose value or target moved, with its unit.
fn metric_changes(doc: &Document, older: &Snapshot, newer: &Snapshot) -> Vec<String> {
    let mut out = Vec::new();
    for mark in &newer.metrics {
        let (name, unit) = doc.get(mark.metric).map_or_else(
            || ("A removed metric".to_owned(), String::new()),
            |m| (m.name.clone(), m.unit.clone()),
        );
        match older.metrics.iter().find(|m| m.metric == mark.metric) {
            None => out.push(format!(
                "New metric '{name}' at {}.",
                with_unit(mark.value, &unit)
            )),
            Some(before) => {
                if (before.value - mark.value).abs() > 1e-9 {
                    out.push(format!(
                        "{name} from {} to {}.",
                        number(before.value),
                        with_unit(mark.value, &unit)
                    ));
                }
                if (before.target - mark.target).abs() > 1e-9 {
                    out.push(format!(
                        "{name} target from {} to {}.",
                        number(before.target),
                        with_unit(mark.target, &unit)
                    ));
                }
            }
        }
    }
    out
}

/// Each stepping stone done since, then each no longer done that the document still holds.
fn stone_changes(doc: &Document, older: &Snapshot, newer: &Snapshot) -> Vec<String> {
    let stone_name = |id: StoneId| {
        doc.get(id).map_or_else(
            || "a removed stone".to_owned(),
            |s| format!("'{}'", s.title),
        )
    };
    let done = newer
        .stones_done
        .iter()
        .filter(|id| !older.stones_done.contains(id))
        .map(|id| format!("Stepping stone {} done.", stone_name(*id)));
    let undone = older
        .stones_done
        .iter()
        .filter(|id| !newer.stones_done.contains(id) && doc.get(**id).is_some())
        .map(|id| format!("Stepping stone {} no longer done.", stone_name(*id)));
    done.chain(undone).collect()
}

/// Each bet new since, and each whose status moved.
fn bet_changes(doc: &Document, older: &Snapshot, newer: &Snapshot) -> Vec<String> {
    let mut out = Vec::new();
    for mark in &newer.bets {
        let title = doc
            .get(mark.bet)
            .map_or_else(|| "a removed bet".to_owned(), |b| format!("'{}'", b.title));
        match older.bets.iter().find(|m| m.bet == mark.bet) {
            None => out.push(format!(
                "New bet {title}: {}.",
                mark.status.label().to_lowercase()
            )),
            Some(before) if before.status != mark.status => out.push(format!(
                "Bet {title} from {} to {}.",
                before.status.label().to_lowercase(),
                mark.status.label().to_lowercase()
            )),
            Some(_) => {}
        }
    }
    out
}

/// Each ceiling whose score moved since the last of `earlier`, with how many reviews in a
/// row it has been falling when that is two or more.
fn ceiling_changes(earlier: &[&Snapshot], newer: &Snapshot) -> Vec<String> {
    let Some(older) = earlier.last() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for ceiling in Ceiling::ALL {
        let (Some(before), Some(now)) = (
            ceiling_score(older, *ceiling),
            ceiling_score(newer, *ceiling),
        ) else {
            continue;
        };
        if before == now {
            continue;
        }
        let scores: Vec<u8> = earlier
            .iter()
            .copied()
            .chain(std::iter::once(newer))
            .filter_map(|s| ceiling_score(s, *ceiling))
            .collect();
        let falling = falling_for(&scores);
        let streak = if falling >= 2 {
            format!(", falling for {falling} reviews")
        } else {
            String::new()
        };
        out.push(format!(
            "{} ceiling from {before} to {now}{streak}.",
            ceiling.label()
        ));
    }
    out
}

/// The drift risk, when it moved.
fn drift_change(older: &Snapshot, newer: &Snapshot) -> Option<String> {
    (older.drift != newer.drift).then(|| {
        format!(
            "Drift risk from {} to {}.",
            older.drift.label(),
            newer.drift.label()
        )
    })
}

/// Updates sent against the promise over the period a snapshot covers; none when nothing was
/// promised or sent.
pub fn updates_line(snapshot: &Snapshot) -> Option<String> {
    if snapshot.updates_sent == 0 && snapshot.updates_promised == 0 {
        return None;
    }
    let noun = if snapshot.updates_sent == 1 {
        "update"
    } else {
        "updates"
    };
    if snapshot.updates_promised == 0 {
        // Nothing was promised: there is no shortfall to count against.
        return Some(format!(
            "{} {noun} sent; no cadence promised.",
            snapshot.updates_sent
        ));
    }
    let verdict = if snapshot.updates_sent < snapshot.updates_promised {
        ": fewer than promised"
    } else {
        ""
    };
    Some(format!(
        "{} {noun} sent, {} promised{verdict}.",
        snapshot.updates_sent, snapshot.updates_promised
    ))
}

/// What changed from the review before this one (by date) to this one; empty for the first.
pub fn changes_since_previous(doc: &Document, review: &CareerReview) -> Vec<String> {
    let order = in_order(doc);
    let index = order.iter().position(|r| r.id == review.id);
    let before: Vec<&Snapshot> = order[..index.unwrap_or(order.len())]
        .iter()
        .map(|r| &r.snapshot)
        .collect();
    changes(doc, &before, &review.snapshot)
}

/// What changed between the state on a day and today, without recording a review: against
/// the latest review on or before `since`, or the latest review of all when no date is given.
/// None when there is no such review to compare with.
pub fn changes_to_today(
    doc: &Document,
    since: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<Vec<String>> {
    let order: Vec<&CareerReview> = in_order(doc)
        .into_iter()
        .filter(|r| since.is_none_or(|s| r.date.is_some_and(|d| d <= s)))
        .collect();
    if order.is_empty() {
        return None;
    }
    let before: Vec<&Snapshot> = order.iter().map(|r| &r.snapshot).collect();
    Some(changes(doc, &before, &snapshot(doc, today)))
}
