//! The promotion packet written out: as Markdown to share or paste, and as a printable HTML
//! page with the skills drawn as SVG. Both write the same packet from the analysis.

mod html;

use std::fmt::{self, Write};

use chrono::NaiveDate;

pub use html::html;

use crate::analysis::packet::{Covers, Packet, Target, packet, score};
use crate::model::Document;

/// The packet for a target as Markdown.
pub fn markdown(doc: &Document, target: Target, today: NaiveDate) -> String {
    // Every text the person wrote is escaped once, before the packet quotes it.
    let mut doc = doc.clone();
    doc.each_text_mut(|t| *t = super::text::markdown(t));
    let p = packet(&doc, target, today);
    let mut out = String::new();
    write(&mut out, &p, today).expect("writing to a String cannot fail");
    out
}

/// The two ways a packet is written out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Markdown, to share or paste.
    Markdown,
    /// One printable HTML page.
    Html,
}

impl Format {
    /// The file name's extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Html => "html",
        }
    }

    /// The packet for a target in this format.
    pub fn render(self, doc: &Document, target: Target, today: NaiveDate) -> String {
        match self {
            Self::Markdown => markdown(doc, target, today),
            Self::Html => html(doc, target, today),
        }
    }
}

/// What the skills say when the matrix holds none.
pub const NO_SKILLS: &str = "No skills in the matrix yet.";
/// What a list of evidence says when it is empty.
pub const NO_PROOF: &str = "No evidence is linked to it.";
/// What the gaps say when there is none and the matrix holds skills.
pub const NO_GAPS: &str = "Every skill is scored, at its target and has evidence.";
/// What the gaps say when the matrix holds no skill: nothing is proved, nothing is left.
pub const NO_GAPS_NO_SKILLS: &str = "Nothing to prove against yet: the matrix holds no skills.";
/// What the progress says when no evidence is linked to any stepping stone.
pub const NO_STONE_PROOF: &str = "No evidence is linked to a stepping stone.";
/// What the bets say when none is linked.
pub const NO_BETS: &str = "No bet is linked to this evidence or these skills.";
/// What the vouchers say when no one is named.
pub const NO_VOUCHERS: &str = "No one is named as having seen this evidence.";
/// What the review history says before the first review.
pub const NO_REVIEWS: &str = "No career review held yet.";

/// What a stone's packet says when the stone names no skills it needs.
pub const UNNAMED: &str = "This stepping stone names no skills it needs, so every skill in the \
                           matrix is covered: tick the ones it needs in the stone's inspector on \
                           the Spec panel.";
/// What the north star's packet says of its skills.
pub const WHOLE_MATRIX: &str = "The north star needs the whole matrix: every skill is covered.";

/// The one line under the skills' heading that says which skills the packet covers and why;
/// none while the matrix is empty, which the skills then say.
pub fn covers(p: &Packet) -> Option<String> {
    if p.skills.is_empty() {
        return None;
    }
    Some(match p.covers {
        Covers::Named { of } => format!(
            "The skills this stepping stone names as needed: {} of the {of} in the matrix.",
            p.skills.len()
        ),
        Covers::Unnamed => UNNAMED.to_owned(),
        Covers::NorthStar => WHOLE_MATRIX.to_owned(),
    })
}

/// The heading of the evidence linked to the target itself.
pub fn progress_heading(p: &Packet) -> String {
    if p.heading.stone.is_some() {
        format!("Progress on {}", p.heading.title)
    } else {
        "Progress on the stepping stones".to_owned()
    }
}

/// What the gaps say when there is none: that every skill is proved only where there are
/// skills to prove.
pub fn no_gaps(p: &Packet) -> &'static str {
    if p.skills.is_empty() {
        NO_GAPS_NO_SKILLS
    } else {
        NO_GAPS
    }
}

/// What the progress says when no evidence is linked to the target: to the stone, or, for
/// the north star, to any stepping stone.
pub fn no_progress(p: &Packet) -> &'static str {
    if p.heading.stone.is_some() {
        NO_PROOF
    } else {
        NO_STONE_PROOF
    }
}

/// The first line under the title: whose packet, and when it was built.
pub fn byline(p: &Packet, today: NaiveDate) -> String {
    let whose = if p.name.trim().is_empty() {
        "the".to_owned()
    } else {
        format!("{}'s", p.name.trim())
    };
    format!("Built {today} from {whose} career spec: every line names the entry it comes from.")
}

/// Lines as a Markdown list followed by a blank line, or `empty` when there is none.
fn bullets<'a>(
    out: &mut String,
    empty: &str,
    lines: impl ExactSizeIterator<Item = &'a String>,
) -> fmt::Result {
    if lines.len() == 0 {
        return writeln!(out, "{empty}\n");
    }
    for line in lines {
        writeln!(out, "- {line}")?;
    }
    writeln!(out)
}

fn write(out: &mut String, p: &Packet, today: NaiveDate) -> fmt::Result {
    let h = &p.heading;
    writeln!(out, "# Promotion packet: {} ({})\n", h.title, h.year)?;
    writeln!(out, "_{}_\n", byline(p, today))?;
    for note in &h.notes {
        writeln!(out, "> {note}\n")?;
    }
    writeln!(out, "## Skills\n")?;
    if let Some(line) = covers(p) {
        writeln!(out, "{line}\n")?;
    }
    if p.skills.is_empty() {
        writeln!(out, "{NO_SKILLS}\n")?;
    } else {
        writeln!(out, "| Skill | Level | Target | Evidence |")?;
        writeln!(out, "| --- | --- | --- | --- |")?;
        for row in &p.skills {
            writeln!(
                out,
                "| {} | {} | {} | {} |",
                super::cell(&row.name),
                score(row.level),
                score(row.target),
                row.proofs.len()
            )?;
        }
        writeln!(out)?;
        for row in &p.skills {
            writeln!(out, "### {}\n", row.name)?;
            bullets(out, NO_PROOF, row.proofs.iter().map(|proof| &proof.text))?;
        }
    }
    writeln!(out, "## {}\n", progress_heading(p))?;
    bullets(
        out,
        no_progress(p),
        p.progress.iter().map(|proof| &proof.text),
    )?;
    writeln!(out, "## Still to prove\n")?;
    bullets(out, no_gaps(p), p.gaps.iter().map(|gap| &gap.text))?;
    writeln!(out, "## Bets that built it\n")?;
    if p.bets.is_empty() {
        writeln!(out, "{NO_BETS}\n")?;
    } else {
        for bet in &p.bets {
            super::advice(out, &bet.title, &bet.why)?;
        }
        writeln!(out)?;
    }
    writeln!(out, "## Who can vouch\n")?;
    if p.vouchers.is_empty() {
        writeln!(out, "{NO_VOUCHERS}\n")?;
    } else {
        for v in &p.vouchers {
            let saw: Vec<String> = v.saw.iter().map(|s| s.text.clone()).collect();
            super::advice(out, &v.who, &saw)?;
        }
        writeln!(out)?;
    }
    writeln!(out, "## Review history\n")?;
    if p.reviews.is_empty() {
        writeln!(out, "{NO_REVIEWS}")?;
    } else {
        for r in &p.reviews {
            let date = r
                .date
                .map_or_else(|| "No date".to_owned(), |d| d.to_string());
            super::advice(out, &date, &r.lines)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_packet_says_in_one_line_which_skills_it_covers() {
        let today = crate::testing::today();
        let mut doc = crate::file::sample();
        let stone = doc.north_star.stones[0].id;
        let named = doc.north_star.stones[0].skills.len();
        let of = doc.skills.len();
        assert!(named > 0 && named < of, "the sample's stone names some");
        let text = markdown(&doc, Target::Stone(stone), today);
        let line = format!(
            "The skills this stepping stone names as needed: {named} of the {of} in the matrix."
        );
        assert!(text.contains(&format!("## Skills\n\n{line}\n")), "{text}");
        assert_eq!(text.matches("\n### ").count(), named, "one part per skill");
        assert!(!text.contains(UNNAMED), "{text}");
        let page = html(&doc, Target::Stone(stone), today);
        assert!(
            page.contains(&format!("<p class=\"covers\">{line}</p>")),
            "{page}"
        );
        assert_eq!(page.matches("<tr><td>").count(), named);
        // Naming none: every skill, and where to name them.
        doc.north_star.stones[0].skills.clear();
        let text = markdown(&doc, Target::Stone(stone), today);
        assert!(
            text.contains(&format!("## Skills\n\n{UNNAMED}\n")),
            "{text}"
        );
        assert_eq!(text.matches("\n### ").count(), of);
        let page = html(&doc, Target::Stone(stone), today);
        assert!(page.contains(&html::escape(UNNAMED)), "{page}");
        let text = markdown(&doc, Target::NorthStar, today);
        assert!(
            text.contains(&format!("## Skills\n\n{WHOLE_MATRIX}\n")),
            "{text}"
        );
        // An empty matrix says only that it is empty.
        let empty = Document::new_empty(today);
        let text = markdown(&empty, Target::NorthStar, today);
        assert!(
            text.contains(&format!("## Skills\n\n{NO_SKILLS}\n")),
            "{text}"
        );
    }

    #[test]
    fn an_empty_matrix_proves_nothing_and_claims_nothing_proved() {
        let today = crate::testing::today();
        let mut doc = Document::new_empty(today);
        let text = markdown(&doc, Target::NextStone, today);
        assert!(text.contains(&format!("\n{NO_GAPS_NO_SKILLS}\n")), "{text}");
        assert!(!text.contains(NO_GAPS), "{text}");
        // The north star's progress is on the stones, and none has evidence.
        assert!(text.contains(&format!("\n{NO_STONE_PROOF}\n")), "{text}");
        assert!(
            text.contains("Built 2026-11-22 from the career spec:"),
            "{text}"
        );
        // Skills proved in full: then every one is.
        doc = crate::file::sample();
        for skill in &mut doc.skills {
            skill.level = skill.target;
        }
        let ids: Vec<_> = doc.skills.iter().map(|s| s.id).collect();
        doc.evidence[0].skills = ids;
        let text = markdown(&doc, Target::NorthStar, today);
        assert!(text.contains(&format!("\n{NO_GAPS}\n")), "{text}");
    }
}
