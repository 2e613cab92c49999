//! The verdict on two offers side by side: the weighted totals, the biggest reasons, the
//! weights that would flip it, and the cautions to look at before deciding.

use chrono::NaiveDate;

use super::pay::{PAY_YEARS, pay_total};
use super::scores::{Flip, NEUTRAL_SCORE, Row, one_decimal, points, score_of, weighted_max};
use super::stick::{Stick, name, start_of, stick};
use crate::analysis::drift::{Level, needed_answers, offer_status};
use crate::analysis::portfolio::{established_at, insights, year_label, years};
use crate::model::{BetKind, CriterionTag, Document, Offer, OfferId};

/// Two offers side by side.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The two offers, A then B.
    pub offers: [OfferId; 2],
    /// Criterion by criterion.
    pub rows: Vec<Row>,
    /// Weighted totals, A then B.
    pub totals: [f64; 2],
    /// The best total possible.
    pub max: f64,
    /// The winner, unless they tie.
    pub winner: Option<OfferId>,
    /// The verdict in one sentence.
    pub verdict: String,
    /// The three biggest reasons for it.
    pub reasons: Vec<String>,
    /// For each criterion, the weight that would flip it.
    pub flips: Vec<Flip>,
    /// Cautions: what to look at before deciding.
    pub warnings: Vec<String>,
    /// The measuring stick for each, A then B.
    pub sticks: [Stick; 2],
}

/// The cautions on one offer that do not depend on which one wins: a big swing before the
/// person is established, a checklist not run on an unasked offer, criteria not scored.
fn offer_cautions(doc: &Document, offer: &Offer, today: NaiveDate) -> Vec<String> {
    let mut out = Vec::new();
    let start = start_of(offer, today);
    let established = established_at(doc);
    if offer.kind == BetKind::BigSwing && start < established {
        out.push(format!(
            "{} would be a big swing {} into your career, before you count as established ({}, {} in, per the rules): core roles come first.",
            name(offer),
            years(start - f64::from(doc.profile.career_start_year)),
            year_label(established),
            years(doc.rules.established_after_years)
        ));
    }
    if offer.unasked {
        match offer_status(doc, offer.id) {
            None => out.push(format!(
                "{} came to you unasked, and the drift checklist has not been run on it.",
                name(offer)
            )),
            Some((_, risk)) if risk.level == Level::NotRun => out.push(format!(
                "{} came to you unasked, and the drift checklist on it is not run yet: {} of {} questions answered, at least {} needed.",
                name(offer),
                risk.answered,
                doc.drift.items.len(),
                needed_answers(doc)
            )),
            Some(_) => {}
        }
    }
    let unscored: Vec<&str> = doc
        .criteria
        .iter()
        .filter(|c| !score_of(offer, c.id).1)
        .map(|c| c.name.as_str())
        .collect();
    if !unscored.is_empty() {
        out.push(format!(
            "{} is not scored on {}: counted as {NEUTRAL_SCORE} of 5.",
            name(offer),
            unscored.join(", ")
        ));
    }
    out
}

/// The two offers compared side by side: the pair kept in the document while both still
/// exist, else the first two offers; none with fewer than two.
pub fn compared_pair(doc: &Document) -> Option<[&Offer; 2]> {
    if let Some([a, b]) = doc.compared
        && a != b
        && let (Some(a), Some(b)) = (doc.offer(a), doc.offer(b))
    {
        return Some([a, b]);
    }
    match doc.offers.as_slice() {
        [a, b, ..] => Some([a, b]),
        _ => None,
    }
}

/// Compares two offers on the document's criteria.
pub fn compare(doc: &Document, a: &Offer, b: &Offer, today: NaiveDate) -> Comparison {
    let offers = [a, b];
    let rows: Vec<Row> = doc
        .criteria
        .iter()
        .map(|c| {
            let scores = offers.map(|o| score_of(o, c.id).0);
            Row {
                criterion: c.id,
                name: c.name.clone(),
                weight: c.weight,
                scores,
                weighted: scores.map(|s| c.weight * f64::from(s)),
            }
        })
        .collect();
    // A sum of no rows is -0.0, which would print as "-0.0": adding 0.0 makes it plain 0.
    let totals = [0, 1].map(|i| rows.iter().map(|r| r.weighted[i]).sum::<f64>() + 0.0);
    let gap = totals[0] - totals[1];
    let max = weighted_max(doc);
    let names = offers.map(name);
    let (winner, verdict) = if rows.is_empty() {
        (
            None,
            "No criteria to score the offers on yet: add one, with a weight, to get a verdict."
                .to_owned(),
        )
    } else if max <= 0.0 {
        (
            None,
            "Every criterion weighs 0: give one a weight to get a verdict.".to_owned(),
        )
    } else if gap.abs() < 1e-9 {
        (None, format!("{} and {} tie.", names[0], names[1]))
    } else {
        let (w, l) = if gap > 0.0 { (0, 1) } else { (1, 0) };
        (
            Some(offers[w].id),
            format!(
                "{} wins by {} ({:.0} % to {:.0} %).",
                names[w],
                points(gap.abs()),
                100.0 * totals[w] / max,
                100.0 * totals[l] / max
            ),
        )
    };

    let mut favouring: Vec<&Row> = rows.iter().filter(|r| r.difference() * gap > 0.0).collect();
    favouring.sort_by(|x, y| y.difference().abs().total_cmp(&x.difference().abs()));
    let reasons = favouring
        .iter()
        .take(3)
        .map(|r| {
            let w = usize::from(r.difference() < 0.0);
            format!(
                "{}: {} scores {} against {} (weight {}, +{}).",
                r.name,
                names[w],
                r.scores[w],
                r.scores[1 - w],
                one_decimal(r.weight),
                points(r.difference().abs())
            )
        })
        .collect();

    // The tie weight for criterion k: gap + (w' - w_k) · d_k = 0. Only a tie strictly inside
    // the range a weight can take can be passed, and so flip the verdict.
    let flips = rows
        .iter()
        .map(|r| {
            let d = f64::from(r.scores[0]) - f64::from(r.scores[1]);
            let ties_at = (d != 0.0 && winner.is_some())
                .then(|| r.weight - gap / d)
                .filter(|w| *w > 1e-9 && *w < 10.0 - 1e-9);
            Flip {
                criterion: r.criterion,
                name: r.name.clone(),
                weight: r.weight,
                ties_at,
            }
        })
        .collect();

    let now_says = insights(doc, today);
    let sticks = [
        stick(doc, a, today, &now_says),
        stick(doc, b, today, &now_says),
    ];

    let mut warnings = Vec::new();
    if let Some(w) = winner.map(|id| usize::from(id != a.id)) {
        let l = 1 - w;
        if let Some((_, risk)) = offer_status(doc, offers[w].id)
            && risk.level == Level::High
        {
            let why = risk
                .reasons
                .iter()
                .take(risk.reasons.len().saturating_sub(1).min(3))
                .cloned()
                .collect::<Vec<_>>()
                .join(" ");
            warnings.push(format!(
                "The drift checklist says high risk on {}: {why}",
                names[w]
            ));
        }
        let on = |tag: CriterionTag| {
            rows.iter()
                .zip(&doc.criteria)
                .find(|(_, c)| c.tag == tag)
                .map(|(r, _)| r.scores)
        };
        let loses_north_star = on(CriterionTag::NorthStarFit).is_some_and(|s| s[w] < s[l]);
        let wins_on_pay = on(CriterionTag::Compensation).is_some_and(|s| s[w] > s[l])
            || pay_total(doc, offers[w], today) > pay_total(doc, offers[l], today);
        if loses_north_star && wins_on_pay {
            warnings.push(format!(
                "{} wins on pay but scores lower on north-star fit: make sure the money is not doing the choosing.",
                names[w]
            ));
        }
    }
    for (offer, stick) in offers.iter().zip(&sticks) {
        let mut cautions = offer_cautions(doc, offer, today);
        // A score the document no longer supports changes what the verdict rests on.
        cautions.splice(
            0..0,
            stick
                .reading
                .disagreements
                .iter()
                .filter(|d| d.starts_with("North-star fit"))
                .map(|d| format!("{}: {d}", name(offer))),
        );
        warnings.extend(cautions);
    }
    // A pay score the money does not support changes what the verdict rests on, as a
    // north-star fit score the document does not support does.
    warnings
        .extend(crate::analysis::value::compare_money(doc, a, b, PAY_YEARS, today).disagreements);

    Comparison {
        offers: [a.id, b.id],
        rows,
        totals,
        max,
        winner,
        verdict,
        reasons,
        flips,
        warnings,
        sticks,
    }
}
