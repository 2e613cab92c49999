//! Career metrics with targets, and the review history: dated snapshots of the measurable
//! state with the person's answers. Snapshots keep ids and numbers only, so that years of
//! quarterly reviews keep the file small.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ceilings::Ceiling;
use super::portfolio::BetStatus;
use super::{BetId, CareerReviewId, MetricId, SkillId, StoneId};

labelled_enum! {
    /// Which way a metric should move.
    MetricDirection {
        /// More is better ("team size led").
        Up => "Higher is better",
        /// Less is better ("hours of meetings a week").
        Down => "Lower is better",
    }
}

/// A number the person tracks on the way to the north star, with a target by its year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Metric {
    /// Its id.
    pub id: MetricId,
    /// What is measured, e.g. "Team size led".
    pub name: String,
    /// The unit shown after the numbers, e.g. "people"; may be empty.
    pub unit: String,
    /// Which way is better.
    pub direction: MetricDirection,
    /// The value now.
    pub value: f64,
    /// The value wanted by the north-star year.
    pub target: f64,
    /// The value when tracking began: the path to the target starts here.
    pub first_value: f64,
    /// When tracking began; none while unknown, and then no path can be drawn.
    pub first_date: Option<NaiveDate>,
}

impl Default for Metric {
    fn default() -> Self {
        Self {
            id: MetricId::default(),
            name: String::new(),
            unit: String::new(),
            direction: MetricDirection::Up,
            value: 0.0,
            target: 0.0,
            first_value: 0.0,
            first_date: None,
        }
    }
}

labelled_enum! {
    /// The drift risk recorded in a snapshot, from the latest periodic self-review.
    #[derive(Default)]
    RiskLevel {
        /// No self-review with enough answers: not known, never read as low.
        #[default]
        NotKnown => "not known",
        /// Low.
        Low => "low",
        /// Medium.
        Medium => "medium",
        /// High.
        High => "high",
    }
}

/// A skill's level and target at a review.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SkillMark {
    /// The skill.
    pub skill: SkillId,
    /// Its level then.
    pub level: u8,
    /// Its target then.
    pub target: u8,
}

/// A metric's value and target at a review.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MetricMark {
    /// The metric.
    pub metric: MetricId,
    /// Its value then.
    pub value: f64,
    /// Its target then.
    pub target: f64,
}

/// A bet's status at a review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BetMark {
    /// The bet.
    pub bet: BetId,
    /// Its status then.
    pub status: BetStatus,
}

impl Default for BetMark {
    fn default() -> Self {
        Self {
            bet: BetId::default(),
            status: BetStatus::Planned,
        }
    }
}

/// A ceiling's score in the latest assessment at a review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CeilingMark {
    /// The ceiling.
    pub ceiling: Ceiling,
    /// Its score then, 1 to 5.
    pub score: u8,
}

impl Default for CeilingMark {
    fn default() -> Self {
        Self {
            ceiling: Ceiling::Bandwidth,
            score: 3,
        }
    }
}

/// The measurable state of the career on one day.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Snapshot {
    /// The north star's target role then.
    pub target_role: String,
    /// The north star's target year then.
    pub target_year: i32,
    /// Every skill's level and target.
    pub skills: Vec<SkillMark>,
    /// Every metric's value and target.
    pub metrics: Vec<MetricMark>,
    /// The stepping stones done.
    pub stones_done: Vec<StoneId>,
    /// Every bet's status.
    pub bets: Vec<BetMark>,
    /// The latest ceilings assessment's scores.
    pub ceilings: Vec<CeilingMark>,
    /// Updates to the manager sent since the previous review.
    pub updates_sent: u32,
    /// Updates promised over the same days, by the voice cadence.
    pub updates_promised: u32,
    /// The drift risk of the latest periodic self-review.
    pub drift: RiskLevel,
}

/// Something the focus for the next quarter is about, so the next review can tell whether it
/// moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FocusItem {
    /// A skill to raise.
    Skill(SkillId),
    /// A career metric to move.
    Metric(MetricId),
    /// A stepping stone to get done.
    Stone(StoneId),
}

/// One career review: a dated snapshot and the person's three answers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CareerReview {
    /// Its id.
    pub id: CareerReviewId,
    /// When it was held.
    pub date: Option<NaiveDate>,
    /// The state of things that day.
    pub snapshot: Snapshot,
    /// What went well since the previous review.
    pub went_well: String,
    /// Where the career drifted.
    pub drifted: String,
    /// The focus for the next quarter.
    pub focus: String,
    /// What the focus is about: the skills, metrics and stones it means to move. Links to an
    /// item removed since are kept, as the snapshots keep its numbers.
    pub focus_on: Vec<FocusItem>,
}
