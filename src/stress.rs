//! A large, valid document for benchmarks and for looking at a crowded window: forty years
//! of bets, hundreds of offers, ten years of monthly log entries.
//!
//! Only tests, benchmarks and examples build it (through the `bench` feature, which the
//! package's dev-dependency on itself turns on): the shipped binary does not carry it.

use chrono::{Days, NaiveDate};

use crate::model::{
    Answer, AssessmentId, Bet, BetId, BetKind, BetStatus, Ceiling, CeilingAssessment, CeilingScore,
    Compensation, CriterionId, Direction, Document, DriftAnswer, DriftReview, Evidence, EvidenceId,
    Explanation, ExplanationId, FocusItem, LandingItem, LandingItemId, LandingPhase, LandingPlan,
    Metric, MetricDirection, MetricId, NorthStar, Offer, OfferId, Person, PersonId, Phase, Profile,
    Relation, ReviewId, Score, Skill, SkillId, SteppingStone, StoneId, Touch, Vesting, VoiceEntry,
    VoiceEntryId, VoiceKind, WorkType,
};

/// A small deterministic random source: the same seed gives the same document.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn pick<T: Copy>(&mut self, from: &[T]) -> T {
        from[self.below(from.len() as u64) as usize]
    }
}

/// Counts in the stress document.
pub const BETS: usize = 1_000;
/// Offers in the stress document.
pub const OFFERS: usize = 200;
/// Monthly log entries: ten years.
pub const ENTRIES: usize = 120;
/// Drift checklist runs.
pub const REVIEWS: usize = 100;
/// Ceilings assessments.
pub const ASSESSMENTS: usize = 40;
/// Career metrics [`add_career_reviews`] adds to a document without any.
pub const METRICS: usize = 10;
/// People kept in touch with.
pub const PEOPLE: usize = 300;
/// Pieces of evidence of impact: ten years, about two a week, the Evidence panel's long list.
pub const EVIDENCE: usize = 1000;
/// Quarterly career reviews [`add_career_reviews`] adds: two years.
pub const CAREER_REVIEWS: usize = 8;

/// A valid document with 1,000 bets over 40 years, 200 offers, 10 years of monthly voice
/// entries, 100 drift reviews, 40 ceiling assessments, 300 people and 1,000 pieces of evidence.
pub fn stress_document(seed: u64) -> Document {
    let mut rng = XorShift(seed.max(1));
    let start_day = NaiveDate::from_ymd_opt(1986, 1, 1).unwrap_or_default();
    let mut doc = Document::new_empty(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default());
    doc.profile = Profile {
        name: "Stress Test".to_owned(),
        current_role: "Chief Product Officer".to_owned(),
        career_start_year: Some(1986),
        ..Profile::default()
    };
    doc.north_star = NorthStar {
        target_role: "Board member".to_owned(),
        target_year: 2031,
        why: "To test the app under load.".to_owned(),
        stones: Vec::new(),
    };
    doc.north_star.stones = (1..=12)
        .map(|i| SteppingStone {
            id: StoneId(i),
            title: format!("Stepping stone {i}"),
            year: 2019 + i as i32,
            done: i < 7,
            // Every other stone names four skills it needs; the rest name none, and their
            // packet covers the whole matrix.
            skills: if i % 2 == 0 {
                (0..4).map(|k| SkillId((i + k) % 20 + 1)).collect()
            } else {
                Vec::new()
            },
        })
        .collect();
    doc.skills = (1..=20)
        .map(|i| Skill {
            id: SkillId(i),
            name: format!("Skill {i}"),
            level: Some(1 + rng.below(5) as u8),
            target: Some(1 + rng.below(5) as u8),
            enjoyment: Some(1 + rng.below(5) as u8),
            avoidance: Some(1 + rng.below(5) as u8),
            v4_unscored: false,
        })
        .collect();
    doc.bets = (1..=BETS as u64)
        .map(|i| {
            let start = 1986.0 + rng.below(160) as f64 / 4.0;
            let end = start + 0.25 + rng.below(16) as f64 / 4.0;
            Bet {
                id: BetId(i),
                title: format!("Bet number {i}"),
                organisation: format!("Company {}", rng.below(40)),
                kind: Some(if rng.below(4) == 0 {
                    BetKind::BigSwing
                } else {
                    BetKind::Core
                }),
                phase: Some(rng.pick(Phase::ALL)),
                work: Some(rng.pick(WorkType::ALL)),
                status: rng.pick(BetStatus::ALL),
                start,
                end,
                tour_of_duty: rng.below(20) == 0,
                story: format!("What bet {i} taught."),
                skills: vec![SkillId(1 + rng.below(20))],
                stones: if rng.below(10) == 0 {
                    vec![StoneId(1 + rng.below(12))]
                } else {
                    Vec::new()
                },
            }
        })
        .collect();
    let criteria: Vec<CriterionId> = doc.criteria.iter().map(|c| c.id).collect();
    doc.offers = (1..=OFFERS as u64)
        .map(|i| Offer {
            id: OfferId(i),
            company: format!("Company {i}"),
            role: format!("Role {i}"),
            location: "Remote".to_owned(),
            kind: Some(if i % 3 == 0 {
                BetKind::BigSwing
            } else {
                BetKind::Core
            }),
            phase: Some(rng.pick(Phase::ALL)),
            work: Some(rng.pick(WorkType::ALL)),
            start: start_day.checked_add_days(Days::new(14_000 + rng.below(400))),
            unasked: i % 2 == 0,
            is_current: i == 1,
            direction: Some(rng.pick(Direction::ALL)),
            notes: String::new(),
            scores: criteria
                .iter()
                .map(|c| Score {
                    criterion: *c,
                    score: Some(1 + rng.below(5) as u8),
                    note: String::new(),
                })
                .collect(),
            compensation: Compensation {
                currency: "$".to_owned(),
                base: 100_000.0 + rng.below(100_000) as f64,
                bonus_pct: rng.below(30) as f64,
                sign_on: vec![rng.below(50_000) as f64],
                equity_grant: rng.below(400_000) as f64,
                vesting: if i % 4 == 0 {
                    Vesting::Custom
                } else {
                    rng.pick(&[
                        Vesting::FourYearCliff,
                        Vesting::MonthlyAfterCliff,
                        Vesting::FrontLoaded,
                    ])
                },
                custom_vesting: if i % 4 == 0 {
                    vec![10.0, 20.0, 30.0, 40.0]
                } else {
                    Vec::new()
                },
                refresher: rng.below(50_000) as f64,
                raise_pct: rng.below(8) as f64,
            },
            stones: vec![StoneId(1 + rng.below(12))],
            skills: vec![SkillId(1 + rng.below(20))],
            // Every third offer a startup's options, weighed by the rules' scenarios.
            equity: if i % 3 == 0 {
                crate::model::Equity {
                    kind: crate::model::EquityKind::PrivateOptions,
                    shares: rng.below(50_000) as f64,
                    price: 2.0,
                    strike: 0.5,
                    ..crate::model::Equity::default()
                }
            } else {
                crate::model::Equity::default()
            },
            ..Offer::default()
        })
        .collect();
    let items: Vec<_> = doc.drift.items.iter().map(|i| i.id).collect();
    doc.drift.reviews = (1..=REVIEWS as u64)
        .map(|i| DriftReview {
            id: ReviewId(i),
            date: start_day.checked_add_days(Days::new(10_000 + i * 40)),
            offer: (i % 2 == 0).then(|| OfferId(1 + rng.below(OFFERS as u64))),
            answers: items
                .iter()
                .map(|item| DriftAnswer {
                    item: *item,
                    answer: rng.pick(Answer::ALL),
                    note: format!("Note {i}"),
                })
                .collect(),
            note: String::new(),
        })
        .collect();
    doc.ceilings = (1..=ASSESSMENTS as u64)
        .map(|i| CeilingAssessment {
            id: AssessmentId(i),
            date: start_day.checked_add_days(Days::new(i * 90)),
            scores: Ceiling::ALL
                .iter()
                .map(|c| CeilingScore {
                    ceiling: *c,
                    score: Some(1 + rng.below(5) as u8),
                    note: String::new(),
                })
                .collect(),
        })
        .collect();
    doc.landing = LandingPlan {
        role: "Chief Product Officer".to_owned(),
        start: NaiveDate::from_ymd_opt(2026, 1, 5),
        items: Vec::new(),
    };
    doc.landing.items = (1..=30u64)
        .map(|i| LandingItem {
            id: LandingItemId(i),
            phase: LandingPhase::ALL[(i % 3) as usize],
            title: format!("Step {i}"),
            done: i % 2 == 0,
        })
        .collect();
    let entries_from = NaiveDate::from_ymd_opt(2016, 1, 3).unwrap_or_default();
    "The board".clone_into(&mut doc.voice.manager);
    doc.voice.entries = (1..=ENTRIES as u64)
        .map(|i| VoiceEntry {
            id: VoiceEntryId(i),
            date: entries_from.checked_add_months(chrono::Months::new(i as u32 - 1)),
            kind: rng.pick(VoiceKind::ALL),
            title: format!("Monthly entry {i}"),
            link: String::new(),
            speaks_to: format!("Skill {}", 1 + rng.below(20)),
        })
        .collect();
    doc.voice.explanations = (1..=30u64)
        .map(|i| Explanation {
            id: ExplanationId(i),
            topic: format!("Topic {i}"),
            count: rng.below(5) as u32,
            written: (i % 5 == 0).then_some(VoiceEntryId(i)),
        })
        .collect();
    let skills: Vec<SkillId> = doc.skills.iter().map(|s| s.id).collect();
    let stones: Vec<StoneId> = doc.north_star.stones.iter().map(|s| s.id).collect();
    doc.people = (1..=PEOPLE as u64)
        .map(|i| Person {
            id: PersonId(i),
            name: format!("Person {i}"),
            relation: (i % 7 != 0).then(|| rng.pick(Relation::ALL)),
            company: format!("Company {}", rng.below(12)),
            role: format!("Role {}", rng.below(30)),
            function: ["Product", "Engineering", "Design", ""][rng.below(4) as usize].to_owned(),
            domain: ["Retail", "Health", "AI", ""][rng.below(4) as usize].to_owned(),
            skills: vec![rng.pick(&skills)],
            has_done: if i % 9 == 0 {
                vec![rng.pick(&stones)]
            } else {
                Vec::new()
            },
            tags: vec![format!("tag {}", rng.below(40))],
            every_days: (i % 3 != 0).then(|| 14 + rng.below(180) as u32),
            notes: String::new(),
            connected: start_day.checked_add_days(Days::new(rng.below(14_000))),
            touches: (0..rng.below(12))
                .map(|t| Touch {
                    date: entries_from.checked_add_days(Days::new(t * 60 + rng.below(40))),
                    talked: format!("Topic {t}"),
                    asked: String::new(),
                    promised: if t % 4 == 0 {
                        format!("Promise {t}")
                    } else {
                        String::new()
                    },
                    kept: t % 8 == 0,
                })
                .collect(),
        })
        .collect();
    let bets: Vec<BetId> = doc.bets.iter().map(|b| b.id).collect();
    doc.evidence = (1..=EVIDENCE as u64)
        .map(|i| Evidence {
            id: EvidenceId(i),
            // Every tenth undated; a quiet stretch every few years.
            date: (i % 10 != 0)
                .then(|| entries_from.checked_add_days(Days::new(i * 3 + (i / 250) * 120)))
                .flatten(),
            what: format!("Win {i}"),
            result: (i % 3 != 0).then(|| rng.below(10_000) as f64 / 10.0),
            before: (i % 2 == 0).then(|| rng.below(10_000) as f64 / 10.0),
            unit: ["%", "ms", "users", ""][rng.below(4) as usize].to_owned(),
            scale: (i % 4 != 0).then(|| rng.below(1_000_000) as f64),
            scale_of: "users".to_owned(),
            seen_by: vec![PersonId(1 + rng.below(PEOPLE as u64))],
            audience: format!("Audience {}", rng.below(9)),
            skills: vec![rng.pick(&skills)],
            stones: (i % 5 == 0)
                .then(|| rng.pick(&stones))
                .into_iter()
                .collect(),
            bets: vec![rng.pick(&bets)],
            metrics: Vec::new(),
        })
        .collect();
    doc
}

/// Adds two years of quarterly career reviews before `first`, as a steady user would have
/// held them: the skills and metrics climbing toward where the document has them now, each
/// review's focus linked to a skill and a metric. Adds ten metrics first when the document
/// has none. The document's own state is left as it is.
pub fn add_career_reviews(doc: &mut Document, first: NaiveDate, seed: u64) {
    let mut rng = XorShift(seed.max(1));
    if doc.metrics.is_empty() {
        doc.metrics = (1..=METRICS as u64)
            .map(|i| Metric {
                id: MetricId(i),
                name: format!("Metric {i}"),
                unit: "units".to_owned(),
                direction: if i % 4 == 0 {
                    MetricDirection::Down
                } else {
                    MetricDirection::Up
                },
                value: 8.0,
                target: 10.0 + i as f64,
                first_value: 0.0,
                first_date: first.checked_sub_months(chrono::Months::new(3)),
            })
            .collect();
    }
    let quarters = CAREER_REVIEWS as u32;
    for quarter in 0..quarters {
        let date = first
            .checked_add_months(chrono::Months::new(3 * quarter))
            .unwrap_or(first);
        let mut review = crate::analysis::review::new_review(doc, date);
        // Further from today's numbers the earlier the review.
        let behind = quarters - quarter;
        for mark in &mut review.snapshot.skills {
            let lag = u8::try_from(rng.below(u64::from(behind) / 2 + 1)).unwrap_or(0);
            mark.level = mark.level.saturating_sub(lag).max(1);
        }
        for mark in &mut review.snapshot.metrics {
            mark.value *= f64::from(quarter + 1) / f64::from(quarters + 1);
        }
        review.went_well = format!("Quarter {}: what went well.", quarter + 1);
        review.drifted = format!("Quarter {}: where it drifted.", quarter + 1);
        review.focus = format!("Quarter {}: the focus next.", quarter + 1);
        let skill = doc.skills[rng.below(doc.skills.len() as u64) as usize].id;
        let metric = doc.metrics[rng.below(doc.metrics.len() as u64) as usize].id;
        review.focus_on = vec![FocusItem::Skill(skill), FocusItem::Metric(metric)];
        doc.reviews.push(review);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stress_document_is_valid_large_and_repeatable() {
        let doc = stress_document(7);
        assert!(
            crate::model::validate::validate(&doc).is_empty(),
            "{:?}",
            crate::model::validate::validate(&doc).first()
        );
        assert_eq!(doc.bets.len(), BETS);
        assert_eq!(doc.offers.len(), OFFERS);
        assert_eq!(doc.voice.entries.len(), ENTRIES);
        assert_eq!(doc.drift.reviews.len(), REVIEWS);
        assert_eq!(doc.ceilings.len(), ASSESSMENTS);
        assert_eq!(doc.evidence.len(), EVIDENCE);
        let span = doc.bets.iter().map(|b| b.end).fold(0.0, f64::max) - 1986.0;
        assert!(span >= 39.0, "forty years: {span}");
        assert_eq!(stress_document(7), doc);
        let text = crate::file::to_string(&doc).expect("serialises");
        assert_eq!(crate::file::from_str(&text).expect("loads"), doc);
    }

    #[test]
    fn two_years_of_reviews_climb_to_today_and_stay_valid() {
        let mut doc = crate::file::sample();
        let today = doc.clone();
        let first = NaiveDate::from_ymd_opt(2024, 1, 15).expect("date");
        add_career_reviews(&mut doc, first, 3);
        assert!(
            crate::model::validate::validate(&doc).is_empty(),
            "{:?}",
            crate::model::validate::validate(&doc).first()
        );
        assert_eq!(doc.reviews.len(), today.reviews.len() + CAREER_REVIEWS);
        assert_eq!(doc.skills, today.skills, "today's state is kept");
        assert_eq!(
            doc.metrics, today.metrics,
            "the sample's own metrics are used"
        );
        // No recorded level is above today's: the history climbs to where the person is.
        let added = &doc.reviews[today.reviews.len()..];
        for review in added {
            for mark in &review.snapshot.skills {
                let now = doc.get(mark.skill).expect("skill").level;
                assert!(Some(mark.level) <= now, "{mark:?} above {now:?}");
            }
        }
        let ids: std::collections::HashSet<_> = doc.reviews.iter().map(|r| r.id).collect();
        assert_eq!(ids.len(), doc.reviews.len(), "ids are unique");
    }
}
