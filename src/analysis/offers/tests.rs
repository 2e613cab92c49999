//! Offers side by side: weighted scores, pay over the years, the verdict and its cautions.

use chrono::NaiveDate;

use super::*;
use crate::model::{
    BetKind, Compensation, Criterion, CriterionId, CriterionTag, Direction, Document, Offer,
    OfferId, Phase, Score, Vesting, WorkType,
};

use crate::testing::today;

fn doc_with(weights: &[f64]) -> Document {
    let mut doc = Document::new_empty(today());
    // A north star that steers: one that is gone leaves north-star fit out.
    doc.north_star.target_role = "CPO".into();
    doc.criteria = weights
        .iter()
        .zip(1..)
        .map(|(w, id)| Criterion {
            id: CriterionId(id),
            name: format!("C{id}"),
            weight: *w,
            tag: crate::model::CriterionTag::General,
        })
        .collect();
    // The offers here are paid in dollars, the person's own currency.
    doc.rules.money.home_currency = Some("$".to_owned());
    doc
}

fn offer(id: u64, scores: &[u8]) -> Offer {
    Offer {
        id: OfferId(id),
        company: format!("Co{id}"),
        role: "PM".into(),
        scores: scores
            .iter()
            .zip(1..)
            .map(|(s, c)| Score {
                criterion: CriterionId(c),
                score: Some(*s),
                note: String::new(),
            })
            .collect(),
        compensation: crate::model::Compensation {
            currency: "$".into(),
            ..crate::model::Compensation::default()
        },
        ..Offer::default()
    }
}

fn stone(id: u64, title: &str, year: i32) -> crate::model::SteppingStone {
    crate::model::SteppingStone {
        id: crate::model::StoneId(id),
        title: title.into(),
        year,
        done: false,
        skills: Vec::new(),
    }
}

fn skill(id: u64, name: &str, level: u8, target: u8) -> crate::model::Skill {
    crate::model::Skill {
        id: crate::model::SkillId(id),
        name: name.into(),
        level: Some(level),
        target: Some(target),
        enjoyment: Some(3),
        avoidance: Some(1),
        ..crate::model::Skill::default()
    }
}

/// A doctor turned health-tech PM: nothing like the sample.
fn clinic_doc() -> Document {
    let mut doc = doc_with(&[4.0, 2.0]);
    doc.criteria[0].tag = CriterionTag::NorthStarFit;
    doc.profile.career_start_year = Some(2019);
    doc.north_star.target_role = "Head of Product, digital health".into();
    doc.north_star.stones = vec![
        stone(1, "Ship a zero-to-one clinical tool", 2027),
        stone(2, "Manage a team of two PMs", 2029),
    ];
    doc.skills = vec![
        skill(1, "Clinical workflows", 5, 5),
        skill(2, "People management", 1, 4),
    ];
    doc
}

fn review_of(offer: u64, answers: &[(u64, crate::model::Answer)]) -> crate::model::DriftReview {
    crate::model::DriftReview {
        id: crate::model::ReviewId(offer),
        date: NaiveDate::from_ymd_opt(2026, 11, 1),
        offer: Some(OfferId(offer)),
        answers: answers
            .iter()
            .map(|(item, answer)| crate::model::DriftAnswer {
                item: crate::model::DriftItemId(*item),
                answer: *answer,
                note: String::new(),
            })
            .collect(),
        note: String::new(),
    }
}

mod drift;
mod early;
mod evidence;
mod goal;
mod next_stone;
mod pay;
mod questions;
mod reading;
mod rescore;
mod scores;
mod taken;
mod verdict;
