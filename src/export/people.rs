//! The People section: whom to talk to next and the promises open, everyone by who is due,
//! who knows what the north star needs, how narrow the network is, where guidance is
//! missing, and the ceilings the people suggest; and the text `career-spec people` prints.

use std::fmt::{self, Write};

use chrono::NaiveDate;

use crate::analysis::people::{
    coverage, due, in_due_order, mentorship, narrowness, open_promises, shown_name,
    suggested_score, touching,
};
use crate::model::{Ceiling, Document};

/// Whom to talk to next and the promises open, as lines under their headings.
fn next(out: &mut String, doc: &Document, today: NaiveDate) -> fmt::Result {
    let touches = due(doc, today);
    if touches.is_empty() {
        writeln!(out, "No touch is due.")?;
    }
    for t in &touches {
        writeln!(out, "- {} {}", t.finding.title, t.finding.reasons.join(" "))?;
    }
    let promises = open_promises(doc);
    if !promises.is_empty() {
        writeln!(out, "\nPromises still open:\n")?;
        for p in &promises {
            writeln!(out, "- {}", p.sentence(doc))?;
        }
    }
    Ok(())
}

pub(super) fn write(out: &mut String, doc: &Document, today: NaiveDate) -> fmt::Result {
    writeln!(out, "\n## People\n")?;
    if doc.people.is_empty() {
        writeln!(out, "No one kept yet.")?;
        return Ok(());
    }
    writeln!(out, "### Whom to talk to next\n")?;
    next(out, doc, today)?;
    writeln!(
        out,
        "\n### Everyone, by who is due\n\n| Person | Relation | Role | In touch |\n| --- | --- | --- | --- |"
    )?;
    for p in in_due_order(doc, today) {
        let role = p.role_at();
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            super::cell(shown_name(p)),
            p.relation_label(),
            super::cell(&role),
            touching(p, today).words(doc)
        )?;
    }
    let needs = coverage(doc, today);
    if !needs.is_empty() {
        writeln!(out, "\n### Who knows what the north star needs\n")?;
        for need in &needs {
            write!(out, "- **{}**: {}", need.name, need.reasons.join(" "))?;
            match &need.fill {
                Some(fill) => writeln!(out, " Move: {fill}.")?,
                None => writeln!(out)?,
            }
        }
    }
    writeln!(out, "\n### How wide the network is\n")?;
    for n in narrowness(doc, today) {
        let verdict = if n.one_sided {
            format!("One-sided by {}", n.side.label())
        } else {
            format!("By {}", n.side.label())
        };
        writeln!(out, "- {verdict}: {}", n.reasons.join(" "))?;
    }
    writeln!(out, "\n### Guidance\n")?;
    for f in mentorship(doc, today) {
        write!(out, "- {} {}", f.title, f.reasons.join(" "))?;
        match &f.fill {
            Some(fill) => writeln!(out, " Move: {fill}.")?,
            None => writeln!(out)?,
        }
    }
    writeln!(out, "\n### The ceilings your people suggest\n")?;
    for ceiling in [Ceiling::Network, Ceiling::Mentorship] {
        if let Some(s) = suggested_score(doc, today, ceiling) {
            writeln!(
                out,
                "- {}: {} of 5. {}",
                ceiling.label(),
                s.score,
                s.reasons.join(" ")
            )?;
        }
    }
    Ok(())
}

/// What `career-spec people` prints: who is due or overdue for a touch, and the promises
/// open. An error when the spec keeps no one, as `review` errs with no review to compare.
pub fn due_text(doc: &Document, today: NaiveDate) -> Result<String, String> {
    if doc.people.is_empty() {
        return Err(
            "no people kept yet: add them on the People panel, or import Connections.csv"
                .to_owned(),
        );
    }
    // Every name is the person's own text: nothing in it may steer the terminal.
    let mut doc = doc.clone();
    doc.each_text_mut(|t| *t = crate::import::text::printable(t).into_owned());
    let mut out = String::new();
    let write = |out: &mut String| -> fmt::Result {
        writeln!(out, "Whom to talk to, {today}:")?;
        next(out, &doc, today)
    };
    write(&mut out).expect("writing to a String cannot fail");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
    }

    #[test]
    fn the_section_names_who_is_due_and_what_the_people_suggest() {
        let doc = crate::file::sample();
        let mut out = String::new();
        write(&mut out, &doc, today()).expect("written");
        assert!(out.contains("- Overdue: get in touch with Amara Okafor. You keep in touch"));
        assert!(
            out.contains("- Promised Marcus Lee on 2026-07-14: Send him my draft team structure")
        );
        assert!(out.contains(
            "| Lena Fischer | to classify | Head of Operations, Parcelwise | no cadence set |"
        ));
        assert!(out.contains("- One-sided by function: 6 of 6 people"));
        assert!(out.contains("- Network: 2 of 5. −1: One-sided by function"));
        let mut none = doc.clone();
        none.people.clear();
        let mut out = String::new();
        write(&mut out, &none, today()).expect("written");
        assert_eq!(out, "\n## People\n\nNo one kept yet.\n");
    }

    #[test]
    fn the_command_lists_who_is_due_and_refuses_a_spec_with_no_one() {
        let mut doc = crate::file::sample();
        doc.people[0].name = "Marcus \u{1b}[31mLee".to_owned();
        let text = due_text(&doc, today()).expect("people");
        assert!(
            text.starts_with("Whom to talk to, 2026-11-22:\n- Overdue: get in touch with Amara")
        );
        assert!(!text.contains('\u{1b}'), "{text}");
        assert!(!text.contains("Jon Park"), "no cadence: never due");
        doc.people.clear();
        assert!(due_text(&doc, today()).is_err());
    }
}
