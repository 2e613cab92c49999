//! The measuring stick: where an offer stands against the north star and the portfolio, and
//! what the portfolio would say if it were taken.

use chrono::NaiveDate;

use super::reading::{Reading, reading, toward};
use crate::analysis::portfolio::{
    CAREER_STAGE_KEYS, Insight, after, default_length, end_label, insights, status_on,
    work_never_done, years, years_since_last_swing,
};
use crate::analysis::stone_needs::StoneNeeds;
use crate::analysis::words::and_list;
use crate::model::{Bet, BetKind, Direction, Document, Offer, next_id, year_fraction};

/// The measuring stick in words while the person has not marked it.
pub const NOT_MARKED: &str = "not marked yet";

/// Where one offer stands against the north star and the portfolio.
#[derive(Clone, Debug, PartialEq)]
pub struct Stick {
    /// The person's own call: closer to, sideways from, or further from the north star; `None`
    /// while not marked yet.
    pub direction: Option<Direction>,
    /// The app's reading of the same question, from the document.
    pub reading: Reading,
    /// What it says about the big-swing cadence.
    pub cadence: String,
    /// The stepping stones it serves.
    pub stones: Vec<String>,
    /// The skills it builds, each with how far it is from the level the north star needs:
    /// "People management: level 1, target 4 (3 short)", or that it is not scored yet.
    pub skills: Vec<String>,
    /// Which of the skills the next stepping stone needs the offer builds and which it does
    /// not, in one sentence; `None` while that stone names none or the north star is gone.
    pub next_stone: Option<String>,
    /// The types of work it would add that no bet so far has been; empty while its own type
    /// of work, or any bet's so far, is not set.
    pub new_work: Vec<String>,
    /// Everything the portfolio would say if the offer were taken.
    pub if_taken: Vec<Insight>,
    /// What taking it would raise that the portfolio does not say today.
    pub raises: Vec<Insight>,
    /// What the portfolio says today that taking it would clear.
    pub clears: Vec<Insight>,
    /// What the portfolio says today that taking it would say otherwise: each finding as
    /// today, then as it would read (the same rule, other numbers or names).
    pub changes: Vec<(Insight, Insight)>,
}

impl Stick {
    /// The person's call and the document's reading of it, as one sentence.
    pub fn call_and_reading(&self) -> String {
        let call = self.direction.map_or_else(
            || NOT_MARKED.to_owned(),
            |d| format!("marked {}", toward(d)),
        );
        match self.reading.words() {
            Some(read) => format!("{call}; the document reads it {read}."),
            None => format!("{call}; the document cannot read it yet."),
        }
    }
}

pub(super) fn name(offer: &Offer) -> String {
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
pub(super) fn start_of(offer: &Offer, today: NaiveDate) -> f64 {
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

pub(super) fn stick(
    doc: &Document,
    offer: &Offer,
    today: NaiveDate,
    now_says: &[Insight],
    steers: bool,
) -> Stick {
    let at = start_of(offer, today);
    // Staying in the current job adds nothing to the timeline: the portfolio already holds it,
    // so it would say what it says today.
    let if_taken = if offer.is_current {
        now_says.to_vec()
    } else {
        if_taken(doc, offer, today)
    };
    let (mut raises, clears, mut changes) = what_taking_it_changes(now_says, &if_taken);
    let mut cadence = cadence(doc, offer, at);
    if doc.career_start().is_none() {
        // Taken into a document that knows no start of the career, the offer would become
        // its first role and so its start: what the rules say of the career's stage would
        // rest on that guess, not on anything the person said.
        raises.retain(|i| !CAREER_STAGE_KEYS.contains(&i.key.as_str()));
        changes.retain(|(_, i)| !CAREER_STAGE_KEYS.contains(&i.key.as_str()));
        if offer.kind.is_some() {
            cadence.push_str(STAGE_UNKNOWN);
        }
    }
    Stick {
        direction: offer.direction,
        reading: reading_while_steering(doc, offer, steers),
        cadence,
        stones: offer
            .stones
            .iter()
            .filter_map(|id| doc.get(*id))
            .map(|s| format!("{} ({})", s.title, s.year))
            .collect(),
        skills: skills_built(doc, offer),
        next_stone: for_next_stone(doc, offer, steers),
        new_work: match (offer.work, work_never_done(doc, at)) {
            (Some(work), Some(never)) if never.contains(&work) => {
                vec![work.label().to_lowercase()]
            }
            _ => Vec::new(),
        },
        if_taken,
        raises,
        clears,
        changes,
    }
}

/// Said of an offer's cadence while the document knows no start of the career.
pub(super) const STAGE_UNKNOWN: &str = " Whether it comes early in your career is not known: give the year your career started on the Spec panel, or your past roles on the Portfolio.";

/// Whether an offer of its kind starting `at` keeps the big-swing cadence the rules set, in
/// words; not known while its kind is not set.
fn cadence(doc: &Document, offer: &Offer, at: f64) -> String {
    let r = &doc.rules;
    let since = years_since_last_swing(doc, at);
    let min = years(r.swing_cadence_min_years);
    match (offer.kind, since) {
        (None, _) => {
            "Kind not set yet: whether it keeps the big-swing cadence is not known.".to_owned()
        }
        (Some(BetKind::BigSwing), Some((gap, last))) if gap <= 0.0 => format!(
            "A big swing while \"{}\" is still under way (until {}): sooner than the {min} cadence.",
            last.title,
            end_label(last.end)
        ),
        (Some(BetKind::BigSwing), Some((gap, last))) if gap + 1e-9 < r.swing_cadence_min_years => {
            format!(
                "A big swing {} \"{}\" ended: sooner than the {min} cadence.",
                if gap < 0.05 {
                    after(gap)
                } else {
                    format!("only {}", after(gap))
                },
                last.title
            )
        }
        (Some(BetKind::BigSwing), Some((gap, last))) => format!(
            "A big swing {} after the last (\"{}\", ended {}): keeps the cadence.",
            years(gap),
            last.title,
            end_label(last.end)
        ),
        (Some(BetKind::BigSwing), None) => "Your first big swing.".to_owned(),
        (Some(BetKind::Core), Some((gap, last))) if gap + 1e-9 >= r.swing_cadence_max_years => {
            format!(
                "Another core role while a big swing is due: the last (\"{}\") ended {}, {} before this one would start.",
                last.title,
                end_label(last.end),
                years(gap)
            )
        }
        (Some(BetKind::Core), _) => "A core role: builds the core craft.".to_owned(),
    }
}

/// Each skill the offer builds with how far it is from its target, or that it is not scored.
fn skills_built(doc: &Document, offer: &Offer) -> Vec<String> {
    offer
        .skills
        .iter()
        .filter_map(|id| doc.get(*id))
        .map(|s| match s.scored() {
            Some(k) if k.target > k.level => format!(
                "{}: level {}, target {} ({} short)",
                s.name,
                k.level,
                k.target,
                k.target - k.level
            ),
            Some(k) => format!("{}: level {}, at its target {}", s.name, k.level, k.target),
            None => format!("{}: not scored yet", s.name),
        })
        .collect()
}

/// Which of the skills the next stepping stone names the offer builds, and which it does not:
/// only while the north star steers and that stone names some.
fn for_next_stone(doc: &Document, offer: &Offer, steers: bool) -> Option<String> {
    let needs = StoneNeeds::next(doc).filter(|_| steers)?;
    let (builds, not) = needs.split(&offer.skills);
    let what = match (builds.is_empty(), not.is_empty()) {
        (true, _) => format!("builds none of what it needs: {}.", and_list(&not)),
        (false, true) => format!("builds {}, all it needs.", and_list(&builds)),
        (false, false) => format!("builds {}; not {}.", and_list(&builds), and_list(&not)),
    };
    Some(format!(
        "For the next stone, \"{}\" ({}): {what}",
        needs.stone.title, needs.stone.year
    ))
}

/// What the portfolio would say if the offer were taken against what it says today: the
/// insights taking it raises, those it clears, and those it words otherwise (today's, then
/// taken). What of the offer itself is not set yet is said above, not as something taking it
/// raises.
fn what_taking_it_changes(
    now_says: &[Insight],
    if_taken: &[Insight],
) -> (Vec<Insight>, Vec<Insight>, Vec<(Insight, Insight)>) {
    let today_says = |key: &str| now_says.iter().find(|n| n.key == key);
    let raises = if_taken
        .iter()
        .filter(|i| today_says(&i.key).is_none() && i.key != "to-classify")
        .cloned()
        .collect();
    let clears = now_says
        .iter()
        .filter(|n| !if_taken.iter().any(|i| i.key == n.key))
        .cloned()
        .collect();
    let changes = if_taken
        .iter()
        .filter_map(|i| {
            let now = today_says(&i.key)?;
            (now.title != i.title && i.key != "to-classify").then(|| (now.clone(), i.clone()))
        })
        .collect();
    (raises, clears, changes)
}

/// The document's reading of the offer while the north star steers; while it is gone, no
/// reading, and so no disagreement with the person's call: closer to a goal that is gone
/// means nothing.
fn reading_while_steering(doc: &Document, offer: &Offer, steers: bool) -> Reading {
    if steers {
        return reading(doc, offer);
    }
    Reading {
        direction: None,
        reasons: vec![
            "Not read while the north star is gone: set it again on the Spec panel.".to_owned(),
        ],
        disagreements: Vec::new(),
        strength: None,
        stones_served: 0,
        levels_short: 0,
        work_fits: 0,
    }
}
