//! `career-spec compare FILE A B`: two offers side by side, in the terminal.

use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;

use crate::analysis::offers::{compare, money, offer_name, pay_by_year};
use crate::model::{Document, Offer};

use super::USAGE;

/// Finds an offer by its id or by words in "role at company", ignoring case.
pub fn find<'a>(doc: &'a Document, query: &str) -> Result<&'a Offer, String> {
    if let Ok(id) = query.trim().parse::<u64>()
        && let Some(offer) = doc.offers.iter().find(|o| o.id.0 == id)
    {
        return Ok(offer);
    }
    let wanted = query.trim().to_lowercase();
    let found: Vec<&Offer> = doc
        .offers
        .iter()
        .filter(|o| offer_name(o).to_lowercase().contains(&wanted))
        .collect();
    let list = || {
        doc.offers
            .iter()
            .map(|o| format!("  {}: {}", o.id, offer_name(o)))
            .collect::<Vec<_>>()
            .join("\n")
    };
    match found.as_slice() {
        [one] => Ok(one),
        [] => Err(format!(
            "no offer matches \"{query}\"; the offers are:\n{}",
            list()
        )),
        _ => Err(format!(
            "\"{query}\" matches {} offers; use more words or the id:\n{}",
            found.len(),
            list()
        )),
    }
}

/// The comparison as text for a terminal.
pub fn render(doc: &Document, a: &Offer, b: &Offer, today: NaiveDate) -> String {
    let c = compare(doc, a, b, today);
    let mut lines = vec![
        format!("A: {}", offer_name(a)),
        format!("B: {}", offer_name(b)),
        String::new(),
        format!(
            "{:<28} {:>6} {:>4} {:>4} {:>8}",
            "Criterion", "Weight", "A", "B", "A − B"
        ),
    ];
    for r in &c.rows {
        lines.push(format!(
            "{:<28} {:>6} {:>4} {:>4} {:>+8.1}",
            r.name,
            r.weight,
            r.scores[0],
            r.scores[1],
            r.difference()
        ));
    }
    lines.push(format!(
        "{:<28} {:>6} {:>4.0} {:>4.0}",
        "Total", "", c.totals[0], c.totals[1]
    ));
    lines.push(String::new());
    lines.push(c.verdict.clone());
    lines.extend(c.reasons.iter().map(|r| format!("  - {r}")));
    for w in &c.warnings {
        lines.push(format!("  ! {w}"));
    }
    lines.push(String::new());
    for f in &c.flips {
        lines.push(match f.ties_at {
            Some(at) => format!(
                "{}: weight {} → {:.1} ties; past it the verdict flips.",
                f.name, f.weight, at
            ),
            None => format!("{}: no weight from 0 to 10 flips it.", f.name),
        });
    }
    lines.push(String::new());
    for (i, offer) in [a, b].into_iter().enumerate() {
        let stick = &c.sticks[i];
        let pay: f64 = pay_by_year(&offer.compensation, 4)
            .iter()
            .map(|y| y.total())
            .sum();
        lines.push(format!(
            "{}: {} to the north star. {} Four-year pay {}.",
            ["A", "B"][i],
            stick.direction.label(),
            stick.cadence,
            money(&offer.compensation.currency, pay)
        ));
    }
    lines.join("\n") + "\n"
}

/// Runs the command: 0 with a comparison, 1 when the file cannot be read, 2 when an offer is
/// not found.
pub fn run(file: &Path, a: &str, b: &str, today: NaiveDate) -> ExitCode {
    let doc = match crate::file::load(file) {
        Ok(doc) => doc,
        Err(e) => {
            eprintln!("{}: {}", file.display(), e.lines().join("; "));
            return ExitCode::FAILURE;
        }
    };
    match (find(&doc, a), find(&doc, b)) {
        (Ok(a), Ok(b)) => super::emit(&render(&doc, a, b, today)),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("error: {e}");
            ExitCode::from(USAGE)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offers_are_found_by_id_or_words() {
        let doc = crate::file::sample();
        assert_eq!(find(&doc, "2").map(|o| o.id.0), Ok(2));
        assert_eq!(find(&doc, "ai shopping").map(|o| o.id.0), Ok(2));
        assert!(
            find(&doc, "northwind")
                .expect_err("ambiguous")
                .contains("matches 2 offers")
        );
        assert!(
            find(&doc, "nothing like it")
                .expect_err("none")
                .contains("no offer matches")
        );
    }

    #[test]
    fn the_rendering_names_the_winner_and_why() {
        let doc = crate::file::sample();
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let text = render(&doc, &doc.offers[0], &doc.offers[1], today);
        assert!(
            text.contains("Lead PM, AI Shopping Assistant at Northwind Retail wins by 28.0 points"),
            "{text}"
        );
        assert!(text.contains("  - North-star fit:"));
        assert!(
            text.contains("B: Closer to the north star. A big swing 5.8 years after"),
            "{text}"
        );
    }
}
