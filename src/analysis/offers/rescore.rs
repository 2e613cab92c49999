//! Scores remember what they were scored against: an offer scored under a north star since
//! rewritten is named for re-scoring.

use super::stick::name;
use crate::model::{Document, NorthStar, Offer};

/// A north star in words: "\"CPO\" by 2031", or "no role, by 2031".
fn star_words(role: &str, year: i32) -> String {
    if role.trim().is_empty() {
        format!("no role, by {year}")
    } else {
        format!("\"{}\" by {year}", role.trim())
    }
}

/// Why an offer needs re-scoring, when its scores were given under a north star other than
/// `star`; `None` when they match it, or when the offer does not record one.
pub fn rescore_line(offer: &Offer, star: &NorthStar) -> Option<String> {
    let under = offer.scored_under.as_ref()?;
    if !under.differs_from(star) {
        return None;
    }
    let when = under.date.map(|d| format!(" on {d}")).unwrap_or_default();
    Some(format!(
        "Re-score {}: it was scored{when} under the north star {}; it is now {}.",
        name(offer),
        star_words(&under.role, under.year),
        star_words(&star.target_role, star.target_year)
    ))
}

/// Every offer scored under a north star since rewritten, in the document's order, each
/// with why.
pub fn to_rescore(doc: &Document) -> Vec<String> {
    doc.offers
        .iter()
        .filter_map(|o| rescore_line(o, &doc.north_star))
        .collect()
}
