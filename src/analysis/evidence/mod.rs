//! What the evidence says: for each skill the north star needs, the evidence for it and how
//! recent; skills scored high with nothing to show; stepping stones with no evidence of
//! progress; long stretches with none recorded. Pure functions of the document and today,
//! each finding naming the entries it rests on.

mod storytelling;
#[cfg(test)]
mod tests;
pub mod wins;

pub use storytelling::storytelling_score;

use chrono::{Datelike, NaiveDate};

use super::goal::gone_goal;
use super::stone_needs::StoneNeeds;
use super::words::{count, days};
use crate::model::{Document, Evidence, EvidenceId, Skill, SkillId, StoneId};

/// What a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    /// A skill scored at or above the rules' level with no evidence linked.
    Unproven(SkillId),
    /// A stepping stone not reached yet with no evidence of progress.
    StoneUnproven(StoneId),
    /// A stretch of the rules' days or more with no evidence recorded.
    Quiet,
}

/// Something the evidence says, with the entries it rests on.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// What it says, as one sentence.
    pub title: String,
    /// Why, one reason per line, each naming the entries or scores it comes from.
    pub reasons: Vec<String>,
    /// The evidence it rests on (for a stretch: the entries at either end).
    pub evidence: Vec<EvidenceId>,
    /// What it is about.
    pub topic: Topic,
}

/// The evidence for one skill the north star needs.
#[derive(Clone, Debug, PartialEq)]
pub struct SkillProof {
    /// The skill.
    pub skill: SkillId,
    /// Its name.
    pub name: String,
    /// The evidence linked to it, the latest first; undated entries last.
    pub evidence: Vec<EvidenceId>,
    /// The latest date among them, where any is dated.
    pub latest: Option<NaiveDate>,
    /// Days from the latest to today (negative: dated ahead of today).
    pub days_since: Option<i64>,
    /// Why, one line each: what the north star needs, then each entry, or that there is none.
    pub reasons: Vec<String>,
}

/// An entry as the reasons name it: its words in quotes and its date, or "no date".
pub fn shown(e: &Evidence) -> String {
    let what = if e.what.trim().is_empty() {
        "evidence with no words".to_owned()
    } else {
        format!("\"{}\"", e.what.trim())
    };
    match e.date {
        Some(d) => format!("{what} ({d})"),
        None => format!("{what} (no date)"),
    }
}

/// A measured number as written: whole numbers grouped by thousands, others to two places.
pub fn number(v: f64) -> String {
    crate::model::number::measure(v)
}

/// What an entry measured, as a phrase: "from 3.1 to 4.2 % conversion", "4.2 %", or `None`
/// while nothing was measured (a `before` alone says nothing of a result).
pub fn measured(e: &Evidence) -> Option<String> {
    let after = e.result?;
    let unit = if e.unit.trim().is_empty() {
        String::new()
    } else {
        format!(" {}", e.unit.trim())
    };
    Some(match e.before {
        Some(before) => format!("from {} to {}{unit}", number(before), number(after)),
        None => format!("{}{unit}", number(after)),
    })
}

/// One entry as a line of reasons: its name, what it measured and its scale, where given.
pub fn line(e: &Evidence) -> String {
    let mut out = shown(e);
    if let Some(m) = measured(e) {
        out = format!("{out}: {m}");
    }
    if let Some(scale) = e.scale {
        let of = e.scale_of.trim();
        let of = if of.is_empty() { "reached" } else { of };
        out = format!("{out}, {} {of}", number(scale));
    }
    out
}

/// The evidence dated in one month, oldest first, each as a line with what it measured and
/// its scale; an entry with no result says so, never shows a 0.
pub fn month_lines(doc: &Document, year: i32, month: u32) -> Vec<String> {
    let mut found: Vec<&Evidence> = doc
        .evidence
        .iter()
        .filter(|e| {
            e.date
                .is_some_and(|d| d.year() == year && d.month() == month)
        })
        .collect();
    found.sort_by_key(|e| e.date);
    found
        .into_iter()
        .map(|e| {
            if e.result.is_some() {
                line(e)
            } else {
                format!("{} (no measured result)", line(e))
            }
        })
        .collect()
}

/// The evidence linked to a skill, the latest first and undated entries last.
fn for_skill(doc: &Document, id: SkillId) -> Vec<&Evidence> {
    let mut found: Vec<&Evidence> = doc
        .evidence
        .iter()
        .filter(|e| e.skills.contains(&id))
        .collect();
    found.sort_by_key(|e| std::cmp::Reverse(e.date));
    found
}

/// For each skill the north star needs (those with a target level given), the evidence
/// linked to it and how recent the latest is. Empty while the north star is gone: nothing is
/// needed of a goal that cannot steer.
pub fn skill_proofs(doc: &Document, today: NaiveDate) -> Vec<SkillProof> {
    if gone_goal(doc, today).is_some() {
        return Vec::new();
    }
    doc.skills
        .iter()
        .filter_map(|skill| {
            let target = skill.target?;
            let found = for_skill(doc, skill.id);
            let latest = found.iter().find_map(|e| e.date);
            let mut reasons = vec![match skill.level {
                Some(level) => format!(
                    "Your north star needs {} at {target} of 5; you scored yourself {level}.",
                    skill.name
                ),
                None => format!(
                    "Your north star needs {} at {target} of 5; your level is not scored yet.",
                    skill.name
                ),
            }];
            if found.is_empty() {
                reasons.push("No evidence is linked to it.".to_owned());
            }
            reasons.extend(found.iter().map(|e| line(e)));
            Some(SkillProof {
                skill: skill.id,
                name: skill.name.clone(),
                evidence: found.iter().map(|e| e.id).collect(),
                latest,
                days_since: latest.map(|d| (today - d).num_days()),
                reasons,
            })
        })
        .collect()
}

/// The entries, the latest first and the undated last, as the panel and the export list them.
pub fn latest_first(evidence: &[Evidence]) -> Vec<&Evidence> {
    let mut all: Vec<&Evidence> = evidence.iter().collect();
    all.sort_by_key(|e| std::cmp::Reverse((e.date.is_some(), e.date)));
    all
}

/// What an entry measured, or that nothing was: never a 0 in its place.
pub fn result_words(e: &Evidence) -> String {
    measured(e).unwrap_or_else(|| "not measured".to_owned())
}

impl SkillProof {
    /// Its heading: the skill and how recent its evidence is ("Storytelling: latest
    /// 2026-09-18, 76 days ago"), or that it has none, or none dated.
    pub fn heading(&self) -> String {
        let when = match (self.latest, self.days_since) {
            (Some(date), Some(n)) => format!("latest {date}, {}", super::words::from_today(-n)),
            _ if self.evidence.is_empty() => "no evidence".to_owned(),
            _ => "no dated evidence".to_owned(),
        };
        format!("{}: {when}", self.name)
    }
}

/// Everything the evidence says on `today`: skills scored high with nothing to show, stones
/// with no evidence of progress, then the long stretches with none recorded, oldest first.
pub fn findings(doc: &Document, today: NaiveDate) -> Vec<Finding> {
    let mut out = unproven_skills(doc);
    out.extend(unproven_stones(doc, today));
    out.extend(quiet_stretches(doc, today));
    out
}

/// Skills scored at or above the rules' level with no evidence linked. A skill with no level
/// is not scored high, and is left out.
pub fn unproven_skills(doc: &Document) -> Vec<Finding> {
    let from = doc.rules.evidence.proven_from_level;
    doc.skills
        .iter()
        .filter(|s| !doc.evidence.iter().any(|e| e.skills.contains(&s.id)))
        .filter_map(|s| {
            let level = s.level.filter(|l| *l >= from)?;
            Some(Finding {
                title: format!(
                    "{} is scored {level} of 5 with nothing to show for it.",
                    s.name
                ),
                reasons: vec![
                    format!(
                        "You scored {} at {level} of 5; the rules ask evidence from {from}.",
                        s.name
                    ),
                    format!(
                        "None of your {} is linked to it.",
                        count(
                            doc.evidence.len() as i128,
                            "piece of evidence",
                            "pieces of evidence"
                        )
                    ),
                ],
                evidence: Vec::new(),
                topic: Topic::Unproven(s.id),
            })
        })
        .collect()
}

/// Stepping stones not reached yet with no evidence linked. Where the stone names the skills
/// it needs, the reasons say which of them have proof elsewhere (wins that may belong to the
/// stone) or that none has. None while the north star is gone: its stones cannot steer.
pub fn unproven_stones(doc: &Document, today: NaiveDate) -> Vec<Finding> {
    if gone_goal(doc, today).is_some() {
        return Vec::new();
    }
    doc.north_star
        .stones
        .iter()
        .filter(|s| !s.done)
        .filter(|s| !doc.evidence.iter().any(|e| e.stones.contains(&s.id)))
        .map(|s| {
            let mut reasons = vec![
                format!(
                    "\"{}\" ({}) is a stepping stone not reached yet.",
                    s.title, s.year
                ),
                "No evidence is linked to it.".to_owned(),
            ];
            let (proven, unproven): (Vec<&Skill>, Vec<&Skill>) = StoneNeeds::of(doc, s)
                .map_or_else(Vec::new, |needs| needs.skills)
                .into_iter()
                .partition(|k| doc.evidence.iter().any(|e| e.skills.contains(&k.id)));
            let names = |list: &[&Skill]| {
                list.iter()
                    .map(|k| k.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            if !proven.is_empty() {
                reasons.push(format!(
                    "Wins prove skills it needs ({}): link to it those that brought it closer.",
                    names(&proven)
                ));
            } else if !unproven.is_empty() {
                reasons.push(format!(
                    "Nor does any win prove a skill it needs ({}).",
                    names(&unproven)
                ));
            }
            Finding {
                title: format!("\"{}\" has no evidence of progress.", s.title),
                reasons,
                evidence: Vec::new(),
                topic: Topic::StoneUnproven(s.id),
            }
        })
        .collect()
}

/// Every stretch of the rules' days or more with no evidence recorded: between two dated
/// entries, and from the latest to today. Nothing while no entry is dated (the list's empty
/// state says there is none); the span before the first entry is not counted.
pub fn quiet_stretches(doc: &Document, today: NaiveDate) -> Vec<Finding> {
    let quiet = i64::from(doc.rules.evidence.quiet_days);
    let mut dated: Vec<(&Evidence, NaiveDate)> = doc
        .evidence
        .iter()
        .filter_map(|e| Some((e, e.date?)))
        .collect();
    dated.sort_by_key(|(_, d)| *d);
    let mut out = Vec::new();
    for pair in dated.windows(2) {
        let [(a, from), (b, to)] = pair else { continue };
        let gap = (*to - *from).num_days();
        if gap >= quiet {
            out.push(Finding {
                title: format!(
                    "No evidence recorded for {} from {from} to {to}.",
                    days(gap)
                ),
                reasons: vec![
                    format!("The entry before is {}.", shown(a)),
                    format!("The entry after is {}.", shown(b)),
                    format!("The rules name a stretch from {}.", days(quiet)),
                ],
                evidence: vec![a.id, b.id],
                topic: Topic::Quiet,
            });
        }
    }
    if let Some((last, date)) = dated.last() {
        let gap = (today - *date).num_days();
        if gap >= quiet {
            out.push(Finding {
                title: format!("No evidence recorded for {} since {date}.", days(gap)),
                reasons: vec![
                    format!("The latest entry is {}.", shown(last)),
                    format!("The rules name a stretch from {}.", days(quiet)),
                ],
                evidence: vec![last.id],
                topic: Topic::Quiet,
            });
        }
    }
    out
}
