//! Counts and spans as people say them: "1 day", "2 days", "every day", "today".

/// A count with its noun: "1 day", "0 days", "3 days".
pub fn count(n: impl Into<i128>, one: &str, many: &str) -> String {
    let n = n.into();
    if n == 1 || n == -1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

/// A number of days: "1 day", "12 days".
pub fn days(n: i64) -> String {
    count(n, "day", "days")
}

/// A cadence in days: "every day", "every 30 days".
pub fn every_days(n: u32) -> String {
    if n == 1 {
        "every day".to_owned()
    } else {
        format!("every {n} days")
    }
}

/// How far away a day is, from `n` days to go (negative: past): "today", "in 1 day",
/// "3 days ago".
pub fn from_today(n: i64) -> String {
    match n {
        0 => "today".to_owned(),
        n if n > 0 => format!("in {}", days(n)),
        n => format!("{} ago", days(n.saturating_neg())),
    }
}

/// "a", "a and b", "a, b and c".
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [rest @ .., last] => format!(
            "{} and {}",
            rest.iter()
                .map(AsRef::as_ref)
                .collect::<Vec<_>>()
                .join(", "),
            last.as_ref()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_zero_plural() {
        assert_eq!(days(1), "1 day");
        assert_eq!(days(0), "0 days");
        assert_eq!(days(31), "31 days");
        assert_eq!(count(1u32, "big swing", "big swings"), "1 big swing");
        assert_eq!(count(2u32, "big swing", "big swings"), "2 big swings");
    }

    #[test]
    fn cadences_and_spans_read_as_said() {
        assert_eq!(every_days(1), "every day");
        assert_eq!(every_days(14), "every 14 days");
        assert_eq!(from_today(0), "today");
        assert_eq!(from_today(1), "in 1 day");
        assert_eq!(from_today(-3), "3 days ago");
        assert_eq!(from_today(i64::MIN), format!("{} days ago", i64::MAX));
    }
}
