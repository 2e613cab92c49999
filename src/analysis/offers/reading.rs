//! The app's own reading of an offer against the north star, derived from the stepping stones,
//! the skills and the type of work, beside the person's call.

use super::scores::score_of;
use crate::model::{CriterionTag, Direction, Document, MaybeLabelled, Offer, Phase, WorkType};

/// The measuring stick in words: "closer to the north star", "further from the north star".
pub fn toward(direction: Direction) -> &'static str {
    match direction {
        Direction::Closer => "closer to the north star",
        Direction::Sideways => "sideways to the north star",
        Direction::Further => "further from the north star",
    }
}

/// The app's own reading of an offer against the north star, derived from the document.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    /// What the document says; none when it holds nothing to judge by.
    pub direction: Option<Direction>,
    /// The evidence, one line each.
    pub reasons: Vec<String>,
    /// Where the person's call or north-star-fit score and the reading disagree, in words.
    pub disagreements: Vec<String>,
    /// How much evidence the reading rests on; none without a reading.
    pub strength: Option<Strength>,
    /// Open stepping stones it serves.
    pub stones_served: usize,
    /// Levels short of target, summed over the scored skills it builds that still fall short.
    pub levels_short: u32,
    /// Open stepping stones among the next two that ask for its type of work.
    pub work_fits: usize,
}

crate::model::labelled::labelled_enum! {
    /// How much evidence a reading rests on.
    Strength {
        /// One piece of evidence, or only the absence of any.
        Weak => "weak",
        /// Two pieces.
        Moderate => "moderate",
        /// Three or more.
        Strong => "strong",
    }
}

impl Reading {
    /// The reading in words with its strength: "closer to the north star (strong evidence)".
    pub fn words(&self) -> Option<String> {
        let read = self.direction?;
        Some(match self.strength {
            Some(s) => format!("{} ({} evidence)", toward(read), s.label()),
            None => toward(read).to_owned(),
        })
    }
}

/// Words in a stepping stone's title that ask for a type of work.
fn asks_for(work: WorkType) -> &'static [&'static str] {
    match work {
        WorkType::ZeroToOne => &[
            "zero-to-one",
            "zero to one",
            "0-1",
            "new product",
            "from idea",
        ],
        WorkType::PeopleManagement => &["manag", "team of", "lead a team", "hire", "head of"],
        WorkType::Growth => &["growth", "retention", "acquisition"],
        WorkType::Scaling => &["scal"],
        WorkType::Platform => &["platform", "infrastructure"],
        WorkType::Feature | WorkType::Other => &[],
    }
}

/// Reads an offer against the north star: the open stepping stones it serves, the skills it
/// builds that are still short of their target, whether its type of work is what the next
/// stones ask for, and its phase. A skill already at its target and a stone already reached
/// count for nothing.
pub fn reading(doc: &Document, offer: &Offer) -> Reading {
    let mut reasons = Vec::new();
    let served: Vec<&str> = offer
        .stones
        .iter()
        .filter_map(|id| doc.get(*id))
        .filter(|s| !s.done)
        .map(|s| s.title.as_str())
        .collect();
    let needed: Vec<String> = offer
        .skills
        .iter()
        .filter_map(|id| doc.get(*id))
        .filter_map(crate::model::Skill::scored)
        .filter(|s| s.target > s.level)
        .map(|s| format!("{} ({} of {})", s.name, s.level, s.target))
        .collect();
    let at_target: Vec<&str> = offer
        .skills
        .iter()
        .filter_map(|id| doc.get(*id))
        .filter_map(crate::model::Skill::scored)
        .filter(|s| s.target <= s.level)
        .map(|s| s.skill.name.as_str())
        .collect();
    let unscored: Vec<&str> = offer
        .skills
        .iter()
        .filter_map(|id| doc.get(*id))
        .filter(|s| !s.is_scored())
        .map(|s| s.name.as_str())
        .collect();
    let mut open: Vec<_> = doc.north_star.stones.iter().filter(|s| !s.done).collect();
    open.sort_by_key(|s| s.year);
    let words = offer.work.map_or(&[][..], asks_for);
    let work_fits: Vec<&str> = open
        .iter()
        .take(2)
        .filter(|s| {
            let title = s.title.to_lowercase();
            words.iter().any(|w| title.contains(w))
        })
        .map(|s| s.title.as_str())
        .filter(|t| !served.contains(t))
        .collect();
    if !served.is_empty() {
        reasons.push(format!("Serves {}.", quoted(&served)));
    }
    if !needed.is_empty() {
        reasons.push(format!(
            "Builds skills still short of their target: {}.",
            needed.join(", ")
        ));
    }
    if !at_target.is_empty() {
        reasons.push(format!(
            "Already at target, so they count for nothing here: {}.",
            at_target.join(", ")
        ));
    }
    if !unscored.is_empty() {
        reasons.push(format!(
            "Not counted until you score them on the Spec panel: {}.",
            unscored.join(", ")
        ));
    }
    if !work_fits.is_empty() {
        reasons.push(format!(
            "{} is what your next stepping stone{} ask{} for: {}.",
            offer.work.label_or_unset(),
            if work_fits.len() == 1 { "" } else { "s" },
            if work_fits.len() == 1 { "s" } else { "" },
            quoted(&work_fits)
        ));
    }
    let toward_count = served.len() + needed.len() + work_fits.len();
    let nothing_to_judge = open.is_empty() && !doc.scored_skills().any(|s| s.target > s.level);
    let unlinked = offer.stones.is_empty() && offer.skills.is_empty() && work_fits.is_empty();
    let direction = if toward_count > 0 {
        Some(Direction::Closer)
    } else if nothing_to_judge {
        reasons.push(
            "Nothing to judge it by: add stepping stones, or skills with a target above their level."
                .to_owned(),
        );
        None
    } else if unlinked {
        reasons.push(
            "Not known yet: link the stepping stones it serves and the skills it builds."
                .to_owned(),
        );
        None
    } else if offer.phase.is_none() {
        reasons.push(
            "Not known yet: set whether it would be a learning or an impact phase.".to_owned(),
        );
        None
    } else if offer.phase == Some(Phase::Learning) {
        reasons.push(
            "A learning phase spent on what the north star does not need: a detour.".to_owned(),
        );
        Some(Direction::Further)
    } else {
        reasons.push(
            "An impact phase on strengths you already have: it holds you where you are.".to_owned(),
        );
        Some(Direction::Sideways)
    };
    // Toward the north star, each stone served, skill still short and stone asking for the
    // work counts; away from it, only the absence of those, which a skill not scored yet
    // could still change.
    let strength = direction.map(|read| match (read, toward_count) {
        (Direction::Closer, 1) => Strength::Weak,
        (Direction::Closer, 2) => Strength::Moderate,
        (Direction::Closer, _) => Strength::Strong,
        (_, _) if unscored.is_empty() => Strength::Moderate,
        _ => Strength::Weak,
    });
    let levels_short = offer
        .skills
        .iter()
        .filter_map(|id| doc.get(*id))
        .filter_map(crate::model::Skill::scored)
        .map(|s| u32::from(s.target.saturating_sub(s.level)))
        .sum();
    let mut disagreements = Vec::new();
    if let Some(read) = direction
        && let Some(marked) = offer.direction
        && read != marked
    {
        let why = if read == Direction::Closer {
            reasons.first().cloned().unwrap_or_default()
        } else {
            "it serves no stepping stone and builds no skill you still need.".to_owned()
        };
        disagreements.push(format!(
            "You marked this {}, but the document reads it as {}: {}",
            marked.label().to_lowercase(),
            read.label().to_lowercase(),
            lower_first(&why)
        ));
    }
    let fit = doc
        .criteria
        .iter()
        .find(|c| c.tag == CriterionTag::NorthStarFit)
        .and_then(|c| score_of(offer, c.id));
    match (fit, direction) {
        (Some(score), Some(read)) if score >= 4 && read != Direction::Closer => {
            disagreements.push(format!(
                "North-star fit is scored {score} of 5, but the stepping stones and skills no longer support it: the score may have been given against an old north star."
            ));
        }
        (Some(score), Some(Direction::Closer)) if score <= 2 => {
            disagreements.push(format!(
                "North-star fit is scored only {score} of 5, yet it moves you toward the north star: check the score against the north star as it is now."
            ));
        }
        _ => {}
    }
    Reading {
        direction,
        reasons,
        disagreements,
        strength,
        stones_served: served.len(),
        levels_short,
        work_fits: work_fits.len(),
    }
}

fn quoted(titles: &[&str]) -> String {
    titles
        .iter()
        .map(|t| format!("\"{t}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_lowercase().collect::<String>() + chars.as_str()
    })
}
