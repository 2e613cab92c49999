//! What each offer is worth, side by side on the Offers panel: gross, after tax or real, with
//! each figure's formula, the range the equity's scenarios span and what leaving costs.

use egui_plot::{Bar, BarChart, Plot};

use super::bars::{BAR_WIDTH, Segment, segment_label};
use super::cells::{cell, row_label};

use crate::analysis::offers::{PAY_YEARS, money, offer_name, one_decimal, score_of};
use crate::analysis::value::{Basis, MoneyComparison, offer_lines, year_formula};
use crate::model::{CriterionTag, Document, Offer};
use crate::views::ViewCtx;
use crate::views::charts::{KeyMark, chart_key};
use crate::views::widgets as rows;

/// Two offers' true value side by side over `years` years, on the basis the person picks:
/// a chart and totals labelled with the basis, each figure with its formula on hover, the
/// range the equity's scenarios span, the compensation score the money suggests beside the
/// person's own, and each offer's equity, terms and forfeits.
pub fn value_ui(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    offers: [&Offer; 2],
    m: &MoneyComparison,
    years: usize,
) {
    let basis = basis_ui(ui, &m.terms[0].home);
    chart_ui(ui, ctx, offers, m, years, basis);
    grid_ui(ui, ctx, offers, m, years, basis);
    for line in &m.disagreements {
        ui.colored_label(ctx.theme.warn(), line);
    }
    for (i, offer) in offers.iter().enumerate() {
        egui::CollapsingHeader::new(format!(
            "{}: {} in detail",
            ["A", "B"][i],
            offer_name(offer)
        ))
        .id_salt(("value detail", i))
        .show(ui, |ui| {
            for line in offer_lines(m, i, offer) {
                ui.add(egui::Label::new(line).wrap());
            }
        });
    }
}

/// The section's heading and the basis the person picks, with what it means.
fn basis_ui(ui: &mut egui::Ui, home: &str) -> Basis {
    rows::section(ui, "What each is worth");
    let id = ui.make_persistent_id("value basis");
    let mut basis: Basis = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    ui.horizontal(|ui| {
        ui.label("Show");
        for option in Basis::ALL {
            ui.selectable_value(&mut basis, option, option.label());
        }
    });
    ui.data_mut(|d| d.insert_temp(id, basis));
    ui.label(
        egui::RichText::new(format!(
            "Showing {}: {}, in {home}.",
            basis.label().to_lowercase(),
            basis.meaning()
        ))
        .weak(),
    );

    basis
}

/// Each year's value as bars, A left and B right, named under the pointer.
fn chart_ui(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    offers: [&Offer; 2],
    m: &MoneyComparison,
    years: usize,
    basis: Basis,
) {
    let home = &m.terms[0].home;
    // Where each bar stands, for the label the pointer shows inside the plot.
    let mut segments: Vec<Segment> = Vec::new();
    let bars: Vec<BarChart> = (0..2)
        .map(|i| {
            // An offer not comparable has no bar: a bar counted 1 to 1 would be a figure.
            let shown = if m.missing[i].is_some() { 0 } else { years };
            let list = m.years[i]
                .iter()
                .take(shown)
                .map(|y| {
                    let x = y.year as f64 + if i == 0 { -0.18 } else { 0.18 };
                    // The bar's own words, as the table writes them.
                    let label = format!(
                        "{} year {}, {}: {}",
                        ["A", "B"][i],
                        y.year,
                        basis.label().to_lowercase(),
                        m.figure(i, y.on(basis))
                    );
                    segments.push(Segment {
                        x,
                        low: 0.0,
                        high: y.on(basis),
                        label: label.clone(),
                    });
                    Bar::new(x, y.on(basis)).width(BAR_WIDTH).name(label)
                })
                .collect();
            BarChart::new(
                format!("{}: {}", ["A", "B"][i], offer_name(offers[i])),
                list,
            )
            .color(ctx.theme.series(i))
            // Labelled inside the plot below, never by the plot above the bar.
            .element_formatter(Box::new(|_, _| String::new()))
        })
        .collect();
    let label_background = ui.visuals().extreme_bg_color;
    let axis = home.clone();
    Plot::new("value over the years")
        .height(200.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .x_axis_label(format!(
            "Year ({}, left bar A, right bar B)",
            basis.label().to_lowercase()
        ))
        .y_axis_formatter(move |mark, _| money(&axis, mark.value))
        .show(ui, |plot| {
            for chart in bars {
                plot.bar_chart(chart);
            }
            segment_label(plot, &segments, label_background);
        });
    // The key under the chart, where it covers no bar.
    let names = [0, 1].map(|i| format!("{}: {}", ["A", "B"][i], offer_name(offers[i])));
    chart_key(
        ui,
        "value key",
        1,
        (0..2).map(|i| (names[i].as_str(), ctx.theme.series(i), KeyMark::Block)),
    );
}

/// The table under the chart: each year, the totals, and what the money says besides.
fn grid_ui(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    offers: [&Offer; 2],
    m: &MoneyComparison,
    years: usize,
    basis: Basis,
) {
    let home = &m.terms[0].home;
    egui::Grid::new("value by year")
        .num_columns(3)
        .spacing([16.0, 2.0])
        .show(ui, |ui| {
            ui.strong(basis.label());
            cell(
                ui,
                egui::RichText::new(format!("A: {}", offer_name(offers[0]))).strong(),
            );
            cell(
                ui,
                egui::RichText::new(format!("B: {}", offer_name(offers[1]))).strong(),
            );
            ui.end_row();
            for year in 0..years {
                ui.label(format!("Year {}", year + 1));
                for i in 0..2 {
                    if let Some(y) = m.years[i].get(year) {
                        let text = if y.promoted {
                            format!("{} (with expected promotion)", m.figure(i, y.on(basis)))
                        } else {
                            m.figure(i, y.on(basis))
                        };
                        ui.label(text).on_hover_text(year_formula(&m.terms[i], y));
                    }
                }
                ui.end_row();
            }
            row_label(ui, format!("Total, {}", basis.label().to_lowercase()));
            for i in 0..2 {
                match &m.missing[i] {
                    Some(why) => ui.colored_label(ctx.theme.warn(), why),
                    None => ui
                        .label(money(home, m.total(i, basis)))
                        .on_hover_text("The years above added up."),
                };
            }
            ui.end_row();
            equity_row(ui, m);
            forfeits_row(ui, offers, m);
            row_label(ui, format!("Real range, {PAY_YEARS} years"));
            for i in 0..2 {
                cell(ui, m.range_words(i)).on_hover_text(
                    "Real totals if the worst, then the best, exit scenario came true.",
                );
            }
            ui.end_row();
            suggested_row(ui, ctx.doc, offers, m);
        });
}

/// The equity of each offer, weighed by its odds.
fn equity_row(ui: &mut egui::Ui, m: &MoneyComparison) {
    row_label(ui, "Equity weighed by its odds");
    for i in 0..2 {
        let ev = &m.equity[i];
        let c = &m.terms[i].currency;
        let text = if ev.kind.is_private() {
            format!(
                "{} ({} on paper); {} % chance of nothing",
                money(c, ev.expected),
                money(c, ev.paper),
                one_decimal(ev.chance_nothing * 100.0)
            )
        } else if ev.paper > 0.0 {
            format!("{} (public, at today's price)", money(c, ev.paper))
        } else {
            "no equity".to_owned()
        };
        cell(ui, text).on_hover_text(ev.expected_formula(c));
    }
    ui.end_row();
}

/// What leaving the current job gives up for each offer.
fn forfeits_row(ui: &mut egui::Ui, offers: [&Offer; 2], m: &MoneyComparison) {
    row_label(ui, "Leaving the current job gives up");
    for (i, offer) in offers.iter().enumerate() {
        match &m.forfeits[i] {
            Some(f) => {
                let items: Vec<String> = f
                    .items
                    .iter()
                    .map(|item| format!("{}: {}", item.what, money(&f.terms.currency, item.amount)))
                    .chain(f.notes.iter().cloned())
                    .collect();
                ui.label(format!(
                    "{} before tax, by {}",
                    m.figure(i, f.total_home()),
                    f.start
                ))
                .on_hover_text(if items.is_empty() {
                    "Nothing still vesting or due after the start.".to_owned()
                } else {
                    items.join("\n")
                });
            }
            None if offer.is_current => {
                ui.label("nothing: it is the current job");
            }
            None => {
                ui.label("not known: no offer is marked as the current job");
            }
        }
    }
    ui.end_row();
}

/// The compensation score the money suggests beside the person's own, when it suggests one.
fn suggested_row(ui: &mut egui::Ui, doc: &Document, offers: [&Offer; 2], m: &MoneyComparison) {
    let home = &m.terms[0].home;
    if let Some(criterion) = doc
        .criteria
        .iter()
        .find(|c| c.tag == CriterionTag::Compensation)
        && let Some(suggested) = m.suggested
    {
        row_label(ui, format!("{}: the money suggests", criterion.name));
        for (i, offer) in offers.iter().enumerate() {
            let own = score_of(offer, criterion.id)
                .map_or_else(|| "you: not scored".to_owned(), |own| format!("you: {own}"));
            ui.label(format!("{} of 5 ({own})", suggested[i])).on_hover_text(format!(
                "Real, risk-weighted value over {PAY_YEARS} years: {} against {}; 3, and a point for every 10 % one is above the other.",
                money(home, m.real[i]),
                money(home, m.real[1 - i])
            ));
        }
        ui.end_row();
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable;

    use crate::views::offers::OffersView;

    #[test]
    fn the_value_of_both_offers_shows_on_the_basis_picked() {
        let mut h =
            crate::views::standalone::harness(OffersView::default(), crate::file::sample(), 3600.0);
        h.get_by_label("Total, gross");
        h.get_by_label("Real").click();
        h.run();
        h.get_by_label("Total, real");
        h.get_by_label_contains("Showing real: after tax and odds");
        // The AI swing leaves the checkout role before its grants vest.
        h.get_by_label_contains("before tax, by 2027-01-04");
    }

    #[test]
    fn an_offer_with_nothing_at_stake_has_no_range_from_a_figure_to_itself() {
        let h =
            crate::views::standalone::harness(OffersView::default(), crate::file::sample(), 3600.0);
        // The stay offer's equity is public: every exit scenario pays the same.
        h.get_by_label_contains(", the same in every exit scenario");
        // The swing's private equity spans a range.
        h.get_by_label_contains("from the worst scenario to the best");
    }

    #[test]
    fn the_score_the_money_suggests_shows_beside_the_persons_own_only_when_comparable() {
        let harness = |doc| crate::views::standalone::harness(OffersView::default(), doc, 3600.0);
        let h = harness(crate::file::sample());
        h.get_by_label("Compensation: the money suggests");
        // The sample scores the swing's pay 3; its money reads as 1.
        h.get_by_label("1 of 5 (you: 3)");
        // With no rate for the second offer's currency, nothing is suggested for either.
        let mut doc = crate::file::sample();
        doc.offers[1].compensation.currency = "€".into();
        doc.offers[1].terms.rate_to_home = None;
        let h = harness(doc);
        h.get_by_label("Total, gross");
        assert!(
            h.query_by_label("Compensation: the money suggests")
                .is_none()
        );
        assert!(h.query_by_label_contains("(you: 3)").is_none());
    }
}
