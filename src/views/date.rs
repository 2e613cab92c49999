//! The date field: a date typed as people write it, or picked from a calendar that shows its
//! month and year, steps by month or year, keeps the same size every month, and picks with
//! one click.

use chrono::NaiveDate;

use super::widgets::row_label;
use crate::model::dates::{DayOrder, month_grid, month_title, parse_date, shift_month};

/// The day order of this machine's locale, read once.
fn day_order() -> DayOrder {
    static ORDER: std::sync::OnceLock<DayOrder> = std::sync::OnceLock::new();
    *ORDER.get_or_init(|| {
        let var = |name| std::env::var(name).ok();
        DayOrder::of_locale(
            var("LC_ALL").as_deref(),
            var("LC_TIME").as_deref(),
            var("LANG").as_deref(),
        )
    })
}

/// A date row: a field that takes a typed date, a calendar button beside it, and, when a date
/// is set, a button to clear it. An unset date shows "not set", and its calendar opens on
/// `today`.
pub fn date_row(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut Option<NaiveDate>,
    today: NaiveDate,
) -> egui::Response {
    let label_response = row_label(ui, label);
    let before = *value;
    let id = ui.make_persistent_id(("date field", label));
    // Wrapped: in a narrow inspector the buttons go under the field instead of past the
    // panel's edge. Inside a column of its own, so that the form's grid gives the row its
    // whole height: centred on a row one line high, the wrapped buttons ran into the next.
    let mut response = ui
        .vertical(|ui| {
            ui.horizontal_wrapped(|ui| {
                let mut response = typed_ui(ui, id, label_response.id, value, today);
                let calendar = ui
                    .button("📆")
                    .on_hover_text("Pick from a calendar")
                    .accessible_name(format!("Calendar: {label}"));
                if calendar.clicked() {
                    // The calendar opens on the date set, else on today.
                    let month = value.unwrap_or(today);
                    ui.data_mut(|d| d.insert_temp(id.with("month"), month));
                }
                egui::Popup::from_toggle_button_response(&calendar)
                    .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
                    .show(|ui| calendar_ui(ui, id, value, today));
                response |= calendar;
                if value.is_some() {
                    let clear = ui
                        .small_button("×")
                        .on_hover_text("No date")
                        .accessible_name(format!("Clear {label}"));
                    if clear.clicked() {
                        *value = None;
                    }
                    response |= clear;
                }
                response
            })
            .inner
        })
        .inner;
    // Clicking a button does not mark it changed: the row says so when the date moved.
    if *value != before {
        response.mark_changed();
    }
    ui.end_row();
    response
}

/// The field a date is typed in. What is typed is kept as typed while the field has the
/// focus, and read when it loses it (Enter, Tab or a click elsewhere): a date sets the value,
/// an empty field clears it, anything else keeps the date and says how to write one.
fn typed_ui(
    ui: &mut egui::Ui,
    id: egui::Id,
    labelled_by: egui::Id,
    value: &mut Option<NaiveDate>,
    today: NaiveDate,
) -> egui::Response {
    let shown = value.map(|d| d.to_string()).unwrap_or_default();
    let draft_id = id.with("draft");
    let error_id = id.with("error");
    let draft = ui.data(|d| d.get_temp::<String>(draft_id));
    let editing = draft.is_some();
    let mut text = draft.unwrap_or_else(|| shown.clone());
    let error: Option<String> = ui.data(|d| d.get_temp(error_id));
    let mut edit = egui::TextEdit::singleline(&mut text)
        .id(id)
        .desired_width(92.0)
        .hint_text("not set");
    if error.is_some() {
        edit = edit.text_color(ui.visuals().error_fg_color);
    }
    let field = ui.add(edit).labelled_by(labelled_by);
    if field.has_focus() {
        ui.data_mut(|d| d.insert_temp(draft_id, text.clone()));
    }
    // Read once, from the draft kept while the field had the focus: egui may say the focus
    // was lost in more than one pass of a frame.
    if field.lost_focus() && editing {
        ui.data_mut(|d| d.remove::<String>(draft_id));
        let typed = text.trim();
        let read = if typed.is_empty() {
            Ok(None)
        } else {
            parse_date(typed, day_order()).map(Some).ok_or(typed)
        };
        match read {
            Ok(date) => {
                *value = date;
                ui.data_mut(|d| d.remove::<String>(error_id));
            }
            Err(typed) if typed != shown => {
                let message = format!(
                    "\"{typed}\" is not a date: type one as {today} or {}. The date is unchanged.",
                    day_order().example(today)
                );
                ui.data_mut(|d| d.insert_temp(error_id, message));
            }
            Err(_) => {}
        }
    }
    if field.changed() {
        // Typing again takes back the complaint about what was typed before.
        ui.data_mut(|d| d.remove::<String>(error_id));
    }
    match ui.data(|d| d.get_temp::<String>(error_id)) {
        Some(message) => {
            ui.colored_label(ui.visuals().error_fg_color, "not a date")
                .on_hover_text(message);
            field
        }
        None => field,
    }
}

/// The calendar: its month and year as a title between month and year steps, six weeks of
/// days Monday first (the same height every month, so nothing under it moves), and Today.
/// A click on a day sets it and closes the calendar.
fn calendar_ui(ui: &mut egui::Ui, id: egui::Id, value: &mut Option<NaiveDate>, today: NaiveDate) {
    let month_id = id.with("month");
    let mut month = ui
        .data(|d| d.get_temp::<NaiveDate>(month_id))
        .unwrap_or_else(|| value.unwrap_or(today));
    let cell = egui::vec2(30.0, 22.0);
    ui.horizontal(|ui| {
        let step =
            |ui: &mut egui::Ui, text: &str, name: &str, months: i32, month: &mut NaiveDate| {
                if ui
                    .add(egui::Button::new(text).min_size(cell))
                    .on_hover_text(name)
                    .accessible_name(name)
                    .clicked()
                {
                    *month = shift_month(*month, months);
                }
            };
        step(ui, "«", "Previous year", -12, &mut month);
        step(ui, "‹", "Previous month", -1, &mut month);
        // A fixed width: the arrows stay where they are whatever the month's name.
        ui.allocate_ui_with_layout(
            egui::vec2(cell.x * 3.0 + ui.spacing().item_spacing.x * 2.0, cell.y),
            egui::Layout::centered_and_justified(egui::Direction::LeftToRight),
            |ui| ui.strong(month_title(month)),
        );
        step(ui, "›", "Next month", 1, &mut month);
        step(ui, "»", "Next year", 12, &mut month);
    });
    ui.data_mut(|d| d.insert_temp(month_id, month));
    egui::Grid::new(id.with("days"))
        .spacing([2.0, 2.0])
        .min_col_width(cell.x)
        .show(ui, |ui| {
            for name in ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"] {
                ui.vertical_centered(|ui| ui.weak(name));
            }
            ui.end_row();
            for week in month_grid(month) {
                for day in week {
                    match day {
                        Some(day) => {
                            let mut text = egui::RichText::new(day.format("%-d").to_string());
                            if day == today {
                                text = text.strong().underline();
                            }
                            let picked = ui
                                .add(
                                    egui::Button::selectable(*value == Some(day), text)
                                        .min_size(cell),
                                )
                                .accessible_name(day.format("%-d %B %Y").to_string());
                            if picked.clicked() {
                                *value = Some(day);
                                ui.close();
                            }
                        }
                        None => {
                            ui.allocate_space(cell);
                        }
                    }
                }
                ui.end_row();
            }
        });
    ui.horizontal(|ui| {
        if ui.button("Today").accessible_name("Pick today").clicked() {
            *value = Some(today);
            ui.close();
        }
        ui.weak(format!(
            "or type one: {today}, {}",
            day_order().example(today)
        ));
    });
}

#[cfg(test)]
mod tests {
    use egui_kittest::{Harness, kittest::Queryable};

    use super::*;

    use crate::testing::today;

    fn harness(start: Option<NaiveDate>) -> Harness<'static, Option<NaiveDate>> {
        let mut h = Harness::builder().with_size([600.0, 500.0]).build_ui_state(
            |ui, value: &mut Option<NaiveDate>| {
                egui::Grid::new("form").show(ui, |ui| {
                    date_row(ui, "Start", value, today());
                });
            },
            start,
        );
        h.run();
        h
    }

    fn type_into(h: &mut Harness<'static, Option<NaiveDate>>, text: &str) {
        h.get_by_label("Start").focus();
        h.run();
        h.get_by_label("Start").type_text(text);
        h.run();
        h.key_press(egui::Key::Enter);
        h.run();
    }

    #[test]
    fn a_date_is_typed_in_the_field() {
        let mut h = harness(None);
        assert_eq!(h.get_by_label("Start").value().as_deref(), Some(""));
        type_into(&mut h, "2027-03-15");
        assert_eq!(*h.state(), NaiveDate::from_ymd_opt(2027, 3, 15));
        assert_eq!(
            h.get_by_label("Start").value().as_deref(),
            Some("2027-03-15")
        );
    }

    #[test]
    fn what_is_not_a_date_is_named_and_changes_nothing() {
        let start = NaiveDate::from_ymd_opt(2027, 1, 4);
        let mut h = harness(start);
        h.get_by_label("Start").focus();
        h.run();
        // Select what is there and type over it, as a person would.
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        h.run();
        h.get_by_label("Start").type_text("next spring");
        h.run();
        h.key_press(egui::Key::Enter);
        h.run();
        assert_eq!(*h.state(), start, "the date is unchanged");
        h.get_by_label("not a date");
    }

    #[test]
    fn the_calendar_shows_its_month_steps_and_keeps_its_size() {
        let mut h = harness(None);
        h.get_by_label("Calendar: Start").click();
        h.run();
        // Opened on today's month, with its name and year.
        h.get_by_label("November 2026");
        let today_button = h.get_by_label("Pick today").rect();
        // November 2026 takes six weeks; February 2027 four: Today stays where it was.
        for _ in 0..3 {
            h.get_by_label("Next month").click();
            h.run();
        }
        h.get_by_label("February 2027");
        assert_eq!(h.get_by_label("Pick today").rect(), today_button);
        h.get_by_label("Next year").click();
        h.run();
        h.get_by_label("February 2028");
        h.get_by_label("Previous year").click();
        h.run();
        h.get_by_label("Previous month").click();
        h.run();
        h.get_by_label("January 2027");
        // One click on a day picks it and closes the calendar.
        h.get_by_label("15 January 2027").click();
        h.run();
        assert_eq!(*h.state(), NaiveDate::from_ymd_opt(2027, 1, 15));
        assert!(h.query_by_label("Next month").is_none(), "closed");
    }
}
