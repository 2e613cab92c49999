//! The plan's dates as an iCalendar file, to import into any calendar app. Each event's UID is
//! stable, so importing a newer file updates the events instead of adding them twice.

use chrono::{Duration, NaiveDate, NaiveTime};
use icalendar::{
    Alarm, Calendar, Component, DatePerhapsTime, Event, EventLike, Property, Related, Trigger,
};

use super::text::{calendar_text, one_line};
use super::{Audience, Part};
use crate::analysis::calendar::{PlanDate, Remind, exclusive_end, plan_dates};
use crate::model::Document;

/// The part of every UID that tells one person's plan from another's: the year their career
/// started (given, or the earliest bet's), which a rename leaves alone, so a calendar that
/// imported the file before updates its events instead of adding them twice.
fn owner(doc: &Document) -> String {
    match doc.career_start() {
        Some(start) => format!("from-{}", start.floor()),
        None => "from-unknown".to_owned(),
    }
}

/// The product identifier, in the usual `-//maker//product//language` form.
const PRODID: &str = concat!(
    "-//Career Spec//Career Spec ",
    env!("CARGO_PKG_VERSION"),
    "//EN"
);

fn event(date: &PlanDate, owner: &str, stamp: NaiveDate) -> Event {
    let uid = format!("{}.{owner}@career-spec", date.key);
    // Stamped with the day the file is made, not the clock, so the same plan on the same day
    // gives the same file.
    let stamp = stamp.and_time(NaiveTime::MIN).and_utc();
    let mut event = Event::new();
    event
        .uid(&uid)
        .timestamp(stamp)
        .summary(&calendar_text(&date.title))
        .description(&calendar_text(&date.why))
        // Whole days: the end is the day after the last, as calendars count it.
        .starts(DatePerhapsTime::Date(date.start))
        .ends(DatePerhapsTime::Date(exclusive_end(
            date.last.unwrap_or(date.start),
        )));
    if let Some(days) = date.every_days.filter(|d| *d > 0) {
        event.add_property("RRULE", format!("FREQ=DAILY;INTERVAL={days}"));
    }
    let before = match date.remind {
        // Nine in the morning of an all-day event's day.
        Remind::OnTheDay => Duration::hours(9),
        Remind::DaysBefore(days) => -Duration::days(i64::from(days)),
    };
    let mut alarm = Alarm::display(
        &calendar_text(&date.title),
        Trigger::from((before, Related::Start)),
    );
    alarm.uid(&format!("reminder.{uid}")).timestamp(stamp);
    event.alarm(alarm);
    event.done()
}

/// The part of the spec a plan date comes from, by its key; none for a key this list does not
/// know, which then goes only into the private calendar.
fn part_of(key: &str) -> Option<Part> {
    let kind = key.split('-').next().unwrap_or_default();
    match kind {
        "voice" => Some(Part::Voice),
        "drift" => Some(Part::Drift),
        "landing" => Some(Part::Landing),
        "stone" => Some(Part::Stones),
        "next" | "bet" => Some(Part::Portfolio),
        "person" => Some(Part::People),
        _ => None,
    }
}

/// A TEXT value escaped as RFC 5545 says: backslash, comma, semicolon and line break.
fn escape_text(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(',', "\\,")
        .replace(';', "\\;")
        .replace('\n', "\\n")
}

/// Every date the plan promises, as the text of an `.ics` file: the private calendar.
pub fn ics(doc: &Document, today: NaiveDate) -> String {
    ics_for(doc, today, Audience::Me)
}

/// The dates of the parts an audience is given, as the text of an `.ics` file.
pub fn ics_for(doc: &Document, today: NaiveDate, audience: Audience) -> String {
    let doc = &audience.redact(doc);
    let owner = owner(doc);
    let mut calendar = Calendar::empty();
    for (key, value) in [
        ("VERSION", "2.0"),
        ("PRODID", PRODID),
        ("CALSCALE", "GREGORIAN"),
    ] {
        calendar.append_property(Property::new(key, value));
    }
    let person = one_line(doc.profile.name.trim());
    let name = if person.trim().is_empty() {
        "Career Spec".to_owned()
    } else {
        format!("Career Spec — {}", person.trim())
    };
    // Whom it is for shows wherever the calendar is listed, as the Markdown's first line.
    let name = match audience {
        Audience::Me => format!("{name} (private)"),
        Audience::Mentor => format!("{name}, for a mentor"),
        Audience::Manager => format!("{name}, for my manager"),
    };
    // The calendar writer escapes X-WR-CALNAME as text but writes NAME as it is given.
    calendar.append_property(Property::new("NAME", escape_text(&name)));
    calendar.append_property(Property::new("X-WR-CALNAME", &name));
    let given = |date: &PlanDate| match part_of(&date.key) {
        Some(part) => audience.includes(part),
        None => audience == Audience::Me,
    };
    for date in plan_dates(doc, today).iter().filter(|d| given(d)) {
        calendar.push(event(date, &owner, today));
    }
    calendar.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{VoiceEntry, VoiceEntryId, VoiceKind};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).expect("date")
    }

    fn parsed(text: &str) -> Calendar {
        text.parse().expect("the output parses back as iCalendar")
    }

    #[test]
    fn the_sample_parses_back_with_one_event_per_plan_date() {
        let doc = crate::file::sample();
        let text = ics(&doc, today());
        let calendar = parsed(&text);
        let events: Vec<&Event> = calendar.events().collect();
        assert_eq!(events.len(), plan_dates(&doc, today()).len());
        assert!(events.len() >= 3, "{text}");
        for e in &events {
            let uid = e.get_uid().expect("every event has a UID");
            assert!(uid.ends_with(".from-2016@career-spec"), "{uid}");
            assert!(e.get_summary().is_some_and(|s| !s.is_empty()));
            assert!(e.get_start().is_some());
        }
        assert!(text.contains("BEGIN:VALARM"), "a reminder on each event");
        assert_eq!(
            text.matches("BEGIN:VALARM").count(),
            events.len(),
            "one reminder per event"
        );
    }

    #[test]
    fn every_plan_date_of_the_sample_belongs_to_a_part() {
        let doc = crate::file::sample();
        for date in plan_dates(&doc, today()) {
            assert!(part_of(&date.key).is_some(), "{}", date.key);
        }
        assert_eq!(part_of("bet-4-start"), Some(Part::Portfolio));
        assert_eq!(part_of("next-big-swing"), Some(Part::Portfolio));
        assert_eq!(part_of("something-new"), None);
    }

    #[test]
    fn the_same_plan_gives_the_same_file() {
        let doc = crate::file::sample();
        assert_eq!(ics(&doc, today()), ics(&doc, today()));
    }

    #[test]
    fn the_update_cadence_is_one_recurring_event() {
        let mut doc = Document::new_empty(today());
        doc.profile.name = "Ana Ñúñez".into();
        doc.voice.cadence_days = 14;
        // A cadence is a promise once it names whom the updates go to.
        doc.voice.manager = "Dana".into();
        doc.voice.entries.push(VoiceEntry {
            id: VoiceEntryId(1),
            date: NaiveDate::from_ymd_opt(2026, 11, 20),
            kind: VoiceKind::Update,
            ..VoiceEntry::default()
        });
        let calendar = parsed(&ics(&doc, today()));
        let update = calendar
            .events()
            .find(|e| e.get_uid().is_some_and(|u| u.starts_with("voice-update.")))
            .expect("the update event");
        assert_eq!(
            update.get_uid(),
            Some("voice-update.from-unknown@career-spec")
        );
        assert_eq!(
            update.property_value("RRULE"),
            Some("FREQ=DAILY;INTERVAL=14")
        );
        assert_eq!(
            update.get_start(),
            Some(DatePerhapsTime::Date(
                NaiveDate::from_ymd_opt(2026, 12, 4).expect("date")
            ))
        );
        // A whole day ends, exclusively, on the next.
        assert_eq!(
            update.get_end(),
            Some(DatePerhapsTime::Date(
                NaiveDate::from_ymd_opt(2026, 12, 5).expect("date")
            ))
        );
    }

    #[test]
    fn an_unnamed_plan_still_has_stable_uids() {
        let doc = Document::new_empty(today());
        let calendar = parsed(&ics(&doc, today()));
        assert!(calendar.events().all(|e| {
            e.get_uid()
                .is_some_and(|u| u.ends_with(".from-unknown@career-spec"))
        }));
    }
}
