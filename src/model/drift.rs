//! The drift checklist: its questions and its dated runs.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{DriftItemId, OfferId, ReviewId};

labelled_enum! {
    /// An answer on the drift checklist.
    Answer {
        /// Yes.
        Yes => "Yes",
        /// No.
        No => "No",
        /// Not sure.
        NotSure => "Not sure",
    }
}

/// The drift checklist and its history.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Drift {
    /// The questions asked.
    pub items: Vec<DriftItem>,
    /// Every dated run of the checklist.
    pub reviews: Vec<DriftReview>,
}

/// One question of the drift checklist.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DriftItem {
    /// Its id.
    pub id: DriftItemId,
    /// The question.
    pub question: String,
    /// Why it matters, shown beside the question.
    pub hint: String,
    /// The answer that signals drift.
    pub risky_answer: Answer,
}

impl Default for DriftItem {
    fn default() -> Self {
        Self {
            id: DriftItemId::default(),
            question: String::new(),
            hint: String::new(),
            risky_answer: Answer::Yes,
        }
    }
}

impl DriftItem {
    /// The default checklist: the pitfalls that let a career drift, as questions.
    pub fn defaults() -> Vec<Self> {
        [
            (
                "Am I considering this mainly because it was offered to me?",
                "Saying yes to whatever arrives is how careers drift.",
                Answer::Yes,
            ),
            (
                "Does it bring me closer to my 5-year north star?",
                "Hold every move against the destination, not against today.",
                Answer::No,
            ),
            (
                "Would I go looking for this if nobody had offered it?",
                "If not, the offer is doing the choosing.",
                Answer::No,
            ),
            (
                "Am I treating a recent setback as a catastrophe rather than as feedback?",
                "Setbacks are data to iterate on; fear of them makes choices small.",
                Answer::Yes,
            ),
            (
                "On a new bet, am I asking for a big team and attention before it has traction?",
                "Early limelight brings scrutiny and pruning; build quietly until it works.",
                Answer::Yes,
            ),
            (
                "Is my home life out of balance, or would this tip it?",
                "A career plan that swallows home life does not last.",
                Answer::Yes,
            ),
        ]
        .into_iter()
        .zip(1..)
        .map(|((question, hint, risky_answer), id)| Self {
            id: DriftItemId(id),
            question: question.to_owned(),
            hint: hint.to_owned(),
            risky_answer,
        })
        .collect()
    }
}

/// One dated run of the drift checklist, on an offer or as a periodic self-review.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DriftReview {
    /// Its id.
    pub id: ReviewId,
    /// When it was run.
    pub date: Option<NaiveDate>,
    /// The offer it was run on; none for a periodic self-review.
    pub offer: Option<OfferId>,
    /// The answers given.
    pub answers: Vec<DriftAnswer>,
    /// A closing note.
    pub note: String,
}

/// The answer to one checklist question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DriftAnswer {
    /// The question answered.
    pub item: DriftItemId,
    /// The answer.
    pub answer: Answer,
    /// Why.
    pub note: String,
}

impl Default for DriftAnswer {
    fn default() -> Self {
        Self {
            item: DriftItemId::default(),
            answer: Answer::NotSure,
            note: String::new(),
        }
    }
}
