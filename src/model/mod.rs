//! The career document: everything one person's career spec holds. Plain data, no egui.
//!
//! Every part is documented field by field in `docs/FORMAT.md`; keep the two in step.

// The macro first: the parts below declare their enums with it.
#[macro_use]
pub(crate) mod labelled;
mod ceilings;
pub mod dates;
mod drift;
mod evidence;
mod ids;
mod items;
mod landing;
mod money;
pub mod number;
mod offer;
mod people;
mod portfolio;
mod review;
mod rules;
mod spec;
pub mod validate;
mod voice;

pub use ceilings::*;
pub use drift::*;
pub use evidence::*;
pub use ids::*;
pub use items::*;
pub use labelled::{Labelled, MaybeLabelled, NOT_SET};
pub use landing::*;
pub use money::*;
pub use offer::*;
pub use people::*;
pub use portfolio::*;
pub use review::*;
pub use rules::*;
pub use spec::*;
pub use voice::*;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// One person's whole career spec, as kept in one file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Document {
    /// Who this spec belongs to.
    pub profile: Profile,
    /// The 5-year vision and the stepping stones that work backward from it.
    pub north_star: NorthStar,
    /// The crafts being built.
    pub skills: Vec<Skill>,
    /// The career portfolio: roles and projects over the years.
    pub bets: Vec<Bet>,
    /// Opportunities and job offers.
    pub offers: Vec<Offer>,
    /// The weighted criteria offers are scored on.
    pub criteria: Vec<Criterion>,
    /// The drift checklist and its dated runs.
    pub drift: Drift,
    /// Dated self-assessments of the six ceilings.
    pub ceilings: Vec<CeilingAssessment>,
    /// The 30/60/90 plan for a new role.
    pub landing: LandingPlan,
    /// The product-marketing log.
    pub voice: Voice,
    /// The thresholds the app reasons with; shown and editable.
    pub rules: Rules,
    /// The two offers last compared side by side, A then B; none until a pair is picked.
    /// The export compares the same pair the window shows.
    pub compared: Option<[OfferId; 2]>,
    /// Career metrics with targets by the north-star year.
    pub metrics: Vec<Metric>,
    /// The career reviews held, each a dated snapshot with its answers.
    pub reviews: Vec<CareerReview>,
    /// The people the career depends on, and the log of keeping in touch with them.
    pub people: Vec<Person>,
    /// Evidence of impact, each win linked to what it proves.
    pub evidence: Vec<Evidence>,
}

impl Document {
    /// A new, empty spec that still has the default criteria, checklist and rules, so that a
    /// person starting fresh can score an offer or run the checklist at once.
    pub fn new_empty(today: NaiveDate) -> Self {
        Self {
            profile: Profile {
                name: String::new(),
                current_role: String::new(),
                career_start_year: None,
                ..Profile::default()
            },
            north_star: NorthStar {
                target_role: String::new(),
                target_year: today.year() + 5,
                why: String::new(),
                stones: Vec::new(),
            },
            criteria: Criterion::defaults(),
            drift: Drift {
                items: DriftItem::defaults(),
                reviews: Vec::new(),
            },
            landing: LandingPlan::default(),
            voice: Voice::default(),
            rules: Rules::default(),
            ..Self::default()
        }
    }

    /// When the career started, as a fractional year: the year the person gave, else the
    /// start of the earliest bet (an imported history's first position); none with neither.
    pub fn career_start(&self) -> Option<f64> {
        self.profile.career_start_year.map(f64::from).or_else(|| {
            self.bets
                .iter()
                .map(|b| b.start)
                .filter(|s| s.is_finite())
                .reduce(f64::min)
        })
    }

    /// The skills the person has given all four scores: the only ones the analysis reasons
    /// from.
    pub fn scored_skills(&self) -> impl Iterator<Item = ScoredSkill<'_>> {
        self.skills.iter().filter_map(Skill::scored)
    }

    /// The drift checklist runs made on an offer, oldest first as stored.
    pub fn reviews_of(&self, offer: OfferId) -> impl Iterator<Item = &DriftReview> {
        self.drift
            .reviews
            .iter()
            .filter(move |r| r.offer == Some(offer))
    }

    /// Calls `f` on every text the person wrote in the document, so that an export can make
    /// all of it safe for its format in one place. A new text field belongs here too.
    pub fn each_text_mut(&mut self, mut f: impl FnMut(&mut String)) {
        let p = &mut self.profile;
        for t in [
            &mut p.name,
            &mut p.current_role,
            &mut p.function,
            &mut p.domain,
        ] {
            f(t);
        }
        let n = &mut self.north_star;
        f(&mut n.target_role);
        f(&mut n.why);
        self.north_star
            .stones
            .iter_mut()
            .for_each(|s| f(&mut s.title));
        self.skills.iter_mut().for_each(|s| f(&mut s.name));
        for bet in &mut self.bets {
            for t in [&mut bet.title, &mut bet.organisation, &mut bet.story] {
                f(t);
            }
        }
        for offer in &mut self.offers {
            for t in [
                &mut offer.company,
                &mut offer.role,
                &mut offer.location,
                &mut offer.notes,
                &mut offer.compensation.currency,
            ] {
                f(t);
            }
            offer.scores.iter_mut().for_each(|s| f(&mut s.note));
            if let Some(under) = &mut offer.scored_under {
                f(&mut under.role);
            }
            offer
                .equity
                .scenarios
                .iter_mut()
                .for_each(|s| f(&mut s.name));
            offer.leaving.grants.iter_mut().for_each(|g| f(&mut g.name));
        }
        self.criteria.iter_mut().for_each(|c| f(&mut c.name));
        for item in &mut self.drift.items {
            f(&mut item.question);
            f(&mut item.hint);
        }
        for review in &mut self.drift.reviews {
            f(&mut review.note);
            review.answers.iter_mut().for_each(|a| f(&mut a.note));
        }
        for assessment in &mut self.ceilings {
            assessment.scores.iter_mut().for_each(|s| f(&mut s.note));
        }
        f(&mut self.landing.role);
        self.landing.items.iter_mut().for_each(|i| f(&mut i.title));
        f(&mut self.voice.manager);
        for entry in &mut self.voice.entries {
            for t in [&mut entry.title, &mut entry.link, &mut entry.speaks_to] {
                f(t);
            }
        }
        self.voice
            .explanations
            .iter_mut()
            .for_each(|e| f(&mut e.topic));
        let money = &mut self.rules.money;
        if let Some(home) = &mut money.home_currency {
            f(home);
        }
        f(&mut money.note);
        for s in money.seed.iter_mut().chain(money.growth.iter_mut()) {
            f(&mut s.name);
        }
        for metric in &mut self.metrics {
            f(&mut metric.name);
            f(&mut metric.unit);
        }
        for review in &mut self.reviews {
            for t in [
                &mut review.went_well,
                &mut review.drifted,
                &mut review.focus,
                &mut review.snapshot.target_role,
            ] {
                f(t);
            }
        }
        for person in &mut self.people {
            for t in [
                &mut person.name,
                &mut person.company,
                &mut person.role,
                &mut person.function,
                &mut person.domain,
                &mut person.notes,
            ] {
                f(t);
            }
            person.tags.iter_mut().for_each(&mut f);
            for touch in &mut person.touches {
                for t in [&mut touch.talked, &mut touch.asked, &mut touch.promised] {
                    f(t);
                }
            }
        }
        for e in &mut self.evidence {
            for t in [&mut e.what, &mut e.unit, &mut e.scale_of, &mut e.audience] {
                f(t);
            }
        }
    }

    /// The person with this id.
    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }
}

/// The day `days` after `date`, or the calendar's last day when that is past it: the rules
/// bound every span, yet no date worked out from one may panic.
pub fn days_after(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(chrono::Days::new(days))
        .unwrap_or(NaiveDate::MAX)
}

/// The day `days` before `date`, or the calendar's first day when that is before it.
pub fn days_before(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_sub_days(chrono::Days::new(days))
        .unwrap_or(NaiveDate::MIN)
}

/// A date as a fractional year (2024-07-01 is about 2024.5), the unit of the timeline.
pub fn year_fraction(date: NaiveDate) -> f64 {
    let days_in_year = if date.leap_year() { 366.0 } else { 365.0 };
    f64::from(date.year()) + f64::from(date.ordinal0()) / days_in_year
}

/// The date a fractional year stands for, to the nearest day; the inverse of
/// [`year_fraction`]. `None` outside the calendar's range or for a value that is not a number.
pub fn date_of_fraction(year: f64) -> Option<NaiveDate> {
    if !year.is_finite() || year.abs() > 200_000.0 {
        return None;
    }
    let whole = year.floor();
    // Checked just above: the whole year is well inside i32.
    #[allow(clippy::cast_possible_truncation)]
    let start = NaiveDate::from_yo_opt(whole as i32, 1)?;
    let days_in_year = if start.leap_year() { 366.0 } else { 365.0 };
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let day = ((year - whole) * days_in_year).round() as u64;
    start.checked_add_days(chrono::Days::new(day))
}

/// The first days of months from `from` to `to` (fractional years, both included), every
/// `step` months counted from January of year 0, for the marks of a calendar axis: a step of
/// three falls on the quarters and one of five years on 1990, 1995... Empty when the span would
/// need more than a thousand marks.
pub fn month_starts(from: f64, to: f64, step: u32) -> Vec<NaiveDate> {
    let step = step.max(1);
    let (Some(first), Some(last)) = (date_of_fraction(from), date_of_fraction(to)) else {
        return Vec::new();
    };
    if (to - from) * 12.0 / f64::from(step) > 1000.0 {
        return Vec::new();
    }
    let index = i64::from(first.year()) * 12 + i64::from(first.month0());
    let aligned = index.div_euclid(i64::from(step)) * i64::from(step);
    let (Ok(year), Ok(month0)) = (
        i32::try_from(aligned.div_euclid(12)),
        u32::try_from(aligned.rem_euclid(12)),
    ) else {
        return Vec::new();
    };
    let Some(mut month) = NaiveDate::from_ymd_opt(year, month0 + 1, 1) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    while month <= last {
        if month >= first {
            out.push(month);
        }
        let Some(next) = month.checked_add_months(chrono::Months::new(step)) else {
            break;
        };
        month = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fractional_year_turns_back_into_its_date() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).expect("valid date");
        for date in [
            d(2023, 1, 1),
            d(2024, 2, 29),
            d(2024, 12, 31),
            d(2026, 10, 1),
        ] {
            assert_eq!(date_of_fraction(year_fraction(date)), Some(date));
        }
        assert_eq!(date_of_fraction(f64::NAN), None);
        assert_eq!(date_of_fraction(1e300), None);
    }

    #[test]
    fn month_starts_fall_on_the_step_from_january() {
        let d = |y, m| NaiveDate::from_ymd_opt(y, m, 1).expect("valid date");
        let from = year_fraction(NaiveDate::from_ymd_opt(2025, 11, 20).expect("date"));
        let to = year_fraction(d(2026, 4));
        assert_eq!(
            month_starts(from, to, 1),
            vec![d(2025, 12), d(2026, 1), d(2026, 2), d(2026, 3), d(2026, 4)]
        );
        assert_eq!(month_starts(from, to, 3), vec![d(2026, 1), d(2026, 4)]);
        assert_eq!(month_starts(2020.0, 2023.99, 12).len(), 4);
        // Steps of years fall on round years, whatever year the span starts in.
        assert_eq!(
            month_starts(1983.4, 2001.0, 60),
            vec![d(1985, 1), d(1990, 1), d(1995, 1), d(2000, 1)]
        );
        assert_eq!(
            month_starts(2017.5, 2021.0, 24),
            vec![d(2018, 1), d(2020, 1)]
        );
        assert_eq!(
            month_starts(-3.0, -1.0, 24),
            vec![NaiveDate::from_ymd_opt(-2, 1, 1).expect("date")]
        );
        assert!(month_starts(0.0, 5000.0, 1).is_empty());
        assert!(month_starts(f64::NAN, 2020.0, 1).is_empty());
    }

    #[test]
    fn year_fraction_counts_days_into_the_year() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).expect("valid date");
        assert_eq!(year_fraction(d(2023, 1, 1)), 2023.0);
        assert!((year_fraction(d(2023, 7, 2)) - 2023.4986).abs() < 1e-3);
        assert!((year_fraction(d(2024, 12, 31)) - (2024.0 + 365.0 / 366.0)).abs() < 1e-9);
    }

    #[test]
    fn an_empty_document_starts_with_defaults_a_person_can_use() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date");
        let doc = Document::new_empty(today);
        assert_eq!(doc.north_star.target_year, 2031);
        assert_eq!(doc.criteria.len(), 7);
        assert!(doc.drift.items.len() >= 6);
        assert!(validate::validate(&doc).is_empty());
    }
}
