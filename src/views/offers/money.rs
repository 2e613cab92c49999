//! The money side of the offer inspector: an offer's equity and its odds, its currency,
//! taxes, place and expected promotion, and for the current job what leaving it costs. The
//! panel's side by side of the two offers' true value is in `worth`.

use crate::analysis::offers::{money, one_decimal};
use crate::analysis::value::{offer_equity, offer_terms};
use crate::model::{
    Bracket, Document, EquityKind, Offer, Promotion, Scenario, UnvestedGrant, Vesting,
};
use crate::views::widgets as rows;

/// The form rows, bound to a copy: each gives back the new value only when the person
/// changed it, so that an edit is the whole offer with that one value changed.
fn text_row(ui: &mut egui::Ui, label: &str, value: &str) -> Option<String> {
    let mut v = value.to_owned();
    rows::text_row(ui, label, &mut v).changed().then_some(v)
}

fn number_row(
    ui: &mut egui::Ui,
    label: &str,
    value: f64,
    range: std::ops::RangeInclusive<f64>,
    speed: f64,
    suffix: &str,
) -> Option<f64> {
    let mut v = value;
    let changed = rows::number_row(ui, label, &mut v, range, speed, suffix).changed();
    (changed && v != value).then_some(v)
}

fn money_row(ui: &mut egui::Ui, label: &str, value: f64, currency: &str) -> Option<f64> {
    let mut v = value;
    let changed = rows::money_row(ui, label, &mut v, currency).changed();
    (changed && v != value).then_some(v)
}

fn check_row(ui: &mut egui::Ui, label: &str, text: &str, value: bool) -> Option<bool> {
    let mut v = value;
    rows::check_row(ui, label, text, &mut v)
        .changed()
        .then_some(v)
}

fn choice_row<T: Copy + PartialEq + std::fmt::Display>(
    ui: &mut egui::Ui,
    label: &str,
    value: T,
    all: &[T],
) -> Option<T> {
    let mut v = value;
    rows::choice_row(ui, label, &mut v, all);
    (v != value).then_some(v)
}

// The outer `None` is "unchanged", the inner one "no date".
#[allow(clippy::option_option)]
fn date_row(
    ui: &mut egui::Ui,
    label: &str,
    value: Option<chrono::NaiveDate>,
    today: chrono::NaiveDate,
) -> Option<Option<chrono::NaiveDate>> {
    let mut v = value;
    rows::date_row(ui, label, &mut v, today);
    (v != value).then_some(v)
}

/// A percentage the person may leave to the rules: shows the rule's value until they enter
/// their own, and offers to go back to it. Returns the new setting when it changed.
// The outer `None` is "unchanged", the inner one "back to the rule", as `date_row` does.
#[allow(clippy::option_option)]
fn own_or_rule_row(
    ui: &mut egui::Ui,
    label: &str,
    value: Option<f64>,
    rule: f64,
    range: std::ops::RangeInclusive<f64>,
) -> Option<Option<f64>> {
    let shown = value.unwrap_or(rule);
    let mut out = number_row(ui, label, shown, range, 0.1, " %").map(Some);
    ui.label("");
    if value.is_some() {
        if ui
            .small_button(format!("Use the rule ({} %)", one_decimal(rule)))
            .clicked()
        {
            out = Some(None);
        }
    } else {
        ui.label(egui::RichText::new("rule default: enter yours").weak());
    }
    ui.end_row();
    out
}

/// The money rows of an offer's inspector. Returns the changed offer and what changed.
pub fn inspector_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    offer: &Offer,
    today: chrono::NaiveDate,
) -> Option<(Offer, &'static str)> {
    let mut changed = None;
    let rules = &doc.rules.money;
    let c = offer.compensation.currency.clone();
    ui.add_space(6.0);
    ui.strong("Equity and its odds");
    egui::Grid::new("equity inspector")
        .num_columns(2)
        .show(ui, |ui| {
            let e = &offer.equity;
            let mut set = |f: &dyn Fn(&mut Offer), what| {
                let mut o = offer.clone();
                f(&mut o);
                changed = Some((o, what));
            };
            if let Some(kind) = choice_row(ui, "Equity kind", e.kind, EquityKind::ALL) {
                set(&|o: &mut Offer| o.equity.kind = kind, "equity kind");
            }
            if !e.kind.is_private() {
                return;
            }
            if let Some(v) = number_row(ui, "Shares or options", e.shares, 0.0..=1e12, 10.0, "") {
                set(&|o: &mut Offer| o.equity.shares = v, "shares");
            }
            if let Some(v) = number_row(ui, "Price per share today", e.price, 0.0..=1e9, 0.01, "") {
                set(&|o: &mut Offer| o.equity.price = v, "share price");
            }
            if e.kind == EquityKind::PrivateOptions
                && let Some(v) = number_row(ui, "Strike price", e.strike, 0.0..=1e9, 0.01, "")
            {
                set(&|o: &mut Offer| o.equity.strike = v, "strike");
            }
            if let Some(v) = money_row(ui, "Company valuation", e.valuation, &c) {
                set(&|o: &mut Offer| o.equity.valuation = v, "valuation");
            }
            if let Some(v) = money_row(ui, "Preference stack", e.preferences, &c) {
                set(&|o: &mut Offer| o.equity.preferences = v, "preferences");
            }
            if let Some(v) = own_or_rule_row(
                ui,
                "Dilution per round",
                e.dilution_pct,
                rules.dilution_pct,
                0.0..=99.0,
            ) {
                set(&|o: &mut Offer| o.equity.dilution_pct = v, "dilution");
            }
            if let Some(v) = number_row(
                ui,
                "Rounds before the exit",
                f64::from(e.rounds),
                0.0..=20.0,
                0.05,
                "",
            ) {
                set(
                    &|o: &mut Offer| o.equity.rounds = v.round() as u32,
                    "rounds",
                );
            }
            if let Some(v) = own_or_rule_row(
                ui,
                "Discount per year",
                e.discount_pct,
                rules.discount_pct,
                0.0..=100.0,
            ) {
                set(&|o: &mut Offer| o.equity.discount_pct = v, "discount");
            }
        });
    if offer.equity.kind.is_private() {
        if let Some(c) = scenarios_ui(ui, doc, offer) {
            changed = Some(c);
        }
        let ev = offer_equity(doc, offer);
        ui.label(format!(
            "Weighed by the odds: {} today ({} on paper); a {} % chance it is worth nothing.",
            money(&c, ev.expected),
            money(&c, ev.paper),
            one_decimal(ev.chance_nothing * 100.0)
        ))
        .on_hover_text(ev.expected_formula(&c));
    }
    ui.add_space(6.0);
    ui.strong("Currency, tax and place");
    egui::Grid::new("terms inspector")
        .num_columns(2)
        .show(ui, |ui| {
            let t = &offer.terms;
            let mut set = |f: &dyn Fn(&mut Offer), what| {
                let mut o = offer.clone();
                f(&mut o);
                changed = Some((o, what));
            };
            let rate_label = format!("{} per 1 {c}", rules.home_currency);
            if let Some(v) = number_row(
                ui,
                &rate_label,
                t.rate_to_home.unwrap_or(1.0),
                0.0001..=1e6,
                0.001,
                "",
            ) {
                set(&|o: &mut Offer| o.terms.rate_to_home = Some(v), "rate");
            }
            if let Some(d) = date_row(ui, "Rate taken on", t.rate_date, today) {
                set(&|o: &mut Offer| o.terms.rate_date = d, "rate date");
            }
            if let Some(v) = own_or_rule_row(
                ui,
                "Tax on cash",
                t.cash_tax_pct,
                rules.cash_tax_pct,
                0.0..=100.0,
            ) {
                set(&|o: &mut Offer| o.terms.cash_tax_pct = v, "cash tax");
            }
            if let Some(v) = own_or_rule_row(
                ui,
                "Tax on equity",
                t.equity_tax_pct,
                rules.equity_tax_pct,
                0.0..=100.0,
            ) {
                set(&|o: &mut Offer| o.terms.equity_tax_pct = v, "equity tax");
            }
            if let Some(v) = number_row(
                ui,
                "Cost of living (home 100)",
                t.cost_of_living.unwrap_or(100.0),
                1.0..=1000.0,
                0.5,
                "",
            ) {
                set(
                    &|o: &mut Offer| o.terms.cost_of_living = Some(v),
                    "cost of living",
                );
            }
            if let Some(on) = check_row(
                ui,
                "Promotion",
                "Expected (not promised)",
                t.promotion.is_some(),
            ) {
                set(
                    &|o: &mut Offer| o.terms.promotion = on.then(Promotion::default),
                    "promotion",
                );
            }
            if let Some(p) = &t.promotion {
                if let Some(v) = number_row(
                    ui,
                    "Promotion in year",
                    f64::from(p.year),
                    1.0..=10.0,
                    0.05,
                    "",
                ) {
                    set(
                        &|o: &mut Offer| {
                            if let Some(p) = &mut o.terms.promotion {
                                p.year = v.round() as u32;
                            }
                        },
                        "promotion",
                    );
                }
                if let Some(v) =
                    number_row(ui, "Promotion raise", p.raise_pct, 0.0..=100.0, 0.1, " %")
                {
                    set(
                        &|o: &mut Offer| {
                            if let Some(p) = &mut o.terms.promotion {
                                p.raise_pct = v;
                            }
                        },
                        "promotion",
                    );
                }
                if let Some(v) = money_row(ui, "Promotion grant", p.refresh, &c) {
                    set(
                        &|o: &mut Offer| {
                            if let Some(p) = &mut o.terms.promotion {
                                p.refresh = v;
                            }
                        },
                        "promotion",
                    );
                }
            }
        });
    if let Some(c) = brackets_ui(ui, offer) {
        changed = Some(c);
    }
    let t = offer_terms(doc, offer);
    ui.label(egui::RichText::new(format!("{}; {}.", t.rate_words(), t.cash_tax_words())).weak());
    if offer.is_current
        && let Some(c) = leaving_ui(ui, offer, today)
    {
        changed = Some(c);
    }
    changed
}

/// Marginal tax bands on cash, which take the place of the effective rate when given.
fn brackets_ui(ui: &mut egui::Ui, offer: &Offer) -> Option<(Offer, &'static str)> {
    let mut changed = None;
    let c = &offer.compensation.currency;
    for (k, band) in offer.terms.brackets.iter().enumerate() {
        ui.push_id(("tax band", k), |ui| {
            egui::Grid::new("tax band").num_columns(2).show(ui, |ui| {
                let n = k + 1;
                let mut set = |f: &dyn Fn(&mut Bracket), what| {
                    let mut o = offer.clone();
                    f(&mut o.terms.brackets[k]);
                    changed = Some((o, what));
                };
                if let Some(v) = money_row(ui, &format!("From, tax band {n}"), band.from, c) {
                    set(&|b: &mut Bracket| b.from = v, "tax band");
                }
                if let Some(v) = number_row(
                    ui,
                    &format!("Rate, tax band {n}"),
                    band.rate_pct,
                    0.0..=100.0,
                    0.5,
                    " %",
                ) {
                    set(&|b: &mut Bracket| b.rate_pct = v, "tax band");
                }
            });
            if ui
                .small_button(format!("Remove tax band {}", k + 1))
                .clicked()
            {
                let mut o = offer.clone();
                o.terms.brackets.remove(k);
                changed = Some((o, "tax bands"));
            }
        });
    }
    if ui
        .button("Add a tax band")
        .on_hover_text("Marginal bands on cash pay take the place of the effective rate.")
        .clicked()
    {
        let mut o = offer.clone();
        let from = o.terms.brackets.iter().map(|b| b.from).fold(0.0, f64::max);
        o.terms.brackets.push(Bracket {
            from: if o.terms.brackets.is_empty() {
                0.0
            } else {
                from + 10_000.0
            },
            rate_pct: 0.0,
        });
        changed = Some((o, "tax bands"));
    }
    changed
}

fn scenarios_ui(ui: &mut egui::Ui, doc: &Document, offer: &Offer) -> Option<(Offer, &'static str)> {
    let mut changed = None;
    let rules = &doc.rules.money;
    ui.label("Exit scenarios");
    if offer.equity.scenarios.is_empty() {
        ui.label(
            egui::RichText::new("None of yours yet: the rules' seed-stage set is used.").weak(),
        );
    }
    for (k, s) in offer.equity.scenarios.iter().enumerate() {
        ui.push_id(("scenario", k), |ui| {
            egui::Grid::new("scenario").num_columns(2).show(ui, |ui| {
                let n = k + 1;
                let mut set = |f: &dyn Fn(&mut Scenario), what| {
                    let mut o = offer.clone();
                    f(&mut o.equity.scenarios[k]);
                    changed = Some((o, what));
                };
                if let Some(v) = text_row(ui, &format!("Scenario {n}"), &s.name) {
                    set(&|s: &mut Scenario| s.name.clone_from(&v), "scenario");
                }
                if let Some(v) = number_row(
                    ui,
                    &format!("Chance, scenario {n}"),
                    s.probability_pct,
                    0.0..=100.0,
                    0.5,
                    " %",
                ) {
                    set(&|s: &mut Scenario| s.probability_pct = v, "scenario");
                }
                if let Some(v) = number_row(
                    ui,
                    &format!("Exit multiple, scenario {n}"),
                    s.multiple,
                    0.0..=1000.0,
                    0.05,
                    "×",
                ) {
                    set(&|s: &mut Scenario| s.multiple = v, "scenario");
                }
                if let Some(v) = number_row(
                    ui,
                    &format!("Years to exit, scenario {n}"),
                    s.years,
                    0.0..=50.0,
                    0.05,
                    "",
                ) {
                    set(&|s: &mut Scenario| s.years = v, "scenario");
                }
            });
            if ui
                .small_button(format!("Remove scenario {}", k + 1))
                .clicked()
            {
                let mut o = offer.clone();
                o.equity.scenarios.remove(k);
                changed = Some((o, "scenarios"));
            }
        });
    }
    let sum: f64 = offer
        .equity
        .scenarios
        .iter()
        .map(|s| s.probability_pct)
        .sum();
    if !offer.equity.scenarios.is_empty() && (sum - 100.0).abs() > 0.01 {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            format!(
                "The chances add up to {} %: they must make 100 %.",
                one_decimal(sum)
            ),
        );
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button("Add a scenario").clicked() {
            let mut o = offer.clone();
            o.equity.scenarios.push(Scenario::default());
            changed = Some((o, "scenarios"));
        }
        for (label, set) in [
            ("Seed-stage preset", &rules.seed),
            ("Growth-stage preset", &rules.growth),
        ] {
            if ui
                .button(label)
                .on_hover_text(rules.note.as_str())
                .clicked()
            {
                let mut o = offer.clone();
                o.equity.scenarios.clone_from(set);
                changed = Some((o, "scenarios"));
            }
        }
    });
    changed
}

fn leaving_ui(
    ui: &mut egui::Ui,
    offer: &Offer,
    today: chrono::NaiveDate,
) -> Option<(Offer, &'static str)> {
    let mut changed = None;
    let c = &offer.compensation.currency;
    ui.add_space(6.0);
    ui.strong("What leaving costs");
    for (k, g) in offer.leaving.grants.iter().enumerate() {
        ui.push_id(("unvested", k), |ui| {
            egui::Grid::new("unvested grant")
                .num_columns(2)
                .show(ui, |ui| {
                    let n = k + 1;
                    let mut set = |f: &dyn Fn(&mut UnvestedGrant), what| {
                        let mut o = offer.clone();
                        f(&mut o.leaving.grants[k]);
                        changed = Some((o, what));
                    };
                    if let Some(v) = text_row(ui, &format!("Grant {n}"), &g.name) {
                        set(
                            &|g: &mut UnvestedGrant| g.name.clone_from(&v),
                            "unvested grant",
                        );
                    }
                    if let Some(v) = money_row(ui, &format!("Value, grant {n}"), g.value, c) {
                        set(&|g: &mut UnvestedGrant| g.value = v, "unvested grant");
                    }
                    if let Some(d) = date_row(ui, &format!("Granted, grant {n}"), g.granted, today)
                    {
                        set(&|g: &mut UnvestedGrant| g.granted = d, "unvested grant");
                    }
                    if let Some(v) =
                        choice_row(ui, &format!("Vesting, grant {n}"), g.vesting, Vesting::ALL)
                    {
                        set(
                            &|g: &mut UnvestedGrant| {
                                g.vesting = v;
                                if v == Vesting::Custom && g.custom_vesting.is_empty() {
                                    g.custom_vesting = vec![25.0; 4];
                                }
                            },
                            "unvested grant",
                        );
                    }
                });
            if ui.small_button(format!("Remove grant {}", k + 1)).clicked() {
                let mut o = offer.clone();
                o.leaving.grants.remove(k);
                changed = Some((o, "unvested grants"));
            }
        });
    }
    if ui.button("Add a grant still vesting").clicked() {
        let mut o = offer.clone();
        o.leaving.grants.push(UnvestedGrant::default());
        changed = Some((o, "unvested grants"));
    }
    egui::Grid::new("leaving inspector")
        .num_columns(2)
        .show(ui, |ui| {
            let l = &offer.leaving;
            let mut set = |f: &dyn Fn(&mut Offer), what| {
                let mut o = offer.clone();
                f(&mut o);
                changed = Some((o, what));
            };
            if let Some(v) = money_row(ui, "Next bonus", l.next_bonus, c) {
                set(&|o: &mut Offer| o.leaving.next_bonus = v, "next bonus");
            }
            if let Some(d) = date_row(ui, "Bonus paid on", l.bonus_date, today) {
                set(&|o: &mut Offer| o.leaving.bonus_date = d, "bonus date");
            }
            if let Some(v) = money_row(ui, "Sign-on to pay back", l.clawback, c) {
                set(&|o: &mut Offer| o.leaving.clawback = v, "clawback");
            }
            if let Some(d) = date_row(ui, "Owed until", l.clawback_until, today) {
                set(
                    &|o: &mut Offer| o.leaving.clawback_until = d,
                    "clawback date",
                );
            }
        });
    changed
}
