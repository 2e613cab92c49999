//! The Offers section: each offer, and the comparison of the pair chosen in the window (the
//! first two when none was chosen).

use std::fmt::{self, Write};

use chrono::NaiveDate;

use super::{advice, cell};
use crate::analysis::offers::{
    Comparison, NOT_MARKED, PAY_YEARS, Stick, compare, compared_pair, money, offer_name,
    rescore_line, score_words, toward,
};
use crate::analysis::value::{
    compare_money, gross_lines, home_currency, missing_rate, not_comparable, offer_lines,
    offer_terms, offer_years, table_notes, value_table,
};
use crate::model::{BetKind, Document, Offer};

/// With `pay` false (an export for a mentor), no figure of money is written: no pay, no
/// worth, and none of the cautions, which weigh pay and the drift checklist.
pub(super) fn write(out: &mut String, doc: &Document, today: NaiveDate, pay: bool) -> fmt::Result {
    writeln!(out, "\n## Offers\n")?;
    if doc.offers.is_empty() {
        writeln!(out, "None yet.")?;
        return Ok(());
    }
    for o in &doc.offers {
        offer(out, doc, o, today, pay)?;
    }
    if let Some([a, b]) = compared_pair(doc) {
        let c = compare(doc, a, b, today);
        writeln!(out, "\n### {} against {}\n", offer_name(a), offer_name(b))?;
        criteria_table(out, &c)?;
        verdict(out, &c, pay)?;
        for (i, stick) in c.sticks.iter().enumerate() {
            measuring_stick(out, ["A", "B"][i], stick)?;
        }
        if let Some(closer) = &c.closer {
            writeln!(out, "- {closer}")?;
        }
        if pay {
            value(out, doc, [a, b], today)?;
        }
    }
    Ok(())
}

/// One offer's line: its place, what it would be, its measuring stick and, with `pay`, its
/// first-year gross; then why to score it again, if its scores were given under another
/// north star.
fn offer(out: &mut String, doc: &Document, o: &Offer, today: NaiveDate, pay: bool) -> fmt::Result {
    // Only what is known goes in the brackets: no empty "()" for an offer with no place.
    let about: Vec<&str> = [
        o.location.trim(),
        if o.is_current { "current job" } else { "" },
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .collect();
    let about = if about.is_empty() {
        String::new()
    } else {
        format!(" ({})", about.join(", "))
    };
    let pay_words = if pay {
        let figure = if missing_rate(doc, o, today).is_some() {
            not_comparable(&offer_terms(doc, o)).to_owned()
        } else {
            let first_year = offer_years(doc, o, 1, today)
                .first()
                .map_or(0.0, |y| y.gross);
            money(home_currency(doc).name(), first_year)
        };
        format!("; first-year gross {figure}")
    } else {
        String::new()
    };
    writeln!(
        out,
        "- **{}**{about}: {}, {}, {}; {}{pay_words}.",
        offer_name(o),
        o.kind.map_or("kind not set", BetKind::label),
        o.phase.map_or_else(
            || "phase not set".to_owned(),
            |p| format!("{} phase", p.label().to_lowercase())
        ),
        o.work.map_or_else(
            || "type of work not set".to_owned(),
            |w| w.label().to_lowercase()
        ),
        o.direction.map_or_else(
            || format!("measuring stick {NOT_MARKED}"),
            |d| format!("marked {}", toward(d))
        ),
    )?;
    if let Some(line) = rescore_line(o, &doc.north_star) {
        writeln!(out, "  - {line}")?;
    }
    Ok(())
}

/// The pair's criteria with their weights and scores, and the totals.
fn criteria_table(out: &mut String, c: &Comparison) -> fmt::Result {
    writeln!(
        out,
        "| Criterion | Weight | A | B |\n| --- | --- | --- | --- |"
    )?;
    for r in &c.rows {
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            cell(&r.name),
            r.weight,
            score_words(r.scores[0]),
            score_words(r.scores[1])
        )?;
    }
    let [ta, tb] = c
        .totals
        .map(|t| t.map_or_else(|| "not known yet".to_owned(), |t| format!("{t:.1}")));
    writeln!(out, "| **Total** | | {ta} | {tb} |\n")?;
    if let Some(goal) = &c.goal {
        writeln!(out, "{goal}\n")?;
    }
    Ok(())
}

/// The verdict with its reasons, then, with `pay`, the cautions and the questions to ask
/// oneself, then what would change it.
fn verdict(out: &mut String, c: &Comparison, pay: bool) -> fmt::Result {
    advice(out, &c.verdict, &c.reasons)?;
    for w in c.warnings.iter().filter(|_| pay) {
        writeln!(out, "- Look first: {w}")?;
    }
    // A question may quote a drift answer, which a mentor's export leaves out.
    for question in c.questions.iter().filter(|_| pay) {
        writeln!(out, "- Ask yourself: {question}")?;
    }
    for flip in c.flips.iter().filter(|f| f.ties_at.is_some()) {
        writeln!(out, "- What would change it: {}", flip.advice())?;
    }
    if c.winner.is_some() && c.flips.iter().all(|f| f.ties_at.is_none()) {
        writeln!(
            out,
            "- What would change it: no single weight from 0 to 10."
        )?;
    }
    Ok(())
}

/// One offer's measuring stick: the call and the reading with its reasons, the cadence, the
/// skills (with what it builds of the next stone's) and new work it brings, and what taking it would change in the portfolio.
fn measuring_stick(out: &mut String, letter: &str, stick: &Stick) -> fmt::Result {
    writeln!(
        out,
        "- {letter}: {} {}",
        stick.call_and_reading(),
        stick.cadence
    )?;
    for line in stick
        .reading
        .reasons
        .iter()
        .chain(&stick.reading.disagreements)
    {
        writeln!(out, "  - {line}")?;
    }
    if !stick.skills.is_empty() {
        writeln!(out, "  - Builds: {}.", stick.skills.join("; "))?;
    }
    if let Some(line) = &stick.next_stone {
        writeln!(out, "  - {line}")?;
    }
    if !stick.new_work.is_empty() {
        writeln!(
            out,
            "  - Adds work the portfolio has never done: {}.",
            stick.new_work.join(", ")
        )?;
    }
    for insight in &stick.raises {
        writeln!(out, "  - If taken, raises: {}", insight.title)?;
    }
    for insight in &stick.clears {
        writeln!(out, "  - If taken, clears: {}", insight.title)?;
    }
    for (now, then) in &stick.changes {
        writeln!(
            out,
            "  - If taken: {} (instead of: {})",
            then.title, now.title
        )?;
    }
    Ok(())
}

/// What each offer of the pair is worth: the year-by-year table gross, after tax and real,
/// then each offer's equity scenarios, break-even and what leaving costs.
fn value(out: &mut String, doc: &Document, offers: [&Offer; 2], today: NaiveDate) -> fmt::Result {
    let m = compare_money(doc, offers[0], offers[1], PAY_YEARS, today);
    let home = &m.terms[0].home;
    writeln!(out, "\n#### Gross over {PAY_YEARS} years, in {home}\n")?;
    writeln!(out, "| | A | B |\n| --- | --- | --- |")?;
    for line in gross_lines(&m) {
        writeln!(
            out,
            "| {} | {} | {} |",
            cell(line.label),
            cell(&m.figure(0, line.totals[0])),
            cell(&m.figure(1, line.totals[1]))
        )?;
    }
    writeln!(out, "\n#### What each is worth\n")?;
    for (k, row) in value_table(&m).iter().enumerate() {
        writeln!(
            out,
            "| {} |",
            row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | ")
        )?;
        if k == 0 {
            writeln!(out, "|{}", " --- |".repeat(row.len()))?;
        }
    }
    writeln!(out)?;
    for line in table_notes(doc, &m, offers) {
        writeln!(out, "- {line}")?;
    }
    for (i, offer) in offers.iter().enumerate() {
        writeln!(out, "\n**{}: {}**\n", ["A", "B"][i], offer_name(offer))?;
        for line in offer_lines(&m, i, offer) {
            // Lines indented by two spaces belong to the line above them.
            match line.strip_prefix("  ") {
                Some(inner) => writeln!(out, "  - {inner}")?,
                None => writeln!(out, "- {line}")?,
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::OfferId;

    fn text(doc: &Document) -> String {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let mut out = String::new();
        write(&mut out, doc, today, true).expect("writing to a String");
        out
    }

    #[test]
    fn the_export_compares_the_pair_chosen_in_the_window() {
        let mut doc = crate::file::sample();
        let mut third = doc.offers[0].clone();
        third.id = OfferId(3);
        third.company = "Harbour Health".into();
        third.is_current = false;
        doc.offers.push(third);
        let out = text(&doc);
        assert!(
            out.contains("### Senior PM, Checkout (stay) at Northwind Retail against Lead PM, AI Shopping Assistant at Northwind Retail"),
            "the first two until a pair is chosen:\n{out}"
        );
        doc.compared = Some([OfferId(3), OfferId(2)]);
        let out = text(&doc);
        assert!(
            out.contains("### Senior PM, Checkout (stay) at Harbour Health against Lead PM, AI Shopping Assistant at Northwind Retail"),
            "{out}"
        );
        assert!(
            out.contains("- B: marked closer to the north star; the document reads it closer to the north star (strong evidence)."),
            "{out}"
        );
        assert!(out.contains("(instead of: A big swing is due: "), "{out}");
    }

    #[test]
    fn each_stick_says_what_it_builds_of_the_next_stone_only_when_the_stone_names_skills() {
        let mut doc = crate::file::sample();
        let out = text(&doc);
        assert!(
            out.contains("  - For the next stone, \"Lead a zero-to-one product from idea to first traction\" (2027): builds Experimentation and growth; not Zero-to-one building and Storytelling.\n"),
            "{out}"
        );
        doc.north_star.stones[0].skills.clear();
        let out = text(&doc);
        assert!(!out.contains("For the next stone"), "{out}");
    }

    #[test]
    fn a_contradiction_is_asked_once_and_only_in_the_private_export() {
        let mut doc = crate::file::sample();
        let mut run = doc.drift.reviews[0].clone();
        run.id = crate::model::ReviewId(2);
        run.offer = Some(OfferId(2));
        run.answers[1].answer = crate::model::Answer::No;
        doc.drift.reviews.push(run);
        let out = text(&doc);
        let asked = "- Ask yourself: You answered No to \"Does it bring me closer to my 5-year north star?\" about Lead PM, AI Shopping Assistant at Northwind Retail on 2026-06-30, yet marked it closer to the north star: which holds?";
        assert_eq!(out.matches(asked).count(), 1, "{out}");
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let mut mentor = String::new();
        write(&mut mentor, &doc, today, false).expect("writing to a String");
        assert!(!mentor.contains("Ask yourself"), "{mentor}");
    }

    #[test]
    fn an_offer_scored_under_a_rewritten_north_star_is_named_for_re_scoring() {
        let mut doc = crate::file::sample();
        doc.offers[0].scored_under = Some(crate::model::ScoredUnder {
            role: "VP Product".into(),
            year: 2030,
            date: None,
        });
        let out = text(&doc);
        assert!(
            out.contains("\n  - Re-score Senior PM, Checkout (stay) at Northwind Retail: it was scored under the north star \"VP Product\" by 2030; it is now \"CPO at a mid-stage startup\" by 2031.\n"),
            "{out}"
        );
        assert_eq!(out.matches("Re-score").count(), 1, "{out}");
    }

    #[test]
    fn an_early_career_with_no_criteria_exports_without_empty_brackets_or_signed_zeros() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let mut doc = Document::new_empty(today);
        doc.profile.career_start_year = Some(2025);
        doc.criteria.clear();
        for (id, current) in [(1, true), (2, false)] {
            doc.offers.push(crate::model::Offer {
                id: crate::model::OfferId(id),
                company: format!("Company {id}"),
                role: "PM".to_owned(),
                is_current: current,
                compensation: crate::model::Compensation {
                    currency: "$".to_owned(),
                    ..crate::model::Compensation::default()
                },
                ..crate::model::Offer::default()
            });
        }
        let mut out = String::new();
        super::write(&mut out, &doc, today, true).expect("written");
        assert!(
            out.contains("- **PM at Company 1** (current job): "),
            "{out}"
        );
        assert!(out.contains("- **PM at Company 2**: "), "{out}");
        assert!(!out.contains("()") && !out.contains("(,"), "{out}");
        assert!(out.contains("| **Total** | | 0.0 | 0.0 |"), "{out}");
        assert!(!out.contains("-0"), "{out}");
        // No equity at stake: one figure, not a range from it to itself.
        assert!(out.contains(", the same in every exit scenario."), "{out}");
        assert!(
            !out.contains("from the worst scenario to the best"),
            "{out}"
        );
    }
}
