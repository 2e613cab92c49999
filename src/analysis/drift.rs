//! The drift checklist: how risky a run's answers are and why, each offer's checklist status,
//! and whether a periodic self-review is due.

use chrono::NaiveDate;

use crate::model::{Answer, Document, DriftReview, OfferId};

crate::model::labelled::labelled_enum! {
    /// How much a run of the checklist signals drift.
    Level {
        /// Too few questions answered to judge: not known, and never read as low.
        NotRun => "Not run yet",
        /// Few answers signal drift.
        Low => "Low",
        /// Some do.
        Medium => "Medium",
        /// Many do.
        High => "High",
    }
}

/// The drift risk of one run, with its reasons.
#[derive(Clone, Debug, PartialEq)]
pub struct Risk {
    /// Low, medium or high; not run yet below the rules' minimum of answers.
    pub level: Level,
    /// Answers that signal drift, not-sure counting half.
    pub points: f64,
    /// Questions answered.
    pub answered: usize,
    /// Questions answered with their risky answer.
    pub risky: usize,
    /// Questions answered "not sure".
    pub unsure: usize,
    /// Why: the questions answered riskily, with their notes.
    pub reasons: Vec<String>,
}

/// How risky a run's answers are: an answer equal to the question's risky answer counts one,
/// "not sure" counts half; the share of answered questions decides the level, by the rules.
pub fn risk(doc: &Document, review: &DriftReview) -> Risk {
    let mut points = 0.0;
    let mut answered = 0;
    let (mut risky, mut unsure) = (0, 0);
    let mut reasons = Vec::new();
    for item in &doc.drift.items {
        let Some(answer) = review.answers.iter().find(|a| a.item == item.id) else {
            continue;
        };
        answered += 1;
        let weight = if answer.answer == item.risky_answer {
            risky += 1;
            1.0
        } else if answer.answer == Answer::NotSure {
            unsure += 1;
            0.5
        } else {
            0.0
        };
        if weight > 0.0 {
            points += weight;
            let note = if answer.note.trim().is_empty() {
                String::new()
            } else {
                format!(" — \"{}\"", answer.note.trim())
            };
            reasons.push(format!("{} {}{note}", item.question, answer.answer.label()));
        }
    }
    let share = if answered == 0 {
        0.0
    } else {
        points / answered as f64
    };
    let r = &doc.rules;
    let needed = needed_answers(doc);
    let level = if answered == 0 || answered < needed {
        Level::NotRun
    } else if share >= r.drift_high_share {
        Level::High
    } else if share >= r.drift_medium_share {
        Level::Medium
    } else {
        Level::Low
    };
    if level == Level::NotRun {
        reasons.push(format!(
            "{answered} of {} questions answered: at least {needed} are needed to judge, per the rules.",
            doc.drift.items.len()
        ));
    } else if answered < doc.drift.items.len() {
        reasons.push(format!(
            "{} of {} questions not answered yet.",
            doc.drift.items.len() - answered,
            doc.drift.items.len()
        ));
    }
    reasons.push(format!(
        "Rule: medium from {:.0} % of answers signalling drift, high from {:.0} %.",
        r.drift_medium_share * 100.0,
        r.drift_high_share * 100.0
    ));
    Risk {
        level,
        points,
        answered,
        risky,
        unsure,
        reasons,
    }
}

impl Risk {
    /// The answers behind the level, in whole answers: "2 of 6 answers signal drift, 1 is
    /// not sure". None with nothing answered, where a share would read as a result.
    pub fn answers_line(&self) -> Option<String> {
        if self.answered == 0 {
            return None;
        }
        let verb = if self.risky == 1 { "signals" } else { "signal" };
        let unsure = match self.unsure {
            0 => String::new(),
            1 => ", 1 is not sure".to_owned(),
            n => format!(", {n} are not sure"),
        };
        Some(format!(
            "{} of {} {verb} drift{unsure}",
            self.risky,
            super::words::count(self.answered as u64, "answer", "answers")
        ))
    }
}

/// Answers a run needs before its risk is judged: the rules' minimum, or every question when
/// the checklist is shorter than that.
pub fn needed_answers(doc: &Document) -> usize {
    (doc.rules.drift_min_answers as usize).min(doc.drift.items.len())
}

/// The runs of the checklist, newest first (undated ones last).
pub fn history(doc: &Document) -> Vec<&DriftReview> {
    let mut runs: Vec<&DriftReview> = doc.drift.reviews.iter().collect();
    runs.sort_by(|a, b| b.date.cmp(&a.date).then(b.id.cmp(&a.id)));
    runs
}

/// An offer's checklist status: the latest run on it with enough answers to judge, else the
/// latest run at all (whose level is then "not run yet"); none if the checklist was never
/// opened on it. A half-filled draft does not hide an earlier complete run.
pub fn offer_status(doc: &Document, offer: OfferId) -> Option<(&DriftReview, Risk)> {
    let runs: Vec<(&DriftReview, Risk)> = history(doc)
        .into_iter()
        .filter(|r| r.offer == Some(offer))
        .map(|r| (r, risk(doc, r)))
        .collect();
    let judged = runs.iter().position(|(_, r)| r.level != Level::NotRun);
    runs.into_iter().nth(judged.unwrap_or(0))
}

/// Days until the next periodic self-review is due; negative when overdue. None when there
/// has never been one with enough answers to judge (one is due now).
pub fn self_review_due_in(doc: &Document, today: NaiveDate) -> Option<i64> {
    let last = doc
        .drift
        .reviews
        .iter()
        .filter(|r| r.offer.is_none() && risk(doc, r).level != Level::NotRun)
        .filter_map(|r| r.date)
        .max()?;
    Some(i64::from(doc.rules.self_review_days) - (today - last).num_days())
}

/// When the next periodic self-review is due, as one sentence (the window's and the
/// export's), from [`self_review_due_in`]; None when none was ever held.
pub fn self_review_sentence(doc: &Document, today: NaiveDate) -> Option<String> {
    use super::words::{days, every_days, from_today};
    let due = self_review_due_in(doc, today)?;
    let every = every_days(doc.rules.self_review_days);
    Some(match due {
        n if n < 0 => format!("Overdue by {} (one {every}).", days(n.saturating_neg())),
        0 => format!("A self-review is due today (one {every})."),
        n => format!("Next one due {} (one {every}).", from_today(n)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DriftAnswer, DriftItemId, ReviewId};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).expect("date")
    }

    fn review(answers: &[(u64, Answer)]) -> DriftReview {
        DriftReview {
            id: ReviewId(1),
            date: Some(day(1, 1)),
            offer: None,
            answers: answers
                .iter()
                .map(|(item, answer)| DriftAnswer {
                    item: DriftItemId(*item),
                    answer: *answer,
                    note: "n".into(),
                })
                .collect(),
            note: String::new(),
        }
    }

    fn doc() -> Document {
        Document::new_empty(day(1, 1))
    }

    #[test]
    fn risky_answers_count_one_and_not_sure_half() {
        let d = doc();
        // Item 1 risky on Yes, 2 risky on No, 3 risky on No.
        let r = risk(
            &d,
            &review(&[(1, Answer::Yes), (2, Answer::NotSure), (3, Answer::Yes)]),
        );
        assert_eq!(r.points, 1.5);
        assert_eq!(r.answered, 3);
        assert_eq!(r.level, Level::High, "1.5 of 3 is 50 %");
        // Said in whole answers, never "1.5 of 3".
        assert_eq!(
            r.answers_line().as_deref(),
            Some("1 of 3 answers signals drift, 1 is not sure")
        );
        assert!(
            r.reasons
                .iter()
                .any(|x| x
                    == "Am I considering this mainly because it was offered to me? Yes — \"n\""),
            "{:?}",
            r.reasons
        );
        assert!(
            r.reasons
                .iter()
                .any(|x| x.contains("3 of 6 questions not answered"))
        );
    }

    #[test]
    fn self_review_due_reads_in_days_as_people_say_them() {
        let mut d = doc();
        d.rules.self_review_days = 1;
        let answers: Vec<(u64, Answer)> = (1..=6).map(|i| (i, Answer::No)).collect();
        d.drift.reviews = vec![review(&answers)];
        // Held on Jan 1, one a day: due Jan 2.
        assert_eq!(
            self_review_sentence(&d, day(1, 1)).as_deref(),
            Some("Next one due in 1 day (one every day).")
        );
        assert_eq!(
            self_review_sentence(&d, day(1, 2)).as_deref(),
            Some("A self-review is due today (one every day).")
        );
        assert_eq!(
            self_review_sentence(&d, day(1, 3)).as_deref(),
            Some("Overdue by 1 day (one every day).")
        );
        assert_eq!(self_review_sentence(&doc(), day(1, 3)), None);
    }

    #[test]
    fn levels_follow_the_rules() {
        let mut d = doc();
        let run = review(&[
            (1, Answer::Yes),
            (2, Answer::Yes),
            (3, Answer::Yes),
            (4, Answer::No),
        ]);
        assert_eq!(risk(&d, &run).level, Level::Medium, "1 of 4 is 25 %");
        d.rules.drift_medium_share = 0.3;
        assert_eq!(risk(&d, &run).level, Level::Low);
        assert_eq!(risk(&d, &review(&[])).level, Level::NotRun);
    }

    #[test]
    fn too_few_answers_are_not_run_yet_never_low() {
        let d = doc();
        // One safe answer is not a low risk: it is not known yet.
        let one = risk(&d, &review(&[(1, Answer::No)]));
        assert_eq!(one.level, Level::NotRun);
        assert!(
            one.reasons.iter().any(|r| r
                == "1 of 6 questions answered: at least 3 are needed to judge, per the rules."),
            "{:?}",
            one.reasons
        );
        // Exactly the minimum is judged.
        let three = risk(
            &d,
            &review(&[(1, Answer::No), (2, Answer::Yes), (3, Answer::Yes)]),
        );
        assert_eq!(three.level, Level::Low);
        // A checklist shorter than the minimum is judged once every question is answered.
        let mut short = doc();
        short.drift.items.truncate(2);
        assert_eq!(
            risk(&short, &review(&[(1, Answer::No), (2, Answer::Yes)])).level,
            Level::Low
        );
        let mut strict = doc();
        strict.rules.drift_min_answers = 4;
        assert_eq!(
            risk(
                &strict,
                &review(&[(1, Answer::No), (2, Answer::Yes), (3, Answer::Yes)])
            )
            .level,
            Level::NotRun
        );
    }

    #[test]
    fn a_draft_run_does_not_hide_an_earlier_complete_one() {
        let mut d = doc();
        let mut done = review(&[(1, Answer::Yes), (2, Answer::No), (3, Answer::No)]);
        done.offer = Some(OfferId(7));
        let mut draft = review(&[]);
        draft.id = ReviewId(2);
        draft.offer = Some(OfferId(7));
        draft.date = Some(day(3, 1));
        d.drift.reviews = vec![done, draft];
        let (run, r) = offer_status(&d, OfferId(7)).expect("run");
        assert_eq!(run.id, ReviewId(1));
        assert_eq!(r.level, Level::High);
        // Only the draft: its status is "not run yet", not low.
        d.drift.reviews.remove(0);
        assert_eq!(
            offer_status(&d, OfferId(7)).map(|(_, r)| r.level),
            Some(Level::NotRun)
        );
    }

    #[test]
    fn an_offer_status_is_its_latest_run() {
        let mut d = doc();
        let mut old = review(&[(1, Answer::Yes), (2, Answer::No), (3, Answer::No)]);
        old.offer = Some(OfferId(7));
        let mut new = review(&[(1, Answer::No), (2, Answer::Yes), (3, Answer::Yes)]);
        new.id = ReviewId(2);
        new.offer = Some(OfferId(7));
        new.date = Some(day(3, 1));
        d.drift.reviews = vec![old, new];
        let (run, r) = offer_status(&d, OfferId(7)).expect("run");
        assert_eq!(run.id, ReviewId(2));
        assert_eq!(r.level, Level::Low);
        assert!(offer_status(&d, OfferId(8)).is_none());
    }

    #[test]
    fn a_self_review_falls_due_after_the_interval() {
        let mut d = doc();
        assert_eq!(self_review_due_in(&d, day(6, 1)), None);
        // An empty run is not a review.
        d.drift.reviews.push(review(&[]));
        assert_eq!(self_review_due_in(&d, day(6, 1)), None);
        d.drift.reviews[0] = review(&[(1, Answer::No), (2, Answer::Yes), (3, Answer::Yes)]);
        // Last on Jan 1; 90 days later is Apr 1. On Mar 2: 30 days to go; on May 1: 30 overdue.
        assert_eq!(self_review_due_in(&d, day(3, 2)), Some(30));
        assert_eq!(self_review_due_in(&d, day(5, 1)), Some(-30));
    }
}
