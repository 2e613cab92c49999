//! Contradictions named as questions: where two things the person said about an offer
//! cannot both hold, the app asks which does instead of choosing for them.

use super::scores::score_of;
use super::stick::name;
use crate::analysis::drift::history;
use crate::model::{Answer, CriterionTag, Direction, Document, DriftItem, Offer};

/// The checklist question that asks whether a move brings the person closer to the north
/// star: one that speaks of the north star and of coming closer, and whose risky answer is
/// No. The checklist is the person's to rewrite; a question reworded away from that asks
/// something else, and is not read as this one.
pub fn closer_question(doc: &Document) -> Option<&DriftItem> {
    doc.drift.items.iter().find(|item| {
        let q = item.question.to_lowercase();
        item.risky_answer == Answer::No
            && (q.contains("north star") || q.contains("north-star"))
            && q.contains("closer")
    })
}

/// The questions two of the person's own answers about `offer` raise, each once: "No" to
/// "does it bring me closer?" on the checklist while the offer is marked closer; north-star
/// fit scored 5 while it serves no stepping stone and builds no skill.
pub fn questions(doc: &Document, offer: &Offer) -> Vec<String> {
    let mut out = Vec::new();
    // The newest run on the offer that answers the question says what the person thinks now.
    if offer.direction == Some(Direction::Closer)
        && let Some(item) = closer_question(doc)
        && let Some((run, answer)) = history(doc)
            .into_iter()
            .filter(|r| r.offer == Some(offer.id))
            .find_map(|r| r.answers.iter().find(|a| a.item == item.id).map(|a| (r, a)))
        && answer.answer == Answer::No
    {
        let on = run.date.map(|d| format!(" on {d}")).unwrap_or_default();
        out.push(format!(
            "You answered No to \"{}\" about {}{on}, yet marked it closer to the north star: which holds?",
            item.question.trim(),
            name(offer)
        ));
    }
    let fit = doc
        .criteria
        .iter()
        .find(|c| c.tag == CriterionTag::NorthStarFit)
        .and_then(|c| Some((c, score_of(offer, c.id)?)));
    let serves_nothing = !offer.stones.iter().any(|id| doc.get(*id).is_some())
        && !offer.skills.iter().any(|id| doc.get(*id).is_some());
    if let Some((criterion, 5)) = fit
        && serves_nothing
    {
        out.push(format!(
            "{} scores 5 of 5 on {}, yet serves no stepping stone and builds no skill: what does it bring you closer to?",
            name(offer),
            criterion.name
        ));
    }
    out
}
