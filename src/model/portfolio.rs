//! The career portfolio: roles and projects as bets over the years.

use serde::{Deserialize, Serialize};

use super::{BetId, SkillId, StoneId};

labelled_enum! {
    /// Whether a bet or an offer is a steady core role or a big swing.
    BetKind {
        /// Incremental growth on an existing product: builds the core craft.
        Core => "Core",
        /// A zero-to-one bet: fails about half the time, pays in stories and learning.
        BigSwing => "Big swing",
    }
}

labelled_enum! {
    /// Whether a role is mostly for learning or for impact.
    Phase {
        /// A role one is new to: the most learning.
        Learning => "Learning",
        /// Work one already knows: the most impact.
        Impact => "Impact",
    }
}

labelled_enum! {
    /// The type of product work a bet or an offer is.
    WorkType {
        /// Building features on an existing product.
        Feature => "Feature work",
        /// Growth: acquisition, activation, retention, monetisation.
        Growth => "Growth",
        /// Scaling a product that already works.
        Scaling => "Scaling",
        /// Building something new from nothing.
        ZeroToOne => "Zero-to-one",
        /// Managing people.
        PeopleManagement => "People management",
        /// Platforms and internal tools.
        Platform => "Platform",
        /// Anything else.
        Other => "Other",
    }
}

labelled_enum! {
    /// Where a bet stands.
    BetStatus {
        /// Not started yet.
        Planned => "Planned",
        /// Under way.
        Active => "Active",
        /// Over, with its outcome not set yet: counted neither as a success nor as a failure.
        Ended => "Ended, outcome not set",
        /// Ended well.
        Succeeded => "Succeeded",
        /// Ended without reaching its goal.
        Failed => "Failed",
        /// Turned into something else.
        Pivoted => "Pivoted",
    }
}

/// A role or project in the career portfolio.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Bet {
    /// Its id.
    pub id: BetId,
    /// The role or project, e.g. "Checkout PM".
    pub title: String,
    /// The company or team.
    pub organisation: String,
    /// Core role or big swing; `None` until the person says (an imported role). Left out of
    /// the file while unset, as are `phase` and `work`: every rule leaves an unset bet out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<BetKind>,
    /// Learning or impact; `None` until the person says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<Phase>,
    /// The type of work; `None` until the person says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub work: Option<WorkType>,
    /// Where it stands.
    pub status: BetStatus,
    /// When it starts, as a fractional year (2021.5 is mid-2021).
    pub start: f64,
    /// When it ends, as a fractional year.
    pub end: f64,
    /// Whether it is a tour of duty: a concrete goal of about 12–18 months.
    pub tour_of_duty: bool,
    /// The story it gave (or is meant to give).
    pub story: String,
    /// The skills it builds.
    pub skills: Vec<SkillId>,
    /// The stepping stones it leads toward.
    pub stones: Vec<StoneId>,
}

impl Bet {
    /// Whether the person has set its kind, phase and type of work.
    pub fn is_classified(&self) -> bool {
        self.kind.is_some() && self.phase.is_some() && self.work.is_some()
    }

    /// What of its kind, phase and type of work is not set yet, in that order.
    pub fn unset_parts(&self) -> Vec<&'static str> {
        [
            (self.kind.is_none(), "kind"),
            (self.phase.is_none(), "phase"),
            (self.work.is_none(), "type of work"),
        ]
        .into_iter()
        .filter_map(|(unset, part)| unset.then_some(part))
        .collect()
    }
}

impl Default for Bet {
    fn default() -> Self {
        Self {
            id: BetId::default(),
            title: String::new(),
            organisation: String::new(),
            kind: None,
            phase: None,
            work: None,
            status: BetStatus::Planned,
            start: 2025.0,
            end: 2027.0,
            tour_of_duty: false,
            story: String::new(),
            skills: Vec::new(),
            stones: Vec::new(),
        }
    }
}
