//! Learning and impact phases, and when a run of one has gone on long enough to alternate.

use super::{Insight, Severity, year_label, years};
use crate::model::{Bet, Document, Phase};

/// A run of consecutive bets in the same phase: (phase, from, to, titles). A bet whose phase is
/// not set yet makes a run of its own (`None`): what it was is not known, so it neither
/// lengthens nor joins the runs on either side of it.
type Run<'a> = (Option<Phase>, f64, f64, Vec<&'a str>);

/// Runs of consecutive bets in the same phase, in time order.
pub(super) fn phase_runs(doc: &Document, now: f64) -> Vec<Run<'_>> {
    let mut bets: Vec<&Bet> = doc.bets.iter().filter(|b| b.start <= now).collect();
    bets.sort_by(|a, b| a.start.total_cmp(&b.start));
    let mut runs: Vec<Run<'_>> = Vec::new();
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
/// allow and still going; silent while the latest bet's phase is not set.
pub fn alternation(doc: &Document, now: f64) -> Option<Insight> {
    let limit = doc.rules.max_same_phase_years;
    let (phase, from, to, titles) = phase_runs(doc, now).into_iter().last()?;
    let phase = phase?;
    let length = to - from;
    if length <= limit || to < now - 0.5 {
        return None;
    }
    let other = match phase {
        Phase::Impact => "a learning role: one you are new to",
        Phase::Learning => "an impact role: work you already know well",
    };
    Some(Insight::new(
        "alternation",
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
