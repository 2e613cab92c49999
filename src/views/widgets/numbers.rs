//! The form rows that take a number: years, counts, amounts of money, shares and prices,
//! percentages and quarters, typed as people write them in their locale.

use super::rows::{labelled_row, row_label};
use crate::model::number::{self, DecimalMark};

/// A whole year, bound to `value`.
pub fn year_row(ui: &mut egui::Ui, label: &str, value: &mut i32) -> egui::Response {
    labelled_row(
        ui,
        label,
        egui::DragValue::new(value).range(1900..=2200).speed(0.1),
    )
}

/// A whole year that may not be given yet, bound to `value`: unset, `unset` says what stands
/// in for it and a button sets it to `proposal`; set, the year with a button that unsets it.
pub fn maybe_year_row(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut Option<i32>,
    unset: &str,
    proposal: i32,
) -> egui::Response {
    let label_response = row_label(ui, label);
    let before = *value;
    let mut response = ui
        .horizontal_wrapped(|ui| {
            if let Some(year) = value {
                let field = ui
                    .add(egui::DragValue::new(year).range(1900..=2200).speed(0.1))
                    .labelled_by(label_response.id);
                if ui
                    .small_button("×")
                    .on_hover_text(unset)
                    .accessible_name(format!("Unset {label}"))
                    .clicked()
                {
                    *value = None;
                }
                field
            } else {
                ui.label(egui::RichText::new(unset).weak());
                let set = ui
                    .small_button("Set")
                    .accessible_name(format!("Set {label}"));
                if set.clicked() {
                    *value = Some(proposal);
                }
                set
            }
        })
        .inner;
    if *value != before {
        response.mark_changed();
    }
    ui.end_row();
    response
}

/// A whole number of days, never shown with decimals ("every 30 days"), bound to `value`.
pub fn days_row(ui: &mut egui::Ui, label: &str, value: &mut u32, most: u32) -> egui::Response {
    count_row(ui, label, value, 0..=most, 0.2, " days")
}

/// A whole number of things (people, days, months) within `range`: shown and typed without
/// a decimal, as a count is.
pub fn count_row(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut u32,
    range: std::ops::RangeInclusive<u32>,
    speed: f64,
    suffix: &str,
) -> egui::Response {
    labelled_row(
        ui,
        label,
        egui::DragValue::new(value)
            .range(range)
            .speed(speed)
            .suffix(suffix),
    )
}

/// Where the locale's decimal mark is kept for the fields that read numbers.
fn decimal_mark_id() -> egui::Id {
    egui::Id::unique("locale decimal mark")
}

/// Tells every number field how the person's locale writes a decimal: set once by the app.
pub fn set_decimal_mark(ctx: &egui::Context, mark: DecimalMark) {
    ctx.data_mut(|d| d.insert_temp(decimal_mark_id(), mark));
}

/// The locale's decimal mark, a point until the app says otherwise.
fn decimal_mark(ui: &egui::Ui) -> DecimalMark {
    ui.data(|d| d.get_temp(decimal_mark_id()))
        .unwrap_or_default()
}

/// A number typed as people write an amount ("120k", "120,000", "€95.500") within `range`,
/// dragged by `speed`, and shown by `shown`: the one row money, shares and prices share.
fn amount_row(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut f64,
    range: std::ops::RangeInclusive<f64>,
    speed: f64,
    shown: impl Fn(f64) -> String,
) -> egui::Response {
    let mark = decimal_mark(ui);
    labelled_row(
        ui,
        label,
        egui::DragValue::new(value)
            .range(range)
            .speed(speed)
            .custom_formatter(|n, _| shown(n))
            .custom_parser(move |t| number::parse_amount(t, mark)),
    )
}

/// An amount of money bound to `value`, shown grouped by thousands after its currency, as
/// everywhere else; typed as people write it ("120k", "120,000", "1.2m", "€95.500").
pub fn money_row(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut f64,
    currency: &str,
) -> egui::Response {
    amount_row(ui, label, value, 0.0..=1e10, 500.0, |n| {
        number::money(currency, n)
    })
}

/// A count of shares, grouped by thousands as it reads ("30,000"), typed as an amount is.
pub fn shares_row(ui: &mut egui::Ui, label: &str, value: &mut f64) -> egui::Response {
    amount_row(ui, label, value, 0.0..=1e12, 10.0, number::grouped)
}

/// The price of one share with its currency, to the cent ("EUR 4.00").
pub fn price_row(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut f64,
    currency: &str,
) -> egui::Response {
    amount_row(ui, label, value, 0.0..=1e9, 0.01, |n| {
        number::price(currency, n)
    })
}

/// A number with a range, a step and a suffix, bound to `value`.
pub fn number_row(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut f64,
    range: std::ops::RangeInclusive<f64>,
    speed: f64,
    suffix: &str,
) -> egui::Response {
    let mark = decimal_mark(ui);
    let field = egui::DragValue::new(value).range(range).speed(speed);
    // A percentage is written by the one rule the app writes every percentage by.
    let field = if suffix.trim() == "%" {
        field
            .custom_formatter(|n, _| number::percent(n))
            .custom_parser(move |t| number::parse_number_in(t, mark))
    } else {
        field
            .suffix(suffix)
            .custom_parser(move |t| number::parse_number_in(t, mark))
    };
    labelled_row(ui, label, field)
}

/// A quarter row: a fractional year shown and typed as "Q3 2022", dragged a quarter at a
/// time, within `range`. An `end` off the quarters (imported by the month) reads and is typed
/// as the last month it covers.
pub fn quarter_row(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut f64,
    range: std::ops::RangeInclusive<f64>,
    end: bool,
) -> egui::Response {
    use crate::analysis::portfolio::{end_quarter_label, parse_end, parse_quarter, quarter_label};
    let format: fn(f64) -> String = if end {
        end_quarter_label
    } else {
        quarter_label
    };
    let parse: fn(&str) -> Option<f64> = if end { parse_end } else { parse_quarter };
    labelled_row(
        ui,
        label,
        egui::DragValue::new(value)
            .range(range)
            .speed(0.05)
            .custom_formatter(move |n, _| format(n))
            .custom_parser(parse),
    )
}

/// A number that may not be given yet, bound to `value`: unset, an empty field that says
/// `unset` and takes the number once typed; set, a drag value. No number stands in for one
/// not given. Either way it is typed as an amount is ("4m", "4,000,000") and shown as the
/// lists write it ("4,000,000", "2.6").
pub fn maybe_number_row(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut Option<f64>,
    range: std::ops::RangeInclusive<f64>,
    speed: f64,
    unset: &str,
) -> egui::Response {
    let label_response = row_label(ui, label);
    let before = *value;
    let mark = decimal_mark(ui);
    let mut response = if let Some(n) = value {
        // Shown as the lists write it ("4,000,000", "2.6"), and typed as an amount is.
        ui.add(
            egui::DragValue::new(n)
                .range(range)
                .speed(speed)
                .custom_formatter(|n, _| number::measure(n))
                .custom_parser(move |t| number::parse_amount(t, mark)),
        )
        .labelled_by(label_response.id)
    } else {
        // What is typed is kept between frames until it reads as a number in range.
        let id = ui.make_persistent_id(("typed number", label));
        let mut typed: String = ui.data(|d| d.get_temp(id)).unwrap_or_default();
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut typed)
                    .hint_text(egui::RichText::new(unset).weak())
                    .desired_width(110.0),
            )
            .labelled_by(label_response.id);
        match number::parse_amount(&typed, mark).filter(|n| range.contains(n)) {
            Some(n) => {
                *value = Some(n);
                ui.data_mut(|d| {
                    d.remove::<String>(id);
                });
            }
            None => ui.data_mut(|d| {
                d.insert_temp(id, typed);
            }),
        }
        field
    };
    if *value != before {
        response.mark_changed();
    }
    ui.end_row();
    response
}
