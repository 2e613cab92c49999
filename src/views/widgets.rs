//! Small input rows every panel uses, so that each input has a visible label that is also its
//! accessible name, and each returns the new value only when the person changed it.
//!
//! Use them inside an `egui::Grid` of two columns: the label, then the input. The label column
//! has one width everywhere, so that the fields of a panel line up even across several grids,
//! and a long label wraps inside it instead of pushing the field out of the panel.

use chrono::NaiveDate;

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

/// A one-line text field. Returns the new text when it changed.
pub fn text_row(ui: &mut egui::Ui, label: &str, value: &str) -> Option<String> {
    let label = row_label(ui, label);
    let mut text = value.to_owned();
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .hint_text(UNWRITTEN)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    ui.end_row();
    response.changed().then_some(text)
}

/// A text area for longer notes. Returns the new text when it changed.
pub fn multiline_row(ui: &mut egui::Ui, label: &str, value: &str) -> Option<String> {
    let label = row_label(ui, label);
    let mut text = value.to_owned();
    let response = ui
        .add(
            egui::TextEdit::multiline(&mut text)
                .hint_text(UNWRITTEN)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    ui.end_row();
    response.changed().then_some(text)
}

/// A choice among an enum's variants. Returns the new choice when it changed.
pub fn choice_row<T: Copy + PartialEq + std::fmt::Display>(
    ui: &mut egui::Ui,
    label: &str,
    value: T,
    all: &[T],
) -> Option<T> {
    let label_response = row_label(ui, label);
    let mut chosen = value;
    egui::ComboBox::from_id_salt(label)
        .selected_text(value.to_string())
        .show_ui(ui, |ui| {
            for option in all {
                ui.selectable_value(&mut chosen, *option, option.to_string());
            }
        })
        .response
        .labelled_by(label_response.id);
    ui.end_row();
    (chosen != value).then_some(chosen)
}

/// A score from 1 to 5 as a slider. Returns the new score when it changed.
pub fn score_row(ui: &mut egui::Ui, label: &str, value: u8) -> Option<u8> {
    let label = row_label(ui, label);
    let mut score = value;
    // The slider gives up width before the number beside it is pushed out of the inspector.
    let room = ui.available_width() - ui.spacing().interact_size.x - ui.spacing().item_spacing.x;
    ui.spacing_mut().slider_width = room.clamp(50.0, 100.0);
    let response = ui
        .add(egui::Slider::new(&mut score, 1..=5))
        .labelled_by(label.id);
    ui.end_row();
    (response.changed() && score != value).then_some(score)
}

/// A whole year. Returns the new year when it changed.
pub fn year_row(ui: &mut egui::Ui, label: &str, value: i32) -> Option<i32> {
    let label = row_label(ui, label);
    let mut year = value;
    let response = ui
        .add(
            egui::DragValue::new(&mut year)
                .range(1900..=2200)
                .speed(0.1),
        )
        .labelled_by(label.id);
    ui.end_row();
    (response.changed() && year != value).then_some(year)
}

/// A whole number of days, never shown with decimals ("every 30 days"). Returns the new
/// number when it changed.
pub fn days_row(ui: &mut egui::Ui, label: &str, value: u32, most: u32) -> Option<u32> {
    let label = row_label(ui, label);
    let mut days = value;
    let response = ui
        .add(
            egui::DragValue::new(&mut days)
                .range(0..=most)
                .speed(0.2)
                .suffix(" days"),
        )
        .labelled_by(label.id);
    ui.end_row();
    (response.changed() && days != value).then_some(days)
}

/// An amount of money, shown grouped by thousands after its currency, as everywhere else;
/// typed with or without the grouping. Returns the new amount when it changed.
pub fn money_row(ui: &mut egui::Ui, label: &str, value: f64, currency: &str) -> Option<f64> {
    let label = row_label(ui, label);
    let mut amount = value;
    let response = ui
        .add(
            egui::DragValue::new(&mut amount)
                .range(0.0..=1e10)
                .speed(500.0)
                .custom_formatter(|n, _| crate::analysis::offers::money(currency, n))
                .custom_parser(parse_money),
        )
        .labelled_by(label.id);
    ui.end_row();
    (response.changed() && amount != value).then_some(amount)
}

/// Reads an amount as a person types it: digits, with any currency sign, grouping or
/// spaces ignored; a decimal point is kept.
pub fn parse_money(text: &str) -> Option<f64> {
    let digits: String = text
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    digits.parse().ok()
}

/// A number with a range, a step and a suffix. Returns the new number when it changed.
pub fn number_row(
    ui: &mut egui::Ui,
    label: &str,
    value: f64,
    range: std::ops::RangeInclusive<f64>,
    speed: f64,
    suffix: &str,
) -> Option<f64> {
    let label = row_label(ui, label);
    let mut number = value;
    let response = ui
        .add(
            egui::DragValue::new(&mut number)
                .range(range)
                .speed(speed)
                .suffix(suffix),
        )
        .labelled_by(label.id);
    ui.end_row();
    (response.changed() && number != value).then_some(number)
}

/// A checkbox row. Returns the new state when it changed.
pub fn check_row(ui: &mut egui::Ui, label: &str, text: &str, value: bool) -> Option<bool> {
    row_label(ui, label);
    let mut checked = value;
    // A grid does not wrap text by default: the words beside the box wrap to the panel
    // instead of widening it.
    let response = ui
        .scope(|ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
            ui.checkbox(&mut checked, text)
        })
        .inner;
    ui.end_row();
    response.changed().then_some(checked)
}

/// A date typed as YYYY-MM-DD; an empty field is no date. Returns the new date when the text
/// parses to one that differs. Text that does not parse is kept in the field, marked, until
/// it does.
pub fn date_row(
    ui: &mut egui::Ui,
    label: &str,
    value: Option<NaiveDate>,
) -> Option<Option<NaiveDate>> {
    let label_response = row_label(ui, label);
    let id = ui.make_persistent_id(("date draft", label));
    let shown = value
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    let mut text: String = ui.data(|d| d.get_temp(id)).unwrap_or_else(|| shown.clone());
    let parsed = parse_date(&text);
    let valid = parsed.is_some();
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .hint_text("YYYY-MM-DD")
                .desired_width(110.0)
                .text_color_opt((!valid).then_some(ui.visuals().error_fg_color)),
        )
        .labelled_by(label_response.id);
    ui.end_row();
    if response.has_focus() || response.changed() {
        ui.data_mut(|d| d.insert_temp(id, text.clone()));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    match parse_date(&text) {
        Some(new) if response.changed() && new != value => Some(new),
        _ => None,
    }
}

/// Parses a date typed by a person: empty is no date, otherwise YYYY-MM-DD.
pub fn parse_date(text: &str) -> Option<Option<NaiveDate>> {
    let text = text.trim();
    if text.is_empty() {
        Some(None)
    } else {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().map(Some)
    }
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

/// A heading for a section of a panel, with space above it.
pub fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(super::theme::SECTION_GAP);
    ui.heading(title);
}

/// A note for an empty list: what to do first.
pub fn empty_hint(ui: &mut egui::Ui, text: &str) {
    ui.label(egui::RichText::new(text).italics().weak());
}

/// A score from 1 to 5 drawn as five dots, filled up to the score; read aloud as "3 of 5".
pub fn score_dots(ui: &mut egui::Ui, value: u8, color: egui::Color32) -> egui::Response {
    let radius = 4.0;
    let step = radius * 2.0 + 3.0;
    let size = egui::vec2(step * 5.0, radius * 2.0 + 4.0);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    let empty = ui.visuals().weak_text_color();
    for i in 0..5u8 {
        let center = egui::pos2(rect.left() + radius + f32::from(i) * step, rect.center().y);
        if i < value {
            ui.painter().circle_filled(center, radius, color);
        } else {
            ui.painter()
                .circle_stroke(center, radius, egui::Stroke::new(1.0, empty));
        }
    }
    let text = format!("{value} of 5");
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
    response
}

/// How many months apart the marks of a calendar axis are, for a span in years: months,
/// quarters, then whole years in steps of 1, 2 or 5 times a power of ten, about a dozen marks.
fn calendar_step(span: f64) -> u32 {
    match span {
        s if s <= 1.5 => 1,
        s if s <= 4.0 => 3,
        s => {
            let mut years = 1_u32;
            for next in [2, 5, 10, 20, 50, 100, 200, 500, 1000] {
                if s / f64::from(years) <= 12.0 {
                    break;
                }
                years = next;
            }
            12 * years
        }
    }
}

/// The marks of a calendar axis from `from` to `to`: one every `calendar_step` months (on the
/// 15th with `mid_month`), each January a step of at least a year so it draws stronger.
fn calendar_marks(from: f64, to: f64, mid_month: bool) -> Vec<egui_plot::GridMark> {
    use chrono::Datelike;
    let shift = if mid_month { 14 } else { 0 };
    let step = calendar_step(to - from);
    crate::model::month_starts(from - 0.1, to, step)
        .into_iter()
        .filter_map(|month| month.checked_add_days(chrono::Days::new(shift)))
        .map(|date| egui_plot::GridMark {
            value: crate::model::year_fraction(date),
            // egui_plot shows a mark's label only where its step is wide enough on screen, so
            // a step of years must say so, or a long span draws no labels at all.
            step_size: if date.month() == 1 {
                f64::from(step.max(12)) / 12.0
            } else {
                f64::from(step) / 12.0
            },
        })
        .filter(|mark| (from..=to).contains(&mark.value))
        .collect()
}

/// Marks an x axis in fractional years with calendar months: a line on the first of each
/// month (or on the 15th with `mid_month`, under bars that stand for whole months), stronger
/// at each new year, labelled with the month and, at January and the first mark, the year.
/// Over longer spans the marks fall on whole years, labelled with the year alone.
pub fn calendar_axis(plot: egui_plot::Plot<'_>, mid_month: bool) -> egui_plot::Plot<'_> {
    use chrono::Datelike;
    plot.x_grid_spacer(move |input| calendar_marks(input.bounds.0, input.bounds.1, mid_month))
        // Month names are short: they fit closer together than the default spacing allows.
        .custom_x_axes(vec![
            egui_plot::AxisHints::new_x()
                .label_spacing(32.0..=44.0)
                .formatter(|mark, range| {
                    let Some(date) = crate::model::date_of_fraction(mark.value) else {
                        return String::new();
                    };
                    let step = calendar_step(range.end() - range.start());
                    let first = mark.value - range.start() < f64::from(step) / 12.0;
                    if step >= 12 {
                        date.format("%Y").to_string()
                    } else if date.month() == 1 || first {
                        date.format("%b %Y").to_string()
                    } else {
                        date.format("%b").to_string()
                    }
                }),
        ])
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn calendar_marks_thin_out_as_the_span_grows() {
        assert_eq!(super::calendar_step(0.5), 1);
        assert_eq!(super::calendar_step(3.0), 3);
        assert_eq!(super::calendar_step(10.0), 12);
        assert_eq!(super::calendar_step(17.0), 24);
        assert_eq!(super::calendar_step(40.0), 60);
        assert_eq!(super::calendar_step(100.0), 120);
    }

    #[test]
    fn a_long_span_is_marked_on_round_years_wide_enough_to_label() {
        let marks = super::calendar_marks(1983.4, 2031.0, false);
        let values: Vec<f64> = marks.iter().map(|m| m.value).collect();
        assert_eq!(
            values,
            [
                1985.0, 1990.0, 1995.0, 2000.0, 2005.0, 2010.0, 2015.0, 2020.0, 2025.0, 2030.0
            ]
        );
        assert!(marks.iter().all(|m| (m.step_size - 5.0).abs() < 1e-9));
        // Over a year, each January is the stronger mark between the months.
        let months = super::calendar_marks(2026.0, 2027.0, false);
        assert_eq!(months.len(), 13);
        assert!((months[0].step_size - 1.0).abs() < 1e-9);
        assert!((months[1].step_size - 1.0 / 12.0).abs() < 1e-9);
    }

    #[test]
    fn money_parses_with_or_without_its_grouping() {
        assert_eq!(super::parse_money("$180,000"), Some(180_000.0));
        assert_eq!(super::parse_money("£ 95 500.50"), Some(95_500.5));
        assert_eq!(super::parse_money("none"), None);
    }

    #[test]
    fn dates_parse_as_a_person_types_them() {
        assert_eq!(parse_date(""), Some(None));
        assert_eq!(
            parse_date(" 2026-01-05 "),
            Some(chrono::NaiveDate::from_ymd_opt(2026, 1, 5))
        );
        assert_eq!(parse_date("2026-13-01"), None);
        assert_eq!(parse_date("soon"), None);
    }
}
