//! The product-marketing log: the work made visible, and what was explained out loud.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{ExplanationId, VoiceEntryId};

labelled_enum! {
    /// What kind of thing was made visible.
    VoiceKind {
        /// An update sent to the manager.
        Update => "Update to manager",
        /// A summary of what was learned.
        LearningSummary => "Learning summary",
        /// A post or doc inside the company.
        InternalPost => "Internal post",
        /// A post outside the company.
        ExternalPost => "External post",
        /// A talk.
        Talk => "Talk",
        /// Someone mentored.
        Mentoring => "Mentoring",
    }
}

/// The product-marketing log: making one's work visible.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Voice {
    /// Who the cadence was promised to.
    pub manager: String,
    /// The promise: one update every this many days (30 is one a month); 0 for none.
    pub cadence_days: u32,
    /// What was made visible.
    pub entries: Vec<VoiceEntry>,
    /// Explanations given, counted, for "write what you repeat".
    pub explanations: Vec<Explanation>,
}

impl Default for Voice {
    fn default() -> Self {
        Self {
            manager: String::new(),
            cadence_days: 30,
            entries: Vec::new(),
            explanations: Vec::new(),
        }
    }
}

/// One thing made visible.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct VoiceEntry {
    /// Its id.
    pub id: VoiceEntryId,
    /// When.
    pub date: Option<NaiveDate>,
    /// What kind.
    pub kind: VoiceKind,
    /// Its title.
    pub title: String,
    /// Where it can be read.
    pub link: String,
    /// The skill or metric it speaks to.
    pub speaks_to: String,
}

impl Default for VoiceEntry {
    fn default() -> Self {
        Self {
            id: VoiceEntryId::default(),
            date: None,
            kind: VoiceKind::Update,
            title: String::new(),
            link: String::new(),
            speaks_to: String::new(),
        }
    }
}

/// Something explained out loud, counted: explained twice, it should be written down.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Explanation {
    /// Its id.
    pub id: ExplanationId,
    /// What was explained.
    pub topic: String,
    /// How many times.
    pub count: u32,
    /// The log entry it became, once written down.
    pub written: Option<VoiceEntryId>,
}
