//! Properties: an offer is judged by what the portfolio would say if it were taken.

use proptest::prelude::*;

use chrono::NaiveDate;

use super::super::*;
use crate::analysis::portfolio::insights;
use crate::model::{
    Bet, BetId, BetKind, BetStatus, Document, Offer, OfferId, Phase, SkillId, StoneId, WorkType,
    year_fraction,
};

fn kind(swing: bool) -> BetKind {
    if swing {
        BetKind::BigSwing
    } else {
        BetKind::Core
    }
}

fn phase(learning: bool) -> Phase {
    if learning {
        Phase::Learning
    } else {
        Phase::Impact
    }
}

prop_compose! {
    fn a_bet()(
        swing in any::<bool>(),
        learning in any::<bool>(),
        work in 0..WorkType::ALL.len(),
        status in 0..BetStatus::ALL.len(),
        start in 0u32..120,
        length in 1u32..24,
        tour in any::<bool>(),
        stone in 0u64..4,
    ) -> Bet {
        let start = 2000.0 + f64::from(start) / 4.0;
        Bet {
            title: format!("Bet from {start}"),
            kind: Some(kind(swing)),
            phase: Some(phase(learning)),
            work: Some(WorkType::ALL[work]),
            status: BetStatus::ALL[status],
            start,
            end: start + f64::from(length) / 4.0,
            tour_of_duty: tour,
            stones: if stone == 0 { Vec::new() } else { vec![StoneId(stone)] },
            ..Bet::default()
        }
    }
}

prop_compose! {
    fn a_document()(
        career_start in 1995i32..2025,
        established in 0u32..10,
        cadence_min in 0u32..4,
        cadence_extra in 0u32..4,
        stones in prop::collection::vec((2020i32..2035, any::<bool>()), 0..4),
        bets in prop::collection::vec(a_bet(), 0..7),
    ) -> Document {
        let mut doc = Document::new_empty(NaiveDate::from_ymd_opt(2026, 1, 1).expect("date"));
        doc.profile.career_start_year = Some(career_start);
        doc.rules.established_after_years = f64::from(established);
        doc.rules.swing_cadence_min_years = f64::from(cadence_min);
        doc.rules.swing_cadence_max_years = f64::from(cadence_min + cadence_extra);
        doc.north_star.stones = stones
            .into_iter()
            .zip(1..)
            .map(|((year, done), id)| crate::model::SteppingStone {
                id: StoneId(id),
                title: format!("Stone {id}"),
                year,
                done,
                skills: Vec::new(),
            })
            .collect();
        doc.bets = bets
            .into_iter()
            .zip(1..)
            .map(|(bet, id)| Bet { id: BetId(id), ..bet })
            .collect();
        doc
    }
}

prop_compose! {
    fn an_offer()(
        swing in any::<bool>(),
        learning in any::<bool>(),
        work in 0..WorkType::ALL.len(),
        start in prop::option::of(0u32..60),
        stone in 0u64..4,
    ) -> Offer {
        Offer {
            id: OfferId(1),
            company: "Acme".into(),
            role: "PM".into(),
            kind: Some(kind(swing)),
            phase: Some(phase(learning)),
            work: Some(WorkType::ALL[work]),
            start: start.and_then(|m| NaiveDate::from_ymd_opt(2020 + (m / 12) as i32, m % 12 + 1, 1)),
            stones: if stone == 0 { Vec::new() } else { vec![StoneId(stone)] },
            skills: vec![SkillId(1)],
            ..Offer::default()
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn an_offer_is_judged_by_what_the_portfolio_would_say_if_it_were_taken(
        doc in a_document(),
        a in an_offer(),
        day in 0u32..3650,
    ) {
        let today = NaiveDate::from_ymd_opt(2020, 1, 1).expect("date")
            + chrono::Days::new(u64::from(day));
        let b = Offer { id: OfferId(2), ..Offer::default() };
        let c = compare(&doc, &a, &b, today);
        // The offer as a bet, built here by hand from what the issue asks for.
        let now = year_fraction(today);
        let start = a.start.map_or(now, year_fraction);
        let end = start + if a.kind == Some(BetKind::Core) { 2.0 } else { 1.5 };
        let mut with = doc.clone();
        with.bets.push(Bet {
            id: BetId(doc.bets.len() as u64 + 1),
            title: "PM at Acme".into(),
            organisation: "Acme".into(),
            kind: a.kind,
            phase: a.phase,
            work: a.work,
            status: if start > now {
                BetStatus::Planned
            } else if end > now {
                BetStatus::Active
            } else {
                BetStatus::Ended
            },
            start,
            end,
            skills: a.skills.clone(),
            stones: a.stones.clone(),
            ..Bet::default()
        });
        let expected = insights(&with, today);
        prop_assert_eq!(&c.sticks[0].if_taken, &expected);
        let before = insights(&doc, today);
        for raised in &c.sticks[0].raises {
            prop_assert!(expected.contains(raised));
            prop_assert!(!before.iter().any(|i| i.title == raised.title));
        }
        for cleared in &c.sticks[0].clears {
            prop_assert!(before.contains(cleared));
            prop_assert!(!expected.iter().any(|i| i.title == cleared.title));
        }
    }
}
