//! The rows of a form: a label and a text field, a choice or a checkbox, each input's visible
//! label also its accessible name, each returning the new value only when the person changed it.
//!
//! Use them inside an `egui::Grid` of two columns: the label, then the input. The label column
//! has one width everywhere, so that the fields of a panel line up even across several grids,
//! and a long label wraps inside it instead of pushing the field out of the panel.

/// What an empty text field shows: that nothing is written there yet, not a made-up value.
const UNWRITTEN: &str = "not written yet";

/// Width of the label column of every form.
pub const LABEL_WIDTH: f32 = 120.0;

/// A form row's label: wrapped to [`LABEL_WIDTH`], and that wide even when short.
pub fn row_label(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.allocate_ui_with_layout(
        egui::vec2(LABEL_WIDTH, ui.spacing().interact_size.y),
        egui::Layout::top_down(egui::Align::Min),
        |ui| {
            ui.set_min_width(LABEL_WIDTH);
            ui.add(egui::Label::new(text).wrap())
        },
    )
    .inner
}

/// A row of `label` and `field`: the label names the field for a screen reader too.
pub(super) fn labelled_row(
    ui: &mut egui::Ui,
    label: &str,
    field: impl egui::Widget,
) -> egui::Response {
    let label = row_label(ui, label);
    let response = ui.add(field).labelled_by(label.id);
    ui.end_row();
    response
}

/// A one-line text field bound to `value`.
pub fn text_row(ui: &mut egui::Ui, label: &str, value: &mut String) -> egui::Response {
    text_row_within(ui, label, value, usize::MAX)
}

/// A one-line text field bound to `value` that takes at most `most` characters.
pub fn text_row_within(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut String,
    most: usize,
) -> egui::Response {
    labelled_row(
        ui,
        label,
        egui::TextEdit::singleline(value)
            .hint_text(UNWRITTEN)
            .char_limit(most)
            .desired_width(f32::INFINITY),
    )
}

/// A note on one score, bound to `value`: one line while it fits, wrapped to the form's
/// width when it does not, so that the whole note is read without scrolling inside it.
pub fn note_row(ui: &mut egui::Ui, label: &str, value: &mut String) -> egui::Response {
    labelled_row(
        ui,
        label,
        egui::TextEdit::multiline(value)
            .hint_text(UNWRITTEN)
            .desired_rows(1)
            .desired_width(f32::INFINITY),
    )
}

/// A text area for longer notes, bound to `value`.
pub fn multiline_row(ui: &mut egui::Ui, label: &str, value: &mut String) -> egui::Response {
    multiline_row_within(ui, label, value, usize::MAX)
}

/// A text area bound to `value` that takes at most `most` characters.
pub fn multiline_row_within(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut String,
    most: usize,
) -> egui::Response {
    labelled_row(
        ui,
        label,
        egui::TextEdit::multiline(value)
            .hint_text(UNWRITTEN)
            .char_limit(most)
            .desired_rows(3)
            .desired_width(f32::INFINITY),
    )
}

/// A choice among an enum's variants, bound to `value`; marked changed when a new one is
/// picked (a combo box alone does not say so).
pub fn choice_row<T: Copy + PartialEq + std::fmt::Display>(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut T,
    all: &[T],
) -> egui::Response {
    let label_response = row_label(ui, label);
    let before = *value;
    // A long choice is cut short with an ellipsis at the panel's edge rather than widening
    // the form past it; the whole of it is in the list and read out by a screen reader.
    let mut response = egui::ComboBox::from_id_salt(label)
        .selected_text(before.to_string())
        .truncate()
        .show_ui(ui, |ui| {
            for option in all {
                ui.selectable_value(value, *option, option.to_string());
            }
        })
        .response
        .labelled_by(label_response.id);
    if *value != before {
        response.mark_changed();
    }
    ui.end_row();
    response
}

/// A choice that may not be made yet, bound to `value`: unset, the box says "Not set yet" and
/// leaves it so until a variant is picked; "Not set" among the choices unsets it again.
pub fn maybe_choice_row<T: Copy + PartialEq + std::fmt::Display>(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut Option<T>,
    all: &[T],
) -> egui::Response {
    let label_response = row_label(ui, label);
    let before = *value;
    let shown = match before {
        Some(v) => egui::RichText::new(v.to_string()),
        None => egui::RichText::new(NOT_SET_YET).weak(),
    };
    let mut response = egui::ComboBox::from_id_salt(label)
        .selected_text(shown)
        .truncate()
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, "Not set");
            for option in all {
                ui.selectable_value(value, Some(*option), option.to_string());
            }
        })
        .response
        .labelled_by(label_response.id);
    if *value != before {
        response.mark_changed();
    }
    ui.end_row();
    response
}

/// What a choice not made yet shows in its box.
pub const NOT_SET_YET: &str = "Not set yet";

/// The width from the cursor to the visible edge of what holds it. A row that ran past the
/// edge widens the rows under it in egui, and each would then run further: measured against
/// what is visible, none runs past it to begin with.
pub(super) fn room_to_edge(ui: &egui::Ui) -> f32 {
    if ui.is_sizing_pass() {
        return ui.available_width();
    }
    ui.available_width()
        .min(ui.clip_rect().right() - ui.cursor().left())
}

/// A checkbox row bound to `value`, with `text` beside the box.
pub fn check_row(ui: &mut egui::Ui, label: &str, text: &str, value: &mut bool) -> egui::Response {
    row_label(ui, label);
    // A grid does not wrap text by default: the words beside the box wrap to the panel
    // instead of widening it.
    let response = ui
        .scope(|ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
            ui.checkbox(value, text)
        })
        .inner;
    ui.end_row();
    response
}

/// Puts `item` in the list or takes it out, as a checkbox says.
pub fn set_member<T: PartialEq>(list: &mut Vec<T>, item: T, on: bool) {
    if on {
        if !list.contains(&item) {
            list.push(item);
        }
    } else {
        list.retain(|x| *x != item);
    }
}
