use super::*;

#[test]
fn the_sample_loads_and_is_valid() {
    let doc = from_str(SAMPLE_RON).expect("sample loads");
    assert_eq!(doc.profile.name, "Priya Raman");
    assert_eq!(doc.offers.len(), 2);
}

#[test]
fn a_saved_document_reads_back_equal() {
    let doc = sample();
    let text = to_string(&doc).expect("serialises");
    assert_eq!(from_str(&text).expect("reads back"), doc);
}

#[test]
fn a_version_1_file_without_metrics_or_reviews_loads_with_none() {
    let doc = from_str(
        "(format: \"career-spec\", version: 1, spec: (profile: (name: \"A\", career_start_year: 2016), north_star: (target_year: 2031), rules: (repeat_threshold: 3)))",
    )
    .expect("a version-1 file loads");
    assert!(doc.metrics.is_empty());
    assert!(doc.reviews.is_empty());
    assert_eq!(doc.rules.review_days, 91);
    assert_eq!(doc.rules.repeat_threshold, 3);
}

#[test]
fn exit_scenarios_whose_chances_miss_100_are_refused_with_their_place() {
    let text = SAMPLE_RON.replacen("probability_pct: 55.0", "probability_pct: 50.0", 1);
    let (line, row) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.trim_start().starts_with("scenarios: ["))
        .expect("the sample's scenarios");
    let col = row.find('[').expect("on the line") + 1;
    let e = from_str(&text).expect_err("chances of 95 % are refused");
    assert_eq!(
        e.lines(),
        [format!(
            "line {}, column {col}: offers[1].equity.scenarios: the chances of the scenarios add up to 95 %, not 100 %",
            line + 1
        )]
    );
}

#[test]
fn an_offer_without_the_money_fields_loads_with_their_defaults() {
    let doc = from_str(
        "(format: \"career-spec\", version: 1, spec: (profile: (name: \"A\", career_start_year: 2016), north_star: (target_year: 2031), offers: [(id: 1, company: \"Acme\", compensation: (currency: \"€\", base: 90000.0, equity_grant: 20000.0))]))",
    )
    .expect("a file from before the money fields loads");
    let offer = &doc.offers[0];
    assert_eq!(offer.equity, crate::model::Equity::default());
    assert_eq!(offer.terms, crate::model::MoneyTerms::default());
    assert_eq!(offer.leaving, crate::model::Leaving::default());
    assert_eq!(doc.rules.money, crate::model::MoneyRules::default());
}

#[test]
fn a_version_4_dollar_no_offer_is_paid_in_was_the_old_default_and_is_dropped() {
    let file = |currency: &str, home: &str| {
        format!(
            "(format: \"career-spec\", version: 4, spec: (profile: (name: \"A\", career_start_year: 2016), north_star: (target_year: 2031), offers: [(id: 1, company: \"Acme\", compensation: (currency: \"{currency}\", base: 90000.0))], rules: (money: (home_currency: \"{home}\"))))"
        )
    };
    let doc = from_str(&file("€", "$")).expect("loads");
    assert_eq!(doc.rules.money.home_currency, None);
    assert_eq!(
        crate::analysis::value::home_currency(&doc)
            .currency
            .as_deref(),
        Some("€")
    );
    // Paid in dollars, or chosen as something else, it is kept.
    let doc = from_str(&file("$", "$")).expect("loads");
    assert_eq!(doc.rules.money.home_currency.as_deref(), Some("$"));
    let doc = from_str(&file("€", "£")).expect("loads");
    assert_eq!(doc.rules.money.home_currency.as_deref(), Some("£"));
}
