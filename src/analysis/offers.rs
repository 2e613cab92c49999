//! Offers held side by side: weighted scores, pay over the years with vesting, the verdict
//! with its reasons, how far a weight must move to flip it, and the measuring stick: whether
//! each offer brings the person closer to the north star and keeps the big-swing cadence.

use chrono::NaiveDate;

use super::portfolio::{year_label, years_since_last_swing};
use crate::model::{
    BetKind, Compensation, CriterionId, CriterionTag, Direction, Document, Offer, OfferId, Vesting,
    year_fraction,
};

/// The score an unscored criterion counts as: the middle of 1–5.
pub const NEUTRAL_SCORE: u8 = 3;

/// An offer's score on a criterion, or the neutral score when it has none yet.
pub fn score_of(offer: &Offer, criterion: CriterionId) -> (u8, bool) {
    offer
        .scores
        .iter()
        .find(|s| s.criterion == criterion)
        .map_or((NEUTRAL_SCORE, false), |s| (s.score, true))
}

/// An offer's weighted score: the sum of weight × score over the criteria.
pub fn weighted_total(doc: &Document, offer: &Offer) -> f64 {
    doc.criteria
        .iter()
        .map(|c| c.weight * f64::from(score_of(offer, c.id).0))
        .sum()
}

/// The best weighted score possible: every criterion scored 5.
pub fn weighted_max(doc: &Document) -> f64 {
    doc.criteria.iter().map(|c| c.weight * 5.0).sum()
}

/// The share of the grant that vests in each year, first year first.
pub fn vesting_shares(pay: &Compensation) -> Vec<f64> {
    match pay.vesting {
        // Both vest a quarter a year: with a cliff the first quarter comes at once at the end
        // of year one, and the rest yearly or monthly. Counted by year they are the same;
        // they differ for someone who leaves mid-year.
        Vesting::FourYearCliff | Vesting::MonthlyAfterCliff => vec![0.25; 4],
        Vesting::FrontLoaded => vec![0.4, 0.3, 0.2, 0.1],
        Vesting::Custom => pay.custom_vesting.iter().map(|p| p / 100.0).collect(),
    }
}

/// Pay in one year of an offer.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct YearPay {
    /// Base salary, with the yearly raise applied.
    pub base: f64,
    /// Target bonus on that base.
    pub bonus: f64,
    /// Equity vesting that year: the grant, and refreshers.
    pub equity: f64,
    /// Sign-on paid that year.
    pub sign_on: f64,
}

impl YearPay {
    /// Everything paid that year.
    pub fn total(self) -> f64 {
        self.base + self.bonus + self.equity + self.sign_on
    }

    /// What is paid whatever happens: base and sign-on.
    pub fn guaranteed(self) -> f64 {
        self.base + self.sign_on
    }
}

/// Years a refresher grant vests over, a quarter each year from the year after it is given.
const REFRESHER_YEARS: usize = 4;

/// Pay year by year for `years` years. A refresher is granted at the end of each year and
/// vests over the next four, a quarter a year.
pub fn pay_by_year(pay: &Compensation, years: usize) -> Vec<YearPay> {
    let shares = vesting_shares(pay);
    (0..years)
        .map(|y| {
            let base = pay.base * (1.0 + pay.raise_pct / 100.0).powi(y as i32);
            let refreshers_vesting = y.min(REFRESHER_YEARS) as f64;
            YearPay {
                base,
                bonus: base * pay.bonus_pct / 100.0,
                equity: pay.equity_grant * shares.get(y).copied().unwrap_or(0.0)
                    + pay.refresher * refreshers_vesting / REFRESHER_YEARS as f64,
                sign_on: pay.sign_on.get(y).copied().unwrap_or(0.0),
            }
        })
        .collect()
}

/// The running total of a list of yearly amounts.
pub fn cumulative(values: impl IntoIterator<Item = f64>) -> Vec<f64> {
    values
        .into_iter()
        .scan(0.0, |sum, v| {
            *sum += v;
            Some(*sum)
        })
        .collect()
}

/// One criterion, both offers.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The criterion.
    pub criterion: CriterionId,
    /// Its name.
    pub name: String,
    /// Its weight.
    pub weight: f64,
    /// The two scores, A then B.
    pub scores: [u8; 2],
    /// Weight × score, A then B.
    pub weighted: [f64; 2],
}

impl Row {
    /// How much more A gets than B on this criterion, weighted.
    pub fn difference(&self) -> f64 {
        self.weighted[0] - self.weighted[1]
    }
}

/// How far one weight must move to flip the verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct Flip {
    /// The criterion.
    pub criterion: CriterionId,
    /// Its name.
    pub name: String,
    /// Its weight now.
    pub weight: f64,
    /// The weight at which the two offers tie, if one within 0–10 does it.
    pub ties_at: Option<f64>,
}

/// Where one offer stands against the north star and the portfolio.
#[derive(Clone, Debug, PartialEq)]
pub struct Stick {
    /// Closer to, sideways from, or further from the north star.
    pub direction: Direction,
    /// What it says about the big-swing cadence.
    pub cadence: String,
    /// The stepping stones it serves.
    pub stones: Vec<String>,
    /// The skills it builds.
    pub skills: Vec<String>,
}

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
    /// What to look at before deciding.
    pub warnings: Vec<String>,
    /// The measuring stick for each, A then B.
    pub sticks: [Stick; 2],
}

/// An amount for people: whole units, grouped by thousands, after the currency.
pub fn money(currency: &str, amount: f64) -> String {
    let whole = amount.round() as i64;
    let digits = whole.abs().to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if whole < 0 { "-" } else { "" };
    format!("{sign}{currency}{grouped}")
}

/// Years of pay the verdict weighs when it asks whether an offer wins on pay.
const PAY_YEARS: usize = 4;

fn name(offer: &Offer) -> String {
    match (offer.company.trim(), offer.role.trim()) {
        ("", "") => format!("Offer {}", offer.id),
        (c, "") => c.to_owned(),
        ("", r) => r.to_owned(),
        (c, r) => format!("{r} at {c}"),
    }
}

/// An offer's name for people: its role and company.
pub fn offer_name(offer: &Offer) -> String {
    name(offer)
}

fn stick(doc: &Document, offer: &Offer, today: NaiveDate) -> Stick {
    let r = &doc.rules;
    let now = offer
        .start
        .map_or_else(|| year_fraction(today), year_fraction);
    let since = years_since_last_swing(doc, now);
    let cadence = match (offer.kind, since) {
        (BetKind::BigSwing, Some((years, last))) if years < r.swing_cadence_min_years => format!(
            "A big swing only {years:.1} years after \"{}\" ended: sooner than the {}-year cadence.",
            last.title, r.swing_cadence_min_years
        ),
        (BetKind::BigSwing, Some((years, last))) => format!(
            "A big swing {years:.1} years after the last (\"{}\", ended {}): keeps the cadence.",
            last.title,
            year_label(last.end)
        ),
        (BetKind::BigSwing, None) => "Your first big swing.".to_owned(),
        (BetKind::Core, Some((years, last))) if years > r.swing_cadence_max_years => format!(
            "Another core role while a big swing is due: the last (\"{}\") ended {}, {years:.1} years before this one would start.",
            last.title,
            year_label(last.end)
        ),
        (BetKind::Core, _) => "A core role: builds the core craft.".to_owned(),
    };
    let stones = offer
        .stones
        .iter()
        .filter_map(|id| doc.stone(*id))
        .map(|s| format!("{} ({})", s.title, s.year))
        .collect();
    let skills = offer
        .skills
        .iter()
        .filter_map(|id| doc.skill(*id))
        .map(|s| s.name.clone())
        .collect();
    Stick {
        direction: offer.direction,
        cadence,
        stones,
        skills,
    }
}

fn pay_total(offer: &Offer) -> f64 {
    pay_by_year(&offer.compensation, PAY_YEARS)
        .into_iter()
        .map(YearPay::total)
        .sum()
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
    let totals = [0, 1].map(|i| rows.iter().map(|r| r.weighted[i]).sum::<f64>());
    let gap = totals[0] - totals[1];
    let max = weighted_max(doc);
    let names = offers.map(name);
    let (winner, verdict) = if gap.abs() < 1e-9 {
        (None, format!("{} and {} tie.", names[0], names[1]))
    } else {
        let (w, l) = if gap > 0.0 { (0, 1) } else { (1, 0) };
        (
            Some(offers[w].id),
            format!(
                "{} wins by {:.1} points ({:.0} % to {:.0} %).",
                names[w],
                gap.abs(),
                100.0 * totals[w] / max.max(1e-9),
                100.0 * totals[l] / max.max(1e-9)
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
                "{}: {} scores {} against {} (weight {}, +{:.1} points).",
                r.name,
                names[w],
                r.scores[w],
                r.scores[1 - w],
                r.weight,
                r.difference().abs()
            )
        })
        .collect();

    // The tie weight for criterion k: gap + (w' - w_k) · d_k = 0.
    let flips = rows
        .iter()
        .map(|r| {
            let d = f64::from(r.scores[0]) - f64::from(r.scores[1]);
            let ties_at = (d != 0.0 && winner.is_some())
                .then(|| r.weight - gap / d)
                .filter(|w| (0.0..=10.0).contains(w));
            Flip {
                criterion: r.criterion,
                name: r.name.clone(),
                weight: r.weight,
                ties_at,
            }
        })
        .collect();

    let mut warnings = Vec::new();
    if let Some(w) = winner.map(|id| usize::from(id != a.id)) {
        let l = 1 - w;
        let on = |tag: CriterionTag| {
            rows.iter()
                .zip(&doc.criteria)
                .find(|(_, c)| c.tag == tag)
                .map(|(r, _)| r.scores)
        };
        let loses_north_star = on(CriterionTag::NorthStarFit).is_some_and(|s| s[w] < s[l]);
        let wins_on_pay = on(CriterionTag::Compensation).is_some_and(|s| s[w] > s[l])
            || pay_total(offers[w]) > pay_total(offers[l]);
        if loses_north_star && wins_on_pay {
            warnings.push(format!(
                "{} wins on pay but scores lower on north-star fit: make sure the money is not doing the choosing.",
                names[w]
            ));
        }
    }
    for offer in offers {
        if offer.unasked && doc.reviews_of(offer.id).next().is_none() {
            warnings.push(format!(
                "{} came to you unasked, and the drift checklist has not been run on it.",
                name(offer)
            ));
        }
        let unscored: Vec<&str> = doc
            .criteria
            .iter()
            .filter(|c| !score_of(offer, c.id).1)
            .map(|c| c.name.as_str())
            .collect();
        if !unscored.is_empty() {
            warnings.push(format!(
                "{} is not scored on {}: counted as {NEUTRAL_SCORE} of 5.",
                name(offer),
                unscored.join(", ")
            ));
        }
    }

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
        sticks: [stick(doc, a, today), stick(doc, b, today)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Criterion, Score};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
    }

    fn doc_with(weights: &[f64]) -> Document {
        let mut doc = Document::new_empty(today());
        doc.criteria = weights
            .iter()
            .zip(1..)
            .map(|(w, id)| Criterion {
                id: CriterionId(id),
                name: format!("C{id}"),
                weight: *w,
                tag: crate::model::CriterionTag::General,
            })
            .collect();
        doc
    }

    fn offer(id: u64, scores: &[u8]) -> Offer {
        Offer {
            id: OfferId(id),
            company: format!("Co{id}"),
            role: "PM".into(),
            scores: scores
                .iter()
                .zip(1..)
                .map(|(s, c)| Score {
                    criterion: CriterionId(c),
                    score: *s,
                    note: String::new(),
                })
                .collect(),
            ..Offer::default()
        }
    }

    #[test]
    fn weighted_totals_multiply_weight_by_score() {
        let doc = doc_with(&[5.0, 2.0]);
        // 5·4 + 2·1 = 22 of 35.
        assert_eq!(weighted_total(&doc, &offer(1, &[4, 1])), 22.0);
        assert_eq!(weighted_max(&doc), 35.0);
        // Unscored counts as the neutral 3: 5·3 + 2·3.
        assert_eq!(weighted_total(&doc, &offer(2, &[])), 21.0);
    }

    #[test]
    fn each_vesting_preset_vests_the_whole_grant() {
        let mut pay = Compensation {
            equity_grant: 100.0,
            ..Compensation::default()
        };
        for (vesting, expected) in [
            (Vesting::FourYearCliff, vec![25.0, 25.0, 25.0, 25.0, 0.0]),
            (
                Vesting::MonthlyAfterCliff,
                vec![25.0, 25.0, 25.0, 25.0, 0.0],
            ),
            (Vesting::FrontLoaded, vec![40.0, 30.0, 20.0, 10.0, 0.0]),
        ] {
            pay.vesting = vesting;
            let equity: Vec<f64> = pay_by_year(&pay, 5)
                .iter()
                .map(|y| (y.equity * 1e6).round() / 1e6)
                .collect();
            assert_eq!(equity, expected, "{vesting:?}");
        }
        pay.vesting = Vesting::Custom;
        pay.custom_vesting = vec![10.0, 20.0, 30.0, 40.0];
        let equity: Vec<f64> = pay_by_year(&pay, 4)
            .iter()
            .map(|y| (y.equity * 1e6).round() / 1e6)
            .collect();
        assert_eq!(equity, [10.0, 20.0, 30.0, 40.0]);
    }

    #[test]
    fn pay_by_year_adds_raises_bonus_refreshers_and_sign_on() {
        let pay = Compensation {
            base: 100.0,
            bonus_pct: 10.0,
            raise_pct: 10.0,
            sign_on: vec![20.0],
            equity_grant: 40.0,
            vesting: Vesting::FourYearCliff,
            refresher: 8.0,
            ..Compensation::default()
        };
        let years = pay_by_year(&pay, 3);
        // Year 1: base 100, bonus 10, equity 10 (no refresher yet), sign-on 20.
        assert_eq!(
            years[0],
            YearPay {
                base: 100.0,
                bonus: 10.0,
                equity: 10.0,
                sign_on: 20.0
            }
        );
        // Year 2: base 110, bonus 11, equity 10 + 8/4 = 12.
        assert!((years[1].base - 110.0).abs() < 1e-9 && (years[1].bonus - 11.0).abs() < 1e-9);
        assert!((years[1].equity - 12.0).abs() < 1e-9);
        // Year 3: two refreshers vesting: 10 + 2·2 = 14; base 121.
        assert!((years[2].equity - 14.0).abs() < 1e-9 && (years[2].base - 121.0).abs() < 1e-9);
        assert_eq!(years[0].guaranteed(), 120.0);
        let totals = cumulative(years.iter().map(|y| y.total()));
        assert!((totals[0] - 140.0).abs() < 1e-9);
        assert!((totals[1] - (140.0 + 110.0 + 11.0 + 12.0)).abs() < 1e-9);
    }

    #[test]
    fn the_verdict_names_its_biggest_reasons() {
        let doc = doc_with(&[5.0, 1.0, 2.0]);
        let a = offer(1, &[5, 1, 3]); // 25 + 1 + 6 = 32
        let b = offer(2, &[2, 5, 3]); // 10 + 5 + 6 = 21
        let c = compare(&doc, &a, &b, today());
        assert_eq!(c.totals, [32.0, 21.0]);
        assert_eq!(c.winner, Some(OfferId(1)));
        assert!(
            c.verdict.starts_with("PM at Co1 wins by 11.0 points"),
            "{}",
            c.verdict
        );
        assert_eq!(c.reasons.len(), 1, "only C1 favours the winner");
        assert!(
            c.reasons[0].starts_with("C1: PM at Co1 scores 5 against 2"),
            "{}",
            c.reasons[0]
        );
    }

    #[test]
    fn the_flip_weight_is_where_the_totals_tie() {
        let doc = doc_with(&[5.0, 1.0, 2.0]);
        let a = offer(1, &[5, 1, 3]);
        let b = offer(2, &[2, 5, 3]);
        let c = compare(&doc, &a, &b, today());
        // Gap 11. C1: d = 3 → 5 − 11/3 = 4/3. C2: d = −4 → 1 + 11/4 = 3.75. C3: d = 0.
        assert!((c.flips[0].ties_at.expect("C1 flips") - 4.0 / 3.0).abs() < 1e-9);
        assert!((c.flips[1].ties_at.expect("C2 flips") - 3.75).abs() < 1e-9);
        assert_eq!(c.flips[2].ties_at, None);
        // A tie weight beyond 10 does not count.
        let doc = doc_with(&[5.0, 1.0]);
        let c = compare(&doc, &offer(1, &[5, 4]), &offer(2, &[1, 5]), today());
        // Gap 19; C2: d = −1 → 1 + 19 = 20: out of range.
        assert_eq!(c.flips[1].ties_at, None);
    }

    #[test]
    fn winning_on_pay_while_losing_on_the_north_star_is_flagged() {
        let mut doc = doc_with(&[1.0, 10.0]);
        doc.criteria[0].tag = CriterionTag::NorthStarFit;
        doc.criteria[1].tag = CriterionTag::Compensation;
        let c = compare(&doc, &offer(1, &[5, 1]), &offer(2, &[1, 5]), today());
        assert_eq!(c.winner, Some(OfferId(2)));
        assert!(
            c.warnings.iter().any(|w| w.contains("wins on pay")),
            "{:?}",
            c.warnings
        );
    }

    #[test]
    fn an_unasked_offer_without_a_drift_review_is_flagged() {
        let doc = doc_with(&[1.0]);
        let mut b = offer(2, &[3]);
        b.unasked = true;
        let c = compare(&doc, &offer(1, &[4]), &b, today());
        assert!(c.warnings.iter().any(|w| w.contains("unasked")));
    }

    #[test]
    fn money_is_grouped_by_thousands() {
        assert_eq!(money("£", 1_234_567.4), "£1,234,567");
        assert_eq!(money("$", 999.0), "$999");
        assert_eq!(money("", -1500.0), "-1,500");
    }

    #[test]
    fn the_sample_gives_the_answer_the_seed_gives() {
        let doc = crate::file::sample();
        let stay = doc.offer(OfferId(1)).expect("stay");
        let ai = doc.offer(OfferId(2)).expect("AI role");
        let c = compare(&doc, stay, ai, today());
        assert_eq!(c.winner, Some(OfferId(2)), "{}", c.verdict);
        assert!(
            c.reasons[0].starts_with("North-star fit"),
            "{:?}",
            c.reasons
        );
        assert!(
            c.reasons.iter().any(|r| r.starts_with("Learning")),
            "{:?}",
            c.reasons
        );
        assert_eq!(c.sticks[1].direction, Direction::Closer);
        assert!(
            c.sticks[1].cadence.contains("keeps the cadence"),
            "{}",
            c.sticks[1].cadence
        );
        // Counted from when the last swing ended to the day the offer starts (January 2027).
        assert!(
            c.sticks[0]
                .cadence
                .contains("while a big swing is due: the last (\"Marketplace for local sellers\") ended Q4 2022, 4.3 years before this one would start."),
            "{}",
            c.sticks[0].cadence
        );
        assert!(
            c.warnings.iter().any(|w| w.contains("unasked")),
            "{:?}",
            c.warnings
        );
        // No single weight within range makes staying win.
        assert!(c.flips.iter().all(|f| f.ties_at.is_none()), "{:?}", c.flips);
    }
}
