//! The Evidence panel's inspector: one entry's fields and what it proves; with none selected,
//! the rules the panel reasons with.

use super::EvidenceView;
use crate::analysis::evidence::line;
use crate::edit::{Edit, Item, ItemRef};
use crate::model::{AUDIENCE_CHARS, EvidenceId, MEASURE_MAX, UNIT_CHARS, WHAT_CHARS};
use crate::views::form::{Form, SKILLS_ON_SPEC};
use crate::views::widgets::reasons_ui;
use crate::views::{Edits, ViewCtx};

impl EvidenceView {
    pub(super) fn entry_inspector_ui(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &ViewCtx<'_>,
        id: EvidenceId,
        edits: &mut Edits,
    ) {
        let doc = ctx.doc;
        let Some(entry) = doc.get(id) else {
            return;
        };
        ui.heading("Evidence");
        let mut form = Form::new(entry);
        form.grid(ui, "evidence inspector", |rows, e| {
            rows.date("Date", &mut e.date, ctx.today);
            rows.multiline_within("What happened", &mut e.what, WHAT_CHARS);
            let either_way = -MEASURE_MAX..=MEASURE_MAX;
            rows.maybe_number("Before", &mut e.before, either_way.clone(), "not measured");
            rows.maybe_number("Result", &mut e.result, either_way, "not measured");
            rows.text_within("Unit", &mut e.unit, UNIT_CHARS);
            rows.maybe_number("Scale", &mut e.scale, 0.0..=MEASURE_MAX, "not given");
            rows.text_within("Scale counts", &mut e.scale_of, UNIT_CHARS);
            rows.text_within("Who else saw it", &mut e.audience, AUDIENCE_CHARS);
        });
        form.rows(ui, |rows, e| {
            let any = e.result.is_some() || e.before.is_some() || e.scale.is_some();
            if any && rows.action("numbers", |ui| ui.small_button("Clear the numbers")) {
                (e.result, e.before, e.scale) = (None, None, None);
            }
        });
        ui.label(egui::RichText::new(line(entry)).strong());
        if entry.result.is_none() {
            ui.colored_label(
                ctx.theme.warn(),
                "Not measured: no number is shown for it until you give its result.",
            );
        }

        form.skill_links(ui, doc, "Skills it proves", SKILLS_ON_SPEC, "proves", |e| {
            &mut e.skills
        });
        form.stone_links(ui, doc, "Stepping stones it advances", "advances", |e| {
            &mut e.stones
        });
        form.rows(ui, |rows, e| {
            rows.collapsing("Bets it came from", |rows| {
                for bet in &doc.bets {
                    rows.member("came from", &bet.title, &mut e.bets, bet.id);
                }
            });
            rows.collapsing("Metrics it moves", |rows| {
                for metric in &doc.metrics {
                    rows.member("moves", &metric.name, &mut e.metrics, metric.id);
                }
            });
            rows.collapsing("Who saw it", |rows| {
                for person in &doc.people {
                    let name = crate::analysis::people::shown_name(person);
                    rows.member("seen by", name, &mut e.seen_by, person.id);
                }
            });
        });
        ui.add_space(8.0);
        if ui.button("Delete evidence").clicked() {
            edits.push(Edit::Remove(ItemRef::Evidence(id)));
            edits.say("Deleted the evidence");
            self.selected = None;
            return;
        }
        form.send(edits, |e| Edit::Upsert(Item::Evidence(e)));
    }

    pub(super) fn rules_inspector_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        ui.label(egui::RichText::new("Click an entry to edit it and link what it proves.").weak());
        ui.add_space(8.0);
        ui.strong("The rules this panel reasons with");
        let mut form = Form::new(&ctx.doc.rules);
        form.grid(ui, "evidence rules", |rows, r| {
            let r = &mut r.evidence;
            let mut level = u32::from(r.proven_from_level);
            if rows.count("Evidence asked from level", &mut level, 1.0..=5.0, 1.0, "") {
                r.proven_from_level = u8::try_from(level.clamp(1, 5)).unwrap_or(4);
            }
            // At least a day: a stretch of no days would name every day.
            rows.count("Quiet after", &mut r.quiet_days, 1.0..=3660.0, 1.0, " days");
        });
        form.send(edits, Edit::Rules);
        reasons_ui(
            ui,
            &[
                "Evidence asked from level: 4 by default, \"strong\" on the matrix's scale, the \
                 level a calibration asks proof of."
                    .to_owned(),
                "Quiet after: 91 days by default, a quarter, the span of a career review."
                    .to_owned(),
            ],
        );
    }
}
