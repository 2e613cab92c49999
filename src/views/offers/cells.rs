//! The cells of the tables that set the two offers side by side, wrapped at a column's width.

/// A cell of a two-offer table that wraps at a column's width: long names and sentences in
/// a grid, which does not wrap by itself, ran past the panel's edge.
pub(super) fn cell(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>) -> egui::Response {
    wrapped(ui, text, CELL_WIDTH)
}

/// A row's name in the first column of a two-offer table, wrapped narrower than its cells.
pub(super) fn row_label(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>) -> egui::Response {
    wrapped(ui, text, ROW_LABEL_WIDTH)
}

/// Text that wraps at `width` inside a grid, which does not wrap by itself.
fn wrapped(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>, width: f32) -> egui::Response {
    ui.scope(|ui| {
        ui.set_max_width(width);
        ui.add(egui::Label::new(text).wrap())
    })
    .inner
}

/// The widest a cell of a two-offer table grows before it wraps, in points.
const CELL_WIDTH: f32 = 170.0;
/// The widest a row's name grows before it wraps, in points.
const ROW_LABEL_WIDTH: f32 = 130.0;
