//! Checks a document for what its types cannot: ranges, order, unique ids, references.
//! Every problem names the field it is about, so a person editing the file by hand can find it.

use std::collections::HashSet;
use std::fmt;

use super::{
    ALL_LISTS, CriterionId, Document, DriftItemId, OfferId, SkillId, StoneId, VoiceEntryId,
};

/// A path into the document as the file writes it (`bets[2].end`), from the fields it goes
/// through written as Rust reads them (`bets[i].end`): it does not compile unless
/// `doc.bets[i].end` does, so a path cannot name a field the model does not have. The model's
/// field names are the file's (no field is renamed for the file).
macro_rules! path {
    ($root:ident $([$i:expr])? $(. $field:ident $([$j:expr])?)*) => {{
        let _names_a_field = |doc: &$crate::model::Document| {
            let _ = &doc.$root $([$i])? $(.$field $([$j])?)*;
        };
        #[allow(unused_mut)]
        let mut path = String::from(stringify!($root));
        $(path.push_str(&format!("[{}]", $i));)?
        $(
            path.push('.');
            path.push_str(stringify!($field));
            $(path.push_str(&format!("[{}]", $j));)?
        )*
        path
    }};
}

mod checker;
mod evidence;
mod money;
mod people;
mod rules;
#[cfg(test)]
mod tests;

use checker::Checker;

pub use money::HOME_CURRENCY_CHARS;

/// Years outside this range are taken as typing mistakes; dates are held to it too.
pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1900..=2200;

/// The longest span in days a rule or cadence may name: ten years. Every date the app works
/// out from one stays inside the calendar, and a person meaning more has made a typo.
pub const DAYS_MAX: u32 = 3660;

/// The longest span in months (a tour of duty): fifty years.
const MONTHS_MAX: u32 = 600;

/// The most a count in the rules may be (swings, repeats, answers).
const COUNT_MAX: u32 = 1000;

/// One thing wrong with a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where, as a path into the document: `bets[2].end`.
    pub path: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Every problem in the document; empty when it is valid.
pub fn validate(doc: &Document) -> Vec<Problem> {
    let mut c = Checker::default();
    for list in ALL_LISTS {
        let (path, ids) = list(doc);
        c.unique(path, &ids);
    }
    let known = Known::of(doc);
    north_star(&mut c, doc, &known);
    skills(&mut c, doc);
    bets(&mut c, doc, &known);
    for (i, criterion) in doc.criteria.iter().enumerate() {
        c.number(&path!(criteria[i].weight), criterion.weight, 0.0..=10.0);
    }
    offers(&mut c, doc, &known);
    drift(&mut c, doc, &known);
    if let Some(pair) = doc.compared {
        let at = path!(compared);
        for (i, id) in pair.iter().enumerate() {
            c.refers(&format!("{at}[{i}]"), *id, &known.offers, "offer");
        }
        if pair[0] == pair[1] {
            c.push(format!("{at}[1]"), "compares an offer with itself");
        }
    }
    ceilings(&mut c, doc);
    c.date(&path!(landing.start), doc.landing.start);
    voice(&mut c, doc, &known);
    metrics(&mut c, doc);
    for (i, review) in doc.reviews.iter().enumerate() {
        c.date(&path!(reviews[i].date), review.date);
    }
    people::people(&mut c, doc);
    evidence::evidence(&mut c, doc);
    rules::rules(&mut c, doc);
    c.problems
}

/// The ids each list holds, that references elsewhere must name.
struct Known {
    stones: HashSet<StoneId>,
    skills: HashSet<SkillId>,
    criteria: HashSet<CriterionId>,
    offers: HashSet<OfferId>,
    drift_items: HashSet<DriftItemId>,
    entries: HashSet<VoiceEntryId>,
}

impl Known {
    fn of(doc: &Document) -> Self {
        Self {
            stones: doc.north_star.stones.iter().map(|s| s.id).collect(),
            skills: doc.skills.iter().map(|s| s.id).collect(),
            criteria: doc.criteria.iter().map(|c| c.id).collect(),
            offers: doc.offers.iter().map(|o| o.id).collect(),
            drift_items: doc.drift.items.iter().map(|d| d.id).collect(),
            entries: doc.voice.entries.iter().map(|e| e.id).collect(),
        }
    }
}

fn north_star(c: &mut Checker, doc: &Document, known: &Known) {
    if let Some(year) = doc.profile.career_start_year {
        c.year(&path!(profile.career_start_year), year);
    }
    c.year(&path!(north_star.target_year), doc.north_star.target_year);
    for (i, stone) in doc.north_star.stones.iter().enumerate() {
        c.year(&path!(north_star.stones[i].year), stone.year);
        stone_skills(c, &stone.title, &stone.skills, i, known);
    }
}

/// The skills a stone needs: each in the matrix and named once, so that the list is never
/// longer than the matrix.
fn stone_skills(c: &mut Checker, title: &str, skills: &[SkillId], i: usize, known: &Known) {
    let mut named = HashSet::new();
    for (j, id) in skills.iter().enumerate() {
        let at = path!(north_star.stones[i].skills[j]);
        if !known.skills.contains(id) {
            c.push(
                at,
                format!(
                    "the stepping stone \"{title}\" needs skill {}, which is not in the skills matrix",
                    id.0
                ),
            );
        } else if !named.insert(*id) {
            c.push(
                at,
                format!("the stepping stone \"{title}\" names skill {} twice", id.0),
            );
        }
    }
}

fn skills(c: &mut Checker, doc: &Document) {
    for (i, skill) in doc.skills.iter().enumerate() {
        for (path, value) in [
            (path!(skills[i].level), skill.level),
            (path!(skills[i].target), skill.target),
            (path!(skills[i].enjoyment), skill.enjoyment),
            (path!(skills[i].avoidance), skill.avoidance),
        ] {
            if let Some(value) = value {
                c.score(&path, value);
            }
        }
        if skill.v4_unscored {
            // The version-4 field is read as `unscored` and kept under another name.
            c.push(
                format!("skills[{i}].unscored"),
                "a version-4 field: leave the scores out instead, and the skill is not scored yet"
                    .to_owned(),
            );
        }
    }
}

fn bets(c: &mut Checker, doc: &Document, known: &Known) {
    for (i, bet) in doc.bets.iter().enumerate() {
        c.fractional_year(&path!(bets[i].start), bet.start);
        c.fractional_year(&path!(bets[i].end), bet.end);
        if bet.start.is_finite() && bet.end.is_finite() && bet.end < bet.start {
            c.push(
                path!(bets[i].end),
                format!(
                    "\"{}\" ends ({}) before it starts ({})",
                    bet.title, bet.end, bet.start
                ),
            );
        }
        for (j, id) in bet.skills.iter().enumerate() {
            c.refers(&path!(bets[i].skills[j]), *id, &known.skills, "skill");
        }
        for (j, id) in bet.stones.iter().enumerate() {
            c.refers(
                &path!(bets[i].stones[j]),
                *id,
                &known.stones,
                "stepping stone",
            );
        }
    }
}

fn offers(c: &mut Checker, doc: &Document, known: &Known) {
    for (i, offer) in doc.offers.iter().enumerate() {
        let mut scored = HashSet::new();
        for (j, score) in offer.scores.iter().enumerate() {
            let criterion = path!(offers[i].scores[j].criterion);
            c.refers(&criterion, score.criterion, &known.criteria, "criterion");
            if let Some(given) = score.score {
                c.score(&path!(offers[i].scores[j].score), given);
            }
            if !scored.insert(score.criterion) {
                c.push(
                    criterion,
                    format!("criterion {} is scored twice", score.criterion),
                );
            }
        }
        pay(c, doc, i);
        c.date(&path!(offers[i].start), offer.start);
        if let Some(under) = &offer.scored_under {
            let at = path!(offers[i].scored_under);
            c.year(&format!("{at}.year"), under.year);
            c.date(&format!("{at}.date"), under.date);
        }
        let at = path!(offers[i]);
        money::offer(c, &at, &offer.equity, &offer.terms, &offer.leaving);
        for (j, id) in offer.stones.iter().enumerate() {
            c.refers(
                &path!(offers[i].stones[j]),
                *id,
                &known.stones,
                "stepping stone",
            );
        }
        for (j, id) in offer.skills.iter().enumerate() {
            c.refers(&path!(offers[i].skills[j]), *id, &known.skills, "skill");
        }
    }
}

/// The offer's pay as offered: amounts, shares of them, and a custom vesting schedule.
fn pay(c: &mut Checker, doc: &Document, i: usize) {
    let pay = &doc.offers[i].compensation;
    let money = 0.0..=1e12;
    c.number(&path!(offers[i].compensation.base), pay.base, money.clone());
    c.number(
        &path!(offers[i].compensation.bonus_pct),
        pay.bonus_pct,
        0.0..=1000.0,
    );
    c.number(
        &path!(offers[i].compensation.equity_grant),
        pay.equity_grant,
        money.clone(),
    );
    c.number(
        &path!(offers[i].compensation.refresher),
        pay.refresher,
        money.clone(),
    );
    c.number(
        &path!(offers[i].compensation.raise_pct),
        pay.raise_pct,
        -100.0..=100.0,
    );
    for (j, amount) in pay.sign_on.iter().enumerate() {
        c.number(
            &path!(offers[i].compensation.sign_on[j]),
            *amount,
            money.clone(),
        );
    }
    for (j, pct) in pay.custom_vesting.iter().enumerate() {
        c.number(
            &path!(offers[i].compensation.custom_vesting[j]),
            *pct,
            0.0..=100.0,
        );
    }
    let vested: f64 = pay.custom_vesting.iter().sum();
    if pay.custom_vesting.iter().all(|p| p.is_finite()) && vested > 100.0 + 1e-6 {
        c.push(
            path!(offers[i].compensation.custom_vesting),
            format!("vests {vested} %, more than the whole grant"),
        );
    }
}

fn drift(c: &mut Checker, doc: &Document, known: &Known) {
    for (i, review) in doc.drift.reviews.iter().enumerate() {
        c.date(&path!(drift.reviews[i].date), review.date);
        if let Some(offer) = review.offer {
            c.refers(
                &path!(drift.reviews[i].offer),
                offer,
                &known.offers,
                "offer",
            );
        }
        for (j, answer) in review.answers.iter().enumerate() {
            c.refers(
                &path!(drift.reviews[i].answers[j].item),
                answer.item,
                &known.drift_items,
                "checklist item",
            );
        }
    }
}

fn ceilings(c: &mut Checker, doc: &Document) {
    for (i, assessment) in doc.ceilings.iter().enumerate() {
        c.date(&path!(ceilings[i].date), assessment.date);
        let mut seen = HashSet::new();
        for (j, score) in assessment.scores.iter().enumerate() {
            if let Some(given) = score.score {
                c.score(&path!(ceilings[i].scores[j].score), given);
            }
            if !seen.insert(score.ceiling) {
                c.push(
                    path!(ceilings[i].scores[j].ceiling),
                    format!("{} is scored twice", score.ceiling),
                );
            }
        }
    }
}

fn voice(c: &mut Checker, doc: &Document, known: &Known) {
    c.count(
        &path!(voice.cadence_days),
        doc.voice.cadence_days,
        0..=DAYS_MAX,
    );
    for (i, entry) in doc.voice.entries.iter().enumerate() {
        c.date(&path!(voice.entries[i].date), entry.date);
    }
    for (i, explanation) in doc.voice.explanations.iter().enumerate() {
        if let Some(entry) = explanation.written {
            c.refers(
                &path!(voice.explanations[i].written),
                entry,
                &known.entries,
                "log entry",
            );
        }
    }
}

fn metrics(c: &mut Checker, doc: &Document) {
    let any = f64::MIN..=f64::MAX;
    for (i, metric) in doc.metrics.iter().enumerate() {
        c.date(&path!(metrics[i].first_date), metric.first_date);
        c.number(&path!(metrics[i].value), metric.value, any.clone());
        c.number(&path!(metrics[i].target), metric.target, any.clone());
        c.number(
            &path!(metrics[i].first_value),
            metric.first_value,
            any.clone(),
        );
    }
}

/// The paths `validate` refuses in `doc`, sorted: which fields are refused, whatever order
/// the checks run in.
#[cfg(test)]
pub(crate) fn refused_paths(doc: &Document) -> Vec<String> {
    let mut paths: Vec<String> = validate(doc).into_iter().map(|p| p.path).collect();
    paths.sort();
    paths
}

/// `paths` sorted, to compare with [`refused_paths`].
#[cfg(test)]
pub(crate) fn sorted_paths<const N: usize>(paths: [&str; N]) -> Vec<String> {
    let mut paths: Vec<String> = paths.into_iter().map(str::to_owned).collect();
    paths.sort();
    paths
}
