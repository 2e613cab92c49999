//! Evidence of impact: dated wins with what was measured, at what scale, who saw them, and
//! the skills, stepping stones, bets and metrics each one bears on.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{BetId, EvidenceId, MetricId, PersonId, SkillId, StoneId};

/// The most characters "what happened" holds: a paragraph, the length of a good win.
pub const WHAT_CHARS: usize = 2000;
/// The most characters a unit ("% conversion") or what a scale counts ("users") holds.
pub const UNIT_CHARS: usize = 60;
/// The most characters "who else saw it" holds.
pub const AUDIENCE_CHARS: usize = 200;
/// The largest measured number, either way, and the largest scale: a quadrillion, past any
/// revenue or count of people, and a number every output still writes out in full.
pub const MEASURE_MAX: f64 = 1e15;

/// One piece of evidence: something that happened and what it changed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Evidence {
    /// Its id.
    pub id: EvidenceId,
    /// When it happened; `None` while not given, and then it counts for no recency and no
    /// month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// What happened, in the person's words.
    pub what: String,
    /// The measured result after; `None` while nothing was measured (never read as 0).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<f64>,
    /// The same measure before, where there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<f64>,
    /// The unit of the result and of `before` ("% conversion", "ms"); may be empty.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// How many it reached; `None` while not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scale: Option<f64>,
    /// What the scale counts ("users", "people", "€ revenue"); may be empty.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub scale_of: String,
    /// The people who saw it, who can vouch for it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub seen_by: Vec<PersonId>,
    /// Who else saw it, in words ("the leadership offsite").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub audience: String,
    /// The skills it proves.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<SkillId>,
    /// The stepping stones it advances.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub stones: Vec<StoneId>,
    /// The bets it came from.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub bets: Vec<BetId>,
    /// The career metrics it moves.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub metrics: Vec<MetricId>,
}

/// The thresholds the evidence side reasons with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EvidenceRules {
    /// The level (1–5) from which a skill scored with no evidence is named as unproven.
    /// Default 4: "strong" on the matrix's scale, the level a calibration asks proof of.
    pub proven_from_level: u8,
    /// Days without any evidence recorded from which the stretch is named. Default 91: a
    /// quarter, the span of a career review, by which a year is rebuilt from memory.
    pub quiet_days: u32,
}

impl Default for EvidenceRules {
    fn default() -> Self {
        Self {
            proven_from_level: 4,
            quiet_days: 91,
        }
    }
}
