//! Pay over the years: the two offers' pay, year by year or added up, as stacked bars
//! marked A and B, with the totals beneath.

use egui_plot::{Bar, BarChart, Plot};

use super::OffersView;
use crate::analysis::offers::{YearPay, cumulative, money, offer_name, pay_by_year};
use crate::analysis::value::{PayUnits, pay_units};
use crate::model::{Compensation, Offer};
use crate::views::ViewCtx;
use crate::views::charts::{KeyMark, chart_key};
use crate::views::widgets::section;

crate::model::labelled::labelled_enum! {
    /// How pay is shown: one year, each year, or added up.
    #[derive(Default)]
    PayView {
        /// The first year only.
        FirstYear => "First year",
        /// Each year on its own.
        #[default]
        PerYear => "Per year",
        /// Running totals.
        Cumulative => "Cumulative",
    }
}

/// Picks one part of a year's pay.
type PayPart = fn(&YearPay) -> f64;

impl OffersView {
    pub(super) fn pay_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, a: &Offer, b: &Offer) {
        section(ui, "Pay over the years");
        ui.horizontal(|ui| {
            let label = ui.label("Years");
            let mut years = self.years;
            ui.add(egui::Slider::new(&mut years, 1..=10))
                .labelled_by(label.id);
            self.years = years;
            for &view in PayView::ALL {
                ui.selectable_value(&mut self.pay_view, view, view.label());
            }
        });
        let offers = [a, b];
        // No pay entered is not pay of nothing: say so instead of drawing and adding a zero.
        let entered = offers.map(|o| pay_entered(&o.compensation));
        for (offer, entered) in offers.iter().zip(entered) {
            if !entered {
                let what = if offer.is_current {
                    "enter your current pay"
                } else {
                    "enter its pay"
                };
                ui.colored_label(
                    ctx.theme.warn(),
                    format!(
                        "{}: {what} in the inspector to compare pay.",
                        offer_name(offer)
                    ),
                );
            }
        }
        let pays = offers.map(|o| pay_by_year(&o.compensation, self.years));
        let PayUnits {
            currency: axis_currency,
            scale,
            converted,
        } = pay_units(ctx.doc, a, b);
        let one_currency = converted.is_none();
        let home = &ctx.doc.rules.money.home_currency;
        if let Some(terms) = &converted {
            let color = if terms.iter().any(|t| t.rate_missing) {
                ctx.theme.warn()
            } else {
                ctx.theme.muted()
            };
            ui.add(
                egui::Label::new(
                    egui::RichText::new(format!(
                        "A and B pay in different currencies: both are drawn in {home}. A: {}. B: {}.",
                        terms[0].rate_words(),
                        terms[1].rate_words()
                    ))
                    .color(color),
                )
                .wrap(),
            );
        }
        let shown_years = if self.pay_view == PayView::FirstYear {
            1
        } else {
            self.years
        };
        let parts: [(&str, PayPart); 4] = [
            ("Base", |p| p.base),
            ("Bonus", |p| p.bonus),
            ("Equity vesting", |p| p.equity),
            ("Sign-on", |p| p.sign_on),
        ];
        let mut charts: Vec<BarChart> = Vec::new();
        for (n, (name, part)) in parts.iter().enumerate() {
            let mut bars = Vec::new();
            for (i, pay) in pays.iter().enumerate() {
                let values: Vec<f64> = pay.iter().map(part).collect();
                let values = if self.pay_view == PayView::Cumulative {
                    cumulative(values)
                } else {
                    values
                };
                for (year, value) in values.iter().take(shown_years).enumerate() {
                    let x = year as f64 + 1.0 + if i == 0 { -0.18 } else { 0.18 };
                    let color = ctx.theme.series(n);
                    let own = money(&offers[i].compensation.currency, *value);
                    let shown = if one_currency {
                        own
                    } else {
                        format!("{} ({own})", money(&axis_currency, *value * scale[i]))
                    };
                    bars.push(
                        Bar::new(x, *value * scale[i])
                            .width(0.32)
                            .fill(color.gamma_multiply(0.8))
                            .name(format!("{} year {}: {shown}", ["A", "B"][i], year + 1)),
                    );
                }
            }
            let mut chart = BarChart::new(*name, bars).color(ctx.theme.series(n));
            let below: Vec<&BarChart> = charts.iter().collect();
            chart = chart.stack_on(&below);
            charts.push(chart);
        }
        // Each stacked bar's top, where it is marked A or B, so the two offers are told apart
        // by more than the side they stand on; the tallest keeps the legend above them all.
        let tops: Vec<(f64, f64, &str)> = pays
            .iter()
            .enumerate()
            .flat_map(|(i, pay)| {
                let totals: Vec<f64> = pay.iter().map(|p| p.total()).collect();
                let totals = if self.pay_view == PayView::Cumulative {
                    cumulative(totals)
                } else {
                    totals
                };
                totals
                    .into_iter()
                    .take(shown_years)
                    .enumerate()
                    .map(move |(year, top)| {
                        let x = year as f64 + 1.0 + if i == 0 { -0.18 } else { 0.18 };
                        (x, top * scale[i], ["A", "B"][i])
                    })
            })
            .collect();
        let tallest = tops.iter().map(|t| t.1).fold(0.0, f64::max);
        Plot::new("pay over the years")
            .height(240.0)
            // Room above the tallest bar for its A or B mark.
            .include_y(tallest * 1.12)
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .x_axis_label("Year (left bar A, right bar B)")
            .y_axis_formatter(move |mark, _| money(&axis_currency, mark.value))
            .show(ui, |plot| {
                for chart in charts {
                    plot.bar_chart(chart);
                }
                for (x, top, which) in &tops {
                    plot.text(
                        egui_plot::Text::new("", egui_plot::PlotPoint::new(*x, *top), *which)
                            .anchor(egui::Align2::CENTER_BOTTOM),
                    );
                }
            });
        // The key under the chart, where it covers no bar.
        chart_key(
            ui,
            "pay key",
            4,
            parts
                .iter()
                .enumerate()
                .map(|(n, (name, _))| (*name, ctx.theme.series(n), KeyMark::Block)),
        );
        egui::Grid::new("pay totals")
            .num_columns(3)
            .spacing([16.0, 2.0])
            .show(ui, |ui| {
                ui.label("");
                super::worth::cell(
                    ui,
                    egui::RichText::new(format!("A: {}", offer_name(a))).strong(),
                );
                super::worth::cell(
                    ui,
                    egui::RichText::new(format!("B: {}", offer_name(b))).strong(),
                );
                ui.end_row();
                let amount = |i: usize, value: f64| {
                    if entered[i] {
                        money(&offers[i].compensation.currency, value)
                    } else {
                        "not entered".to_owned()
                    }
                };
                ui.label("First year");
                for (i, pay) in pays.iter().enumerate() {
                    ui.label(amount(i, pay.first().map_or(0.0, |p| p.total())));
                }
                ui.end_row();
                ui.label(format!("Over {} years", self.years));
                for (i, pay) in pays.iter().enumerate() {
                    ui.label(amount(i, pay.iter().map(|p| p.total()).sum()));
                }
                ui.end_row();
                if !one_currency {
                    ui.label(format!("Over {} years, in {home}", self.years));
                    for (i, pay) in pays.iter().enumerate() {
                        let total: f64 = pay.iter().map(|p| p.total()).sum();
                        ui.label(if entered[i] {
                            money(home, total * scale[i])
                        } else {
                            "not entered".to_owned()
                        });
                    }
                    ui.end_row();
                }
                ui.label("Guaranteed (base and sign-on)");
                for (i, pay) in pays.iter().enumerate() {
                    ui.label(amount(i, pay.iter().map(|p| p.guaranteed()).sum()));
                }
                ui.end_row();
            });
    }
}

/// Whether any pay has been entered for an offer at all.
fn pay_entered(pay: &Compensation) -> bool {
    pay.base > 0.0 || pay.equity_grant > 0.0 || pay.sign_on.iter().any(|s| *s > 0.0)
}
