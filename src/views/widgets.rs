//! Small input rows every panel uses, so that each input has a visible label that is also its
//! accessible name, and each returns the new value only when the person changed it.
//!
//! Use them inside an `egui::Grid` of two columns: the label, then the input. The label column
//! has one width everywhere, so that the fields of a panel line up even across several grids,
//! and a long label wraps inside it instead of pushing the field out of the panel.

use crate::model::number::{self, DecimalMark};

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
    let label = row_label(ui, label);
    let response = ui
        .add(
            egui::TextEdit::singleline(value)
                .hint_text(UNWRITTEN)
                .char_limit(most)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    ui.end_row();
    response
}

/// A note on one score, bound to `value`: one line while it fits, wrapped to the form's
/// width when it does not, so that the whole note is read without scrolling inside it.
pub fn note_row(ui: &mut egui::Ui, label: &str, value: &mut String) -> egui::Response {
    let label = row_label(ui, label);
    let response = ui
        .add(
            egui::TextEdit::multiline(value)
                .hint_text(UNWRITTEN)
                .desired_rows(1)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    ui.end_row();
    response
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
    let label = row_label(ui, label);
    let response = ui
        .add(
            egui::TextEdit::multiline(value)
                .hint_text(UNWRITTEN)
                .char_limit(most)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    ui.end_row();
    response
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
fn room_to_edge(ui: &egui::Ui) -> f32 {
    if ui.is_sizing_pass() {
        return ui.available_width();
    }
    ui.available_width()
        .min(ui.clip_rect().right() - ui.cursor().left())
}

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

/// A whole year, bound to `value`.
pub fn year_row(ui: &mut egui::Ui, label: &str, value: &mut i32) -> egui::Response {
    let label = row_label(ui, label);
    let response = ui
        .add(egui::DragValue::new(value).range(1900..=2200).speed(0.1))
        .labelled_by(label.id);
    ui.end_row();
    response
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
    let label = row_label(ui, label);
    let response = ui
        .add(
            egui::DragValue::new(value)
                .range(range)
                .speed(speed)
                .suffix(suffix),
        )
        .labelled_by(label.id);
    ui.end_row();
    response
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
    let label = row_label(ui, label);
    let response = ui
        .add(
            egui::DragValue::new(value)
                .range(range)
                .speed(speed)
                .custom_formatter(|n, _| shown(n))
                .custom_parser(move |t| number::parse_amount(t, mark)),
        )
        .labelled_by(label.id);
    ui.end_row();
    response
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
    let label = row_label(ui, label);
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
    let response = ui.add(field).labelled_by(label.id);
    ui.end_row();
    response
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
    let label = row_label(ui, label);
    let format: fn(f64) -> String = if end {
        end_quarter_label
    } else {
        quarter_label
    };
    let parse: fn(&str) -> Option<f64> = if end { parse_end } else { parse_quarter };
    let response = ui
        .add(
            egui::DragValue::new(value)
                .range(range)
                .speed(0.05)
                .custom_formatter(move |n, _| format(n))
                .custom_parser(parse),
        )
        .labelled_by(label.id);
    ui.end_row();
    response
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

/// Whether a panel may answer plain keys (arrows, Delete, Esc): no field has the keyboard, no
/// popup is open (Esc closes it, and only it) and no dialog is over the panel. Asked before a
/// popup is drawn, so that one closing this frame still counts as open.
pub fn keys_are_free(ui: &egui::Ui) -> bool {
    let layer = ui.layer_id();
    !egui::Popup::is_any_open(ui.ctx())
        && ui.memory(|m| m.focused().is_none() && m.is_above_modal_layer(layer))
}

/// A key a list panel answers, pressed while nothing is typed into and no dialog is over it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKey {
    /// Up: the item above.
    Up,
    /// Down: the item below.
    Down,
    /// Home: the first item.
    First,
    /// End: the last item.
    Last,
    /// Delete or Backspace: remove the selected item.
    Delete,
    /// Escape: select nothing.
    Deselect,
    /// N: start a new item.
    New,
}

impl ListKey {
    /// The keys, each with the one that presses it (Delete has Backspace too).
    const KEYS: [(egui::Key, Self); 8] = [
        (egui::Key::ArrowUp, Self::Up),
        (egui::Key::ArrowDown, Self::Down),
        (egui::Key::Home, Self::First),
        (egui::Key::End, Self::Last),
        (egui::Key::Delete, Self::Delete),
        (egui::Key::Backspace, Self::Delete),
        (egui::Key::Escape, Self::Deselect),
        (egui::Key::N, Self::New),
    ];

    /// The list key pressed this frame, taken so nothing else answers it; none while the keys
    /// are not free ([`keys_are_free`]).
    pub fn pressed(ui: &egui::Ui) -> Option<Self> {
        if !keys_are_free(ui) {
            return None;
        }
        ui.input_mut(|i| {
            Self::KEYS
                .iter()
                .find(|(key, _)| i.consume_key(egui::Modifiers::NONE, *key))
                .map(|(_, list_key)| *list_key)
        })
    }

    /// The item selected after this key, among `order` as the list shows it: up and down
    /// step (from nothing selected, down takes the first and up the last) and stop at the
    /// ends; the other keys leave the selection as it is.
    pub fn step<T: Copy + PartialEq>(self, order: &[T], selected: Option<T>) -> Option<T> {
        let at = selected.and_then(|s| order.iter().position(|x| *x == s));
        let index = match (self, at) {
            (Self::First, _) | (Self::Down, None) => Some(0),
            (Self::Last, _) | (Self::Up, None) => order.len().checked_sub(1),
            (Self::Down, Some(i)) => Some((i + 1).min(order.len().saturating_sub(1))),
            (Self::Up, Some(i)) => Some(i.saturating_sub(1)),
            _ => return selected,
        };
        index.and_then(|i| order.get(i)).copied()
    }
}

/// Why a win's Add button waits.
pub const WIN_BLANK: &str = "Say what happened first";

/// What an [`add_row`] says: the field's hint and name, the button and its hover text.
pub struct AddRow<'a> {
    /// The hint in the empty field ("what happened").
    pub hint: &'a str,
    /// The field's name, as a screen reader says it.
    pub name: &'a str,
    /// The button's words.
    pub button: &'a str,
    /// What the button does, on hover.
    pub hover: &'a str,
    /// Why the button waits, while the field is blank.
    pub blank: &'a str,
}

/// A one-line field and a button that adds what was typed; Enter in the field adds too. The
/// text, trimmed, once added (the field is then cleared); nothing while the field is blank.
/// It takes no more than a win's "what happened" holds.
///
/// With `focus`, the field takes the keyboard, so that typing goes straight into it.
pub fn add_row(
    ui: &mut egui::Ui,
    draft: &mut String,
    row: &AddRow<'_>,
    focus: bool,
) -> Option<String> {
    ui.horizontal_wrapped(|ui| {
        let response = ui
            .add(
                egui::TextEdit::singleline(draft)
                    .hint_text(row.hint)
                    .char_limit(crate::model::WHAT_CHARS)
                    .desired_width(240.0_f32.min(ui.available_width())),
            )
            .accessible_name(row.name);
        if focus {
            response.request_focus();
        }
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let ready = !draft.trim().is_empty();
        let clicked = ui
            .add_enabled(ready, egui::Button::new(row.button))
            .on_hover_text(row.hover)
            .on_disabled_hover_text(row.blank)
            .clicked();
        if (clicked || entered) && ready {
            let text = draft.trim().to_owned();
            draft.clear();
            Some(text)
        } else {
            None
        }
    })
    .inner
}

/// A heading for a section of a panel, with space above it.
pub fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(super::theme::SECTION_GAP);
    ui.heading(title);
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

/// A note for an empty list: what to do first.
pub fn empty_hint(ui: &mut egui::Ui, text: &str) {
    ui.label(egui::RichText::new(text).italics().weak());
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

#[cfg(test)]
mod tests {
    use super::ListKey;

    #[test]
    fn the_arrows_step_through_a_list_and_stop_at_its_ends() {
        let order = [7, 3, 5];
        assert_eq!(
            ListKey::Down.step(&order, None),
            Some(7),
            "from nothing, the first"
        );
        assert_eq!(ListKey::Up.step(&order, None), Some(5), "or the last");
        assert_eq!(ListKey::Down.step(&order, Some(7)), Some(3));
        assert_eq!(
            ListKey::Down.step(&order, Some(5)),
            Some(5),
            "stops at the end"
        );
        assert_eq!(ListKey::Up.step(&order, Some(7)), Some(7), "and at the top");
        assert_eq!(ListKey::Last.step(&order, Some(7)), Some(5));
        assert_eq!(ListKey::First.step(&order, Some(5)), Some(7));
        assert_eq!(ListKey::Delete.step(&order, Some(3)), Some(3), "not a move");
        assert_eq!(
            ListKey::Down.step(&[] as &[i32], None),
            None,
            "an empty list"
        );
        // A selection no longer in the list starts again as if none were.
        assert_eq!(ListKey::Down.step(&order, Some(9)), Some(7));
    }
}
