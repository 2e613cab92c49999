//! A win started where it happened: from a bet, linked to it and dated today; from a career
//! review, dated to the review and linked to what the quarter it closes was about (the focus
//! the review before it set). Nothing else is guessed: the skills and stones a bet builds are
//! not what every win from it proves.

use chrono::NaiveDate;

use crate::analysis::review::in_order;
use crate::model::{BetId, CareerReview, Document, Evidence, FocusItem, next_id};

/// A new entry saying `what`, with the next free id and nothing measured or linked.
pub fn new_entry(doc: &Document, what: &str, date: Option<NaiveDate>) -> Evidence {
    Evidence {
        id: next_id(doc.evidence.iter().map(|e| e.id)),
        date,
        what: what.trim().to_owned(),
        ..Evidence::default()
    }
}

/// A win that came from `bet`, dated `today`.
pub fn from_bet(doc: &Document, bet: BetId, what: &str, today: NaiveDate) -> Evidence {
    let mut entry = new_entry(doc, what, Some(today));
    if doc.bets.iter().any(|b| b.id == bet) {
        entry.bets.push(bet);
    }
    entry
}

/// The review before `review`, whose focus the quarter `review` closes was meant to move.
pub fn focus_set_before<'d>(doc: &'d Document, review: &CareerReview) -> Option<&'d CareerReview> {
    let order = in_order(doc);
    let at = order.iter().position(|r| r.id == review.id)?;
    order.get(at.checked_sub(1)?).copied()
}

/// A win recorded at `review`: dated to it, and linked to the skills, metrics and stones of
/// the focus set at the review before, those still in the spec.
pub fn from_review(doc: &Document, review: &CareerReview, what: &str) -> Evidence {
    let mut entry = new_entry(doc, what, review.date);
    let Some(before) = focus_set_before(doc, review) else {
        return entry;
    };
    for item in &before.focus_on {
        match *item {
            FocusItem::Skill(id) if doc.skills.iter().any(|s| s.id == id) => {
                entry.skills.push(id);
            }
            FocusItem::Metric(id) if doc.metrics.iter().any(|m| m.id == id) => {
                entry.metrics.push(id);
            }
            FocusItem::Stone(id) if doc.north_star.stones.iter().any(|s| s.id == id) => {
                entry.stones.push(id);
            }
            _ => {}
        }
    }
    entry
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CareerReviewId, SkillId, StoneId};
    use crate::testing::today;

    #[test]
    fn a_win_from_a_bet_is_linked_to_it_alone_and_dated_today() {
        let doc = crate::file::sample();
        let bet = &doc.bets[3];
        assert!(!bet.skills.is_empty(), "the bet builds skills");
        let win = from_bet(&doc, bet.id, "  Cut checkout to one page ", today());
        assert_eq!(win.bets, [bet.id]);
        assert_eq!(win.what, "Cut checkout to one page");
        assert_eq!(win.date, Some(today()));
        assert!(
            win.skills.is_empty() && win.stones.is_empty(),
            "not guessed"
        );
        assert_eq!(win.result, None);
        // A bet that is gone is not linked: a link to nothing would not pass `check`.
        assert!(from_bet(&doc, BetId(999), "x", today()).bets.is_empty());
    }

    #[test]
    fn a_win_from_a_review_takes_its_date_and_the_focus_set_before_it() {
        let mut doc = crate::file::sample();
        let order: Vec<CareerReviewId> = in_order(&doc).iter().map(|r| r.id).collect();
        let [first, second, ..] = order[..] else {
            panic!("the sample holds two reviews");
        };
        let at = |doc: &Document, id| {
            doc.reviews
                .iter()
                .find(|r| r.id == id)
                .expect("kept")
                .clone()
        };
        // The first review closes no quarter with a focus: dated, linked to nothing.
        let first_review = at(&doc, first);
        let win = from_review(&doc, &first_review, "Shipped");
        assert_eq!(win.date, first_review.date);
        assert!(win.skills.is_empty() && win.metrics.is_empty() && win.stones.is_empty());
        // The second closes the quarter the first's focus was set for; a link to a stone
        // removed since is left out.
        doc.reviews
            .iter_mut()
            .find(|r| r.id == first)
            .expect("kept")
            .focus_on = vec![
            FocusItem::Skill(SkillId(4)),
            FocusItem::Metric(doc.metrics[0].id),
            FocusItem::Stone(StoneId(99)),
        ];
        let second_review = at(&doc, second);
        let win = from_review(&doc, &second_review, "Shipped");
        assert_eq!(win.date, second_review.date);
        assert_eq!(win.skills, [SkillId(4)]);
        assert_eq!(win.metrics, [doc.metrics[0].id]);
        assert!(win.stones.is_empty());
        doc.evidence.push(win);
        assert!(crate::model::validate::validate(&doc).is_empty());
    }
}
