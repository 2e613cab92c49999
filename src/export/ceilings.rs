//! The Ceilings section: the latest scores, their trends, the scores the people data or the
//! evidence suggests beside the person's own with their reasons, and the moves for the lowest.

use std::fmt::{self, Write};

use chrono::NaiveDate;

use crate::analysis::ceilings::{Trend, latest, lowest, moves, reader, score, suggested, trend};
use crate::model::{Ceiling, Document};

pub(super) fn write(out: &mut String, doc: &Document, today: NaiveDate) -> fmt::Result {
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
    for c in Ceiling::ALL {
        let (Some(reader), Some(suggested)) = (reader(*c), suggested(doc, today, *c)) else {
            continue;
        };
        let own = score(last, *c);
        writeln!(
            out,
            "\n{}: {}.",
            c.label(),
            reader.headline(&suggested, own)
        )?;
        for reason in &suggested.reasons {
            writeln!(out, "- {reason}")?;
        }
        if let Some(differ) = reader.disagreement(&suggested, own) {
            writeln!(out, "\n{differ}")?;
        }
    }
    for c in lowest(doc) {
        writeln!(out, "\nTo lift {}:", c.label().to_lowercase())?;
        for m in moves(c, &doc.rules) {
            writeln!(out, "- {} — {}", m.title, m.why)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{Audience, markdown_for};

    /// The Ceilings section of the export of `doc` for `audience`.
    fn section(doc: &Document, audience: Audience) -> String {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let text = markdown_for(doc, today, audience);
        let start = text.find("## Ceilings").expect("a Ceilings section");
        let rest = &text[start..];
        let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 3);
        rest[..end].to_owned()
    }

    #[test]
    fn the_ceilings_carry_what_the_people_suggest_with_its_reasons_beside_the_own_score() {
        let text = section(&crate::file::sample(), Audience::Me);
        assert!(
            text.contains("\nNetwork: Your people suggest 2 of 5 (you: 3).\n- −"),
            "{text}"
        );
        assert!(
            text.contains("\nMentorship: Your people suggest 3 of 5 (you: 3).\n- "),
            "{text}"
        );
        assert!(!text.contains("Bandwidth: Your people suggest"), "{text}");
        // The sample's wins are recent, measured and seen, and told in the voice log.
        assert!(
            text.contains("\nStorytelling: Your evidence and voice log suggest 5 of 5 (you: 4).\n- Nothing found against it"),
            "{text}"
        );
        // With no wins kept, the Storytelling line names the step down.
        let mut doc = crate::file::sample();
        doc.evidence.clear();
        let text = section(&doc, Audience::Me);
        assert!(text.contains("- −1: No evidence is recorded"), "{text}");
    }

    #[test]
    fn with_no_people_kept_or_given_the_ceilings_suggest_nothing() {
        let mut doc = crate::file::sample();
        // A mentor is not given the people: nothing suggested from them reaches the file.
        assert!(!section(&doc, Audience::Mentor).contains("Your people suggest"));
        doc.people.clear();
        assert!(!section(&doc, Audience::Me).contains("Your people suggest"));
    }

    #[test]
    fn scores_two_apart_are_named_in_the_export_as_on_the_panel() {
        let mut doc = crate::file::sample();
        for assessment in &mut doc.ceilings {
            for s in &mut assessment.scores {
                if s.ceiling == Ceiling::Network {
                    s.score = Some(5);
                }
            }
        }
        let text = section(&doc, Audience::Me);
        assert!(
            text.contains("Your 5 and their 2 differ by 3: look again"),
            "{text}"
        );
    }
}
