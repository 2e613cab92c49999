//! The Review section: the career metrics against their paths, the latest review with what
//! moved since the one before and its answers; and the text `career-spec review` prints.

use std::fmt::{self, Write};

use chrono::NaiveDate;

use crate::analysis::review::{
    FocusLine, changes_since_previous, changes_to_today, due_sentence, focus_name,
    focus_since_previous, focus_summary, focus_to_today, latest, progress, updates_line,
};
use crate::model::{CareerReview, Document};

fn due_line(doc: &Document, today: NaiveDate) -> String {
    due_sentence(doc, today).unwrap_or_else(|| "No review held yet.".to_owned())
}

fn metrics(out: &mut String, doc: &Document, today: NaiveDate) -> fmt::Result {
    for metric in &doc.metrics {
        writeln!(
            out,
            "- {}: {}",
            metric.name,
            progress(doc, metric, today).text
        )?;
    }
    Ok(())
}

/// A focus's items over a period, under a line that says how many moved.
fn focus_lines(out: &mut String, title: &str, lines: &[FocusLine]) -> fmt::Result {
    writeln!(out, "\n{title}: {}\n", focus_summary(lines))?;
    for line in lines {
        writeln!(out, "- {}", line.text)?;
    }
    Ok(())
}

/// What a review's focus is linked to, by name.
fn focus_links(doc: &Document, review: &CareerReview) -> Option<String> {
    let names: Vec<String> = review
        .focus_on
        .iter()
        .map(|item| focus_name(doc, *item))
        .collect();
    (!names.is_empty()).then(|| names.join(", "))
}

/// With `drift` false (an export for a mentor), the review's answer on where the career
/// drifted is left out: not written as unanswered, which it was not.
pub(super) fn write(
    out: &mut String,
    doc: &Document,
    today: NaiveDate,
    drift: bool,
) -> fmt::Result {
    writeln!(out, "\n## Career review\n")?;
    writeln!(out, "{}", due_line(doc, today))?;
    if !doc.metrics.is_empty() {
        writeln!(out, "\n### Metrics\n")?;
        metrics(out, doc, today)?;
    }
    let Some(review) = latest(doc) else {
        return Ok(());
    };
    let date = review
        .date
        .map_or_else(|| "an undated day".to_owned(), |d| d.to_string());
    writeln!(out, "\n### Latest review, {date}\n")?;
    let moved = changes_since_previous(doc, review);
    if moved.is_empty() {
        writeln!(out, "- Nothing measurable moved since the previous review.")?;
    }
    for line in moved.iter().chain(updates_line(&review.snapshot).iter()) {
        writeln!(out, "- {line}")?;
    }
    if let Some((set_at, lines)) = focus_since_previous(doc, review) {
        let date = set_at
            .date
            .map_or_else(|| "an undated review".to_owned(), |d| format!("on {d}"));
        focus_lines(out, &format!("The focus set {date}"), &lines)?;
    }
    if let Some(lines) = focus_to_today(doc, review, today) {
        focus_lines(
            out,
            &format!("This quarter's focus so far, to {today}"),
            &lines,
        )?;
    }
    for (question, answer) in [
        ("What went well", Some(&review.went_well)),
        ("Where did I drift", drift.then_some(&review.drifted)),
        ("Focus next quarter", Some(&review.focus)),
    ] {
        let Some(answer) = answer else {
            continue;
        };
        let answer = answer.trim();
        let answer = if answer.is_empty() {
            "(not answered)"
        } else {
            answer
        };
        writeln!(out, "\n**{question}:** {answer}")?;
    }
    if let Some(links) = focus_links(doc, review) {
        writeln!(out, "\n**The focus is on:** {links}.")?;
    }
    Ok(())
}

/// What changed since the latest review, or since the latest review on or before `since`,
/// up to today, without recording a review; with the metrics and when the next review is due.
/// An error when there is no review to compare with.
pub fn since(doc: &Document, since: Option<NaiveDate>, today: NaiveDate) -> Result<String, String> {
    let Some(moved) = changes_to_today(doc, since, today) else {
        return Err(match since {
            Some(date) => format!("no review held on or before {date}: nothing to compare with"),
            None => "no review held yet: nothing to compare with; start one in the Review panel"
                .to_owned(),
        });
    };
    let mut out = String::new();
    let write = |out: &mut String| -> fmt::Result {
        let base = crate::analysis::review::in_order(doc)
            .into_iter()
            .rfind(|r| since.is_none_or(|s| r.date.is_some_and(|d| d <= s)));
        let held = base.and_then(|r| r.date).map_or_else(
            || "an undated review".to_owned(),
            |d| format!("the review of {d}"),
        );
        writeln!(out, "Changes since {held}, to {today}:")?;
        if moved.is_empty() {
            writeln!(out, "- Nothing measurable moved.")?;
        }
        for line in &moved {
            writeln!(out, "- {line}")?;
        }
        if let Some(lines) = base.and_then(|r| focus_to_today(doc, r, today)) {
            focus_lines(out, &format!("The focus set at {held}"), &lines)?;
        }
        if !doc.metrics.is_empty() {
            writeln!(out, "\nMetrics:")?;
            metrics(out, doc, today)?;
        }
        writeln!(out, "\n{}", due_line(doc, today))
    };
    write(&mut out).expect("writing to a String cannot fail");
    Ok(out)
}
