//! What the people say: whom to touch next and what was promised to them, who knows what the
//! north star needs, how narrow the network is, and where guidance is missing. Pure functions
//! of the document and today, each finding with the entries it rests on.

mod ceilings;
mod network;
#[cfg(test)]
mod tests;

pub use ceilings::{Suggested, suggested_score};
pub use network::{Coverage, Narrow, Need, Side, coverage, narrowness};

use chrono::NaiveDate;

use super::words::{count, days, every_days, from_today};
use crate::model::{Document, Person, PersonId, Relation, days_after};

/// Something the people data says, with the entries it rests on.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// What it says, as one sentence.
    pub title: String,
    /// Why, one reason per line, each naming the people or entries it comes from.
    pub reasons: Vec<String>,
    /// The people it is about.
    pub people: Vec<PersonId>,
    /// What it is about.
    pub topic: Topic,
    /// A caution (something to act on), or a note of what stands.
    pub caution: bool,
    /// The move that acts on it, where one does.
    pub fill: Option<String>,
}

/// What a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    /// A touch due or overdue.
    Touch,
    /// No mentor or sponsor at all.
    NoGuide,
    /// Mentors or sponsors, none touched within the rules' days.
    StaleGuide,
    /// No one mentored.
    NoMentee,
    /// The people mentored.
    Mentees,
}

/// Where keeping in touch with one person stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Touching {
    /// No cadence set: never due, never overdue.
    NoCadence,
    /// A cadence set and no dated touch yet: the first one is due.
    First,
    /// The next touch falls on this date, this many days from today (negative: past).
    Next(NaiveDate, i64),
}

impl Touching {
    /// Whether a touch is due today or was due before.
    pub fn is_due(self) -> bool {
        match self {
            Touching::NoCadence => false,
            Touching::First => true,
            Touching::Next(_, n) => n <= 0,
        }
    }

    /// Whether it is past its date by more than the rules' slack.
    pub fn is_overdue(self, doc: &Document) -> bool {
        let slack = i64::from(doc.rules.people.overdue_after_days);
        matches!(self, Touching::Next(_, n) if n.saturating_neg() > slack)
    }

    /// The date it is due, where one is known; the first touch is due today.
    fn due_on(self, today: NaiveDate) -> Option<NaiveDate> {
        match self {
            Touching::NoCadence => None,
            Touching::First => Some(today),
            Touching::Next(date, _) => Some(date),
        }
    }

    /// Where it stands, as a few words the list and the export share.
    pub fn words(self, doc: &Document) -> String {
        match self {
            Touching::NoCadence => "no cadence set".to_owned(),
            Touching::First => "first touch due".to_owned(),
            Touching::Next(date, n) if self.is_overdue(doc) => {
                format!("overdue: due {date}, {}", from_today(n))
            }
            Touching::Next(date, n) if n <= 0 => format!("due {date}, {}", from_today(n)),
            Touching::Next(date, n) => format!("next {date}, {}", from_today(n)),
        }
    }
}

/// Where keeping in touch with a person stands on `today`.
pub fn touching(person: &Person, today: NaiveDate) -> Touching {
    let Some(every) = person.every_days else {
        return Touching::NoCadence;
    };
    match person.last_touch().and_then(|t| t.date) {
        None => Touching::First,
        Some(last) => {
            let next = days_after(last, u64::from(every));
            Touching::Next(next, (next - today).num_days())
        }
    }
}

/// Everyone, in the order the People panel lists them: who is due first (the longest past
/// their date first, a first touch counting as due today), then those with a cadence by
/// their next date, then those with none, by name.
pub fn in_due_order(doc: &Document, today: NaiveDate) -> Vec<&Person> {
    let mut all: Vec<&Person> = doc.people.iter().collect();
    all.sort_by_cached_key(|p| {
        let due = touching(p, today).due_on(today);
        (due.is_none(), due, p.name.to_lowercase(), p.id)
    });
    all
}

/// A touch due or overdue, with why.
#[derive(Clone, Debug, PartialEq)]
pub struct DueTouch {
    /// Whom.
    pub person: PersonId,
    /// Where it stands.
    pub touching: Touching,
    /// Past its date by more than the rules' slack.
    pub overdue: bool,
    /// The finding: who, since when, and what was last talked about.
    pub finding: Finding,
}

/// The people due or overdue for a touch, the longest past their date first. Someone with
/// no cadence set is never among them.
pub fn due(doc: &Document, today: NaiveDate) -> Vec<DueTouch> {
    in_due_order(doc, today)
        .into_iter()
        .filter_map(|p| {
            let t = touching(p, today);
            t.is_due().then(|| due_touch(doc, p, t))
        })
        .collect()
}

fn due_touch(doc: &Document, p: &Person, t: Touching) -> DueTouch {
    let overdue = t.is_overdue(doc);
    let name = shown_name(p);
    let every = p.every_days.map(every_days).unwrap_or_default();
    let mut reasons = vec![format!("You keep in touch with {name} {every}.")];
    match p.last_touch() {
        Some(last) => {
            let about = if last.talked.trim().is_empty() {
                String::new()
            } else {
                format!(": {}", last.talked.trim())
            };
            if let Some(date) = last.date {
                reasons.push(format!("Last touch {date}{about}."));
            }
        }
        None if p.touches.is_empty() => reasons.push("No touch logged yet.".to_owned()),
        // A touch with no date counts for no cadence.
        None => reasons.push("No touch with a date logged yet.".to_owned()),
    }
    if let Touching::Next(date, n) = t {
        reasons.push(format!("Due {date}, {}.", from_today(n)));
        if overdue {
            reasons.push(format!(
                "Overdue: more than {} past due (the rules' slack).",
                days(i64::from(doc.rules.people.overdue_after_days))
            ));
        }
    }
    let title = match t {
        Touching::First => format!("First touch with {name} is due."),
        _ if overdue => format!("Overdue: get in touch with {name}."),
        _ => format!("Get in touch with {name}."),
    };
    DueTouch {
        person: p.id,
        touching: t,
        overdue,
        finding: Finding {
            title,
            reasons,
            people: vec![p.id],
            topic: Topic::Touch,
            caution: true,
            fill: None,
        },
    }
}

/// A promise made in a touch and not kept yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenPromise {
    /// To whom.
    pub person: PersonId,
    /// In the touch of this date, where it has one.
    pub date: Option<NaiveDate>,
    /// What was promised.
    pub promised: String,
}

impl OpenPromise {
    /// The promise as one line: to whom, when, what.
    pub fn sentence(&self, doc: &Document) -> String {
        let name = doc.get(self.person).map_or("someone removed", shown_name);
        let when = self.date.map(|d| format!(" on {d}")).unwrap_or_default();
        format!("Promised {name}{when}: {}", self.promised.trim())
    }
}

/// The promises made in touches and not kept yet, the oldest first (undated last).
pub fn open_promises(doc: &Document) -> Vec<OpenPromise> {
    let mut open: Vec<OpenPromise> = doc
        .people
        .iter()
        .flat_map(|p| {
            p.touches
                .iter()
                .filter(|t| !t.kept && !t.promised.trim().is_empty())
                .map(|t| OpenPromise {
                    person: p.id,
                    date: t.date,
                    promised: t.promised.clone(),
                })
        })
        .collect();
    open.sort_by_key(|o| (o.date.is_none(), o.date));
    open
}

/// A person's name as shown, or "someone unnamed".
pub fn shown_name(p: &Person) -> &str {
    let name = p.name.trim();
    if name.is_empty() {
        "someone unnamed"
    } else {
        name
    }
}

fn guides(p: &Person) -> bool {
    matches!(p.relation, Some(Relation::Mentor | Relation::Sponsor))
}

/// Where guidance stands: no mentor or sponsor, or none touched within the rules' days; and
/// the mentees the person is helping, or none. Silent with no people at all: the panel asks
/// for the first one instead.
pub fn mentorship(doc: &Document, today: NaiveDate) -> Vec<Finding> {
    if doc.people.is_empty() {
        return Vec::new();
    }
    let within = doc.rules.people.mentor_within_days;
    let mut out = Vec::new();
    let guides: Vec<&Person> = doc.people.iter().filter(|p| guides(p)).collect();
    if guides.is_empty() {
        let unclassified = doc.people.iter().filter(|p| p.relation.is_none()).count();
        let mut reasons = vec![format!(
            "None of your {} is marked mentor or sponsor.",
            count(doc.people.len() as u64, "person", "people")
        )];
        if unclassified > 0 {
            reasons.push(format!(
                "{} still to classify: one of them may be.",
                count(unclassified as u64, "person is", "people are")
            ));
        }
        out.push(Finding {
            title: "No mentor or sponsor among your people.".to_owned(),
            reasons,
            people: Vec::new(),
            topic: Topic::NoGuide,
            caution: true,
            fill: Some("Find a mentor two levels up, outside my reporting line".to_owned()),
        });
    } else {
        let since = |p: &Person| {
            p.last_touch()
                .and_then(|t| t.date)
                .map(|d| (today - d).num_days())
        };
        let fresh = guides
            .iter()
            .any(|p| since(p).is_some_and(|n| (0..=i64::from(within)).contains(&n)));
        if !fresh {
            let reasons = guides
                .iter()
                .map(|p| {
                    let last = p.last_touch().and_then(|t| t.date);
                    match (last, since(p)) {
                        (Some(d), Some(n)) => format!(
                            "{} ({}): last touch {d}, {}.",
                            shown_name(p),
                            p.relation_label().to_lowercase(),
                            from_today(n.saturating_neg())
                        ),
                        _ => format!(
                            "{} ({}): no touch logged.",
                            shown_name(p),
                            p.relation_label().to_lowercase()
                        ),
                    }
                })
                .collect();
            out.push(Finding {
                title: format!(
                    "No mentor or sponsor touched in the last {}.",
                    days(i64::from(within))
                ),
                reasons,
                people: guides.iter().map(|p| p.id).collect(),
                topic: Topic::StaleGuide,
                caution: true,
                fill: Some("Ask a mentor for one precise question this month".to_owned()),
            });
        }
    }
    let mentees: Vec<&Person> = doc
        .people
        .iter()
        .filter(|p| p.relation == Some(Relation::Mentee))
        .collect();
    if mentees.is_empty() {
        out.push(Finding {
            title: "You mentor no one yet.".to_owned(),
            reasons: vec![
                "No one among your people is marked mentee.".to_owned(),
                "Mentoring others frees your time and grows the people skills the next level \
                 asks for."
                    .to_owned(),
            ],
            people: Vec::new(),
            topic: Topic::NoMentee,
            caution: true,
            fill: Some("Mentor someone to take over work I do well".to_owned()),
        });
    } else {
        let names: Vec<&str> = mentees.iter().map(|p| shown_name(p)).collect();
        out.push(Finding {
            title: format!(
                "You are mentoring {}: {}.",
                count(mentees.len() as u64, "person", "people"),
                names.join(", ")
            ),
            reasons: mentees
                .iter()
                .map(|p| match p.last_touch().and_then(|t| t.date) {
                    Some(d) => format!("{}: last touch {d}.", shown_name(p)),
                    None => format!("{}: no touch logged.", shown_name(p)),
                })
                .collect(),
            people: mentees.iter().map(|p| p.id).collect(),
            topic: Topic::Mentees,
            caution: false,
            fill: None,
        });
    }
    out
}
