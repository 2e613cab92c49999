//! Weighted scores: each criterion's weight times the offer's score on it, and how far a
//! weight must move to flip the verdict.

use crate::model::{Criterion, CriterionId, Document, Offer};

/// An offer's score on a criterion, or `None` while the person has not scored it: a score
/// not given is not a middling one.
pub fn score_of(offer: &Offer, criterion: CriterionId) -> Option<u8> {
    offer
        .scores
        .iter()
        .find(|s| s.criterion == criterion)
        .and_then(|s| s.score)
}

/// The criteria that carry weight and that `offer` is not scored on yet: while any is left,
/// its weighted total is not known.
pub fn missing_scores<'d>(doc: &'d Document, offer: &Offer) -> Vec<&'d Criterion> {
    doc.criteria
        .iter()
        .filter(|c| c.weight > 0.0 && score_of(offer, c.id).is_none())
        .collect()
}

/// An offer's weighted score: the sum of weight × score over the criteria, or `None` while a
/// criterion that carries weight is not scored.
pub fn weighted_total(doc: &Document, offer: &Offer) -> Option<f64> {
    doc.criteria
        .iter()
        .filter(|c| c.weight > 0.0)
        .map(|c| score_of(offer, c.id).map(|s| c.weight * f64::from(s)))
        .sum::<Option<f64>>()
        // A sum of no criteria is -0.0, which would print as "-0".
        .map(|t| t + 0.0)
}

/// The best weighted score possible: every criterion scored 5.
pub fn weighted_max(doc: &Document) -> f64 {
    // Adding 0.0 turns the -0.0 a sum of no criteria gives into a plain 0.
    doc.criteria.iter().map(|c| c.weight * 5.0).sum::<f64>() + 0.0
}

/// One criterion, both offers.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The criterion.
    pub criterion: CriterionId,
    /// Its name.
    pub name: String,
    /// Its weight.
    pub weight: f64,
    /// The two scores, A then B; `None` where not scored yet.
    pub scores: [Option<u8>; 2],
    /// Weight × score, A then B; `None` where not scored yet.
    pub weighted: [Option<f64>; 2],
}

impl Row {
    /// How much more A gets than B on this criterion, weighted, once both are scored.
    pub fn difference(&self) -> Option<f64> {
        Some(self.weighted[0]? - self.weighted[1]?)
    }
}

/// A score for people: "4", or "not scored yet".
pub fn score_words(score: Option<u8>) -> String {
    score.map_or_else(|| NOT_SCORED.to_owned(), |s| s.to_string())
}

/// What the app shows for a value the person has not given yet.
pub const NOT_SCORED: &str = "not scored yet";

/// How far one weight must move to flip the verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct Flip {
    /// The criterion.
    pub criterion: CriterionId,
    /// Its name.
    pub name: String,
    /// Its weight now.
    pub weight: f64,
    /// The weight at which the two offers tie, if one strictly inside 0–10 does it: a tie
    /// reached only at a bound cannot be passed, so it flips nothing.
    pub ties_at: Option<f64>,
}

impl Flip {
    /// What this weight would have to do to flip the verdict, in words.
    pub fn advice(&self) -> String {
        match self.ties_at {
            Some(at) if at > self.weight => format!(
                "{}: raise its weight above {} (now {}) and the verdict flips.",
                self.name,
                one_decimal(at),
                one_decimal(self.weight)
            ),
            Some(at) => format!(
                "{}: lower its weight below {} (now {}) and the verdict flips.",
                self.name,
                one_decimal(at),
                one_decimal(self.weight)
            ),
            None => format!("{}: no weight from 0 to 10 flips it.", self.name),
        }
    }
}

/// A number to one decimal, without a trailing ".0": 1.5, 2, 28.
pub fn one_decimal(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    // Rounding can leave -0.0, which reads as a sign that means nothing.
    let r = if r == 0.0 { 0.0 } else { r };
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r:.1}")
    }
}

/// Weighted points for people: "1 point", "2.5 points", "28 points".
pub fn points(x: f64) -> String {
    let text = one_decimal(x);
    if text == "1" {
        "1 point".to_owned()
    } else {
        format!("{text} points")
    }
}
