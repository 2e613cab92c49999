//! The document's checks: a bet out of order, a home currency too long, weights that are not
//! numbers, a stone's skills, ids used twice, references to nothing, the compared pair.

use super::*;
use crate::model::{Bet, BetId, Criterion, CriterionId, Offer, OfferId, Score};

fn doc() -> Document {
    Document::new_empty(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date"))
}

#[test]
fn a_bet_that_ends_before_it_starts_is_named() {
    let mut d = doc();
    d.bets.push(Bet {
        id: BetId(1),
        title: "Checkout".into(),
        start: 2022.0,
        end: 2021.0,
        ..Bet::default()
    });
    let problems = validate(&d);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "bets[0].end");
    assert!(problems[0].message.contains("Checkout"), "{}", problems[0]);
}

#[test]
fn a_home_currency_is_a_short_sign_or_code() {
    let mut d = doc();
    d.rules.money.home_currency = Some("€".repeat(HOME_CURRENCY_CHARS));
    assert!(refused_paths(&d).is_empty());
    d.rules.money.home_currency = Some("€".repeat(HOME_CURRENCY_CHARS + 1));
    assert_eq!(refused_paths(&d), ["rules.money.home_currency"]);
    d.rules.money.home_currency = Some("E\nUR".to_owned());
    assert_eq!(refused_paths(&d), ["rules.money.home_currency"]);
}

#[test]
fn nan_and_negative_weights_are_refused() {
    let mut d = doc();
    d.criteria[0].weight = f64::NAN;
    d.criteria[1].weight = -1.0;
    assert_eq!(
        refused_paths(&d),
        sorted_paths(["criteria[0].weight", "criteria[1].weight"])
    );
}

#[test]
fn a_stone_needs_skills_of_the_matrix_each_once_and_the_message_names_it() {
    let mut d = crate::file::sample();
    let known = d.skills[0].id;
    d.north_star.stones[1].skills = vec![known];
    assert!(refused_paths(&d).is_empty());
    d.north_star.stones[1].skills = vec![known, SkillId(99), known];
    let problems = validate(&d);
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "north_star.stones[1].skills[1]",
            "north_star.stones[1].skills[2]"
        ]
    );
    let title = &d.north_star.stones[1].title;
    assert_eq!(
        problems[0].message,
        format!("the stepping stone \"{title}\" needs skill 99, which is not in the skills matrix")
    );
    assert_eq!(
        problems[1].message,
        format!(
            "the stepping stone \"{title}\" names skill {} twice",
            known.0
        )
    );
}

#[test]
fn ids_used_twice_are_refused() {
    let mut d = doc();
    d.bets.push(Bet {
        id: BetId(4),
        ..Bet::default()
    });
    d.bets.push(Bet {
        id: BetId(4),
        ..Bet::default()
    });
    assert_eq!(refused_paths(&d), ["bets[1].id"]);
}

#[test]
fn references_must_point_at_something() {
    let mut d = doc();
    d.offers.push(Offer {
        id: OfferId(1),
        scores: vec![Score {
            criterion: CriterionId(99),
            score: Some(6),
            note: String::new(),
        }],
        ..Offer::default()
    });
    assert_eq!(
        refused_paths(&d),
        sorted_paths(["offers[0].scores[0].criterion", "offers[0].scores[0].score"])
    );
}

#[test]
fn infinite_years_are_refused() {
    let mut d = doc();
    d.bets.push(Bet {
        id: BetId(1),
        start: f64::INFINITY,
        ..Bet::default()
    });
    assert_eq!(refused_paths(&d), ["bets[0].start"]);
    assert!(Criterion::defaults().iter().all(|c| c.weight > 0.0));
}

#[test]
fn the_compared_pair_names_two_offers_that_exist() {
    let mut d = doc();
    for id in [1, 2] {
        d.offers.push(Offer {
            id: OfferId(id),
            ..Offer::default()
        });
    }
    d.compared = Some([OfferId(1), OfferId(2)]);
    assert!(validate(&d).is_empty());
    d.compared = Some([OfferId(1), OfferId(5)]);
    let said =
        |d: &Document| -> Vec<String> { validate(d).iter().map(ToString::to_string).collect() };
    assert_eq!(
        said(&d),
        ["compared[1]: refers to offer 5, which does not exist"]
    );
    d.compared = Some([OfferId(2), OfferId(2)]);
    assert_eq!(said(&d), ["compared[1]: compares an offer with itself"]);
}
