//! Who knows what the north star needs, and how narrow the network is.

use chrono::NaiveDate;

use super::shown_name;
use crate::analysis::goal::gone_goal;
use crate::analysis::spec::gap;
use crate::analysis::stone_needs::StoneNeeds;
use crate::analysis::words::{and_list, count};
use crate::model::{Document, Person, PersonId, SkillId, SteppingStone, StoneId, year_fraction};

/// Something the north star needs that a person may know or have done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// A skill below what the north star needs.
    Skill(SkillId),
    /// The next stepping stone not reached yet.
    Stone(StoneId),
}

/// Who knows a need, or the gap when no one does.
#[derive(Clone, Debug, PartialEq)]
pub struct Coverage {
    /// What is needed.
    pub need: Need,
    /// Its name: the skill's or the stone's.
    pub name: String,
    /// The people linked to it.
    pub who: Vec<PersonId>,
    /// Why it is needed, and who covers it or that no one does.
    pub reasons: Vec<String>,
    /// The move that fills the gap, when no one covers it.
    pub fill: Option<String>,
}

/// For each skill the north star needs (scored, below its target) and for the next
/// stepping stone: who among the people knows it or has done it, or the gap with the move
/// that fills it. Empty while the north star is gone (nothing is needed of a goal that
/// cannot steer) and with no people at all.
pub fn coverage(doc: &Document, today: NaiveDate) -> Vec<Coverage> {
    if doc.people.is_empty() || gone_goal(doc, today).is_some() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for skill in doc.scored_skills().filter(|s| gap(s) > 0) {
        let who: Vec<&Person> = doc
            .people
            .iter()
            .filter(|p| p.skills.contains(&skill.id))
            .collect();
        let mut reasons = vec![format!(
            "Your north star needs {} at {} of 5; you are at {}.",
            skill.name, skill.target, skill.level
        )];
        let fill = if who.is_empty() {
            reasons.push("No one among your people is linked to this skill.".to_owned());
            Some(format!(
                "Find someone strong in {} and ask for one conversation",
                skill.name
            ))
        } else {
            reasons.push(format!("Known by {}.", names(&who)));
            None
        };
        out.push(Coverage {
            need: Need::Skill(skill.id),
            name: skill.name.clone(),
            who: who.iter().map(|p| p.id).collect(),
            reasons,
            fill,
        });
    }
    if let Some(stone) = doc.north_star.next_stone() {
        let who: Vec<&Person> = doc
            .people
            .iter()
            .filter(|p| p.has_done.contains(&stone.id))
            .collect();
        let mut reasons = vec![format!(
            "\"{}\" ({}) is your next stepping stone not reached yet.",
            stone.title, stone.year
        )];
        let fill = if who.is_empty() {
            reasons.push("No one you know has done this.".to_owned());
            Some(format!(
                "Meet someone who has done \"{}\" and ask how they got there",
                stone.title
            ))
        } else {
            reasons.push(format!("Done by {}.", names(&who)));
            None
        };
        reasons.extend(knowing_its_skills(doc, stone));
        out.push(Coverage {
            need: Need::Stone(stone.id),
            name: stone.title.clone(),
            who: who.iter().map(|p| p.id).collect(),
            reasons,
            fill,
        });
    }
    out
}

/// Who among the people knows each skill a stone names, and the skills no one knows: one
/// line for each side that has any. Nothing while the stone names no skills.
fn knowing_its_skills(doc: &Document, stone: &SteppingStone) -> Vec<String> {
    let Some(needs) = StoneNeeds::of(doc, stone) else {
        return Vec::new();
    };
    // One pass over each person's links, not one over everyone for each skill.
    let mut knowing: Vec<Vec<&Person>> = vec![Vec::new(); needs.skills.len()];
    for person in &doc.people {
        for i in needs.positions(&person.skills) {
            knowing[i].push(person);
        }
    }
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for (skill, who) in needs.skills.iter().zip(&knowing) {
        if who.is_empty() {
            unknown.push(skill.name.as_str());
        } else {
            known.push(format!("{} ({})", skill.name, names(who)));
        }
    }
    let mut out = Vec::new();
    if !known.is_empty() {
        out.push(format!(
            "Of the skills it needs, your people know {}.",
            known.join("; ")
        ));
    }
    if !unknown.is_empty() {
        out.push(format!(
            "No one among your people is linked to {}, which it needs.",
            and_list(&unknown)
        ));
    }
    out
}

fn names(who: &[&Person]) -> String {
    who.iter()
        .map(|p| shown_name(p))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A side along which a network can be narrow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// Where people work, against the person's company today.
    Company,
    /// Their function, against the person's own.
    Function,
    /// Their domain, against the person's own.
    Domain,
}

impl Side {
    /// The words for the side.
    pub fn label(self) -> &'static str {
        match self {
            Side::Company => "company",
            Side::Function => "function",
            Side::Domain => "domain",
        }
    }
}

/// How much of the network shares one side with the person.
#[derive(Clone, Debug, PartialEq)]
pub struct Narrow {
    /// Which side.
    pub side: Side,
    /// The person's own value(s) on that side; empty while not known.
    pub mine: Vec<String>,
    /// People who share it.
    pub same: usize,
    /// People whose value on that side is known.
    pub known: usize,
    /// Whether the share is at or past the rules' threshold with enough people known.
    pub one_sided: bool,
    /// Why, with the counts and the rule.
    pub reasons: Vec<String>,
}

/// How many of the people a one-sided verdict rests on it names.
const NAMED: usize = 8;

/// Reads a person's value on one side.
type ValueOf = fn(&Person) -> &str;

fn same_text(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// The person's company today: the organisations of the bets running on `today`.
fn current_companies(doc: &Document, today: NaiveDate) -> Vec<String> {
    let now = year_fraction(today);
    let mut out: Vec<String> = Vec::new();
    for bet in doc.bets.iter().filter(|b| b.start <= now && now < b.end) {
        let org = bet.organisation.trim();
        if !org.is_empty() && !out.iter().any(|o| same_text(o, org)) {
            out.push(org.to_owned());
        }
    }
    out
}

/// How narrow the network is on each side: the share of people, among those whose value is
/// known, from the person's company today, in their function, in their domain. A side is
/// one-sided from the rules' share, once the rules' fewest people are known on it; a side
/// whose own value is not known is named as such and not judged. Empty with no people.
pub fn narrowness(doc: &Document, today: NaiveDate) -> Vec<Narrow> {
    if doc.people.is_empty() {
        return Vec::new();
    }
    let rules = &doc.rules.people;
    let sides: [(Side, Vec<String>, ValueOf); 3] = [
        (Side::Company, current_companies(doc, today), |p| &p.company),
        (Side::Function, nonempty(&doc.profile.function), |p| {
            &p.function
        }),
        (Side::Domain, nonempty(&doc.profile.domain), |p| &p.domain),
    ];
    sides
        .into_iter()
        .map(|(side, mine, of)| {
            let label = side.label();
            if mine.is_empty() {
                let why = match side {
                    Side::Company => "no bet on your timeline runs today with an organisation, \
                                      so your company is not known."
                        .to_owned(),
                    Side::Function | Side::Domain => {
                        format!("your own {label} is not written yet (People panel, under You).")
                    }
                };
                return Narrow {
                    side,
                    mine,
                    same: 0,
                    known: 0,
                    one_sided: false,
                    reasons: vec![format!("Not judged by {label}: {why}")],
                };
            }
            let known: Vec<&Person> = doc
                .people
                .iter()
                .filter(|p| !of(p).trim().is_empty())
                .collect();
            let sharing: Vec<&Person> = known
                .iter()
                .copied()
                .filter(|p| mine.iter().any(|m| same_text(m, of(p))))
                .collect();
            let same = sharing.len();
            let unknown = doc.people.len() - known.len();
            let enough = known.len() >= rules.narrow_min_people as usize;
            #[allow(clippy::cast_precision_loss)]
            let share = if known.is_empty() {
                0.0
            } else {
                same as f64 / known.len() as f64
            };
            let one_sided = enough && share >= rules.narrow_share;
            let mut reasons = vec![format!(
                "{same} of {} whose {label} is known share yours ({}): {} %.",
                count(known.len() as u64, "person", "people"),
                mine.join(", "),
                (share * 100.0).round()
            )];
            if unknown > 0 {
                reasons.push(format!(
                    "{} with no {label} given left out.",
                    count(unknown as u64, "person", "people")
                ));
            }
            reasons.push(if enough {
                format!(
                    "The rules call a side narrow from {} % with at least {} known.",
                    (rules.narrow_share * 100.0).round(),
                    count(u64::from(rules.narrow_min_people), "person", "people")
                )
            } else {
                format!(
                    "Too few to judge: the rules need at least {} known.",
                    count(u64::from(rules.narrow_min_people), "person", "people")
                )
            });
            if one_sided {
                // The verdict names whom it rests on, the first few in the list's order.
                let shown = sharing.len().min(NAMED);
                let more = sharing.len() - shown;
                let tail = if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                };
                reasons.push(format!("Sharing it: {}{tail}.", names(&sharing[..shown])));
            }
            Narrow {
                side,
                mine,
                same,
                known: known.len(),
                one_sided,
                reasons,
            }
        })
        .collect()
}

fn nonempty(text: &str) -> Vec<String> {
    let t = text.trim();
    if t.is_empty() {
        Vec::new()
    } else {
        vec![t.to_owned()]
    }
}
