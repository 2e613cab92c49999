//! Pay over the years: the two offers' gross, part by part, year by year or added up, as
//! stacked bars marked A and B in the home currency, with what leaving gives up below the
//! axis, and the same parts added up beneath. Every figure is a year of the one projection
//! the rest of the panel, the export and the command line read.

use egui_plot::{Bar, BarChart, Plot};

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

/// The pay section: how it is shown, what is missing, the stacked bars, their key and the
/// parts added up beneath. `years` and `view` are the panel's choices, kept across frames.
pub(super) fn pay_ui(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    (years, view): (&mut usize, &mut PayView),
    offers: [&Offer; 2],
    m: &MoneyComparison,
) {
    section(ui, "Pay over the years");
    choices_ui(ui, years, view);
    let entered = offers.map(pay_entered);
    not_entered_ui(ui, ctx, offers, entered);
    currencies_ui(ui, ctx, m);
    let shown_years = if *view == PayView::FirstYear {
        1
    } else {
        *years
    };
    let bars = PayBars::of(ctx, m, shown_years, *view == PayView::Cumulative);
    let any_given_up = bars.given_up.is_some();
    bars.plot_ui(ui, &m.terms[0].home);
    key_ui(ui, ctx, any_given_up);
    gross_grid_ui(ui, *years, offers, m, entered);
}

/// How many years, and whether one, each or their running total.
fn choices_ui(ui: &mut egui::Ui, years: &mut usize, view: &mut PayView) {
    ui.horizontal(|ui| {
        let label = ui.label("Years");
        ui.add(egui::Slider::new(years, 1..=10))
            .labelled_by(label.id);
        for &choice in PayView::ALL {
            ui.selectable_value(view, choice, choice.label());
        }
    });
}

/// No pay entered is not pay of nothing: say so instead of drawing and adding a zero.
fn not_entered_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, offers: [&Offer; 2], entered: [bool; 2]) {
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
}

/// The currency the chart is drawn in, and the rate or the reason for an offer paid in
/// another one.
fn currencies_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, m: &MoneyComparison) {
    let home = &m.terms[0].home;
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
                egui::RichText::new(format!("Drawn in {home}. {}", foreign.join(" "))).color(color),
            )
            .wrap(),
        );
    }
}

/// The name of the bars that hang below the axis.
const GIVEN_UP: &str = "Given up on leaving";

/// The pay chart's bars for one frame, built before the plot draws them.
struct PayBars {
    /// One chart per part, each stacked on the ones before it.
    parts: Vec<BarChart>,
    /// What leaving gives up, or none when nothing is.
    given_up: Option<BarChart>,
    /// Where each stacked part stands, for the label the pointer shows inside the plot.
    segments: Vec<Segment>,
    /// Each stacked bar's top and its A or B mark.
    tops: Vec<(f64, f64, &'static str)>,
}

impl PayBars {
    fn of(
        ctx: &ViewCtx<'_>,
        m: &MoneyComparison,
        shown_years: usize,
        cumulative_view: bool,
    ) -> Self {
        // An offer not comparable has no bars: a bar counted 1 to 1 would be a figure.
        let drawn = |i: usize| {
            if m.missing[i].is_some() {
                0
            } else {
                shown_years
            }
        };
        let running = |values: Vec<f64>| {
            if cumulative_view {
                cumulative(values)
            } else {
                values
            }
        };
        let home = &m.terms[0].home;
        let mut segments = Vec::new();
        let parts = stacked_parts(ctx, m, home, (&drawn, &running), &mut segments);
        let given_up = given_up(ctx, m, home, (&drawn, &running), &mut segments);
        // Each stacked bar's top, where it is marked A or B, so the two offers are told apart
        // by more than the side they stand on; the tallest keeps the legend above them all.
        let tops = (0..2)
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
        Self {
            parts,
            given_up,
            segments,
            tops,
        }
    }

    /// The plot: the parts stacked, what leaving gives up below the axis, the A and B marks
    /// and the label of the part under the pointer.
    fn plot_ui(self, ui: &mut egui::Ui, home: &str) {
        let label_background = ui.visuals().extreme_bg_color;
        let tallest = self.tops.iter().map(|t| t.1).fold(0.0, f64::max);
        let axis_currency = home.to_owned();
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
                for chart in self.parts {
                    plot.bar_chart(chart);
                }
                if let Some(lost) = self.given_up {
                    plot.bar_chart(lost);
                }
                for (x, top, which) in &self.tops {
                    plot.text(
                        egui_plot::Text::new("", egui_plot::PlotPoint::new(*x, *top), *which)
                            .anchor(egui::Align2::CENTER_BOTTOM),
                    );
                }
                segment_label(plot, &self.segments, label_background);
            });
    }
}

/// The key under the chart, where it covers no bar.
fn key_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, any_given_up: bool) {
    let mut key: Vec<(&str, egui::Color32, KeyMark)> = PARTS
        .iter()
        .enumerate()
        .map(|(n, (name, _))| (*name, ctx.theme.series(n), KeyMark::Block))
        .collect();
    if any_given_up {
        key.push((GIVEN_UP, ctx.theme.bad(), KeyMark::Block));
    }
    chart_key(ui, "pay key", 3, key);
}

/// How many years of an offer are drawn, and the figures as shown (each year's or running).
type Shown<'a> = (&'a dyn Fn(usize) -> usize, &'a dyn Fn(Vec<f64>) -> Vec<f64>);

/// Each part of the gross as one chart, stacked on the parts before it.
fn stacked_parts(
    ctx: &ViewCtx<'_>,
    m: &MoneyComparison,
    home: &str,
    (drawn, running): Shown<'_>,
    segments: &mut Vec<Segment>,
) -> Vec<BarChart> {
    let mut charts: Vec<BarChart> = Vec::new();
    let mut stacked = [vec![0.0; drawn(0)], vec![0.0; drawn(1)]];
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
                    money(home, *value)
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
    charts
}

/// What leaving gives up hangs below the axis: taken from the bar above it, not hidden
/// inside a shorter one. None when nothing is given up in the years shown.
fn given_up(
    ctx: &ViewCtx<'_>,
    m: &MoneyComparison,
    home: &str,
    (drawn, running): Shown<'_>,
    segments: &mut Vec<Segment>,
) -> Option<BarChart> {
    let mut lost = Vec::new();
    for i in 0..2 {
        let values = running(m.years[i].iter().map(|y| -y.forfeit[0]).collect());
        for (year, value) in values.iter().take(drawn(i)).enumerate() {
            if value.abs() > 0.0 {
                let label = format!(
                    "{} year {}, given up on leaving: {}",
                    ["A", "B"][i],
                    year + 1,
                    money(home, *value)
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
    (!lost.is_empty()).then(|| {
        BarChart::new(GIVEN_UP, lost)
            .color(ctx.theme.bad())
            .element_formatter(Box::new(|_, _| String::new()))
    })
}

/// The parts of each offer's gross over the years, added up: the lines every output shares,
/// ending in the gross the worth table shows.
fn gross_grid_ui(
    ui: &mut egui::Ui,
    years: usize,
    offers: [&Offer; 2],
    m: &MoneyComparison,
    entered: [bool; 2],
) {
    let home = &m.terms[0].home;
    egui::Grid::new("pay totals")
        .num_columns(3)
        .spacing([16.0, 2.0])
        .show(ui, |ui| {
            ui.strong(format!("Over {years} years, in {home}"));
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
                    format!("Gross, over {years} years")
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

/// Whether any pay has been entered for an offer at all.
fn pay_entered(offer: &Offer) -> bool {
    let pay: &Compensation = &offer.compensation;
    pay.base > 0.0
        || pay.equity_grant > 0.0
        || (offer.equity.kind.is_private() && offer.equity.shares > 0.0)
        || pay.sign_on.iter().any(|s| *s > 0.0)
}
