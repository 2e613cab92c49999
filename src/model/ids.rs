//! What typed ids share. Each list's own id type is declared with its list in `items`, so
//! that a bet id can never stand in for an offer id, and egui ids can be made from them
//! instead of from labels.

/// What every typed id can do: give its number and be made from one.
pub trait Id: Copy + Eq + std::hash::Hash + std::fmt::Debug {
    /// The number stored in the file.
    fn raw(self) -> u64;
    /// Makes the id from its stored number.
    fn from_raw(raw: u64) -> Self;
}

/// The next free id after the ones given: one more than the largest.
pub fn next_id<I: Id>(existing: impl IntoIterator<Item = I>) -> I {
    I::from_raw(existing.into_iter().map(Id::raw).max().map_or(1, |m| m + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BetId;

    #[test]
    fn next_id_is_one_past_the_largest() {
        assert_eq!(next_id::<BetId>([]), BetId(1));
        assert_eq!(next_id([BetId(3), BetId(9), BetId(2)]), BetId(10));
    }
}
