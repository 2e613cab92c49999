//! The Voice panel: the product-marketing log — updates, summaries, posts, talks, people
//! mentored — the cadence promised to the manager and what is overdue, and "write what you
//! repeat".

use egui_plot::{Bar, BarChart, Plot};

use super::charts::calendar_axis;
use super::form::Form;
use super::widgets::{choice_row, empty_hint, section, text_row};
use super::{Edits, View, ViewCtx};
use crate::analysis::voice::{Cadence, cadence, monthly_summary, per_month, to_write_down};
use crate::edit::{Edit, Item, ItemRef};
use crate::model::{Explanation, VoiceEntry, VoiceEntryId, VoiceKind, next_id, year_fraction};
use chrono::NaiveDate;

/// The Voice panel's own state: the entry being written and the explanation being typed.
#[derive(Debug, Default)]
pub struct VoiceView {
    selected: Option<VoiceEntryId>,
    draft: VoiceEntry,
    topic: String,
    show_summary: bool,
}

impl VoiceView {
    fn promise_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let voice = &ctx.doc.voice;
        section(ui, "The promise");
        let mut form = Form::new(voice);
        form.grid(ui, "promise", |rows, voice| {
            rows.days("One update every", &mut voice.cadence_days, 365);
            rows.text("Promised to", &mut voice.manager);
        });
        form.send(edits, Edit::Voice);
        let status = cadence(ctx.doc, ctx.today);
        let (text, color) = match status {
            // A cadence with nobody to send to is not a promise yet.
            Cadence::NoPromise if voice.cadence_days > 0 => (
                "Name who you send updates to, and the cadence becomes a promise.".to_owned(),
                ctx.theme.muted(),
            ),
            Cadence::NoPromise => (status.sentence(), ctx.theme.muted()),
            Cadence::Due(_, days) if days < 0 => (status.sentence(), ctx.theme.bad()),
            Cadence::NeverSent | Cadence::Due(_, 0) => (status.sentence(), ctx.theme.warn()),
            Cadence::Due(..) => (status.sentence(), ctx.theme.good()),
        };
        ui.colored_label(color, egui::RichText::new(text).strong());
    }

    fn log_form_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        section(ui, "Log something you made visible");
        // The draft is the panel's own state, not the document's: bound directly.
        egui::Grid::new("new entry")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                let draft = &mut self.draft;
                choice_row(ui, "Kind", &mut draft.kind, VoiceKind::ALL);
                text_row(ui, "Title", &mut draft.title);
                text_row(ui, "Link", &mut draft.link);
                text_row(ui, "Speaks to (skill or metric)", &mut draft.speaks_to);
            });
        let ready = !self.draft.title.trim().is_empty();
        if ui
            .add_enabled(ready, egui::Button::new("Log it"))
            .on_disabled_hover_text("Give it a title first")
            .clicked()
        {
            let entry = VoiceEntry {
                id: next_id(ctx.doc.voice.entries.iter().map(|e| e.id)),
                date: Some(ctx.today),
                title: self.draft.title.trim().to_owned(),
                ..self.draft.clone()
            };
            edits.say(format!("Logged \"{}\"", entry.title));
            edits.push(Edit::Upsert(Item::VoiceEntry(entry)));
            self.draft = VoiceEntry {
                kind: self.draft.kind,
                ..VoiceEntry::default()
            };
        }
    }

    fn log_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
        section(ui, "The log");
        let mut entries: Vec<&VoiceEntry> = ctx.doc.voice.entries.iter().collect();
        entries.sort_by(|a, b| b.date.cmp(&a.date).then(b.id.cmp(&a.id)));
        if entries.is_empty() {
            empty_hint(
                ui,
                "Nothing logged yet. Start with this month's update to your manager.",
            );
            // Twelve empty months would say the same as the line above, at a chart's height.
            return;
        }
        // The titles wrap in what the date and kind columns leave of the panel's width.
        let title_width = (ui.available_width() - 210.0).max(160.0);
        egui::Grid::new("voice log")
            .num_columns(3)
            .striped(true)
            .show(ui, |ui| {
                for entry in entries {
                    ui.label(
                        entry
                            .date
                            .map_or_else(|| "undated".to_owned(), |d| d.to_string()),
                    );
                    ui.label(egui::RichText::new(entry.kind.label()).color(ctx.theme.muted()));
                    // A grid does not wrap by default: a long title wraps to the panel's edge
                    // instead of running past it.
                    let clicked = ui
                        .scope(|ui| {
                            ui.set_max_width(title_width);
                            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                            ui.selectable_label(self.selected == Some(entry.id), &entry.title)
                        })
                        .inner
                        .clicked();
                    if clicked {
                        self.selected = Some(entry.id);
                    }
                    ui.end_row();
                }
            });
        let months = per_month(ctx.doc, ctx.today);
        // Each bar stands on the middle of its month, on a calendar axis.
        let middle = |y: i32, m: u32| NaiveDate::from_ymd_opt(y, m, 15).map(year_fraction);
        let bars: Vec<Bar> = months
            .iter()
            .filter_map(|&(y, m, count)| {
                Some(
                    Bar::new(middle(y, m)?, count as f64)
                        .width(0.7 / 12.0)
                        .name(format!("{y}-{m:02}: {count}")),
                )
            })
            .collect();
        let span = months
            .first()
            .and_then(|&(y, m, _)| middle(y, m))
            .zip(months.last().and_then(|&(y, m, _)| middle(y, m)));
        ui.add_space(6.0);
        ui.strong("Entries per month, last 12 months");
        let mut plot = calendar_axis(Plot::new("voice per month"), true)
            .height(140.0)
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .include_y(0.0)
            .include_y(3.0)
            // Exactly the twelve months, no month either side.
            .set_margin_fraction(egui::vec2(0.0, 0.05));
        if let Some((first, last)) = span {
            plot = plot
                .include_x(first - 0.5 / 12.0)
                .include_x(last + 0.5 / 12.0);
        }
        plot.show(ui, |plot| {
            plot.bar_chart(BarChart::new("Entries", bars).color(ctx.theme.series(0)));
        });
    }

    fn explanations_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let doc = ctx.doc;
        section(ui, "Write what you repeat");
        ui.label(
            egui::RichText::new(format!(
                "Count what you explain out loud. Explained {} times, it is worth writing down once.",
                doc.rules.repeat_threshold
            ))
            .color(ctx.theme.muted()),
        );
        let flagged: Vec<_> = to_write_down(doc).iter().map(|e| e.id).collect();
        for explanation in &doc.voice.explanations {
            ui.push_id(("explanation", explanation.id.0), |ui| {
                ui.horizontal(|ui| {
                    let written = explanation.written.is_some();
                    let mut text = egui::RichText::new(format!(
                        "{} — explained {}×",
                        explanation.topic, explanation.count
                    ));
                    if written {
                        text = text.color(ctx.theme.muted());
                    } else if flagged.contains(&explanation.id) {
                        text = text.color(ctx.theme.warn()).strong();
                    }
                    ui.label(text);
                    let mut form = Form::new(explanation);
                    form.rows(ui, |rows, explanation| {
                        rows.own_step("count", |ui| {
                            let mut again = ui
                                .button("+1")
                                .accessible_name(format!("Explained again: {}", explanation.topic))
                                .on_hover_text("I explained it again");
                            if again.clicked() {
                                explanation.count += 1;
                                again.mark_changed();
                            }
                            again
                        });
                    });
                    form.send(edits, |e| Edit::Upsert(Item::Explanation(e)));
                    if written {
                        ui.colored_label(ctx.theme.good(), "written down");
                    } else if flagged.contains(&explanation.id)
                        && ui
                            .button("Write it down")
                            .accessible_name(format!("Write it down: {}", explanation.topic))
                            .clicked()
                    {
                        let entry_id = next_id(doc.voice.entries.iter().map(|e| e.id));
                        edits.push(Edit::Batch(vec![
                            Edit::Upsert(Item::VoiceEntry(VoiceEntry {
                                id: entry_id,
                                date: Some(ctx.today),
                                kind: VoiceKind::InternalPost,
                                title: explanation.topic.clone(),
                                ..VoiceEntry::default()
                            })),
                            Edit::Upsert(Item::Explanation(Explanation {
                                written: Some(entry_id),
                                ..explanation.clone()
                            })),
                        ]));
                        edits.say(format!(
                            "Logged a post: \"{}\". Add its link once it is written.",
                            explanation.topic
                        ));
                        self.selected = Some(entry_id);
                    }
                    if ui
                        .small_button("Remove")
                        .on_hover_text(format!("Remove {}", explanation.topic))
                        .clicked()
                    {
                        edits.push(Edit::Remove(ItemRef::Explanation(explanation.id)));
                    }
                });
            });
        }
        ui.horizontal(|ui| {
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut self.topic)
                        .hint_text("something you explained")
                        .desired_width(320.0),
                )
                .accessible_name("Something you explained");
            let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button("Count it").clicked() || entered) && !self.topic.trim().is_empty() {
                edits.push(Edit::Upsert(Item::Explanation(Explanation {
                    id: next_id(doc.voice.explanations.iter().map(|e| e.id)),
                    topic: self.topic.trim().to_owned(),
                    count: 1,
                    written: None,
                })));
                self.topic.clear();
            }
        });
    }

    fn summary_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
        section(ui, "Monthly learning summary");
        if ui
            .button(if self.show_summary {
                "Hide the draft"
            } else {
                "Draft this month's summary"
            })
            .clicked()
        {
            self.show_summary = !self.show_summary;
        }
        if self.show_summary {
            let text = monthly_summary(ctx.doc, ctx.today);
            if ui
                .button("Copy")
                .on_hover_text("Copy the draft, to paste into an email or doc")
                .clicked()
            {
                ui.ctx().copy_text(text.clone());
            }
            let mut shown = text;
            ui.add(
                egui::TextEdit::multiline(&mut shown)
                    .desired_width(f32::INFINITY)
                    .interactive(true),
            )
            .accessible_name("Summary draft");
        }
    }

    fn entry_inspector_ui(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &ViewCtx<'_>,
        id: VoiceEntryId,
        edits: &mut Edits,
    ) {
        let doc = ctx.doc;
        let Some(entry) = doc.voice.entries.iter().find(|e| e.id == id) else {
            self.selected = None;
            return;
        };
        ui.heading("Log entry");
        let mut form = Form::new(entry);
        form.grid(ui, "entry inspector", |rows, entry| {
            rows.date("Date", &mut entry.date, ctx.today);
            rows.choice("Kind of entry", &mut entry.kind, VoiceKind::ALL);
            rows.text("Entry title", &mut entry.title);
            rows.text("Entry link", &mut entry.link);
            rows.text("Entry speaks to", &mut entry.speaks_to);
        });
        form.send(edits, |e| Edit::Upsert(Item::VoiceEntry(e)));
        if ui.button("Delete entry").clicked() {
            edits.push(Edit::Remove(ItemRef::VoiceEntry(id)));
            self.selected = None;
        }
    }
}

impl View for VoiceView {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        egui::ScrollArea::vertical()
            .id_salt("voice scroll")
            .show(ui, |ui| {
                Self::promise_ui(ui, ctx, edits);
                self.log_form_ui(ui, ctx, edits);
                self.log_ui(ui, ctx);
                self.explanations_ui(ui, ctx, edits);
                self.summary_ui(ui, ctx);
            });
    }

    fn inspector_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        if let Some(id) = self.selected {
            self.entry_inspector_ui(ui, ctx, id, edits);
            return;
        }
        ui.label(egui::RichText::new("Click an entry in the log to edit or delete it.").weak());
        ui.add_space(8.0);
        ui.label("Making your work visible is not bragging: it tells your manager what the team achieved and what it needs. A short update every month leaves a paper trail of what you know.");
    }

    fn select(&mut self, item: ItemRef) {
        if let ItemRef::VoiceEntry(id) = item {
            self.selected = Some(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::{Harness, kittest::Queryable};

    use super::*;
    use crate::model::ExplanationId;
    use crate::views::standalone::Standalone;

    fn harness() -> Harness<'static, Standalone<VoiceView>> {
        crate::views::standalone::harness(VoiceView::default(), crate::file::sample(), 1600.0)
    }

    #[test]
    fn an_empty_log_says_where_to_start_and_draws_no_chart_of_empty_months() {
        let mut doc = crate::file::sample();
        doc.voice.entries.clear();
        let h = crate::views::standalone::harness(VoiceView::default(), doc, 1600.0);
        h.get_by_label("Nothing logged yet. Start with this month's update to your manager.");
        assert!(
            h.query_by_label("Entries per month, last 12 months")
                .is_none()
        );
        harness().get_by_label("Entries per month, last 12 months");
    }

    #[test]
    fn a_cadence_with_nobody_named_is_not_yet_a_promise() {
        let mut doc = crate::file::sample();
        doc.voice.manager.clear();
        let h = crate::views::standalone::harness(VoiceView::default(), doc, 1600.0);
        h.get_by_label("Name who you send updates to, and the cadence becomes a promise.");
        assert!(h.query_by_label_contains("Overdue").is_none());
    }

    #[test]
    fn logging_an_update_clears_the_overdue_status() {
        let mut h = harness();
        // The last update went out on 2026-09-02: due 2026-10-02, 51 days ago.
        h.get_by_label("Overdue by 51 days: the next update was due 2026-10-02.");
        h.get_by_label("Title").focus();
        h.run();
        h.get_by_label("Title")
            .type_text("October update: the AI assistant decision");
        h.run();
        h.get_by_label("Log it").click();
        h.run();
        let entry = h.state().doc().voice.entries.last().expect("entry").clone();
        assert_eq!(entry.title, "October update: the AI assistant decision");
        assert_eq!(entry.kind, VoiceKind::Update);
        assert_eq!(entry.date, chrono::NaiveDate::from_ymd_opt(2026, 11, 22));
        h.get_by_label("Next update due 2026-12-22, in 30 days.");
    }

    #[test]
    fn an_explanation_given_again_is_flagged_then_written_down() {
        let mut h = harness();
        h.get_by_label("Explained again: Why guest checkout converts better on mobile")
            .click();
        h.run();
        let e = h
            .state()
            .doc()
            .voice
            .explanations
            .iter()
            .find(|e| e.id == ExplanationId(2))
            .expect("e")
            .clone();
        assert_eq!(e.count, 2);
        h.get_by_label("Write it down: Why guest checkout converts better on mobile")
            .click();
        h.run();
        let doc = h.state().doc();
        let entry = doc.voice.entries.last().expect("entry");
        assert_eq!(entry.title, "Why guest checkout converts better on mobile");
        assert_eq!(entry.kind, VoiceKind::InternalPost);
        let e = doc
            .voice
            .explanations
            .iter()
            .find(|e| e.id == ExplanationId(2))
            .expect("e");
        assert_eq!(e.written, Some(entry.id));
    }

    #[test]
    fn the_summary_draft_is_shown_on_request() {
        let mut h = harness();
        h.get_by_label("Draft this month's summary").click();
        h.run();
        let draft = h.get_by_label("Summary draft").value().unwrap_or_default();
        assert!(draft.contains("Learning summary, November 2026"), "{draft}");
    }
}
