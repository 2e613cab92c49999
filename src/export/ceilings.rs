//! The Ceilings section: the latest scores, their trends, and the moves for the lowest.

use std::fmt::{self, Write};

use crate::analysis::ceilings::{Trend, latest, lowest, moves, score, trend};
use crate::model::{Ceiling, Document};

pub(super) fn write(out: &mut String, doc: &Document) -> fmt::Result {
    writeln!(out, "\n## Ceilings\n")?;
    let Some(last) = latest(doc) else {
        writeln!(out, "Not assessed yet.")?;
        return Ok(());
    };
    writeln!(
        out,
        "Assessed {} (1: pressed against it, 5: far from it).\n",
        last.date
            .map_or_else(|| "undated".to_owned(), |d| d.to_string())
    )?;
    writeln!(out, "| Ceiling | Score | Trend |\n| --- | --- | --- |")?;
    for c in Ceiling::ALL {
        let t = match trend(doc, *c) {
            Trend::Up => "rising",
            Trend::Down => "falling",
            Trend::Flat => "steady",
            Trend::New => "first score",
        };
        let s = score(last, *c).map_or_else(|| "—".to_owned(), |s| s.to_string());
        writeln!(out, "| {} | {s} | {t} |", c.label())?;
    }
    for c in lowest(doc) {
        writeln!(out, "\nTo lift {}:", c.label().to_lowercase())?;
        for m in moves(c, &doc.rules) {
            writeln!(out, "- {} — {}", m.title, m.why)?;
        }
    }
    Ok(())
}
