//! Typed ids for every item a document holds, so that a bet id can never stand in for an
//! offer id, and egui ids can be made from them instead of from labels.

use serde::{Deserialize, Serialize};

macro_rules! typed_id {
    ($($(#[$meta:meta])* $name:ident),* $(,)?) => {$(
        $(#[$meta])*
        #[derive(
            Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub u64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }

        impl Id for $name {
            fn raw(self) -> u64 {
                self.0
            }
            fn from_raw(raw: u64) -> Self {
                Self(raw)
            }
        }
    )*};
}

/// What every typed id can do: give its number and be made from one.
pub trait Id: Copy + Eq + std::hash::Hash + std::fmt::Debug {
    /// The number stored in the file.
    fn raw(self) -> u64;
    /// Makes the id from its stored number.
    fn from_raw(raw: u64) -> Self;
}

typed_id! {
    /// A stepping stone on the way to the north star.
    StoneId,
    /// A skill in the skills matrix.
    SkillId,
    /// A bet in the career portfolio.
    BetId,
    /// An offer or opportunity.
    OfferId,
    /// A criterion offers are scored on.
    CriterionId,
    /// An item of the drift checklist.
    DriftItemId,
    /// A dated run of the drift checklist.
    ReviewId,
    /// A dated ceilings self-assessment.
    AssessmentId,
    /// An item of the 30/60/90 landing plan.
    LandingItemId,
    /// An entry of the voice log.
    VoiceEntryId,
    /// An explanation counted for "write what you repeat".
    ExplanationId,
    /// A career metric with a target.
    MetricId,
    /// A career review in the review history.
    CareerReviewId,
}

/// The next free id after the ones given: one more than the largest.
pub fn next_id<I: Id>(existing: impl IntoIterator<Item = I>) -> I {
    I::from_raw(existing.into_iter().map(Id::raw).max().map_or(1, |m| m + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_id_is_one_past_the_largest() {
        assert_eq!(next_id::<BetId>([]), BetId(1));
        assert_eq!(next_id([BetId(3), BetId(9), BetId(2)]), BetId(10));
    }
}
