//! The small pieces every panel is built from: the rows of a form (`rows`, `numbers`,
//! `score`), what the list panels share (`list`), section headings and the button that adds
//! a suggested move to the landing plan, and a finding's reasons. Each piece is re-exported here, so that a panel names
//! it `widgets::text_row` wherever it sits.

mod list;
mod numbers;
mod rows;
mod score;

pub use list::{AddRow, ListKeys, WIN_BLANK, add_row, empty_hint, keys_are_free, list_keys_hint};
pub use numbers::{
    count_row, days_row, maybe_number_row, maybe_year_row, money_row, number_row, price_row,
    quarter_row, set_decimal_mark, shares_row, year_row,
};
pub use rows::{
    LABEL_WIDTH, NOT_SET_YET, check_row, choice_row, maybe_choice_row, multiline_row,
    multiline_row_within, note_row, row_label, set_member, text_row, text_row_within,
};
pub use score::{maybe_score_row, score_dots, score_row};

/// A heading for a section of a panel, with space above it.
pub fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(super::theme::SECTION_GAP);
    ui.heading(title);
}

/// The reasons behind a finding, indented beneath it in the weak colour, each wrapped.
pub fn reasons_ui(ui: &mut egui::Ui, reasons: &[String]) {
    ui.indent("reasons", |ui| {
        for reason in reasons {
            ui.add(egui::Label::new(egui::RichText::new(reason).weak()).wrap());
        }
    });
}

/// What to do about a move the panels suggest ("Find a mentor two levels up…"): where the
/// plan already holds it, said in the muted colour, or a button that adds it to the landing
/// plan as a step of its last phase, in one undo step. Never twice: once added, the button
/// gives way to "Already in the landing plan."
pub fn plan_move_ui(
    ui: &mut egui::Ui,
    ctx: &super::ViewCtx<'_>,
    title: &str,
    edits: &mut super::Edits,
) {
    use crate::edit::{Edit, Item};
    use crate::model::{LandingItem, LandingPhase, next_id};
    if let Some(place) = crate::analysis::landing::planned_as(ctx.doc, title) {
        ui.label(egui::RichText::new(format!("Already {place}.")).color(ctx.theme.muted()));
        return;
    }
    if ui
        .button("Add to the landing plan")
        .accessible_name(format!("Add to the landing plan: {title}"))
        .clicked()
    {
        edits.push(Edit::Upsert(Item::LandingItem(LandingItem {
            id: next_id(ctx.doc.landing.items.iter().map(|i| i.id)),
            phase: LandingPhase::Execute,
            title: title.to_owned(),
            done: false,
        })));
        edits.say(format!("Added \"{title}\" to the landing plan"));
    }
}
