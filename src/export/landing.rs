//! The Landing section: the 30/60/90 plan with due dates and done marks.

use std::fmt::{self, Write};

use chrono::NaiveDate;

use crate::analysis::landing::{Stage, due, overdue, progress, stage};
use crate::model::{Document, LandingPhase};

pub(super) fn write(out: &mut String, doc: &Document, today: NaiveDate) -> fmt::Result {
    let plan = &doc.landing;
    writeln!(out, "\n## Landing plan\n")?;
    if plan.items.is_empty() && plan.role.is_empty() {
        writeln!(out, "No landing plan.")?;
        return Ok(());
    }
    let when = match stage(plan, today, &doc.rules) {
        Stage::Unscheduled => "No first day set.".to_owned(),
        stage => stage.sentence(&doc.rules),
    };
    writeln!(
        out,
        "{} — {when}",
        if plan.role.is_empty() {
            "New role"
        } else {
            &plan.role
        }
    )?;
    let late = overdue(plan, today, &doc.rules);
    if !late.is_empty() {
        writeln!(out, "\n**Overdue ({}):**\n", late.len())?;
        for item in late {
            let by = plan
                .start
                .map(|s| format!(" (due {})", due(s, item.phase, &doc.rules)))
                .unwrap_or_default();
            writeln!(out, "- {}{by}", item.title)?;
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LandingItem, LandingItemId};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, d).expect("date")
    }

    fn doc() -> Document {
        let mut doc = Document::new_empty(day(1, 1));
        doc.landing.role = "Head of Growth".into();
        doc.landing.start = Some(day(3, 1));
        for (id, phase, title, done) in [
            (1, LandingPhase::ListenAndLearn, "Meet the team", false),
            (2, LandingPhase::ListenAndLearn, "Read the metrics", true),
            (3, LandingPhase::Align, "Write the vision", false),
        ] {
            doc.landing.items.push(LandingItem {
                id: LandingItemId(id),
                phase,
                title: title.into(),
                done,
            });
        }
        doc
    }

    fn text(doc: &Document, today: NaiveDate) -> String {
        let mut out = String::new();
        write(&mut out, doc, today).expect("writing to a String");
        out
    }

    #[test]
    fn overdue_steps_are_listed_with_their_due_dates() {
        // The first step is due on the 30th day from March 1st: March 30th. On April 10th it
        // is late; the done one is not, and the second step (due April 29th) is not yet.
        let out = text(&doc(), day(4, 10));
        assert!(
            out.contains("**Overdue (1):**\n\n- Meet the team (due 2025-03-30)\n"),
            "{out}"
        );
        assert!(!out.contains("- Read the metrics (due"), "{out}");
        assert!(!out.contains("- Write the vision (due"), "{out}");
    }

    #[test]
    fn nothing_is_overdue_before_its_due_date() {
        assert!(!text(&doc(), day(3, 30)).contains("Overdue"));
    }
}
