//! The six ceilings that stall careers: where they stand, how they move, the symptoms that
//! point to each, and concrete moves that lift them.

use chrono::NaiveDate;

use super::evidence::storytelling_score;
use super::people::{Suggested, suggested_score};
use crate::model::{Ceiling, CeilingAssessment, Document, Rules};

/// What reads a ceiling from the document and suggests a score for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    /// The people kept: Network and Mentorship.
    People,
    /// The evidence and the voice log: Storytelling.
    Evidence,
}

/// What reads `ceiling` from the document, or `None` where nothing in it bears on the ceiling.
pub fn reader(ceiling: Ceiling) -> Option<Reader> {
    match ceiling {
        Ceiling::Network | Ceiling::Mentorship => Some(Reader::People),
        Ceiling::Storytelling => Some(Reader::Evidence),
        _ => None,
    }
}

impl Reader {
    /// Who the suggestion speaks for, as the line that gives it begins.
    pub fn who(self) -> &'static str {
        match self {
            Self::People => "Your people suggest",
            Self::Evidence => "Your evidence and voice log suggest",
        }
    }

    /// What to add for this reader to suggest a score, while it has nothing to go on.
    pub fn hint(self) -> &'static str {
        match self {
            Self::People => {
                "Add the people you know on the People panel, and they suggest a score here."
            }
            Self::Evidence => {
                "Record a win on the Evidence panel or an update on the Voice panel, and they \
                 suggest a score here."
            }
        }
    }

    /// What to look at again where the person's score and the suggested one lie apart.
    fn lacks(self) -> &'static str {
        match self {
            Self::People => "look again at what the people data shows, or at what it lacks.",
            Self::Evidence => {
                "look again at what your evidence and voice log show, or at what they lack."
            }
        }
    }

    /// The line the panel and the export lead with: the suggested score beside the person's
    /// own, or that they have not scored it.
    pub fn headline(self, suggested: &Suggested, own: Option<u8>) -> String {
        let own = own.map_or_else(|| "you: not scored yet".to_owned(), |o| format!("you: {o}"));
        format!("{} {} of 5 ({own})", self.who(), suggested.score)
    }

    /// Where the person's own score and the suggested one lie two or more apart, what to look
    /// at again; `None` when they are close or the person has not scored it.
    pub fn disagreement(self, suggested: &Suggested, own: Option<u8>) -> Option<String> {
        let own = own.filter(|o| o.abs_diff(suggested.score) >= 2)?;
        Some(format!(
            "Your {own} and their {} differ by {}: {}",
            suggested.score,
            own.abs_diff(suggested.score),
            self.lacks()
        ))
    }
}

/// The score the document suggests for `ceiling`, from whichever reader bears on it; `None`
/// while that reader has nothing to go on, or for a ceiling no reader bears on.
pub fn suggested(doc: &Document, today: NaiveDate, ceiling: Ceiling) -> Option<Suggested> {
    match reader(ceiling)? {
        Reader::People => suggested_score(doc, today, ceiling),
        Reader::Evidence => storytelling_score(doc, today),
    }
}

/// The latest assessment by date.
pub fn latest(doc: &Document) -> Option<&CeilingAssessment> {
    doc.ceilings
        .iter()
        .max_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)))
}

/// The assessments in date order, oldest first.
pub fn in_order(doc: &Document) -> Vec<&CeilingAssessment> {
    let mut all: Vec<&CeilingAssessment> = doc.ceilings.iter().collect();
    all.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
    all
}

/// A ceiling's score in an assessment.
pub fn score(assessment: &CeilingAssessment, ceiling: Ceiling) -> Option<u8> {
    assessment
        .scores
        .iter()
        .find(|s| s.ceiling == ceiling)
        .and_then(|s| s.score)
}

/// How a ceiling moved between the last two assessments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    /// Further from the ceiling than before.
    Up,
    /// Closer to it.
    Down,
    /// The same.
    Flat,
    /// Only scored once.
    New,
}

/// How each ceiling moved between the last two assessments that scored it.
pub fn trend(doc: &Document, ceiling: Ceiling) -> Trend {
    let scores: Vec<u8> = in_order(doc)
        .into_iter()
        .filter_map(|a| score(a, ceiling))
        .collect();
    match scores.as_slice() {
        [.., before, now] if now > before => Trend::Up,
        [.., before, now] if now < before => Trend::Down,
        [_, _, ..] => Trend::Flat,
        _ => Trend::New,
    }
}

/// The ceilings scored lowest in the latest assessment (all of those tied), if any is below 4.
pub fn lowest(doc: &Document) -> Vec<Ceiling> {
    let Some(last) = latest(doc) else {
        return Vec::new();
    };
    // Only the scores given: a ceiling not scored yet is neither low nor clear.
    let Some(min) = last.scores.iter().filter_map(|s| s.score).min() else {
        return Vec::new();
    };
    if min >= 4 {
        return Vec::new();
    }
    Ceiling::ALL
        .iter()
        .copied()
        .filter(|c| score(last, *c) == Some(min))
        .collect()
}

/// What a person says when they are pressed against a ceiling: prompts for the assessment.
pub fn symptoms(ceiling: Ceiling) -> &'static [&'static str] {
    match ceiling {
        Ceiling::Bandwidth => &[
            "The day job takes every waking hour.",
            "Too worn out to even think about what is next.",
            "Recruiters write, and none of it seems worth the energy.",
        ],
        Ceiling::Network => &[
            "Everyone you know is stuck with the same problems you are.",
            "You want into another field and know nobody there.",
            "You have learned something new but no one will give you a first chance at it.",
        ],
        Ceiling::Mentorship => &[
            "Your peers all complain about the same things, and nobody has answers.",
            "Your manager talks about deadlines, never about your growth.",
            "Outside mentors fade after a polite first call.",
        ],
        Ceiling::Learning => &[
            "Each quarter is more of the same work.",
            "The learning budget is gone.",
            "The domain is so narrow you do not want to be its expert.",
        ],
        Ceiling::Storytelling => &[
            "So many strong candidates; you do not stand out.",
            "Your biggest wins are hard to put on a page.",
            "Your path looks random from the outside.",
        ],
        Ceiling::Opportunity => &[
            "You worry the next job is no better than this one.",
            "The cutting-edge projects always go to someone else.",
            "This role feels like a dead end.",
        ],
    }
}

/// What kind of thing a move is, which decides where it belongs in the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Done once: a stepping stone or a landing-plan step.
    Milestone,
    /// Kept up every so many days: not a stone one reaches.
    Habit {
        /// How often.
        every_days: u32,
    },
    /// Updates to the manager: the Voice panel's promise.
    Updates {
        /// How often.
        every_days: u32,
    },
}

/// A move that lifts a ceiling.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Move {
    /// What to do, short enough for a stepping stone or a plan item.
    pub title: String,
    /// Why it helps.
    pub why: String,
    /// A milestone, a habit, or the habit of updates.
    pub shape: Shape,
}

impl Move {
    /// Whether the plan already holds this move where it belongs, so it is not made twice:
    /// a stepping stone or a landing step of the same title, or the same update promise.
    pub fn already_in(&self, doc: &Document) -> Option<&'static str> {
        match self.shape {
            Shape::Updates { every_days } => (doc.voice.cadence_days == every_days
                && !doc.voice.manager.trim().is_empty())
            .then_some("your update promise"),
            Shape::Milestone | Shape::Habit { .. } => super::landing::planned_as(doc, &self.title),
        }
    }
}

/// The year a stone made today is set for: next year, but never after the north star's own
/// year while that is still ahead.
pub fn stone_year(doc: &Document, today: chrono::NaiveDate) -> i32 {
    use chrono::Datelike;
    let next = today.year().saturating_add(1);
    let goal = doc.north_star.target_year;
    if goal >= today.year() {
        next.min(goal)
    } else {
        next
    }
}

/// Where a stone of `year` goes in the list so that the years stay in order: after every
/// stone of its year or earlier.
pub fn stone_position(doc: &Document, year: i32) -> usize {
    doc.north_star
        .stones
        .iter()
        .rposition(|s| s.year <= year)
        .map_or(0, |i| i + 1)
}

/// Concrete moves that lift a ceiling.
pub fn moves(ceiling: Ceiling, rules: &Rules) -> Vec<Move> {
    let tour = format!("{}–{} months", rules.tour_min_months, rules.tour_max_months);
    let m = |title: String, why: &str| Move {
        title,
        why: why.to_owned(),
        shape: Shape::Milestone,
    };
    let every = |days: u32, mut m: Move| {
        m.shape = Shape::Habit { every_days: days };
        m
    };
    let updates = |days: u32, mut m: Move| {
        m.shape = Shape::Updates { every_days: days };
        m
    };
    match ceiling {
        Ceiling::Bandwidth => vec![
            every(
                7,
                m(
                    "Block two hours a week for thinking about my career".to_owned(),
                    "Time to think is the first thing a full job takes away.",
                ),
            ),
            m(
                "Mentor someone to take over work I do well".to_owned(),
                "Teaching it lets you hand it over and frees time for new things.",
            ),
        ],
        Ceiling::Network => vec![
            every(
                30,
                m(
                    "Meet one person a month outside my company and field".to_owned(),
                    "A network of people in the same struggle cannot open new doors.",
                ),
            ),
            m(
                "Speak at one event in the field I want to enter".to_owned(),
                "Speaking brings the people to you.",
            ),
        ],
        Ceiling::Mentorship => vec![
            m(
                "Find a mentor two levels up, outside my reporting line".to_owned(),
                "Guidance comes from people who have done the next job.",
            ),
            every(
                91,
                m(
                    "Ask my manager for a growth conversation each quarter".to_owned(),
                    "Make your growth part of the agenda, not an afterthought.",
                ),
            ),
        ],
        Ceiling::Learning => vec![
            m(
                format!("A tour of duty of {tour} into a type of work I have not done"),
                "A concrete goal in new work teaches more than more of the same.",
            ),
            m(
                "Take a cross-functional project outside my area".to_owned(),
                "Knowing the rest of the business is what the next level needs.",
            ),
        ],
        Ceiling::Storytelling => vec![
            updates(
                30,
                m(
                    "Send my manager a monthly learning summary".to_owned(),
                    "A paper trail of your expertise speaks for you in calibrations.",
                ),
            ),
            m(
                "Write one post about what I learned this quarter".to_owned(),
                "Writing shows what you know in a way a title cannot.",
            ),
        ],
        Ceiling::Opportunity => vec![
            m(
                "Ask to join an innovation bet, even part-time".to_owned(),
                "The new projects go to people who ask early.",
            ),
            m(
                "Map three roles that would bring me closer to my north star".to_owned(),
                "Knowing the options makes the next move a choice, not a reaction.",
            ),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AssessmentId, CeilingScore};

    fn assessment(id: u64, month: u32, scores: &[(Ceiling, u8)]) -> CeilingAssessment {
        CeilingAssessment {
            id: AssessmentId(id),
            date: chrono::NaiveDate::from_ymd_opt(2026, month, 1),
            scores: scores
                .iter()
                .map(|(ceiling, score)| CeilingScore {
                    ceiling: *ceiling,
                    score: Some(*score),
                    note: String::new(),
                })
                .collect(),
        }
    }

    #[test]
    fn trends_compare_the_last_two_assessments_by_date() {
        let mut doc = Document::default();
        // Stored out of order: the later one first.
        doc.ceilings = vec![
            assessment(
                2,
                9,
                &[
                    (Ceiling::Bandwidth, 3),
                    (Ceiling::Learning, 2),
                    (Ceiling::Network, 3),
                ],
            ),
            assessment(
                1,
                3,
                &[
                    (Ceiling::Bandwidth, 2),
                    (Ceiling::Learning, 3),
                    (Ceiling::Network, 3),
                ],
            ),
        ];
        assert_eq!(trend(&doc, Ceiling::Bandwidth), Trend::Up);
        assert_eq!(trend(&doc, Ceiling::Learning), Trend::Down);
        assert_eq!(trend(&doc, Ceiling::Network), Trend::Flat);
        assert_eq!(trend(&doc, Ceiling::Opportunity), Trend::New);
        assert_eq!(latest(&doc).map(|a| a.id), Some(AssessmentId(2)));
    }

    #[test]
    fn the_lowest_ceilings_include_ties_and_none_when_all_are_clear() {
        let mut doc = Document::default();
        doc.ceilings = vec![assessment(
            1,
            1,
            &[
                (Ceiling::Bandwidth, 2),
                (Ceiling::Learning, 2),
                (Ceiling::Network, 4),
            ],
        )];
        assert_eq!(lowest(&doc), [Ceiling::Bandwidth, Ceiling::Learning]);
        doc.ceilings = vec![assessment(
            1,
            1,
            &[(Ceiling::Bandwidth, 4), (Ceiling::Learning, 5)],
        )];
        assert!(lowest(&doc).is_empty());
        assert!(lowest(&Document::default()).is_empty());
    }

    #[test]
    fn every_ceiling_has_symptoms_and_moves_and_the_tour_uses_the_rules() {
        let mut rules = Rules::default();
        rules.tour_min_months = 9;
        for c in Ceiling::ALL {
            assert!(!symptoms(*c).is_empty());
            assert!(moves(*c, &rules).len() >= 2);
        }
        assert!(
            moves(Ceiling::Learning, &rules)
                .iter()
                .any(|m| m.title.contains("A tour of duty of 9–18 months into"))
        );
    }

    #[test]
    fn habits_and_updates_are_told_from_milestones() {
        let rules = Rules::default();
        let shape = |c, title: &str| {
            moves(c, &rules)
                .into_iter()
                .find(|m| m.title.starts_with(title))
                .expect("move")
                .shape
        };
        assert_eq!(
            shape(Ceiling::Bandwidth, "Block two hours a week"),
            Shape::Habit { every_days: 7 }
        );
        assert_eq!(
            shape(Ceiling::Network, "Meet one person a month"),
            Shape::Habit { every_days: 30 }
        );
        assert_eq!(
            shape(Ceiling::Storytelling, "Send my manager a monthly"),
            Shape::Updates { every_days: 30 }
        );
        assert_eq!(
            shape(Ceiling::Network, "Speak at one event"),
            Shape::Milestone
        );
    }

    #[test]
    fn a_stone_is_set_before_the_north_star_and_placed_in_year_order() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let mut doc = crate::file::sample();
        // The sample's stones are 2027 to 2030, its north star 2031.
        assert_eq!(stone_year(&doc, today), 2027);
        assert_eq!(stone_position(&doc, 2027), 1);
        assert_eq!(stone_position(&doc, 2026), 0);
        assert_eq!(stone_position(&doc, 2040), 4);
        // A north star due this year: the stone is not put after it.
        doc.north_star.target_year = 2026;
        assert_eq!(stone_year(&doc, today), 2026);
        // One already past steers nothing: next year.
        doc.north_star.target_year = 2020;
        assert_eq!(stone_year(&doc, today), 2027);
    }

    #[test]
    fn a_move_already_in_the_plan_says_where() {
        let mut doc = crate::file::sample();
        let rules = Rules::default();
        let speak = moves(Ceiling::Network, &rules).remove(1);
        assert_eq!(speak.already_in(&doc), None);
        doc.north_star.stones[0].title = speak.title.to_uppercase();
        assert_eq!(speak.already_in(&doc), Some("a stepping stone"));
        let summary = moves(Ceiling::Storytelling, &rules).remove(0);
        assert_eq!(summary.already_in(&doc), Some("your update promise"));
        doc.voice.manager.clear();
        assert_eq!(
            summary.already_in(&doc),
            None,
            "no one to send to: not a promise"
        );
    }
}
