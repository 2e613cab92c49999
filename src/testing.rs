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

/// Asserts that `found` holds the same items as `expected`, in any order: for lists whose
/// order is not what a person reads them by.
#[track_caller]
pub fn assert_same_items<T, U>(found: &[T], expected: &[U])
where
    T: PartialEq<U> + std::fmt::Debug,
    U: PartialEq + std::fmt::Debug,
{
    let same = found.len() == expected.len()
        && expected.iter().all(|e| {
            let wanted = expected.iter().filter(|x| *x == e).count();
            found.iter().filter(|f| **f == *e).count() == wanted
        });
    assert!(
        same,
        "found {found:#?}, expected {expected:#?} in any order"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_items_in_another_order_are_the_same() {
        assert_same_items(&["b".to_owned(), "a".to_owned()], &["a", "b"]);
        assert_says(&["one".to_owned(), "two".to_owned()], "tw");
    }

    #[test]
    #[should_panic(expected = "in any order")]
    fn an_item_said_twice_is_not_the_same_as_two_items() {
        assert_same_items(&["a", "a"], &["a", "b"]);
    }

    #[test]
    #[should_panic(expected = "no line says")]
    fn a_line_no_one_says_is_not_found() {
        assert_says(&["one".to_owned()], "two");
    }
}
