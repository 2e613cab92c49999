//! The comparison itself: the criteria table with its weights, the verdict and what would
//! flip it, the measuring stick against the north star, and the criteria editor.

use super::OffersView;
use crate::analysis::drift::{Level, offer_status};
use crate::analysis::offers::{Comparison, NOT_MARKED, NOT_SCORED, Stick, offer_name, toward};
use crate::analysis::portfolio::Severity;
use crate::edit::{Edit, Item, ItemRef};
use crate::model::{BetKind, Criterion, CriterionTag, Direction, Document, Offer, Phase, next_id};
use crate::views::form::Form;
use crate::views::theme::Theme;
use crate::views::widgets::section;
use crate::views::{Edits, Panel, ViewCtx};

impl OffersView {
    pub(super) fn table_ui(
        ui: &mut egui::Ui,
        ctx: &ViewCtx<'_>,
        c: &Comparison,
        names: &[String; 2],
        edits: &mut Edits,
    ) {
        let theme = ctx.theme;
        // Where the table would not fit, the weights are set in their number boxes alone
        // (dragged or typed, as the slider's box is) and long criterion names wrap, so that
        // at 900 points every column still shows beside the inspector.
        let sliders = ui.available_width() >= 600.0;
        egui::Grid::new("criteria comparison")
            .num_columns(7)
            .striped(true)
            .spacing([10.0, 4.0])
            .show(ui, |ui| {
                ui.strong("Criterion");
                ui.strong("Weight");
                ui.strong("A").on_hover_text(&names[0]);
                ui.strong("B").on_hover_text(&names[1]);
                ui.strong("A × w")
                    .on_hover_text("A's score times the weight: the points it earns");
                ui.strong("B × w")
                    .on_hover_text("B's score times the weight: the points it earns");
                ui.strong("Difference");
                ui.end_row();
                for row in &c.rows {
                    if sliders {
                        ui.label(&row.name);
                    } else {
                        ui.scope(|ui| {
                            ui.set_max_width(130.0);
                            ui.add(egui::Label::new(&row.name).wrap());
                        });
                    }
                    let Some(criterion) = ctx.doc.get(row.criterion) else {
                        continue;
                    };
                    let mut form = Form::new(criterion);
                    form.rows(ui, |rows, criterion| {
                        rows.merging("weight", |ui| {
                            let name = format!("Weight of {}", row.name);
                            if sliders {
                                let slider = egui::Slider::new(&mut criterion.weight, 0.0..=10.0)
                                    .step_by(0.5);
                                return ui.add(slider).accessible_name(name);
                            }
                            let drag = egui::DragValue::new(&mut criterion.weight)
                                .range(0.0..=10.0)
                                .speed(0.05)
                                .fixed_decimals(1);
                            let response = ui.add(drag).accessible_name(name);
                            // In halves, as the slider steps.
                            criterion.weight = (criterion.weight * 2.0).round() / 2.0;
                            response
                        });
                    });
                    form.send(edits, |c| Edit::Upsert(Item::Criterion(c)));
                    for score in row.scores {
                        match score {
                            Some(s) => ui.label(format!("{s} / 5")),
                            None => ui.colored_label(theme.muted(), NOT_SCORED),
                        };
                    }
                    for weighted in row.weighted {
                        match weighted {
                            Some(w) => ui.label(format!("{w:.1}")),
                            None => ui.colored_label(theme.muted(), "–"),
                        };
                    }
                    let Some(d) = row.difference() else {
                        ui.colored_label(theme.muted(), "–");
                        ui.end_row();
                        continue;
                    };
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
                for total in c.totals {
                    match total {
                        Some(t) => ui.strong(format!("{t:.1}")),
                        None => ui.colored_label(theme.muted(), "not known yet"),
                    };
                }
                ui.label(format!("of {:.0}", c.max));
                ui.end_row();
            });
    }

    pub(super) fn verdict_ui(
        ui: &mut egui::Ui,
        ctx: &ViewCtx<'_>,
        c: &Comparison,
        edits: &mut Edits,
    ) {
        let theme = ctx.theme;
        section(ui, "Verdict");
        if let Some(goal) = &c.goal {
            ui.colored_label(theme.warn(), goal);
        }
        for line in &c.rescore {
            ui.colored_label(theme.warn(), line);
        }
        for question in &c.questions {
            ui.colored_label(theme.warn(), format!("Ask yourself: {question}"));
        }
        ui.label(egui::RichText::new(&c.verdict).strong().size(16.0));
        for reason in &c.reasons {
            ui.label(format!("• {reason}"));
        }
        // What the verdict waits for, with the way there: the offer opens in the inspector,
        // its scores in view.
        for (id, missing) in c.offers.iter().zip(&c.missing) {
            if let Some(offer) = ctx.doc.get(*id)
                && !missing.is_empty()
                && ui.button(format!("Score {}", offer_name(offer))).clicked()
            {
                edits.show(Panel::Offers, Some(ItemRef::Offer(*id)));
            }
        }
        for warning in &c.warnings {
            ui.colored_label(theme.warn(), format!("Look first: {warning}"));
        }
        for id in c.offers {
            let Some(offer) = ctx.doc.get(id) else {
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
        // With no winner (no criteria, no weight, a tie) there is no verdict to change.
        if c.winner.is_none() {
            return;
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

    pub(super) fn sticks_ui(
        ui: &mut egui::Ui,
        ctx: &ViewCtx<'_>,
        c: &Comparison,
        names: &[String; 2],
    ) {
        section(
            ui,
            "The measuring stick: closer to the north star, or further?",
        );
        ui.label(egui::RichText::new(north_star_line(ctx.doc, c)).color(ctx.theme.muted()));
        ui.columns(2, |columns| {
            for (i, ui) in columns.iter_mut().enumerate() {
                let Some(offer) = ctx.doc.get(c.offers[i]) else {
                    continue;
                };
                // Left-aligned, as in one column: a column justifies its wrapped lines,
                // spreading their words apart.
                ui.vertical(|ui| stick_ui(ui, ctx, &c.sticks[i], offer, &names[i]));
            }
        });
        if let Some(closer) = &c.closer {
            ui.add_space(4.0);
            ui.strong(closer);
        }
    }

    pub(super) fn criteria_ui(ui: &mut egui::Ui, doc: &Document, edits: &mut Edits) {
        egui::CollapsingHeader::new("Criteria")
            .id_salt("criteria editor")
            .show(ui, |ui| {
                for (n, criterion) in doc.criteria.iter().enumerate() {
                    ui.push_id(("criterion", criterion.id.0), |ui| {
                        ui.horizontal(|ui| {
                            let mut form = Form::new(criterion);
                            form.rows(ui, |rows, c| {
                                rows.merging("name", |ui| {
                                    ui.add(
                                        egui::TextEdit::singleline(&mut c.name)
                                            .desired_width(200.0),
                                    )
                                    .accessible_name(format!("Name of criterion {}", n + 1))
                                });
                                rows.own_step("tag", |ui| tag_ui(ui, &mut c.tag));
                            });
                            form.send(edits, |c| Edit::Upsert(Item::Criterion(c)));
                            if ui
                                .button("Remove")
                                .on_hover_text(format!("Remove {}", criterion.name))
                                .clicked()
                            {
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
}

/// A criterion's tag as a combo box; marked changed when another is picked.
fn tag_ui(ui: &mut egui::Ui, tag: &mut CriterionTag) -> egui::Response {
    let before = *tag;
    let mut response = egui::ComboBox::from_id_salt("tag")
        .selected_text(before.label())
        .show_ui(ui, |ui| {
            for t in CriterionTag::ALL {
                ui.selectable_value(tag, *t, t.label());
            }
        })
        .response
        .on_hover_text("What the verdict reasons about specially: north-star fit or pay");
    if *tag != before {
        response.mark_changed();
    }
    response
}

/// The north star the sticks are read against, or why there is no reading.
fn north_star_line(doc: &Document, c: &Comparison) -> String {
    if c.goal.is_some() {
        "No reading while the north star is gone.".to_owned()
    } else {
        format!(
            "North star: {} by {}.",
            doc.north_star.target_role, doc.north_star.target_year
        )
    }
}

/// One offer's column: the call and the reading, what the offer is, its drift checklist and
/// what the portfolio would say if it were taken.
fn stick_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, stick: &Stick, offer: &Offer, name: &str) {
    ui.strong(name);
    call_and_reading_ui(ui, *ctx.theme, stick);
    what_it_is_ui(ui, *ctx.theme, stick, offer);
    ui.colored_label(ctx.theme.muted(), drift_line(ctx.doc, offer));
    ui.add_space(4.0);
    portfolio_would_say_ui(ui, *ctx.theme, stick, offer);
}

/// The person's call, shown plainly, then the app's own reading, which it has reasons for,
/// in the colour of its direction, with its reasons and where the two disagree.
fn call_and_reading_ui(ui: &mut egui::Ui, theme: Theme, stick: &Stick) {
    ui.label(format!(
        "Your call: {}.",
        stick.direction.map_or(NOT_MARKED, toward)
    ));
    match stick.reading.direction {
        Some(read) => {
            let color = match read {
                Direction::Closer => theme.good(),
                Direction::Sideways => theme.warn(),
                Direction::Further => theme.bad(),
            };
            let words = stick
                .reading
                .words()
                .unwrap_or_else(|| toward(read).to_owned());
            ui.colored_label(color, format!("The document reads it: {words}."));
        }
        None => {
            ui.colored_label(theme.muted(), "The document cannot read it yet.");
        }
    }
    for reason in &stick.reading.reasons {
        ui.label(format!("• {reason}"));
    }
    for disagreement in &stick.reading.disagreements {
        ui.colored_label(theme.warn(), disagreement);
    }
}

/// What the offer would be: its kind, phase and type of work, the big-swing cadence, the
/// stones it serves, the skills it builds, what it builds of the next stone's and the work
/// the portfolio has never done.
fn what_it_is_ui(ui: &mut egui::Ui, theme: Theme, stick: &Stick, offer: &Offer) {
    ui.label(format!(
        "{}, {}, {}.",
        offer.kind.map_or("Kind not set", BetKind::label),
        match offer.phase {
            Some(Phase::Impact) => "starting an impact phase",
            Some(Phase::Learning) => "starting a learning phase",
            None => "phase not set",
        },
        offer.work.map_or_else(
            || "type of work not set".to_owned(),
            |w| w.label().to_lowercase()
        )
    ));
    ui.label(&stick.cadence);
    if stick.stones.is_empty() {
        ui.colored_label(theme.muted(), "Serves no stepping stone.");
    } else {
        ui.label(format!("Serves: {}.", stick.stones.join("; ")));
    }
    if !stick.skills.is_empty() {
        ui.label(format!("Builds: {}.", stick.skills.join("; ")));
    }
    if let Some(line) = &stick.next_stone {
        ui.label(line);
    }
    if !stick.new_work.is_empty() {
        ui.label(format!(
            "Adds work the portfolio has never done: {}.",
            stick.new_work.join(", ")
        ));
    }
}

/// Where the offer's drift checklist stands: not run, or run with the risk it found.
fn drift_line(doc: &Document, offer: &Offer) -> String {
    match offer_status(doc, offer.id) {
        Some((_, risk)) if risk.level == Level::NotRun => format!(
            "Drift checklist not run yet: {} of {} questions answered.",
            risk.answered,
            doc.drift.items.len()
        ),
        Some((run, risk)) => format!(
            "Drift checklist{}: {} risk.",
            run.date.map(|d| format!(" run on {d}")).unwrap_or_default(),
            risk.level.label().to_lowercase()
        ),
        None if offer.unasked => "Came unasked; drift checklist not run yet.".to_owned(),
        None => "Drift checklist not run yet.".to_owned(),
    }
}

/// What the portfolio would say if the offer were taken (or the current job kept): the
/// insights it raises, clears and changes, each with its reasons on hover.
fn portfolio_would_say_ui(ui: &mut egui::Ui, theme: Theme, stick: &Stick, offer: &Offer) {
    ui.strong(if offer.is_current {
        "If you stay, the portfolio would say"
    } else {
        "If you took it, the portfolio would say"
    });
    if stick.raises.is_empty() && stick.clears.is_empty() && stick.changes.is_empty() {
        let nothing = if offer.is_current {
            "Staying adds nothing to the timeline: it says what it says today."
        } else {
            "Nothing it does not say today."
        };
        ui.colored_label(theme.muted(), nothing);
    }
    for insight in &stick.raises {
        let color = match insight.severity {
            Severity::Warning => theme.bad(),
            Severity::Notice => theme.warn(),
            Severity::Info => ui.visuals().text_color(),
        };
        ui.colored_label(color, format!("Raises: {}", insight.title))
            .on_hover_text(insight.reasons.join("\n"));
    }
    for insight in &stick.clears {
        ui.label(format!("Clears: {}", insight.title))
            .on_hover_text(insight.reasons.join("\n"));
    }
    for (now, then) in &stick.changes {
        ui.label(format!("Instead: {}", then.title))
            .on_hover_text(format!("Today it says: {}", now.title));
    }
}
