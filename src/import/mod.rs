//! Bringing a person's history in from elsewhere: what an export holds becomes bets and
//! skills, reviewed as a [`Plan`] before it lands as one edit. Plain Rust, no egui.

pub mod connections;
pub mod fits;
pub mod linkedin;
pub mod rows;
pub mod text;

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};

use crate::analysis::portfolio::{default_length, status_on};
use crate::edit::{Edit, Item};
use crate::model::number::group_digits;
use crate::model::validate::YEAR_RANGE;
use crate::model::{
    Bet, BetId, BetStatus, Document, Person, PersonId, Skill, SkillId, date_of_fraction, next_id,
    year_fraction,
};
use rows::{Connection, Export, Period, Position, Problem, SkillRow};

/// One position as it would become a bet; the person may change its kind and status, or
/// leave it out, before it lands.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The line of Positions.csv it came from.
    pub line: u64,
    /// The bet it becomes; its id is given when it lands.
    pub bet: Bet,
    /// When the export says it started and finished, as it says them.
    pub dates: String,
    /// Whether it is the position still held (no end in the export).
    pub current: bool,
    /// Whether to import it.
    pub include: bool,
}

/// What an import would add to a document, and what it leaves out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    /// The positions not in the document yet, in the order of the file.
    pub rows: Vec<Row>,
    /// The skills not in the matrix yet, unscored; their ids are given when they land.
    pub skills: Vec<Skill>,
    /// The lines of the positions the document holds already.
    pub already: Vec<u64>,
    /// How many skills the matrix holds already.
    pub skills_already: usize,
    /// The connections not among the people yet, "to classify"; their ids are given when
    /// they land.
    pub people: Vec<Person>,
    /// How many connections the people hold already.
    pub people_already: usize,
    /// The rows that could not be read.
    pub problems: Vec<Problem>,
}

/// The first day of the month after `today`: a position still held runs to there until the
/// person says when they expect it to end.
fn next_month(today: NaiveDate) -> NaiveDate {
    let first = today.with_day(1).unwrap_or(today);
    first
        .checked_add_months(chrono::Months::new(1))
        .unwrap_or(first)
}

/// What tells one position from another: the organisation and title (ignoring case)
/// and the month it started.
type PositionKey = (String, String, i32, u32);

fn position_key(organisation: &str, title: &str, start: NaiveDate) -> PositionKey {
    (
        organisation.trim().to_ascii_lowercase(),
        title.trim().to_ascii_lowercase(),
        start.year(),
        start.month(),
    )
}

/// The positions, skills and people a document holds, looked up at once however many there
/// are.
struct Held {
    positions: HashSet<PositionKey>,
    skills: HashSet<String>,
    /// Each person by name and the day connected, where known.
    connected: HashSet<(String, NaiveDate)>,
    /// Each person by name and company.
    working_at: HashSet<(String, String)>,
}

impl Held {
    fn of(doc: &Document) -> Self {
        Self {
            positions: doc
                .bets
                .iter()
                .filter_map(|b| {
                    let start = date_of_fraction(b.start)?;
                    Some(position_key(&b.organisation, &b.title, start))
                })
                .collect(),
            skills: doc.skills.iter().map(|s| skill_key(&s.name)).collect(),
            connected: doc
                .people
                .iter()
                .filter_map(|p| Some((skill_key(&p.name), p.connected?)))
                .collect(),
            working_at: doc
                .people
                .iter()
                .map(|p| (skill_key(&p.name), skill_key(&p.company)))
                .collect(),
        }
    }

    /// Whether the document already holds this person: the same name (ignoring case) and
    /// either the same day connected or the same company, so that a person whose company was
    /// edited since is still known by the day, and one added by hand by the company.
    fn holds_person(&self, name: &str, company: &str, connected: Option<NaiveDate>) -> bool {
        let name = skill_key(name);
        connected.is_some_and(|d| self.connected.contains(&(name.clone(), d)))
            || self.working_at.contains(&(name, skill_key(company)))
    }

    /// Whether the document already holds this position: the same organisation and title
    /// (ignoring case) starting in the same month.
    fn holds(&self, organisation: &str, title: &str, started: Period) -> bool {
        self.positions
            .contains(&position_key(organisation, title, started.first_day()))
    }

    fn holds_skill(&self, name: &str) -> bool {
        self.skills.contains(&skill_key(name))
    }
}

fn skill_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// What importing `export` into `doc` would add on `today`: each new position as a bet not
/// classified yet (no kind, phase or type of work) whose status follows the calendar (the
/// position still held is active, one that ended has its outcome not set), each new
/// connection as a person to classify, each new skill unscored.
pub fn plan(doc: &Document, export: &Export, today: NaiveDate) -> Plan {
    let held = Held::of(doc);
    let mut out = Plan {
        problems: export.problems.clone(),
        ..Plan::default()
    };
    out.add_positions(&held, &export.positions, today);
    out.add_people(&held, &export.connections);
    out.add_skills(&held, &export.skills);
    out
}

impl Plan {
    /// Each position not held yet as a row, the held ones by their line, and those whose
    /// dates run outside the calendar as problems.
    fn add_positions(&mut self, held: &Held, positions: &[Position], today: NaiveDate) {
        for p in positions {
            if held.holds(&p.organisation, &p.title, p.started) {
                self.already.push(p.line);
                continue;
            }
            let end = end_of(p, today);
            if let Some(problem) = outside_the_calendar(p, end) {
                self.problems.push(problem);
                continue;
            }
            self.rows.push(row(p, end, today));
        }
    }

    /// Each connection not among the people yet as a person to classify; the others counted.
    fn add_people(&mut self, held: &Held, connections: &[Connection]) {
        for c in connections {
            if held.holds_person(&c.name, &c.company, c.connected) {
                self.people_already += 1;
            } else {
                // The export says nothing of how they relate: "to classify" until the person
                // says.
                self.people.push(Person {
                    name: c.name.clone(),
                    company: c.company.clone(),
                    role: c.position.clone(),
                    connected: c.connected,
                    ..Person::default()
                });
            }
        }
    }

    /// Each skill not in the matrix yet, unscored; the others counted.
    fn add_skills(&mut self, held: &Held, skills: &[SkillRow]) {
        for s in skills {
            if held.holds_skill(&s.name) {
                self.skills_already += 1;
            } else {
                self.skills.push(Skill {
                    name: s.name.clone(),
                    ..Skill::default()
                });
            }
        }
    }
}

/// When a position's bet ends, as a year fraction: the day after it finished; for the one
/// still held, the first of next month, or its default length when it starts after `today`.
fn end_of(p: &Position, today: NaiveDate) -> f64 {
    let start = year_fraction(p.started.first_day());
    match p.finished {
        Some(f) => year_fraction(f.day_after()),
        None if start < year_fraction(today) => year_fraction(next_month(today)),
        None => start + default_length(None),
    }
}

/// The row a position becomes, ending at `end`, kept until the person leaves it out.
fn row(p: &Position, end: f64, today: NaiveDate) -> Row {
    let start = year_fraction(p.started.first_day());
    Row {
        line: p.line,
        bet: Bet {
            title: p.title.clone(),
            organisation: p.organisation.clone(),
            // The export says nothing of the kind, phase or type of work: each is not set
            // until the person classifies the role.
            status: status_on(start, end, year_fraction(today)),
            start,
            end,
            story: p.description.clone(),
            ..Bet::default()
        },
        dates: match p.finished {
            Some(f) => format!("{} – {f}", p.started),
            None => format!("{} – present", p.started),
        },
        current: p.finished.is_none(),
        include: true,
    }
}

impl Plan {
    /// The rows the person kept.
    pub fn included(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| r.include)
    }

    /// Whether landing it would change nothing.
    pub fn adds_nothing(&self) -> bool {
        self.included().next().is_none() && self.skills.is_empty() && self.people.is_empty()
    }

    /// The one edit that adds the kept bets and the new skills to `doc`, with fresh ids;
    /// anything `doc` has come to hold meanwhile is left out. None when nothing is left.
    pub fn edit(&self, doc: &Document) -> Option<Edit> {
        let (skills, bets, people) = self.new_items(doc);
        let edits: Vec<Edit> = skills
            .into_iter()
            .map(|s| Edit::Upsert(Item::Skill(s)))
            .chain(bets.into_iter().map(|b| Edit::Upsert(Item::Bet(b))))
            .chain(people.into_iter().map(|p| Edit::Upsert(Item::Person(p))))
            .collect();
        (!edits.is_empty()).then_some(Edit::Batch(edits))
    }

    /// The skills, bets and people landing it adds to `doc`, with fresh ids, leaving out
    /// anything `doc` has come to hold meanwhile.
    fn new_items(&self, doc: &Document) -> (Vec<Skill>, Vec<Bet>, Vec<Person>) {
        let held = Held::of(doc);
        let mut skills = Vec::new();
        let mut skill_id: SkillId = next_id(doc.skills.iter().map(|s| s.id));
        for skill in &self.skills {
            if held.holds_skill(&skill.name) {
                continue;
            }
            skills.push(Skill {
                id: skill_id,
                ..skill.clone()
            });
            skill_id = SkillId(skill_id.0 + 1);
        }
        let mut bets = Vec::new();
        let mut bet_id: BetId = next_id(doc.bets.iter().map(|b| b.id));
        for row in self.included() {
            let started = date_of_fraction(row.bet.start).map(|d| Period {
                year: d.year(),
                month: Some(d.month()),
            });
            if started.is_some_and(|p| held.holds(&row.bet.organisation, &row.bet.title, p)) {
                continue;
            }
            bets.push(Bet {
                id: bet_id,
                ..row.bet.clone()
            });
            bet_id = BetId(bet_id.0 + 1);
        }
        let mut people = Vec::new();
        let mut person_id: PersonId = next_id(doc.people.iter().map(|p| p.id));
        for person in &self.people {
            if held.holds_person(&person.name, &person.company, person.connected) {
                continue;
            }
            people.push(Person {
                id: person_id,
                ..person.clone()
            });
            person_id = PersonId(person_id.0 + 1);
        }
        (skills, bets, people)
    }

    /// What landing it adds and what it leaves, in a sentence or two.
    pub fn summary(&self) -> String {
        let bets = self.included().count();
        let people = count(self.people.len(), "person", "people") + " to classify";
        // A file of connections alone adds people: no count of nothing before them.
        let mut out = if bets == 0 && self.skills.is_empty() && !self.people.is_empty() {
            people
        } else {
            let mut out = format!(
                "{} and {}",
                count(bets, "position", "positions"),
                count(self.skills.len(), "skill", "skills")
            );
            if !self.skills.is_empty() {
                out.push_str(" (not scored yet)");
            }
            if !self.people.is_empty() {
                out.push_str(", and ");
                out.push_str(&people);
            }
            out
        };
        let mut left = Vec::new();
        if !self.already.is_empty() {
            left.push(format!(
                "{} already in the spec",
                count(self.already.len(), "position", "positions")
            ));
        }
        if self.skills_already > 0 {
            left.push(format!(
                "{} already in the matrix",
                count(self.skills_already, "skill", "skills")
            ));
        }
        if self.people_already > 0 {
            left.push(format!(
                "{} already among your people",
                count(self.people_already, "connection", "connections")
            ));
        }
        let left_out = self.rows.len() - bets;
        if left_out > 0 {
            left.push(format!("{left_out} left out"));
        }
        if !self.problems.is_empty() {
            left.push(format!(
                "{} that could not be read",
                count(self.problems.len(), "row", "rows")
            ));
        }
        if !left.is_empty() {
            out.push_str("; ");
            out.push_str(&left.join(", "));
        }
        out
    }

    /// How many of the kept positions are of each status, for the preview's summary.
    pub fn statuses(&self) -> Vec<(BetStatus, usize)> {
        BetStatus::ALL
            .iter()
            .map(|s| (*s, self.included().filter(|r| r.bet.status == *s).count()))
            .filter(|(_, n)| *n > 0)
            .collect()
    }
}

/// A count with its noun and its thousands grouped: "1 position", "2,000 people".
fn count(n: usize, one: &str, many: &str) -> String {
    format!(
        "{} {}",
        group_digits(n as u64),
        if n == 1 { one } else { many }
    )
}

/// The problem of a position whose dates run outside the years a spec holds: a bet must
/// end by the first day of the last year the loader takes.
fn outside_the_calendar(p: &Position, end: f64) -> Option<Problem> {
    let (first, last) = (*YEAR_RANGE.start(), *YEAR_RANGE.end());
    let start = year_fraction(p.started.first_day());
    let inside = |y: f64| (f64::from(first)..=f64::from(last)).contains(&y);
    (!inside(start) || !inside(end)).then(|| Problem {
        file: linkedin::POSITIONS,
        line: p.line,
        message: format!(
            "\"{}\" runs past the start of {last}, the last year a career spec holds",
            p.title
        ),
    })
}

/// Imports `export` into `doc` as the command line does, with nothing left out: the plan
/// that was applied. The new items are added at once, not one edit each: an import of
/// thousands of rows takes as long as reading them.
pub fn merge(doc: &mut Document, export: &Export, today: NaiveDate) -> Plan {
    let plan = plan(doc, export, today);
    land(doc, &plan);
    plan
}

/// How many positions and people an import added to a spec.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Landed {
    /// The positions added as bets.
    pub positions: usize,
    /// The connections added as people.
    pub people: usize,
}

impl Landed {
    /// What was added, in words: "2,000 positions", "300 people" or both.
    pub fn words(self) -> String {
        match (self.positions, self.people) {
            (_, 0) => count(self.positions, "position", "positions"),
            (0, _) => count(self.people, "person", "people"),
            _ => format!(
                "{} and {}",
                count(self.positions, "position", "positions"),
                count(self.people, "person", "people")
            ),
        }
    }
}

/// Adds what `plan` keeps to `doc` as [`Plan::edit`] would, at once: how many positions
/// and people it added.
pub fn land(doc: &mut Document, plan: &Plan) -> Landed {
    let (skills, bets, people) = plan.new_items(doc);
    let added = Landed {
        positions: bets.len(),
        people: people.len(),
    };
    doc.skills.extend(skills);
    doc.bets.extend(bets);
    doc.people.extend(people);
    added
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{day, today};

    fn still_held(started: Period) -> Position {
        Position {
            line: 2,
            organisation: "Acme".into(),
            title: "PM".into(),
            description: String::new(),
            started,
            finished: None,
        }
    }

    #[test]
    fn a_position_still_held_runs_to_next_month_and_one_not_started_yet_its_usual_length() {
        let month = |year, month| Period {
            year,
            month: Some(month),
        };
        let held = still_held(month(2024, 3));
        let end = end_of(&held, today());
        assert_eq!(end, year_fraction(day(2026, 12, 1)));
        assert_eq!(row(&held, end, today()).bet.status, BetStatus::Active);
        assert_eq!(row(&held, end, today()).dates, "Mar 2024 – present");
        // Starting after today, as a signed offer's next role may: planned, as long as a role.
        let next = still_held(month(2027, 2));
        let end = end_of(&next, today());
        let start = year_fraction(day(2027, 2, 1));
        assert!((end - (start + default_length(None))).abs() < 1e-9, "{end}");
        assert_eq!(row(&next, end, today()).bet.status, BetStatus::Planned);
    }

    #[test]
    fn the_preview_and_the_message_after_landing_count_alike() {
        let plan = Plan {
            people: vec![Person::default(); 1200],
            ..Plan::default()
        };
        assert_eq!(plan.summary(), "1,200 people to classify");
        let landed = Landed {
            positions: 1,
            people: 1200,
        };
        assert_eq!(landed.words(), "1 position and 1,200 people");
        assert_eq!(
            Landed {
                positions: 2000,
                people: 0
            }
            .words(),
            "2,000 positions"
        );
    }
}
