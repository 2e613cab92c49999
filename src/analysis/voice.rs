//! Making one's work visible: the cadence promised to the manager and what is overdue,
//! entries per month, explanations given often enough to be written down, and a monthly
//! learning summary drafted from the log.

use chrono::{Datelike, Months, NaiveDate};

use super::evidence::month_lines;
use crate::model::{Document, Explanation, VoiceEntry, VoiceKind, year_fraction};

/// Whether an entry keeps the promise made to the manager.
pub fn keeps_promise(kind: VoiceKind) -> bool {
    matches!(kind, VoiceKind::Update | VoiceKind::LearningSummary)
}

/// Where the promise stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cadence {
    /// No promise made.
    NoPromise,
    /// Promised, never sent.
    NeverSent,
    /// The next is due on this date, in this many days (negative when overdue).
    Due(NaiveDate, i64),
}

impl Cadence {
    /// The cadence as one sentence, the same in the window and the export.
    pub fn sentence(&self) -> String {
        use super::words::{days, from_today};
        match *self {
            Cadence::NoPromise => {
                "No cadence promised. One update a month is a good contract with a manager."
                    .to_owned()
            }
            Cadence::NeverSent => "Promised, and none sent yet: send the first update.".to_owned(),
            Cadence::Due(date, n) if n < 0 => format!(
                "Overdue by {}: the next update was due {date}.",
                days(n.saturating_neg())
            ),
            Cadence::Due(date, 0) => format!("The next update is due today ({date})."),
            Cadence::Due(date, n) => format!("Next update due {date}, {}.", from_today(n)),
        }
    }
}

/// How often something happened: "once", "twice", "3 times".
pub fn times(n: u32) -> String {
    match n {
        1 => "once".to_owned(),
        2 => "twice".to_owned(),
        n => format!("{n} times"),
    }
}

/// The last entry that keeps the promise.
pub fn last_update(doc: &Document) -> Option<&VoiceEntry> {
    doc.voice
        .entries
        .iter()
        .filter(|e| keeps_promise(e.kind) && e.date.is_some())
        .max_by_key(|e| e.date)
}

/// The days between the updates promised: a promise only once the person names both whom
/// they go to and how often, so that a cadence with nobody to send to counts no shortfall.
pub fn promised_days(doc: &Document) -> Option<u32> {
    let voice = &doc.voice;
    (voice.cadence_days > 0 && !voice.manager.trim().is_empty()).then_some(voice.cadence_days)
}

/// When the next update is due, and whether it is overdue.
pub fn cadence(doc: &Document, today: NaiveDate) -> Cadence {
    let Some(days) = promised_days(doc) else {
        return Cadence::NoPromise;
    };
    match last_update(doc).and_then(|e| e.date) {
        None => Cadence::NeverSent,
        Some(last) => {
            let next = crate::model::days_after(last, u64::from(days));
            Cadence::Due(next, (next - today).num_days())
        }
    }
}

/// Entries in each of the last twelve months, oldest first, as (year, month, count).
pub fn per_month(doc: &Document, today: NaiveDate) -> Vec<(i32, u32, usize)> {
    let first = today.with_day(1).unwrap_or(today);
    (0..12)
        .rev()
        .map(|back| {
            let month = first.checked_sub_months(Months::new(back)).unwrap_or(first);
            let count = doc
                .voice
                .entries
                .iter()
                .filter(|e| {
                    e.date
                        .is_some_and(|d| d.year() == month.year() && d.month() == month.month())
                })
                .count();
            (month.year(), month.month(), count)
        })
        .collect()
}

/// Explanations given often enough (by the rules) and not yet written down.
pub fn to_write_down(doc: &Document) -> Vec<&Explanation> {
    doc.voice
        .explanations
        .iter()
        .filter(|e| e.written.is_none() && e.count >= doc.rules.repeat_threshold)
        .collect()
}

/// A monthly learning summary for the manager, in Markdown, from the month's entries, the
/// bets active that month and the month's evidence with what it measured.
pub fn monthly_summary(doc: &Document, today: NaiveDate) -> String {
    let month = today.format("%B %Y");
    let mut out = format!("# Learning summary, {month}\n\n");
    if !doc.voice.manager.trim().is_empty() {
        out.push_str("For ");
        out.push_str(doc.voice.manager.trim());
        out.push_str(".\n\n");
    }
    let now = year_fraction(today);
    let active: Vec<String> = doc
        .bets
        .iter()
        .filter(|b| b.start <= now && now < b.end)
        .map(|b| {
            let story = if b.story.trim().is_empty() {
                String::new()
            } else {
                format!(": {}", b.story.trim())
            };
            // A kind not set yet is not named: the log tells what the work is, not a guess.
            let kind = b
                .kind
                .map(|k| format!(" ({})", k.label().to_lowercase()))
                .unwrap_or_default();
            format!("- **{}**{kind}{story}", b.title)
        })
        .collect();
    out.push_str("## What I am working on\n\n");
    if active.is_empty() {
        out.push_str("- (no active bet on the timeline)\n");
    } else {
        out.push_str(&active.join("\n"));
        out.push('\n');
    }
    let entries: Vec<String> = doc
        .voice
        .entries
        .iter()
        .filter(|e| {
            e.date
                .is_some_and(|d| d.year() == today.year() && d.month() == today.month())
        })
        .map(|e| {
            let about = if e.speaks_to.trim().is_empty() {
                String::new()
            } else {
                format!(" — {}", e.speaks_to.trim())
            };
            let link = if e.link.trim().is_empty() {
                String::new()
            } else {
                format!(" ({})", e.link.trim())
            };
            format!("- {}: {}{about}{link}", e.kind.label(), e.title)
        })
        .collect();
    out.push_str("\n## What I shared and learned this month\n\n");
    if entries.is_empty() {
        out.push_str("- (nothing logged yet this month)\n");
    } else {
        out.push_str(&entries.join("\n"));
        out.push('\n');
    }
    out.push_str("\n## What the evidence shows this month\n\n");
    let proof = month_lines(doc, today.year(), today.month());
    if proof.is_empty() {
        out.push_str("- (no evidence recorded this month)\n");
    }
    for line in proof {
        out.push_str("- ");
        out.push_str(&line);
        out.push('\n');
    }
    let pending: Vec<String> = to_write_down(doc)
        .iter()
        .map(|e| format!("- {} (explained {})", e.topic, times(e.count)))
        .collect();
    if !pending.is_empty() {
        out.push_str("\n## What I will write down next\n\n");
        out.push_str(&pending.join("\n"));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ExplanationId, VoiceEntryId};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).expect("date")
    }

    fn entry(id: u64, date: NaiveDate, kind: VoiceKind) -> VoiceEntry {
        VoiceEntry {
            id: VoiceEntryId(id),
            date: Some(date),
            kind,
            title: format!("E{id}"),
            ..VoiceEntry::default()
        }
    }

    #[test]
    fn the_next_update_is_due_a_cadence_after_the_last() {
        let mut doc = Document::default();
        doc.voice.cadence_days = 30;
        // How often, but not to whom: not a promise yet.
        assert_eq!(cadence(&doc, day(6, 1)), Cadence::NoPromise);
        doc.voice.manager = "Dana".into();
        assert_eq!(cadence(&doc, day(6, 1)), Cadence::NeverSent);
        doc.voice.entries = vec![
            entry(1, day(5, 1), VoiceKind::Update),
            entry(2, day(5, 20), VoiceKind::Talk), // does not keep the promise
        ];
        // May 1 + 30 days = May 31; on June 10 that is 10 days overdue.
        assert_eq!(cadence(&doc, day(6, 10)), Cadence::Due(day(5, 31), -10));
        assert_eq!(cadence(&doc, day(5, 21)), Cadence::Due(day(5, 31), 10));
        doc.voice.cadence_days = 0;
        assert_eq!(cadence(&doc, day(6, 10)), Cadence::NoPromise);
    }

    #[test]
    fn entries_are_counted_per_month_for_a_year() {
        let mut doc = Document::default();
        doc.voice.entries = vec![
            entry(1, day(11, 2), VoiceKind::Update),
            entry(2, day(11, 20), VoiceKind::Talk),
            entry(3, day(1, 5), VoiceKind::Update),
            entry(
                4,
                NaiveDate::from_ymd_opt(2025, 11, 30).expect("date"),
                VoiceKind::Update,
            ),
        ];
        let months = per_month(&doc, day(11, 22));
        assert_eq!(months.len(), 12);
        assert_eq!(
            months[0],
            (2025, 12, 0),
            "a year back, not counting last November"
        );
        assert_eq!(months[1], (2026, 1, 1));
        assert_eq!(months[11], (2026, 11, 2));
    }

    #[test]
    fn explanations_given_twice_are_flagged_until_written() {
        let mut doc = Document::default();
        doc.voice.explanations = vec![
            Explanation {
                id: ExplanationId(1),
                topic: "sizing".into(),
                count: 2,
                written: None,
            },
            Explanation {
                id: ExplanationId(2),
                topic: "once".into(),
                count: 1,
                written: None,
            },
            Explanation {
                id: ExplanationId(3),
                topic: "done".into(),
                count: 5,
                written: Some(VoiceEntryId(1)),
            },
        ];
        let flagged: Vec<_> = to_write_down(&doc).iter().map(|e| e.id).collect();
        assert_eq!(flagged, [ExplanationId(1)]);
    }

    #[test]
    fn the_summary_gathers_the_month() {
        let doc = crate::file::sample();
        let text = monthly_summary(&doc, day(9, 25));
        assert!(text.starts_with("# Learning summary, September 2026"));
        assert!(text.contains("For Dana, VP Product."));
        assert!(text.contains("**Senior PM, Checkout**"));
        assert!(text.contains("Talk: Killing a product well"));
        assert!(!text.contains("July update"), "other months stay out");
        assert!(text.contains("How we size checkout experiments (explained 3 times)"));
    }

    #[test]
    fn the_summary_lists_the_months_evidence_with_its_numbers() {
        use crate::model::{Evidence, EvidenceId};
        let mut doc = Document::default();
        let measured = Evidence {
            id: EvidenceId(1),
            date: Some(day(9, 12)),
            what: "Shipped one-tap pay".into(),
            before: Some(3.1),
            result: Some(4.25),
            unit: "% conversion".into(),
            scale: Some(1_200_000.0),
            scale_of: "users".into(),
            ..Evidence::default()
        };
        let unmeasured = Evidence {
            id: EvidenceId(2),
            date: Some(day(9, 3)),
            what: "Ran the offsite".into(),
            ..Evidence::default()
        };
        let other_month = Evidence {
            id: EvidenceId(3),
            date: Some(day(8, 30)),
            what: "August win".into(),
            ..Evidence::default()
        };
        doc.evidence = vec![measured, unmeasured, other_month];
        let text = monthly_summary(&doc, day(9, 25));
        let section = text
            .split("## What the evidence shows this month\n\n")
            .nth(1)
            .expect("the evidence section");
        let lines: Vec<&str> = section
            .lines()
            .take_while(|l| l.starts_with("- "))
            .collect();
        assert_eq!(
            lines,
            [
                "- \"Ran the offsite\" (2026-09-03) (no measured result)",
                "- \"Shipped one-tap pay\" (2026-09-12): from 3.1 to 4.25 % conversion, \
                 1,200,000 users",
            ]
        );
        assert!(!section.contains(" 0 "), "nothing measured is not a 0");
        assert!(!text.contains("August win"), "other months stay out");
        // A month with none says so.
        let empty = monthly_summary(&doc, day(10, 5));
        assert!(empty.contains("- (no evidence recorded this month)"));
    }
}
