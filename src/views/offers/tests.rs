//! The Offers panel driven as a person would, through the labels on screen.

use egui_kittest::{
    Harness,
    kittest::{NodeT, Queryable},
};

use super::*;
use crate::analysis::offers::score_of;
use crate::model::Direction;
use crate::views::standalone::Standalone;

type H = Harness<'static, Standalone<OffersView>>;

fn harness() -> H {
    crate::views::standalone::harness(OffersView::default(), crate::file::sample(), 2400.0)
}

#[test]
fn the_sample_compares_its_two_offers_with_a_verdict() {
    let h = harness();
    h.get_by_label_contains("Lead PM, AI Shopping Assistant at Northwind Retail wins by");
    h.get_by_label_contains("came to you unasked");
}

/// Drags a weight's slider past one of its ends, as a person sets it to 0 or 10.
fn drag_weight(h: &mut H, criterion: &str, to_max: bool) {
    // The slider first, then the number box beside it: both carry the name.
    let slider = h
        .get_all_by_label(&format!("Weight of {criterion}"))
        .next()
        .expect("slider")
        .rect();
    // Far past the end: the table may shift a little while the verdict changes.
    let past = if to_max {
        slider.right_center() + egui::vec2(300.0, 0.0)
    } else {
        egui::pos2(1.0, slider.center().y)
    };
    h.drag_at(slider.center());
    h.step();
    h.hover_at(past);
    h.step();
    h.drop_at(past);
    h.run();
}

fn weight(h: &H, id: u64) -> f64 {
    h.state()
        .doc()
        .get(crate::model::CriterionId(id))
        .expect("criterion")
        .weight
}

/// Opens the "Offer A" picker and clicks an offer in it: of the things named like the
/// offer, the one just below the picker (the list above and the headings below also
/// carry its name).
fn pick(h: &mut H, offer: &str) {
    // The picker is the last of the two things named "Offer A": its label comes first.
    let picker = h.get_all_by_label("Offer A").last().expect("the picker");
    let below = picker.rect().bottom();
    picker.click();
    h.run();
    h.get_all_by_label(offer)
        .filter(|n| n.rect().top() >= below)
        .min_by(|a, b| a.rect().top().total_cmp(&b.rect().top()))
        .expect("the offer in the open picker")
        .click();
    h.run();
}

#[test]
fn moving_the_weights_with_the_sliders_flips_the_verdict() {
    let mut h = harness();
    let stay = "Senior PM, Checkout (stay) at Northwind Retail wins by";
    let go = "Lead PM, AI Shopping Assistant at Northwind Retail wins by";
    h.get_by_label_contains(go);
    assert!(h.query_by_label_contains(stay).is_none());
    // Make the north star and learning worthless and pay and home life everything:
    // staying should then win.
    for (name, id, to_max) in [
        ("North-star fit", 1, false),
        ("Learning", 2, false),
        ("Skill acquisition", 4, false),
        ("Compensation", 5, true),
        ("Bandwidth and home life", 7, true),
    ] {
        drag_weight(&mut h, name, to_max);
        assert_eq!(weight(&h, id), if to_max { 10.0 } else { 0.0 }, "{name}");
    }
    h.get_by_label_contains(stay);
    assert!(h.query_by_label_contains(go).is_none());
    // One drag is one undo step.
    let s = h.state_mut();
    assert!(s.session.history.undo(&mut s.session.doc));
    h.run();
    assert_eq!(weight(&h, 7), 3.0);
}

#[test]
fn picking_another_pair_compares_it_and_keeps_it_in_the_document() {
    let mut h = harness();
    h.get_by_label("Add offer").click();
    h.run();
    assert_eq!(h.state().doc().offers.len(), 3);
    h.get_by_label("Company").focus();
    h.run();
    h.get_by_label("Company").type_text("!");
    h.run();
    assert_eq!(h.state().doc().offers[2].company, "New company!");
    pick(&mut h, "Role at New company!");
    assert_eq!(
        h.state().doc().compared,
        Some([OfferId(3), OfferId(2)]),
        "the pair is kept in the document"
    );
    // A new offer is scored on nothing: no one wins until it is.
    h.get_by_label_contains("No verdict yet: Role at New company! is not scored yet on");
    assert!(h.query_by_label_contains(" wins by").is_none());
    // Picking for A the offer shown as B swaps them rather than comparing one with itself.
    pick(&mut h, "Lead PM, AI Shopping Assistant at Northwind Retail");
    assert_eq!(h.state().doc().compared, Some([OfferId(2), OfferId(3)]));
}

#[test]
fn the_persons_call_stands_beside_the_documents_reading() {
    let h = harness();
    // The stay offer: both say sideways. The AI role: both say closer.
    h.get_by_label("Your call: sideways to the north star.");
    h.get_by_label("The document reads it: sideways to the north star (moderate evidence).");
    h.get_by_label("Your call: closer to the north star.");
    h.get_by_label("The document reads it: closer to the north star (strong evidence).");
    h.get_by_label(
        "For the next stone, \"Lead a zero-to-one product from idea to first traction\" (2027): builds Zero-to-one building; not \"Experimentation and growth\" and \"Storytelling\".",
    );
    h.get_by_label_contains("• Serves \"Lead a zero-to-one product from idea to first traction\"");
    // What the portfolio would say if the AI role were taken.
    h.get_by_label_contains(
        "Instead: A big swing is due, and \"Lead PM, AI Shopping Assistant at Northwind Retail\" is planned",
    );
    // Staying in the current job adds nothing to the timeline.
    h.get_by_label("Staying adds nothing to the timeline: it says what it says today.");
}

#[test]
fn a_call_the_document_does_not_support_is_said_in_words() {
    let mut doc = crate::file::sample();
    doc.offers[0].direction = Some(Direction::Closer);
    let h = crate::views::standalone::harness(OffersView::default(), doc, 2400.0);
    h.get_by_label(
        "You marked this closer, but the document reads it as sideways: it serves no stepping stone and builds no skill you still need.",
    );
    assert_eq!(
        h.query_all_by_label("Your call: closer to the north star.")
            .count(),
        2
    );
}

#[test]
fn the_flips_say_which_way_a_weight_must_move() {
    let mut doc = crate::file::sample();
    // North-star fit at 0 and learning at 1: 49 for staying against 53 for the AI role.
    doc.criteria[0].weight = 0.0;
    doc.criteria[1].weight = 1.0;
    let h = crate::views::standalone::harness(OffersView::default(), doc, 2400.0);
    h.get_by_label_contains("wins by 4 points");
    // Bandwidth (2 points apart for staying) ties at 3 + 4/2 = 5; skill acquisition (3 apart
    // for the AI role) at 3 − 4/3 ≈ 1.7.
    h.get_by_label(
        "Bandwidth and home life: raise its weight above 5 (now 3) and the verdict flips.",
    );
    h.get_by_label("Skill acquisition: lower its weight below 1.7 (now 3) and the verdict flips.");
}

#[test]
fn editing_a_score_in_the_inspector_changes_the_offer() {
    let mut h = harness();
    // The offer in the list, not the one shown in the pickers.
    h.get_all_by_label("Senior PM, Checkout (stay) at Northwind Retail")
        .next()
        .expect("listed")
        .click();
    h.run();
    h.get_all_by_label("Score: Learning")
        .next()
        .expect("slider")
        .focus();
    h.run();
    h.key_press(egui::Key::ArrowRight);
    h.run();
    let stay = h.state().doc().get(OfferId(1)).expect("stay");
    assert_eq!(score_of(stay, crate::model::CriterionId(2)), Some(3));
}

#[test]
fn an_offer_in_a_bare_spec_says_where_its_criteria_stones_and_skills_come_from() {
    let mut doc = Document::new_empty(crate::testing::today());
    // As a file written by hand with no criteria keeps it.
    doc.criteria.clear();
    doc.offers.push(crate::model::Offer {
        id: OfferId(1),
        company: "Acme".into(),
        ..crate::model::Offer::default()
    });
    let mut h = crate::views::standalone::harness(OffersView::default(), doc, 2400.0);
    h.get_by_label("Acme").click();
    h.run();
    for hint in [
        "No criteria to score it on yet: add them under Criteria, at the foot of the Offers panel.",
        "Add stepping stones on the Spec panel to link them here.",
        "Add skills on the Spec panel to link them here.",
    ] {
        h.get_by_label(hint);
    }
    // In the sample each has its own rows, and no hint.
    let mut h = harness();
    h.get_all_by_label("Senior PM, Checkout (stay) at Northwind Retail")
        .next()
        .expect("listed")
        .click();
    h.run();
    h.get_all_by_label("Score: Learning")
        .next()
        .expect("a score");
    assert!(
        h.query_by_label_contains("No criteria to score it on yet")
            .is_none()
    );
    assert!(
        h.query_by_label_contains("on the Spec panel to link them here")
            .is_none()
    );
}

#[test]
fn a_new_offer_is_not_scored_and_the_verdict_waits_for_it() {
    let mut doc = crate::file::sample();
    doc.offers.truncate(1);
    let mut h = crate::views::standalone::harness(OffersView::default(), doc, 2400.0);
    h.get_by_label("Add offer").click();
    h.run();
    let new = OfferId(2);
    assert!(h.state().doc().get(new).expect("added").scores.is_empty());
    h.get_by_label_contains(
        "No verdict yet: Role at New company is not scored yet on \"North-star fit\", \"Learning\",",
    );
    assert!(h.query_by_label_contains("wins by").is_none());
    // The way to the missing scores, which opens it (tests/app.rs follows the link).
    h.get_by_label("Score Role at New company");
    // The new offer is the one in the inspector: a score is given by picking it, and unset
    // again by its button.
    h.get_by_label("Score: Learning").click();
    h.run();
    h.get_by_label("4 of 5").click();
    h.run();
    let offer = h.state().doc().get(new).expect("added");
    assert_eq!(score_of(offer, crate::model::CriterionId(2)), Some(4));
    assert_eq!(offer.scores.len(), 1, "only the score given is written");
    h.get_by_label("Unset Score: Learning").click();
    h.run();
    let offer = h.state().doc().get(new).expect("added");
    assert!(offer.scores.is_empty(), "{:?}", offer.scores);
}

#[test]
fn pay_in_two_currencies_is_drawn_in_the_home_currency_at_each_rate() {
    let mut doc = crate::file::sample();
    let home = crate::analysis::value::home_currency(&doc)
        .name()
        .to_owned();
    let swing = &mut doc.offers[1];
    swing.compensation.currency = "$".to_owned();
    swing.terms.rate_to_home = Some(0.8);
    let base = swing.compensation.base;
    let h = crate::views::standalone::harness(OffersView::default(), doc, 3600.0);
    h.get_by_label(&format!(
        "Drawn in {home}. B: 1 $ = 0.8 {home}, your rate (date not given)."
    ));
    h.get_by_label(&format!("Over 4 years, in {home}"));
    // B's base over four years, raised 4 % a year, in dollars at 0.8 to the home currency.
    let four: f64 = (0..4).map(|y| base * 1.04f64.powi(y)).sum();
    h.get_by_label(&crate::analysis::offers::money(&home, four * 0.8));
}

/// Two offers paid in euros, in a document that never chose a home currency.
fn euro_doc() -> crate::model::Document {
    let mut doc = crate::file::sample();
    for o in &mut doc.offers {
        o.compensation.currency = "EUR".to_owned();
    }
    doc.rules.money = crate::model::MoneyRules::default();
    doc
}

/// Every money figure the panel shows, as text.
fn texts(h: &H) -> Vec<String> {
    h.root()
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == egui::accesskit::Role::Label)
        .filter_map(|n| n.value())
        .collect()
}

#[test]
fn every_total_of_an_offer_on_the_panel_is_the_one_figure() {
    use crate::analysis::offers::{PAY_YEARS, money};
    use crate::analysis::value::{Basis, offer_total};
    for doc in [crate::file::sample(), euro_doc()] {
        let h = crate::views::standalone::harness(OffersView::default(), doc.clone(), 3600.0);
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let home = crate::analysis::value::home_currency(&doc)
            .name()
            .to_owned();
        let shown = texts(&h);
        for offer in &doc.offers[..2] {
            let gross = money(
                &home,
                offer_total(&doc, offer, PAY_YEARS, today, Basis::Gross).expect("comparable"),
            );
            let times = shown.iter().filter(|t| t.contains(&gross)).count();
            assert!(
                times >= 2,
                "{gross} is the pay section's gross and the worth table's: {shown:#?}"
            );
        }
    }
}

/// Every text the panel and its inspector show: labels, values and names.
fn every_text(h: &H) -> Vec<String> {
    h.root()
        .children_recursive()
        .flat_map(|n| [n.accesskit_node().label(), n.value()])
        .flatten()
        .collect()
}

#[test]
fn a_document_in_euros_shows_no_dollar_anywhere() {
    let mut h = crate::views::standalone::harness(OffersView::default(), euro_doc(), 3600.0);
    h.get_all_by_label("Senior PM, Checkout (stay) at Northwind Retail")
        .next()
        .expect("listed")
        .click();
    h.run();
    let shown = every_text(&h);
    let dollars: Vec<&String> = shown.iter().filter(|t| t.contains('$')).collect();
    assert!(dollars.is_empty(), "{dollars:#?}");
    // Where the currency came from is said once.
    assert_eq!(
        h.query_all_by_label_contains("Your currency is not chosen yet")
            .count(),
        1
    );
    h.get_by_label("Over 4 years, in EUR");
}

#[test]
fn a_missing_rate_is_asked_in_the_inspector_and_no_total_counts_it_1_to_1() {
    use crate::analysis::offers::{PAY_YEARS, money};
    let mut doc = crate::file::sample();
    doc.offers[1].compensation.currency = "EUR".to_owned();
    doc.offers[1].terms.rate_to_home = None;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    // What B would come to counted 1 to 1, on every basis.
    let guesses: Vec<String> =
        crate::analysis::value::offer_years(&doc, &doc.offers[1], PAY_YEARS, today)
            .iter()
            .flat_map(|y| [y.gross, y.after_tax, y.real])
            .map(|v| money("£", v))
            .collect();
    let mut h = crate::views::standalone::harness(OffersView::default(), doc, 3600.0);
    h.get_all_by_label("Lead PM, AI Shopping Assistant at Northwind Retail")
        .next()
        .expect("listed")
        .click();
    h.run();
    let shown = every_text(&h);
    for guess in &guesses {
        assert!(
            !shown.iter().any(|t| t.contains(guess.as_str())),
            "{guess} is a figure counted 1 to 1"
        );
    }
    assert!(
        shown.iter().any(|t| t.contains("not comparable")),
        "{shown:#?}"
    );
    // The rate is asked for, empty, and typed in.
    let field = h.get_by_label("£ per 1 EUR");
    assert_eq!(field.value().unwrap_or_default(), "");
    field.focus();
    h.run();
    h.get_by_label("£ per 1 EUR").type_text("0.86");
    h.run();
    assert_eq!(
        h.state().doc().offers[1].terms.rate_to_home,
        Some(0.86),
        "the rate typed is the offer's"
    );
    assert!(
        !every_text(&h).iter().any(|t| t.contains("not comparable")),
        "with its rate the offer is compared"
    );
}

#[test]
fn a_north_star_whose_year_has_passed_is_named_at_the_top_with_the_way_to_it() {
    let mut doc = crate::file::sample();
    doc.north_star.target_year = 2025;
    let h = crate::views::standalone::harness(OffersView::default(), doc, 2400.0);
    let gone = "Your north star's year, 2025, has passed: nothing is judged against it";
    // Named above the list of offers, and again in the verdict.
    let named: Vec<f32> = h
        .get_all_by_label_contains(gone)
        .map(|n| n.rect().top())
        .collect();
    assert_eq!(named.len(), 2, "at the top and in the verdict");
    let offers = h.get_by_label("Offers").rect().top();
    assert!(named[0] < offers, "{named:?} above {offers}");
    // Nothing reads an offer closer to a goal that is gone.
    assert!(h.query_by_label_contains("The document reads it").is_none());
    assert!(
        h.query_by_label_contains("North-star fit is scored")
            .is_none()
    );
    // The way to it (tests/app.rs follows the link).
    h.get_by_label("Go to the north star");
}

#[test]
fn a_score_given_remembers_the_north_star_and_a_rewritten_one_asks_for_re_scoring() {
    use crate::model::ScoredUnder;
    let mut doc = crate::file::sample();
    doc.offers.truncate(1);
    let mut h = crate::views::standalone::harness(OffersView::default(), doc.clone(), 2400.0);
    h.get_by_label("Add offer").click();
    h.run();
    assert_eq!(h.state().doc().offers[1].scored_under, None);
    h.get_by_label("Score: Learning").click();
    h.run();
    h.get_by_label("4 of 5").click();
    h.run();
    let under = ScoredUnder {
        role: "CPO at a mid-stage startup".into(),
        year: 2031,
        date: chrono::NaiveDate::from_ymd_opt(2026, 11, 22),
    };
    assert_eq!(h.state().doc().offers[1].scored_under, Some(under.clone()));
    // The north star rewritten since: the verdict names the offers to score again.
    let mut doc = crate::file::sample();
    doc.offers[1].scored_under = Some(under);
    doc.north_star.target_year = 2032;
    let h = crate::views::standalone::harness(OffersView::default(), doc, 2400.0);
    h.get_by_label(
        "Re-score Lead PM, AI Shopping Assistant at Northwind Retail: it was scored on 2026-11-22 under the north star \"CPO at a mid-stage startup\" by 2031; it is now \"CPO at a mid-stage startup\" by 2032.",
    );
    assert!(h.query_by_label_contains("Re-score Senior PM").is_none());
}

#[test]
fn the_stick_shows_its_evidence_and_a_contradiction_is_asked_once() {
    let mut doc = crate::file::sample();
    let mut run = doc.drift.reviews[0].clone();
    run.id = crate::model::ReviewId(2);
    run.offer = Some(OfferId(2));
    run.answers[1].answer = crate::model::Answer::No;
    doc.drift.reviews.push(run);
    let h = crate::views::standalone::harness(OffersView::default(), doc, 2400.0);
    h.get_by_label(
        "Builds: Zero-to-one building: level 2, target 5 (3 short); Executive influence: level 2, target 5 (3 short); People management: level 2, target 5 (3 short).",
    );
    h.get_by_label("The document reads it: closer to the north star (strong evidence).");
    assert_eq!(
        h.query_all_by_label_contains("Ask yourself: You answered No to \"Does it bring me closer")
            .count(),
        1
    );
}

#[test]
fn the_stick_is_silent_on_a_next_stone_that_names_no_skills() {
    let mut doc = crate::file::sample();
    doc.north_star.stones[0].skills.clear();
    let h = crate::views::standalone::harness(OffersView::default(), doc, 2400.0);
    assert!(h.query_by_label_contains("For the next stone").is_none());
    h.get_by_label_contains("Builds: Zero-to-one building: level 2");
}

#[test]
fn an_offer_with_no_currency_asks_for_it_and_shows_no_figure_in_a_currency_it_was_not_given() {
    let mut doc = crate::file::sample();
    doc.offers[1].compensation.currency = String::new();
    doc.offers[1].terms.rate_to_home = None;
    let mut h = crate::views::standalone::harness(OffersView::default(), doc, 3600.0);
    h.get_all_by_label("Lead PM, AI Shopping Assistant at Northwind Retail")
        .next()
        .expect("listed")
        .click();
    h.run();
    let shown = every_text(&h);
    assert!(
        shown.iter().any(|t| t.starts_with("currency not set")),
        "the inspector asks for it: {shown:#?}"
    );
    assert!(
        shown
            .iter()
            .any(|t| t == "not comparable: currency not set"),
        "{shown:#?}"
    );
    // No rate is asked from a currency that is not there.
    assert!(h.query_by_label_contains("per 1").is_none());
    let field = h.get_by_label("Currency");
    field.focus();
    h.run();
    h.get_by_label("Currency").type_text("EUR");
    h.run();
    assert_eq!(h.state().doc().offers[1].compensation.currency, "EUR");
    // Now a rate from it is asked for.
    h.get_by_label("£ per 1 EUR");
}

#[test]
fn choosing_not_set_in_an_offer_s_choices_clears_each_and_one_undo_brings_it_back() {
    use egui::accesskit::Role;
    let mut h = harness();
    h.get_all_by_label("Senior PM, Checkout (stay) at Northwind Retail")
        .next()
        .expect("listed")
        .click();
    h.run();
    let before = h.state().doc().offers[0].clone();
    assert!(before.kind.is_some() && before.phase.is_some());
    assert!(before.work.is_some() && before.direction.is_some());
    for choice in ["Kind", "Phase it starts", "Type of work", "North star"] {
        h.get_by_role_and_label(Role::ComboBox, choice).click();
        h.run();
        h.get_by_label("Not set").click();
        h.run();
        assert_eq!(
            h.get_by_role_and_label(Role::ComboBox, choice)
                .value()
                .as_deref(),
            Some(crate::views::widgets::NOT_SET_YET),
            "{choice}"
        );
    }
    let after = &h.state().doc().offers[0];
    assert_eq!(
        (after.kind, after.phase, after.work, after.direction),
        (None, None, None, None)
    );
    // Each choice cleared is its own undo step.
    let s = h.state_mut();
    assert!(s.session.history.undo(&mut s.session.doc));
    h.run();
    assert_eq!(h.state().doc().offers[0].direction, before.direction);
    assert_eq!(h.state().doc().offers[0].work, None);
}

#[test]
fn a_wide_window_puts_the_verdict_beside_the_table() {
    let at = |width: f32| {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let h = Harness::builder()
            .with_size([width, 1000.0])
            .build_ui_state(
                |ui, s: &mut Standalone<OffersView>| s.ui(ui),
                Standalone::new(OffersView::default(), crate::file::sample(), today),
            );
        let verdict = h.get_by_label("Verdict").rect();
        let total = h.get_by_label("Total").rect();
        (verdict, total)
    };
    // 1920 wide less the navigation: the verdict heads the second column, level with the table.
    let (verdict, total) = at(1800.0);
    assert!(
        verdict.left() > total.right(),
        "{verdict:?} beside {total:?}"
    );
    assert!(verdict.top() < total.top());
    // 1280: one column, the verdict under the table.
    let (verdict, total) = at(1160.0);
    assert!(
        verdict.top() > total.bottom(),
        "{verdict:?} under {total:?}"
    );
}

#[test]
fn a_score_s_note_wraps_in_the_inspector_instead_of_running_past_its_field() {
    let mut h = harness();
    h.get_all_by_label("Senior PM, Checkout (stay) at Northwind Retail")
        .next()
        .expect("listed")
        .click();
    h.run();
    let field = h.get_by_label("Why: North-star fit");
    let edge = field.rect().right();
    let runs: Vec<egui::Rect> = field.children_recursive().map(|n| n.rect()).collect();
    assert!(runs.len() > 1, "one line only: {runs:?}");
    assert!(
        runs.iter().all(|r| r.right() <= edge + 0.5),
        "{runs:?} past {edge}"
    );
}
