//! Each career metric against its straight path to the target, and numbers over time.

use chrono::NaiveDate;

use super::{in_order, number, with_unit};
use crate::model::{Document, Metric, MetricDirection, Skill, Snapshot, year_fraction};

crate::model::labelled::labelled_enum! {
    /// Where a metric stands against its path.
    Track {
        /// No start date: no path to hold it against.
        NotKnown => "Not known",
        /// Within the rules' margin of the path.
        OnTrack => "On track",
        /// Better than the path by more than the margin.
        Ahead => "Ahead",
        /// Worse than the path by more than the margin.
        Behind => "Behind",
    }
}

/// A metric held against its path, with the numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    /// On track, ahead, behind, or not known.
    pub track: Track,
    /// Where the path says the metric should be today; none without a path.
    pub expected: Option<f64>,
    /// The sentence that says it, with the numbers.
    pub text: String,
}

/// Where the path says a metric should be at fractional year `at`: a straight line from its
/// first value on its first date to its target at the start of the north-star year, working
/// backward from the target as the stepping stones do. None without a first date.
pub fn path_value(metric: &Metric, target_year: i32, at: f64) -> Option<f64> {
    let start = year_fraction(metric.first_date?);
    let end = f64::from(target_year);
    if end <= start {
        return Some(metric.target);
    }
    let share = ((at - start) / (end - start)).clamp(0.0, 1.0);
    Some(metric.first_value + (metric.target - metric.first_value) * share)
}

/// The two ends of a metric's path as (fractional year, value): its first value on its first
/// date and its target at the start of the north-star year. None without a first date, once
/// that year has passed (the goal is gone), or when tracking began after it: a path with no
/// length would be drawn as a wall.
pub fn path_ends(doc: &Document, metric: &Metric, today: NaiveDate) -> Option<[[f64; 2]; 2]> {
    let start = year_fraction(metric.first_date?);
    let end = f64::from(doc.north_star.target_year);
    (!goal_year_passed(doc, today) && end > start)
        .then_some([[start, metric.first_value], [end, metric.target]])
}

/// Whether the north star's year has passed, so that no path runs to it any more.
fn goal_year_passed(doc: &Document, today: NaiveDate) -> bool {
    crate::analysis::goal::gone_goal(doc, today).is_some_and(|g| g.past.is_some())
}

/// A number at each dated review that recorded it, then its value today, as (fractional year,
/// value), oldest first: what a chart of it over time draws.
fn over_time(
    doc: &Document,
    pick: impl Fn(&Snapshot) -> Option<f64>,
    now: Option<f64>,
    today: NaiveDate,
) -> Vec<[f64; 2]> {
    in_order(doc)
        .into_iter()
        .filter_map(|r| Some([year_fraction(r.date?), pick(&r.snapshot)?]))
        // Today's point only where there is a value today: an unscored skill has none.
        .chain(now.map(|now| [year_fraction(today), now]))
        .collect()
}

/// A metric's value at each dated review that recorded it, then today.
pub fn metric_over_time(doc: &Document, metric: &Metric, today: NaiveDate) -> Vec<[f64; 2]> {
    let pick = |s: &Snapshot| {
        s.metrics
            .iter()
            .find(|m| m.metric == metric.id)
            .map(|m| m.value)
    };
    over_time(doc, pick, Some(metric.value), today)
}

/// A skill's level at each dated review that recorded it, then today.
pub fn skill_over_time(doc: &Document, skill: &Skill, today: NaiveDate) -> Vec<[f64; 2]> {
    let pick = |s: &Snapshot| {
        s.skills
            .iter()
            .find(|m| m.skill == skill.id)
            .map(|m| f64::from(m.level))
    };
    over_time(doc, pick, skill.level.map(f64::from), today)
}

/// Whether a metric is on track, ahead or behind its path today, by the document's rules.
pub fn progress(doc: &Document, metric: &Metric, today: NaiveDate) -> Progress {
    let year = doc.north_star.target_year;
    let goal = format!("{} by {year}", with_unit(metric.target, &metric.unit));
    if goal_year_passed(doc, today) {
        // A path that ended years ago says nothing of today: no one is behind a goal gone.
        return Progress {
            track: Track::NotKnown,
            expected: None,
            text: format!(
                "Not known: its path ran to {goal}, and that year has passed. Move the north \
                 star's year (Spec panel) to draw a new one. Now {}.",
                with_unit(metric.value, &metric.unit)
            ),
        };
    }
    let Some(expected) = path_value(metric, year, year_fraction(today)) else {
        return Progress {
            track: Track::NotKnown,
            expected: None,
            text: format!(
                "Not known: set when tracking began to draw the path to {goal}. Now {}.",
                with_unit(metric.value, &metric.unit)
            ),
        };
    };
    let margin = (metric.target - metric.first_value).abs() * doc.rules.metric_on_track_share;
    let sign = match metric.direction {
        MetricDirection::Up => 1.0,
        MetricDirection::Down => -1.0,
    };
    let lead = (metric.value - expected) * sign;
    let track = if lead > margin + 1e-9 {
        Track::Ahead
    } else if lead < -margin - 1e-9 {
        Track::Behind
    } else {
        Track::OnTrack
    };
    let text = format!(
        "{}: {} where the path says {} today, on the way to {goal}.",
        track.label(),
        with_unit(metric.value, &metric.unit),
        number(expected)
    );
    Progress {
        track,
        expected: Some(expected),
        text,
    }
}
