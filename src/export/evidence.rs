//! The Evidence section: the wins kept, the latest first, each with what it measured; what the
//! evidence says; and the evidence for each skill the north star needs, with how recent it is.

use std::fmt::{self, Write};

use chrono::NaiveDate;

use super::advice;
use crate::analysis::evidence::{findings, latest_first, line, result_words, skill_proofs};
use crate::model::Document;

pub(super) fn write(out: &mut String, doc: &Document, today: NaiveDate) -> fmt::Result {
    writeln!(out, "\n## Evidence\n")?;
    if doc.evidence.is_empty() {
        writeln!(out, "None recorded yet.")?;
        return Ok(());
    }
    for e in latest_first(&doc.evidence) {
        // The line names what it measured where it did; an entry with no result says so.
        match e.result {
            Some(_) => writeln!(out, "- {}", line(e))?,
            None => writeln!(out, "- {}: {}", line(e), result_words(e))?,
        }
    }
    let found = findings(doc, today);
    if !found.is_empty() {
        writeln!(out, "\n### What the evidence says\n")?;
        for f in &found {
            advice(out, &f.title, &f.reasons)?;
        }
    }
    let proofs = skill_proofs(doc, today);
    if !proofs.is_empty() {
        writeln!(
            out,
            "\n### What your north star needs, and the evidence for it\n"
        )?;
        for proof in &proofs {
            advice(out, &proof.heading(), &proof.reasons)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(doc: &Document) -> String {
        let mut out = String::new();
        write(&mut out, doc, crate::testing::today()).expect("written");
        out
    }

    #[test]
    fn the_wins_are_listed_latest_first_with_what_each_measured_and_what_they_say() {
        let text = section(&crate::file::sample());
        let talk = text.find("- \"Talk on closing").expect("the talk");
        let pms = text.find("- \"Two associate PMs").expect("the PMs");
        assert!(pms < talk, "the latest first\n{text}");
        assert!(
            text.contains(": from 0 to 2 PMs running experiments alone\n"),
            "{text}"
        );
        assert!(
            text.contains("product all-hands\" (2026-09-18): not measured\n"),
            "{text}"
        );
        assert!(
            text.contains("- **Zero-to-one building: no evidence**"),
            "{text}"
        );
        assert!(text.contains("has no evidence of progress.**"), "{text}");
    }

    #[test]
    fn with_no_evidence_the_section_says_so_and_nothing_more() {
        let mut doc = crate::file::sample();
        doc.evidence.clear();
        assert_eq!(section(&doc), "\n## Evidence\n\nNone recorded yet.\n");
    }
}
