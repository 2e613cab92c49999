//! The Voice section: the promise and its status, the log, what to write down, and this
//! month's learning summary.

use std::fmt::{self, Write};

use chrono::NaiveDate;

use crate::analysis::voice::{Cadence, cadence, monthly_summary, times, to_write_down};
use crate::analysis::words::every_days;
use crate::model::Document;

pub(super) fn write(out: &mut String, doc: &Document, today: NaiveDate) -> fmt::Result {
    let v = &doc.voice;
    writeln!(out, "\n## Voice\n")?;
    // A cadence is a promise only once it names whom the updates go to.
    let status = cadence(doc, today);
    match status {
        Cadence::NoPromise => writeln!(out, "No cadence promised.\n")?,
        _ => writeln!(
            out,
            "Promise: one update {} to {}. {}\n",
            every_days(v.cadence_days),
            v.manager.trim(),
            status.sentence()
        )?,
    }
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
            writeln!(out, "- {} ({})", e.topic, times(e.count))?;
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
