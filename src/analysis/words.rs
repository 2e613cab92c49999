//! Counts, spans and lists as people say them: "1 day", "every day", "today", "a, b and c".

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

/// "a", "a and b", "a, b and c". When a name of two or more holds an "and" or a comma of
/// its own ("Experimentation and growth"), each is quoted, so that where one name ends stays
/// plain: "\"Experimentation and growth\" and \"Storytelling\"".
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    let ambiguous = items.len() > 1
        && items.iter().any(|i| {
            let name = i.as_ref();
            name.contains(" and ") || name.contains(',')
        });
    let names: Vec<String> = items
        .iter()
        .map(|i| {
            if ambiguous {
                format!("\"{}\"", i.as_ref())
            } else {
                i.as_ref().to_owned()
            }
        })
        .collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
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

    #[test]
    fn names_are_joined_plainly_while_each_ends_where_it_seems_to() {
        assert_eq!(and_list::<&str>(&[]), "");
        assert_eq!(and_list(&["Finance"]), "Finance");
        assert_eq!(and_list(&["Finance", "Hiring"]), "Finance and Hiring");
        assert_eq!(
            and_list(&["Finance", "Hiring", "Storytelling"]),
            "Finance, Hiring and Storytelling"
        );
        // One name alone is never ambiguous; a word holding "and" ("Brand") is no "and".
        assert_eq!(
            and_list(&["Experimentation and growth"]),
            "Experimentation and growth"
        );
        assert_eq!(and_list(&["Brand", "Hiring"]), "Brand and Hiring");
    }

    #[test]
    fn names_holding_an_and_or_a_comma_are_each_quoted() {
        assert_eq!(
            and_list(&["Experimentation and growth", "Storytelling"]),
            "\"Experimentation and growth\" and \"Storytelling\""
        );
        assert_eq!(
            and_list(&["Finance", "Manager and mentorship", "Hiring"]),
            "\"Finance\", \"Manager and mentorship\" and \"Hiring\""
        );
        assert_eq!(
            and_list(&["PM, Checkout at Acme", "Lead PM at Beta"]),
            "\"PM, Checkout at Acme\" and \"Lead PM at Beta\""
        );
    }
}
