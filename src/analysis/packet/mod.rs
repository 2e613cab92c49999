//! The promotion packet: for a stepping stone or the north star, one document with each skill
//! the target needs (the skills a stone names; the whole matrix for the north star, or for a
//! stone that names none, which the packet then says), the person's level and target and the
//! evidence for it, the gaps named, the bets that built it, who can vouch and the review
//! history. Every line names the entry it comes from.

#[cfg(test)]
mod tests;

use chrono::{Datelike, NaiveDate};

use super::evidence::{line, shown};
use super::goal::gone_goal;
use super::stone_needs::StoneNeeds;
use crate::model::{
    BetId, CareerReviewId, Document, Evidence, EvidenceId, PersonId, Skill, SkillId, SteppingStone,
    StoneId,
};

/// What a packet is for, as the person chooses it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Target {
    /// The first stepping stone not reached yet, in the order they are kept; the north star
    /// when every stone is reached or there is none.
    #[default]
    NextStone,
    /// One stepping stone.
    Stone(StoneId),
    /// The north star itself.
    NorthStar,
}

/// The target a packet was built for, resolved.
#[derive(Clone, Debug, PartialEq)]
pub struct Heading {
    /// The stone, or `None` for the north star.
    pub stone: Option<StoneId>,
    /// What it is, in the person's words: the stone's title or the north star's role
    /// ("north star (no role written yet)" while none).
    pub title: String,
    /// The year it is meant for.
    pub year: i32,
    /// What to know about the target first, one line each: reached, its year past, the north
    /// star gone, the next stone asked for where none is left.
    pub notes: Vec<String>,
}

/// One piece of evidence as the packet shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Proof {
    /// The entry.
    pub evidence: EvidenceId,
    /// Its date, where given.
    pub date: Option<NaiveDate>,
    /// What happened, with its measured result and scale where given.
    pub text: String,
}

/// One skill of the matrix, with its scores and evidence.
#[derive(Clone, Debug, PartialEq)]
pub struct SkillRow {
    /// The skill.
    pub skill: SkillId,
    /// Its name.
    pub name: String,
    /// The level today; `None` while not scored.
    pub level: Option<u8>,
    /// The level the north star needs; `None` while not scored.
    pub target: Option<u8>,
    /// The evidence linked to it, the latest first, undated last.
    pub proofs: Vec<Proof>,
}

/// Why a skill is still to prove.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GapKind {
    /// Its level or target is not scored.
    NotScored,
    /// Its level is below its target.
    Below,
    /// No evidence is linked to it.
    NoEvidence,
}

/// Something still to prove, named.
#[derive(Clone, Debug, PartialEq)]
pub struct Gap {
    /// The skill.
    pub skill: SkillId,
    /// What kind of gap.
    pub kind: GapKind,
    /// The gap in words.
    pub text: String,
}

/// A bet that built the target, with why it is listed.
#[derive(Clone, Debug, PartialEq)]
pub struct BetLine {
    /// The bet.
    pub bet: BetId,
    /// Its title and organisation.
    pub title: String,
    /// Why it is here, one line each: the evidence that came from it, the skills it builds,
    /// the stone it serves.
    pub why: Vec<String>,
}

/// Someone who saw the evidence and can vouch for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Voucher {
    /// The person of the People panel, or `None` for an audience named in words.
    pub person: Option<PersonId>,
    /// Their name and relation, or the audience's words.
    pub who: String,
    /// The evidence they saw.
    pub saw: Vec<Proof>,
}

/// One career review held.
#[derive(Clone, Debug, PartialEq)]
pub struct ReviewLine {
    /// The review.
    pub review: CareerReviewId,
    /// When it was held, where given.
    pub date: Option<NaiveDate>,
    /// What it recorded, one line each: the skills' marks then, what went well, the focus.
    pub lines: Vec<String>,
}

/// Which skills a packet covers, and why those.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Covers {
    /// The skills the stone names as needed, out of `of` in the matrix.
    Named {
        /// How many skills the matrix holds.
        of: usize,
    },
    /// Every skill of the matrix, because the stone names none it needs.
    Unnamed,
    /// Every skill of the matrix: the north star needs all of them.
    NorthStar,
}

/// The whole packet.
#[derive(Clone, Debug, PartialEq)]
pub struct Packet {
    /// Who it is for (the profile's name; may be empty).
    pub name: String,
    /// The target.
    pub heading: Heading,
    /// Which skills it covers.
    pub covers: Covers,
    /// Each skill it covers, in the matrix's order.
    pub skills: Vec<SkillRow>,
    /// Evidence linked to the stone itself (for the north star: to any of its stones).
    pub progress: Vec<Proof>,
    /// What is still to prove.
    pub gaps: Vec<Gap>,
    /// The bets that built it, by start.
    pub bets: Vec<BetLine>,
    /// Who can vouch.
    pub vouchers: Vec<Voucher>,
    /// The career reviews held, oldest first.
    pub reviews: Vec<ReviewLine>,
}

/// The stone a target stands for, or `None` for the north star, with a note when the next
/// stone was asked for and none is left.
fn resolve(doc: &Document, target: Target) -> (Option<&SteppingStone>, Option<String>) {
    let stones = &doc.north_star.stones;
    match target {
        Target::NorthStar => (None, None),
        Target::Stone(id) => match stones.iter().find(|s| s.id == id) {
            Some(stone) => (Some(stone), None),
            None => (
                None,
                Some(
                    "The stone asked for is not in the spec; this packet is for the north star."
                        .to_owned(),
                ),
            ),
        },
        Target::NextStone => match doc.north_star.next_stone() {
            Some(stone) => (Some(stone), None),
            None if stones.is_empty() => (
                None,
                Some(
                    "There are no stepping stones yet; this packet is for the north star."
                        .to_owned(),
                ),
            ),
            None => (
                None,
                Some(
                    "Every stepping stone is reached; this packet is for the north star."
                        .to_owned(),
                ),
            ),
        },
    }
}

fn proof(e: &Evidence) -> Proof {
    Proof {
        evidence: e.id,
        date: e.date,
        text: line(e),
    }
}

/// Entries matching `keep`, the latest first and undated last.
fn latest_first(doc: &Document, keep: impl Fn(&Evidence) -> bool) -> Vec<&Evidence> {
    super::evidence::latest_first(&doc.evidence)
        .into_iter()
        .filter(|e| keep(e))
        .collect()
}

/// The scores a skill lacks, in words ("level", "level and target"), or `None`.
fn unscored(skill: &Skill) -> Option<&'static str> {
    match (skill.level, skill.target) {
        (None, None) => Some("level and target"),
        (None, Some(_)) => Some("level"),
        (Some(_), None) => Some("target"),
        (Some(_), Some(_)) => None,
    }
}

/// A score as the packet writes it: the number, or "not scored".
pub fn score(value: Option<u8>) -> String {
    value.map_or_else(|| "not scored".to_owned(), |v| format!("{v} of 5"))
}

fn gaps_of(row: &SkillRow, skill: &Skill) -> Vec<Gap> {
    let mut out = Vec::new();
    if let Some(parts) = unscored(skill) {
        out.push(Gap {
            skill: skill.id,
            kind: GapKind::NotScored,
            text: format!("{}: its {parts} not scored.", skill.name),
        });
    }
    if let (Some(level), Some(target)) = (skill.level, skill.target)
        && level < target
    {
        out.push(Gap {
            skill: skill.id,
            kind: GapKind::Below,
            text: format!(
                "{}: level {level} of 5, {} below the target of {target}.",
                skill.name,
                target - level
            ),
        });
    }
    if row.proofs.is_empty() {
        out.push(Gap {
            skill: skill.id,
            kind: GapKind::NoEvidence,
            text: format!("{}: no evidence is linked to it.", skill.name),
        });
    }
    out
}

fn heading(doc: &Document, stone: Option<&SteppingStone>, today: NaiveDate) -> Heading {
    let mut notes = Vec::new();
    if let Some(stone) = stone {
        if stone.done {
            notes.push("Marked reached.".to_owned());
        } else if stone.year < today.year() {
            notes.push(format!(
                "Its year, {}, has passed and it is not marked reached.",
                stone.year
            ));
        }
        Heading {
            stone: Some(stone.id),
            title: stone.title.clone(),
            year: stone.year,
            notes,
        }
    } else {
        if let Some(gone) = gone_goal(doc, today) {
            notes.push(gone.headline());
        }
        let role = doc.north_star.target_role.trim();
        Heading {
            stone: None,
            title: if role.is_empty() {
                "North star (no role written yet)".to_owned()
            } else {
                doc.north_star.target_role.clone()
            },
            year: doc.north_star.target_year,
            notes,
        }
    }
}

/// The bets linked from the packet's evidence, building one of its skills or serving its
/// stone, by start.
fn bets(
    doc: &Document,
    stone: Option<StoneId>,
    covered: &[&Skill],
    shown_evidence: &[&Evidence],
) -> Vec<BetLine> {
    let mut out: Vec<(f64, BetLine)> = doc
        .bets
        .iter()
        .filter_map(|bet| {
            let mut why: Vec<String> = shown_evidence
                .iter()
                .filter(|e| e.bets.contains(&bet.id))
                .map(|e| format!("Evidence {} came from it.", shown(e)))
                .collect();
            let built: Vec<&str> = covered
                .iter()
                .filter(|s| bet.skills.contains(&s.id))
                .map(|s| s.name.as_str())
                .collect();
            if !built.is_empty() {
                why.push(format!("It builds {}.", built.join(", ")));
            }
            if let Some(stone) = stone.filter(|s| bet.stones.contains(s)) {
                let title = doc
                    .north_star
                    .stones
                    .iter()
                    .find(|s| s.id == stone)
                    .map_or("", |s| s.title.as_str());
                why.push(format!("It serves \"{title}\"."));
            }
            if why.is_empty() {
                return None;
            }
            let title = if bet.organisation.trim().is_empty() {
                bet.title.clone()
            } else {
                format!("{} at {}", bet.title, bet.organisation)
            };
            Some((
                bet.start,
                BetLine {
                    bet: bet.id,
                    title,
                    why,
                },
            ))
        })
        .collect();
    out.sort_by(|a, b| a.0.total_cmp(&b.0));
    out.into_iter().map(|(_, line)| line).collect()
}

/// Who saw the packet's evidence: people of the People panel first, in their order, then
/// audiences named in words, in the order first seen.
fn vouchers(doc: &Document, shown_evidence: &[&Evidence]) -> Vec<Voucher> {
    let mut out: Vec<Voucher> = doc
        .people
        .iter()
        .filter_map(|person| {
            let saw: Vec<Proof> = shown_evidence
                .iter()
                .filter(|e| e.seen_by.contains(&person.id))
                .map(|e| proof(e))
                .collect();
            if saw.is_empty() {
                return None;
            }
            let who = match person.relation {
                Some(_) => format!(
                    "{} ({})",
                    person.name,
                    person.relation_label().to_lowercase()
                ),
                None => person.name.clone(),
            };
            Some(Voucher {
                person: Some(person.id),
                who,
                saw,
            })
        })
        .collect();
    let mut named: Vec<Voucher> = Vec::new();
    for e in shown_evidence {
        let audience = e.audience.trim();
        if audience.is_empty() {
            continue;
        }
        match named.iter_mut().find(|v| v.who == audience) {
            Some(v) => v.saw.push(proof(e)),
            None => named.push(Voucher {
                person: None,
                who: audience.to_owned(),
                saw: vec![proof(e)],
            }),
        }
    }
    out.extend(named);
    out
}

/// The reviews held, each with the marks it gave the covered skills.
fn reviews(doc: &Document, covered: &[&Skill]) -> Vec<ReviewLine> {
    super::review::in_order(doc)
        .into_iter()
        .map(|review| {
            let snap = &review.snapshot;
            let mut lines = Vec::new();
            if !snap.target_role.trim().is_empty() {
                lines.push(format!(
                    "North star then: {} by {}.",
                    snap.target_role, snap.target_year
                ));
            }
            let marks: Vec<String> = snap
                .skills
                .iter()
                .filter_map(|mark| {
                    let skill = covered.iter().find(|s| s.id == mark.skill)?;
                    Some(format!("{} {} of {}", skill.name, mark.level, mark.target))
                })
                .collect();
            if !marks.is_empty() {
                lines.push(format!("Skills then: {}.", marks.join(", ")));
            }
            for (label, text) in [
                ("Went well", &review.went_well),
                ("Drifted", &review.drifted),
                ("Focus", &review.focus),
            ] {
                if !text.trim().is_empty() {
                    lines.push(format!("{label}: {}", text.trim()));
                }
            }
            ReviewLine {
                review: review.id,
                date: review.date,
                lines,
            }
        })
        .collect()
}

/// The skills a packet covers, in the matrix's order: those the stone names, or every skill
/// when it names none of the matrix's or the target is the north star.
pub fn covered<'d>(
    doc: &'d Document,
    stone: Option<&'d SteppingStone>,
) -> (Covers, Vec<&'d Skill>) {
    let every = || doc.skills.iter().collect();
    let Some(stone) = stone else {
        return (Covers::NorthStar, every());
    };
    match StoneNeeds::of(doc, stone) {
        Some(needs) => (
            Covers::Named {
                of: doc.skills.len(),
            },
            needs.skills,
        ),
        None => (Covers::Unnamed, every()),
    }
}

/// The packet for a target on `today`.
pub fn packet(doc: &Document, target: Target, today: NaiveDate) -> Packet {
    let (stone, fallback) = resolve(doc, target);
    let mut heading = heading(doc, stone, today);
    if let Some(note) = fallback {
        heading.notes.insert(0, note);
    }
    let stone_id = stone.map(|s| s.id);
    let (covers, covered) = covered(doc, stone);
    let mut gaps = Vec::new();
    let mut shown_evidence: Vec<&Evidence> = Vec::new();
    let skills: Vec<SkillRow> = covered
        .iter()
        .map(|skill| {
            let found = latest_first(doc, |e| e.skills.contains(&skill.id));
            let row = SkillRow {
                skill: skill.id,
                name: skill.name.clone(),
                level: skill.level,
                target: skill.target,
                proofs: found.iter().map(|e| proof(e)).collect(),
            };
            gaps.extend(gaps_of(&row, skill));
            shown_evidence.extend(found);
            row
        })
        .collect();
    let stone_ids: Vec<StoneId> = match stone_id {
        Some(id) => vec![id],
        None => doc.north_star.stones.iter().map(|s| s.id).collect(),
    };
    let progress_found = latest_first(doc, |e| e.stones.iter().any(|s| stone_ids.contains(s)));
    shown_evidence.extend(progress_found.iter().copied());
    shown_evidence.sort_by_key(|e| (std::cmp::Reverse(e.date), e.id));
    shown_evidence.dedup_by_key(|e| e.id);
    Packet {
        name: doc.profile.name.clone(),
        heading,
        covers,
        skills,
        progress: progress_found.iter().map(|e| proof(e)).collect(),
        gaps,
        bets: bets(doc, stone_id, &covered, &shown_evidence),
        vouchers: vouchers(doc, &shown_evidence),
        reviews: reviews(doc, &covered),
    }
}

/// The targets a person can choose, in order: the next stone, each stone, the north star;
/// each with its words, for a menu or a usage error.
pub fn choices(doc: &Document) -> Vec<(Target, String)> {
    let mut out = Vec::new();
    for stone in &doc.north_star.stones {
        let done = if stone.done { ", reached" } else { "" };
        out.push((
            Target::Stone(stone.id),
            format!("{} ({}{done})", stone.title, stone.year),
        ));
    }
    let role = doc.north_star.target_role.trim();
    out.push((
        Target::NorthStar,
        if role.is_empty() {
            "North star (no role written yet)".to_owned()
        } else {
            format!("North star: {role} ({})", doc.north_star.target_year)
        },
    ));
    out
}
