//! Whom an export is for, and what each reader is given. A spec holds what a person tells no
//! one at work (offers, pay, drift answers); a file sent to a mentor or a manager carries only
//! the parts that reader is meant to see. What is left out is taken out of the document before
//! anything is written, so no reading derived from it (a verdict's caution, a review's drift
//! line, a stone's "on the way to") can bring it back.

use std::borrow::Cow;
use std::fmt;

use crate::model::Document;

/// Whom an export is for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Audience {
    /// The person themselves: everything, the private version.
    #[default]
    Me,
    /// A mentor: the plan, portfolio, skills, ceilings, reviews and evidence; offers without
    /// pay.
    Mentor,
    /// A manager: the stepping stones, skills, voice and evidence.
    Manager,
}

/// A part of the spec that an audience is given or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The north star (target role, year, why) and what the spec says about it.
    NorthStar,
    /// The stepping stones toward it.
    Stones,
    /// The skills matrix.
    Skills,
    /// The portfolio of bets and what it says.
    Portfolio,
    /// The offers, compared.
    Offers,
    /// Pay: every offer's money and what each is worth.
    Pay,
    /// The drift checklist's runs and answers, and the reviews' answer on drift.
    Drift,
    /// The six ceilings.
    Ceilings,
    /// The 30/60/90 landing plan.
    Landing,
    /// The voice log, the promised cadence and the month's draft.
    Voice,
    /// The career reviews and metrics.
    Review,
    /// The people kept, their touches and promises, and what they say.
    People,
    /// The evidence of impact and what it says.
    Evidence,
}

impl Part {
    /// Every part, in the order the export writes them.
    pub const ALL: [Self; 13] = [
        Self::NorthStar,
        Self::Stones,
        Self::Skills,
        Self::Portfolio,
        Self::Offers,
        Self::Pay,
        Self::Drift,
        Self::Ceilings,
        Self::Landing,
        Self::Voice,
        Self::Review,
        Self::People,
        Self::Evidence,
    ];

    /// What the part is, in words, with how much of it this document holds, for the preview
    /// of what an export leaves out.
    pub fn describe(self, doc: &Document) -> String {
        let count = |n: usize, one: &str, many: &str| match n {
            0 => "none yet".to_owned(),
            1 => format!("1 {one}"),
            n => format!("{n} {many}"),
        };
        match self {
            Self::NorthStar => {
                let role = doc.north_star.target_role.trim();
                if role.is_empty() {
                    "The north star (not set yet)".to_owned()
                } else {
                    format!(
                        "The north star: {role} by {}, why, and what the spec says about it",
                        doc.north_star.target_year
                    )
                }
            }
            Self::Stones => format!(
                "Stepping stones ({})",
                count(doc.north_star.stones.len(), "stone", "stones")
            ),
            Self::Skills => format!("Skills ({})", count(doc.skills.len(), "skill", "skills")),
            Self::Portfolio => format!("The portfolio ({})", count(doc.bets.len(), "bet", "bets")),
            Self::Offers => format!(
                "Offers and their comparison ({})",
                count(doc.offers.len(), "offer", "offers")
            ),
            Self::Pay => "Pay: every offer's money and what each is worth".to_owned(),
            Self::Drift => format!(
                "The drift checklist and its answers ({}), and where each review says you drifted",
                count(doc.drift.reviews.len(), "run", "runs")
            ),
            Self::Ceilings => format!(
                "The ceilings ({})",
                count(doc.ceilings.len(), "assessment", "assessments")
            ),
            Self::Landing => format!(
                "The landing plan ({})",
                count(doc.landing.items.len(), "step", "steps")
            ),
            Self::Voice => format!(
                "The voice log, the update promised to your manager and the month's draft ({})",
                count(doc.voice.entries.len(), "entry", "entries")
            ),
            Self::Review => format!(
                "Career reviews and metrics ({}, {})",
                count(doc.reviews.len(), "review", "reviews"),
                count(doc.metrics.len(), "metric", "metrics")
            ),
            Self::People => format!(
                "Your people, their touches and promises ({})",
                count(doc.people.len(), "person", "people")
            ),
            Self::Evidence => format!(
                "Your evidence of impact and what it says ({})",
                count(doc.evidence.len(), "entry", "entries")
            ),
        }
    }
}

impl Audience {
    /// Every audience, the private one first.
    pub const ALL: [Self; 3] = [Self::Me, Self::Mentor, Self::Manager];

    /// Whether this audience is given a part.
    pub fn includes(self, part: Part) -> bool {
        match self {
            Self::Me => true,
            Self::Mentor => !matches!(part, Part::Pay | Part::Drift | Part::Voice | Part::People),
            Self::Manager => matches!(
                part,
                Part::Stones | Part::Skills | Part::Voice | Part::Evidence
            ),
        }
    }

    /// The parts this audience is not given.
    pub fn left_out(self) -> Vec<Part> {
        Part::ALL
            .into_iter()
            .filter(|p| !self.includes(*p))
            .collect()
    }

    /// The name `--for` takes.
    pub fn cli_name(self) -> &'static str {
        match self {
            Self::Me => "me",
            Self::Mentor => "mentor",
            Self::Manager => "manager",
        }
    }

    /// The audience `--for` names.
    pub fn from_cli_name(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|a| a.cli_name() == name.trim().to_lowercase())
    }

    /// Its name where a person chooses it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Me => "Me (private)",
            Self::Mentor => "A mentor",
            Self::Manager => "My manager",
        }
    }

    /// Whom it is for, as words that end a sentence ("Exported career.md for a mentor").
    pub fn for_whom(self) -> &'static str {
        match self {
            Self::Me => "for you alone (the private version)",
            Self::Mentor => "for a mentor",
            Self::Manager => "for your manager",
        }
    }

    /// The line an export for this audience says whom it is for: the private version says so
    /// first, so that it is never sent on by mistake.
    pub fn first_line(self) -> &'static str {
        match self {
            Self::Me => {
                "_Private version: everything in the spec, offers, pay and drift answers included. \
                 Export it for a mentor or a manager to share it._"
            }
            Self::Mentor => "_For a mentor._",
            Self::Manager => "_For my manager._",
        }
    }

    /// The document with what this audience is not given taken out.
    pub fn redact(self, doc: &Document) -> Cow<'_, Document> {
        if self == Self::Me {
            return Cow::Borrowed(doc);
        }
        let mut doc = doc.clone();
        if !self.includes(Part::NorthStar) {
            doc.north_star.target_role.clear();
            doc.north_star.why.clear();
        }
        if !self.includes(Part::Offers) {
            doc.offers.clear();
            doc.compared = None;
        }
        if !self.includes(Part::Pay) {
            // The money stays in the document (the comparison's reading depends on it); the
            // export writes none of it. Notes may name figures or people, so they go.
            for offer in &mut doc.offers {
                offer.notes.clear();
                for score in &mut offer.scores {
                    score.note.clear();
                }
            }
        }
        if !self.includes(Part::Drift) {
            doc.drift.reviews.clear();
            for review in &mut doc.reviews {
                review.drifted.clear();
                review.snapshot.drift = crate::model::RiskLevel::default();
            }
        }
        if !self.includes(Part::Ceilings) {
            doc.ceilings.clear();
            for review in &mut doc.reviews {
                review.snapshot.ceilings.clear();
            }
        }
        if !self.includes(Part::Review) {
            doc.reviews.clear();
            doc.metrics.clear();
        }
        if !self.includes(Part::Evidence) {
            doc.evidence.clear();
        }
        if !self.includes(Part::People) {
            doc.people.clear();
        }
        Cow::Owned(doc)
    }
}

impl fmt::Display for Audience {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.cli_name())
    }
}
