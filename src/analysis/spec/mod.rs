//! What the Spec panel says: how far the north star is, which stepping stones are late or out
//! of order, which avoided skill to lean into next, and which specialisation fits what the
//! person enjoys.

#[cfg(test)]
mod tests;

use chrono::{Datelike, NaiveDate};

use super::goal::{GoalField, gone_goal};
use crate::model::{Document, ScoredSkill, SkillId, StoneId};

/// A piece of advice, with the reasons it rests on.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    /// The advice, as one sentence.
    pub title: String,
    /// Why, one reason per line.
    pub reasons: Vec<String>,
    /// The field that acts on it, where one does: the north star's role or year.
    pub fix: Option<GoalField>,
}

/// How far a skill is from where the north star needs it: target minus level, never negative.
pub fn gap(skill: &ScoredSkill<'_>) -> u8 {
    skill.target.saturating_sub(skill.level)
}

/// Skills avoided at least this much (1–5) count as avoided.
const AVOIDED_FROM: u8 = 3;
/// Skills enjoyed at least this much (1–5) count as enjoyed.
const ENJOYED_FROM: u8 = 4;

/// The avoided skill to lean into next: among skills the person avoids, the one furthest
/// below its target (ties go to the more avoided, then the first listed). Leaning into what
/// one avoids is how a specialist becomes well-rounded.
pub fn lean_into(doc: &Document) -> Option<(SkillId, Suggestion)> {
    lean_into_as(doc, Target::NorthStar)
}

/// Whose a skill's target is said to be: the north star's while it steers; the person's own
/// once it is gone, since nothing is judged against a north star that is gone.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    NorthStar,
    Own,
}

fn lean_into_as(doc: &Document, target: Target) -> Option<(SkillId, Suggestion)> {
    let skill = &doc
        .scored_skills()
        .filter(|s| s.avoidance >= AVOIDED_FROM && gap(s) > 0)
        .max_by(|a, b| {
            (gap(a), a.avoidance)
                .cmp(&(gap(b), b.avoidance))
                // max_by keeps the last of equals; prefer the first listed instead.
                .then(std::cmp::Ordering::Greater)
        })?;
    let mut reasons = vec![
        format!(
            "You avoid it ({}/5), so it grows least on its own.",
            skill.avoidance
        ),
        format!(
            "It is {} level{} below {} (now {}, target {}).",
            gap(skill),
            if gap(skill) == 1 { "" } else { "s" },
            match target {
                Target::NorthStar => "what your north star needs",
                Target::Own => "your target for it",
            },
            skill.level,
            skill.target
        ),
    ];
    if skill.enjoyment <= 2 {
        reasons.push(format!(
            "You enjoy it little ({}/5): pick a small, bounded project for it rather than a whole role.",
            skill.enjoyment
        ));
    } else {
        reasons.push(format!(
            "You enjoy it well enough ({}/5) once you are doing it; avoidance is the obstacle, not the work.",
            skill.enjoyment
        ));
    }
    Some((
        skill.id,
        Suggestion {
            title: format!("Lean into {} next.", skill.name),
            reasons,
            fix: None,
        },
    ))
}

/// The specialisations of product work, and words in a skill's name that point to each.
const SPECIALISATIONS: &[(&[&str], &str)] = &[
    (
        &[
            "zero-to-one",
            "zero to one",
            "0-1",
            "new product",
            "innovation",
        ],
        "a new-products (zero-to-one) PM role",
    ),
    (
        &["growth", "experiment", "conversion", "retention"],
        "a growth PM role",
    ),
    (
        &["scal", "platform", "infrastructure", "api"],
        "a platform or scaling PM role",
    ),
    (
        &["people", "manag", "coach", "mentor", "hiring"],
        "a people-leading path: group PM, then head of product",
    ),
    (
        &["story", "writing", "speak", "marketing", "evangel"],
        "a product-marketing-minded or developer-relations PM role",
    ),
    (
        &["data", "analytic", "insight"],
        "a data or analytics PM role",
    ),
    (&["ai", "machine learning", "ml"], "an AI product role"),
    (
        &["design", "research", "ux", "discovery"],
        "a discovery-heavy PM role close to design and research",
    ),
    (
        &["finance", "p&l", "pricing", "monetis", "monetiz"],
        "a pricing and monetisation PM role",
    ),
    (
        &["executive", "strategy", "influence", "board"],
        "a strategy or chief-of-staff track toward leadership",
    ),
];

fn specialisation_for(name: &str) -> Option<&'static str> {
    let name = name.to_lowercase();
    let words: Vec<&str> = name
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '&')
        .collect();
    SPECIALISATIONS.iter().find_map(|(keys, role)| {
        keys.iter()
            .any(|k| {
                if k.len() <= 2 {
                    words.contains(k)
                } else {
                    name.contains(k)
                }
            })
            .then_some(*role)
    })
}

/// A specialisation that fits what the person enjoys and the north star still needs: among
/// the enjoyed skills, one still below its target comes first (then the more enjoyed, then
/// the stronger); a skill already at its target is chosen only when no enjoyed skill has a
/// gap, and then as a strength to use, not one to grow.
pub fn specialisation(doc: &Document) -> Option<(SkillId, Suggestion)> {
    specialisation_as(doc, Target::NorthStar)
}

fn specialisation_as(doc: &Document, target: Target) -> Option<(SkillId, Suggestion)> {
    let star = target == Target::NorthStar;
    let skill = &doc
        .scored_skills()
        .filter(|s| s.enjoyment >= ENJOYED_FROM)
        .max_by(|a, b| {
            (gap(a) > 0, a.enjoyment, a.level)
                .cmp(&(gap(b) > 0, b.enjoyment, b.level))
                .then(std::cmp::Ordering::Greater)
        })?;
    let role = specialisation_for(&skill.name).map_or_else(
        || {
            format!(
                "a role where {} is most of the job",
                skill.name.to_lowercase()
            )
        },
        str::to_owned,
    );
    let mut reasons = vec![format!(
        "You enjoy {} ({}/5){}.",
        skill.name,
        skill.enjoyment,
        match (gap(skill) > 0, star) {
            (false, _) => "",
            (true, true) => " and your north star still needs more of it",
            (true, false) => " and it is still below your target",
        }
    )];
    let also: Vec<&str> = doc
        .scored_skills()
        .filter(|s| s.id != skill.id && s.enjoyment >= ENJOYED_FROM)
        .map(|s| s.skill.name.as_str())
        .collect();
    if !also.is_empty() {
        reasons.push(format!("You also enjoy {}.", also.join(", ")));
    }
    reasons.push(if gap(skill) > 0 {
        format!(
            "You are at {}/5 and {} {}: a specialist role would grow it fastest.",
            skill.level,
            if star {
                "the north star needs"
            } else {
                "your target is"
            },
            skill.target
        )
    } else {
        format!(
            "It is already at {} ({}/5): a specialisation would use that strength, not grow it.",
            if star {
                "the level your north star needs"
            } else {
                "your target"
            },
            skill.level
        )
    });
    if gap(skill) == 0 {
        let needed = doc
            .scored_skills()
            .filter(|s| gap(s) > 0)
            .max_by(|a, b| gap(a).cmp(&gap(b)).then(std::cmp::Ordering::Greater));
        if let Some(needed) = needed {
            reasons.push(format!(
                "{} {} (now {}, target {}).",
                if star {
                    "What the north star still needs most is"
                } else {
                    "Furthest below its target is"
                },
                needed.name,
                needed.level,
                needed.target
            ));
        }
    }
    Some((
        skill.id,
        Suggestion {
            title: format!("A specialisation that fits what you enjoy: {role}."),
            reasons,
            fix: None,
        },
    ))
}

/// Where the north star stands today.
#[derive(Clone, Debug, PartialEq)]
pub struct NorthStarStatus {
    /// Whole years left until the target year (negative once past).
    pub years_left: i32,
    /// Stepping stones reached, and in all.
    pub done: usize,
    /// Stepping stones in all.
    pub total: usize,
    /// The next stone: the first not yet reached, in the order kept (`NorthStar::next_stone`).
    pub next: Option<StoneId>,
    /// Stones whose year has passed and that are not reached.
    pub late: Vec<StoneId>,
    /// Stones set after the north star's own year.
    pub after_target: Vec<StoneId>,
}

/// How far the north star is and how the stepping stones stand, on `today`.
pub fn north_star_status(doc: &Document, today: NaiveDate) -> NorthStarStatus {
    let stones = &doc.north_star.stones;
    let open = || doc.north_star.open_stones();
    NorthStarStatus {
        years_left: doc.north_star.target_year - today.year(),
        done: stones.iter().filter(|s| s.done).count(),
        total: stones.len(),
        next: doc.north_star.next_stone().map(|s| s.id),
        late: open()
            .filter(|s| s.year < today.year())
            .map(|s| s.id)
            .collect(),
        after_target: stones
            .iter()
            .filter(|s| s.year > doc.north_star.target_year)
            .map(|s| s.id)
            .collect(),
    }
}

/// Everything the Spec panel says, in the order it says it.
pub fn suggestions(doc: &Document, today: NaiveDate) -> Vec<Suggestion> {
    let mut out = Vec::new();
    let status = north_star_status(doc, today);
    let name = |id: StoneId| doc.get(id).map_or("?", |s| s.title.as_str()).to_owned();
    let gone = gone_goal(doc, today);
    if let Some(gone) = &gone {
        // Said once, first: every reason built on the north star waits for it.
        out.push(Suggestion {
            title: gone.headline(),
            reasons: vec![
                "Every opportunity is judged by whether it brings you closer to where you want to be in five years; until then, no offer is.".to_owned(),
            ],
            fix: Some(gone.field()),
        });
    } else if status.total == 0 {
        out.push(Suggestion {
            title: "Work backward from your north star.".to_owned(),
            reasons: vec![format!(
                "Add the stepping stones between today and {} in {}, each with a year.",
                doc.north_star.target_role, doc.north_star.target_year
            )],
            fix: None,
        });
    }
    if !status.late.is_empty() {
        out.push(Suggestion {
            title: "Some stepping stones are late.".to_owned(),
            reasons: status
                .late
                .iter()
                .map(|id| {
                    format!(
                        "\"{}\" was due in {}.",
                        name(*id),
                        doc.get(*id).map_or(0, |s| s.year)
                    )
                })
                .collect(),
            fix: None,
        });
    }
    // Past its year, every stone comes after the north star: moving it says it all.
    if !status.after_target.is_empty() && gone.as_ref().is_none_or(|g| g.past.is_none()) {
        out.push(Suggestion {
            title: "Some stepping stones come after the north star itself.".to_owned(),
            reasons: status
                .after_target
                .iter()
                .map(|id| {
                    format!(
                        "\"{}\" is set after {}; move it earlier or the north star later.",
                        name(*id),
                        doc.north_star.target_year
                    )
                })
                .collect(),
            fix: None,
        });
    }
    let unscored: Vec<&str> = doc
        .skills
        .iter()
        .filter(|s| !s.is_scored())
        .map(|s| s.name.as_str())
        .collect();
    if !unscored.is_empty() {
        out.push(Suggestion {
            title: format!(
                "Score the skill{} not scored yet.",
                if unscored.len() == 1 { "" } else { "s" }
            ),
            reasons: vec![
                format!("Not scored yet: {}.", unscored.join(", ")),
                "Until you give each its level, target, enjoyment and avoidance, nothing here reasons from it.".to_owned(),
            ],
            fix: None,
        });
    }
    // Once the north star is gone, a skill's target is the person's own: still data, but
    // no longer what a north star needs.
    let target = if gone.is_some() {
        Target::Own
    } else {
        Target::NorthStar
    };
    if let Some((_, s)) = lean_into_as(doc, target) {
        out.push(s);
    }
    if let Some((_, s)) = specialisation_as(doc, target) {
        out.push(s);
    }
    out
}
