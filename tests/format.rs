//! The promises docs/FORMAT.md makes about what a file may hold, each held to through the
//! loader that opening a file and `check` both use: a value the format forbids is refused
//! with the field it is about, and the value next to the limit is accepted.

use career_spec::file::{self, LoadError};
use career_spec::model::{Ceiling, CeilingScore, Document, OfferId, Rules, Vesting};

/// The problems the loader finds in a document written out as a file, one per line.
fn problems(doc: &Document) -> Vec<String> {
    let text = file::to_string(doc).expect("serialises");
    match file::from_str(&text) {
        Ok(_) => Vec::new(),
        Err(e) => e.lines(),
    }
}

/// Asserts that exactly one problem is found, about `path`, saying `words`.
fn refused(doc: &Document, path: &str, words: &str) {
    let found = problems(doc);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains(&format!("{path}: ")) && found[0].contains(words),
        "expected {path}: …{words}…, got {}",
        found[0]
    );
}

fn accepted(doc: &Document) {
    assert_eq!(problems(doc), Vec::<String>::new());
}

#[test]
fn custom_vesting_may_add_up_to_the_whole_grant_and_no_more() {
    let mut doc = file::sample();
    let pay = &mut doc.offers[1].compensation;
    pay.vesting = Vesting::Custom;
    pay.custom_vesting = vec![40.0, 30.0, 20.0, 10.0];
    accepted(&doc);
    doc.offers[1].compensation.custom_vesting = vec![40.0, 30.0, 20.0, 10.5];
    refused(
        &doc,
        "offers[1].compensation.custom_vesting",
        "vests 100.5 %, more than the whole grant",
    );
}

#[test]
fn a_ceiling_is_scored_at_most_once_in_an_assessment() {
    let mut doc = file::sample();
    let scores = &mut doc.ceilings[0].scores;
    let first = scores[0].ceiling;
    let twice_at = scores.len();
    scores.push(CeilingScore {
        ceiling: first,
        score: Some(2),
        note: String::new(),
    });
    refused(
        &doc,
        &format!("ceilings[0].scores[{twice_at}].ceiling"),
        &format!("{first} is scored twice"),
    );
    // Every ceiling once is fine.
    doc.ceilings[0].scores = Ceiling::ALL
        .iter()
        .map(|c| CeilingScore {
            ceiling: *c,
            score: Some(3),
            note: String::new(),
        })
        .collect();
    accepted(&doc);
}

/// Sets a pair of rules: equal, or (when true) the minimum past the maximum.
type SetRules = fn(&mut Rules, bool);

#[test]
fn a_rule_whose_minimum_exceeds_its_maximum_is_refused() {
    // Each pair of rules: set both equal (fine), then the minimum one step above.
    let pairs: [(SetRules, &str, &str); 2] = [
        (
            |r, past| {
                r.swing_cadence_max_years = 3.0;
                r.swing_cadence_min_years = if past { 3.5 } else { 3.0 };
            },
            "rules.swing_cadence_max_years",
            "must not be less than rules.swing_cadence_min_years",
        ),
        (
            |r, past| {
                r.tour_max_months = 18;
                r.tour_min_months = if past { 19 } else { 18 };
            },
            "rules.tour_max_months",
            "must not be less than rules.tour_min_months",
        ),
    ];
    for (set, path, words) in pairs {
        let mut doc = file::sample();
        set(&mut doc.rules, false);
        accepted(&doc);
        set(&mut doc.rules, true);
        refused(&doc, path, words);
    }
}

#[test]
fn a_drift_review_must_name_an_offer_that_exists() {
    let mut doc = file::sample();
    let on_offer = doc.drift.reviews.len() - 1;
    doc.drift.reviews[on_offer].offer = Some(OfferId(99));
    refused(
        &doc,
        &format!("drift.reviews[{on_offer}].offer"),
        "refers to offer 99, which does not exist",
    );
    // One naming an offer that exists, or none at all (a periodic self-review), is fine.
    doc.drift.reviews[on_offer].offer = Some(OfferId(2));
    accepted(&doc);
    doc.drift.reviews[on_offer].offer = None;
    accepted(&doc);
}

/// The sample with one field's value wrapped in `depth` brackets: `[[["…"]]]`.
fn nested(depth: usize) -> String {
    let text = file::to_string(&file::sample()).expect("serialises");
    let name = "name: \"Priya Raman\"";
    assert!(text.contains(name));
    text.replacen(
        name,
        &format!(
            "name: {}\"Priya Raman\"{}",
            "[".repeat(depth),
            "]".repeat(depth)
        ),
        1,
    )
}

#[test]
fn brackets_nested_past_the_stated_limit_are_refused_as_such() {
    // The format says: more than 64 deep is refused. The envelope and the profile already
    // hold the name three brackets deep.
    let refusal = |depth| match file::from_str(&nested(depth)) {
        Err(LoadError::Syntax { message, .. }) => message,
        other => panic!("{depth} deep: expected a syntax error, got {other:?}"),
    };
    let at_limit = refusal(64 - 3);
    assert!(
        !at_limit.contains("nested"),
        "64 deep is within the limit: {at_limit}"
    );
    let past = refusal(64 - 2);
    assert!(
        past.contains("nested more than 64 deep"),
        "65 deep is past the limit: {past}"
    );
    assert!(!past.contains("ron::"), "no library's names: {past}");
}

#[test]
fn comments_are_read_and_dropped_on_save() {
    let text = file::to_string(&file::sample())
        .expect("serialises")
        .replacen(
            "    spec: (",
            "    // a note to self\n    spec: ( // and another\n",
            1,
        );
    let doc = file::from_str(&text).expect("comments are allowed anywhere");
    assert_eq!(doc, file::sample());
    assert!(!file::to_string(&doc).expect("serialises").contains("//"));
}

#[test]
fn an_offer_writes_only_the_money_parts_it_uses() {
    let mut doc = file::sample();
    // The stay offer has taxes and grants still vesting; the swing has equity. Clear the
    // swing's terms, and the stay offer's equity is the default already.
    doc.offers[1].terms = career_spec::model::MoneyTerms::default();
    let text = file::to_string(&doc).expect("serialises");
    let offers = text.split("offers: [").nth(1).expect("offers");
    let (stay, swing) = offers.split_once("id: 2,").expect("both offers");
    assert!(
        stay.contains("terms: (") && stay.contains("leaving: ("),
        "{stay}"
    );
    assert!(
        !stay.contains("equity: ("),
        "a default part is left out: {stay}"
    );
    assert!(swing.contains("equity: ("), "{swing}");
    assert!(
        !swing
            .split("criteria:")
            .next()
            .unwrap_or(swing)
            .contains("terms: (")
    );
    assert_eq!(
        file::from_str(&text).expect("reads back"),
        doc,
        "nothing lost"
    );
}

#[test]
fn an_offer_keeps_the_north_star_it_was_scored_under_within_the_years() {
    let mut doc = file::sample();
    let text = file::to_string(&doc).expect("serialises");
    assert!(!text.contains("scored_under"), "left out until set");
    doc.offers[0].scored_under = Some(career_spec::model::ScoredUnder {
        role: "VP Product".into(),
        year: 2030,
        date: chrono::NaiveDate::from_ymd_opt(2026, 3, 1),
    });
    let text = file::to_string(&doc).expect("serialises");
    assert!(text.contains("scored_under: ("), "{text}");
    assert_eq!(file::from_str(&text).expect("reads back"), doc);
    if let Some(under) = &mut doc.offers[0].scored_under {
        under.year = 2200;
    }
    accepted(&doc);
    if let Some(under) = &mut doc.offers[0].scored_under {
        under.year = 2201;
    }
    refused(&doc, "offers[0].scored_under.year", "outside");
}

#[test]
fn a_stone_may_need_every_skill_of_the_matrix_once_and_no_other() {
    let mut doc = file::sample();
    let every: Vec<_> = doc.skills.iter().map(|s| s.id).collect();
    doc.north_star.stones[2].skills = every.clone();
    accepted(&doc);
    let title = doc.north_star.stones[2].title.clone();
    doc.north_star.stones[2].skills.push(every[0]);
    refused(
        &doc,
        &format!("north_star.stones[2].skills[{}]", every.len()),
        &format!(
            "the stepping stone \"{title}\" names skill {} twice",
            every[0].0
        ),
    );
    doc.north_star.stones[2].skills = vec![career_spec::model::SkillId(404)];
    refused(
        &doc,
        "north_star.stones[2].skills[0]",
        &format!(
            "the stepping stone \"{title}\" needs skill 404, which is not in the skills matrix"
        ),
    );
}
