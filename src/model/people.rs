//! The people a career depends on: mentors, sponsors, experts, mentees, and the dated log of
//! keeping in touch with each.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{PersonId, SkillId, StoneId};

labelled_enum! {
    /// How a person relates to the career. A person brought in by an import has none set
    /// yet, and is "to classify" until the person picks one.
    Relation {
        /// Gives guidance on the career, over time.
        Mentor => "Mentor",
        /// Speaks up for the person where decisions are made.
        Sponsor => "Sponsor",
        /// A paid or assigned coach.
        Coach => "Coach",
        /// Someone the person mentors.
        Mentee => "Mentee",
        /// A peer.
        Peer => "Peer",
        /// A manager, now or before.
        Manager => "Manager",
        /// Knows a field or a craft well.
        DomainExpert => "Domain expert",
        /// A recruiter.
        Recruiter => "Recruiter",
    }
}

/// What a relation not set yet shows.
pub const TO_CLASSIFY: &str = "to classify";

/// One person the career depends on.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Person {
    /// Their id.
    pub id: PersonId,
    /// Their name.
    pub name: String,
    /// How they relate; `None` while "to classify" (an imported connection).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relation: Option<Relation>,
    /// Where they work.
    pub company: String,
    /// Their role there.
    pub role: String,
    /// Their function (product, engineering, design, sales...); empty while not known.
    pub function: String,
    /// The domain they work in (payments, health, AI...); empty while not known.
    pub domain: String,
    /// The skills of the skills matrix they know well.
    pub skills: Vec<SkillId>,
    /// Stepping stones they have already reached themselves (been a head of product...).
    pub has_done: Vec<StoneId>,
    /// Free tags for what else they know.
    pub tags: Vec<String>,
    /// Keep in touch every this many days; `None` while not set, and then never "due".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub every_days: Option<u32>,
    /// Notes.
    pub notes: String,
    /// When the connection was made, where known (an import gives it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connected: Option<NaiveDate>,
    /// The dated log of touches.
    pub touches: Vec<Touch>,
}

/// One touch with a person: a call, a coffee, a message that was answered.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Touch {
    /// When; a touch with no date is kept but counts for no cadence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// What was talked about.
    pub talked: String,
    /// What was asked of them.
    pub asked: String,
    /// What was promised to them; empty for nothing.
    pub promised: String,
    /// Whether the promise was kept.
    pub kept: bool,
}

impl Person {
    /// The relation's words, or "to classify".
    pub fn relation_label(&self) -> &'static str {
        self.relation.map_or(TO_CLASSIFY, Relation::label)
    }

    /// Their role and company as given, joined by a comma ("CTO, Acme"); either alone when
    /// only one is given, and empty when neither is.
    pub fn role_at(&self) -> String {
        [self.role.trim(), self.company.trim()]
            .into_iter()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The latest dated touch.
    pub fn last_touch(&self) -> Option<&Touch> {
        self.touches
            .iter()
            .filter(|t| t.date.is_some())
            .max_by_key(|t| t.date)
    }
}

/// The thresholds the people side reasons with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PeopleRules {
    /// Days past a person's own cadence before a touch that is due counts as overdue.
    /// Default 14: two weeks of slack, so that a month's cadence kept within the month
    /// after is due, not failed.
    pub overdue_after_days: u32,
    /// A mentor or sponsor not touched within this many days no longer counts as guidance.
    /// Default 91: a quarter, the rhythm of the growth conversation the mentorship moves ask
    /// for.
    pub mentor_within_days: u32,
    /// The share of people from one company, function or domain from which the network is
    /// one-sided. Default 0.6: more than half from one place, with room for chance.
    pub narrow_share: f64,
    /// The fewest people known on a side before its share is judged at all. Default 5: below
    /// it, one person more or less swings the share by a fifth.
    pub narrow_min_people: u32,
}

impl Default for PeopleRules {
    fn default() -> Self {
        Self {
            overdue_after_days: 14,
            mentor_within_days: 91,
            narrow_share: 0.6,
            narrow_min_people: 5,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Person;

    #[test]
    fn a_role_and_company_are_joined_only_where_given() {
        let mut p = Person {
            role: " CTO ".into(),
            company: "Acme".into(),
            ..Person::default()
        };
        assert_eq!(p.role_at(), "CTO, Acme");
        p.role = "  ".into();
        assert_eq!(p.role_at(), "Acme");
        p.company = String::new();
        assert_eq!(p.role_at(), "");
    }
}
