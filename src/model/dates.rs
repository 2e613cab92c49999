//! Dates as people type them, and the month a calendar shows: plain functions the date
//! field and its calendar use, with no egui.

use chrono::{Datelike, Duration, Months, NaiveDate};

/// The order a locale writes day, month and year in when it uses numbers alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayOrder {
    /// 22/11/2026: most of the world.
    DayFirst,
    /// 11/22/2026: the United States and a few others.
    MonthFirst,
}

impl DayOrder {
    /// The order of a locale name ("en_US.UTF-8"), from the environment's values in the order
    /// the C library reads them for dates: `LC_ALL`, then `LC_TIME`, then `LANG`. Day first
    /// when none says otherwise.
    pub fn of_locale(lc_all: Option<&str>, lc_time: Option<&str>, lang: Option<&str>) -> Self {
        let locale = [lc_all, lc_time, lang]
            .into_iter()
            .flatten()
            .map(str::trim)
            .find(|l| !l.is_empty() && *l != "C" && *l != "POSIX" && !l.starts_with("C."));
        let territory = locale
            .and_then(|l| l.split(['.', '@']).next())
            .and_then(|name| name.split(['_', '-']).nth(1));
        match territory {
            // Territories that write the month first in numeric dates.
            Some("US" | "PH" | "FM" | "MH" | "PW" | "AS" | "GU" | "MP" | "PR" | "UM" | "VI") => {
                Self::MonthFirst
            }
            _ => Self::DayFirst,
        }
    }

    /// How a date is written in this order, as a hint: "22/11/2026" or "11/22/2026".
    pub fn example(self, date: NaiveDate) -> String {
        match self {
            Self::DayFirst => date.format("%d/%m/%Y").to_string(),
            Self::MonthFirst => date.format("%m/%d/%Y").to_string(),
        }
    }
}

/// Reads a date as people type it: ISO ("2026-11-22", "2026/11/22"), the locale's numeric
/// form ("22/11/2026", or "11/22/2026" where the month comes first), dots ("22.11.2026",
/// always day first), or with the month's name ("22 Nov 2026", "November 22, 2026"). None
/// for anything else, or a day that does not exist.
pub fn parse_date(text: &str, order: DayOrder) -> Option<NaiveDate> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let numeric: &[&str] = match order {
        DayOrder::DayFirst => &["%d/%m/%Y", "%d-%m-%Y"],
        DayOrder::MonthFirst => &["%m/%d/%Y", "%m-%d-%Y"],
    };
    let named = [
        "%d %b %Y",
        "%d %B %Y",
        "%b %d %Y",
        "%B %d %Y",
        "%b %d, %Y",
        "%B %d, %Y",
    ];
    ["%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y"]
        .iter()
        .chain(numeric)
        .chain(named.iter())
        .find_map(|format| NaiveDate::parse_from_str(text, format).ok())
        // A year typed with two digits is read by chrono as the first century: not a date
        // anyone means.
        .filter(|d| d.year() >= 1000)
}

/// The calendar of a month as six weeks of seven days, Monday first: every day of the month
/// in its place, and none outside it. Always six rows, so a calendar is the same height
/// whatever the month, and nothing below it moves when the month changes.
pub fn month_grid(first: NaiveDate) -> [[Option<NaiveDate>; 7]; 6] {
    let first = first.with_day(1).unwrap_or(first);
    let lead = i64::from(first.weekday().num_days_from_monday());
    let mut grid = [[None; 7]; 6];
    for (n, cell) in grid.iter_mut().flatten().enumerate() {
        let day = first
            .checked_add_signed(Duration::days(n as i64 - lead))
            .filter(|d| d.month() == first.month() && d.year() == first.year());
        *cell = day;
    }
    grid
}

/// The first day of the month `months` after (or, negative, before) the one `date` is in;
/// the same month at the ends of the calendar.
pub fn shift_month(date: NaiveDate, months: i32) -> NaiveDate {
    let first = date.with_day(1).unwrap_or(date);
    let step = Months::new(months.unsigned_abs());
    let moved = if months >= 0 {
        first.checked_add_months(step)
    } else {
        first.checked_sub_months(step)
    };
    moved.unwrap_or(first)
}

/// A month's title: "November 2026".
pub fn month_title(date: NaiveDate) -> String {
    date.format("%B %Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn dates_are_read_as_people_type_them() {
        let want = Some(day(2027, 3, 15));
        for typed in [
            "2027-03-15",
            " 2027/03/15 ",
            "15/03/2027",
            "15.03.2027",
            "15 Mar 2027",
            "15 March 2027",
            "March 15, 2027",
            "Mar 15 2027",
        ] {
            assert_eq!(parse_date(typed, DayOrder::DayFirst), want, "{typed}");
        }
        assert_eq!(parse_date("03/15/2027", DayOrder::MonthFirst), want);
        // The same numbers read by the locale's order.
        assert_eq!(
            parse_date("03/04/2027", DayOrder::DayFirst),
            Some(day(2027, 4, 3))
        );
        assert_eq!(
            parse_date("03/04/2027", DayOrder::MonthFirst),
            Some(day(2027, 3, 4))
        );
        // Dots are always day first.
        assert_eq!(
            parse_date("03.04.2027", DayOrder::MonthFirst),
            Some(day(2027, 4, 3))
        );
        for nonsense in ["", "soon", "2027-02-30", "31/04/2027", "15/03/27", "2027"] {
            assert_eq!(parse_date(nonsense, DayOrder::DayFirst), None, "{nonsense}");
        }
    }

    #[test]
    fn the_locale_says_which_comes_first() {
        let order = DayOrder::of_locale;
        assert_eq!(order(None, None, Some("en_US.UTF-8")), DayOrder::MonthFirst);
        assert_eq!(order(None, None, Some("en_GB.UTF-8")), DayOrder::DayFirst);
        assert_eq!(
            order(None, Some("de_DE.UTF-8"), Some("en_US.UTF-8")),
            DayOrder::DayFirst
        );
        assert_eq!(order(Some("C"), None, Some("en_US")), DayOrder::MonthFirst);
        assert_eq!(order(None, None, None), DayOrder::DayFirst);
        assert_eq!(DayOrder::MonthFirst.example(day(2026, 11, 2)), "11/02/2026");
    }

    #[test]
    fn a_month_is_always_six_weeks_monday_first() {
        // November 2026 starts on a Sunday: six days before it are blank.
        let grid = month_grid(day(2026, 11, 22));
        assert_eq!(grid[0][..6], [None; 6]);
        assert_eq!(grid[0][6], Some(day(2026, 11, 1)));
        let days: Vec<NaiveDate> = grid.iter().flatten().flatten().copied().collect();
        assert_eq!(days.len(), 30);
        assert_eq!(days.last(), Some(&day(2026, 11, 30)));
        // February 2027 starts on a Monday and fits in four weeks: still six rows.
        let feb = month_grid(day(2027, 2, 1));
        assert_eq!(feb[0][0], Some(day(2027, 2, 1)));
        assert_eq!(feb[4], [None; 7]);
        assert_eq!(feb[5], [None; 7]);
    }

    #[test]
    fn months_step_over_years_and_stop_at_the_calendar_s_ends() {
        assert_eq!(shift_month(day(2026, 11, 30), 3), day(2027, 2, 1));
        assert_eq!(shift_month(day(2026, 1, 31), -1), day(2025, 12, 1));
        assert_eq!(shift_month(day(2026, 5, 5), -12), day(2025, 5, 1));
        assert_eq!(
            shift_month(NaiveDate::MAX, 1),
            NaiveDate::MAX.with_day(1).expect("first")
        );
        assert_eq!(month_title(day(2026, 11, 22)), "November 2026");
    }
}
