//! The Landing section: the 30/60/90 plan with due dates and done marks.

use std::fmt::{self, Write};

use chrono::NaiveDate;

use crate::analysis::landing::{Stage, due, progress, stage};
use crate::model::{Document, LandingPhase};

pub(super) fn write(out: &mut String, doc: &Document, today: NaiveDate) -> fmt::Result {
    let plan = &doc.landing;
    writeln!(out, "\n## Landing plan\n")?;
    if plan.items.is_empty() && plan.role.is_empty() {
        writeln!(out, "No landing plan.")?;
        return Ok(());
    }
    let when = match stage(plan, today, &doc.rules) {
        Stage::Unscheduled => "no first day set".to_owned(),
        Stage::Before(d) => format!("starts in {d} days"),
        Stage::In(p, d) => format!("day {d} of 90, {}", p.label().to_lowercase()),
        Stage::After(d) => format!("ended {d} days ago"),
    };
    writeln!(
        out,
        "{} — {when}.",
        if plan.role.is_empty() {
            "New role"
        } else {
            &plan.role
        }
    )?;
    for phase in LandingPhase::ALL {
        let (done, total) = progress(plan, *phase);
        let by = plan
            .start
            .map(|s| format!(", due {}", due(s, *phase, &doc.rules)))
            .unwrap_or_default();
        writeln!(
            out,
            "\n### {} ({done} of {total} done{by})\n",
            phase.label()
        )?;
        for item in plan.items.iter().filter(|i| i.phase == *phase) {
            writeln!(
                out,
                "- [{}] {}",
                if item.done { "x" } else { " " },
                item.title
            )?;
        }
    }
    Ok(())
}
