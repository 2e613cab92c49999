//! The Drift section: the history of checklist runs and their risk.

use std::fmt::{self, Write};

use chrono::NaiveDate;

use super::advice;
use crate::analysis::drift::{Level, history, risk, self_review_sentence};
use crate::analysis::offers::offer_name;
use crate::model::Document;

pub(super) fn write(out: &mut String, doc: &Document, today: NaiveDate) -> fmt::Result {
    writeln!(out, "\n## Drift checklist\n")?;
    match self_review_sentence(doc, today) {
        None => writeln!(out, "No periodic self-review yet.\n")?,
        Some(text) => writeln!(out, "Self-review: {text}\n")?,
    }
    let runs = history(doc);
    if runs.is_empty() {
        writeln!(out, "Not run yet.")?;
    }
    for run in runs {
        let target = run
            .offer
            .and_then(|id| doc.get(id))
            .map_or_else(|| "Periodic self-review".to_owned(), offer_name);
        let r = risk(doc, run);
        let date = run
            .date
            .map_or_else(|| "undated".to_owned(), |d| d.to_string());
        advice(
            out,
            &if r.level == Level::NotRun {
                format!("{date} — {target}: not run yet")
            } else {
                format!("{date} — {target}: {} risk", r.level.label().to_lowercase())
            },
            &r.reasons,
        )?;
    }
    Ok(())
}
