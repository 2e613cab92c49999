//! The Drift panel: the checklist that catches "I took it because it was offered", run on an
//! offer or as a periodic self-review, with its risk and reasons and the history of runs.

#[cfg(test)]
mod tests;

use super::form::{Form, Rows};
use super::widgets::{choice_row, empty_hint, section, text_row};
use super::{Edits, View, ViewCtx};
use crate::analysis::drift::{
    Level, history, offer_status, risk, self_review_due_in, self_review_sentence,
};
use crate::analysis::offers::offer_name;
use crate::edit::{Edit, Item, ItemRef};
use crate::model::{
    Answer, Document, DriftAnswer, DriftItem, DriftReview, OfferId, ReviewId, next_id,
};

/// The Drift panel's own state.
#[derive(Debug, Default)]
pub struct DriftView {
    selected: Option<ReviewId>,
    /// The offer a new run is for; none for a periodic self-review.
    target: Option<OfferId>,
    /// An offer another panel linked to, to open its run on the next frame.
    open_for: Option<OfferId>,
}

/// The height of a row of answers: that of the note field beside a given answer.
const ANSWER_ROW_HEIGHT: f32 = 24.0;

/// The width of the risk column in the history, as wide as "Not run".
const RISK_WIDTH: f32 = 56.0;

fn level_color(ctx: &ViewCtx<'_>, level: Level) -> egui::Color32 {
    match level {
        // Not known is never shown in the colour of a good answer.
        Level::NotRun => ctx.theme.muted(),
        Level::Low => ctx.theme.good(),
        Level::Medium => ctx.theme.warn(),
        Level::High => ctx.theme.bad(),
    }
}

fn target_name(doc: &Document, offer: Option<OfferId>) -> String {
    match offer.and_then(|id| doc.get(id)) {
        Some(o) => offer_name(o),
        None if offer.is_some() => "a removed offer".to_owned(),
        None => "Periodic self-review".to_owned(),
    }
}

impl DriftView {
    fn start_run(&mut self, ctx: &ViewCtx<'_>, offer: Option<OfferId>, edits: &mut Edits) {
        let id = next_id(ctx.doc.drift.reviews.iter().map(|r| r.id));
        edits.push(Edit::Upsert(Item::DriftReview(DriftReview {
            id,
            date: Some(ctx.today),
            offer,
            answers: Vec::new(),
            note: String::new(),
        })));
        edits.say(format!(
            "Started the drift checklist: {}",
            target_name(ctx.doc, offer)
        ));
        self.selected = Some(id);
    }

    fn start_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        section(ui, "Run the drift checklist");
        ui.label(
            egui::RichText::new(
                "Before you say yes to something, or every few months: is this where you mean to go, or where you are being carried?",
            )
            .color(ctx.theme.muted()),
        );
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("Run it on");
            let mut target = self.target;
            egui::ComboBox::from_id_salt("drift target")
                .selected_text(target_name(ctx.doc, target))
                .width(320.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut target, None, "Periodic self-review");
                    for offer in &ctx.doc.offers {
                        ui.selectable_value(&mut target, Some(offer.id), offer_name(offer));
                    }
                })
                .response
                .labelled_by(label.id);
            self.target = target;
            if ui.button("Start a new run").clicked() {
                self.start_run(ctx, self.target, edits);
            }
        });
    }

    fn run_ui(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &ViewCtx<'_>,
        review: &DriftReview,
        edits: &mut Edits,
    ) {
        let doc = ctx.doc;
        section(
            ui,
            &format!(
                "{} — {}",
                target_name(doc, review.offer),
                review
                    .date
                    .map_or_else(|| "undated".to_owned(), |d| d.to_string())
            ),
        );
        let r = risk(doc, review);
        ui.horizontal(|ui| {
            ui.label("Drift risk:");
            ui.colored_label(
                level_color(ctx, r.level),
                egui::RichText::new(r.level.label()).strong(),
            );
            // With nothing answered there is no share to give: "0 of 0" would read as a result.
            if r.answered == 0 {
                ui.label("(no answers yet)");
            } else if let Some(line) = r.answers_line().filter(|_| r.level != Level::NotRun) {
                ui.label(format!("({line})"));
            }
        });
        ui.add_space(8.0);
        let mut form = Form::new(review);
        for item in &doc.drift.items {
            ui.push_id(("question", item.id.0), |ui| {
                ui.add_space(6.0);
                ui.strong(&item.question);
                ui.label(
                    egui::RichText::new(&item.hint)
                        .small()
                        .color(ctx.theme.muted()),
                );
                form.rows(ui, |rows, run| {
                    rows.horizontal(|rows| {
                        // As tall as the note field that appears once answered, so that
                        // answering does not push the questions below down.
                        rows.ui.set_min_height(ANSWER_ROW_HEIGHT);
                        answer_ui(rows, run, item);
                    });
                });
            });
        }
        ui.add_space(8.0);
        form.grid(ui, "run fields", |rows, run| {
            rows.date("Date of this run", &mut run.date, ctx.today);
            rows.multiline("Closing note", &mut run.note);
        });
        form.send(edits, |run| Edit::Upsert(Item::DriftReview(run)));
        // Below the questions and the note, so that a reason appearing with an answer moves
        // nothing the person is about to click or type into.
        ui.add_space(8.0);
        for reason in &r.reasons {
            ui.label(format!("• {reason}"));
        }
        ui.add_space(8.0);
        if ui.button("Delete this run").clicked() {
            edits.push(Edit::Remove(ItemRef::DriftReview(review.id)));
            self.selected = None;
        }
    }

    fn items_ui(ui: &mut egui::Ui, doc: &Document, edits: &mut Edits) {
        egui::CollapsingHeader::new("Checklist questions")
            .id_salt("checklist questions")
            .show(ui, |ui| {
                for (n, item) in doc.drift.items.iter().enumerate() {
                    ui.push_id(("item", item.id.0), |ui| {
                        let mut form = Form::new(item);
                        form.grid(ui, "item", |rows, item| {
                            let question = format!("Question {}", n + 1);
                            rows.merging("question", |ui| {
                                text_row(ui, &question, &mut item.question)
                            });
                            let why = format!("Why question {} matters", n + 1);
                            rows.merging("hint", |ui| text_row(ui, &why, &mut item.hint));
                            let drift = format!("Drift answer to question {}", n + 1);
                            rows.own_step("risky answer", |ui| {
                                choice_row(ui, &drift, &mut item.risky_answer, Answer::ALL)
                            });
                        });
                        form.send(edits, |item| Edit::Upsert(Item::DriftItem(item)));
                        if ui.button(format!("Remove question {}", n + 1)).clicked() {
                            edits.push(Edit::Remove(ItemRef::DriftItem(item.id)));
                        }
                        ui.separator();
                    });
                }
                if ui.button("Add question").clicked() {
                    let id = next_id(doc.drift.items.iter().map(|i| i.id));
                    edits.push(Edit::Upsert(Item::DriftItem(DriftItem {
                        id,
                        question: "New question?".to_owned(),
                        ..DriftItem::default()
                    })));
                }
            });
    }
}

impl View for DriftView {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        if self
            .selected
            .is_some_and(|id| !ctx.doc.drift.reviews.iter().any(|r| r.id == id))
        {
            self.selected = None;
        }
        if let Some(offer) = self.open_for.take() {
            self.target = Some(offer);
            match offer_status(ctx.doc, offer) {
                Some((run, _)) => self.selected = Some(run.id),
                None => self.start_run(ctx, Some(offer), edits),
            }
        }
        egui::ScrollArea::vertical()
            .id_salt("drift scroll")
            .show(ui, |ui| {
                self.start_ui(ui, ctx, edits);
                // Said first, whether or not a run is open: with no questions a run can say
                // nothing.
                if ctx.doc.drift.items.is_empty() {
                    ui.add_space(8.0);
                    empty_hint(
                        ui,
                        "The checklist has no questions: with none, a run can say nothing. Start from the standard ones, or add your own under Checklist questions below.",
                    );
                    standard_questions_ui(ui, ctx.doc, edits);
                }
                // The run picked in the history, else the latest.
                let shown = self
                    .selected
                    .and_then(|id| ctx.doc.drift.reviews.iter().find(|r| r.id == id))
                    .or_else(|| history(ctx.doc).into_iter().next());
                if let Some(review) = shown {
                    self.run_ui(ui, ctx, review, edits);
                } else {
                    ui.add_space(8.0);
                    empty_hint(
                        ui,
                        "Start a new run above, or pick a past one from the history on the right.",
                    );
                }
                ui.add_space(10.0);
                Self::items_ui(ui, ctx.doc, edits);
            });
    }

    fn inspector_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, _edits: &mut Edits) {
        let doc = ctx.doc;
        ui.heading("Self-review");
        match self_review_due_in(doc, ctx.today) {
            None => {
                ui.colored_label(
                    ctx.theme.warn(),
                    "No periodic self-review yet: run one now.",
                );
            }
            Some(days) => {
                let text = self_review_sentence(doc, ctx.today).unwrap_or_default();
                if days <= 0 {
                    ui.colored_label(ctx.theme.bad(), text);
                } else {
                    ui.label(text);
                }
            }
        }
        ui.separator();
        ui.heading("History");
        let runs = history(doc);
        if runs.is_empty() {
            empty_hint(ui, "No runs yet.");
        }
        let shown = self.selected.or_else(|| runs.first().map(|r| r.id));
        for run in runs {
            let r = risk(doc, run);
            let date = run
                .date
                .map_or_else(|| "undated".to_owned(), |d| d.to_string());
            // The risk first, in a column of its own; a run on an offer with a long name wraps
            // beside it rather than pushing it past the inspector's edge.
            ui.horizontal(|ui| {
                ui.allocate_ui_with_layout(
                    egui::vec2(RISK_WIDTH, ui.spacing().interact_size.y),
                    egui::Layout::left_to_right(egui::Align::Center),
                    |ui| {
                        ui.set_min_width(RISK_WIDTH);
                        ui.colored_label(level_color(ctx, r.level), r.level.label());
                    },
                );
                let text = format!("{date} · {}", target_name(doc, run.offer));
                let row = egui::Button::selectable(shown == Some(run.id), text).wrap();
                if ui.add(row).clicked() {
                    self.selected = Some(run.id);
                }
            });
        }
        if !doc.offers.is_empty() {
            ui.separator();
            ui.heading("Offers");
            for offer in &doc.offers {
                let status = match offer_status(doc, offer.id) {
                    Some((_, r)) if r.level == Level::NotRun => format!(
                        "not run yet: {} of {} questions answered",
                        r.answered,
                        doc.drift.items.len()
                    ),
                    Some((run, r)) => format!(
                        "checked {}: {} risk",
                        run.date
                            .map_or_else(|| "undated".to_owned(), |d| d.to_string()),
                        r.level.label().to_lowercase()
                    ),
                    None if offer.unasked => "came unasked; not checked yet".to_owned(),
                    None => "not checked".to_owned(),
                };
                ui.label(format!("{}: {status}", offer_name(offer)));
            }
        }
    }

    fn select(&mut self, item: ItemRef) {
        match item {
            ItemRef::Offer(id) => self.open_for = Some(id),
            ItemRef::DriftReview(id) => self.selected = Some(id),
            _ => {}
        }
    }
}

/// The width of an answer button: room for "⚠ Not sure", the widest an answer gets.
const ANSWER_WIDTH: f32 = 78.0;

/// The answers to one question as buttons, the chosen one marked, and once answered a note
/// on why; both bound to the run.
fn answer_ui(rows: &mut Rows<'_>, run: &mut DriftReview, item: &DriftItem) {
    let given = run.answers.iter().position(|a| a.item == item.id);
    for answer in Answer::ALL {
        let chosen = given.is_some_and(|at| run.answers[at].answer == *answer);
        // A mark, not a colour: red text does not read on the selection's fill.
        let text = if chosen && *answer == item.risky_answer {
            egui::RichText::new(format!("⚠ {}", answer.label())).strong()
        } else {
            egui::RichText::new(answer.label())
        };
        let name = format!("{}: {}", answer.label(), item.question);
        rows.own_step("answer", |ui| {
            // Each as wide as its answer with the mark, so that answering moves nothing
            // beside it.
            let button =
                egui::Button::selectable(chosen, text).min_size(egui::vec2(ANSWER_WIDTH, 0.0));
            let mut response = ui.add(button).accessible_name(name);
            if response.clicked() && !chosen {
                match given {
                    Some(at) => run.answers[at].answer = *answer,
                    None => run.answers.push(DriftAnswer {
                        item: item.id,
                        answer: *answer,
                        note: String::new(),
                    }),
                }
                response.mark_changed();
            }
            response
        });
    }
    if let Some(at) = given {
        let note = &mut run.answers[at].note;
        let name = format!("Note: {}", item.question);
        rows.merging("answer note", |ui| {
            ui.add(
                egui::TextEdit::singleline(note)
                    .hint_text("why")
                    // As wide as the row leaves, up to a long sentence: at 320 points a
                    // note of one sentence was cut off with the panel empty beside it.
                    .desired_width(ui.available_width().clamp(120.0, 640.0)),
            )
            .accessible_name(name)
        });
    }
}

/// A button that fills an empty checklist with the standard questions, as one undo step.
fn standard_questions_ui(ui: &mut egui::Ui, doc: &crate::model::Document, edits: &mut Edits) {
    let standard = crate::model::DriftItem::defaults();
    let count = standard.len();
    if ui
        .button("Use the standard questions")
        .on_hover_text(format!(
            "Adds {count} questions about the ways careers drift; each can be edited or removed."
        ))
        .clicked()
    {
        let first = crate::model::next_id(doc.drift.items.iter().map(|i| i.id));
        let added = standard
            .into_iter()
            .zip(first.0..)
            .map(|(item, id)| {
                Edit::Upsert(Item::DriftItem(crate::model::DriftItem {
                    id: crate::model::DriftItemId(id),
                    ..item
                }))
            })
            .collect();
        edits.push(Edit::Batch(added));
        edits.say(format!(
            "Added the {count} standard questions to the checklist"
        ));
    }
}
