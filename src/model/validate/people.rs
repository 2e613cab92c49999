//! Checks on the people a career depends on and the rules for keeping in touch with them.

use std::collections::HashSet;

use super::{COUNT_MAX, Checker, DAYS_MAX};
use crate::model::{Document, PeopleRules};

/// Every person (their ids are checked with every list's): links to skills and stones that exist, a cadence within ten
/// years, dates inside the calendar.
pub(super) fn people(c: &mut Checker, doc: &Document) {
    let skills: HashSet<_> = doc.skills.iter().map(|s| s.id).collect();
    let stones: HashSet<_> = doc.north_star.stones.iter().map(|s| s.id).collect();
    for (i, person) in doc.people.iter().enumerate() {
        let at = format!("people[{i}]");
        for (j, id) in person.skills.iter().enumerate() {
            c.refers(&format!("{at}.skills[{j}]"), *id, &skills, "skill");
        }
        for (j, id) in person.has_done.iter().enumerate() {
            c.refers(
                &format!("{at}.has_done[{j}]"),
                *id,
                &stones,
                "stepping stone",
            );
        }
        if let Some(days) = person.every_days {
            c.count(&format!("{at}.every_days"), days, 1..=DAYS_MAX);
        }
        c.date(&format!("{at}.connected"), person.connected);
        for (j, touch) in person.touches.iter().enumerate() {
            c.date(&format!("{at}.touches[{j}].date"), touch.date);
        }
    }
}

/// The rules: spans within ten years, a share between nothing and all, a count in range.
pub(super) fn rules(c: &mut Checker, r: &PeopleRules) {
    c.count(
        "rules.people.overdue_after_days",
        r.overdue_after_days,
        0..=DAYS_MAX,
    );
    c.count(
        "rules.people.mentor_within_days",
        r.mentor_within_days,
        1..=DAYS_MAX,
    );
    c.count(
        "rules.people.narrow_min_people",
        r.narrow_min_people,
        1..=COUNT_MAX,
    );
    c.number("rules.people.narrow_share", r.narrow_share, 0.0..=1.0);
}

#[cfg(test)]
mod tests {
    use crate::model::validate::{refused_paths, sorted_paths};
    use crate::model::{Document, Person, PersonId, SkillId, StoneId, Touch};

    #[test]
    fn a_person_is_held_to_a_cadence_links_and_dates_the_app_can_run() {
        let mut d = Document::new_empty(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("d"));
        d.people.push(Person {
            id: PersonId(1),
            every_days: Some(super::DAYS_MAX),
            touches: vec![Touch {
                date: chrono::NaiveDate::from_ymd_opt(2200, 12, 31),
                ..Touch::default()
            }],
            ..Person::default()
        });
        assert!(refused_paths(&d).is_empty());
        let p = &mut d.people[0];
        p.every_days = Some(0);
        p.skills = vec![SkillId(9)];
        p.has_done = vec![StoneId(9)];
        p.connected = chrono::NaiveDate::from_ymd_opt(1899, 12, 31);
        p.touches[0].date = chrono::NaiveDate::from_ymd_opt(2201, 1, 1);
        d.people.push(Person {
            id: PersonId(1),
            every_days: Some(super::DAYS_MAX + 1),
            ..Person::default()
        });
        assert_eq!(
            refused_paths(&d),
            sorted_paths([
                "people[1].id",
                "people[0].skills[0]",
                "people[0].has_done[0]",
                "people[0].every_days",
                "people[0].connected",
                "people[0].touches[0].date",
                "people[1].every_days",
            ])
        );
    }

    #[test]
    fn the_people_rules_are_held_to_their_ranges() {
        let mut d = Document::new_empty(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("d"));
        let r = &mut d.rules.people;
        (r.overdue_after_days, r.mentor_within_days) = (0, 1);
        (r.narrow_min_people, r.narrow_share) = (1, 1.0);
        assert!(refused_paths(&d).is_empty());
        let r = &mut d.rules.people;
        (r.overdue_after_days, r.mentor_within_days) = (super::DAYS_MAX + 1, 0);
        (r.narrow_min_people, r.narrow_share) = (0, f64::NAN);
        assert_eq!(
            refused_paths(&d),
            sorted_paths([
                "rules.people.overdue_after_days",
                "rules.people.mentor_within_days",
                "rules.people.narrow_min_people",
                "rules.people.narrow_share",
            ])
        );
    }
}
