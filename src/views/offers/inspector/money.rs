//! The money side of the offer inspector: an offer's equity and its odds, its currency,
//! taxes, place and expected promotion, and for the current job what leaving it costs. The
//! rows bind to the inspector's one form, so an edit here is an edit of the offer like any
//! other. The panel's side by side of the two offers' true value is in `worth`.

use chrono::NaiveDate;

use super::vesting::custom_vesting_rows;
use crate::analysis::offers::{money, one_decimal};
use crate::analysis::value::{UNKNOWN_HOME, home_currency, offer_equity, offer_terms};
use crate::model::{
    Bracket, Document, EquityKind, MoneyRules, Offer, Promotion, Scenario, UnvestedGrant, Vesting,
};
use crate::views::form::{Form, Rows};
use crate::views::widgets;

/// A percentage the person may leave to the rules: shows the rule's value until they enter
/// their own, and offers to go back to it.
fn own_or_rule(
    rows: &mut Rows<'_>,
    label: &'static str,
    value: &mut Option<f64>,
    rule: f64,
    range: std::ops::RangeInclusive<f64>,
) {
    let mut shown = value.unwrap_or(rule);
    // Not given, the number in the box is the rule's, and says so inside the box: a note
    // beside it ran past a narrow inspector's edge and widened the form.
    let suffix = if value.is_some() { " %" } else { " % (rule)" };
    if rows.number(label, &mut shown, range, 0.1, suffix) {
        *value = Some(shown);
    }
    if value.is_some() {
        rows.ui.label("");
        // Short enough for the inspector at its narrowest; a screen reader says it whole.
        let back = format!("Use rule ({} %)", one_decimal(rule));
        let name = format!("{label}: use the rule ({} %)", one_decimal(rule));
        if rows.action(label, |ui| ui.small_button(back).accessible_name(name)) {
            *value = None;
        }
        rows.ui.end_row();
    }
}

/// The money rows of an offer's inspector, on the inspector's form.
pub fn inspector_ui(
    ui: &mut egui::Ui,
    form: &mut Form<'_, Offer>,
    doc: &Document,
    today: NaiveDate,
) {
    let rules = &doc.rules.money;
    ui.add_space(6.0);
    ui.strong("Equity and its odds");
    form.grid(ui, "equity inspector", |rows, o| {
        equity_rows(rows, o, rules);
    });
    if form.item().equity.kind.is_private() {
        form.rows(ui, |rows, o| scenario_rows(rows, o, rules));
        let offer = form.item();
        let c = &offer.compensation.currency;
        let ev = offer_equity(doc, offer);
        ui.label(format!(
            "Weighed by the odds: {} today ({} on paper); a {} % chance it is worth nothing.",
            money(c, ev.expected),
            money(c, ev.paper),
            one_decimal(ev.chance_nothing * 100.0)
        ))
        .on_hover_text(ev.expected_formula(c));
    }
    ui.add_space(6.0);
    ui.strong("Currency, tax and place");
    let home = home_currency(doc);
    form.grid(ui, "terms inspector", |rows, o| {
        terms_rows(rows, o, rules, home.currency.as_deref(), today);
    });
    form.rows(ui, bracket_rows);
    let t = offer_terms(doc, form.item());
    let words = egui::RichText::new(format!("{}; {}.", t.rate_words(), t.cash_tax_words()));
    if t.rate_missing {
        ui.colored_label(ui.visuals().warn_fg_color, words);
    } else {
        ui.label(words.weak());
    }
    if form.item().is_current {
        ui.add_space(6.0);
        ui.strong("What leaving costs");
        form.rows(ui, |rows, o| grant_rows(rows, o, today));
        form.grid(ui, "leaving inspector", |rows, o| {
            let c = o.compensation.currency.clone();
            let l = &mut o.leaving;
            rows.money("Next bonus", &mut l.next_bonus, &c);
            rows.date("Bonus paid on", &mut l.bonus_date, today);
            rows.money("Sign-on to pay back", &mut l.clawback, &c);
            rows.date("Owed until", &mut l.clawback_until, today);
        });
    }
}

/// The equity's kind and, for private equity, what it would take to be worth something.
fn equity_rows(rows: &mut Rows<'_>, o: &mut Offer, rules: &MoneyRules) {
    let c = o.compensation.currency.clone();
    let e = &mut o.equity;
    rows.choice("Equity kind", &mut e.kind, EquityKind::ALL);
    if !e.kind.is_private() {
        return;
    }
    rows.shares("Shares or options", &mut e.shares);
    rows.price("Price per share today", &mut e.price, &c);
    if e.kind == EquityKind::PrivateOptions {
        rows.price("Strike price", &mut e.strike, &c);
    }
    rows.money("Company valuation", &mut e.valuation, &c);
    rows.money("Preference stack", &mut e.preferences, &c);
    own_or_rule(
        rows,
        "Dilution per round",
        &mut e.dilution_pct,
        rules.dilution_pct,
        0.0..=99.0,
    );
    rows.count(
        "Rounds before the exit",
        &mut e.rounds,
        0.0..=20.0,
        0.05,
        "",
    );
    own_or_rule(
        rows,
        "Discount per year",
        &mut e.discount_pct,
        rules.discount_pct,
        0.0..=100.0,
    );
}

/// The exchange rate, taxes, cost of living and an expected promotion.
fn terms_rows(
    rows: &mut Rows<'_>,
    o: &mut Offer,
    rules: &MoneyRules,
    home: Option<&str>,
    today: NaiveDate,
) {
    let c = o.compensation.currency.clone();
    let t = &mut o.terms;
    // Paid in the home currency, there is no rate to give: "£ per 1 £" asked for nothing;
    // nor while the offer's currency is not set, which is asked for first.
    if home != Some(c.trim()) && !c.trim().is_empty() {
        let rate_label = format!("{} per 1 {c}", home.unwrap_or(UNKNOWN_HOME));
        // A rate not given is asked for, empty: no rate of 1 stands in for it.
        rows.merging("rate", |ui| {
            widgets::maybe_number_row(
                ui,
                &rate_label,
                &mut t.rate_to_home,
                0.000_001..=1e6,
                0.001,
                "not given: type it",
            )
        });
        rows.date("Rate taken on", &mut t.rate_date, today);
    }
    own_or_rule(
        rows,
        "Tax on cash",
        &mut t.cash_tax_pct,
        rules.cash_tax_pct,
        0.0..=100.0,
    );
    own_or_rule(
        rows,
        "Tax on equity",
        &mut t.equity_tax_pct,
        rules.equity_tax_pct,
        0.0..=100.0,
    );
    let mut living = t.cost_of_living.unwrap_or(100.0);
    if rows.number(
        "Cost of living (home 100)",
        &mut living,
        1.0..=1000.0,
        0.5,
        "",
    ) {
        t.cost_of_living = Some(living);
    }
    let mut expected = t.promotion.is_some();
    if rows.check("Promotion", "Expected (not promised)", &mut expected) {
        t.promotion = expected.then(Promotion::default);
    }
    if let Some(p) = &mut t.promotion {
        rows.count("Promotion in year", &mut p.year, 1.0..=10.0, 0.05, "");
        rows.number("Promotion raise", &mut p.raise_pct, 0.0..=100.0, 0.1, " %");
        rows.money("Promotion grant", &mut p.refresh, &c);
    }
}

/// Marginal tax bands on cash, which take the place of the effective rate when given.
fn bracket_rows(rows: &mut Rows<'_>, o: &mut Offer) {
    let c = o.compensation.currency.clone();
    let bands = &mut o.terms.brackets;
    rows.entries(
        "tax band",
        bands,
        |n| format!("Remove tax band {n}"),
        |rows, n, band| {
            rows.merging("tax band", |ui| {
                widgets::money_row(ui, &format!("From, tax band {n}"), &mut band.from, &c)
            });
            rows.merging("tax band", |ui| {
                let label = format!("Rate, tax band {n}");
                widgets::number_row(ui, &label, &mut band.rate_pct, 0.0..=100.0, 0.5, " %")
            });
        },
    );
    if rows.action("tax band", |ui| {
        ui.button("Add a tax band")
            .on_hover_text("Marginal bands on cash pay take the place of the effective rate.")
    }) {
        // Each new band starts above the highest, so that the bands stay in order.
        let from = bands.iter().map(|b| b.from + 10_000.0).fold(0.0, f64::max);
        bands.push(Bracket {
            from,
            rate_pct: 0.0,
        });
    }
}

/// The exit scenarios the equity's odds come from, with the rules' presets.
fn scenario_rows(rows: &mut Rows<'_>, o: &mut Offer, rules: &MoneyRules) {
    let scenarios = &mut o.equity.scenarios;
    rows.ui.label("Exit scenarios");
    if scenarios.is_empty() {
        widgets::empty_hint(
            rows.ui,
            "None of yours yet: the rules' seed-stage set is used.",
        );
    }
    rows.entries(
        "scenario",
        scenarios,
        |n| format!("Remove scenario {n}"),
        |rows, n, s| {
            rows.merging("scenario", |ui| {
                widgets::text_row(ui, &format!("Scenario {n}"), &mut s.name)
            });
            rows.merging("scenario", |ui| {
                let label = format!("Chance, scenario {n}");
                widgets::number_row(ui, &label, &mut s.probability_pct, 0.0..=100.0, 0.5, " %")
            });
            rows.merging("scenario", |ui| {
                let label = format!("Exit multiple, scenario {n}");
                widgets::number_row(ui, &label, &mut s.multiple, 0.0..=1000.0, 0.05, "×")
            });
            rows.merging("scenario", |ui| {
                let label = format!("Years to exit, scenario {n}");
                widgets::number_row(ui, &label, &mut s.years, 0.0..=50.0, 0.05, "")
            });
        },
    );
    let sum: f64 = scenarios.iter().map(|s| s.probability_pct).sum();
    if !scenarios.is_empty() && (sum - 100.0).abs() > 0.01 {
        rows.ui.colored_label(
            rows.ui.visuals().warn_fg_color,
            format!(
                "The chances add up to {} %: they must make 100 %.",
                one_decimal(sum)
            ),
        );
    }
    rows.horizontal_wrapped(|rows| {
        if rows.action("scenario", |ui| ui.button("Add a scenario")) {
            scenarios.push(Scenario::default());
        }
        for (label, preset) in [
            ("Seed-stage preset", &rules.seed),
            ("Growth-stage preset", &rules.growth),
        ] {
            if rows.action("scenario", |ui| {
                ui.button(label).on_hover_text(rules.note.as_str())
            }) {
                scenarios.clone_from(preset);
            }
        }
    });
}

/// The current job's grants still vesting: what leaving now would forfeit.
fn grant_rows(rows: &mut Rows<'_>, o: &mut Offer, today: NaiveDate) {
    let c = o.compensation.currency.clone();
    let grants = &mut o.leaving.grants;
    rows.entries(
        "unvested grant",
        grants,
        |n| format!("Remove grant {n}"),
        |rows, n, g| {
            let of = format!(", grant {n}");
            rows.merging("unvested grant", |ui| {
                widgets::text_row(ui, &format!("Grant {n}"), &mut g.name)
            });
            rows.merging("unvested grant", |ui| {
                widgets::money_row(ui, &format!("Value{of}"), &mut g.value, &c)
            });
            rows.own_step("unvested grant", |ui| {
                crate::views::date::date_row(ui, &format!("Granted{of}"), &mut g.granted, today)
            });
            let chosen = rows.own_step("unvested grant", |ui| {
                widgets::choice_row(ui, &format!("Vesting{of}"), &mut g.vesting, Vesting::ALL)
            });
            if chosen && g.vesting == Vesting::Custom && g.custom_vesting.is_empty() {
                g.custom_vesting = vec![25.0; 4];
            }
            if g.vesting == Vesting::Custom {
                custom_vesting_rows(rows, "unvested grant", &of, &mut g.custom_vesting);
            }
        },
    );
    if rows.action("unvested grant", |ui| {
        ui.button("Add a grant still vesting")
    }) {
        grants.push(UnvestedGrant::default());
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable;

    use crate::model::{Document, OfferId, Vesting};
    use crate::views::offers::OffersView;
    use crate::views::standalone::Standalone;

    type H = egui_kittest::Harness<'static, Standalone<OffersView>>;

    fn harness(doc: Document) -> H {
        crate::views::standalone::harness(OffersView::default(), doc, 3600.0)
    }

    /// Opens an offer's inspector by clicking it in the list, the first place it is named.
    fn open(h: &mut H, name: &str) {
        h.get_all_by_label(name).next().expect("listed").click();
        h.run();
    }

    fn click(h: &mut H, label: &str) {
        h.get_by_label(label).click();
        h.run();
    }

    fn offer(h: &H, id: u64) -> &crate::model::Offer {
        h.state().doc().get(OfferId(id)).expect("the offer")
    }

    fn undo(h: &mut H) {
        let s = h.state_mut();
        assert!(
            s.session.history.undo(&mut s.session.doc),
            "something to undo"
        );
        h.run();
    }

    const STAY: &str = "Senior PM, Checkout (stay) at Northwind Retail";
    const SWING: &str = "Lead PM, AI Shopping Assistant at Northwind Retail";

    #[test]
    fn tax_bands_are_added_in_the_inspector() {
        let mut h = harness(crate::file::sample());
        open(&mut h, STAY);
        click(&mut h, "Add a tax band");
        click(&mut h, "Add a tax band");
        let from: Vec<f64> = offer(&h, 1).terms.brackets.iter().map(|b| b.from).collect();
        assert_eq!(from, [0.0, 10_000.0]);
        h.get_by_label("Rate, tax band 2");
        click(&mut h, "Remove tax band 1");
        let from: Vec<f64> = offer(&h, 1).terms.brackets.iter().map(|b| b.from).collect();
        assert_eq!(from, [10_000.0], "the band asked for goes, the other stays");
        // Each click was its own step: one undo brings the removed band back.
        undo(&mut h);
        assert_eq!(offer(&h, 1).terms.brackets.len(), 2);
    }

    #[test]
    fn a_private_grant_hides_the_grant_value_no_figure_reads_and_keeps_it() {
        let mut doc = crate::file::sample();
        doc.offers[1].compensation.equity_grant = 5_000.0;
        let mut h = harness(doc);
        open(&mut h, SWING);
        assert!(h.query_by_label("Equity grant").is_none());
        h.get_by_label("Shares or options");
        open(&mut h, STAY);
        h.get_by_label("Equity grant");
        assert!(h.query_by_label("Shares or options").is_none());
        assert_eq!(offer(&h, 2).compensation.equity_grant, 5_000.0);
    }

    #[test]
    fn a_preset_fills_in_the_exit_scenarios() {
        let mut h = harness(crate::file::sample());
        open(&mut h, SWING);
        click(&mut h, "Growth-stage preset");
        let doc = h.state().doc();
        let ai = doc.get(OfferId(2)).expect("the AI swing");
        assert_eq!(ai.equity.scenarios, doc.rules.money.growth);
    }

    #[test]
    fn a_rate_of_ones_own_goes_back_to_the_rules() {
        let mut doc = crate::file::sample();
        let rule = doc.rules.money.dilution_pct;
        doc.offers[1].equity.dilution_pct = Some(rule + 5.0);
        let mut h = harness(doc);
        open(&mut h, SWING);
        h.get_by_label_contains("Dilution per round: use the rule")
            .click();
        h.run();
        assert_eq!(offer(&h, 2).equity.dilution_pct, None);
        assert!(
            h.query_by_label_contains("Dilution per round: use the rule")
                .is_none()
        );
    }

    #[test]
    fn a_grant_still_vesting_takes_a_schedule_of_its_own() {
        let mut doc = crate::file::sample();
        let grant = &mut doc.offers[0].leaving.grants[1];
        grant.vesting = Vesting::Custom;
        grant.custom_vesting = vec![40.0, 30.0, 30.0];
        let mut h = harness(doc);
        open(&mut h, STAY);
        // Each year of the second grant's schedule is a row of its own, and the first
        // grant, on a preset, has none.
        h.get_by_label("Vests in year 3, grant 2");
        assert!(h.query_by_label("Vests in year 1, grant 1").is_none());
        h.get_by_label("100 %");
        click(&mut h, "Add a vesting year, grant 2");
        assert_eq!(
            offer(&h, 1).leaving.grants[1].custom_vesting,
            [40.0, 30.0, 30.0, 0.0]
        );
        click(&mut h, "Remove year 4, grant 2");
        assert_eq!(
            offer(&h, 1).leaving.grants[1].custom_vesting,
            [40.0, 30.0, 30.0]
        );
        click(&mut h, "Remove year 3, grant 2");
        assert_eq!(offer(&h, 1).leaving.grants[1].custom_vesting, [40.0, 30.0]);
        h.get_by_label("70 %");
        undo(&mut h);
        assert_eq!(
            offer(&h, 1).leaving.grants[1].custom_vesting,
            [40.0, 30.0, 30.0]
        );
    }

    #[test]
    fn an_offer_paid_at_home_asks_for_no_exchange_rate() {
        let mut doc = crate::file::sample();
        let home = crate::analysis::value::home_currency(&doc)
            .name()
            .to_owned();
        doc.offers[1].compensation.currency = "$".to_owned();
        let mut h = harness(doc);
        open(&mut h, STAY);
        assert!(h.query_by_label(&format!("{home} per 1 {home}")).is_none());
        open(&mut h, SWING);
        h.get_by_label(&format!("{home} per 1 $"));
        h.get_by_label("Rate taken on");
    }

    /// Types into a number field as a person does: focus selects it, then Enter.
    fn type_into(h: &mut H, label: &str, text: &str) {
        h.get_by_label(label).focus();
        h.run();
        h.get_by_label(label).type_text(text);
        h.run();
        h.key_press(egui::Key::Enter);
        h.run();
    }

    #[test]
    fn money_fields_take_amounts_as_people_write_them() {
        let mut h = harness(crate::file::sample());
        open(&mut h, STAY);
        for (typed, want) in [
            ("120k", 120_000.0),
            ("1.2m", 1_200_000.0),
            ("£95.500", 95_500.0),
            ("130,000", 130_000.0),
        ] {
            type_into(&mut h, "Base per year", typed);
            assert_eq!(offer(&h, 1).compensation.base, want, "{typed}");
        }
        assert_eq!(
            h.get_by_label("Base per year").value().as_deref(),
            Some("£130,000")
        );
    }

    #[test]
    fn shares_read_grouped_and_prices_with_their_currency() {
        let mut doc = crate::file::sample();
        doc.offers[1].compensation.currency = "EUR".to_owned();
        doc.offers[1].equity.shares = 30_000.0;
        doc.offers[1].equity.price = 4.0;
        let mut h = harness(doc);
        open(&mut h, SWING);
        assert_eq!(
            h.get_by_label("Shares or options").value().as_deref(),
            Some("30,000")
        );
        assert_eq!(
            h.get_by_label("Price per share today").value().as_deref(),
            Some("EUR 4.00")
        );
        type_into(&mut h, "Shares or options", "45k");
        assert_eq!(offer(&h, 2).equity.shares, 45_000.0);
        type_into(&mut h, "Price per share today", "EUR 4.25");
        assert_eq!(offer(&h, 2).equity.price, 4.25);
    }

    #[test]
    fn percentages_are_written_by_one_rule() {
        let mut doc = crate::file::sample();
        doc.offers[0].terms.cash_tax_pct = Some(42.0);
        let mut h = harness(doc);
        open(&mut h, STAY);
        assert_eq!(
            h.get_by_label("Tax on cash").value().as_deref(),
            Some("42 %")
        );
        type_into(&mut h, "Tax on cash", "37.5 %");
        assert_eq!(offer(&h, 1).terms.cash_tax_pct, Some(37.5));
        assert_eq!(
            h.get_by_label("Tax on cash").value().as_deref(),
            Some("37.5 %")
        );
    }
}
