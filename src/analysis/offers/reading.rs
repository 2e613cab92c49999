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
    let evidence = Evidence::of(doc, offer);
    let mut reasons = evidence.reasons(offer);
    let (direction, why) = which_way(offer, &evidence);
    reasons.extend(why.map(str::to_owned));
    let disagreements = call_disagrees(offer, direction, reasons.first())
        .into_iter()
        .chain(fit_disagrees(doc, offer, direction))
        .collect();
    Reading {
        direction,
        reasons,
        disagreements,
        strength: strength(direction, &evidence),
        stones_served: evidence.served.len(),
        levels_short: levels_short(doc, offer),
        work_fits: evidence.work_fits.len(),
    }
}

/// What an offer is linked to, sorted by what it counts for against the north star.
struct Evidence<'a> {
    /// The titles of the open stepping stones it serves.
    served: Vec<&'a str>,
    /// The scored skills it builds that are still short of their target, with both levels.
    needed: Vec<String>,
    /// The scored skills it builds that are at their target already.
    at_target: Vec<&'a str>,
    /// The skills it builds that are not scored yet.
    unscored: Vec<&'a str>,
    /// The titles of the next two open stones that ask for its type of work and that it does
    /// not serve already.
    work_fits: Vec<&'a str>,
    /// Whether the document holds nothing to judge any offer by: no open stone, and no scored
    /// skill short of its target.
    nothing_to_judge: bool,
}

impl<'a> Evidence<'a> {
    fn of(doc: &'a Document, offer: &Offer) -> Self {
        let served: Vec<&str> = offer
            .stones
            .iter()
            .filter_map(|id| doc.get(*id))
            .filter(|s| !s.done)
            .map(|s| s.title.as_str())
            .collect();
        let skills = || offer.skills.iter().filter_map(|id| doc.get(*id));
        let scored = || skills().filter_map(crate::model::Skill::scored);
        let words = offer.work.map_or(&[][..], asks_for);
        let work_fits = doc
            .north_star
            .open_stones()
            .take(2)
            .filter(|s| {
                let title = s.title.to_lowercase();
                words.iter().any(|w| title.contains(w))
            })
            .map(|s| s.title.as_str())
            .filter(|t| !served.contains(t))
            .collect();
        Self {
            needed: scored()
                .filter(|s| s.target > s.level)
                .map(|s| format!("{} ({} of {})", s.name, s.level, s.target))
                .collect(),
            at_target: scored()
                .filter(|s| s.target <= s.level)
                .map(|s| s.skill.name.as_str())
                .collect(),
            unscored: skills()
                .filter(|s| !s.is_scored())
                .map(|s| s.name.as_str())
                .collect(),
            work_fits,
            nothing_to_judge: doc.north_star.next_stone().is_none()
                && !doc.scored_skills().any(|s| s.target > s.level),
            served,
        }
    }

    /// How many pieces of evidence point toward the north star.
    fn toward(&self) -> usize {
        self.served.len() + self.needed.len() + self.work_fits.len()
    }

    /// The evidence in words, one line each.
    fn reasons(&self, offer: &Offer) -> Vec<String> {
        let mut reasons = Vec::new();
        if !self.served.is_empty() {
            reasons.push(format!("Serves {}.", quoted(&self.served)));
        }
        if !self.needed.is_empty() {
            reasons.push(format!(
                "Builds skills still short of their target: {}.",
                self.needed.join(", ")
            ));
        }
        if !self.at_target.is_empty() {
            reasons.push(format!(
                "Already at target, so they count for nothing here: {}.",
                self.at_target.join(", ")
            ));
        }
        if !self.unscored.is_empty() {
            reasons.push(format!(
                "Not counted until you score them on the Spec panel: {}.",
                self.unscored.join(", ")
            ));
        }
        if !self.work_fits.is_empty() {
            let one = self.work_fits.len() == 1;
            reasons.push(format!(
                "{} is what your next stepping stone{} ask{} for: {}.",
                offer.work.label_or_unset(),
                if one { "" } else { "s" },
                if one { "s" } else { "" },
                quoted(&self.work_fits)
            ));
        }
        reasons
    }
}

/// Which way the document reads the offer, and why when it reads it no closer: closer on any
/// evidence toward the north star; otherwise not known while there is nothing to judge by,
/// nothing linked or no phase set; else a learning phase is a detour and an impact phase a
/// hold.
fn which_way(offer: &Offer, evidence: &Evidence<'_>) -> (Option<Direction>, Option<&'static str>) {
    let unlinked =
        offer.stones.is_empty() && offer.skills.is_empty() && evidence.work_fits.is_empty();
    if evidence.toward() > 0 {
        (Some(Direction::Closer), None)
    } else if evidence.nothing_to_judge {
        (
            None,
            Some(
                "Nothing to judge it by: add stepping stones, or skills with a target above their level.",
            ),
        )
    } else if unlinked {
        (
            None,
            Some("Not known yet: link the stepping stones it serves and the skills it builds."),
        )
    } else {
        match offer.phase {
            None => (
                None,
                Some("Not known yet: set whether it would be a learning or an impact phase."),
            ),
            Some(Phase::Learning) => (
                Some(Direction::Further),
                Some("A learning phase spent on what the north star does not need: a detour."),
            ),
            Some(Phase::Impact) => (
                Some(Direction::Sideways),
                Some("An impact phase on strengths you already have: it holds you where you are."),
            ),
        }
    }
}

/// How much evidence the reading rests on. Toward the north star, each stone served, skill
/// still short and stone asking for the work counts; away from it, only the absence of those,
/// which a skill not scored yet could still change.
fn strength(direction: Option<Direction>, evidence: &Evidence<'_>) -> Option<Strength> {
    direction.map(|read| match (read, evidence.toward()) {
        (Direction::Closer, 1) => Strength::Weak,
        (Direction::Closer, 2) => Strength::Moderate,
        (Direction::Closer, _) => Strength::Strong,
        (_, _) if evidence.unscored.is_empty() => Strength::Moderate,
        _ => Strength::Weak,
    })
}

/// The levels short of target, summed over the scored skills the offer builds.
fn levels_short(doc: &Document, offer: &Offer) -> u32 {
    offer
        .skills
        .iter()
        .filter_map(|id| doc.get(*id))
        .filter_map(crate::model::Skill::scored)
        .map(|s| u32::from(s.target.saturating_sub(s.level)))
        .sum()
}

/// Where the person marked the offer one way and the document reads it another, in words;
/// `first_reason` is the reading's first line of evidence.
fn call_disagrees(
    offer: &Offer,
    direction: Option<Direction>,
    first_reason: Option<&String>,
) -> Option<String> {
    let read = direction?;
    let marked = offer.direction?;
    if read == marked {
        return None;
    }
    let why = if read == Direction::Closer {
        first_reason.cloned().unwrap_or_default()
    } else {
        "it serves no stepping stone and builds no skill you still need.".to_owned()
    };
    Some(format!(
        "You marked this {}, but the document reads it as {}: {}",
        marked.label().to_lowercase(),
        read.label().to_lowercase(),
        lower_first(&why)
    ))
}

/// Where the north-star fit score and the reading disagree, in words: a high score on an
/// offer that no longer reads closer, or a low one on an offer that does.
fn fit_disagrees(doc: &Document, offer: &Offer, direction: Option<Direction>) -> Option<String> {
    let fit = doc
        .criteria
        .iter()
        .find(|c| c.tag == CriterionTag::NorthStarFit)
        .and_then(|c| score_of(offer, c.id));
    match (fit, direction) {
        (Some(score), Some(read)) if score >= 4 && read != Direction::Closer => Some(format!(
            "North-star fit is scored {score} of 5, but the stepping stones and skills no longer support it: the score may have been given against an old north star."
        )),
        (Some(score), Some(Direction::Closer)) if score <= 2 => Some(format!(
            "North-star fit is scored only {score} of 5, yet it moves you toward the north star: check the score against the north star as it is now."
        )),
        _ => None,
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
