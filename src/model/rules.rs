//! The thresholds the app reasons with.

use serde::{Deserialize, Serialize};

/// The thresholds the app reasons with. Part of the document, so a person can see and change
/// them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Rules {
    /// Years into a career before big swings make sense.
    pub established_after_years: f64,
    /// Big swings started before then that count as too many.
    pub max_early_swings: u32,
    /// Fewest years between big swings.
    pub swing_cadence_min_years: f64,
    /// Most years between big swings before one is due.
    pub swing_cadence_max_years: f64,
    /// Years in the same phase (learning or impact) before it is time to alternate.
    pub max_same_phase_years: f64,
    /// The share of big swings expected to succeed.
    pub swing_success_rate: f64,
    /// Shortest tour of duty, in months.
    pub tour_min_months: u32,
    /// Longest tour of duty, in months.
    pub tour_max_months: u32,
    /// Days in each step of a landing plan.
    pub landing_phase_days: u32,
    /// Times an explanation is given before it should be written down.
    pub repeat_threshold: u32,
    /// Share of checklist answers that signal drift (not sure counts half) from which the
    /// risk is medium.
    pub drift_medium_share: f64,
    /// Share from which the drift risk is high.
    pub drift_high_share: f64,
    /// Days between periodic drift self-reviews.
    pub self_review_days: u32,
    /// Fewest answered questions before a run of the drift checklist says anything: below
    /// it the run counts as not run yet.
    pub drift_min_answers: u32,
    /// Days between career reviews (91 is a quarter).
    pub review_days: u32,
    /// How far a metric may sit from its path, as a share of the whole way from its first
    /// value to its target, and still count as on track.
    pub metric_on_track_share: f64,
    /// The defaults the money side of offers falls back on.
    pub money: super::MoneyRules,
    /// The thresholds for keeping in touch and for a narrow network.
    pub people: super::PeopleRules,
    /// The thresholds for what the evidence says.
    pub evidence: super::EvidenceRules,
}

impl Default for Rules {
    fn default() -> Self {
        Self {
            established_after_years: 4.0,
            max_early_swings: 1,
            swing_cadence_min_years: 2.0,
            swing_cadence_max_years: 3.0,
            max_same_phase_years: 4.0,
            swing_success_rate: 0.5,
            tour_min_months: 12,
            tour_max_months: 18,
            landing_phase_days: 30,
            repeat_threshold: 2,
            drift_medium_share: 0.25,
            drift_high_share: 0.5,
            self_review_days: 90,
            drift_min_answers: 3,
            review_days: 91,
            metric_on_track_share: 0.1,
            money: super::MoneyRules::default(),
            people: super::PeopleRules::default(),
            evidence: super::EvidenceRules::default(),
        }
    }
}
