//! One money truth: for random offers (currencies with their rates, equity of every kind,
//! vesting, an expected promotion, the current job's grants given up), every total the
//! command line, its JSON and the Markdown export print for an offer is the one analysis
//! function's.

use career_spec::analysis::offers::{PAY_YEARS, money};
use career_spec::analysis::value::{Basis, offer_total};
use career_spec::cli::compare::{render, render_json};
use career_spec::export::{Audience, markdown_for};
use career_spec::model::{Document, EquityKind, Promotion, Vesting};
use proptest::prelude::*;

mod support;
use support::today;

/// The sample with its swing offer changed as drawn.
#[allow(clippy::too_many_arguments)]
fn with_swing(
    base: f64,
    bonus_pct: f64,
    euro_rate: Option<f64>,
    kind: usize,
    shares: f64,
    price: f64,
    strike: f64,
    vesting: usize,
    promotion: Option<(u32, f64, f64)>,
) -> Document {
    let mut doc = career_spec::file::sample();
    let b = &mut doc.offers[1];
    b.compensation.base = base;
    b.compensation.bonus_pct = bonus_pct;
    b.compensation.vesting = Vesting::ALL[vesting];
    if let Some(rate) = euro_rate {
        b.compensation.currency = "€".into();
        b.terms.rate_to_home = Some(rate);
    }
    b.equity.kind = EquityKind::ALL[kind];
    if !b.equity.kind.is_private() {
        // Exit scenarios are for private equity only: the file would be refused.
        b.equity.scenarios.clear();
    }
    b.equity.shares = shares;
    b.equity.price = price;
    b.equity.strike = strike;
    b.terms.promotion = promotion.map(|(year, raise_pct, refresh)| Promotion {
        year,
        raise_pct,
        refresh,
    });
    doc
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn every_output_prints_the_one_analysis_function_s_totals(
        base in 20_000.0f64..400_000.0,
        bonus_pct in 0.0f64..40.0,
        euro_rate in prop::option::of(0.5f64..2.0),
        kind in 0..EquityKind::ALL.len(),
        shares in 0.0f64..80_000.0,
        price in 0.1f64..20.0,
        strike in 0.0f64..10.0,
        vesting in 0..3usize,
        promotion in prop::option::of((1u32..4, 0.0f64..30.0, 0.0f64..50_000.0)),
    ) {
        let doc = with_swing(base, bonus_pct, euro_rate, kind, shares, price, strike, vesting, promotion);
        let (a, b) = (&doc.offers[0], &doc.offers[1]);
        let home = "£";
        let json: serde_json::Value =
            serde_json::from_str(&render_json(&doc, a, b, today())).expect("JSON");
        let text = render(&doc, a, b, today());
        let markdown = markdown_for(&doc, today(), Audience::Me);
        for (i, offer) in [a, b].into_iter().enumerate() {
            for (basis, key) in [
                (Basis::Gross, "gross"),
                (Basis::AfterTax, "after_tax"),
                (Basis::Real, "real"),
            ] {
                let total = offer_total(&doc, offer, PAY_YEARS, today(), basis).expect("rated");
                let printed = json["offers"][i]["total"][key].as_f64().expect("a figure");
                prop_assert!(
                    (printed - total).abs() <= 1e-6 * total.abs().max(1.0),
                    "JSON {key} of offer {i}: {printed} against {total}"
                );
                let figure = money(home, total);
                prop_assert!(text.contains(&figure), "compare lacks {key} {figure} of offer {i}");
                prop_assert!(markdown.contains(&figure), "export lacks {key} {figure} of offer {i}");
            }
        }
    }
}

proptest! {
    // The window is slower to draw: fewer cases, the same rule.
    #![proptest_config(ProptestConfig::with_cases(6))]

    #[test]
    fn the_offers_panel_shows_the_same_totals(
        base in 20_000.0f64..400_000.0,
        euro_rate in prop::option::of(0.5f64..2.0),
        kind in 0..EquityKind::ALL.len(),
        shares in 0.0f64..80_000.0,
    ) {
        use career_spec::app::picker::ScriptedPicker;
        use career_spec::app::{AppConfig, CareerApp};
        use egui_kittest::kittest::Queryable;

        let doc = with_swing(base, 10.0, euro_rate, kind, shares, 2.0, 0.5, 0, None);
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("offers.ron");
        career_spec::file::save(&path, &doc).expect("saved");
        prop_assert_eq!(career_spec::file::load(&path).expect("opens"), doc.clone());
        let config = AppConfig::for_tests(today(), ScriptedPicker::answering(vec![]));
        let mut h = egui_kittest::Harness::builder()
            .with_size([1280.0, 4000.0])
            .build_ui_state(
                |ui, app: &mut CareerApp| app.ui(ui),
                CareerApp::start(Some(&path), config),
            );
        h.run();
        h.get_by_label("Offers").click();
        h.run();
        // The worth table totals the basis the person picks.
        for (basis, choice) in [
            (Basis::Gross, "Gross"),
            (Basis::AfterTax, "After tax"),
            (Basis::Real, "Real"),
        ] {
            // The last of the choices of that name: the worth section's, below the pay chart.
            h.get_all_by_label(choice).last().expect("a choice").click();
            h.run();
            for offer in &doc.offers {
                let total = offer_total(&doc, offer, PAY_YEARS, today(), basis).expect("rated");
                let figure = money("£", total);
                prop_assert!(
                    h.query_all_by_label_contains(&figure).next().is_some(),
                    "the Offers panel lacks the {choice} total {figure}"
                );
            }
        }
    }
}
