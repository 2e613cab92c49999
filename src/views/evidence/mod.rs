//! The Evidence panel: the wins that make the work visible, each with what it measured and
//! what it proves, the latest first, with what the evidence says: the skills the north star
//! needs and the evidence for each, skills scored high with nothing to show, stepping stones
//! with no progress, and long stretches with none recorded.

mod inspector;
#[cfg(test)]
mod tests;

use super::widgets::{
    AddRow, ListKeys, WIN_BLANK, add_row, empty_hint, list_keys_hint, reasons_ui, section,
};
use super::{Command, Edits, View, ViewCtx};
use crate::analysis::evidence::wins::new_entry;
use crate::analysis::evidence::{findings, latest_first, result_words, shown, skill_proofs};
use crate::edit::{Edit, Item, ItemRef};
use crate::model::EvidenceId;

/// The Evidence panel's own state: the entry selected and the one being typed.
#[derive(Debug, Default)]
pub struct EvidenceView {
    selected: Option<EvidenceId>,
    /// What happened, for the next entry to add.
    what: String,
    /// The entry the keys moved to, to scroll into view once.
    reveal: Option<EvidenceId>,
    /// Where the list was scrolled to and how tall it showed, in the last frame.
    list_view: (f32, f32),
    /// Whether the field for a new entry takes the keyboard in this frame (N pressed).
    focus_new: bool,
}

impl EvidenceView {
    fn add_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let row = AddRow {
            hint: "what happened",
            name: "What happened, to add",
            button: "Add evidence",
            hover: "Add it dated today; then give what it measured and link what it proves",
            blank: WIN_BLANK,
        };
        let focus = std::mem::take(&mut self.focus_new);
        if let Some(what) = add_row(ui, &mut self.what, &row, focus) {
            let entry = new_entry(ctx.doc, &what, Some(ctx.today));
            edits.say("Added: give what it measured, and link what it proves");
            self.selected = Some(entry.id);
            edits.push(Edit::Upsert(Item::Evidence(entry)));
        }
    }

    fn says_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
        section(ui, "What the evidence says");
        let found = findings(ctx.doc, ctx.today);
        if found.is_empty() {
            empty_hint(
                ui,
                "No skill scored high is left without evidence, no stepping stone without \
                 progress, and no long stretch went unrecorded.",
            );
        }
        for (i, finding) in found.iter().enumerate() {
            ui.push_id(("finding", i), |ui| {
                ui.label(
                    egui::RichText::new(&finding.title)
                        .strong()
                        .color(ctx.theme.warn()),
                );
                reasons_ui(ui, &finding.reasons);
            });
        }
    }

    fn needs_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
        section(ui, "What your north star needs, and the evidence for it");
        if let Some(gone) = crate::analysis::goal::gone_goal(ctx.doc, ctx.today) {
            empty_hint(ui, &gone.headline());
            return;
        }
        let proofs = skill_proofs(ctx.doc, ctx.today);
        if proofs.is_empty() {
            empty_hint(
                ui,
                "No skill has a target yet: give each skill the level your north star needs on \
                 the Spec panel, and its evidence is gathered here.",
            );
        }
        for proof in &proofs {
            ui.push_id(("proof", proof.skill.0), |ui| {
                let text = egui::RichText::new(proof.heading()).strong();
                ui.label(if proof.evidence.is_empty() {
                    text.color(ctx.theme.warn())
                } else {
                    text
                });
                reasons_ui(ui, &proof.reasons);
            });
        }
    }

    /// What the list keys do: step through the entries as listed, delete the one selected
    /// (one undo step), select none, or start a new one.
    fn keys(&mut self, ui: &egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let list = ListKeys {
            selected: &mut self.selected,
            reveal: &mut self.reveal,
            focus_new: &mut self.focus_new,
        };
        let order = || {
            latest_first(&ctx.doc.evidence)
                .iter()
                .map(|e| e.id)
                .collect()
        };
        list.answer(ui, ctx.doc, order, shown, edits);
    }

    fn list_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
        section(ui, "Your evidence, latest first");
        let entries = latest_first(&ctx.doc.evidence);
        let height = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
        let mut area = egui::ScrollArea::vertical()
            .id_salt("evidence list")
            .max_height(360.0);
        // An entry the keys moved to is scrolled just into view, not to the top.
        if let Some(index) = self
            .reveal
            .take()
            .and_then(|id| entries.iter().position(|e| e.id == id))
        {
            // `show_rows` adds the item spacing to the height it is given, row by row.
            let pitch = height + ui.spacing().item_spacing.y;
            #[allow(clippy::cast_precision_loss)]
            let top = index as f32 * pitch;
            let (offset, shown_height) = self.list_view;
            let offset = if top < offset {
                top
            } else if top + pitch > offset + shown_height {
                top + pitch - shown_height
            } else {
                offset
            };
            area = area.vertical_scroll_offset(offset);
        }
        let out = area.show_rows(ui, height, entries.len(), |ui, rows| {
            for e in &entries[rows] {
                ui.horizontal(|ui| {
                    // Both cut short at the panel's edge rather than widening the panel, so
                    // the text below still wraps where it can be read; each reads out whole.
                    let what_width = (ui.available_width() * 0.65).max(120.0);
                    let picked = self.selected == Some(e.id);
                    let clicked = ui
                        .push_id(("evidence", e.id.0), |ui| {
                            ui.set_max_width(what_width);
                            ui.add(egui::Button::selectable(picked, shown(e)).truncate())
                        })
                        .inner
                        .clicked();
                    if clicked {
                        self.selected = Some(e.id);
                    }
                    let result = result_words(e);
                    ui.add(
                        egui::Label::new(egui::RichText::new(result).color(ctx.theme.muted()))
                            .truncate(),
                    );
                });
            }
        });
        self.list_view = (out.state.clamped_offset().y, out.inner_rect.height());
        list_keys_hint(ui, "starts a new one");
    }
}

impl View for EvidenceView {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        egui::ScrollArea::vertical()
            .id_salt("evidence scroll")
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.heading("Evidence");
                    let packet = Command::PromotionPacket;
                    if ui
                        .button("Promotion packet…")
                        .on_hover_text(packet.tooltip())
                        .clicked()
                    {
                        edits.command(packet);
                    }
                });
                self.add_ui(ui, ctx, edits);
                if ctx.doc.evidence.is_empty() {
                    ui.add_space(8.0);
                    empty_hint(
                        ui,
                        "No evidence yet. Write down the last thing you shipped that moved a \
                         number, and link it to the skill it shows: at review time it is here, \
                         not in your memory.",
                    );
                    return;
                }
                self.list_ui(ui, ctx);
                Self::says_ui(ui, ctx);
                Self::needs_ui(ui, ctx);
            });
    }

    fn inspector_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        // The keys are read here, before the inspector draws its popups (a calendar): the
        // inspector is drawn first, so a popup Esc closes this frame is still seen as open.
        self.keys(ui, ctx, edits);
        if let Some(id) = self.selected {
            if ctx.doc.get(id).is_some() {
                self.entry_inspector_ui(ui, ctx, id, edits);
                return;
            }
            self.selected = None;
        }
        Self::rules_inspector_ui(ui, ctx, edits);
    }

    fn select(&mut self, item: ItemRef) {
        if let ItemRef::Evidence(id) = item {
            self.selected = Some(id);
        }
    }
}
