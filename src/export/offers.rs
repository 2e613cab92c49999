//! The Offers section: each offer, and the comparison of the first two.

use std::fmt::{self, Write};

use chrono::NaiveDate;

use super::{advice, cell};
use crate::analysis::offers::{compare, money, offer_name, pay_by_year};
use crate::model::Document;

pub(super) fn write(out: &mut String, doc: &Document, today: NaiveDate) -> fmt::Result {
    writeln!(out, "\n## Offers\n")?;
    if doc.offers.is_empty() {
        writeln!(out, "None yet.")?;
        return Ok(());
    }
    for o in &doc.offers {
        let first_year = pay_by_year(&o.compensation, 1)
            .first()
            .map_or(0.0, |y| y.total());
        writeln!(
            out,
            "- **{}** ({}{}): {}, {} phase, {}; {} to the north star; first-year pay {}.",
            offer_name(o),
            o.location,
            if o.is_current { ", current job" } else { "" },
            o.kind.label(),
            o.phase.label().to_lowercase(),
            o.work.label().to_lowercase(),
            o.direction.label().to_lowercase(),
            money(&o.compensation.currency, first_year)
        )?;
    }
    if let [a, b, ..] = doc.offers.as_slice() {
        let c = compare(doc, a, b, today);
        writeln!(out, "\n### {} against {}\n", offer_name(a), offer_name(b))?;
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
                r.scores[0],
                r.scores[1]
            )?;
        }
        writeln!(
            out,
            "| **Total** | | {:.1} | {:.1} |\n",
            c.totals[0], c.totals[1]
        )?;
        advice(out, &c.verdict, &c.reasons)?;
        for w in &c.warnings {
            writeln!(out, "- Look first: {w}")?;
        }
        for (i, stick) in c.sticks.iter().enumerate() {
            writeln!(
                out,
                "- {}: {} to the north star. {}",
                ["A", "B"][i],
                stick.direction.label(),
                stick.cadence
            )?;
        }
    }
    Ok(())
}
