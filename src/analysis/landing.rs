//! The 30/60/90 landing plan: when each step is due, where today falls, progress, what is
//! overdue, and the template a plan starts from.

use chrono::NaiveDate;

use crate::model::{Document, LandingItem, LandingPhase, LandingPlan, Rules, days_after};

/// Where the plan already holds a move of this title, whatever its case and spaces: "a
/// stepping stone" or "in the landing plan"; None while it holds none, so it can be added
/// once and never twice.
pub fn planned_as(doc: &Document, title: &str) -> Option<&'static str> {
    let same = |other: &str| other.trim().eq_ignore_ascii_case(title.trim());
    if doc.north_star.stones.iter().any(|s| same(&s.title)) {
        Some("a stepping stone")
    } else if doc.landing.items.iter().any(|i| same(&i.title)) {
        Some("in the landing plan")
    } else {
        None
    }
}

/// The last day of a phase: the start plus its share of the plan, by the rules.
pub fn due(start: NaiveDate, phase: LandingPhase, rules: &Rules) -> NaiveDate {
    let n = LandingPhase::ALL
        .iter()
        .position(|p| *p == phase)
        .unwrap_or(0) as u64
        + 1;
    // A phase of no days (refused by validation) ends on the first day rather than before it.
    days_after(
        start,
        (n * u64::from(rules.landing_phase_days)).saturating_sub(1),
    )
}

/// The whole plan's length in days: its phases, each as long as the rules say (90 with the
/// usual 30).
pub fn plan_days(rules: &Rules) -> u32 {
    rules
        .landing_phase_days
        .max(1)
        .saturating_mul(LandingPhase::ALL.len() as u32)
}

impl Stage {
    /// Where today falls, as one sentence (the window's and the export's).
    pub fn sentence(&self, rules: &Rules) -> String {
        use super::words::from_today;
        let total = plan_days(rules);
        match *self {
            Stage::Unscheduled => "Set the first day to get due dates.".to_owned(),
            Stage::Before(n) => format!("Starts {}.", from_today(n)),
            Stage::In(phase, day) => {
                format!("Day {day} of {total}: {}.", phase.label().to_lowercase())
            }
            Stage::After(n) => format!("The {total} days ended {}.", from_today(-n)),
        }
    }
}

/// Where today falls in the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// No start date yet.
    Unscheduled,
    /// Before the first day: days to go.
    Before(i64),
    /// In a phase, on day N of the plan (from 1).
    In(LandingPhase, i64),
    /// The plan is over: days since its last day.
    After(i64),
}

/// Where today falls in the plan.
pub fn stage(plan: &LandingPlan, today: NaiveDate, rules: &Rules) -> Stage {
    let Some(start) = plan.start else {
        return Stage::Unscheduled;
    };
    let day = (today - start).num_days() + 1;
    if day < 1 {
        return Stage::Before(1 - day);
    }
    let length = i64::from(rules.landing_phase_days.max(1));
    match LandingPhase::ALL.get(((day - 1) / length) as usize) {
        Some(phase) => Stage::In(*phase, day),
        None => Stage::After(day - length * LandingPhase::ALL.len() as i64),
    }
}

/// Items done, and in all, in a phase.
pub fn progress(plan: &LandingPlan, phase: LandingPhase) -> (usize, usize) {
    let items: Vec<&LandingItem> = plan.items.iter().filter(|i| i.phase == phase).collect();
    (items.iter().filter(|i| i.done).count(), items.len())
}

/// Items not done whose phase has ended.
pub fn overdue<'a>(plan: &'a LandingPlan, today: NaiveDate, rules: &Rules) -> Vec<&'a LandingItem> {
    let Some(start) = plan.start else {
        return Vec::new();
    };
    plan.items
        .iter()
        .filter(|i| !i.done && due(start, i.phase, rules) < today)
        .collect()
}

/// The template a new plan starts from: what landing well looks like in each step.
pub fn template() -> Vec<(LandingPhase, &'static str)> {
    vec![
        (
            LandingPhase::ListenAndLearn,
            "Listening tour: meet each engineer, designer and stakeholder, and ask what one thing would help them this week",
        ),
        (
            LandingPhase::ListenAndLearn,
            "Read the last quarter's research, metrics and decisions before forming opinions",
        ),
        (
            LandingPhase::ListenAndLearn,
            "Write a state-of-the-union doc of what you heard, and share it to show you listened",
        ),
        (
            LandingPhase::Align,
            "Present a vision built on what the listening tour found",
        ),
        (
            LandingPhase::Align,
            "Agree with the team and your manager on the few problems worth solving first",
        ),
        (
            LandingPhase::Execute,
            "Ship quick wins with engineering and design to build trust both ways",
        ),
        (
            LandingPhase::Execute,
            "Set the next quarter's goals and how they will be measured",
        ),
    ]
}

/// The template's items the plan does not have yet, by title.
pub fn missing_from_template(plan: &LandingPlan) -> Vec<(LandingPhase, &'static str)> {
    template()
        .into_iter()
        .filter(|(_, title)| !plan.items.iter().any(|i| i.title == *title))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LandingItemId;

    #[test]
    fn a_move_is_planned_once_whatever_its_case_and_spaces() {
        let mut doc = crate::file::sample();
        let step = "Mentor someone to take over work I do well";
        assert_eq!(planned_as(&doc, step), None);
        doc.landing.items[0].title = format!("  {}", step.to_uppercase());
        assert_eq!(planned_as(&doc, step), Some("in the landing plan"));
        doc.north_star.stones[1].title = step.to_owned();
        assert_eq!(planned_as(&doc, step), Some("a stepping stone"));
        assert_eq!(
            planned_as(&doc, "Mentor someone"),
            None,
            "a part is not the move"
        );
    }

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, m, d).expect("date")
    }

    fn plan() -> LandingPlan {
        LandingPlan {
            role: "Lead PM".into(),
            start: Some(day(1, 4)),
            items: vec![
                LandingItem {
                    id: LandingItemId(1),
                    phase: LandingPhase::ListenAndLearn,
                    title: "a".into(),
                    done: true,
                },
                LandingItem {
                    id: LandingItemId(2),
                    phase: LandingPhase::ListenAndLearn,
                    title: "b".into(),
                    done: false,
                },
                LandingItem {
                    id: LandingItemId(3),
                    phase: LandingPhase::Execute,
                    title: "c".into(),
                    done: false,
                },
            ],
        }
    }

    #[test]
    fn due_dates_follow_the_start_in_steps_of_thirty_days() {
        let r = Rules::default();
        // Day 1 is Jan 4; day 30 is Feb 2; day 60 is Mar 4; day 90 is Apr 3.
        assert_eq!(due(day(1, 4), LandingPhase::ListenAndLearn, &r), day(2, 2));
        assert_eq!(due(day(1, 4), LandingPhase::Align, &r), day(3, 4));
        assert_eq!(due(day(1, 4), LandingPhase::Execute, &r), day(4, 3));
    }

    #[test]
    fn the_stage_is_said_in_the_plan_s_own_length_and_whole_days() {
        let mut r = Rules::default();
        r.landing_phase_days = 10;
        assert_eq!(plan_days(&r), 30);
        assert_eq!(Stage::Before(1).sentence(&r), "Starts in 1 day.");
        assert_eq!(Stage::Before(0).sentence(&r), "Starts today.");
        assert_eq!(
            Stage::In(LandingPhase::Align, 12).sentence(&r),
            "Day 12 of 30: align."
        );
        assert_eq!(Stage::After(1).sentence(&r), "The 30 days ended 1 day ago.");
        r.landing_phase_days = u32::MAX;
        assert_eq!(plan_days(&r), u32::MAX, "saturates, never wraps");
    }

    #[test]
    fn the_stage_marks_the_current_phase() {
        let r = Rules::default();
        let p = plan();
        assert_eq!(stage(&p, day(1, 1), &r), Stage::Before(3));
        assert_eq!(
            stage(&p, day(1, 4), &r),
            Stage::In(LandingPhase::ListenAndLearn, 1)
        );
        assert_eq!(
            stage(&p, day(2, 2), &r),
            Stage::In(LandingPhase::ListenAndLearn, 30)
        );
        assert_eq!(stage(&p, day(2, 3), &r), Stage::In(LandingPhase::Align, 31));
        assert_eq!(
            stage(&p, day(4, 3), &r),
            Stage::In(LandingPhase::Execute, 90)
        );
        assert_eq!(stage(&p, day(4, 5), &r), Stage::After(2));
        assert_eq!(
            stage(&LandingPlan::default(), day(1, 1), &r),
            Stage::Unscheduled
        );
    }

    #[test]
    fn progress_and_overdue_items() {
        let r = Rules::default();
        let p = plan();
        assert_eq!(progress(&p, LandingPhase::ListenAndLearn), (1, 2));
        assert_eq!(progress(&p, LandingPhase::Align), (0, 0));
        assert!(
            overdue(&p, day(2, 2), &r).is_empty(),
            "due on its last day, not before"
        );
        let late: Vec<_> = overdue(&p, day(2, 3), &r).iter().map(|i| i.id).collect();
        assert_eq!(late, [LandingItemId(2)]);
    }

    #[test]
    fn the_template_fills_what_is_missing() {
        let mut p = plan();
        assert_eq!(missing_from_template(&p).len(), template().len());
        p.items[0].title = template()[0].1.to_owned();
        assert_eq!(missing_from_template(&p).len(), template().len() - 1);
    }
}
