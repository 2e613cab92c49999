//! The Spec section: profile, north star, stepping stones, skills, and what they suggest.

use std::fmt::{self, Write};

use chrono::NaiveDate;

use super::{Audience, Part};
use super::{advice, cell};
use crate::analysis::spec::{gap, suggestions};
use crate::analysis::stone_needs::StoneNeeds;
use crate::model::Document;

pub(super) fn write(
    out: &mut String,
    doc: &Document,
    today: NaiveDate,
    to: Audience,
) -> fmt::Result {
    let p = &doc.profile;
    let n = &doc.north_star;
    writeln!(
        out,
        "\n{}, {}.",
        if p.current_role.is_empty() {
            "Role not set"
        } else {
            &p.current_role
        },
        match (p.career_start_year, doc.career_start()) {
            (Some(year), _) => format!("career started {year}"),
            (None, Some(first)) => format!(
                "career start not set (the first bet starts {})",
                crate::analysis::portfolio::year_label(first)
            ),
            (None, None) => "career start not set".to_owned(),
        }
    )?;
    let north_star = to.includes(Part::NorthStar);
    if north_star {
        writeln!(
            out,
            "\n## North star\n\n**{}** by {}.",
            if n.target_role.is_empty() {
                "(not set yet)"
            } else {
                &n.target_role
            },
            n.target_year
        )?;
        if !n.why.trim().is_empty() {
            writeln!(out, "\n> {}", n.why.trim())?;
        }
    }
    if to.includes(Part::Stones) {
        stones(out, doc, if north_star { "###" } else { "##" })?;
    }
    if to.includes(Part::Skills) {
        skills(out, doc)?;
    }
    // What the spec says reads the skills and stones against the north star.
    let advice_list = if north_star {
        suggestions(doc, today)
    } else {
        Vec::new()
    };
    if !advice_list.is_empty() {
        writeln!(out, "\n### What the spec says\n")?;
        for s in advice_list {
            advice(out, &s.title, &s.reasons)?;
        }
    }
    Ok(())
}

/// The stepping stones under a heading of the level given: under the north star, or on
/// their own when it is left out.
fn stones(out: &mut String, doc: &Document, level: &str) -> fmt::Result {
    let n = &doc.north_star;
    writeln!(out, "\n{level} Stepping stones\n")?;
    if n.stones.is_empty() {
        writeln!(out, "None yet.")?;
    }
    for stone in &n.stones {
        let needs = StoneNeeds::of(doc, stone).map_or_else(String::new, |needs| {
            let names: Vec<&str> = needs.skills.iter().map(|s| s.name.as_str()).collect();
            format!(" (needs {})", names.join(", "))
        });
        writeln!(
            out,
            "- [{}] {} — {}{needs}",
            if stone.done { "x" } else { " " },
            stone.year,
            stone.title
        )?;
    }
    Ok(())
}

fn skills(out: &mut String, doc: &Document) -> fmt::Result {
    writeln!(out, "\n## Skills\n")?;
    if doc.skills.is_empty() {
        writeln!(out, "None yet.")?;
    } else {
        writeln!(
            out,
            "| Skill | Level | Target | Gap | Enjoyment | Avoidance |\n| --- | --- | --- | --- | --- | --- |"
        )?;
        for skill in &doc.skills {
            if let Some(s) = skill.scored() {
                writeln!(
                    out,
                    "| {} | {} | {} | {} | {} | {} |",
                    cell(&s.name),
                    s.level,
                    s.target,
                    gap(&s),
                    s.enjoyment,
                    s.avoidance
                )?;
            } else {
                writeln!(out, "| {} | not scored yet | | | | |", cell(&skill.name))?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::export::{Audience, markdown_for};

    #[test]
    fn a_stone_lists_the_skills_it_needs_and_one_naming_none_lists_nothing() {
        let today = crate::testing::today();
        let mut doc = crate::file::sample();
        doc.north_star.stones[1].skills.clear();
        let text = markdown_for(&doc, today, Audience::Me);
        assert!(
            text.contains(
                "- [ ] 2027 — Lead a zero-to-one product from idea to first traction (needs \
                 Zero-to-one building, Experimentation and growth, Storytelling)\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("- [ ] 2028 — Manage a team of three or more PMs\n"),
            "{text}"
        );
    }
}
