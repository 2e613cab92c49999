//! `career-spec compare FILE A B`: two offers side by side, in the terminal.

use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;

use crate::analysis::offers::{PAY_YEARS, Stick, compare, offer_name, toward};
use crate::analysis::portfolio::Insight;
use crate::analysis::value::{
    Basis, compare_money, gross_lines, offer_lines, table_notes, value_table,
};
use crate::model::{Document, Offer};

use super::USAGE;

/// Finds an offer by its id or by words in "role at company", ignoring case: every word must
/// begin a word of it, in any order ("AI Northwind" finds "AI shopping assistant at
/// Northwind Retail", and not "Checkout at Northwind Retail", whose "Retail" only contains
/// "ai").
pub fn find<'a>(doc: &'a Document, query: &str) -> Result<&'a Offer, String> {
    if let Ok(id) = query.trim().parse::<u64>()
        && let Some(offer) = doc.offers.iter().find(|o| o.id.0 == id)
    {
        return Ok(offer);
    }
    let words = |text: &str| -> Vec<String> {
        text.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let wanted = words(query);
    let found: Vec<&Offer> = doc
        .offers
        .iter()
        .filter(|o| {
            let name = words(&offer_name(o));
            !wanted.is_empty() && wanted.iter().all(|w| name.iter().any(|n| n.starts_with(w)))
        })
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
    // A score not given is a dash here, and the verdict below names what is missing.
    let or_dash = |x: Option<String>| x.unwrap_or_else(|| "–".to_owned());
    for r in &c.rows {
        lines.push(format!(
            "{:<28} {:>6} {:>4} {:>4} {:>8}",
            r.name,
            r.weight,
            or_dash(r.scores[0].map(|s| s.to_string())),
            or_dash(r.scores[1].map(|s| s.to_string())),
            or_dash(r.difference().map(|d| format!("{d:+.1}")))
        ));
    }
    lines.push(format!(
        "{:<28} {:>6} {:>4} {:>4}",
        "Total",
        "",
        or_dash(c.totals[0].map(|t| format!("{t:.0}"))),
        or_dash(c.totals[1].map(|t| format!("{t:.0}")))
    ));
    lines.push(String::new());
    lines.extend(c.goal.iter().chain(&c.rescore).cloned());
    lines.push(c.verdict.clone());
    lines.extend(c.reasons.iter().map(|r| format!("  - {r}")));
    for w in &c.warnings {
        lines.push(format!("  ! {w}"));
    }
    for q in &c.questions {
        lines.push(format!("  ? {q}"));
    }
    lines.push(String::new());
    for f in &c.flips {
        lines.push(f.advice());
    }
    lines.push(String::new());
    for (i, stick) in c.sticks.iter().enumerate() {
        lines.push(format!(
            "{}: {} {}",
            ["A", "B"][i],
            stick.call_and_reading(),
            stick.cadence
        ));
        for line in &stick.reading.disagreements {
            lines.push(format!("  ! {line}"));
        }
        if let Some(line) = &stick.next_stone {
            lines.push(format!("  {line}"));
        }
        for insight in &stick.raises {
            lines.push(format!("  If taken, raises: {}", insight.title));
        }
        for insight in &stick.clears {
            lines.push(format!("  If taken, clears: {}", insight.title));
        }
        for (now, then) in &stick.changes {
            lines.push(format!(
                "  If taken: {} (instead of: {})",
                then.title, now.title
            ));
        }
    }
    lines.push(String::new());
    lines.extend(value_lines(doc, a, b, today));
    lines.join("\n") + "\n"
}

/// What a figure not comparable shows in a table column of the text output.
const NOT_GIVEN: &str = "—";

/// What each offer is worth, year by year gross, after tax and real, with its equity's
/// scenarios, its break-even and what leaving costs.
fn value_lines(doc: &Document, a: &Offer, b: &Offer, today: NaiveDate) -> Vec<String> {
    let m = compare_money(doc, a, b, PAY_YEARS, today);
    let home = &m.terms[0].home;
    let mut lines = Vec::new();
    // In columns a number wide, an offer whose figures are not comparable shows a dash; the
    // notes under the tables say why, once, in the words the window uses in its cells. With
    // neither comparable the tables would hold only dashes: the notes alone are left.
    if m.missing.iter().any(Option::is_none) {
        let dash = |i: usize, cell: String| {
            if m.missing[i].is_some() {
                NOT_GIVEN.to_owned()
            } else {
                cell
            }
        };
        lines.push(format!("Gross over {PAY_YEARS} years, in {home}"));
        for line in gross_lines(&m) {
            lines.push(format!(
                "{:<44} {:>14} {:>14}",
                line.label,
                dash(0, m.figure(0, line.totals[0])),
                dash(1, m.figure(1, line.totals[1]))
            ));
        }
        lines.push(String::new());
        lines.push("What each is worth".to_owned());
        for (n, row) in value_table(&m).into_iter().enumerate() {
            // The first row names the columns; the figures follow, A's three then B's.
            let row: Vec<String> = row
                .into_iter()
                .enumerate()
                .map(|(k, cell)| match k {
                    1..=3 if n > 0 => dash(0, cell),
                    4..=6 if n > 0 => dash(1, cell),
                    _ => cell,
                })
                .collect();
            lines.push(format!(
                "{:<8} {:>13} {:>13} {:>13} {:>13} {:>13} {:>13}",
                row[0], row[1], row[2], row[3], row[4], row[5], row[6]
            ));
        }
    } else {
        lines.push(format!(
            "Pay over {PAY_YEARS} years: neither offer's figures are comparable yet."
        ));
    }
    lines.extend(table_notes(doc, &m, [a, b]));
    for (i, offer) in [a, b].into_iter().enumerate() {
        lines.push(String::new());
        lines.push(format!("{}: {}", ["A", "B"][i], offer_name(offer)));
        lines.extend(
            offer_lines(&m, i, offer)
                .into_iter()
                .map(|l| format!("  {l}")),
        );
    }
    lines
}

/// One offer's money in the JSON output, in the home currency.
#[derive(serde::Serialize)]
struct JsonOffer {
    id: u64,
    name: String,
    /// The currency the offer pays in; null while not set.
    currency: Option<String>,
    /// The currency every figure is in.
    home_currency: String,
    /// Why no figure of the offer is given (a rate missing); absent when they are given.
    #[serde(skip_serializing_if = "Option::is_none")]
    not_comparable: Option<String>,
    years: Vec<JsonYear>,
    total: JsonFigures,
    /// What leaving the current job gives up over the years, before tax; already taken
    /// out of every figure. Null, as every figure, while the offer is not comparable.
    forfeited: Option<f64>,
    /// Where it stands against the north star and the portfolio.
    stick: JsonStick,
}

/// One offer's measuring stick in the JSON output: the lines the window and the text output
/// say of it, in the same words.
#[derive(serde::Serialize)]
struct JsonStick {
    /// The person's own call ("closer to the north star"...); null while not marked.
    call: Option<String>,
    /// The document's reading with how much evidence it rests on; null while it cannot
    /// read the offer yet.
    reading: Option<String>,
    /// The reading's evidence, one line each.
    reading_reasons: Vec<String>,
    /// Where the call or the north-star-fit score and the reading disagree.
    disagreements: Vec<String>,
    /// What it says about the big-swing cadence.
    cadence: String,
    /// The stepping stones it serves.
    stones: Vec<String>,
    /// The skills it builds, each with how far it is from its target.
    skills: Vec<String>,
    /// Which skills the next stepping stone needs it builds and which not; null while that
    /// stone names none or the north star is gone.
    next_stone: Option<String>,
    /// The types of work it would add that no bet so far has been.
    new_work: Vec<String>,
    /// What taking it would raise that the portfolio does not say today.
    raises: Vec<String>,
    /// What the portfolio says today that taking it would clear.
    clears: Vec<String>,
    /// What taking it would say otherwise: each finding as today, then as it would read.
    changes: Vec<JsonChange>,
}

/// A finding of the portfolio as it reads today and as it would if the offer were taken.
#[derive(serde::Serialize)]
struct JsonChange {
    today: String,
    if_taken: String,
}

impl JsonStick {
    fn of(stick: &Stick) -> Self {
        let titles = |found: &[Insight]| found.iter().map(|i| i.title.clone()).collect();
        Self {
            call: stick.direction.map(|d| toward(d).to_owned()),
            reading: stick.reading.words(),
            reading_reasons: stick.reading.reasons.clone(),
            disagreements: stick.reading.disagreements.clone(),
            cadence: stick.cadence.clone(),
            stones: stick.stones.clone(),
            skills: stick.skills.clone(),
            next_stone: stick.next_stone.clone(),
            new_work: stick.new_work.clone(),
            raises: titles(&stick.raises),
            clears: titles(&stick.clears),
            changes: stick
                .changes
                .iter()
                .map(|(now, then)| JsonChange {
                    today: now.title.clone(),
                    if_taken: then.title.clone(),
                })
                .collect(),
        }
    }
}

/// Gross, after tax and real; null while a rate the offer needs is missing, never a figure
/// counted 1 to 1.
#[derive(serde::Serialize)]
struct JsonFigures {
    gross: Option<f64>,
    after_tax: Option<f64>,
    real: Option<f64>,
}

/// One year's figures.
#[derive(serde::Serialize)]
struct JsonYear {
    year: usize,
    #[serde(flatten)]
    figures: JsonFigures,
}

/// The verdict in the JSON output.
#[derive(serde::Serialize)]
struct JsonVerdict {
    winner: Option<u64>,
    /// The weighted points between the two, 0 on a tie or with no verdict.
    margin: f64,
    verdict: String,
    reasons: Vec<String>,
    cautions: Vec<String>,
    /// A north star that can no longer steer (no role, or its year past), named first as in
    /// the window; null while it steers.
    goal: Option<String>,
    /// The offers of the pair scored under a north star since rewritten, named for
    /// re-scoring.
    rescore: Vec<String>,
    /// Where two of the person's own answers about an offer cannot both hold.
    questions: Vec<String>,
}

/// The comparison as one JSON object.
#[derive(serde::Serialize)]
struct JsonComparison {
    years: usize,
    offers: [JsonOffer; 2],
    verdict: JsonVerdict,
}

/// The comparison as one JSON object, its money from the same projection the window, the
/// text output and the export show.
pub fn render_json(doc: &Document, a: &Offer, b: &Offer, today: NaiveDate) -> String {
    let verdict = compare(doc, a, b, today);
    let money = compare_money(doc, a, b, PAY_YEARS, today);
    let offers = [0, 1].map(|i| {
        let offer = [a, b][i];
        let known = |v: f64| money.missing[i].is_none().then_some(v);
        JsonOffer {
            id: offer.id.0,
            name: offer_name(offer),
            currency: offer.compensation.currency_set().map(str::to_owned),
            home_currency: money.terms[i].home.clone(),
            not_comparable: money.missing[i].clone(),
            years: money.years[i]
                .iter()
                .map(|y| JsonYear {
                    year: y.year,
                    figures: JsonFigures {
                        gross: known(y.gross),
                        after_tax: known(y.after_tax),
                        real: known(y.real),
                    },
                })
                .collect(),
            total: JsonFigures {
                gross: known(money.total(i, Basis::Gross)),
                after_tax: known(money.total(i, Basis::AfterTax)),
                real: known(money.total(i, Basis::Real)),
            },
            forfeited: known(money.years[i].iter().map(|y| y.forfeit[0]).sum()),
            stick: JsonStick::of(&verdict.sticks[i]),
        }
    });
    let json = JsonComparison {
        years: PAY_YEARS,
        offers,
        verdict: JsonVerdict {
            winner: verdict.winner.map(|id| id.0),
            margin: match (verdict.winner, verdict.totals) {
                (Some(_), [Some(ta), Some(tb)]) => (ta - tb).abs(),
                _ => 0.0,
            },
            verdict: verdict.verdict.clone(),
            reasons: verdict.reasons.clone(),
            cautions: verdict.warnings.clone(),
            goal: verdict.goal.clone(),
            rescore: verdict.rescore.clone(),
            questions: verdict.questions.clone(),
        },
    };
    // Plain numbers and strings only: serialising them cannot fail.
    serde_json::to_string_pretty(&json).unwrap_or_default() + "\n"
}

/// Runs the command: 0 with a comparison, 1 when the file cannot be read, 2 when an offer is
/// not found or both names find the same offer.
pub fn run(file: &Path, a: &str, b: &str, json: bool, today: NaiveDate) -> ExitCode {
    let doc = match crate::file::load(file) {
        Ok(doc) => doc,
        Err(e) => {
            crate::say_error!("{}: {}", file.display(), e.lines().join("; "));
            return ExitCode::FAILURE;
        }
    };
    match pair(&doc, a, b) {
        Ok((a, b)) if json => super::emit(&render_json(&doc, a, b, today)),
        Ok((a, b)) => super::emit(&render(&doc, a, b, today)),
        Err(e) => {
            crate::say_error!("error: {e}");
            ExitCode::from(USAGE)
        }
    }
}

/// The two offers named, or why they cannot be compared: a name that finds no offer or more
/// than one, or two names that find the same offer.
pub fn pair<'a>(doc: &'a Document, a: &str, b: &str) -> Result<(&'a Offer, &'a Offer), String> {
    let (a, b) = (find(doc, a)?, find(doc, b)?);
    if a.id == b.id {
        return Err(format!(
            "both names find the same offer, {}: name two different offers",
            offer_name(a)
        ));
    }
    Ok((a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_offer_not_comparable_shows_dashes_in_the_tables_and_why_once_under_them() {
        let mut doc = crate::file::sample();
        doc.offers[1].compensation.currency = "€".to_owned();
        let today = crate::testing::today();
        let text = render(&doc, &doc.offers[0], &doc.offers[1], today);
        let year_1 = text
            .lines()
            .find(|l| l.starts_with("Year 1 "))
            .expect("a year");
        let cells: Vec<&str> = year_1.split_whitespace().skip(2).collect();
        assert!(cells[..3].iter().all(|c| c.starts_with('£')), "{year_1}");
        assert_eq!(cells[3..], ["—", "—", "—"], "{year_1}");
        assert_eq!(
            text.matches("B: not comparable: no rate from € to £ yet")
                .count(),
            1,
            "{text}"
        );
        // Neither comparable: no table of dashes, and each says why.
        doc.offers[0].compensation.currency = "€".to_owned();
        let text = render(&doc, &doc.offers[0], &doc.offers[1], today);
        assert!(!text.contains("Year 1 "), "{text}");
        assert!(text.contains("Pay over 4 years: neither offer's figures are comparable yet."));
        assert!(
            text.contains("A: not comparable: no rate from € to £ yet"),
            "{text}"
        );
    }

    #[test]
    fn offers_are_found_by_id_or_words() {
        let doc = crate::file::sample();
        assert_eq!(find(&doc, "2").map(|o| o.id.0), Ok(2));
        assert_eq!(find(&doc, "ai shopping").map(|o| o.id.0), Ok(2));
        // Each word is matched on its own, in any order.
        assert_eq!(find(&doc, "AI Northwind").map(|o| o.id.0), Ok(2));
        assert_eq!(find(&doc, "northwind  assistant").map(|o| o.id.0), Ok(2));
        assert!(
            find(&doc, "AI Contoso").is_err(),
            "every word must be in it"
        );
        assert_eq!(find(&doc, "(stay)").map(|o| o.id.0), Ok(1));
        assert!(find(&doc, "   ").is_err(), "no words find nothing");
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
    fn the_json_names_a_goal_that_is_gone_and_offers_to_re_score() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let mut doc = crate::file::sample();
        let json = |doc: &Document| -> serde_json::Value {
            serde_json::from_str(&render_json(doc, &doc.offers[0], &doc.offers[1], today))
                .expect("JSON")
        };
        let steering = json(&doc);
        assert!(steering["verdict"]["goal"].is_null());
        assert!(steering["verdict"]["rescore"].is_array());
        doc.north_star.target_year = 2020;
        let gone = json(&doc);
        let goal = gone["verdict"]["goal"].as_str().expect("named");
        assert!(goal.contains("2020"), "{goal}");
        let c = compare(&doc, &doc.offers[0], &doc.offers[1], today);
        assert_eq!(gone["verdict"]["goal"].as_str(), c.goal.as_deref());
        assert_eq!(
            gone["verdict"]["rescore"].as_array().map(Vec::len),
            Some(c.rescore.len())
        );
    }

    #[test]
    fn the_json_holds_each_offers_measuring_stick_as_the_text_says_it() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let doc = crate::file::sample();
        let (a, b) = (&doc.offers[0], &doc.offers[1]);
        let json: serde_json::Value =
            serde_json::from_str(&render_json(&doc, a, b, today)).expect("JSON");
        let text = render(&doc, a, b, today);
        let c = compare(&doc, a, b, today);
        let strings = |v: &serde_json::Value| -> Vec<String> {
            v.as_array()
                .expect("a list")
                .iter()
                .map(|s| s.as_str().expect("a string").to_owned())
                .collect()
        };
        for (i, stick) in c.sticks.iter().enumerate() {
            let j = &json["offers"][i]["stick"];
            let cadence = j["cadence"].as_str().expect("the cadence line");
            assert!(!cadence.is_empty());
            assert!(text.contains(cadence), "{cadence}");
            assert_eq!(strings(&j["stones"]), stick.stones);
            assert_eq!(strings(&j["skills"]), stick.skills);
            let next = j["next_stone"]
                .as_str()
                .expect("the sample's next stone names skills");
            assert!(text.contains(next), "{next}");
            let titles = |found: &[Insight]| -> Vec<String> {
                found.iter().map(|f| f.title.clone()).collect()
            };
            assert_eq!(strings(&j["raises"]), titles(&stick.raises));
            assert_eq!(strings(&j["clears"]), titles(&stick.clears));
            assert_eq!(j["reading"].as_str(), stick.reading.words().as_deref());
        }
        // The sample's AI role: the call is the person's, the change is what the text says.
        let b_stick = &json["offers"][1]["stick"];
        assert_eq!(b_stick["call"], "closer to the north star");
        assert_eq!(strings(&b_stick["stones"]).len(), 2);
        let change = &b_stick["changes"][0];
        let line = format!(
            "If taken: {} (instead of: {})",
            change["if_taken"].as_str().expect("as it would read"),
            change["today"].as_str().expect("as today")
        );
        assert!(text.contains(&line), "{line}");
        // With no call marked, the call is null, never a guess.
        let mut unmarked = doc.clone();
        unmarked.offers[1].direction = None;
        let json: serde_json::Value = serde_json::from_str(&render_json(
            &unmarked,
            &unmarked.offers[0],
            &unmarked.offers[1],
            today,
        ))
        .expect("JSON");
        assert!(json["offers"][1]["stick"]["call"].is_null());
    }

    #[test]
    fn an_offer_is_not_compared_with_itself() {
        let doc = crate::file::sample();
        assert!(
            pair(&doc, "2", "ai shopping")
                .expect_err("the same offer twice")
                .contains("both names find the same offer")
        );
        let (a, b) = pair(&doc, "stay", "ai shopping").expect("two offers");
        assert_eq!((a.id.0, b.id.0), (1, 2));
    }

    #[test]
    fn the_rendering_names_the_winner_and_why() {
        let doc = crate::file::sample();
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let text = render(&doc, &doc.offers[0], &doc.offers[1], today);
        assert!(
            text.contains("Lead PM, AI Shopping Assistant at Northwind Retail wins by 28 points"),
            "{text}"
        );
        assert!(text.contains("  - North-star fit:"));
        assert!(
            text.contains(
                "B: marked closer to the north star; the document reads it closer to the north star (strong evidence). A big swing 4.3 years after"
            ),
            "{text}"
        );
        let b = "  For the next stone, \"Lead a zero-to-one product from idea to first traction\" (2027): builds Zero-to-one building; not \"Experimentation and growth\" and \"Storytelling\".";
        assert!(text.lines().any(|l| l == b), "{text}");
        // A next stone that names no skills: the stick says nothing of them.
        let mut silent = doc.clone();
        silent.north_star.stones[0].skills.clear();
        let text_silent = render(&silent, &silent.offers[0], &silent.offers[1], today);
        assert!(!text_silent.contains("For the next stone"), "{text_silent}");
        // Pay year by year: the stay offer's first year is base 120,000 and a 15 % bonus.
        let year_one = text
            .lines()
            .find(|l| l.starts_with("Year 1 "))
            .expect("a line for year 1");
        assert!(year_one.contains("£138,000"), "{year_one}");
        assert!(text.lines().any(|l| l.starts_with("Year 4 ")), "{text}");
    }
}
