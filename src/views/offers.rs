//! The Offers panel: any two offers side by side, held against the north star; the verdict
//! with its reasons and what would flip it; pay over the years; and each offer's details.

use egui_plot::{Bar, BarChart, Legend, Plot};

use super::widgets::{
    check_row, choice_row, date_row, empty_hint, money_row, multiline_row, number_row, score_row,
    section, set_member, text_row,
};
use super::{Edits, Panel, View, ViewCtx};
use crate::analysis::drift::{Level, offer_status};
use crate::analysis::offers::{
    Comparison, YearPay, compare, compared_pair, cumulative, money, offer_name, pay_by_year,
    score_of, toward, vesting_shares,
};
use crate::analysis::portfolio::Severity;
use crate::edit::{Edit, Item, ItemRef};
use crate::model::{
    BetKind, Compensation, Criterion, CriterionTag, Direction, Document, Offer, OfferId, Phase,
    Score, Vesting, WorkType, next_id,
};

/// How pay is shown: one year, each year, or added up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PayView {
    /// The first year only.
    FirstYear,
    /// Each year on its own.
    #[default]
    PerYear,
    /// Running totals.
    Cumulative,
}

impl PayView {
    const ALL: [Self; 3] = [Self::FirstYear, Self::PerYear, Self::Cumulative];

    fn label(self) -> &'static str {
        match self {
            Self::FirstYear => "First year",
            Self::PerYear => "Per year",
            Self::Cumulative => "Cumulative",
        }
    }
}

/// Picks one part of a year's pay.
type PayPart = fn(&YearPay) -> f64;

/// The Offers panel's own state. The pair compared is kept in the document, so that the
/// export compares the same two.
pub struct OffersView {
    selected: Option<OfferId>,
    years: usize,
    pay_view: PayView,
}

impl Default for OffersView {
    fn default() -> Self {
        Self {
            selected: None,
            years: 4,
            pay_view: PayView::PerYear,
        }
    }
}

impl OffersView {
    /// The two offers compared: the pair kept in the document, else the first two.
    fn pair(doc: &Document) -> Option<(OfferId, OfferId)> {
        compared_pair(doc).map(|[a, b]| (a.id, b.id))
    }

    fn list_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let doc = ctx.doc;
        section(ui, "Offers");
        if doc.offers.is_empty() {
            empty_hint(
                ui,
                "No offers yet. Add the role you hold today as \"stay\", then each offer you are weighing.",
            );
        }
        ui.horizontal_wrapped(|ui| {
            for offer in &doc.offers {
                let mut text = offer_name(offer);
                if offer.is_current && !text.to_lowercase().contains("stay") {
                    text.push_str(" (stay)");
                }
                if ui
                    .selectable_label(self.selected == Some(offer.id), text)
                    .clicked()
                {
                    self.selected = Some(offer.id);
                }
            }
        });
        ui.horizontal(|ui| {
            if ui.button("Add offer").clicked() {
                let id = next_id(doc.offers.iter().map(|o| o.id));
                let scores = doc
                    .criteria
                    .iter()
                    .map(|c| Score {
                        criterion: c.id,
                        ..Score::default()
                    })
                    .collect();
                edits.push(Edit::Upsert(Item::Offer(Offer {
                    id,
                    company: "New company".to_owned(),
                    role: "Role".to_owned(),
                    scores,
                    compensation: Compensation {
                        currency: doc
                            .offers
                            .first()
                            .map_or_else(|| "$".to_owned(), |o| o.compensation.currency.clone()),
                        ..Compensation::default()
                    },
                    ..Offer::default()
                })));
                self.selected = Some(id);
            }
            if let Some(offer) = self.selected.and_then(|id| doc.offer(id)) {
                if ui.button("Duplicate offer").clicked() {
                    let id = next_id(doc.offers.iter().map(|o| o.id));
                    edits.push(Edit::Upsert(Item::Offer(Offer {
                        id,
                        company: format!("{} (copy)", offer.company),
                        is_current: false,
                        ..offer.clone()
                    })));
                    self.selected = Some(id);
                }
                if ui.button("Delete offer").clicked() {
                    edits.push(Edit::Remove(ItemRef::Offer(offer.id)));
                    edits.say(format!("Deleted {}", offer_name(offer)));
                    self.selected = None;
                }
            }
        });
    }

    fn pick_ui(ui: &mut egui::Ui, doc: &Document, a: OfferId, b: OfferId, edits: &mut Edits) {
        // One pick a line, each label beside its box: side by side they ran past a narrow
        // panel, and wrapped they parted a label from its box.
        for (slot, (label, current)) in [("Offer A", a), ("Offer B", b)].into_iter().enumerate() {
            ui.horizontal(|ui| {
                let label_response = ui.label(label);
                let shown = doc.offer(current).map(offer_name).unwrap_or_default();
                let mut chosen = current;
                egui::ComboBox::from_id_salt(label)
                    .selected_text(shown)
                    .width(240.0)
                    .show_ui(ui, |ui| {
                        for offer in &doc.offers {
                            ui.selectable_value(&mut chosen, offer.id, offer_name(offer));
                        }
                    })
                    .response
                    .labelled_by(label_response.id);
                if chosen != current {
                    let mut pair = [a, b];
                    // Picking the other side's offer swaps the two: an offer is never
                    // compared with itself.
                    if pair[1 - slot] == chosen {
                        pair[1 - slot] = current;
                    }
                    pair[slot] = chosen;
                    edits.push(Edit::Compared(Some(pair)));
                }
            });
        }
    }

    fn table_ui(
        ui: &mut egui::Ui,
        ctx: &ViewCtx<'_>,
        c: &Comparison,
        names: &[String; 2],
        edits: &mut Edits,
    ) {
        let theme = ctx.theme;
        egui::Grid::new("criteria comparison")
            .num_columns(7)
            .striped(true)
            .spacing([14.0, 4.0])
            .show(ui, |ui| {
                ui.strong("Criterion");
                ui.strong("Weight");
                ui.strong("A").on_hover_text(&names[0]);
                ui.strong("B").on_hover_text(&names[1]);
                ui.strong("A × weight");
                ui.strong("B × weight");
                ui.strong("Difference");
                ui.end_row();
                for row in &c.rows {
                    ui.label(&row.name);
                    let Some(criterion) = ctx.doc.criterion(row.criterion) else {
                        continue;
                    };
                    let mut weight = criterion.weight;
                    let slider = ui
                        .add(egui::Slider::new(&mut weight, 0.0..=10.0).step_by(0.5))
                        .accessible_name(format!("Weight of {}", row.name));
                    if slider.changed() && weight != criterion.weight {
                        edits.push_merging(
                            Edit::Upsert(Item::Criterion(Criterion {
                                weight,
                                ..criterion.clone()
                            })),
                            Some(ItemRef::Criterion(criterion.id)),
                            "weight",
                        );
                    }
                    ui.label(format!("{} / 5", row.scores[0]));
                    ui.label(format!("{} / 5", row.scores[1]));
                    ui.label(format!("{:.1}", row.weighted[0]));
                    ui.label(format!("{:.1}", row.weighted[1]));
                    let d = row.difference();
                    let (text, color) = if d.abs() < 1e-9 {
                        ("even".to_owned(), theme.muted())
                    } else if d > 0.0 {
                        (format!("A +{d:.1}"), theme.good())
                    } else {
                        (format!("B +{:.1}", -d), theme.kind(BetKind::BigSwing))
                    };
                    ui.colored_label(color, text);
                    ui.end_row();
                }
                ui.strong("Total");
                ui.label("");
                ui.label("");
                ui.label("");
                ui.strong(format!("{:.1}", c.totals[0]));
                ui.strong(format!("{:.1}", c.totals[1]));
                ui.label(format!("of {:.0}", c.max));
                ui.end_row();
            });
    }

    fn verdict_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, c: &Comparison, edits: &mut Edits) {
        let theme = ctx.theme;
        section(ui, "Verdict");
        ui.label(egui::RichText::new(&c.verdict).strong().size(16.0));
        for reason in &c.reasons {
            ui.label(format!("• {reason}"));
        }
        for warning in &c.warnings {
            ui.colored_label(theme.warn(), format!("Look first: {warning}"));
        }
        for id in c.offers {
            let Some(offer) = ctx.doc.offer(id) else {
                continue;
            };
            let verb = if ctx.doc.reviews_of(id).next().is_some() {
                "Open"
            } else {
                "Run"
            };
            if ui
                .button(format!(
                    "{verb} the drift checklist on {}",
                    offer_name(offer)
                ))
                .clicked()
            {
                edits.show(Panel::Drift, Some(ItemRef::Offer(id)));
            }
        }
        ui.add_space(6.0);
        ui.strong("What would change the verdict");
        if c.winner.is_some() && c.flips.iter().all(|f| f.ties_at.is_none()) {
            ui.label("No single weight from 0 to 10 flips it: the lead holds however one criterion is weighed.");
        }
        for flip in c.flips.iter().filter(|f| f.ties_at.is_some()) {
            ui.label(flip.advice());
        }
        let steady: Vec<&str> = c
            .flips
            .iter()
            .filter(|f| f.ties_at.is_none())
            .map(|f| f.name.as_str())
            .collect();
        if c.flips.iter().any(|f| f.ties_at.is_some()) && !steady.is_empty() {
            ui.colored_label(
                theme.muted(),
                format!("No weight from 0 to 10 flips it on: {}.", steady.join(", ")),
            );
        }
    }

    fn sticks_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, c: &Comparison, names: &[String; 2]) {
        section(
            ui,
            "The measuring stick: closer to the north star, or further?",
        );
        ui.label(
            egui::RichText::new(format!(
                "North star: {} by {}.",
                ctx.doc.north_star.target_role, ctx.doc.north_star.target_year
            ))
            .color(ctx.theme.muted()),
        );
        ui.columns(2, |columns| {
            for (i, ui) in columns.iter_mut().enumerate() {
                let stick = &c.sticks[i];
                let Some(offer) = ctx.doc.offer(c.offers[i]) else {
                    continue;
                };
                ui.strong(&names[i]);
                // The person's call is shown plainly; only the app's own reading, which it
                // has reasons for, gets a colour.
                ui.label(format!("Your call: {}.", toward(stick.direction)));
                match stick.reading.direction {
                    Some(read) => {
                        let color = match read {
                            Direction::Closer => ctx.theme.good(),
                            Direction::Sideways => ctx.theme.warn(),
                            Direction::Further => ctx.theme.bad(),
                        };
                        ui.colored_label(
                            color,
                            format!("The document reads it: {}.", toward(read)),
                        );
                    }
                    None => {
                        ui.colored_label(ctx.theme.muted(), "The document cannot read it yet.");
                    }
                }
                for reason in &stick.reading.reasons {
                    ui.label(format!("• {reason}"));
                }
                for disagreement in &stick.reading.disagreements {
                    ui.colored_label(ctx.theme.warn(), disagreement);
                }
                ui.label(format!(
                    "{}, starting {} {} phase, {}.",
                    offer.kind.label(),
                    if offer.phase == Phase::Impact {
                        "an"
                    } else {
                        "a"
                    },
                    offer.phase.label().to_lowercase(),
                    offer.work.label().to_lowercase()
                ));
                ui.label(&stick.cadence);
                if stick.stones.is_empty() {
                    ui.colored_label(ctx.theme.muted(), "Serves no stepping stone.");
                } else {
                    ui.label(format!("Serves: {}.", stick.stones.join("; ")));
                }
                if !stick.skills.is_empty() {
                    ui.label(format!("Builds: {}.", stick.skills.join(", ")));
                }
                let drift = match offer_status(ctx.doc, offer.id) {
                    Some((_, risk)) if risk.level == Level::NotRun => format!(
                        "Drift checklist not run yet: {} of {} questions answered.",
                        risk.answered,
                        ctx.doc.drift.items.len()
                    ),
                    Some((run, risk)) => format!(
                        "Drift checklist{}: {} risk.",
                        run.date.map(|d| format!(" run on {d}")).unwrap_or_default(),
                        risk.level.label().to_lowercase()
                    ),
                    None if offer.unasked => {
                        "Came unasked; drift checklist not run yet.".to_owned()
                    }
                    None => "Drift checklist not run yet.".to_owned(),
                };
                ui.colored_label(ctx.theme.muted(), drift);
                ui.add_space(4.0);
                ui.strong("If you took it, the portfolio would say");
                if stick.raises.is_empty() && stick.clears.is_empty() {
                    ui.colored_label(ctx.theme.muted(), "Nothing it does not say today.");
                }
                for insight in &stick.raises {
                    let color = match insight.severity {
                        Severity::Warning => ctx.theme.bad(),
                        Severity::Notice => ctx.theme.warn(),
                        Severity::Info => ui.visuals().text_color(),
                    };
                    ui.colored_label(color, format!("Raises: {}", insight.title))
                        .on_hover_text(insight.reasons.join("\n"));
                }
                for insight in &stick.clears {
                    ui.label(format!("Clears: {}", insight.title))
                        .on_hover_text(insight.reasons.join("\n"));
                }
            }
        });
    }

    fn pay_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, a: &Offer, b: &Offer) {
        section(ui, "Pay over the years");
        ui.horizontal(|ui| {
            let label = ui.label("Years");
            let mut years = self.years;
            ui.add(egui::Slider::new(&mut years, 1..=10))
                .labelled_by(label.id);
            self.years = years;
            for view in PayView::ALL {
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
                    bars.push(
                        Bar::new(x, *value)
                            .width(0.32)
                            .fill(color.gamma_multiply(0.8))
                            .name(format!(
                                "{} year {}: {}",
                                ["A", "B"][i],
                                year + 1,
                                money(&offers[i].compensation.currency, *value)
                            )),
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
                        (x, top, ["A", "B"][i])
                    })
            })
            .collect();
        let tallest = tops.iter().map(|t| t.1).fold(0.0, f64::max);
        // One currency on the axis when both offers pay in it; none rather than a wrong one.
        let axis_currency = if a.compensation.currency == b.compensation.currency {
            a.compensation.currency.clone()
        } else {
            String::new()
        };
        Plot::new("pay over the years")
            .height(240.0)
            .legend(Legend::default().position(egui_plot::Corner::LeftTop))
            .include_y(tallest * 1.45)
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
        egui::Grid::new("pay totals")
            .num_columns(3)
            .spacing([16.0, 2.0])
            .show(ui, |ui| {
                ui.label("");
                ui.strong(format!("A: {}", offer_name(a)));
                ui.strong(format!("B: {}", offer_name(b)));
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
                ui.label("Guaranteed (base and sign-on)");
                for (i, pay) in pays.iter().enumerate() {
                    ui.label(amount(i, pay.iter().map(|p| p.guaranteed()).sum()));
                }
                ui.end_row();
            });
    }

    fn criteria_ui(ui: &mut egui::Ui, doc: &Document, edits: &mut Edits) {
        egui::CollapsingHeader::new("Criteria")
            .id_salt("criteria editor")
            .show(ui, |ui| {
                for (n, criterion) in doc.criteria.iter().enumerate() {
                    ui.push_id(("criterion", criterion.id.0), |ui| {
                        ui.horizontal(|ui| {
                            let mut name = criterion.name.clone();
                            let response = ui
                                .add(egui::TextEdit::singleline(&mut name).desired_width(200.0))
                                .accessible_name(format!("Name of criterion {}", n + 1));
                            if response.changed() {
                                edits.push_merging(
                                    Edit::Upsert(Item::Criterion(Criterion { name, ..criterion.clone() })),
                                    Some(ItemRef::Criterion(criterion.id)),
                                    "name",
                                );
                            }
                            let mut tag = criterion.tag;
                            egui::ComboBox::from_id_salt("tag")
                                .selected_text(tag.label())
                                .show_ui(ui, |ui| {
                                    for t in CriterionTag::ALL {
                                        ui.selectable_value(&mut tag, *t, t.label());
                                    }
                                })
                                .response
                                .on_hover_text("What the verdict reasons about specially: north-star fit or pay");
                            if tag != criterion.tag {
                                edits.push(Edit::Upsert(Item::Criterion(Criterion { tag, ..criterion.clone() })));
                            }
                            if ui.button("Remove").on_hover_text(format!("Remove {}", criterion.name)).clicked() {
                                edits.push(Edit::Remove(ItemRef::Criterion(criterion.id)));
                            }
                        });
                    });
                }
                if ui.button("Add criterion").clicked() {
                    let id = next_id(doc.criteria.iter().map(|c| c.id));
                    edits.push(Edit::Upsert(Item::Criterion(Criterion {
                        id,
                        name: "New criterion".to_owned(),
                        ..Criterion::default()
                    })));
                }
            });
    }

    fn offer_inspector_ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        id: OfferId,
        edits: &mut Edits,
    ) {
        let Some(offer) = doc.offer(id) else {
            self.selected = None;
            return;
        };
        let target = Some(ItemRef::Offer(id));
        let mut changed: Option<(Offer, &'static str)> = None;
        ui.heading("Offer");
        egui::Grid::new("offer inspector")
            .num_columns(2)
            .show(ui, |ui| {
                let o = offer.clone();
                if let Some(company) = text_row(ui, "Company", &o.company) {
                    changed = Some((
                        Offer {
                            company,
                            ..o.clone()
                        },
                        "company",
                    ));
                }
                if let Some(role) = text_row(ui, "Role", &o.role) {
                    changed = Some((Offer { role, ..o.clone() }, "role"));
                }
                if let Some(location) = text_row(ui, "Location", &o.location) {
                    changed = Some((
                        Offer {
                            location,
                            ..o.clone()
                        },
                        "location",
                    ));
                }
                if let Some(kind) = choice_row(ui, "Kind", o.kind, BetKind::ALL) {
                    changed = Some((Offer { kind, ..o.clone() }, "kind"));
                }
                if let Some(phase) = choice_row(ui, "Phase it starts", o.phase, Phase::ALL) {
                    changed = Some((Offer { phase, ..o.clone() }, "phase"));
                }
                if let Some(work) = choice_row(ui, "Type of work", o.work, WorkType::ALL) {
                    changed = Some((Offer { work, ..o.clone() }, "work"));
                }
                if let Some(direction) = choice_row(ui, "North star", o.direction, Direction::ALL) {
                    changed = Some((
                        Offer {
                            direction,
                            ..o.clone()
                        },
                        "direction",
                    ));
                }
                if let Some(start) = date_row(ui, "Start date", o.start) {
                    changed = Some((Offer { start, ..o.clone() }, "start"));
                }
                if let Some(unasked) =
                    check_row(ui, "Came unasked", "It was offered to me", o.unasked)
                {
                    changed = Some((
                        Offer {
                            unasked,
                            ..o.clone()
                        },
                        "unasked",
                    ));
                }
                if let Some(is_current) =
                    check_row(ui, "Stay", "This is my current job", o.is_current)
                {
                    changed = Some((
                        Offer {
                            is_current,
                            ..o.clone()
                        },
                        "current",
                    ));
                }
                if let Some(notes) = multiline_row(ui, "Notes", &o.notes) {
                    changed = Some((Offer { notes, ..o.clone() }, "notes"));
                }
            });
        ui.add_space(6.0);
        ui.strong("Scores");
        for criterion in &doc.criteria {
            ui.push_id(("score", criterion.id.0), |ui| {
                let (score, _) = score_of(offer, criterion.id);
                let note = offer
                    .scores
                    .iter()
                    .find(|s| s.criterion == criterion.id)
                    .map(|s| s.note.clone())
                    .unwrap_or_default();
                let set = |score: u8, note: String| {
                    let mut o = offer.clone();
                    match o.scores.iter_mut().find(|s| s.criterion == criterion.id) {
                        Some(s) => {
                            s.score = score;
                            s.note = note;
                        }
                        None => o.scores.push(Score {
                            criterion: criterion.id,
                            score,
                            note,
                        }),
                    }
                    o
                };
                egui::Grid::new("score").num_columns(2).show(ui, |ui| {
                    if let Some(new) = score_row(ui, &format!("Score: {}", criterion.name), score) {
                        changed = Some((set(new, note.clone()), "score"));
                    }
                    if let Some(new) = text_row(ui, &format!("Why: {}", criterion.name), &note) {
                        changed = Some((set(score, new), "score note"));
                    }
                });
            });
        }
        ui.add_space(6.0);
        ui.strong("Compensation");
        egui::Grid::new("pay inspector")
            .num_columns(2)
            .show(ui, |ui| {
                let o = offer.clone();
                let pay = &o.compensation;
                let with = |pay: Compensation| Offer {
                    compensation: pay,
                    ..o.clone()
                };
                if let Some(currency) = text_row(ui, "Currency", &pay.currency) {
                    changed = Some((
                        with(Compensation {
                            currency,
                            ..pay.clone()
                        }),
                        "currency",
                    ));
                }
                if let Some(base) = money_row(ui, "Base per year", pay.base, &pay.currency) {
                    changed = Some((
                        with(Compensation {
                            base,
                            ..pay.clone()
                        }),
                        "base",
                    ));
                }
                if let Some(bonus_pct) =
                    number_row(ui, "Target bonus", pay.bonus_pct, 0.0..=500.0, 0.5, " %")
                {
                    changed = Some((
                        with(Compensation {
                            bonus_pct,
                            ..pay.clone()
                        }),
                        "bonus",
                    ));
                }
                let first_sign_on = pay.sign_on.first().copied().unwrap_or(0.0);
                if let Some(v) = money_row(ui, "Sign-on, year 1", first_sign_on, &pay.currency) {
                    let mut sign_on = pay.sign_on.clone();
                    if sign_on.is_empty() {
                        sign_on.push(v);
                    } else {
                        sign_on[0] = v;
                    }
                    changed = Some((
                        with(Compensation {
                            sign_on,
                            ..pay.clone()
                        }),
                        "sign-on 1",
                    ));
                }
                let second_sign_on = pay.sign_on.get(1).copied().unwrap_or(0.0);
                if let Some(v) = money_row(ui, "Sign-on, year 2", second_sign_on, &pay.currency) {
                    let mut sign_on = pay.sign_on.clone();
                    sign_on.resize(2.max(sign_on.len()), 0.0);
                    sign_on[1] = v;
                    changed = Some((
                        with(Compensation {
                            sign_on,
                            ..pay.clone()
                        }),
                        "sign-on 2",
                    ));
                }
                if let Some(equity_grant) =
                    money_row(ui, "Equity grant", pay.equity_grant, &pay.currency)
                {
                    changed = Some((
                        with(Compensation {
                            equity_grant,
                            ..pay.clone()
                        }),
                        "grant",
                    ));
                }
                if let Some(vesting) = choice_row(ui, "Vesting", pay.vesting, Vesting::ALL) {
                    let custom_vesting =
                        if vesting == Vesting::Custom && pay.custom_vesting.is_empty() {
                            vec![25.0; 4]
                        } else {
                            pay.custom_vesting.clone()
                        };
                    changed = Some((
                        with(Compensation {
                            vesting,
                            custom_vesting,
                            ..pay.clone()
                        }),
                        "vesting",
                    ));
                }
                if pay.vesting == Vesting::Custom {
                    for (year, pct) in pay.custom_vesting.iter().enumerate() {
                        if let Some(v) = number_row(
                            ui,
                            &format!("Vests in year {}", year + 1),
                            *pct,
                            0.0..=100.0,
                            0.5,
                            " %",
                        ) {
                            let mut custom_vesting = pay.custom_vesting.clone();
                            custom_vesting[year] = v;
                            changed = Some((
                                with(Compensation {
                                    custom_vesting,
                                    ..pay.clone()
                                }),
                                "custom vesting",
                            ));
                        }
                    }
                }
                if let Some(refresher) =
                    money_row(ui, "Refresher per year", pay.refresher, &pay.currency)
                {
                    changed = Some((
                        with(Compensation {
                            refresher,
                            ..pay.clone()
                        }),
                        "refresher",
                    ));
                }
                if let Some(raise_pct) = number_row(
                    ui,
                    "Raise per year",
                    pay.raise_pct,
                    -50.0..=100.0,
                    0.1,
                    " %",
                ) {
                    changed = Some((
                        with(Compensation {
                            raise_pct,
                            ..pay.clone()
                        }),
                        "raise",
                    ));
                }
            });
        if offer.compensation.vesting != Vesting::Custom {
            // What the preset means, where it is chosen: the shares it vests year by year.
            let shares: Vec<String> = vesting_shares(&offer.compensation)
                .iter()
                .map(|s| format!("{:.0} %", s * 100.0))
                .collect();
            ui.label(format!(
                "The grant vests {} over years 1 to {}.",
                shares.join(", "),
                shares.len()
            ));
        }
        if offer.compensation.vesting == Vesting::Custom {
            let total: f64 = offer.compensation.custom_vesting.iter().sum();
            ui.horizontal(|ui| {
                ui.label(format!("Vests {total:.0} % in all."));
                if ui.button("Add a vesting year").clicked() {
                    let mut o = offer.clone();
                    o.compensation.custom_vesting.push(0.0);
                    changed = Some((o, "custom vesting"));
                }
            });
        }
        ui.add_space(6.0);
        ui.strong("Stepping stones it serves");
        for stone in &doc.north_star.stones {
            let mut on = offer.stones.contains(&stone.id);
            if ui
                .checkbox(&mut on, format!("{} ({})", stone.title, stone.year))
                .changed()
            {
                let mut o = offer.clone();
                set_member(&mut o.stones, stone.id, on);
                changed = Some((o, "stones"));
            }
        }
        ui.strong("Skills it builds");
        for skill in &doc.skills {
            let mut on = offer.skills.contains(&skill.id);
            if ui.checkbox(&mut on, &skill.name).changed() {
                let mut o = offer.clone();
                set_member(&mut o.skills, skill.id, on);
                changed = Some((o, "skills"));
            }
        }
        if let Some((o, field)) = changed {
            edits.push_merging(Edit::Upsert(Item::Offer(o)), target, field);
        }
    }
}

/// Whether any pay has been entered for an offer at all.
fn pay_entered(pay: &Compensation) -> bool {
    pay.base > 0.0 || pay.equity_grant > 0.0 || pay.sign_on.iter().any(|s| *s > 0.0)
}

impl View for OffersView {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        egui::ScrollArea::vertical()
            .id_salt("offers scroll")
            .show(ui, |ui| {
                self.list_ui(ui, ctx, edits);
                match Self::pair(ctx.doc) {
                    Some((a, b)) => {
                        let (Some(offer_a), Some(offer_b)) = (ctx.doc.offer(a), ctx.doc.offer(b))
                        else {
                            return;
                        };
                        section(ui, "Side by side");
                        Self::pick_ui(ui, ctx.doc, a, b, edits);
                        let c = compare(ctx.doc, offer_a, offer_b, ctx.today);
                        let names = [offer_name(offer_a), offer_name(offer_b)];
                        // The table alone scrolls sideways in a narrow window, so that the
                        // verdict and the rest below it still wrap to the panel's width.
                        egui::ScrollArea::horizontal()
                            .id_salt("criteria table")
                            .show(ui, |ui| Self::table_ui(ui, ctx, &c, &names, edits));
                        Self::verdict_ui(ui, ctx, &c, edits);
                        Self::sticks_ui(ui, ctx, &c, &names);
                        self.pay_ui(ui, ctx, offer_a, offer_b);
                    }
                    None if ctx.doc.offers.len() == 1 => {
                        empty_hint(ui, "Add a second offer to compare the two side by side.");
                    }
                    None => {}
                }
                ui.add_space(8.0);
                Self::criteria_ui(ui, ctx.doc, edits);
            });
    }

    fn inspector_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        match self.selected {
            Some(id) => self.offer_inspector_ui(ui, ctx.doc, id, edits),
            None => {
                ui.label(
                    egui::RichText::new(
                        "Click an offer above to edit it: scores, pay, what it serves.",
                    )
                    .weak(),
                );
            }
        }
    }

    fn select(&mut self, item: ItemRef) {
        if let ItemRef::Offer(id) = item {
            self.selected = Some(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::{Harness, kittest::Queryable};

    use super::*;
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
            .criterion(crate::model::CriterionId(id))
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
        // Every criterion at 3 (69 points) against the AI role's 93: it wins, now against it.
        h.get_by_label_contains(
            "Lead PM, AI Shopping Assistant at Northwind Retail wins by 24 points",
        );
        assert!(
            h.query_by_label_contains("Senior PM, Checkout (stay) at Northwind Retail wins")
                .is_none()
        );
        // Picking for A the offer shown as B swaps them rather than comparing one with itself.
        pick(&mut h, "Lead PM, AI Shopping Assistant at Northwind Retail");
        assert_eq!(h.state().doc().compared, Some([OfferId(2), OfferId(3)]));
    }

    #[test]
    fn the_persons_call_stands_beside_the_documents_reading() {
        let h = harness();
        // The stay offer: both say sideways. The AI role: both say closer.
        h.get_by_label("Your call: sideways to the north star.");
        h.get_by_label("The document reads it: sideways to the north star.");
        h.get_by_label("Your call: closer to the north star.");
        h.get_by_label("The document reads it: closer to the north star.");
        h.get_by_label_contains(
            "• Serves \"Lead a zero-to-one product from idea to first traction\"",
        );
        // What the portfolio would say if the AI role were taken.
        h.get_by_label_contains(
            "Raises: A big swing is due, and \"Lead PM, AI Shopping Assistant at Northwind Retail\" is planned",
        );
        h.get_by_label_contains("Clears: A big swing is due: 4.1 years since the last one.");
    }

    #[test]
    fn a_call_the_document_does_not_support_is_said_in_words() {
        let mut doc = crate::file::sample();
        doc.offers[0].direction = Direction::Closer;
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
        h.get_by_label(
            "Skill acquisition: lower its weight below 1.7 (now 3) and the verdict flips.",
        );
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
        let stay = h.state().doc().offer(OfferId(1)).expect("stay");
        assert_eq!(score_of(stay, crate::model::CriterionId(2)).0, 3);
    }

    #[test]
    fn the_verdict_links_to_the_drift_checklist() {
        let mut h = harness();
        h.get_by_label(
            "Run the drift checklist on Lead PM, AI Shopping Assistant at Northwind Retail",
        )
        .click();
        h.run();
        assert_eq!(
            h.state().commands,
            [crate::views::Command::Show(
                Panel::Drift,
                Some(ItemRef::Offer(OfferId(2)))
            )]
        );
    }
}
