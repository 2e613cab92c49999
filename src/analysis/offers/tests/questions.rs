//! Two of the person's own answers that cannot both hold are asked about, once each.

use super::*;
use crate::model::Answer::{No, Yes};

#[test]
fn no_on_the_closer_question_with_the_offer_marked_closer_is_asked() {
    let mut doc = doc_with(&[1.0]);
    let mut a = offer(1, &[4]);
    a.direction = Some(Direction::Closer);
    let b = offer(2, &[3]);
    // "Does it bring me closer to my 5-year north star?" is item 2, risky on No.
    doc.drift.reviews.push(review_of(1, &[(1, Yes), (2, No)]));
    let c = compare(&doc, &a, &b, today());
    assert_eq!(
        c.questions,
        [
            "You answered No to \"Does it bring me closer to my 5-year north star?\" about PM at Co1 on 2026-11-01, yet marked it closer to the north star: which holds?"
        ]
    );
    // Answered Yes, or marked otherwise, or unmarked: nothing to ask.
    a.direction = Some(Direction::Sideways);
    assert!(compare(&doc, &a, &b, today()).questions.is_empty());
    a.direction = None;
    assert!(compare(&doc, &a, &b, today()).questions.is_empty());
    a.direction = Some(Direction::Closer);
    doc.drift.reviews = vec![review_of(1, &[(2, Yes)])];
    assert!(compare(&doc, &a, &b, today()).questions.is_empty());
    // Reworded into another question, it is not read as this one.
    doc.drift.reviews = vec![review_of(1, &[(2, No)])];
    doc.drift.items[1].question = "Would my family be happier?".into();
    assert!(compare(&doc, &a, &b, today()).questions.is_empty());
}

#[test]
fn full_north_star_fit_that_serves_nothing_is_asked() {
    let doc = clinic_doc();
    let a = offer(1, &[5, 3]);
    let b = offer(2, &[4, 3]);
    let c = compare(&doc, &a, &b, today());
    assert_eq!(
        c.questions,
        [
            "PM at Co1 scores 5 of 5 on C1, yet serves no stepping stone and builds no skill: what does it bring you closer to?"
        ]
    );
    // Linked to a stone, it serves something: no question.
    let mut a = a;
    a.stones = vec![crate::model::StoneId(1)];
    assert!(compare(&doc, &a, &b, today()).questions.is_empty());
    // With the north star gone, nothing is asked against it.
    let mut gone = doc.clone();
    gone.north_star.target_year = 2020;
    a.stones.clear();
    assert!(compare(&gone, &a, &b, today()).questions.is_empty());
}
