//! The verdict on two offers side by side: the weighted totals, the biggest reasons, the
//! weights that would flip it, and the cautions to look at before deciding.

use chrono::NaiveDate;

use super::pay::{PAY_YEARS, pays_more};
use super::scores::{Flip, Row, one_decimal, points, score_of, score_words};
use super::stick::{Stick, name, start_of, stick};
use crate::analysis::drift::{Level, needed_answers, offer_status};
use crate::analysis::goal::{GoneGoal, gone_goal};
use crate::analysis::portfolio::{established_at, insights, year_label, years};
use crate::analysis::words::and_list;
use crate::model::{
    BetKind, Criterion, CriterionId, CriterionTag, Direction, Document, Offer, OfferId,
};

/// Two offers side by side.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The two offers, A then B.
    pub offers: [OfferId; 2],
    /// Criterion by criterion.
    pub rows: Vec<Row>,
    /// Weighted totals, A then B; `None` for an offer not scored yet on a criterion that
    /// carries weight.
    pub totals: [Option<f64>; 2],
    /// The criteria that carry weight and each offer is not scored on yet, A then B: the
    /// verdict waits for them.
    pub missing: [Vec<CriterionId>; 2],
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
    /// A north star that can no longer steer, named first: while it is gone, north-star fit
    /// is left out of the totals and no reason or caution rests on it or on the measuring
    /// stick.
    pub goal: Option<String>,
    /// Each offer of the pair scored under a north star since rewritten, named for
    /// re-scoring.
    pub rescore: Vec<String>,
    /// Where two of the person's own answers about an offer of the pair cannot both hold,
    /// the question to ask; none while the north star is gone.
    pub questions: Vec<String>,
    /// Where both offers read closer to the north star: which is the closer, and why.
    pub closer: Option<String>,
}

/// Which of two offers that both read closer is the closer: more open stepping stones served
/// first, then more levels built of the skills still short, then more of the next stones
/// asking for its type of work.
fn which_is_closer(names: &[String; 2], sticks: &[Stick; 2]) -> Option<String> {
    let [a, b] = [&sticks[0].reading, &sticks[1].reading];
    if a.direction != Some(Direction::Closer) || b.direction != Some(Direction::Closer) {
        return None;
    }
    let key = |r: &super::reading::Reading| (r.stones_served, r.levels_short, r.work_fits);
    let evidence = |r: &super::reading::Reading| {
        let stones = u32::try_from(r.stones_served).unwrap_or(u32::MAX);
        format!(
            "{} served and {} of skill still short built",
            crate::analysis::words::count(stones, "stepping stone", "stepping stones"),
            crate::analysis::words::count(r.levels_short, "level", "levels")
        )
    };
    let (w, l) = match key(a).cmp(&key(b)) {
        std::cmp::Ordering::Equal => {
            return Some(format!(
                "Both read closer to the north star, and the evidence does not tell them apart: {} each.",
                evidence(a)
            ));
        }
        std::cmp::Ordering::Greater => (0, 1),
        std::cmp::Ordering::Less => (1, 0),
    };
    let [rw, rl] = [&sticks[w].reading, &sticks[l].reading];
    let why = if rw.stones_served != rl.stones_served {
        "it serves more of the stepping stones"
    } else if rw.levels_short != rl.levels_short {
        "it builds more of the skills the north star still needs"
    } else {
        "more of the next stepping stones ask for its type of work"
    };
    Some(format!(
        "Both read closer to the north star; {} is the closer, as {why}: {}, against {} for {}.",
        names[w],
        evidence(rw),
        evidence(rl),
        names[l]
    ))
}

/// The cautions on one offer that do not depend on which one wins: the measuring stick not
/// marked, a big swing before the person is established, a checklist not run on an unasked
/// offer.
fn offer_cautions(doc: &Document, offer: &Offer, today: NaiveDate) -> Vec<String> {
    let mut out = Vec::new();
    let start = start_of(offer, today);
    let established = established_at(doc);
    if offer.direction.is_none() {
        out.push(format!(
            "{}: the measuring stick is not marked yet: mark it closer to, sideways from or further from the north star.",
            name(offer)
        ));
    }
    if offer.kind == Some(BetKind::BigSwing)
        && let (Some(established), Some(career_start)) = (established, doc.career_start())
        && start < established
    {
        out.push(format!(
            "{} would be a big swing {} into your career, before you count as established ({}, {} in, per the rules): core roles come first.",
            name(offer),
            years(start - career_start),
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
    // A run that found drift stays a caution on the offer it is about, whichever wins: it
    // is not only the measuring stick's business.
    if let Some((_, risk)) = offer_status(doc, offer.id)
        && matches!(risk.level, Level::Medium | Level::High)
    {
        let why = risk
            .reasons
            .iter()
            .take(risk.reasons.len().saturating_sub(1).min(3))
            .cloned()
            .collect::<Vec<_>>()
            .join(" ");
        out.push(format!(
            "The drift checklist says {} risk on {}: {why}",
            risk.level.label().to_lowercase(),
            name(offer)
        ));
    }
    out
}

/// The verdict while a criterion that carries weight is not scored: what is missing, offer
/// by offer.
fn waiting_verdict(doc: &Document, names: &[String; 2], missing: &[Vec<CriterionId>; 2]) -> String {
    let parts: Vec<String> = missing
        .iter()
        .zip(names)
        .filter(|(m, _)| !m.is_empty())
        .map(|(m, name)| {
            let criteria: Vec<&str> = m
                .iter()
                .filter_map(|id| doc.get(*id))
                .map(|c| c.name.as_str())
                .collect();
            format!("{name} is not scored yet on {}", and_list(&criteria))
        })
        .collect();
    format!("No verdict yet: {}.", parts.join("; "))
}

/// The two offers compared side by side: the pair kept in the document while both still
/// exist, else the first two offers; none with fewer than two.
pub fn compared_pair(doc: &Document) -> Option<[&Offer; 2]> {
    if let Some([a, b]) = doc.compared
        && a != b
        && let (Some(a), Some(b)) = (doc.get(a), doc.get(b))
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
    let gone = gone_goal(doc, today);
    // A score of fit with a north star that is gone measures against nothing: it waits, left
    // out of every sum, as a score not given is.
    let steers = gone.is_none();
    let weighed = Weighed { doc, steers };
    let rows = rows(doc, offers, weighed);
    let totals = offers.map(|o| {
        weighed
            .criteria()
            .map(|c| score_of(o, c.id).map(|s| c.weight * f64::from(s)))
            .sum::<Option<f64>>()
            // A sum of no criteria is -0.0, which would print as "-0".
            .map(|t| t + 0.0)
    });
    let missing = offers.map(|o| {
        weighed
            .criteria()
            .filter(|c| score_of(o, c.id).is_none())
            .map(|c| c.id)
            .collect()
    });
    let max = weighed.criteria().map(|c| c.weight * 5.0).sum::<f64>() + 0.0;
    let names = offers.map(name);
    let scored = Scored {
        offers,
        names: &names,
        totals,
        missing: &missing,
        max,
    };
    let (winner, verdict) = verdict(doc, &scored, rows.is_empty(), gone.is_some());
    // Reasons and flips are of a verdict given; without one, the gap they read is nothing.
    let decided = if winner.is_some() { scored.gap() } else { 0.0 };

    let now_says = insights(doc, today);
    let sticks = [
        stick(doc, a, today, &now_says, steers),
        stick(doc, b, today, &now_says, steers),
    ];
    let warnings = warnings(doc, offers, &rows, winner, &sticks, steers, today);
    let rescore = offers
        .iter()
        .filter_map(|o| super::rescore::rescore_line(o, &doc.north_star))
        .collect();
    let questions = if steers {
        offers
            .iter()
            .flat_map(|o| super::questions::questions(doc, o))
            .collect()
    } else {
        Vec::new()
    };
    Comparison {
        closer: which_is_closer(&names, &sticks),
        goal: gone.map(|g| goal_line(&g, weighed)),
        rescore,
        questions,
        offers: [a.id, b.id],
        reasons: reasons(&rows, &names, decided),
        flips: flips(&rows, weighed, decided),
        rows,
        totals,
        missing,
        max,
        winner,
        verdict,
        warnings,
        sticks,
    }
}

/// Both offers' totals on the criteria that count, out of `max`, and what each still lacks.
struct Scored<'a> {
    offers: [&'a Offer; 2],
    names: &'a [String; 2],
    totals: [Option<f64>; 2],
    missing: &'a [Vec<CriterionId>; 2],
    max: f64,
}

impl Scored<'_> {
    /// The first offer's lead over the second. Only two known totals have a gap; with one
    /// unknown there is no verdict to weigh.
    fn gap(&self) -> f64 {
        match self.totals {
            [Some(x), Some(y)] => x - y,
            _ => 0.0,
        }
    }
}

/// Which offer wins and the sentence that says so, or why there is no verdict yet.
fn verdict(
    doc: &Document,
    scored: &Scored<'_>,
    no_rows: bool,
    gone: bool,
) -> (Option<OfferId>, String) {
    let Scored {
        offers,
        names,
        totals,
        missing,
        max,
    } = *scored;
    let gap = scored.gap();
    if no_rows {
        (
            None,
            "No criteria to score the offers on yet: add one, with a weight, to get a verdict."
                .to_owned(),
        )
    } else if max <= 0.0 && gone {
        (
            None,
            "Only north-star fit carries weight, and it waits for the north star: no verdict yet."
                .to_owned(),
        )
    } else if max <= 0.0 {
        (
            None,
            "Every criterion weighs 0: give one a weight to get a verdict.".to_owned(),
        )
    } else if missing.iter().any(|m: &Vec<CriterionId>| !m.is_empty()) {
        (None, waiting_verdict(doc, names, missing))
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
                100.0 * totals[w].unwrap_or_default() / max,
                100.0 * totals[l].unwrap_or_default() / max
            ),
        )
    }
}

/// Which criteria count toward the totals: every one with a weight, but north-star fit only
/// while the north star steers.
#[derive(Clone, Copy)]
struct Weighed<'a> {
    doc: &'a Document,
    steers: bool,
}

impl<'a> Weighed<'a> {
    /// Whether the criterion's scores count, whatever its weight.
    fn counts(self, c: &Criterion) -> bool {
        self.steers || c.tag != CriterionTag::NorthStarFit
    }

    /// The criteria that count and weigh something.
    fn criteria(self) -> impl Iterator<Item = &'a Criterion> {
        self.doc
            .criteria
            .iter()
            .filter(move |c| c.weight > 0.0 && self.counts(c))
    }
}

/// One row per criterion: both offers' scores, and what they weigh where they count.
fn rows(doc: &Document, offers: [&Offer; 2], weighed: Weighed<'_>) -> Vec<Row> {
    doc.criteria
        .iter()
        .map(|c| {
            let scores = offers.map(|o| score_of(o, c.id));
            Row {
                criterion: c.id,
                name: c.name.clone(),
                weight: c.weight,
                scores,
                weighted: scores.map(|s| {
                    s.filter(|_| weighed.counts(c))
                        .map(|s| c.weight * f64::from(s))
                }),
            }
        })
        .collect()
}

/// The three criteria that did most for the winner, `gap` being its lead (0 without one).
fn reasons(rows: &[Row], names: &[String; 2], gap: f64) -> Vec<String> {
    let gained = |r: &Row| r.difference().unwrap_or_default();
    let mut favouring: Vec<&Row> = rows.iter().filter(|r| gained(r) * gap > 0.0).collect();
    favouring.sort_by(|x, y| gained(y).abs().total_cmp(&gained(x).abs()));
    favouring
        .iter()
        .take(3)
        .map(|r| {
            let w = usize::from(gained(r) < 0.0);
            format!(
                "{}: {} scores {} against {} (weight {}, +{}).",
                r.name,
                names[w],
                score_words(r.scores[w]),
                score_words(r.scores[1 - w]),
                one_decimal(r.weight),
                points(gained(r).abs())
            )
        })
        .collect()
}

/// For each criterion that counts, the weight at which the two offers would tie.
///
/// The tie weight for criterion k: `gap + (w' - w_k) · d_k = 0`. Only a tie strictly inside
/// the range a weight can take can be passed, and so flip the verdict. A criterion left out of
/// the totals is not weighed, so it is not named as one whose weight could or could not flip
/// the verdict.
fn flips(rows: &[Row], weighed: Weighed<'_>, gap: f64) -> Vec<Flip> {
    rows.iter()
        .zip(&weighed.doc.criteria)
        .filter(|(_, c)| weighed.counts(c))
        .map(|(r, _)| {
            // A criterion left out of the totals moves nothing, whatever its weight.
            let d = match (r.scores, r.difference()) {
                ([Some(x), Some(y)], Some(_)) => f64::from(x) - f64::from(y),
                _ => 0.0,
            };
            let ties_at = (d != 0.0 && gap != 0.0)
                .then(|| r.weight - gap / d)
                .filter(|w| *w > 1e-9 && *w < 10.0 - 1e-9);
            Flip {
                criterion: r.criterion,
                name: r.name.clone(),
                weight: r.weight,
                ties_at,
            }
        })
        .collect()
}

/// The cautions on the comparison: money doing the choosing, each offer's own, and scores
/// the document or the money does not support.
fn warnings(
    doc: &Document,
    offers: [&Offer; 2],
    rows: &[Row],
    winner: Option<OfferId>,
    sticks: &[Stick; 2],
    steers: bool,
    today: NaiveDate,
) -> Vec<String> {
    let mut warnings = Vec::new();
    if let Some(w) = winner.map(|id| usize::from(id != offers[0].id)) {
        let l = 1 - w;
        let on = |tag: CriterionTag| {
            rows.iter()
                .zip(&doc.criteria)
                .find(|(_, c)| c.tag == tag)
                .map(|(r, _)| r.scores)
        };
        // Only two given scores can be weighed against each other.
        let below = |s: [Option<u8>; 2], x: usize, y: usize| matches!((s[x], s[y]), (Some(a), Some(b)) if a < b);
        let loses_north_star =
            steers && on(CriterionTag::NorthStarFit).is_some_and(|s| below(s, w, l));
        let wins_on_pay = on(CriterionTag::Compensation).is_some_and(|s| below(s, l, w))
            || pays_more(doc, offers[w], offers[l], today);
        if loses_north_star && wins_on_pay {
            warnings.push(format!(
                "{} wins on pay but scores lower on north-star fit: make sure the money is not doing the choosing.",
                name(offers[w])
            ));
        }
    }
    for (offer, stick) in offers.iter().zip(sticks) {
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
    warnings.extend(
        crate::analysis::value::compare_money(doc, offers[0], offers[1], PAY_YEARS, today)
            .disagreements,
    );
    warnings
}

/// What the panel says of a north star that is gone, naming the criteria left out until then.
fn goal_line(gone: &GoneGoal, weighed: Weighed<'_>) -> String {
    let waiting: Vec<&str> = weighed
        .doc
        .criteria
        .iter()
        .filter(|c| c.weight > 0.0 && !weighed.counts(c))
        .map(|c| c.name.as_str())
        .collect();
    if waiting.is_empty() {
        gone.headline()
    } else {
        format!(
            "{} Left out of the totals until then: {}.",
            gone.headline(),
            and_list(&waiting)
        )
    }
}
