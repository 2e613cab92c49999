//! The six ceilings and the dated self-assessments of them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::AssessmentId;

labelled_enum! {
    /// The six ceilings that stall careers.
    Ceiling {
        /// No time to think beyond the day job.
        Bandwidth => "Bandwidth",
        /// No connections beyond one's own bubble.
        Network => "Network",
        /// No guidance.
        Mentorship => "Mentorship",
        /// No room to grow new skills.
        Learning => "Learning",
        /// No way to tell one's story.
        Storytelling => "Storytelling",
        /// No view of the options.
        Opportunity => "Opportunity",
    }
}

/// A dated self-assessment of the ceilings.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CeilingAssessment {
    /// Its id.
    pub id: AssessmentId,
    /// When it was made.
    pub date: Option<NaiveDate>,
    /// One score per ceiling.
    pub scores: Vec<CeilingScore>,
}

/// How clear of one ceiling the person is: 1 (pressed hard against it) to 5 (far from it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CeilingScore {
    /// The ceiling.
    pub ceiling: Ceiling,
    /// The score, 1 to 5, or `None` while not scored yet (a note may come first). Left out of
    /// the file while unset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<u8>,
    /// What points to it.
    pub note: String,
}

impl Default for CeilingScore {
    fn default() -> Self {
        Self {
            ceiling: Ceiling::Bandwidth,
            score: None,
            note: String::new(),
        }
    }
}
