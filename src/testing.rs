//! What the tests share: the day they run on, so that every date a test reads is fixed.

use chrono::NaiveDate;

/// The day every test runs on, unless it is about another day.
pub fn today() -> NaiveDate {
    day(2026, 11, 22)
}

/// A day of the calendar, for tests that name one.
pub fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a day of the calendar")
}

/// Asserts that one of `lines` contains `words`, wherever it stands among them: for lists
/// whose order is not what a person reads them by. Shows every line when none does.
#[track_caller]
pub fn assert_says(lines: &[String], words: &str) {
    assert!(
        lines.iter().any(|l| l.contains(words)),
        "no line says {words:?}: {lines:#?}"
    );
}
