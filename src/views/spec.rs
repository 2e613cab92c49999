//! The Spec panel: profile, north star, stepping stones and the skills matrix.

use super::{Edits, View, ViewCtx};

/// The Spec panel's own state.
#[derive(Debug, Default)]
pub struct SpecView {}

impl View for SpecView {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, _edits: &mut Edits) {
        ui.heading(&ctx.doc.north_star.target_role);
    }

    fn inspector_ui(&mut self, _ui: &mut egui::Ui, _ctx: &ViewCtx<'_>, _edits: &mut Edits) {}
}
