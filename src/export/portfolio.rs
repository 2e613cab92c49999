//! The Portfolio section: the bets as a table, and what the portfolio says.

use std::fmt::{self, Write};

use chrono::NaiveDate;

use super::{advice, cell};
use crate::analysis::portfolio::{end_label, insights, year_label};
use crate::model::{Document, MaybeLabelled};

pub(super) fn write(out: &mut String, doc: &Document, today: NaiveDate) -> fmt::Result {
    writeln!(out, "\n## Portfolio\n")?;
    if !doc.bets.is_empty() {
        writeln!(
            out,
            "| Bet | Organisation | Kind | Phase | Work | Status | From | To | Story |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
        )?;
        let mut bets: Vec<_> = doc.bets.iter().collect();
        bets.sort_by(|a, b| a.start.total_cmp(&b.start));
        for b in bets {
            writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                cell(&b.title),
                cell(&b.organisation),
                b.kind.label_or_unset(),
                b.phase.label_or_unset(),
                b.work.label_or_unset(),
                b.status.label(),
                year_label(b.start),
                end_label(b.end),
                cell(&b.story)
            )?;
        }
    }
    writeln!(out, "\n### What the portfolio says\n")?;
    for insight in insights(doc, today) {
        advice(out, &insight.title, &insight.reasons)?;
    }
    Ok(())
}
