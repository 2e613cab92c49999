//! The Network and Mentorship ceilings as the people data reads them: a score suggested
//! beside the person's own, with each step down named, never written over theirs.

use chrono::NaiveDate;

use super::network::{Need, coverage, narrowness};
use super::{Topic, mentorship, open_promises};
use crate::model::{Ceiling, Document, Relation};

/// A ceiling's score as the people data reads it, with a reason for every step down.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggested {
    /// 1 (pressed against it) to 5 (far from it).
    pub score: u8,
    /// Each step from 5, with the entries it comes from; a score of 5 says what was checked.
    pub reasons: Vec<String>,
}

/// The score the people data suggests for the Network or Mentorship ceiling: 5 less one for
/// each thing it finds against it. `None` for the other ceilings and while no one is kept
/// (no people is no evidence, not a low score).
pub fn suggested_score(doc: &Document, today: NaiveDate, ceiling: Ceiling) -> Option<Suggested> {
    if doc.people.is_empty() {
        return None;
    }
    let mut steps: Vec<(u8, String)> = Vec::new();
    match ceiling {
        Ceiling::Network => {
            for side in narrowness(doc, today).iter().filter(|n| n.one_sided) {
                steps.push((
                    1,
                    format!(
                        "One-sided by {}: {} of {} share yours.",
                        side.side.label(),
                        side.same,
                        side.known
                    ),
                ));
            }
            let covered = coverage(doc, today);
            let uncovered = |stone: bool| {
                covered
                    .iter()
                    .filter(|c| c.who.is_empty() && matches!(c.need, Need::Stone(_)) == stone)
                    .map(|c| c.name.as_str())
                    .collect::<Vec<_>>()
            };
            let skills = uncovered(false);
            if !skills.is_empty() {
                steps.push((
                    1,
                    format!("No one you know is linked to {}.", skills.join(", ")),
                ));
            }
            if let Some(stone) = uncovered(true).first() {
                steps.push((1, format!("No one you know has done \"{stone}\".")));
            }
        }
        Ceiling::Mentorship => {
            // Having no one to ask weighs more than not having asked lately.
            for finding in mentorship(doc, today).into_iter().filter(|f| f.caution) {
                let weight = if finding.topic == Topic::NoGuide {
                    2
                } else {
                    1
                };
                steps.push((weight, finding.title));
            }
            let guides = |id| {
                doc.person(id).is_some_and(|p| {
                    matches!(p.relation, Some(Relation::Mentor | Relation::Sponsor))
                })
            };
            if let Some(open) = open_promises(doc).into_iter().find(|o| guides(o.person)) {
                steps.push((
                    1,
                    format!(
                        "A promise to a mentor is still open: {}.",
                        open.sentence(doc)
                    ),
                ));
            }
        }
        _ => return None,
    }
    let down: u8 = steps.iter().map(|(n, _)| *n).sum();
    let score = 5u8.saturating_sub(down).max(1);
    let reasons = if steps.is_empty() {
        vec![match ceiling {
            Ceiling::Network => "Nothing found against it: no side is one-sided, and someone \
                                 you know covers each need of the north star."
                .to_owned(),
            _ => "Nothing found against it: a mentor or sponsor touched recently, someone you \
                  mentor, no promise to a mentor left open."
                .to_owned(),
        }]
    } else {
        steps
            .into_iter()
            .map(|(n, why)| format!("−{n}: {why}"))
            .collect()
    };
    Some(Suggested { score, reasons })
}
