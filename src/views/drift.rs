//! The Drift panel: the checklist that catches "I took it because it was offered", run on an
//! offer or as a periodic self-review, with its risk and reasons and the history of runs.

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

#[cfg(test)]
mod tests {
    use egui_kittest::{Harness, kittest::Queryable};

    use super::*;
    use crate::views::standalone::Standalone;

    fn harness() -> Harness<'static, Standalone<DriftView>> {
        crate::views::standalone::harness(DriftView::default(), crate::file::sample(), 1600.0)
    }

    #[test]
    fn a_note_of_one_sentence_shows_whole_beside_its_answers() {
        use egui_kittest::kittest::NodeT;
        let h = harness();
        let note = "Checkout keeps me strong at scaling but not closer to CPO.";
        let field = h
            .get_by_label("Note: Does it bring me closer to my 5-year north star?")
            .rect();
        let text = h
            .get_all_by_value(note)
            .find(|n| n.accesskit_node().role() == egui::accesskit::Role::TextRun)
            .expect("the note's words")
            .rect();
        assert!(text.right() <= field.right(), "{text:?} in {field:?}");
    }

    #[test]
    fn running_the_checklist_on_an_offer_keeps_the_answers_with_it() {
        let mut h = harness();
        h.state_mut().view.select(ItemRef::Offer(OfferId(2)));
        h.run();
        let run = h
            .state()
            .doc()
            .drift
            .reviews
            .last()
            .expect("a new run")
            .clone();
        assert_eq!(run.offer, Some(OfferId(2)));
        assert_eq!(run.date, chrono::NaiveDate::from_ymd_opt(2026, 11, 22));
        h.get_by_label("Yes: Am I considering this mainly because it was offered to me?")
            .click();
        h.run();
        h.get_by_label("No: Would I go looking for this if nobody had offered it?")
            .click();
        h.run();
        let run = h.state().doc().drift.reviews.last().expect("run").clone();
        assert_eq!(run.answers.len(), 2);
        assert_eq!(run.answers[0].answer, Answer::Yes);
        // Two answers are too few to judge: not run yet, in the run and in the history, and
        // never the colour of a low risk.
        assert_eq!(h.query_all_by_label("Not run yet").count(), 2);
        assert!(h.query_by_label("Low").is_none());
        h.get_by_label_contains("not run yet: 2 of 6 questions answered");
        h.get_by_label("No: Does it bring me closer to my 5-year north star?")
            .click();
        h.run();
        // Three risky answers of three: high in the run and in the history beside it.
        assert_eq!(h.query_all_by_label("High").count(), 2);
        h.get_by_label("Note: Am I considering this mainly because it was offered to me?")
            .focus();
        h.run();
        h.get_by_label("Note: Am I considering this mainly because it was offered to me?")
            .type_text("it found me");
        h.run();
        let run = h.state().doc().drift.reviews.last().expect("run").clone();
        assert_eq!(run.answers[0].note, "it found me");
    }

    #[test]
    fn the_closing_note_stays_put_while_questions_are_answered() {
        let mut h = harness();
        h.get_by_label("Start a new run").click();
        h.run();
        let note = |h: &Harness<'_, Standalone<DriftView>>| h.get_by_label("Closing note").rect();
        let before = note(&h);
        for question in [
            "Yes: Am I considering this mainly because it was offered to me?",
            "No: Would I go looking for this if nobody had offered it?",
            "No: Does it bring me closer to my 5-year north star?",
            "Not sure: Is my home life out of balance, or would this tip it?",
        ] {
            h.get_by_label(question).click();
            h.run();
            assert_eq!(note(&h), before, "after answering {question}");
        }
        // Answered and judged: the reasons are listed, below the note.
        assert!(h.query_all_by_label_contains("• ").count() > 2);
    }

    #[test]
    fn the_history_keeps_each_risk_in_one_column_beside_a_long_offer_name() {
        let mut doc = crate::file::sample();
        let mut on_offer = doc.drift.reviews[0].clone();
        on_offer.id = next_id(doc.drift.reviews.iter().map(|r| r.id));
        on_offer.offer = Some(doc.offers[1].id);
        doc.drift.reviews.push(on_offer);
        let h = crate::views::standalone::harness_sized(
            DriftView::default(),
            doc,
            [900.0 - 120.0, 600.0],
        );
        let runs: Vec<egui::Rect> = h
            .query_all_by_label_contains("2026-06-30 · ")
            .map(|n| n.rect())
            .collect();
        assert_eq!(runs.len(), 2, "the self-review and the run on the offer");
        let panel = h.state().layout.inspector;
        // Each run's risk sits at the start of its row, in one column, whatever the name's
        // length; the name wraps beside it inside the inspector.
        let risks: Vec<egui::Rect> = h
            .query_all_by_label("Medium")
            .map(|n| n.rect())
            .filter(|r| panel.contains_rect(*r))
            .collect();
        assert_eq!(risks.len(), 2);
        assert_eq!(risks[0].left(), risks[1].left());
        for (risk, run) in risks.iter().zip(&runs) {
            assert!(risk.right() <= run.left(), "{risk:?} before {run:?}");
            assert!(run.y_range().contains(risk.center().y));
            assert!(panel.contains_rect(*run), "{run:?} inside {panel:?}");
        }
    }

    #[test]
    fn a_self_review_starts_from_the_button_and_shows_in_the_history() {
        let mut h = harness();
        h.get_by_label("Overdue by 55 days (one every 90 days).");
        h.get_by_label("Start a new run").click();
        h.run();
        let run = h.state().doc().drift.reviews.last().expect("run").clone();
        assert_eq!(run.offer, None);
        // A run with no answers is not a review yet.
        h.get_by_label("Overdue by 55 days (one every 90 days).");
        for question in [
            "No: Am I considering this mainly because it was offered to me?",
            "Yes: Does it bring me closer to my 5-year north star?",
            "Yes: Would I go looking for this if nobody had offered it?",
        ] {
            h.get_by_label(question).click();
            h.run();
        }
        h.get_by_label("Next one due in 90 days (one every 90 days).");
    }

    #[test]
    fn questions_can_be_added_and_removed() {
        let mut h = harness();
        h.get_by_label("Checklist questions").click();
        h.run();
        h.get_by_label("Add question").click();
        h.run();
        assert_eq!(h.state().doc().drift.items.len(), 7);
        h.get_by_label("Remove question 1").click();
        h.run();
        assert_eq!(h.state().doc().drift.items.len(), 6);
        // Its answers go with it.
        assert!(
            h.state().doc().drift.reviews[0]
                .answers
                .iter()
                .all(|a| a.item.0 != 1)
        );
    }

    #[test]
    fn an_empty_checklist_says_so_and_takes_the_standard_questions_in_one_step() {
        let mut doc = crate::file::sample();
        doc.drift.items.clear();
        doc.drift.reviews.clear();
        let mut h = crate::views::standalone::harness(DriftView::default(), doc, 1600.0);
        h.get_by_label_contains("The checklist has no questions");
        h.get_by_label("Use the standard questions").click();
        h.run();
        let standard = crate::model::DriftItem::defaults();
        let items = &h.state().doc().drift.items;
        assert_eq!(items.len(), standard.len());
        assert_eq!(items[0].question, standard[0].question);
        assert!(
            h.query_by_label_contains("The checklist has no questions")
                .is_none()
        );
        let s = h.state_mut();
        assert!(s.session.history.undo(&mut s.session.doc));
        assert!(
            s.session.doc.drift.items.is_empty(),
            "one undo takes them all back"
        );
    }
}
