//! Every date the plan promises, for a calendar: the next update by the promised cadence, the
//! next drift self-review, each landing step's last day, each stepping stone's year, the window in
//! which the next big swing falls due, the bets planned to start and the next touch with each
//! person kept on a cadence. Pure: the iCalendar text is written in `export::calendar`.

use chrono::{Datelike, Days, NaiveDate};

use super::{drift, landing, people, portfolio, voice};
use crate::model::{BetKind, Document, date_of_fraction, year_fraction};

/// How far ahead of a date its reminder comes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Remind {
    /// The morning of the day.
    OnTheDay,
    /// This many days before.
    DaysBefore(u32),
}

/// One date the plan promises.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanDate {
    /// An id that stays the same while the thing it stands for does, so that importing the
    /// calendar again updates the event instead of adding a second one.
    pub key: String,
    /// What falls due, as a calendar title.
    pub title: String,
    /// Why the plan sets this date.
    pub why: String,
    /// The first day.
    pub start: NaiveDate,
    /// The last day, for a window of days; none for one day.
    pub last: Option<NaiveDate>,
    /// Repeats every this many days, for a cadence.
    pub every_days: Option<u32>,
    /// When to remind.
    pub remind: Remind,
}

fn voice_dates(doc: &Document, today: NaiveDate, out: &mut Vec<PlanDate>) {
    let days = doc.voice.cadence_days;
    let to = if doc.voice.manager.trim().is_empty() {
        "your manager".to_owned()
    } else {
        doc.voice.manager.trim().to_owned()
    };
    let (start, why) = match voice::cadence(doc, today) {
        voice::Cadence::NoPromise => return,
        voice::Cadence::NeverSent => (
            today,
            format!("You promised {to} an update every {days} days, and none is logged yet."),
        ),
        voice::Cadence::Due(next, left) if left < 0 => (
            today,
            format!(
                "You promised {to} an update every {days} days; the last was due on {next}, {} days ago.",
                -left
            ),
        ),
        voice::Cadence::Due(next, _) => (
            next,
            format!("You promised {to} an update every {days} days."),
        ),
    };
    out.push(PlanDate {
        key: "voice-update".to_owned(),
        title: format!("Send {to} your update"),
        why,
        start,
        last: None,
        every_days: Some(days),
        remind: Remind::OnTheDay,
    });
}

fn drift_dates(doc: &Document, today: NaiveDate, out: &mut Vec<PlanDate>) {
    let every = doc.rules.self_review_days;
    let (start, why) = match drift::self_review_due_in(doc, today) {
        None => (
            today,
            "No drift self-review is on record: one is due now.".to_owned(),
        ),
        Some(left) if left < 0 => (
            today,
            format!(
                "A drift self-review every {every} days; the last is {} days overdue.",
                -left
            ),
        ),
        Some(left) => (
            crate::model::days_after(today, left.unsigned_abs()),
            format!("A drift self-review every {every} days, by the rules."),
        ),
    };
    out.push(PlanDate {
        key: "drift-self-review".to_owned(),
        title: "Run the drift checklist on yourself".to_owned(),
        why,
        start,
        last: None,
        every_days: Some(every),
        remind: Remind::OnTheDay,
    });
}

fn landing_dates(doc: &Document, today: NaiveDate, out: &mut Vec<PlanDate>) {
    let plan = &doc.landing;
    let Some(start) = plan.start else {
        return;
    };
    let role = if plan.role.trim().is_empty() {
        "the new role".to_owned()
    } else {
        plan.role.trim().to_owned()
    };
    for item in plan.items.iter().filter(|i| !i.done) {
        let due = landing::due(start, item.phase, &doc.rules);
        let why = if due < today {
            format!(
                "{} step of landing in {role}: its phase ended on {due}.",
                item.phase.label()
            )
        } else {
            format!("{} step of landing in {role}.", item.phase.label())
        };
        out.push(PlanDate {
            key: format!("landing-{}", item.id),
            title: item.title.clone(),
            why,
            start: due.max(today),
            last: None,
            every_days: None,
            remind: Remind::DaysBefore(1),
        });
    }
}

fn stone_dates(doc: &Document, today: NaiveDate, out: &mut Vec<PlanDate>) {
    for stone in doc.north_star.stones.iter().filter(|s| !s.done) {
        // A stone is set for a year: it falls due on the year's last day.
        let Some(last_day) = NaiveDate::from_ymd_opt(stone.year, 12, 31) else {
            continue;
        };
        out.push(PlanDate {
            key: format!("stone-{}", stone.id),
            title: format!("Stepping stone: {}", stone.title),
            why: match (doc.north_star.target_role.trim(), last_day < today) {
                // No north star named (not set, or left out of a calendar to share).
                ("", true) => format!("Set for {}, and not marked done.", stone.year),
                ("", false) => format!("Set for {}.", stone.year),
                (role, true) => format!(
                    "Set for {} on the way to {role}, and not marked done.",
                    stone.year
                ),
                (role, false) => format!(
                    "Set for {} on the way to {role} by {}.",
                    stone.year, doc.north_star.target_year
                ),
            },
            start: last_day.max(today),
            last: None,
            every_days: None,
            remind: Remind::DaysBefore(90),
        });
    }
}

/// The window in which the next big swing falls due: from the cadence's shortest gap after the
/// last swing ended (or from being established, or from today) to its longest. None while a
/// swing is under way or one is already planned.
pub fn next_swing_window(doc: &Document, today: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let r = &doc.rules;
    let now = year_fraction(today);
    // One already planned is the next swing.
    if doc
        .bets
        .iter()
        .any(|b| b.kind == Some(BetKind::BigSwing) && b.start > now)
    {
        return None;
    }
    // A role of no kind yet since the last swing may have been one: no window until it is
    // classified.
    if !portfolio::kind_unset_since_last_swing(doc, now).is_empty() {
        return None;
    }
    // The portfolio's own reading of the cadence, so the calendar and the panel agree.
    // Without a career start or a bet, when the person is established is not known.
    let established = portfolio::established_at(doc)?;
    let from = match portfolio::years_since_last_swing(doc, now) {
        Some((since, _)) if since <= 0.0 => return None,
        Some((_, last)) => last.end + r.swing_cadence_min_years,
        None => established,
    }
    .max(established)
    .max(now);
    let to = from + (r.swing_cadence_max_years - r.swing_cadence_min_years).max(0.0);
    Some((date_of_fraction(from)?, date_of_fraction(to)?))
}

fn swing_dates(doc: &Document, today: NaiveDate, out: &mut Vec<PlanDate>) {
    let Some((from, to)) = next_swing_window(doc, today) else {
        return;
    };
    let r = &doc.rules;
    let rule = format!(
        "Once established, a big swing every {}–{} years",
        r.swing_cadence_min_years, r.swing_cadence_max_years
    );
    let last = doc
        .bets
        .iter()
        .filter(|b| b.kind == Some(BetKind::BigSwing))
        .max_by(|a, b| a.end.total_cmp(&b.end));
    out.push(PlanDate {
        key: "next-big-swing".to_owned(),
        title: "Window for your next big swing".to_owned(),
        why: match last {
            Some(b) => format!(
                "{rule}, counted from when the last one (\"{}\") ended.",
                b.title.trim()
            ),
            None => format!("{rule}; you have not taken one yet."),
        },
        start: from,
        last: Some(to),
        every_days: None,
        remind: Remind::DaysBefore(30),
    });
}

fn bet_dates(doc: &Document, today: NaiveDate, out: &mut Vec<PlanDate>) {
    for bet in &doc.bets {
        let Some(start) = date_of_fraction(bet.start) else {
            continue;
        };
        if start <= today {
            continue;
        }
        out.push(PlanDate {
            key: format!("bet-{}-start", bet.id),
            title: format!("{} starts", bet.title.trim()),
            why: format!(
                "A {} planned on your timeline from {} {}.",
                match bet.kind {
                    Some(kind) => format!("{} bet", kind.label().to_lowercase()),
                    None => "bet (kind not set yet)".to_owned(),
                },
                month_name(start.month()),
                start.year()
            ),
            start,
            last: None,
            every_days: None,
            remind: Remind::DaysBefore(14),
        });
    }
}

/// The next touch with each person kept on a cadence, repeating at it: one past shows on
/// today. Someone with no cadence has no date to keep.
fn people_dates(doc: &Document, today: NaiveDate, out: &mut Vec<PlanDate>) {
    for p in &doc.people {
        let Some(every) = p.every_days else {
            continue;
        };
        let name = people::shown_name(p);
        let relation = p.relation_label().to_lowercase();
        let (start, why) = match people::touching(p, today) {
            people::Touching::Next(due, left) if left >= 0 => (
                due,
                format!("You keep in touch with {name} ({relation}) every {every} days."),
            ),
            people::Touching::Next(due, left) => (
                today,
                format!(
                    "You keep in touch with {name} ({relation}) every {every} days; the next \
                     touch was due on {due}, {} days ago.",
                    -left
                ),
            ),
            _ => (
                today,
                format!(
                    "You keep in touch with {name} ({relation}) every {every} days, and no \
                     touch is logged yet."
                ),
            ),
        };
        out.push(PlanDate {
            key: format!("person-{}-touch", p.id),
            title: format!("Get in touch with {name}"),
            why,
            start,
            last: None,
            every_days: Some(every),
            remind: Remind::OnTheDay,
        });
    }
}

fn month_name(month: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES[(month.clamp(1, 12) - 1) as usize]
}

/// Every date the plan promises from `today` on, in date order. A date already past shows on
/// `today`, so that nothing overdue drops out of the calendar.
pub fn plan_dates(doc: &Document, today: NaiveDate) -> Vec<PlanDate> {
    let mut out = Vec::new();
    voice_dates(doc, today, &mut out);
    drift_dates(doc, today, &mut out);
    landing_dates(doc, today, &mut out);
    stone_dates(doc, today, &mut out);
    swing_dates(doc, today, &mut out);
    bet_dates(doc, today, &mut out);
    people_dates(doc, today, &mut out);
    out.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| a.key.cmp(&b.key)));
    out
}

/// The day after `date`: the exclusive end of a window of whole days, as calendars count it.
pub fn exclusive_end(date: NaiveDate) -> NaiveDate {
    date.checked_add_days(Days::new(1)).unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Answer, Bet, BetId, BetStatus, DriftAnswer, DriftReview, LandingItem, LandingItemId,
        LandingPhase, ReviewId, SteppingStone, StoneId, VoiceEntry, VoiceEntryId, VoiceKind,
    };

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    fn empty() -> Document {
        let mut doc = Document::new_empty(day(2026, 11, 26));
        doc.profile.career_start_year = Some(2015);
        doc
    }

    fn find<'a>(dates: &'a [PlanDate], key: &str) -> &'a PlanDate {
        dates
            .iter()
            .find(|d| d.key == key)
            .unwrap_or_else(|| panic!("no {key} in {dates:?}"))
    }

    #[test]
    fn a_person_on_a_cadence_gets_a_repeating_touch_and_one_without_none() {
        use crate::model::{Person, PersonId, Touch};
        let today = day(2026, 11, 26);
        let mut doc = empty();
        let person = |id, every_days, last: Option<NaiveDate>| Person {
            id: PersonId(id),
            name: format!("P{id}"),
            every_days,
            touches: last
                .map(|d| Touch {
                    date: Some(d),
                    ..Touch::default()
                })
                .into_iter()
                .collect(),
            ..Person::default()
        };
        doc.people = vec![
            person(1, Some(30), Some(day(2026, 11, 10))),
            person(2, Some(30), Some(day(2026, 9, 1))),
            person(3, None, Some(day(2020, 1, 1))),
            person(4, Some(14), None),
        ];
        let dates = plan_dates(&doc, today);
        let ahead = find(&dates, "person-1-touch");
        assert_eq!(
            (ahead.start, ahead.every_days),
            (day(2026, 12, 10), Some(30))
        );
        assert_eq!(ahead.title, "Get in touch with P1");
        let late = find(&dates, "person-2-touch");
        assert_eq!(late.start, today, "an overdue touch shows today");
        assert!(
            late.why.contains("was due on 2026-10-01, 56 days ago"),
            "{}",
            late.why
        );
        assert!(
            dates.iter().all(|d| d.key != "person-3-touch"),
            "no cadence, no date"
        );
        assert!(
            find(&dates, "person-4-touch")
                .why
                .contains("no touch is logged yet")
        );
    }

    #[test]
    fn the_update_recurs_from_the_last_one_sent() {
        let today = day(2026, 11, 26);
        let mut doc = empty();
        doc.voice.manager = "Dana".into();
        doc.voice.cadence_days = 30;
        doc.voice.entries.push(VoiceEntry {
            id: VoiceEntryId(1),
            date: Some(day(2026, 11, 10)),
            kind: VoiceKind::Update,
            ..VoiceEntry::default()
        });
        let dates = plan_dates(&doc, today);
        let update = find(&dates, "voice-update");
        assert_eq!(update.start, day(2026, 12, 10));
        assert_eq!(update.every_days, Some(30));
        assert_eq!(update.title, "Send Dana your update");
        // Overdue: on today, saying since when.
        let dates = plan_dates(&doc, day(2027, 1, 9));
        let update = find(&dates, "voice-update");
        assert_eq!(update.start, day(2027, 1, 9));
        assert!(
            update.why.contains("due on 2026-12-10, 30 days ago"),
            "{}",
            update.why
        );
        // No promise, no event.
        doc.voice.cadence_days = 0;
        assert!(
            !plan_dates(&doc, today)
                .iter()
                .any(|d| d.key == "voice-update")
        );
    }

    #[test]
    fn the_self_review_falls_due_by_the_rules() {
        let today = day(2026, 11, 26);
        let mut doc = empty();
        assert_eq!(
            find(&plan_dates(&doc, today), "drift-self-review").start,
            today
        );
        // A run counts once it has enough answers to judge.
        doc.drift.reviews.push(DriftReview {
            id: ReviewId(1),
            date: Some(day(2026, 10, 1)),
            answers: doc
                .drift
                .items
                .iter()
                .map(|item| DriftAnswer {
                    item: item.id,
                    answer: Answer::No,
                    note: String::new(),
                })
                .collect(),
            ..DriftReview::default()
        });
        // 90 days after 1 October.
        assert_eq!(
            find(&plan_dates(&doc, today), "drift-self-review").start,
            day(2026, 12, 30)
        );
    }

    #[test]
    fn open_landing_steps_and_stones_fall_due_and_done_ones_do_not() {
        let today = day(2026, 11, 26);
        let mut doc = empty();
        doc.landing.start = Some(day(2026, 11, 1));
        for (id, phase, done) in [
            (1, LandingPhase::ListenAndLearn, false),
            (2, LandingPhase::Align, false),
            (3, LandingPhase::Execute, true),
        ] {
            doc.landing.items.push(LandingItem {
                id: LandingItemId(id),
                phase,
                title: format!("Step {id}"),
                done,
            });
        }
        doc.north_star.stones = vec![
            SteppingStone {
                id: StoneId(1),
                title: "Lead a team".into(),
                year: 2028,
                done: false,
                skills: Vec::new(),
            },
            SteppingStone {
                id: StoneId(2),
                title: "Ship a 0-to-1".into(),
                year: 2025,
                done: true,
                skills: Vec::new(),
            },
        ];
        let dates = plan_dates(&doc, today);
        // Listen and learn: days 1–30 → 30 November; align: 30 December.
        assert_eq!(find(&dates, "landing-1").start, day(2026, 11, 30));
        assert_eq!(find(&dates, "landing-2").start, day(2026, 12, 30));
        assert!(!dates.iter().any(|d| d.key == "landing-3"));
        assert_eq!(find(&dates, "stone-1").start, day(2028, 12, 31));
        assert!(!dates.iter().any(|d| d.key == "stone-2"));
        // In date order.
        assert!(dates.windows(2).all(|w| w[0].start <= w[1].start));
    }

    fn swing(id: u64, start: f64, end: f64, status: BetStatus) -> Bet {
        Bet {
            id: BetId(id),
            title: format!("Swing {id}"),
            kind: Some(BetKind::BigSwing),
            status,
            start,
            end,
            ..Bet::default()
        }
    }

    #[test]
    fn the_swing_window_counts_from_when_the_last_swing_ended() {
        let today = day(2026, 11, 26);
        let mut doc = empty();
        doc.bets.push(swing(1, 2022.0, 2025.0, BetStatus::Failed));
        // Ended at the start of 2025: due from 2027 to 2028.
        assert_eq!(
            next_swing_window(&doc, today),
            Some((day(2027, 1, 1), day(2028, 1, 1)))
        );
        // While a swing runs, no window.
        doc.bets.push(swing(2, 2026.0, 2027.5, BetStatus::Active));
        assert_eq!(next_swing_window(&doc, today), None);
        doc.bets[1] = swing(2, 2027.5, 2029.0, BetStatus::Planned);
        assert_eq!(next_swing_window(&doc, today), None);
        // A role of no kind yet since the last swing may have been one: no window until said.
        doc.bets[1] = Bet {
            kind: None,
            ..swing(2, 2025.0, 2026.5, BetStatus::Active)
        };
        assert_eq!(next_swing_window(&doc, today), None);
        doc.bets[1].kind = Some(BetKind::Core);
        assert!(next_swing_window(&doc, today).is_some());
        // Early in a career, the window opens once established.
        let mut young = empty();
        young.profile.career_start_year = Some(2025);
        let (from, _) = next_swing_window(&young, today).expect("window");
        assert_eq!(from, day(2029, 1, 1));
    }

    #[test]
    fn planned_bets_are_dated_and_past_ones_are_not() {
        let today = day(2026, 11, 26);
        let mut doc = empty();
        doc.bets.push(Bet {
            id: BetId(4),
            title: "Growth lead".into(),
            start: 2027.5,
            end: 2029.0,
            ..Bet::default()
        });
        doc.bets.push(Bet {
            id: BetId(5),
            start: 2020.0,
            end: 2022.0,
            ..Bet::default()
        });
        let dates = plan_dates(&doc, today);
        let bet = find(&dates, "bet-4-start");
        assert_eq!(bet.title, "Growth lead starts");
        assert_eq!(bet.start.year(), 2027);
        assert!(!dates.iter().any(|d| d.key == "bet-5-start"));
    }
}
