//! Pay over the years: the two offers' gross, part by part, year by year or added up, as
//! stacked bars marked A and B in the home currency, with what leaving gives up below the
//! axis, and the same parts added up beneath. Every figure is a year of the one projection
//! the rest of the panel, the export and the command line read.

use egui_plot::{Bar, BarChart, Plot};

use super::OffersView;
use super::bars::{BAR_WIDTH, Segment, segment_label};
use super::cells::{cell, row_label};
use crate::analysis::offers::{cumulative, money, offer_name};
use crate::analysis::value::{LineKind, MoneyComparison, YearValue, gross_lines};
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

/// Picks one part of a year's gross.
type PayPart = fn(&YearValue) -> f64;

/// The parts a year's gross is stacked from, bottom first.
const PARTS: [(&str, PayPart); 5] = [
    ("Base", |y| y.base),
    ("Bonus", |y| y.bonus),
    ("Equity vesting", |y| y.equity),
    ("Sign-on", |y| y.sign_on),
    ("Expected promotion", |y| y.promotion),
];

/// Where an offer's bar stands in a year: A to the left, B to the right.
fn bar_x(i: usize, year: usize) -> f64 {
    year as f64 + 1.0 + if i == 0 { -0.18 } else { 0.18 }
}

impl OffersView {
    pub(super) fn pay_ui(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &ViewCtx<'_>,
        offers: [&Offer; 2],
        m: &MoneyComparison,
    ) {
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
        // No pay entered is not pay of nothing: say so instead of drawing and adding a zero.
        let entered = offers.map(pay_entered);
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
        let home = m.terms[0].home.clone();
        let foreign: Vec<String> = (0..2)
            .filter(|&i| m.terms[i].currency.trim() != home.trim() || m.missing[i].is_some())
            .map(|i| match &m.missing[i] {
                Some(why) => format!("{}: {why}, so it is not drawn.", ["A", "B"][i]),
                None => format!("{}: {}.", ["A", "B"][i], m.terms[i].rate_words()),
            })
            .collect();
        if !foreign.is_empty() {
            let color = if m.missing.iter().any(Option::is_some) {
                ctx.theme.warn()
            } else {
                ctx.theme.muted()
            };
            ui.add(
                egui::Label::new(
                    egui::RichText::new(format!("Drawn in {home}. {}", foreign.join(" ")))
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
        // An offer not comparable has no bars: a bar counted 1 to 1 would be a figure.
        let drawn = |i: usize| {
            if m.missing[i].is_some() {
                0
            } else {
                shown_years
            }
        };
        let running = |values: Vec<f64>| {
            if self.pay_view == PayView::Cumulative {
                cumulative(values)
            } else {
                values
            }
        };
        let mut charts: Vec<BarChart> = Vec::new();
        // Where each stacked part stands, for the label the pointer shows inside the plot.
        let mut segments: Vec<Segment> = Vec::new();
        let mut stacked = [vec![0.0; shown_years], vec![0.0; shown_years]];
        for (n, (name, part)) in PARTS.iter().enumerate() {
            let mut bars = Vec::new();
            for i in 0..2 {
                let values = running(m.years[i].iter().map(part).collect());
                for (year, value) in values.iter().take(drawn(i)).enumerate() {
                    let label = format!(
                        "{} year {}, {}: {}",
                        ["A", "B"][i],
                        year + 1,
                        name.to_lowercase(),
                        money(&home, *value)
                    );
                    let low = stacked[i][year];
                    stacked[i][year] += value;
                    segments.push(Segment {
                        x: bar_x(i, year),
                        low,
                        high: low + value,
                        label: label.clone(),
                    });
                    bars.push(
                        Bar::new(bar_x(i, year), *value)
                            .width(BAR_WIDTH)
                            .fill(ctx.theme.series(n).gamma_multiply(0.8))
                            .name(label),
                    );
                }
            }
            let chart = BarChart::new(*name, bars)
                .color(ctx.theme.series(n))
                .element_formatter(Box::new(|_, _| String::new()));
            let below: Vec<&BarChart> = charts.iter().collect();
            charts.push(chart.stack_on(&below));
        }
        // What leaving gives up hangs below the axis: taken from the bar above it, not hidden
        // inside a shorter one.
        let given_up_name = "Given up on leaving";
        let mut lost = Vec::new();
        for i in 0..2 {
            let values = running(m.years[i].iter().map(|y| -y.forfeit[0]).collect());
            for (year, value) in values.iter().take(drawn(i)).enumerate() {
                if value.abs() > 0.0 {
                    let label = format!(
                        "{} year {}, given up on leaving: {}",
                        ["A", "B"][i],
                        year + 1,
                        money(&home, *value)
                    );
                    segments.push(Segment {
                        x: bar_x(i, year),
                        low: *value,
                        high: 0.0,
                        label: label.clone(),
                    });
                    lost.push(
                        Bar::new(bar_x(i, year), *value)
                            .width(BAR_WIDTH)
                            .fill(ctx.theme.bad().gamma_multiply(0.8))
                            .name(label),
                    );
                }
            }
        }
        let any_lost = !lost.is_empty();
        let lost_chart = BarChart::new(given_up_name, lost)
            .color(ctx.theme.bad())
            .element_formatter(Box::new(|_, _| String::new()));
        let label_background = ui.visuals().extreme_bg_color;
        // Each stacked bar's top, where it is marked A or B, so the two offers are told apart
        // by more than the side they stand on; the tallest keeps the legend above them all.
        let tops: Vec<(f64, f64, &str)> = (0..2)
            .flat_map(|i| {
                let totals = running(
                    m.years[i]
                        .iter()
                        .map(|y| y.offered() + y.promotion)
                        .collect(),
                );
                totals
                    .into_iter()
                    .take(drawn(i))
                    .enumerate()
                    .map(move |(year, top)| (bar_x(i, year), top, ["A", "B"][i]))
            })
            .collect();
        let tallest = tops.iter().map(|t| t.1).fold(0.0, f64::max);
        let axis_currency = home.clone();
        Plot::new("pay over the years")
            .height(240.0)
            // Room above the tallest bar for its A or B mark.
            .include_y(tallest * 1.12)
            .include_y(0.0)
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .x_axis_label("Year (left bar A, right bar B)")
            .y_axis_formatter(move |mark, _| money(&axis_currency, mark.value))
            .show(ui, |plot| {
                for chart in charts {
                    plot.bar_chart(chart);
                }
                if any_lost {
                    plot.bar_chart(lost_chart);
                }
                for (x, top, which) in &tops {
                    plot.text(
                        egui_plot::Text::new("", egui_plot::PlotPoint::new(*x, *top), *which)
                            .anchor(egui::Align2::CENTER_BOTTOM),
                    );
                }
                segment_label(plot, &segments, label_background);
            });
        // The key under the chart, where it covers no bar.
        let mut key: Vec<(&str, egui::Color32, KeyMark)> = PARTS
            .iter()
            .enumerate()
            .map(|(n, (name, _))| (*name, ctx.theme.series(n), KeyMark::Block))
            .collect();
        if any_lost {
            key.push((given_up_name, ctx.theme.bad(), KeyMark::Block));
        }
        chart_key(ui, "pay key", 3, key);
        self.gross_grid_ui(ui, offers, m, entered);
    }

    /// The parts of each offer's gross over the years, added up: the lines every output
    /// shares, ending in the gross the worth table shows.
    fn gross_grid_ui(
        &self,
        ui: &mut egui::Ui,
        offers: [&Offer; 2],
        m: &MoneyComparison,
        entered: [bool; 2],
    ) {
        let home = &m.terms[0].home;
        egui::Grid::new("pay totals")
            .num_columns(3)
            .spacing([16.0, 2.0])
            .show(ui, |ui| {
                ui.strong(format!("Over {} years, in {home}", self.years));
                for (i, offer) in offers.iter().enumerate() {
                    cell(
                        ui,
                        egui::RichText::new(format!("{}: {}", ["A", "B"][i], offer_name(offer)))
                            .strong(),
                    );
                }
                ui.end_row();
                for line in gross_lines(m) {
                    let strong = matches!(line.kind, LineKind::Offered | LineKind::Gross);
                    let label = if line.kind == LineKind::Gross {
                        format!("Gross, over {} years", self.years)
                    } else {
                        line.label.to_owned()
                    };
                    let text = |t: String| {
                        if strong {
                            egui::RichText::new(t).strong()
                        } else {
                            egui::RichText::new(t)
                        }
                    };
                    row_label(ui, text(label));
                    for (i, total) in line.totals.iter().enumerate() {
                        ui.label(text(if entered[i] {
                            m.figure(i, *total)
                        } else {
                            "not entered".to_owned()
                        }));
                    }
                    ui.end_row();
                }
            });
    }
}

/// Whether any pay has been entered for an offer at all.
fn pay_entered(offer: &Offer) -> bool {
    let pay: &Compensation = &offer.compensation;
    pay.base > 0.0
        || pay.equity_grant > 0.0
        || (offer.equity.kind.is_private() && offer.equity.shares > 0.0)
        || pay.sign_on.iter().any(|s| *s > 0.0)
}
