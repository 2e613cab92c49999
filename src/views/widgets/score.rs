//! Scores from 1 to 5: as a form row (a slider, or one not given yet) and as five dots.

use super::rows::{room_to_edge, row_label};

/// A score from 1 to 5 as a slider, bound to `value`.
pub fn score_row(ui: &mut egui::Ui, label: &str, value: &mut u8) -> egui::Response {
    let label = row_label(ui, label);
    // The slider gives up width before the number beside it is pushed out of the inspector.
    let room = room_to_edge(ui) - ui.spacing().interact_size.x - ui.spacing().item_spacing.x;
    ui.spacing_mut().slider_width = room.clamp(50.0, 100.0);
    let response = ui
        .add(egui::Slider::new(value, 1..=5))
        .labelled_by(label.id);
    ui.end_row();
    response
}

/// A score from 1 to 5 that may not be given yet, bound to `value`: unset, it is a choice
/// that says "not scored yet"; set, a slider with a button beside it that unsets it.
pub fn maybe_score_row(ui: &mut egui::Ui, label: &str, value: &mut Option<u8>) -> egui::Response {
    let label_response = row_label(ui, label);
    let before = *value;
    let mut response = ui
        .horizontal(|ui| {
            if let Some(score) = value {
                // The unset button as wide as it was drawn last (its glyph and padding), so
                // that the row ends at the inspector's edge rather than a few points past it.
                let clear_key = egui::Id::unique("unset score button width");
                let clear_width = ui
                    .data(|d| d.get_temp::<f32>(clear_key))
                    .unwrap_or(ui.spacing().interact_size.y)
                    + ui.spacing().item_spacing.x;
                let room = room_to_edge(ui)
                    - ui.spacing().interact_size.x
                    - ui.spacing().item_spacing.x
                    - clear_width;
                ui.spacing_mut().slider_width = room.clamp(32.0, 100.0);
                let slider = ui
                    .add(egui::Slider::new(score, 1..=5))
                    .labelled_by(label_response.id);
                let clear = ui
                    .small_button("×")
                    .on_hover_text("Not scored yet: left out of every sum until scored again")
                    .accessible_name(format!("Unset {label}"));
                ui.data_mut(|d| d.insert_temp(clear_key, clear.rect.width()));
                if clear.clicked() {
                    *value = None;
                }
                slider
            } else {
                // One compact choice: five buttons and the words beside them would not fit
                // an inspector's width.
                let mut picked = None;
                let combo = egui::ComboBox::from_id_salt(("maybe score", label))
                    .selected_text(egui::RichText::new(crate::analysis::offers::NOT_SCORED).weak())
                    .width(110.0)
                    .show_ui(ui, |ui| {
                        for n in 1..=5u8 {
                            ui.selectable_value(&mut picked, Some(n), format!("{n} of 5"));
                        }
                    })
                    .response
                    .labelled_by(label_response.id);
                if picked.is_some() {
                    *value = picked;
                }
                combo
            }
        })
        .inner;
    if *value != before {
        response.mark_changed();
    }
    ui.end_row();
    response
}

/// A score from 1 to 5 as five dots, filled up to the score: one control, one Tab stop. A
/// click on a dot sets the score to its place, and hovering previews it ("Set level to 4");
/// with the focus, the arrow keys step the score, Home and End go to 1 and 5, and the digits
/// 1 to 5 set it. `what` names the score ("level") and `whose` the thing scored, so the
/// control reads "Finance: level", "3 of 5" (or "not scored yet") to a screen reader.
pub fn score_dots(
    ui: &mut egui::Ui,
    value: &mut Option<u8>,
    color: egui::Color32,
    what: &str,
    whose: &str,
) -> egui::Response {
    // As wide as the read-only dots were, so that the skills table keeps its width.
    let radius = 4.0;
    let dot = egui::vec2(radius * 2.0 + 3.0, radius * 2.0 + 6.0);
    let empty = ui.visuals().weak_text_color();
    let before = *value;
    let (rect, response) =
        ui.allocate_exact_size(egui::vec2(dot.x * 5.0, dot.y), egui::Sense::click());
    // The dot under a position, 1 to 5.
    let place = |pos: egui::Pos2| ((pos.x - rect.left()) / dot.x).floor().clamp(0.0, 4.0) as u8 + 1;
    let hovered = response.hover_pos().map(place);
    if response.clicked()
        && let Some(pos) = response.interact_pointer_pos()
    {
        *value = Some(place(pos));
        response.request_focus();
    }
    if response.has_focus() {
        // The arrows change the score here instead of moving the focus.
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                response.id,
                egui::EventFilter {
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    ..Default::default()
                },
            );
        });
        // From unset, a step up gives 1 and a step down 5: the ends the arrow points to.
        let step = |v: Option<u8>, up: bool| match (v, up) {
            (None, true) => Some(1),
            (None, false) => Some(5),
            (Some(v), true) => Some(v.saturating_add(1).min(5)),
            (Some(v), false) => Some(v.saturating_sub(1).max(1)),
        };
        ui.input(|i| {
            use egui::Key;
            for (key, n) in [
                (Key::Num1, 1),
                (Key::Num2, 2),
                (Key::Num3, 3),
                (Key::Num4, 4),
                (Key::Num5, 5),
            ] {
                if i.key_pressed(key) {
                    *value = Some(n);
                }
            }
            if i.key_pressed(Key::ArrowRight) || i.key_pressed(Key::ArrowUp) {
                *value = step(*value, true);
            }
            if i.key_pressed(Key::ArrowLeft) || i.key_pressed(Key::ArrowDown) {
                *value = step(*value, false);
            }
            if i.key_pressed(Key::Home) {
                *value = Some(1);
            }
            if i.key_pressed(Key::End) {
                *value = Some(5);
            }
        });
    }
    let shown = *value;
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::slider(
            true,
            f64::from(shown.unwrap_or(0)),
            format!("{whose}: {what}"),
        );
        info.current_text_value =
            Some(shown.map_or_else(|| "not scored yet".to_owned(), |n| format!("{n} of 5")));
        info
    });
    let painter = ui.painter();
    for n in 1..=5u8 {
        let center = egui::pos2(rect.left() + dot.x * (f32::from(n) - 0.5), rect.center().y);
        // Unset, every dot is hollow: no score is shown that was not given.
        let lit = hovered.map_or(shown.is_some_and(|b| n <= b), |h| n <= h);
        if lit {
            let fill = if hovered.is_some() {
                color.gamma_multiply(0.6)
            } else {
                color
            };
            painter.circle_filled(center, radius, fill);
        } else {
            painter.circle_stroke(center, radius, egui::Stroke::new(1.0, empty));
        }
    }
    if response.has_focus() {
        painter.rect_stroke(
            rect.expand(1.0),
            3.0,
            ui.visuals().selection.stroke,
            egui::StrokeKind::Outside,
        );
    }
    let mut response = match hovered {
        Some(n) => response.on_hover_text(format!("Set {what} to {n}")),
        None => response,
    };
    if *value != before {
        response.mark_changed();
    }
    response
}
