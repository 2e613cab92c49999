//! Career reviews over time: the snapshot a review records, what changed between two of them,
//! each metric against its path to the target, and when the next review is due.

use chrono::NaiveDate;

use super::{ceilings, drift, voice};
use crate::model::{
    BetMark, CareerReview, Ceiling, CeilingMark, Document, Metric, MetricDirection, MetricMark,
    Phase, RiskLevel, Skill, SkillMark, Snapshot, year_fraction,
};

/// The reviews held, oldest first (undated ones first, as they cannot be placed).
pub fn in_order(doc: &Document) -> Vec<&CareerReview> {
    let mut all: Vec<&CareerReview> = doc.reviews.iter().collect();
    all.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
    all
}

/// The latest review held, if any.
pub fn latest(doc: &Document) -> Option<&CareerReview> {
    in_order(doc).pop()
}

/// The drift risk of the latest periodic self-review that has enough answers to judge.
fn drift_level(doc: &Document) -> RiskLevel {
    let judged = drift::history(doc)
        .into_iter()
        .filter(|r| r.offer.is_none())
        .map(|r| drift::risk(doc, r).level)
        .find(|l| *l != drift::Level::NotRun);
    match judged {
        Some(drift::Level::Low) => RiskLevel::Low,
        Some(drift::Level::Medium) => RiskLevel::Medium,
        Some(drift::Level::High) => RiskLevel::High,
        Some(drift::Level::NotRun) | None => RiskLevel::NotKnown,
    }
}

/// The day the period a new review covers starts: the latest review on or before today, or
/// one review cadence back when there is none.
fn period_start(doc: &Document, today: NaiveDate) -> NaiveDate {
    doc.reviews
        .iter()
        .filter_map(|r| r.date)
        .filter(|d| *d <= today)
        .max()
        .unwrap_or_else(|| today - chrono::Days::new(u64::from(doc.rules.review_days)))
}

/// The measurable state of the career today, as a review records it.
pub fn snapshot(doc: &Document, today: NaiveDate) -> Snapshot {
    let start = period_start(doc, today);
    let updates_sent = doc
        .voice
        .entries
        .iter()
        .filter(|e| voice::keeps_promise(e.kind))
        .filter(|e| e.date.is_some_and(|d| start < d && d <= today))
        .count();
    let days = (today - start).num_days().max(0);
    let updates_promised = match doc.voice.cadence_days {
        0 => 0,
        cadence => days / i64::from(cadence),
    };
    Snapshot {
        target_role: doc.north_star.target_role.clone(),
        target_year: doc.north_star.target_year,
        skills: doc
            .skills
            .iter()
            .map(|s| SkillMark {
                skill: s.id,
                level: s.level,
                target: s.target,
            })
            .collect(),
        metrics: doc
            .metrics
            .iter()
            .map(|m| MetricMark {
                metric: m.id,
                value: m.value,
                target: m.target,
            })
            .collect(),
        stones_done: doc
            .north_star
            .stones
            .iter()
            .filter(|s| s.done)
            .map(|s| s.id)
            .collect(),
        bets: doc
            .bets
            .iter()
            .map(|b| BetMark {
                bet: b.id,
                status: b.status,
            })
            .collect(),
        ceilings: ceilings::latest(doc)
            .map(|a| {
                a.scores
                    .iter()
                    .map(|s| CeilingMark {
                        ceiling: s.ceiling,
                        score: s.score,
                    })
                    .collect()
            })
            .unwrap_or_default(),
        updates_sent: u32::try_from(updates_sent).unwrap_or(u32::MAX),
        updates_promised: u32::try_from(updates_promised).unwrap_or(u32::MAX),
        drift: drift_level(doc),
    }
}

/// A new review held today: its snapshot, no answers yet, the next free id.
pub fn new_review(doc: &Document, today: NaiveDate) -> CareerReview {
    CareerReview {
        id: crate::model::next_id(doc.reviews.iter().map(|r| r.id)),
        date: Some(today),
        snapshot: snapshot(doc, today),
        ..CareerReview::default()
    }
}

/// A number as a person writes it: no decimals when whole, else one.
pub fn number(value: f64) -> String {
    if (value - value.round()).abs() < 1e-9 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    }
}

fn with_unit(value: f64, unit: &str) -> String {
    if unit.trim().is_empty() {
        number(value)
    } else {
        format!("{} {}", number(value), unit.trim())
    }
}

fn ceiling_score(snapshot: &Snapshot, ceiling: Ceiling) -> Option<u8> {
    snapshot
        .ceilings
        .iter()
        .find(|c| c.ceiling == ceiling)
        .map(|c| c.score)
}

/// How many reviews in a row, ending with the newest, a ceiling's score fell.
fn falling_for(scores: &[u8]) -> usize {
    scores
        .windows(2)
        .rev()
        .take_while(|pair| pair[1] < pair[0])
        .count()
}

/// What changed from the previous snapshot to the newest one, in sentences with the numbers.
/// `earlier` holds the snapshots before the newest, oldest first; the last of them is the one
/// compared with, the rest tell how long a ceiling has been falling. Names come from the
/// document; an item removed since is named as such. Empty when nothing changed.
pub fn changes(doc: &Document, earlier: &[&Snapshot], newer: &Snapshot) -> Vec<String> {
    let Some(older) = earlier.last() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if older.target_role != newer.target_role || older.target_year != newer.target_year {
        out.push(format!(
            "North star changed from '{}' by {} to '{}' by {}: offers scored before it may need re-scoring.",
            older.target_role, older.target_year, newer.target_role, newer.target_year
        ));
    }
    for mark in &newer.skills {
        let name = doc
            .skill(mark.skill)
            .map_or_else(|| "A removed skill".to_owned(), |s| s.name.clone());
        match older.skills.iter().find(|m| m.skill == mark.skill) {
            None => out.push(format!(
                "New skill '{name}' at level {} of target {}.",
                mark.level, mark.target
            )),
            Some(before) => {
                if before.level != mark.level {
                    out.push(format!("{name} from {} to {}.", before.level, mark.level));
                }
                if before.target != mark.target {
                    out.push(format!(
                        "{name} target from {} to {}.",
                        before.target, mark.target
                    ));
                }
            }
        }
    }
    for mark in &newer.metrics {
        let (name, unit) = doc.metric(mark.metric).map_or_else(
            || ("A removed metric".to_owned(), String::new()),
            |m| (m.name.clone(), m.unit.clone()),
        );
        match older.metrics.iter().find(|m| m.metric == mark.metric) {
            None => out.push(format!(
                "New metric '{name}' at {}.",
                with_unit(mark.value, &unit)
            )),
            Some(before) => {
                if (before.value - mark.value).abs() > 1e-9 {
                    out.push(format!(
                        "{name} from {} to {}.",
                        number(before.value),
                        with_unit(mark.value, &unit)
                    ));
                }
                if (before.target - mark.target).abs() > 1e-9 {
                    out.push(format!(
                        "{name} target from {} to {}.",
                        number(before.target),
                        with_unit(mark.target, &unit)
                    ));
                }
            }
        }
    }
    let stone_name = |id| {
        doc.stone(id).map_or_else(
            || "a removed stone".to_owned(),
            |s| format!("'{}'", s.title),
        )
    };
    for id in &newer.stones_done {
        if !older.stones_done.contains(id) {
            out.push(format!("Stepping stone {} done.", stone_name(*id)));
        }
    }
    for id in &older.stones_done {
        if !newer.stones_done.contains(id) && doc.stone(*id).is_some() {
            out.push(format!(
                "Stepping stone {} no longer done.",
                stone_name(*id)
            ));
        }
    }
    for mark in &newer.bets {
        let title = doc
            .bet(mark.bet)
            .map_or_else(|| "a removed bet".to_owned(), |b| format!("'{}'", b.title));
        match older.bets.iter().find(|m| m.bet == mark.bet) {
            None => out.push(format!(
                "New bet {title}: {}.",
                mark.status.label().to_lowercase()
            )),
            Some(before) if before.status != mark.status => out.push(format!(
                "Bet {title} from {} to {}.",
                before.status.label().to_lowercase(),
                mark.status.label().to_lowercase()
            )),
            Some(_) => {}
        }
    }
    for ceiling in Ceiling::ALL {
        let (Some(before), Some(now)) = (
            ceiling_score(older, *ceiling),
            ceiling_score(newer, *ceiling),
        ) else {
            continue;
        };
        if before == now {
            continue;
        }
        let scores: Vec<u8> = earlier
            .iter()
            .copied()
            .chain(std::iter::once(newer))
            .filter_map(|s| ceiling_score(s, *ceiling))
            .collect();
        let falling = falling_for(&scores);
        let streak = if falling >= 2 {
            format!(", falling for {falling} reviews")
        } else {
            String::new()
        };
        out.push(format!(
            "{} ceiling from {before} to {now}{streak}.",
            ceiling.label()
        ));
    }
    if older.drift != newer.drift {
        out.push(format!(
            "Drift risk from {} to {}.",
            older.drift.label(),
            newer.drift.label()
        ));
    }
    out
}

/// Updates sent against the promise over the period a snapshot covers; none when nothing was
/// promised or sent.
pub fn updates_line(snapshot: &Snapshot) -> Option<String> {
    if snapshot.updates_sent == 0 && snapshot.updates_promised == 0 {
        return None;
    }
    let noun = if snapshot.updates_sent == 1 {
        "update"
    } else {
        "updates"
    };
    let verdict = if snapshot.updates_sent < snapshot.updates_promised {
        ": fewer than promised"
    } else {
        ""
    };
    Some(format!(
        "{} {noun} sent, {} promised{verdict}.",
        snapshot.updates_sent, snapshot.updates_promised
    ))
}

/// What changed from the review before this one (by date) to this one; empty for the first.
pub fn changes_since_previous(doc: &Document, review: &CareerReview) -> Vec<String> {
    let order = in_order(doc);
    let index = order.iter().position(|r| r.id == review.id);
    let before: Vec<&Snapshot> = order[..index.unwrap_or(order.len())]
        .iter()
        .map(|r| &r.snapshot)
        .collect();
    changes(doc, &before, &review.snapshot)
}

/// What changed between the state on a day and today, without recording a review: against
/// the latest review on or before `since`, or the latest review of all when no date is given.
/// None when there is no such review to compare with.
pub fn changes_to_today(
    doc: &Document,
    since: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<Vec<String>> {
    let order: Vec<&CareerReview> = in_order(doc)
        .into_iter()
        .filter(|r| since.is_none_or(|s| r.date.is_some_and(|d| d <= s)))
        .collect();
    if order.is_empty() {
        return None;
    }
    let before: Vec<&Snapshot> = order.iter().map(|r| &r.snapshot).collect();
    Some(changes(doc, &before, &snapshot(doc, today)))
}

/// Days until the next review is due, by the rules' cadence; negative when overdue. None when
/// no dated review was ever held (the first is due now).
pub fn due_in(doc: &Document, today: NaiveDate) -> Option<i64> {
    let last = doc.reviews.iter().filter_map(|r| r.date).max()?;
    Some(i64::from(doc.rules.review_days) - (today - last).num_days())
}

/// How one calendar year of the career was spent, in years of bets of each phase.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YearBalance {
    /// The calendar year.
    pub year: i32,
    /// Years of learning-phase bets within it (two overlapping bets count twice).
    pub learning: f64,
    /// Years of impact-phase bets within it.
    pub impact: f64,
}

/// The learning and impact phases per calendar year, from the year of the first bet to today,
/// each bet counted for the part of it that falls in the year and is already lived.
pub fn phase_balance(doc: &Document, today: NaiveDate) -> Vec<YearBalance> {
    let now = year_fraction(today);
    let Some(first) = doc
        .bets
        .iter()
        .map(|b| b.start)
        .filter(|s| s.is_finite())
        .reduce(f64::min)
    else {
        return Vec::new();
    };
    // Both ends are inside the validated year range, so the casts hold.
    #[allow(clippy::cast_possible_truncation)]
    let (from, to) = (first.floor() as i32, now.floor() as i32);
    (from..=to)
        .filter_map(|year| {
            let (lo, hi) = (f64::from(year), (f64::from(year) + 1.0).min(now));
            let mut balance = YearBalance {
                year,
                learning: 0.0,
                impact: 0.0,
            };
            for bet in &doc.bets {
                let inside = (bet.end.min(hi) - bet.start.max(lo)).max(0.0);
                match bet.phase {
                    Phase::Learning => balance.learning += inside,
                    Phase::Impact => balance.impact += inside,
                }
            }
            (balance.learning + balance.impact > 0.0).then_some(balance)
        })
        .collect()
}

/// Where a metric stands against its path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Track {
    /// No start date: no path to hold it against.
    NotKnown,
    /// Within the rules' margin of the path.
    OnTrack,
    /// Better than the path by more than the margin.
    Ahead,
    /// Worse than the path by more than the margin.
    Behind,
}

impl Track {
    /// The words for it.
    pub fn label(self) -> &'static str {
        match self {
            Self::NotKnown => "Not known",
            Self::OnTrack => "On track",
            Self::Ahead => "Ahead",
            Self::Behind => "Behind",
        }
    }
}

/// A metric held against its path, with the numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    /// On track, ahead, behind, or not known.
    pub track: Track,
    /// Where the path says the metric should be today; none without a path.
    pub expected: Option<f64>,
    /// The sentence that says it, with the numbers.
    pub text: String,
}

/// Where the path says a metric should be at fractional year `at`: a straight line from its
/// first value on its first date to its target at the start of the north-star year, working
/// backward from the target as the stepping stones do. None without a first date.
pub fn path_value(metric: &Metric, target_year: i32, at: f64) -> Option<f64> {
    let start = year_fraction(metric.first_date?);
    let end = f64::from(target_year);
    if end <= start {
        return Some(metric.target);
    }
    let share = ((at - start) / (end - start)).clamp(0.0, 1.0);
    Some(metric.first_value + (metric.target - metric.first_value) * share)
}

/// The two ends of a metric's path as (fractional year, value): its first value on its first
/// date and its target at the start of the north-star year. None without a first date.
pub fn path_ends(metric: &Metric, target_year: i32) -> Option<[[f64; 2]; 2]> {
    let start = year_fraction(metric.first_date?);
    Some([
        [start, metric.first_value],
        [f64::from(target_year).max(start), metric.target],
    ])
}

/// A number at each dated review that recorded it, then its value today, as (fractional year,
/// value), oldest first: what a chart of it over time draws.
fn over_time(
    doc: &Document,
    pick: impl Fn(&Snapshot) -> Option<f64>,
    now: f64,
    today: NaiveDate,
) -> Vec<[f64; 2]> {
    in_order(doc)
        .into_iter()
        .filter_map(|r| Some([year_fraction(r.date?), pick(&r.snapshot)?]))
        .chain(std::iter::once([year_fraction(today), now]))
        .collect()
}

/// A metric's value at each dated review that recorded it, then today.
pub fn metric_over_time(doc: &Document, metric: &Metric, today: NaiveDate) -> Vec<[f64; 2]> {
    let pick = |s: &Snapshot| {
        s.metrics
            .iter()
            .find(|m| m.metric == metric.id)
            .map(|m| m.value)
    };
    over_time(doc, pick, metric.value, today)
}

/// A skill's level at each dated review that recorded it, then today.
pub fn skill_over_time(doc: &Document, skill: &Skill, today: NaiveDate) -> Vec<[f64; 2]> {
    let pick = |s: &Snapshot| {
        s.skills
            .iter()
            .find(|m| m.skill == skill.id)
            .map(|m| f64::from(m.level))
    };
    over_time(doc, pick, f64::from(skill.level), today)
}

/// Whether a metric is on track, ahead or behind its path today, by the document's rules.
pub fn progress(doc: &Document, metric: &Metric, today: NaiveDate) -> Progress {
    let year = doc.north_star.target_year;
    let goal = format!("{} by {year}", with_unit(metric.target, &metric.unit));
    let Some(expected) = path_value(metric, year, year_fraction(today)) else {
        return Progress {
            track: Track::NotKnown,
            expected: None,
            text: format!(
                "Not known: set when tracking began to draw the path to {goal}. Now {}.",
                with_unit(metric.value, &metric.unit)
            ),
        };
    };
    let margin = (metric.target - metric.first_value).abs() * doc.rules.metric_on_track_share;
    let sign = match metric.direction {
        MetricDirection::Up => 1.0,
        MetricDirection::Down => -1.0,
    };
    let lead = (metric.value - expected) * sign;
    let track = if lead > margin + 1e-9 {
        Track::Ahead
    } else if lead < -margin - 1e-9 {
        Track::Behind
    } else {
        Track::OnTrack
    };
    let text = format!(
        "{}: {} where the path says {} today, on the way to {goal}.",
        track.label(),
        with_unit(metric.value, &metric.unit),
        number(expected)
    );
    Progress {
        track,
        expected: Some(expected),
        text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Bet, BetId, BetStatus, CareerReviewId, CeilingAssessment, CeilingScore, MetricId, Skill,
        SkillId, SteppingStone, StoneId, VoiceEntry, VoiceKind,
    };

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    fn doc() -> Document {
        let mut doc = Document::new_empty(day(2026, 1, 1));
        doc.north_star.target_role = "CPO".into();
        doc.north_star.target_year = 2031;
        doc.skills.push(Skill {
            id: SkillId(1),
            name: "Zero-to-one building".into(),
            level: 2,
            target: 4,
            ..Skill::default()
        });
        doc.north_star.stones.push(SteppingStone {
            id: StoneId(1),
            title: "Lead a zero-to-one product".into(),
            year: 2027,
            done: false,
        });
        doc.bets.push(Bet {
            id: BetId(1),
            title: "Checkout".into(),
            status: BetStatus::Active,
            ..Bet::default()
        });
        doc.metrics.push(Metric {
            id: MetricId(1),
            name: "Team size led".into(),
            unit: "people".into(),
            value: 3.0,
            target: 12.0,
            first_value: 2.0,
            first_date: Some(day(2026, 1, 1)),
            ..Metric::default()
        });
        doc
    }

    fn assess(doc: &mut Document, id: u64, date: NaiveDate, network: u8) {
        doc.ceilings.push(CeilingAssessment {
            id: crate::model::AssessmentId(id),
            date: Some(date),
            scores: vec![CeilingScore {
                ceiling: Ceiling::Network,
                score: network,
                note: String::new(),
            }],
        });
    }

    #[test]
    fn nothing_changed_says_nothing() {
        let d = doc();
        let a = snapshot(&d, day(2026, 4, 1));
        assert!(changes(&d, &[&a], &a).is_empty());
        assert!(
            changes(&d, &[], &a).is_empty(),
            "a first review has nothing before it"
        );
    }

    #[test]
    fn every_kind_of_change_is_a_sentence_with_its_numbers() {
        let mut d = doc();
        assess(&mut d, 1, day(2025, 10, 1), 4);
        let first = snapshot(&d, day(2025, 10, 1));
        assess(&mut d, 2, day(2026, 1, 1), 3);
        let second = snapshot(&d, day(2026, 1, 1));
        d.skills[0].level = 3;
        d.skills[0].target = 5;
        d.metrics[0].value = 5.0;
        d.north_star.stones[0].done = true;
        d.bets[0].status = BetStatus::Succeeded;
        d.north_star.target_role = "VP Product".into();
        assess(&mut d, 3, day(2026, 4, 1), 2);
        let third = snapshot(&d, day(2026, 4, 1));
        assert_eq!(
            changes(&d, &[&first, &second], &third),
            vec![
                "North star changed from 'CPO' by 2031 to 'VP Product' by 2031: offers scored before it may need re-scoring.",
                "Zero-to-one building from 2 to 3.",
                "Zero-to-one building target from 4 to 5.",
                "Team size led from 3 to 5 people.",
                "Stepping stone 'Lead a zero-to-one product' done.",
                "Bet 'Checkout' from active to succeeded.",
                "Network ceiling from 3 to 2, falling for 2 reviews.",
            ]
        );
        // Only one step down: no streak named.
        assert_eq!(
            changes(&d, &[&first], &second),
            vec!["Network ceiling from 4 to 3."]
        );
    }

    #[test]
    fn new_and_undone_items_and_drift_are_named() {
        let d = doc();
        let mut before = snapshot(&d, day(2026, 4, 1));
        let after = before.clone();
        before.skills.clear();
        before.metrics.clear();
        before.bets.clear();
        before.stones_done.push(StoneId(1));
        before.drift = RiskLevel::Low;
        assert_eq!(
            changes(&d, &[&before], &after),
            vec![
                "New skill 'Zero-to-one building' at level 2 of target 4.",
                "New metric 'Team size led' at 3 people.",
                "Stepping stone 'Lead a zero-to-one product' no longer done.",
                "New bet 'Checkout': active.",
                "Drift risk from low to not known.",
            ]
        );
    }

    #[test]
    fn updates_count_since_the_previous_review_against_the_promise() {
        let mut d = doc();
        d.voice.cadence_days = 30;
        for (id, date) in [
            (1, day(2025, 12, 31)),
            (2, day(2026, 1, 15)),
            (3, day(2026, 2, 15)),
        ] {
            d.voice.entries.push(VoiceEntry {
                id: crate::model::VoiceEntryId(id),
                date: Some(date),
                kind: VoiceKind::Update,
                ..VoiceEntry::default()
            });
        }
        d.reviews.push(CareerReview {
            id: CareerReviewId(1),
            date: Some(day(2026, 1, 1)),
            ..CareerReview::default()
        });
        // 2026-01-01 to 2026-04-02 is 91 days: three updates of one every 30 days promised.
        let s = snapshot(&d, day(2026, 4, 2));
        assert_eq!((s.updates_sent, s.updates_promised), (2, 3));
        assert_eq!(
            updates_line(&s).as_deref(),
            Some("2 updates sent, 3 promised: fewer than promised.")
        );
        d.voice.cadence_days = 0;
        d.voice.entries.clear();
        assert_eq!(updates_line(&snapshot(&d, day(2026, 4, 2))), None);
    }

    #[test]
    fn a_metric_is_held_against_a_straight_path_to_its_target() {
        let mut d = doc();
        // 2028-07-02 is 2028.5: halfway from 2026.0 to 2031.0, so the path says 2 + 10 / 2 = 7,
        // and the margin is a tenth of the way from 2 to 12: 1.
        let today = day(2028, 7, 2);
        let check = |d: &Document, value: f64| {
            let mut m = d.metrics[0].clone();
            m.value = value;
            progress(d, &m, today)
        };
        let on = check(&d, 7.5);
        assert_eq!(on.track, Track::OnTrack);
        assert_eq!(on.expected, Some(7.0));
        assert_eq!(
            on.text,
            "On track: 7.5 people where the path says 7 today, on the way to 12 people by 2031."
        );
        assert_eq!(check(&d, 8.5).track, Track::Ahead);
        assert_eq!(check(&d, 5.5).track, Track::Behind);
        // Lower is better: from 20 down to 10, the path says 15; 13 is ahead of it.
        d.metrics[0].direction = MetricDirection::Down;
        d.metrics[0].first_value = 20.0;
        d.metrics[0].target = 10.0;
        assert_eq!(check(&d, 13.0).track, Track::Ahead);
        assert_eq!(check(&d, 16.5).track, Track::Behind);
        // Past the north-star year the path sits on the target.
        assert_eq!(path_value(&d.metrics[0], 2031, 2033.0), Some(10.0));
        // Without a start date there is no path: not known, never on track.
        d.metrics[0].first_date = None;
        assert_eq!(check(&d, 7.0).track, Track::NotKnown);
    }

    #[test]
    fn a_number_over_time_is_its_value_at_each_review_then_today() {
        let mut d = doc();
        d.reviews.push(new_review(&d, day(2026, 7, 2)));
        d.reviews.push(CareerReview {
            id: CareerReviewId(9),
            date: None,
            ..new_review(&d, day(2026, 7, 2))
        });
        d.metrics[0].value = 5.0;
        d.skills[0].level = 4;
        // 2026-07-02 is 2026 + 182/365; 2027-01-01 is 2027.0.
        assert_eq!(
            metric_over_time(&d, &d.metrics[0], day(2027, 1, 1)),
            vec![[2026.0 + 182.0 / 365.0, 3.0], [2027.0, 5.0]]
        );
        assert_eq!(
            skill_over_time(&d, &d.skills[0], day(2027, 1, 1)),
            vec![[2026.0 + 182.0 / 365.0, 2.0], [2027.0, 4.0]]
        );
        assert_eq!(
            path_ends(&d.metrics[0], 2031),
            Some([[2026.0, 2.0], [2031.0, 12.0]])
        );
        d.metrics[0].first_date = None;
        assert_eq!(path_ends(&d.metrics[0], 2031), None);
    }

    #[test]
    fn phases_per_year_count_the_part_of_each_bet_inside_the_year() {
        let mut d = doc();
        d.bets = vec![
            Bet {
                id: BetId(1),
                phase: Phase::Learning,
                start: 2019.5,
                end: 2021.0,
                ..Bet::default()
            },
            Bet {
                id: BetId(2),
                phase: Phase::Impact,
                start: 2020.5,
                end: 2022.25,
                ..Bet::default()
            },
        ];
        let year = |year, learning, impact| YearBalance {
            year,
            learning,
            impact,
        };
        // Today is 2022.0: nothing of 2022 is lived yet.
        let balance = phase_balance(&d, day(2022, 1, 1));
        assert_eq!(
            balance,
            vec![
                year(2019, 0.5, 0.0),
                year(2020, 1.0, 0.5),
                year(2021, 0.0, 1.0)
            ]
        );
        d.bets.clear();
        assert!(phase_balance(&d, day(2022, 1, 1)).is_empty());
    }

    #[test]
    fn a_review_is_due_a_cadence_after_the_last() {
        let mut d = doc();
        assert_eq!(due_in(&d, day(2026, 1, 1)), None);
        d.reviews.push(new_review(&d, day(2026, 1, 1)));
        assert_eq!(d.reviews[0].id, CareerReviewId(1));
        assert_eq!(due_in(&d, day(2026, 3, 2)), Some(91 - 60));
        assert_eq!(due_in(&d, day(2026, 5, 1)), Some(91 - 120));
        d.rules.review_days = 30;
        assert_eq!(due_in(&d, day(2026, 1, 11)), Some(20));
    }

    #[test]
    fn changes_to_today_compare_with_the_review_before_a_date() {
        let mut d = doc();
        assert_eq!(changes_to_today(&d, None, day(2026, 4, 1)), None);
        d.reviews.push(new_review(&d, day(2026, 1, 1)));
        d.skills[0].level = 3;
        d.reviews.push(new_review(&d, day(2026, 4, 1)));
        d.metrics[0].value = 4.0;
        assert_eq!(
            changes_to_today(&d, None, day(2026, 5, 1)),
            Some(vec!["Team size led from 3 to 4 people.".to_owned()])
        );
        assert_eq!(
            changes_to_today(&d, Some(day(2026, 2, 1)), day(2026, 5, 1)),
            Some(vec![
                "Zero-to-one building from 2 to 3.".to_owned(),
                "Team size led from 3 to 4 people.".to_owned()
            ])
        );
        assert_eq!(
            changes_to_today(&d, Some(day(2025, 1, 1)), day(2026, 5, 1)),
            None
        );
        let second = &d.reviews[1];
        assert_eq!(
            changes_since_previous(&d, second),
            vec!["Zero-to-one building from 2 to 3."]
        );
    }
}
