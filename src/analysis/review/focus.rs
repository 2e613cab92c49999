//! Whether a review's focus moved: each skill, metric and stone the focus was linked to, from
//! the snapshot the focus was set in to a later one (the next review's, or today's).

use chrono::NaiveDate;

use super::{in_order, number, snapshot, with_unit};
use crate::model::{CareerReview, Document, FocusItem, MetricDirection, Snapshot};

crate::model::labelled::labelled_enum! {
    /// Which way a focus item went over the period.
    #[derive(Default)]
    Moved {
        /// Toward its target, or done.
        Forward => "Moved",
        /// Where it was.
        #[default]
        Still => "Did not move",
        /// Away from its target, or undone.
        Back => "Went back",
        /// Not recorded at one end (a skill not scored yet, a metric added since): no verdict.
        NotKnown => "Not known",
    }
}

/// One focus item over the period, in a sentence with the numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct FocusLine {
    /// The item.
    pub item: FocusItem,
    /// Which way it went.
    pub moved: Moved,
    /// The sentence, led by the verdict: "Moved: Storytelling from 2 to 3 (target 4)."
    pub text: String,
}

/// The item's name as the document has it now, or that it was removed.
pub fn focus_name(doc: &Document, item: FocusItem) -> String {
    match item {
        FocusItem::Skill(id) => doc
            .get(id)
            .map_or_else(|| "a removed skill".to_owned(), |s| s.name.clone()),
        FocusItem::Metric(id) => doc
            .get(id)
            .map_or_else(|| "a removed metric".to_owned(), |m| m.name.clone()),
        FocusItem::Stone(id) => doc.get(id).map_or_else(
            || "a removed stepping stone".to_owned(),
            |s| format!("stepping stone '{}'", s.title),
        ),
    }
}

/// Forward, still or back, from the sign of a change that is good when positive.
fn by_sign(gain: f64) -> Moved {
    if gain > 1e-9 {
        Moved::Forward
    } else if gain < -1e-9 {
        Moved::Back
    } else {
        Moved::Still
    }
}

/// How each of `focus` moved from snapshot `from` to snapshot `to`, in the order given.
pub fn focus_progress(
    doc: &Document,
    focus: &[FocusItem],
    from: &Snapshot,
    to: &Snapshot,
) -> Vec<FocusLine> {
    focus
        .iter()
        .map(|&item| {
            let name = focus_name(doc, item);
            let (moved, text) = match item {
                FocusItem::Skill(id) => {
                    let mark = |s: &Snapshot| s.skills.iter().find(|m| m.skill == id).copied();
                    match (mark(from), mark(to)) {
                        (Some(a), Some(b)) => {
                            let moved = by_sign(f64::from(b.level) - f64::from(a.level));
                            let text = if a.level == b.level {
                                format!("{name} still at level {} (target {}).", b.level, b.target)
                            } else {
                                format!(
                                    "{name} from {} to {} (target {}).",
                                    a.level, b.level, b.target
                                )
                            };
                            (moved, text)
                        }
                        _ => (
                            Moved::NotKnown,
                            format!("{name} was not scored at both ends of the period."),
                        ),
                    }
                }
                FocusItem::Metric(id) => {
                    let mark = |s: &Snapshot| s.metrics.iter().find(|m| m.metric == id).copied();
                    let (unit, sign) = doc.get(id).map_or((String::new(), 1.0), |m| {
                        let sign = match m.direction {
                            MetricDirection::Up => 1.0,
                            MetricDirection::Down => -1.0,
                        };
                        (m.unit.clone(), sign)
                    });
                    match (mark(from), mark(to)) {
                        (Some(a), Some(b)) => {
                            let moved = by_sign((b.value - a.value) * sign);
                            let text = if moved == Moved::Still {
                                format!(
                                    "{name} still at {} (target {}).",
                                    with_unit(b.value, &unit),
                                    number(b.target)
                                )
                            } else {
                                format!(
                                    "{name} from {} to {} (target {}).",
                                    number(a.value),
                                    with_unit(b.value, &unit),
                                    number(b.target)
                                )
                            };
                            (moved, text)
                        }
                        _ => (
                            Moved::NotKnown,
                            format!("{name} was not recorded at both ends of the period."),
                        ),
                    }
                }
                FocusItem::Stone(id) => {
                    let done = |s: &Snapshot| s.stones_done.contains(&id);
                    match (done(from), done(to)) {
                        (false, true) => (Moved::Forward, format!("{name} done.")),
                        (true, true) => (Moved::Forward, format!("{name} was already done.")),
                        (false, false) => (Moved::Still, format!("{name} not done yet.")),
                        (true, false) => (Moved::Back, format!("{name} no longer done.")),
                    }
                }
            };
            let text = format!("{}: {text}", moved.label());
            FocusLine { item, moved, text }
        })
        .collect()
}

/// How many of `lines` moved forward, as a sentence: "2 of 3 focus items moved."
pub fn focus_summary(lines: &[FocusLine]) -> String {
    let forward = lines.iter().filter(|l| l.moved == Moved::Forward).count();
    let noun = if lines.len() == 1 { "item" } else { "items" };
    format!("{forward} of {} focus {noun} moved.", lines.len())
}

/// The focus set at the review before `review` (by date), measured to `review`'s snapshot:
/// whether last quarter's focus moved by the time of this review. None when there is no
/// review before it or its focus names nothing.
pub fn focus_since_previous<'d>(
    doc: &'d Document,
    review: &CareerReview,
) -> Option<(&'d CareerReview, Vec<FocusLine>)> {
    let order = in_order(doc);
    let at = order.iter().position(|r| r.id == review.id)?;
    let previous = *order.get(at.checked_sub(1)?)?;
    (!previous.focus_on.is_empty()).then(|| {
        let lines = focus_progress(
            doc,
            &previous.focus_on,
            &previous.snapshot,
            &review.snapshot,
        );
        (previous, lines)
    })
}

/// A review's focus measured to today: how the focus set then is going. None when its focus
/// names nothing.
pub fn focus_to_today(
    doc: &Document,
    review: &CareerReview,
    today: NaiveDate,
) -> Option<Vec<FocusLine>> {
    (!review.focus_on.is_empty()).then(|| {
        let now = snapshot(doc, today);
        focus_progress(doc, &review.focus_on, &review.snapshot, &now)
    })
}
