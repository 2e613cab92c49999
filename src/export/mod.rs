//! The spec as Markdown: one section per panel, each with what the app says and why; all of it
//! for the person, and only the parts meant for them for a mentor or a manager.

mod audience;
pub mod calendar;
mod ceilings;
mod drift;
mod evidence;
mod landing;
mod offers;
pub mod packet;
pub mod people;
mod portfolio;
pub mod review;
mod spec;
mod text;
mod voice;

use std::fmt::{self, Write};

use chrono::NaiveDate;

pub use audience::{Audience, Part};

use crate::model::Document;

/// The whole spec as Markdown: the private version, for the person alone.
pub fn markdown(doc: &Document, today: NaiveDate) -> String {
    markdown_for(doc, today, Audience::Me)
}

/// The spec as Markdown for an audience: only the parts it is given.
pub fn markdown_for(doc: &Document, today: NaiveDate, audience: Audience) -> String {
    let mut out = String::new();
    // Every text the person wrote is escaped once, before any reading quotes it.
    let mut doc = audience.redact(doc).into_owned();
    doc.each_text_mut(|t| *t = text::markdown(t));
    write_all(&mut out, &doc, today, audience).expect("writing to a String cannot fail");
    out
}

fn write_all(out: &mut String, doc: &Document, today: NaiveDate, to: Audience) -> fmt::Result {
    let name = if doc.profile.name.trim().is_empty() {
        "Career spec"
    } else {
        doc.profile.name.trim()
    };
    writeln!(out, "{}\n", to.first_line())?;
    writeln!(out, "# {name}: career spec\n\n_Exported {today}._")?;
    spec::write(out, doc, today, to)?;
    if to.includes(Part::Portfolio) {
        portfolio::write(out, doc, today)?;
    }
    if to.includes(Part::Offers) {
        offers::write(out, doc, today, to.includes(Part::Pay))?;
    }
    if to.includes(Part::Drift) {
        drift::write(out, doc, today)?;
    }
    if to.includes(Part::Ceilings) {
        ceilings::write(out, doc, today)?;
    }
    if to.includes(Part::Landing) {
        landing::write(out, doc, today)?;
    }
    if to.includes(Part::Voice) {
        voice::write(out, doc, today)?;
    }
    if to.includes(Part::Review) {
        review::write(out, doc, today, to.includes(Part::Drift))?;
    }
    if to.includes(Part::People) {
        people::write(out, doc, today)?;
    }
    if to.includes(Part::Evidence) {
        evidence::write(out, doc, today)?;
    }
    Ok(())
}

/// Text for a Markdown table cell: no line breaks, and no pipe that is not escaped already
/// (the person's text comes escaped; the app's own is escaped here), to break the row.
fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut backslashes = 0;
    for c in text::one_line(text).chars() {
        if c == '|' && backslashes % 2 == 0 {
            out.push('\\');
        }
        backslashes = if c == '\\' { backslashes + 1 } else { 0 };
        out.push(c);
    }
    out
}

/// A heading and its reasons as a list.
fn advice(out: &mut String, title: &str, reasons: &[String]) -> fmt::Result {
    writeln!(out, "- **{title}**")?;
    for reason in reasons {
        writeln!(out, "  - {reason}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_exports_every_section() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let text = markdown(&crate::file::sample(), today);
        for heading in [
            "# Priya Raman: career spec",
            "## North star",
            "## Skills",
            "## Portfolio",
            "## Offers",
            "## Drift checklist",
            "## Ceilings",
            "## Landing plan",
            "## Voice",
            "## Career review",
        ] {
            assert!(text.contains(heading), "missing {heading}");
        }
        assert!(
            text.contains("| Senior PM, Checkout | Northwind Retail | Core |"),
            "bets table"
        );
        assert!(text.contains("A big swing is due"), "portfolio insight");
        assert!(
            text.contains("Lead PM, AI Shopping Assistant at Northwind Retail wins by"),
            "verdict"
        );
        assert!(text.contains("first-year gross £138,000."), "pay, grouped");
        assert!(text.contains("Overdue by 51 days"), "voice cadence");
        assert!(
            text.contains(
                "### Draft: Learning summary, November 2026\n\nFor Dana, VP Product.\n\n#### What I am working on"
            ),
            "the month's draft, under the Voice section"
        );
    }

    #[test]
    fn pipes_in_names_do_not_break_tables() {
        assert_eq!(cell("A | B\nC"), "A \\| B C");
    }

    #[test]
    fn an_empty_spec_exports_without_panicking_and_says_what_is_missing() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let text = markdown(&Document::new_empty(today), today);
        assert!(text.starts_with("_Private version: "), "{text}");
        assert!(text.contains("\n# Career spec: career spec\n"), "{text}");
        assert!(text.contains("No bets yet."));
    }
}
