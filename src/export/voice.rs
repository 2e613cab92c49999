//! The Voice section: the promise and its status, the log, what to write down, and this
//! month's learning summary.

use std::fmt::{self, Write};

use chrono::NaiveDate;

use crate::analysis::voice::{Cadence, cadence, monthly_summary, to_write_down};
use crate::model::Document;

pub(super) fn write(out: &mut String, doc: &Document, today: NaiveDate) -> fmt::Result {
    let v = &doc.voice;
    writeln!(out, "\n## Voice\n")?;
    let status = match cadence(doc, today) {
        Cadence::NoPromise => "No cadence promised.".to_owned(),
        Cadence::NeverSent => "No update sent yet.".to_owned(),
        Cadence::Due(date, days) if days < 0 => format!("Overdue by {} days (due {date}).", -days),
        Cadence::Due(date, days) => format!("Next update due {date}, in {days} days."),
    };
    writeln!(
        out,
        "Promise: one update every {} days to {}. {status}\n",
        v.cadence_days,
        if v.manager.is_empty() {
            "my manager"
        } else {
            &v.manager
        }
    )?;
    let mut entries: Vec<_> = v.entries.iter().collect();
    entries.sort_by_key(|e| std::cmp::Reverse(e.date));
    for e in entries {
        writeln!(
            out,
            "- {} — {}: {}",
            e.date
                .map_or_else(|| "undated".to_owned(), |d| d.to_string()),
            e.kind.label(),
            e.title
        )?;
    }
    let pending = to_write_down(doc);
    if !pending.is_empty() {
        writeln!(out, "\nExplained often enough to write down:")?;
        for e in pending {
            writeln!(out, "- {} ({} times)", e.topic, e.count)?;
        }
    }
    writeln!(out)?;
    for line in monthly_summary(doc, today).lines() {
        // The draft's title becomes this section's last heading, marked as a draft, and its
        // own headings sit one level under it.
        if let Some(title) = line.strip_prefix("# ") {
            writeln!(out, "### Draft: {title}")?;
        } else if line.starts_with('#') {
            writeln!(out, "##{line}")?;
        } else {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}
