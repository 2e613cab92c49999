//! The 30/60/90 plan for landing in a new role.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::LandingItemId;

labelled_enum! {
    /// The three steps of landing in a new role.
    LandingPhase {
        /// Days 1–30: a listening tour.
        ListenAndLearn => "Listen and learn",
        /// Days 31–60: a vision, and agreement on the problems.
        Align => "Align",
        /// Days 61–90: quick wins.
        Execute => "Execute",
    }
}

/// The 30/60/90 plan for a new role.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LandingPlan {
    /// The role being landed.
    pub role: String,
    /// Its first day.
    pub start: Option<NaiveDate>,
    /// The plan's items.
    pub items: Vec<LandingItem>,
}

/// One item of the landing plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LandingItem {
    /// Its id.
    pub id: LandingItemId,
    /// The phase it belongs to.
    pub phase: LandingPhase,
    /// What to do.
    pub title: String,
    /// Whether it is done.
    pub done: bool,
}

impl Default for LandingItem {
    fn default() -> Self {
        Self {
            id: LandingItemId::default(),
            phase: LandingPhase::ListenAndLearn,
            title: String::new(),
            done: false,
        }
    }
}
