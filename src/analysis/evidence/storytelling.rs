//! The Storytelling ceiling as the evidence and the voice log read it: a score suggested
//! beside the person's own, with each step down named, never written over theirs.

use chrono::NaiveDate;

use super::super::people::Suggested;
use super::super::voice::keeps_promise;
use super::super::words::{count, days};
use super::unproven_skills;
use crate::model::Document;

/// The score the evidence and the voice log suggest for the Storytelling ceiling: 5 less one
/// for each thing found against it. `None` while neither holds an entry: nothing recorded is
/// no evidence, not a low score.
pub fn storytelling_score(doc: &Document, today: NaiveDate) -> Option<Suggested> {
    let told = &doc.voice.entries;
    if doc.evidence.is_empty() && told.is_empty() {
        return None;
    }
    let quiet = i64::from(doc.rules.evidence.quiet_days);
    let recent = |date: Option<NaiveDate>| {
        date.is_some_and(|d| (0..quiet).contains(&(today - d).num_days()))
    };
    let mut steps: Vec<String> = Vec::new();
    let n = doc.evidence.len();
    if n == 0 {
        steps.push("No evidence is recorded: what you tell has no win behind it.".to_owned());
    } else {
        if !doc.evidence.iter().any(|e| recent(e.date)) {
            steps.push(format!(
                "None of your {} is dated in the last {}.",
                count(n as i128, "piece of evidence", "pieces of evidence"),
                days(quiet)
            ));
        }
        let unmeasured = doc.evidence.iter().filter(|e| e.result.is_none()).count();
        if unmeasured * 2 > n {
            steps.push(format!(
                "{unmeasured} of your {} measure no result: a story without a number.",
                count(n as i128, "piece of evidence", "pieces of evidence")
            ));
        }
        if doc
            .evidence
            .iter()
            .all(|e| e.seen_by.is_empty() && e.audience.trim().is_empty())
        {
            steps.push("No one is named as having seen any of your evidence.".to_owned());
        }
    }
    if told.is_empty() {
        steps.push("The voice log is empty: no win was told to anyone.".to_owned());
    } else if !told.iter().any(|e| recent(e.date)) {
        steps.push(format!(
            "Nothing in the voice log is dated in the last {}.",
            days(quiet)
        ));
    } else if !told.iter().any(|e| !keeps_promise(e.kind)) {
        steps.push(
            "The voice log holds updates only: no post, talk or mentoring told it wider."
                .to_owned(),
        );
    }
    let unproven: Vec<String> = unproven_skills(doc).into_iter().map(|f| f.title).collect();
    if !unproven.is_empty() {
        steps.push(unproven.join(" "));
    }
    let score = 5u8
        .saturating_sub(u8::try_from(steps.len()).unwrap_or(u8::MAX))
        .max(1);
    let reasons = if steps.is_empty() {
        vec![format!(
            "Nothing found against it: evidence dated in the last {}, most of it measured and \
             seen, told in the voice log beyond updates, and no skill scored high without proof.",
            days(quiet)
        )]
    } else {
        steps.into_iter().map(|why| format!("−1: {why}")).collect()
    };
    Some(Suggested { score, reasons })
}
