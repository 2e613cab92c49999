//! Whether the north star can still steer: a north star with no role, or whose target year
//! has passed, is gone, and nothing is judged against it until the person sets it again.

use chrono::{Datelike, NaiveDate};

use crate::model::Document;

/// A north star that can no longer steer, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoneGoal {
    /// It names no role.
    pub no_role: bool,
    /// Its target year, when that year has passed.
    pub past: Option<i32>,
}

impl GoneGoal {
    /// What is gone, as one sentence the panels lead with.
    pub fn headline(&self) -> String {
        let what = match (self.no_role, self.past) {
            (true, Some(year)) => {
                format!("Your north star names no role, and its year, {year}, has passed")
            }
            (true, None) => "Your north star names no role".to_owned(),
            (false, Some(year)) => format!("Your north star's year, {year}, has passed"),
            (false, None) => return String::new(),
        };
        format!(
            "{what}: nothing is judged against it until you {}.",
            self.fix()
        )
    }

    /// The field that sets it again: the role while there is none, else the year.
    pub fn field(&self) -> GoalField {
        if self.no_role {
            GoalField::Role
        } else {
            GoalField::Year
        }
    }

    /// What sets it again, in words.
    pub fn fix(&self) -> &'static str {
        match (self.no_role, self.past.is_some()) {
            (true, true) => "write down a role and move the year",
            (true, false) => "write down the role you are heading for",
            (false, _) => "move its year or set a new north star",
        }
    }
}

/// The field of the north star that sets a gone one again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalField {
    /// Its target role.
    Role,
    /// Its target year.
    Year,
}

/// The north star as it stands on `today`: `None` while it can steer.
pub fn gone_goal(doc: &Document, today: NaiveDate) -> Option<GoneGoal> {
    let star = &doc.north_star;
    let gone = GoneGoal {
        no_role: star.target_role.trim().is_empty(),
        past: (star.target_year < today.year()).then_some(star.target_year),
    };
    (gone.no_role || gone.past.is_some()).then_some(gone)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, 6, 1).expect("date")
    }

    #[test]
    fn a_north_star_is_gone_with_no_role_or_once_its_year_has_passed() {
        let mut doc = Document::new_empty(day(2026));
        assert_eq!(
            gone_goal(&doc, day(2026)),
            Some(GoneGoal {
                no_role: true,
                past: None
            })
        );
        doc.north_star.target_role = "CPO".into();
        doc.north_star.target_year = 2026;
        assert_eq!(
            gone_goal(&doc, day(2026)),
            None,
            "this is its year: not past"
        );
        let gone = gone_goal(&doc, day(2027)).expect("past");
        assert_eq!(
            gone.headline(),
            "Your north star's year, 2026, has passed: nothing is judged against it until you move its year or set a new north star."
        );
        doc.north_star.target_role = "  ".into();
        assert!(
            gone_goal(&doc, day(2027))
                .expect("both")
                .headline()
                .starts_with("Your north star names no role, and its year, 2026, has passed")
        );
    }
}
