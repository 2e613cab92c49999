//! Bringing a person's history in from elsewhere: what an export holds becomes bets and
//! skills, reviewed as a [`Plan`] before it lands as one edit. Plain Rust, no egui.

pub mod linkedin;

use chrono::{Datelike, NaiveDate};

use crate::analysis::portfolio::{default_length, status_on};
use crate::edit::{Edit, Item};
use crate::model::{
    Bet, BetId, BetKind, BetStatus, Document, Skill, SkillId, WorkType, date_of_fraction, next_id,
    year_fraction,
};
use linkedin::{Export, Period, Problem};

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

/// Whether the document already holds this position: the same organisation and title
/// (ignoring case) starting in the same month.
fn holds(doc: &Document, organisation: &str, title: &str, started: Period) -> bool {
    let start = started.first_day();
    doc.bets.iter().any(|b| {
        b.organisation.trim().eq_ignore_ascii_case(organisation)
            && b.title.trim().eq_ignore_ascii_case(title)
            && date_of_fraction(b.start)
                .is_some_and(|d| (d.year(), d.month()) == (start.year(), start.month()))
    })
}

fn same_skill(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// What importing `export` into `doc` would add on `today`: each new position as a core bet
/// whose status follows the calendar (the position still held is active, one that ended
/// has its outcome not set), each new skill unscored.
pub fn plan(doc: &Document, export: &Export, today: NaiveDate) -> Plan {
    let now = year_fraction(today);
    let mut out = Plan {
        problems: export.problems.clone(),
        ..Plan::default()
    };
    for p in &export.positions {
        if holds(doc, &p.organisation, &p.title, p.started) {
            out.already.push(p.line);
            continue;
        }
        let start = year_fraction(p.started.first_day());
        let end = match p.finished {
            Some(f) => year_fraction(f.day_after()),
            None if start < now => year_fraction(next_month(today)),
            None => start + default_length(BetKind::Core),
        };
        out.rows.push(Row {
            line: p.line,
            bet: Bet {
                title: p.title.clone(),
                organisation: p.organisation.clone(),
                kind: BetKind::Core,
                // The export says nothing of the type of work: "other" until the person says.
                work: WorkType::Other,
                status: status_on(start, end, now),
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
        });
    }
    for s in &export.skills {
        if doc.skills.iter().any(|k| same_skill(&k.name, &s.name)) {
            out.skills_already += 1;
        } else {
            out.skills.push(Skill {
                name: s.name.clone(),
                ..Skill::default()
            });
        }
    }
    out
}

impl Plan {
    /// The rows the person kept.
    pub fn included(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| r.include)
    }

    /// Whether landing it would change nothing.
    pub fn adds_nothing(&self) -> bool {
        self.included().next().is_none() && self.skills.is_empty()
    }

    /// The one edit that adds the kept bets and the new skills to `doc`, with fresh ids;
    /// anything `doc` has come to hold meanwhile is left out. None when nothing is left.
    pub fn edit(&self, doc: &Document) -> Option<Edit> {
        let mut edits = Vec::new();
        let mut skill_id: SkillId = next_id(doc.skills.iter().map(|s| s.id));
        for skill in &self.skills {
            if doc.skills.iter().any(|k| same_skill(&k.name, &skill.name)) {
                continue;
            }
            edits.push(Edit::Upsert(Item::Skill(Skill {
                id: skill_id,
                ..skill.clone()
            })));
            skill_id = SkillId(skill_id.0 + 1);
        }
        let mut bet_id: BetId = next_id(doc.bets.iter().map(|b| b.id));
        for row in self.included() {
            let started = date_of_fraction(row.bet.start).map(|d| Period {
                year: d.year(),
                month: Some(d.month()),
            });
            if started.is_some_and(|p| holds(doc, &row.bet.organisation, &row.bet.title, p)) {
                continue;
            }
            edits.push(Edit::Upsert(Item::Bet(Bet {
                id: bet_id,
                ..row.bet.clone()
            })));
            bet_id = BetId(bet_id.0 + 1);
        }
        (!edits.is_empty()).then_some(Edit::Batch(edits))
    }

    /// What landing it adds and what it leaves, in a sentence or two.
    pub fn summary(&self) -> String {
        let bets = self.included().count();
        let mut out = format!(
            "{} and {}",
            count(bets, "position", "positions"),
            count(self.skills.len(), "skill", "skills")
        );
        if !self.skills.is_empty() {
            out.push_str(" (not scored yet)");
        }
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

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Imports `export` into `doc` as the command line does, with nothing left out: the plan
/// that was applied.
pub fn merge(doc: &mut Document, export: &Export, today: NaiveDate) -> Plan {
    let plan = plan(doc, export, today);
    if let Some(edit) = plan.edit(doc) {
        crate::edit::apply(doc, &edit);
    }
    plan
}
