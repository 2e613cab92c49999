//! Offers held side by side: weighted scores, pay over the years with vesting, the verdict
//! with its reasons and cautions, how far a weight must move to flip it, and the measuring
//! stick: the person's own call on each offer beside the app's reading of the document, and
//! what the portfolio would say if the offer were taken.

use chrono::NaiveDate;

use super::drift::{Level, offer_status};
use super::portfolio::{
    Insight, default_length, established_at, insights, status_on, year_label, years,
    years_since_last_swing,
};
use crate::model::{
    Bet, BetKind, Compensation, CriterionId, CriterionTag, Direction, Document, Offer, OfferId,
    Phase, Vesting, WorkType, next_id, year_fraction,
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
    /// The weight at which the two offers tie, if one strictly inside 0–10 does it: a tie
    /// reached only at a bound cannot be passed, so it flips nothing.
    pub ties_at: Option<f64>,
}

impl Flip {
    /// What this weight would have to do to flip the verdict, in words.
    pub fn advice(&self) -> String {
        match self.ties_at {
            Some(at) if at > self.weight => format!(
                "{}: raise its weight above {} (now {}) and the verdict flips.",
                self.name,
                one_decimal(at),
                one_decimal(self.weight)
            ),
            Some(at) => format!(
                "{}: lower its weight below {} (now {}) and the verdict flips.",
                self.name,
                one_decimal(at),
                one_decimal(self.weight)
            ),
            None => format!("{}: no weight from 0 to 10 flips it.", self.name),
        }
    }
}

/// A number to one decimal, without a trailing ".0": 1.5, 2, 28.
pub fn one_decimal(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    // Rounding can leave -0.0, which reads as a sign that means nothing.
    let r = if r == 0.0 { 0.0 } else { r };
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r:.1}")
    }
}

/// Weighted points for people: "1 point", "2.5 points", "28 points".
pub fn points(x: f64) -> String {
    let text = one_decimal(x);
    if text == "1" {
        "1 point".to_owned()
    } else {
        format!("{text} points")
    }
}

/// The measuring stick in words: "closer to the north star", "further from the north star".
pub fn toward(direction: Direction) -> &'static str {
    match direction {
        Direction::Closer => "closer to the north star",
        Direction::Sideways => "sideways to the north star",
        Direction::Further => "further from the north star",
    }
}

/// The app's own reading of an offer against the north star, derived from the document.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    /// What the document says; none when it holds nothing to judge by.
    pub direction: Option<Direction>,
    /// The evidence, one line each.
    pub reasons: Vec<String>,
    /// Where the person's call or north-star-fit score and the reading disagree, in words.
    pub disagreements: Vec<String>,
}

/// Words in a stepping stone's title that ask for a type of work.
fn asks_for(work: WorkType) -> &'static [&'static str] {
    match work {
        WorkType::ZeroToOne => &[
            "zero-to-one",
            "zero to one",
            "0-1",
            "new product",
            "from idea",
        ],
        WorkType::PeopleManagement => &["manag", "team of", "lead a team", "hire", "head of"],
        WorkType::Growth => &["growth", "retention", "acquisition"],
        WorkType::Scaling => &["scal"],
        WorkType::Platform => &["platform", "infrastructure"],
        WorkType::Feature | WorkType::Other => &[],
    }
}

/// Reads an offer against the north star: the open stepping stones it serves, the skills it
/// builds that are still short of their target, whether its type of work is what the next
/// stones ask for, and its phase. A skill already at its target and a stone already reached
/// count for nothing.
pub fn reading(doc: &Document, offer: &Offer) -> Reading {
    let mut reasons = Vec::new();
    let served: Vec<&str> = offer
        .stones
        .iter()
        .filter_map(|id| doc.stone(*id))
        .filter(|s| !s.done)
        .map(|s| s.title.as_str())
        .collect();
    let needed: Vec<String> = offer
        .skills
        .iter()
        .filter_map(|id| doc.skill(*id))
        .filter(|s| s.is_scored() && s.target > s.level)
        .map(|s| format!("{} ({} of {})", s.name, s.level, s.target))
        .collect();
    let at_target: Vec<&str> = offer
        .skills
        .iter()
        .filter_map(|id| doc.skill(*id))
        .filter(|s| s.is_scored() && s.target <= s.level)
        .map(|s| s.name.as_str())
        .collect();
    let unscored: Vec<&str> = offer
        .skills
        .iter()
        .filter_map(|id| doc.skill(*id))
        .filter(|s| !s.is_scored())
        .map(|s| s.name.as_str())
        .collect();
    let mut open: Vec<_> = doc.north_star.stones.iter().filter(|s| !s.done).collect();
    open.sort_by_key(|s| s.year);
    let words = asks_for(offer.work);
    let work_fits: Vec<&str> = open
        .iter()
        .take(2)
        .filter(|s| {
            let title = s.title.to_lowercase();
            words.iter().any(|w| title.contains(w))
        })
        .map(|s| s.title.as_str())
        .filter(|t| !served.contains(t))
        .collect();
    if !served.is_empty() {
        reasons.push(format!("Serves {}.", quoted(&served)));
    }
    if !needed.is_empty() {
        reasons.push(format!(
            "Builds skills still short of their target: {}.",
            needed.join(", ")
        ));
    }
    if !at_target.is_empty() {
        reasons.push(format!(
            "Already at target, so they count for nothing here: {}.",
            at_target.join(", ")
        ));
    }
    if !unscored.is_empty() {
        reasons.push(format!(
            "Not counted until you score them on the Spec panel: {}.",
            unscored.join(", ")
        ));
    }
    if !work_fits.is_empty() {
        reasons.push(format!(
            "{} is what your next stepping stone{} ask{} for: {}.",
            offer.work.label(),
            if work_fits.len() == 1 { "" } else { "s" },
            if work_fits.len() == 1 { "s" } else { "" },
            quoted(&work_fits)
        ));
    }
    let toward_count = served.len() + needed.len() + work_fits.len();
    let nothing_to_judge = open.is_empty() && !doc.scored_skills().any(|s| s.target > s.level);
    let unlinked = offer.stones.is_empty() && offer.skills.is_empty() && work_fits.is_empty();
    let direction = if toward_count > 0 {
        Some(Direction::Closer)
    } else if nothing_to_judge {
        reasons.push(
            "Nothing to judge it by: add stepping stones, or skills with a target above their level."
                .to_owned(),
        );
        None
    } else if unlinked {
        reasons.push(
            "Not known yet: link the stepping stones it serves and the skills it builds."
                .to_owned(),
        );
        None
    } else if offer.phase == Phase::Learning {
        reasons.push(
            "A learning phase spent on what the north star does not need: a detour.".to_owned(),
        );
        Some(Direction::Further)
    } else {
        reasons.push(
            "An impact phase on strengths you already have: it holds you where you are.".to_owned(),
        );
        Some(Direction::Sideways)
    };
    let mut disagreements = Vec::new();
    if let Some(read) = direction
        && read != offer.direction
    {
        let why = if read == Direction::Closer {
            reasons.first().cloned().unwrap_or_default()
        } else {
            "it serves no stepping stone and builds no skill you still need.".to_owned()
        };
        disagreements.push(format!(
            "You marked this {}, but the document reads it as {}: {}",
            offer.direction.label().to_lowercase(),
            read.label().to_lowercase(),
            lower_first(&why)
        ));
    }
    let fit = doc
        .criteria
        .iter()
        .find(|c| c.tag == CriterionTag::NorthStarFit)
        .map(|c| score_of(offer, c.id))
        .filter(|(_, scored)| *scored)
        .map(|(score, _)| score);
    match (fit, direction) {
        (Some(score), Some(read)) if score >= 4 && read != Direction::Closer => {
            disagreements.push(format!(
                "North-star fit is scored {score} of 5, but the stepping stones and skills no longer support it: the score may have been given against an old north star."
            ));
        }
        (Some(score), Some(Direction::Closer)) if score <= 2 => {
            disagreements.push(format!(
                "North-star fit is scored only {score} of 5, yet it moves you toward the north star: check the score against the north star as it is now."
            ));
        }
        _ => {}
    }
    Reading {
        direction,
        reasons,
        disagreements,
    }
}

fn quoted(titles: &[&str]) -> String {
    titles
        .iter()
        .map(|t| format!("\"{t}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_lowercase().collect::<String>() + chars.as_str()
    })
}

/// Where one offer stands against the north star and the portfolio.
#[derive(Clone, Debug, PartialEq)]
pub struct Stick {
    /// The person's own call: closer to, sideways from, or further from the north star.
    pub direction: Direction,
    /// The app's reading of the same question, from the document.
    pub reading: Reading,
    /// What it says about the big-swing cadence.
    pub cadence: String,
    /// The stepping stones it serves.
    pub stones: Vec<String>,
    /// The skills it builds.
    pub skills: Vec<String>,
    /// Everything the portfolio would say if the offer were taken.
    pub if_taken: Vec<Insight>,
    /// What taking it would raise that the portfolio does not say today.
    pub raises: Vec<Insight>,
    /// What the portfolio says today that taking it would clear.
    pub clears: Vec<Insight>,
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
    /// Cautions: what to look at before deciding.
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
pub const PAY_YEARS: usize = 4;

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

/// When an offer would start, as a fractional year: its start date, or today without one.
fn start_of(offer: &Offer, today: NaiveDate) -> f64 {
    offer
        .start
        .map_or_else(|| year_fraction(today), year_fraction)
}

/// The offer as a bet on the timeline, as it would be if taken: from its start (today when it
/// has none) for the usual length of its kind, with its kind, phase, work, stones and skills,
/// and the status its place in time gives it.
pub fn offer_as_bet(doc: &Document, offer: &Offer, today: NaiveDate) -> Bet {
    let start = start_of(offer, today);
    let end = start + default_length(offer.kind);
    Bet {
        id: next_id(doc.bets.iter().map(|b| b.id)),
        title: name(offer),
        organisation: offer.company.clone(),
        kind: offer.kind,
        phase: offer.phase,
        work: offer.work,
        status: status_on(start, end, year_fraction(today)),
        start,
        end,
        tour_of_duty: false,
        story: String::new(),
        skills: offer.skills.clone(),
        stones: offer.stones.clone(),
    }
}

/// What the portfolio would say if the offer were taken: the portfolio's own insights, run on
/// the document with the offer added as a bet. One rule, one function: the offers never
/// judge the portfolio any other way.
pub fn if_taken(doc: &Document, offer: &Offer, today: NaiveDate) -> Vec<Insight> {
    let mut taken = doc.clone();
    taken.bets.push(offer_as_bet(doc, offer, today));
    insights(&taken, today)
}

fn stick(doc: &Document, offer: &Offer, today: NaiveDate, now_says: &[Insight]) -> Stick {
    let r = &doc.rules;
    let at = start_of(offer, today);
    let since = years_since_last_swing(doc, at);
    let min = years(r.swing_cadence_min_years);
    let cadence = match (offer.kind, since) {
        (BetKind::BigSwing, Some((gap, last))) if gap <= 0.0 => format!(
            "A big swing while \"{}\" is still under way (until {}): sooner than the {min} cadence.",
            last.title,
            year_label(last.end)
        ),
        (BetKind::BigSwing, Some((gap, last))) if gap + 1e-9 < r.swing_cadence_min_years => {
            format!(
                "A big swing only {} after \"{}\" ended: sooner than the {min} cadence.",
                years(gap),
                last.title
            )
        }
        (BetKind::BigSwing, Some((gap, last))) => format!(
            "A big swing {} after the last (\"{}\", ended {}): keeps the cadence.",
            years(gap),
            last.title,
            year_label(last.end)
        ),
        (BetKind::BigSwing, None) => "Your first big swing.".to_owned(),
        (BetKind::Core, Some((gap, last))) if gap + 1e-9 >= r.swing_cadence_max_years => format!(
            "Another core role while a big swing is due: the last (\"{}\") ended {}, {} before this one would start.",
            last.title,
            year_label(last.end),
            years(gap)
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
    let if_taken = if_taken(doc, offer, today);
    let raises = if_taken
        .iter()
        .filter(|i| !now_says.iter().any(|n| n.title == i.title))
        .cloned()
        .collect();
    let clears = now_says
        .iter()
        .filter(|n| !if_taken.iter().any(|i| i.title == n.title))
        .cloned()
        .collect();
    Stick {
        direction: offer.direction,
        reading: reading(doc, offer),
        cadence,
        stones,
        skills,
        if_taken,
        raises,
        clears,
    }
}

fn pay_total(offer: &Offer) -> f64 {
    pay_by_year(&offer.compensation, PAY_YEARS)
        .into_iter()
        .map(YearPay::total)
        .sum()
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
                super::drift::needed_answers(doc)
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
    let totals = [0, 1].map(|i| rows.iter().map(|r| r.weighted[i]).sum::<f64>());
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
            || pay_total(offers[w]) > pay_total(offers[l]);
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
            c.verdict.starts_with("PM at Co1 wins by 11 points"),
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
    fn only_an_offer_missing_a_score_is_said_to_be_unscored() {
        let doc = doc_with(&[1.0, 2.0]);
        let c = compare(&doc, &offer(1, &[4, 2]), &offer(2, &[3, 3]), today());
        assert!(
            !c.warnings.iter().any(|w| w.contains("not scored")),
            "{:?}",
            c.warnings
        );
        let c = compare(&doc, &offer(1, &[4, 2]), &offer(2, &[3]), today());
        assert_eq!(
            c.warnings,
            ["PM at Co2 is not scored on C2: counted as 3 of 5."]
        );
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
        assert!(c.verdict.contains("wins by 28 points"), "{}", c.verdict);
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
        // The person's call and the app's reading agree, each for its reasons.
        assert_eq!(c.sticks[1].direction, Direction::Closer);
        assert_eq!(c.sticks[1].reading.direction, Some(Direction::Closer));
        assert!(c.sticks[1].reading.disagreements.is_empty());
        assert!(
            c.sticks[1].reading.reasons[0].starts_with("Serves \"Lead a zero-to-one product"),
            "{:?}",
            c.sticks[1].reading.reasons
        );
        assert_eq!(c.sticks[0].reading.direction, Some(Direction::Sideways));
        assert!(
            c.sticks[1].cadence.contains("keeps the cadence"),
            "{}",
            c.sticks[1].cadence
        );
        // Counted from when the last swing ended (Q4 2022) to the day the offer starts.
        assert!(
            c.sticks[0]
                .cadence
                .contains("while a big swing is due: the last (\"Marketplace for local sellers\") ended Q4 2022, 4.3 years before this one would start."),
            "{}",
            c.sticks[0].cadence
        );
        // Taking the swing plans the due swing and leads to the next stepping stone.
        let raised: Vec<&str> = c.sticks[1]
            .raises
            .iter()
            .map(|i| i.title.as_str())
            .collect();
        assert!(
            raised.iter().any(|t| t.starts_with("A big swing is due, and \"Lead PM, AI Shopping Assistant at Northwind Retail\" is planned")),
            "{raised:?}"
        );
        assert!(
            c.sticks[1]
                .clears
                .iter()
                .any(|i| i.title == "A big swing is due: 4.1 years since the last one."),
            "{:?}",
            c.sticks[1].clears
        );
        assert!(
            c.warnings.iter().any(|w| w.contains("unasked")),
            "{:?}",
            c.warnings
        );
        // No single weight within range makes staying win.
        assert!(c.flips.iter().all(|f| f.ties_at.is_none()), "{:?}", c.flips);
    }

    fn stone(id: u64, title: &str, year: i32) -> crate::model::SteppingStone {
        crate::model::SteppingStone {
            id: crate::model::StoneId(id),
            title: title.into(),
            year,
            done: false,
        }
    }

    fn skill(id: u64, name: &str, level: u8, target: u8) -> crate::model::Skill {
        crate::model::Skill {
            id: crate::model::SkillId(id),
            name: name.into(),
            level,
            target,
            ..crate::model::Skill::default()
        }
    }

    /// A doctor turned health-tech PM: nothing like the sample.
    fn clinic_doc() -> Document {
        let mut doc = doc_with(&[4.0, 2.0]);
        doc.criteria[0].tag = CriterionTag::NorthStarFit;
        doc.profile.career_start_year = 2019;
        doc.north_star.target_role = "Head of Product, digital health".into();
        doc.north_star.stones = vec![
            stone(1, "Ship a zero-to-one clinical tool", 2027),
            stone(2, "Manage a team of two PMs", 2029),
        ];
        doc.skills = vec![
            skill(1, "Clinical workflows", 5, 5),
            skill(2, "People management", 1, 4),
        ];
        doc
    }

    #[test]
    fn a_call_the_document_does_not_support_is_named() {
        let doc = clinic_doc();
        let mut o = offer(1, &[3, 3]);
        o.direction = Direction::Closer;
        o.skills = vec![crate::model::SkillId(1)];
        o.work = WorkType::Feature;
        let r = reading(&doc, &o);
        assert_eq!(r.direction, Some(Direction::Sideways));
        assert_eq!(
            r.disagreements,
            [
                "You marked this closer, but the document reads it as sideways: it serves no stepping stone and builds no skill you still need."
            ]
        );
        assert!(
            r.reasons.iter().any(|x| x
                .contains("Already at target, so they count for nothing here: Clinical workflows")),
            "{:?}",
            r.reasons
        );
        // A learning phase on what is not needed reads as a detour.
        o.phase = Phase::Learning;
        assert_eq!(reading(&doc, &o).direction, Some(Direction::Further));
    }

    #[test]
    fn an_offer_that_serves_a_stone_or_a_needed_skill_reads_closer() {
        let doc = clinic_doc();
        let mut o = offer(1, &[3, 3]);
        o.direction = Direction::Closer;
        o.skills = vec![crate::model::SkillId(2)];
        let r = reading(&doc, &o);
        assert_eq!(r.direction, Some(Direction::Closer));
        assert!(r.disagreements.is_empty(), "{:?}", r.disagreements);
        // The type of work alone, when the next stone asks for it.
        let mut o = offer(2, &[3, 3]);
        o.work = WorkType::ZeroToOne;
        o.direction = Direction::Further;
        let r = reading(&doc, &o);
        assert_eq!(r.direction, Some(Direction::Closer));
        assert!(
            r.disagreements[0].starts_with("You marked this further, but the document reads it as closer: zero-to-one is what your next stepping stone asks for"),
            "{:?}",
            r.disagreements
        );
    }

    #[test]
    fn an_offer_linked_to_nothing_is_not_known_rather_than_sideways() {
        let doc = clinic_doc();
        let o = offer(1, &[3, 3]);
        let r = reading(&doc, &o);
        assert_eq!(r.direction, None);
        assert!(r.disagreements.is_empty());
        assert!(r.reasons[0].starts_with("Not known yet"), "{:?}", r.reasons);
    }

    #[test]
    fn a_fit_score_given_against_an_old_north_star_is_flagged() {
        let mut doc = clinic_doc();
        let mut o = offer(1, &[5, 3]);
        o.stones = vec![crate::model::StoneId(1)];
        o.direction = Direction::Closer;
        assert!(reading(&doc, &o).disagreements.is_empty());
        // The north star is rewritten: the stone it served is gone.
        doc.north_star
            .stones
            .retain(|s| s.id != crate::model::StoneId(1));
        o.skills = vec![crate::model::SkillId(1)];
        let r = reading(&doc, &o);
        assert!(
            r.disagreements
                .iter()
                .any(|d| d.starts_with("North-star fit is scored 5 of 5, but the stepping stones and skills no longer support it")),
            "{:?}",
            r.disagreements
        );
        let c = compare(&doc, &o, &offer(2, &[1, 3]), today());
        assert!(
            c.warnings
                .iter()
                .any(|w| w.starts_with("PM at Co1: North-star fit is scored 5")),
            "{:?}",
            c.warnings
        );
    }

    #[test]
    fn a_big_swing_before_the_person_is_established_is_a_caution() {
        // Career from 2019, established from 2023 by the rules; the swing starts in 2022.
        let mut doc = clinic_doc();
        doc.profile.career_start_year = 2019;
        let mut early = offer(1, &[5, 5]);
        early.kind = BetKind::BigSwing;
        early.start = NaiveDate::from_ymd_opt(2022, 1, 1);
        let c = compare(&doc, &early, &offer(2, &[1, 1]), today());
        let caution = c
            .warnings
            .iter()
            .find(|w| w.contains("before you count as established"))
            .expect("caution");
        assert!(
            caution.starts_with("PM at Co1 would be a big swing 3 years into your career, before you count as established (2023, 4 years in"),
            "{caution}"
        );
        // The same swing once established, and a core role early on, carry none.
        early.start = NaiveDate::from_ymd_opt(2023, 1, 1);
        let mut core = offer(2, &[1, 1]);
        core.start = NaiveDate::from_ymd_opt(2020, 1, 1);
        let c = compare(&doc, &early, &core, today());
        assert!(
            !c.warnings.iter().any(|w| w.contains("established")),
            "{:?}",
            c.warnings
        );
    }

    #[test]
    fn a_second_early_swing_is_raised_by_the_portfolio_if_taken() {
        let mut doc = clinic_doc();
        doc.bets.push(crate::model::Bet {
            id: crate::model::BetId(1),
            title: "Hackathon spin-off".into(),
            kind: BetKind::BigSwing,
            start: 2020.0,
            end: 2021.0,
            status: crate::model::BetStatus::Failed,
            ..crate::model::Bet::default()
        });
        let today = NaiveDate::from_ymd_opt(2021, 6, 1).expect("date");
        let mut swing = offer(1, &[3, 3]);
        swing.kind = BetKind::BigSwing;
        swing.start = NaiveDate::from_ymd_opt(2022, 1, 1);
        let c = compare(&doc, &swing, &offer(2, &[3, 3]), today);
        let raised: Vec<&str> = c.sticks[0]
            .raises
            .iter()
            .map(|i| i.title.as_str())
            .collect();
        assert!(
            raised.contains(&"2 big swings before you were established."),
            "{raised:?}"
        );
        assert!(
            raised.iter().any(
                |t| t.starts_with("Big swings back to back: \"PM at Co1\" starts 1 year after")
            ),
            "{raised:?}"
        );
        // The core offer raises neither.
        assert!(
            !c.sticks[1]
                .raises
                .iter()
                .any(|i| i.title.contains("big swings") || i.title.contains("back to back")),
            "{:?}",
            c.sticks[1].raises
        );
        assert_eq!(c.verdict, "PM at Co1 and PM at Co2 tie.");
    }

    fn review_of(offer: u64, answers: &[(u64, crate::model::Answer)]) -> crate::model::DriftReview {
        crate::model::DriftReview {
            id: crate::model::ReviewId(offer),
            date: NaiveDate::from_ymd_opt(2026, 11, 1),
            offer: Some(OfferId(offer)),
            answers: answers
                .iter()
                .map(|(item, answer)| crate::model::DriftAnswer {
                    item: crate::model::DriftItemId(*item),
                    answer: *answer,
                    note: String::new(),
                })
                .collect(),
            note: String::new(),
        }
    }

    #[test]
    fn high_drift_risk_on_the_winner_is_a_caution() {
        use crate::model::Answer::{No, Yes};
        let mut doc = doc_with(&[1.0]);
        // Offered, would not look for it, not closer: high risk on the winner.
        doc.drift
            .reviews
            .push(review_of(1, &[(1, Yes), (2, No), (3, No), (6, No)]));
        let c = compare(&doc, &offer(1, &[5]), &offer(2, &[2]), today());
        let caution = c
            .warnings
            .iter()
            .find(|w| w.starts_with("The drift checklist says high risk on PM at Co1: "))
            .expect("caution");
        assert!(
            caution.contains("mainly because it was offered to me? Yes"),
            "{caution}"
        );
        // On the offer that loses, it does not change the verdict's cautions.
        let c = compare(&doc, &offer(1, &[2]), &offer(2, &[5]), today());
        assert!(
            !c.warnings.iter().any(|w| w.contains("high risk")),
            "{:?}",
            c.warnings
        );
        // A low-risk run on the winner says nothing either.
        doc.drift.reviews = vec![review_of(1, &[(1, No), (2, Yes), (3, Yes), (6, No)])];
        let c = compare(&doc, &offer(1, &[5]), &offer(2, &[2]), today());
        assert!(
            !c.warnings.iter().any(|w| w.contains("drift")),
            "{:?}",
            c.warnings
        );
    }

    #[test]
    fn an_unasked_offer_with_a_drift_review_gets_no_not_run_warning() {
        use crate::model::Answer::No;
        let mut doc = doc_with(&[1.0]);
        let mut b = offer(2, &[3]);
        b.unasked = true;
        doc.drift
            .reviews
            .push(review_of(2, &[(1, No), (4, No), (6, No)]));
        let c = compare(&doc, &offer(1, &[4]), &b, today());
        assert!(
            !c.warnings.iter().any(|w| w.contains("unasked")),
            "{:?}",
            c.warnings
        );
        // An offer that came because it was asked for needs no warning without a review.
        let c = compare(&doc, &offer(1, &[4]), &offer(3, &[3]), today());
        assert!(
            !c.warnings.iter().any(|w| w.contains("drift")),
            "{:?}",
            c.warnings
        );
    }

    #[test]
    fn a_review_with_one_answer_is_not_run_yet() {
        use crate::model::Answer::No;
        let mut doc = doc_with(&[1.0]);
        let mut b = offer(2, &[3]);
        b.unasked = true;
        doc.drift.reviews.push(review_of(2, &[(1, No)]));
        let c = compare(&doc, &offer(1, &[4]), &b, today());
        assert!(
            c.warnings.iter().any(|w| w
                == "PM at Co2 came to you unasked, and the drift checklist on it is not run yet: 1 of 6 questions answered, at least 3 needed."),
            "{:?}",
            c.warnings
        );
    }

    #[test]
    fn a_core_offer_that_does_not_win_on_pay_gets_no_pay_warning() {
        let mut doc = doc_with(&[1.0, 1.0, 10.0]);
        doc.criteria[0].tag = CriterionTag::NorthStarFit;
        doc.criteria[1].tag = CriterionTag::Compensation;
        // The core offer wins on the third criterion (4 + 1 + 50 = 55 against 5 + 5 + 10 = 20)
        // and scores lower on fit, but it is paid less and scored lower on pay.
        let mut richer = offer(1, &[5, 5, 1]);
        richer.compensation.base = 100_000.0;
        let mut core = offer(2, &[4, 1, 5]);
        core.kind = BetKind::Core;
        core.compensation.base = 90_000.0;
        let c = compare(&doc, &richer, &core, today());
        assert_eq!(c.winner, Some(OfferId(2)));
        assert!(
            !c.warnings.iter().any(|w| w.contains("wins on pay")),
            "{:?}",
            c.warnings
        );
        // Paid more, the same offer is warned about.
        core.compensation.base = 120_000.0;
        let c = compare(&doc, &richer, &core, today());
        assert!(
            c.warnings
                .iter()
                .any(|w| w.contains("PM at Co2 wins on pay")),
            "{:?}",
            c.warnings
        );
    }

    #[test]
    fn a_tie_at_a_weight_bound_flips_nothing_and_flips_say_which_way() {
        // 2·5 + 1·3 = 13 against 2·3 + 1·3 = 9: gap 4, all on C1 (d = 2). Lowering C1 to 0
        // only ties: a bound, not a flip.
        let doc = doc_with(&[2.0, 1.0]);
        let c = compare(&doc, &offer(1, &[5, 3]), &offer(2, &[3, 3]), today());
        assert_eq!(c.totals, [13.0, 9.0]);
        assert_eq!(c.flips[0].ties_at, None, "{:?}", c.flips);
        assert_eq!(c.flips[0].advice(), "C1: no weight from 0 to 10 flips it.");
        // 5·4 + 1·1 = 21 against 5·2 + 1·2 = 12: gap 9. C2 (d = −1) ties at 1 + 9 = 10, the
        // top bound: no flip. C1 (d = 2) ties at 5 − 9/2 = 0.5: lower it below that.
        let doc = doc_with(&[5.0, 1.0]);
        let c = compare(&doc, &offer(1, &[4, 1]), &offer(2, &[2, 2]), today());
        assert_eq!(c.totals, [21.0, 12.0]);
        assert_eq!(c.flips[1].ties_at, None, "{:?}", c.flips);
        assert_eq!(c.flips[0].ties_at, Some(0.5));
        assert_eq!(
            c.flips[0].advice(),
            "C1: lower its weight below 0.5 (now 5) and the verdict flips."
        );
        // 3·5 + 1·3 = 18 against 3·2 + 1·4 = 10: gap 8. C2 ties at 9: raise it above 9.
        let doc = doc_with(&[3.0, 1.0]);
        let c = compare(&doc, &offer(1, &[5, 3]), &offer(2, &[2, 4]), today());
        assert_eq!(c.flips[1].ties_at, Some(9.0));
        assert_eq!(
            c.flips[1].advice(),
            "C2: raise its weight above 9 (now 1) and the verdict flips."
        );
        assert_eq!(
            c.flips[0].advice(),
            "C1: lower its weight below 0.3 (now 3) and the verdict flips."
        );
    }

    #[test]
    fn words_and_numbers_read_as_people_say_them() {
        assert_eq!(points(1.0), "1 point");
        assert_eq!(points(28.0), "28 points");
        assert_eq!(points(2.45), "2.5 points");
        assert_eq!(one_decimal(-0.01), "0");
        assert_eq!(toward(Direction::Further), "further from the north star");
        assert_eq!(toward(Direction::Closer), "closer to the north star");
        let doc = doc_with(&[1.0]);
        let c = compare(&doc, &offer(1, &[4]), &offer(2, &[3]), today());
        assert!(
            c.verdict.starts_with("PM at Co1 wins by 1 point ("),
            "{}",
            c.verdict
        );
        assert_eq!(
            c.reasons[0],
            "C1: PM at Co1 scores 4 against 3 (weight 1, +1 point)."
        );
    }

    #[test]
    fn no_criteria_gives_a_sentence_not_a_number() {
        let doc = doc_with(&[]);
        let c = compare(&doc, &offer(1, &[]), &offer(2, &[]), today());
        assert_eq!(c.winner, None);
        assert_eq!(
            c.verdict,
            "No criteria to score the offers on yet: add one, with a weight, to get a verdict."
        );
        assert!(!c.verdict.contains("-0"));
        let doc = doc_with(&[0.0]);
        let c = compare(&doc, &offer(1, &[5]), &offer(2, &[1]), today());
        assert_eq!(
            c.verdict,
            "Every criterion weighs 0: give one a weight to get a verdict."
        );
    }

    #[test]
    fn the_pair_kept_in_the_document_is_the_one_compared() {
        let mut doc = doc_with(&[1.0]);
        doc.offers = vec![offer(1, &[1]), offer(2, &[2]), offer(3, &[3])];
        let ids = |doc: &Document| compared_pair(doc).map(|[a, b]| [a.id.0, b.id.0]);
        assert_eq!(ids(&doc), Some([1, 2]), "the first two until one is picked");
        doc.compared = Some([OfferId(3), OfferId(1)]);
        assert_eq!(ids(&doc), Some([3, 1]));
        // A pair naming a missing offer, or one offer twice, falls back.
        doc.compared = Some([OfferId(3), OfferId(9)]);
        assert_eq!(ids(&doc), Some([1, 2]));
        doc.compared = Some([OfferId(3), OfferId(3)]);
        assert_eq!(ids(&doc), Some([1, 2]));
        doc.offers.truncate(1);
        assert_eq!(ids(&doc), None);
    }

    mod taken {
        use proptest::prelude::*;

        use super::super::*;
        use crate::model::{Bet, BetId, BetStatus, Phase, SkillId, StoneId, WorkType};

        fn kind(swing: bool) -> BetKind {
            if swing {
                BetKind::BigSwing
            } else {
                BetKind::Core
            }
        }

        fn phase(learning: bool) -> Phase {
            if learning {
                Phase::Learning
            } else {
                Phase::Impact
            }
        }

        prop_compose! {
            fn a_bet()(
                swing in any::<bool>(),
                learning in any::<bool>(),
                work in 0..WorkType::ALL.len(),
                status in 0..BetStatus::ALL.len(),
                start in 0u32..120,
                length in 1u32..24,
                tour in any::<bool>(),
                stone in 0u64..4,
            ) -> Bet {
                let start = 2000.0 + f64::from(start) / 4.0;
                Bet {
                    title: format!("Bet from {start}"),
                    kind: kind(swing),
                    phase: phase(learning),
                    work: WorkType::ALL[work],
                    status: BetStatus::ALL[status],
                    start,
                    end: start + f64::from(length) / 4.0,
                    tour_of_duty: tour,
                    stones: if stone == 0 { Vec::new() } else { vec![StoneId(stone)] },
                    ..Bet::default()
                }
            }
        }

        prop_compose! {
            fn a_document()(
                career_start in 1995i32..2025,
                established in 0u32..10,
                cadence_min in 0u32..4,
                cadence_extra in 0u32..4,
                stones in prop::collection::vec((2020i32..2035, any::<bool>()), 0..4),
                bets in prop::collection::vec(a_bet(), 0..7),
            ) -> Document {
                let mut doc = Document::new_empty(NaiveDate::from_ymd_opt(2026, 1, 1).expect("date"));
                doc.profile.career_start_year = career_start;
                doc.rules.established_after_years = f64::from(established);
                doc.rules.swing_cadence_min_years = f64::from(cadence_min);
                doc.rules.swing_cadence_max_years = f64::from(cadence_min + cadence_extra);
                doc.north_star.stones = stones
                    .into_iter()
                    .zip(1..)
                    .map(|((year, done), id)| crate::model::SteppingStone {
                        id: StoneId(id),
                        title: format!("Stone {id}"),
                        year,
                        done,
                    })
                    .collect();
                doc.bets = bets
                    .into_iter()
                    .zip(1..)
                    .map(|(bet, id)| Bet { id: BetId(id), ..bet })
                    .collect();
                doc
            }
        }

        prop_compose! {
            fn an_offer()(
                swing in any::<bool>(),
                learning in any::<bool>(),
                work in 0..WorkType::ALL.len(),
                start in prop::option::of(0u32..60),
                stone in 0u64..4,
            ) -> Offer {
                Offer {
                    id: OfferId(1),
                    company: "Acme".into(),
                    role: "PM".into(),
                    kind: kind(swing),
                    phase: phase(learning),
                    work: WorkType::ALL[work],
                    start: start.and_then(|m| NaiveDate::from_ymd_opt(2020 + (m / 12) as i32, m % 12 + 1, 1)),
                    stones: if stone == 0 { Vec::new() } else { vec![StoneId(stone)] },
                    skills: vec![SkillId(1)],
                    ..Offer::default()
                }
            }
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(128))]

            #[test]
            fn an_offer_is_judged_by_what_the_portfolio_would_say_if_it_were_taken(
                doc in a_document(),
                a in an_offer(),
                day in 0u32..3650,
            ) {
                let today = NaiveDate::from_ymd_opt(2020, 1, 1).expect("date")
                    + chrono::Days::new(u64::from(day));
                let b = Offer { id: OfferId(2), ..Offer::default() };
                let c = compare(&doc, &a, &b, today);
                // The offer as a bet, built here by hand from what the issue asks for.
                let now = year_fraction(today);
                let start = a.start.map_or(now, year_fraction);
                let end = start + if a.kind == BetKind::Core { 2.0 } else { 1.5 };
                let mut with = doc.clone();
                with.bets.push(Bet {
                    id: BetId(doc.bets.len() as u64 + 1),
                    title: "PM at Acme".into(),
                    organisation: "Acme".into(),
                    kind: a.kind,
                    phase: a.phase,
                    work: a.work,
                    status: if start > now {
                        BetStatus::Planned
                    } else if end > now {
                        BetStatus::Active
                    } else {
                        BetStatus::Ended
                    },
                    start,
                    end,
                    skills: a.skills.clone(),
                    stones: a.stones.clone(),
                    ..Bet::default()
                });
                let expected = insights(&with, today);
                prop_assert_eq!(&c.sticks[0].if_taken, &expected);
                let before = insights(&doc, today);
                for raised in &c.sticks[0].raises {
                    prop_assert!(expected.contains(raised));
                    prop_assert!(!before.iter().any(|i| i.title == raised.title));
                }
                for cleared in &c.sticks[0].clears {
                    prop_assert!(before.contains(cleared));
                    prop_assert!(!expected.iter().any(|i| i.title == cleared.title));
                }
            }
        }
    }
}
