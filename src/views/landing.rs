//! The Landing panel: the 30/60/90 plan for a new role — listen and learn, align, execute —
//! with due dates from the start date, done marks, progress, and the current phase marked.

use super::form::Form;
use super::widgets::empty_hint;
use super::{Edits, View, ViewCtx};
use crate::analysis::landing::{
    Stage, due, missing_from_template, overdue, plan_days, progress, stage,
};
use crate::edit::{Edit, Item, ItemRef};
use crate::model::{Document, LandingItem, LandingItemId, LandingPhase, next_id};

/// The Landing panel's own state.
#[derive(Debug, Default)]
pub struct LandingView {
    selected: Option<LandingItemId>,
    drafts: [String; 3],
}

fn add_template(doc: &Document, edits: &mut Edits) {
    let mut next = next_id(doc.landing.items.iter().map(|i| i.id));
    let items: Vec<Edit> = missing_from_template(&doc.landing)
        .into_iter()
        .map(|(phase, title)| {
            let id = next;
            next.0 += 1;
            Edit::Upsert(Item::LandingItem(LandingItem {
                id,
                phase,
                title: title.to_owned(),
                done: false,
            }))
        })
        .collect();
    edits.push(Edit::Batch(items));
    edits.say("Added the template's steps");
}

impl LandingView {
    fn header_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let plan = &ctx.doc.landing;
        ui.heading(format!(
            "Landing plan: the first {} days",
            plan_days(&ctx.doc.rules)
        ));
        let mut form = Form::new(plan);
        form.grid(ui, "landing header", |rows, plan| {
            rows.text("Role", &mut plan.role);
            rows.date("First day", &mut plan.start, ctx.today);
        });
        form.send(edits, Edit::LandingPlan);
        let text = stage(plan, ctx.today, &ctx.doc.rules).sentence(&ctx.doc.rules);
        ui.label(egui::RichText::new(text).strong());
        let late = overdue(plan, ctx.today, &ctx.doc.rules);
        if !late.is_empty() {
            ui.colored_label(
                ctx.theme.bad(),
                format!(
                    "{} overdue: {}",
                    late.len(),
                    late.iter()
                        .map(|i| i.title.as_str())
                        .collect::<Vec<_>>()
                        .join("; ")
                ),
            );
        }
    }

    fn phase_ui(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &ViewCtx<'_>,
        n: usize,
        phase: LandingPhase,
        edits: &mut Edits,
    ) {
        let doc = ctx.doc;
        let plan = &doc.landing;
        let current = matches!(stage(plan, ctx.today, &doc.rules), Stage::In(p, _) if p == phase);
        let days = doc.rules.landing_phase_days as usize;
        let heading = format!(
            "Days {}–{}: {}",
            n * days + 1,
            (n + 1) * days,
            phase.label()
        );
        let frame = egui::Frame::group(ui.style()).stroke(if current {
            egui::Stroke::new(2.0, ctx.theme.good())
        } else {
            ui.visuals().widgets.noninteractive.bg_stroke
        });
        frame.show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.strong(heading);
                if current {
                    ui.colored_label(ctx.theme.good(), "now");
                }
                if let Some(start) = plan.start {
                    ui.label(
                        egui::RichText::new(format!("due {}", due(start, phase, &doc.rules)))
                            .color(ctx.theme.muted()),
                    );
                }
            });
            let (done, total) = progress(plan, phase);
            // A thin bar with nearly square ends, so that an empty one looks empty, and the
            // count beside it; a phase with no steps has no bar.
            if total > 0 {
                let share = done as f32 / total as f32;
                ui.horizontal(|ui| {
                    ui.add(
                        egui::ProgressBar::new(share)
                            .desired_width(200.0)
                            .desired_height(8.0)
                            .corner_radius(1.0),
                    );
                    ui.label(format!("{done} of {total} done"));
                });
            }
            for item in plan.items.iter().filter(|i| i.phase == phase) {
                ui.push_id(("landing item", item.id.0), |ui| {
                    ui.horizontal(|ui| {
                        let mut form = Form::new(item);
                        form.rows(ui, |rows, item| {
                            let name = format!("Done: {}", item.title);
                            rows.own_step("done", |ui| {
                                ui.checkbox(&mut item.done, "").accessible_name(name)
                            });
                        });
                        form.send(edits, |i| Edit::Upsert(Item::LandingItem(i)));
                        let mut text = egui::RichText::new(&item.title);
                        if item.done {
                            text = text.strikethrough().color(ctx.theme.muted());
                        }
                        let selected = self.selected == Some(item.id);
                        if ui
                            .add(egui::Button::selectable(selected, text).wrap())
                            .on_hover_text("Edit in the inspector")
                            .clicked()
                        {
                            self.selected = Some(item.id);
                        }
                    });
                });
            }
            ui.horizontal(|ui| {
                let draft = &mut self.drafts[n];
                let response = ui
                    .add(
                        egui::TextEdit::singleline(draft)
                            .hint_text("a new step")
                            .desired_width(320.0),
                    )
                    .accessible_name(format!("New step for {}", phase.label()));
                let entered =
                    response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if (ui.button(format!("Add to {}", phase.label())).clicked() || entered)
                    && !draft.trim().is_empty()
                {
                    edits.push(Edit::Upsert(Item::LandingItem(LandingItem {
                        id: next_id(plan.items.iter().map(|i| i.id)),
                        phase,
                        title: draft.trim().to_owned(),
                        done: false,
                    })));
                    draft.clear();
                }
            });
        });
        ui.add_space(6.0);
    }

    fn item_inspector_ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        id: LandingItemId,
        edits: &mut Edits,
    ) {
        let Some(index) = doc.landing.items.iter().position(|i| i.id == id) else {
            self.selected = None;
            return;
        };
        let item = &doc.landing.items[index];
        ui.heading("Step");
        let mut form = Form::new(item);
        form.grid(ui, "landing item inspector", |rows, item| {
            rows.text("Step", &mut item.title);
            rows.choice("Phase", &mut item.phase, LandingPhase::ALL);
        });
        form.send(edits, |i| Edit::Upsert(Item::LandingItem(i)));
        ui.horizontal(|ui| {
            let same_phase: Vec<usize> = doc
                .landing
                .items
                .iter()
                .enumerate()
                .filter(|(_, i)| i.phase == item.phase)
                .map(|(n, _)| n)
                .collect();
            let at = same_phase.iter().position(|n| *n == index).unwrap_or(0);
            if ui
                .add_enabled(at > 0, egui::Button::new("Move up"))
                .clicked()
            {
                edits.push(Edit::Move(ItemRef::LandingItem(id), same_phase[at - 1]));
            }
            if ui
                .add_enabled(at + 1 < same_phase.len(), egui::Button::new("Move down"))
                .clicked()
            {
                edits.push(Edit::Move(ItemRef::LandingItem(id), same_phase[at + 1]));
            }
            if ui.button("Delete step").clicked() {
                edits.push(Edit::Remove(ItemRef::LandingItem(id)));
                self.selected = None;
            }
        });
    }
}

impl View for LandingView {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        egui::ScrollArea::vertical().id_salt("landing scroll").show(ui, |ui| {
            Self::header_ui(ui, ctx, edits);
            ui.add_space(8.0);
            if ctx.doc.landing.items.is_empty() {
                empty_hint(ui, "No steps yet. Start from the template: a listening tour, a state-of-the-union write-up, a vision, agreement on the problems, quick wins.");
            }
            if ctx.doc.landing.items.is_empty() && ui.button("Start from template").clicked() {
                add_template(ctx.doc, edits);
            }
            for (n, phase) in LandingPhase::ALL.iter().enumerate() {
                self.phase_ui(ui, ctx, n, *phase, edits);
            }
        });
    }

    fn inspector_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        if let Some(id) = self.selected {
            self.item_inspector_ui(ui, ctx.doc, id, edits);
            return;
        }
        ui.label(egui::RichText::new("Click a step to edit, move or delete it.").weak());
        ui.add_space(8.0);
        ui.label(format!(
            "Three steps of {} each: listen and learn before forming a view; align the team on a vision and the problems worth solving; then execute, starting with quick wins that build trust.",
            crate::analysis::words::days(i64::from(ctx.doc.rules.landing_phase_days.max(1)))
        ));
    }

    fn select(&mut self, item: ItemRef) {
        if let ItemRef::LandingItem(id) = item {
            self.selected = Some(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::{Harness, kittest::Queryable};

    use super::*;
    use crate::views::standalone::Standalone;

    fn harness(doc: Document, today: (i32, u32, u32)) -> Harness<'static, Standalone<LandingView>> {
        let today = chrono::NaiveDate::from_ymd_opt(today.0, today.1, today.2).expect("date");
        let mut h = Harness::builder()
            .with_size([1280.0, 1400.0])
            .build_ui_state(
                |ui, s: &mut Standalone<LandingView>| s.ui(ui),
                Standalone::new(LandingView::default(), doc, today),
            );
        h.run();
        h
    }

    #[test]
    fn ticking_a_step_marks_it_done_and_counts_it() {
        let mut h = harness(crate::file::sample(), (2027, 1, 20));
        h.get_by_label("Day 17 of 90: listen and learn.");
        h.get_by_label("Done: Write a state-of-the-union doc of what I heard, and share it")
            .click();
        h.run();
        let item = h
            .state()
            .doc()
            .landing
            .items
            .iter()
            .find(|i| i.id == LandingItemId(3))
            .expect("item")
            .clone();
        assert!(item.done);
        h.get_by_label("1 of 3 done");
    }

    #[test]
    fn the_plan_is_as_long_as_the_rules_make_it() {
        // Phases of 20 days: a 60-day plan, never "90" from the usual rule.
        let mut doc = crate::file::sample();
        doc.rules.landing_phase_days = 20;
        let h = harness(doc, (2027, 1, 20));
        h.get_by_label("Landing plan: the first 60 days");
        h.get_by_label("Day 17 of 60: listen and learn.");
        assert!(h.query_by_label_contains("of 90").is_none());
    }

    #[test]
    fn an_empty_plan_starts_from_the_template() {
        let mut doc = crate::file::sample();
        doc.landing.items.clear();
        let mut h = harness(doc, (2026, 11, 22));
        h.get_by_label("Starts in 43 days.");
        h.get_by_label("Start from template").click();
        h.run();
        let items = &h.state().doc().landing.items;
        assert_eq!(items.len(), crate::analysis::landing::template().len());
        assert!(items.iter().any(|i| i.phase == LandingPhase::Align));
        assert!(h.query_by_label("Start from template").is_none());
    }

    #[test]
    fn a_step_is_added_to_its_phase() {
        let mut h = harness(crate::file::sample(), (2027, 2, 10));
        h.get_by_label("New step for Align").focus();
        h.run();
        h.get_by_label("New step for Align")
            .type_text("Meet the CPO's staff");
        h.run();
        h.get_by_label("Add to Align").click();
        h.run();
        let item = h.state().doc().landing.items.last().expect("item").clone();
        assert_eq!(
            (item.phase, item.title.as_str()),
            (LandingPhase::Align, "Meet the CPO's staff")
        );
        // The first step's 30 days ended on 3 February: its three open items are late, the
        // step just added to Align (due in March) is not.
        h.get_by_label(
            "3 overdue: Listening tour: meet every engineer, designer and stakeholder; ask \
             what one thing I can do to help this week; Read the last two quarters of research \
             and the assistant's prototype notes; Write a state-of-the-union doc of what I \
             heard, and share it",
        );
        h.get_by_label(
            "Done: Read the last two quarters of research and the assistant's prototype notes",
        )
        .click();
        h.run();
        h.get_by_label_contains("2 overdue: Listening tour:");
        assert!(h.query_by_label_contains("3 overdue").is_none());
        assert!(
            h.query_by_label_contains("overdue: Read the last")
                .is_none()
        );
    }

    /// Opens the calendar of the date labelled `label` and clicks `day` ("15 January 2027")
    /// in the month it shows: one click picks it.
    fn pick_day(h: &mut Harness<'static, Standalone<LandingView>>, label: &str, day: &str) {
        h.get_by_label(&format!("Calendar: {label}")).click();
        h.run();
        h.get_by_label(day).click();
        h.run();
    }

    #[test]
    fn the_first_day_is_picked_from_a_calendar() {
        let mut h = harness(crate::file::sample(), (2027, 1, 20));
        pick_day(&mut h, "First day", "15 January 2027");
        assert_eq!(
            h.state().doc().landing.start,
            chrono::NaiveDate::from_ymd_opt(2027, 1, 15)
        );
        h.get_by_label("Clear First day").click();
        h.run();
        assert_eq!(h.state().doc().landing.start, None);
        let s = h.state_mut();
        assert!(s.session.history.undo(&mut s.session.doc));
        assert_eq!(
            s.session.doc.landing.start,
            chrono::NaiveDate::from_ymd_opt(2027, 1, 15),
            "clearing is one undo step"
        );
    }

    #[test]
    fn an_unset_date_is_picked_from_a_calendar_opened_on_today() {
        let mut doc = crate::file::sample();
        doc.landing.start = None;
        let mut h = harness(doc, (2027, 3, 10));
        pick_day(&mut h, "First day", "21 March 2027");
        assert_eq!(
            h.state().doc().landing.start,
            chrono::NaiveDate::from_ymd_opt(2027, 3, 21)
        );
    }
}
