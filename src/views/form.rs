//! Forms that bind: an inspector edits a copy of one item through rows that take `&mut`
//! values, as egui's own widgets do, and the form sends the copy back as one edit.
//!
//! The form clones the item once, notes which row changed (its merge key, so that typing in
//! one field is one undo step and a drag is one undo step) and whether the gesture ended
//! (focus left the field, the drag stopped), and sends nothing when nothing differs.
//! Rows sit in a two-column grid, label then input, so a panel's labels line up by
//! construction.

use chrono::NaiveDate;

use super::Edits;
use super::widgets;
use crate::edit::Edit;
use crate::model::{Document, SkillId, StoneId};

/// How the change a row made is recorded in the undo history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    /// Typing or dragging: merges with the edits before it under the same key.
    Merges,
    /// A click (a choice, a box ticked): an undo step of its own.
    Own,
}

/// What the rows of a form noted this frame.
#[derive(Debug, Default)]
struct Changes {
    /// The key of the row that changed, and how it is recorded.
    changed: Option<(&'static str, Step)>,
    /// Whether a row's gesture ended: the next edit starts a new undo step.
    ended: bool,
}

impl Changes {
    /// Notes what a continuous input (text, a slider, a number) did this frame. Returns
    /// whether it changed its value.
    fn merging(&mut self, key: &'static str, response: &egui::Response) -> bool {
        if response.lost_focus() || response.drag_stopped() {
            self.ended = true;
        }
        self.note(key, response.changed(), Step::Merges)
    }

    /// Notes what a click input (a choice, a checkbox, a dot) did this frame. Returns
    /// whether it changed its value.
    fn own_step(&mut self, key: &'static str, response: &egui::Response) -> bool {
        self.note(key, response.changed(), Step::Own)
    }

    fn note(&mut self, key: &'static str, changed: bool, step: Step) -> bool {
        if changed {
            self.changed = Some((key, step));
        }
        changed
    }
}

/// The rows of a form: each binds one value, draws its label and input, and notes whether
/// the person changed it.
pub struct Rows<'a> {
    /// Where the rows are drawn: inside the form's grid, or wherever the form was shown.
    pub ui: &'a mut egui::Ui,
    /// What the rows noted.
    changes: &'a mut Changes,
}

impl Rows<'_> {
    /// Any continuous input drawn by `add`, under `key`. Returns whether it changed.
    pub fn merging(
        &mut self,
        key: &'static str,
        add: impl FnOnce(&mut egui::Ui) -> egui::Response,
    ) -> bool {
        let response = add(self.ui);
        self.changes.merging(key, &response)
    }

    /// Any click input drawn by `add`, under `key`. Returns whether it changed.
    pub fn own_step(
        &mut self,
        key: &'static str,
        add: impl FnOnce(&mut egui::Ui) -> egui::Response,
    ) -> bool {
        let response = add(self.ui);
        self.changes.own_step(key, &response)
    }

    /// A button that changes the item when clicked (add a row, remove one, apply a preset):
    /// an undo step of its own, under `key`. Returns whether it was clicked.
    pub fn action(
        &mut self,
        key: &'static str,
        add: impl FnOnce(&mut egui::Ui) -> egui::Response,
    ) -> bool {
        self.own_step(key, |ui| {
            let mut response = add(ui);
            if response.clicked() {
                response.mark_changed();
            }
            response
        })
    }

    /// Rows side by side on one line.
    pub fn horizontal(&mut self, add: impl FnOnce(&mut Rows<'_>)) {
        let changes = &mut *self.changes;
        self.ui.horizontal(|ui| add(&mut Rows { ui, changes }));
    }

    /// Rows side by side, wrapping to the next line at the panel's edge.
    pub fn horizontal_wrapped(&mut self, add: impl FnOnce(&mut Rows<'_>)) {
        let changes = &mut *self.changes;
        self.ui
            .horizontal_wrapped(|ui| add(&mut Rows { ui, changes }));
    }

    /// Rows under an id of their own: one entry of a list, whose rows repeat the others'.
    pub fn push_id(&mut self, id: impl egui::AsIdSalt, add: impl FnOnce(&mut Rows<'_>)) {
        let changes = &mut *self.changes;
        self.ui.push_id(id, |ui| add(&mut Rows { ui, changes }));
    }

    /// Rows under a header that opens and closes them, closed at first.
    pub fn collapsing(&mut self, title: &str, add: impl FnOnce(&mut Rows<'_>)) {
        let changes = &mut *self.changes;
        egui::CollapsingHeader::new(title).show(self.ui, |ui| add(&mut Rows { ui, changes }));
    }

    /// Rows in a two-column grid of their own: the label, then the input.
    pub fn grid(&mut self, id_salt: impl egui::AsIdSalt, add: impl FnOnce(&mut Rows<'_>)) {
        let changes = &mut *self.changes;
        grid(id_salt).show(self.ui, |ui| add(&mut Rows { ui, changes }));
    }

    /// The entries of a list (tax bands, scenarios, grants): each under an id of its own,
    /// with its rows in a grid and then a button that removes it, named by `remove` for the
    /// entry numbered `n` from 1. Every row of every entry changes under `key`.
    pub fn entries<T>(
        &mut self,
        key: &'static str,
        list: &mut Vec<T>,
        remove: impl Fn(usize) -> String,
        mut add_rows: impl FnMut(&mut Rows<'_>, usize, &mut T),
    ) {
        let mut gone = None;
        for (k, entry) in list.iter_mut().enumerate() {
            self.push_id((key, k), |rows| {
                rows.grid(key, |rows| add_rows(rows, k + 1, entry));
                if rows.action(key, |ui| ui.small_button(remove(k + 1))) {
                    gone = Some(k);
                }
            });
        }
        if let Some(k) = gone {
            list.remove(k);
        }
    }

    /// A one-line text field.
    pub fn text(&mut self, label: &'static str, value: &mut String) -> bool {
        self.merging(label, |ui| widgets::text_row(ui, label, value))
    }

    /// A text area for longer notes.
    pub fn multiline(&mut self, label: &'static str, value: &mut String) -> bool {
        self.merging(label, |ui| widgets::multiline_row(ui, label, value))
    }

    /// A one-line text that takes at most `most` characters, the bound `check` holds it to.
    pub fn text_within(&mut self, label: &'static str, value: &mut String, most: usize) -> bool {
        self.merging(label, |ui| widgets::text_row_within(ui, label, value, most))
    }

    /// A text area that takes at most `most` characters, the bound `check` holds it to.
    pub fn multiline_within(
        &mut self,
        label: &'static str,
        value: &mut String,
        most: usize,
    ) -> bool {
        self.merging(label, |ui| {
            widgets::multiline_row_within(ui, label, value, most)
        })
    }

    /// A choice among an enum's variants.
    pub fn choice<T: Copy + PartialEq + std::fmt::Display>(
        &mut self,
        label: &'static str,
        value: &mut T,
        all: &[T],
    ) -> bool {
        self.own_step(label, |ui| widgets::choice_row(ui, label, value, all))
    }

    /// A choice among an enum's variants that may not be made yet.
    pub fn maybe_choice<T: Copy + PartialEq + std::fmt::Display>(
        &mut self,
        label: &'static str,
        value: &mut Option<T>,
        all: &[T],
    ) -> bool {
        self.own_step(label, |ui| widgets::maybe_choice_row(ui, label, value, all))
    }

    /// A checkbox with `text` beside it.
    pub fn check(&mut self, label: &'static str, text: &str, value: &mut bool) -> bool {
        self.own_step(label, |ui| widgets::check_row(ui, label, text, value))
    }

    /// A score from 1 to 5.
    pub fn score(&mut self, label: &'static str, value: &mut Option<u8>) -> bool {
        self.merging(label, |ui| widgets::maybe_score_row(ui, label, value))
    }

    /// A score from 1 to 5 and the note on why, for one entry of a list of scores (an
    /// offer's criteria, an assessment's ceilings). Returns whether either changed.
    pub fn scored(
        &mut self,
        score_label: &str,
        note_label: &str,
        score: &mut u8,
        note: &mut String,
    ) -> bool {
        let score_changed = self.merging("score", |ui| widgets::score_row(ui, score_label, score));
        let note_changed = self.merging("score note", |ui| widgets::note_row(ui, note_label, note));
        score_changed || note_changed
    }

    /// A score that may not be given yet, and the note that says why.
    pub fn maybe_scored(
        &mut self,
        score_label: &str,
        note_label: &str,
        score: &mut Option<u8>,
        note: &mut String,
    ) -> bool {
        let score_changed = self.merging("score", |ui| {
            widgets::maybe_score_row(ui, score_label, score)
        });
        let note_changed = self.merging("score note", |ui| widgets::note_row(ui, note_label, note));
        score_changed || note_changed
    }

    /// A whole year.
    pub fn year(&mut self, label: &'static str, value: &mut i32) -> bool {
        self.merging(label, |ui| widgets::year_row(ui, label, value))
    }

    /// A whole year that may not be given yet; see [`widgets::maybe_year_row`].
    pub fn maybe_year(
        &mut self,
        label: &'static str,
        value: &mut Option<i32>,
        unset: &str,
        proposal: i32,
    ) -> bool {
        self.merging(label, |ui| {
            widgets::maybe_year_row(ui, label, value, unset, proposal)
        })
    }

    /// A whole number of days, up to `most`.
    pub fn days(&mut self, label: &'static str, value: &mut u32, most: u32) -> bool {
        self.merging(label, |ui| widgets::days_row(ui, label, value, most))
    }

    /// An amount of money in `currency`.
    pub fn money(&mut self, label: &'static str, value: &mut f64, currency: &str) -> bool {
        self.merging(label, |ui| widgets::money_row(ui, label, value, currency))
    }

    /// A count of shares, grouped by thousands.
    pub fn shares(&mut self, label: &'static str, value: &mut f64) -> bool {
        self.merging(label, |ui| widgets::shares_row(ui, label, value))
    }

    /// The price of one share, with its currency.
    pub fn price(&mut self, label: &'static str, value: &mut f64, currency: &str) -> bool {
        self.merging(label, |ui| widgets::price_row(ui, label, value, currency))
    }

    /// A quarter of a year ("Q3 2022"), within `range`; `end` for the end of a span, which
    /// off the quarters reads as the last month it covers.
    pub fn quarter(
        &mut self,
        label: &'static str,
        value: &mut f64,
        range: std::ops::RangeInclusive<f64>,
        end: bool,
    ) -> bool {
        self.merging(label, |ui| {
            widgets::quarter_row(ui, label, value, range, end)
        })
    }

    /// A number with a range, a step and a suffix.
    pub fn number(
        &mut self,
        label: &'static str,
        value: &mut f64,
        range: std::ops::RangeInclusive<f64>,
        speed: f64,
        suffix: &str,
    ) -> bool {
        self.merging(label, |ui| {
            widgets::number_row(ui, label, value, range, speed, suffix)
        })
    }

    /// A number that may not be given: unset, an empty field saying `unset`; never 0 in its
    /// place.
    pub fn maybe_number(
        &mut self,
        label: &'static str,
        value: &mut Option<f64>,
        range: std::ops::RangeInclusive<f64>,
        unset: &str,
    ) -> bool {
        self.merging(label, |ui| {
            widgets::maybe_number_row(ui, label, value, range, 0.1, unset)
        })
    }

    /// A whole number (a count, months) entered like any number.
    pub fn count(
        &mut self,
        label: &'static str,
        value: &mut u32,
        range: std::ops::RangeInclusive<f64>,
        speed: f64,
        suffix: &str,
    ) -> bool {
        // The range's ends are whole counts, given as the other number rows give theirs.
        let (least, most) = (*range.start() as u32, *range.end() as u32);
        self.merging(label, |ui| {
            widgets::count_row(ui, label, value, least..=most, speed, suffix)
        })
    }

    /// A share from 0 to 1, entered as a percentage.
    pub fn percent(&mut self, label: &'static str, share: &mut f64, speed: f64) -> bool {
        let mut pct = *share * 100.0;
        let changed = self.number(label, &mut pct, 0.0..=100.0, speed, " %");
        if changed {
            *share = pct / 100.0;
        }
        changed
    }

    /// A checkbox that puts `id` in `list` or takes it out; every box of a list shares `key`.
    pub fn member<I: Copy + PartialEq>(
        &mut self,
        key: &'static str,
        text: &str,
        list: &mut Vec<I>,
        id: I,
    ) -> bool {
        let mut on = list.contains(&id);
        let changed = self.own_step(key, |ui| ui.checkbox(&mut on, text));
        if changed {
            widgets::set_member(list, id, on);
        }
        changed
    }

    /// A date, or none.
    pub fn date(
        &mut self,
        label: &'static str,
        value: &mut Option<NaiveDate>,
        today: NaiveDate,
    ) -> bool {
        self.own_step(label, |ui| super::date::date_row(ui, label, value, today))
    }
}

/// The grid every form lays its rows in.
fn grid(id_salt: impl egui::AsIdSalt) -> egui::Grid {
    egui::Grid::new(id_salt).num_columns(2).spacing([12.0, 6.0])
}

/// Where to add skills, said under an empty list of skill links on any panel but Spec.
pub const SKILLS_ON_SPEC: &str = "Add skills on the Spec panel to link them here.";

/// One item being edited: a copy that the rows change, and the item as the document holds
/// it, to send the copy only when it differs.
pub struct Form<'d, T> {
    original: &'d T,
    item: T,
    changes: Changes,
}

impl<'d, T: Clone + PartialEq> Form<'d, T> {
    /// A form over `item`, as the document holds it.
    pub fn new(item: &'d T) -> Self {
        Self {
            original: item,
            item: item.clone(),
            changes: Changes::default(),
        }
    }

    /// Rows laid out in a two-column grid: the label, then the input.
    pub fn grid(
        &mut self,
        ui: &mut egui::Ui,
        id_salt: impl egui::AsIdSalt,
        add_rows: impl FnOnce(&mut Rows<'_>, &mut T),
    ) {
        grid(id_salt).show(ui, |ui| self.rows(ui, add_rows));
    }

    /// Rows laid out as `ui` lays them out (a list of checkboxes, a row of dots).
    pub fn rows(&mut self, ui: &mut egui::Ui, add_rows: impl FnOnce(&mut Rows<'_>, &mut T)) {
        let mut rows = Rows {
            ui,
            changes: &mut self.changes,
        };
        add_rows(&mut rows, &mut self.item);
    }

    /// A heading and a checkbox for each of the document's skills, ticked where `links`
    /// holds it; with no skills yet, `empty` says where to add them (`SKILLS_ON_SPEC` from
    /// any panel but the Spec panel itself).
    pub fn skill_links(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        heading: &str,
        empty: &str,
        key: &'static str,
        links: impl FnOnce(&mut T) -> &mut Vec<SkillId>,
    ) {
        ui.add_space(6.0);
        ui.strong(heading);
        if doc.skills.is_empty() {
            widgets::empty_hint(ui, empty);
        }
        self.rows(ui, |rows, item| {
            let list = links(item);
            for skill in &doc.skills {
                rows.member(key, &skill.name, list, skill.id);
            }
        });
    }

    /// A heading and a checkbox for each stepping stone, ticked where `links` holds it; with
    /// no stones yet, where to add them.
    pub fn stone_links(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        heading: &str,
        key: &'static str,
        links: impl FnOnce(&mut T) -> &mut Vec<StoneId>,
    ) {
        ui.add_space(6.0);
        ui.strong(heading);
        if doc.north_star.stones.is_empty() {
            widgets::empty_hint(
                ui,
                "Add stepping stones on the Spec panel to link them here.",
            );
        }
        self.rows(ui, |rows, item| {
            let list = links(item);
            for stone in &doc.north_star.stones {
                let text = format!("{} ({})", stone.title, stone.year);
                rows.member(key, &text, list, stone.id);
            }
        });
    }

    /// The copy as the rows left it so far.
    pub fn item(&self) -> &T {
        &self.item
    }

    /// Sends the copy as one edit made by `to_edit`, if it differs from the original; an
    /// upsert merges under the item it changes.
    pub fn send(self, edits: &mut Edits, to_edit: impl FnOnce(T) -> Edit) {
        let Changes { changed, ended } = self.changes;
        if let Some((key, step)) = changed
            && self.item != *self.original
        {
            let edit = to_edit(self.item);
            match step {
                Step::Merges => {
                    let target = match &edit {
                        Edit::Upsert(item) => Some(item.item_ref()),
                        _ => None,
                    };
                    edits.push_merging(edit, target, key);
                }
                Step::Own => edits.push(edit),
            }
        }
        if ended {
            edits.seal();
        }
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable;

    use super::Form;
    use crate::edit::Edit;
    use crate::views::standalone::{Standalone, harness};
    use crate::views::{Edits, View, ViewCtx};

    /// A view whose inspector is the profile as one form: the helper alone, no panel around.
    struct ProfileForm;

    impl View for ProfileForm {
        fn ui(&mut self, _ui: &mut egui::Ui, _ctx: &ViewCtx<'_>, _edits: &mut Edits) {}

        fn inspector_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
            let mut form = Form::new(&ctx.doc.profile);
            form.grid(ui, "profile", |rows, profile| {
                rows.text("Name", &mut profile.name);
                rows.text("Current role", &mut profile.current_role);
            });
            form.send(edits, Edit::Profile);
        }
    }

    type H = egui_kittest::Harness<'static, Standalone<ProfileForm>>;

    fn type_into(h: &mut H, label: &str, text: &str) {
        h.get_by_label(label).focus();
        h.run();
        h.get_by_label(label).type_text(text);
        h.run();
    }

    fn undo(h: &mut H) {
        let s = h.state_mut();
        assert!(
            s.session.history.undo(&mut s.session.doc),
            "something to undo"
        );
    }

    #[test]
    fn typing_twice_in_one_field_is_one_undo_step() {
        let mut h = harness(ProfileForm, crate::file::sample(), 600.0);
        let name = h.state().doc().profile.name.clone();
        type_into(&mut h, "Name", "a");
        type_into(&mut h, "Name", "b");
        assert_eq!(h.state().doc().profile.name, format!("{name}ab"));
        undo(&mut h);
        assert_eq!(h.state().doc().profile.name, name);
        let s = h.state_mut();
        assert!(
            !s.session.history.undo(&mut s.session.doc),
            "the two bursts were one step"
        );
    }

    #[test]
    fn typing_in_two_fields_is_two_undo_steps() {
        let mut h = harness(ProfileForm, crate::file::sample(), 600.0);
        let before = h.state().doc().profile.clone();
        type_into(&mut h, "Name", "!");
        type_into(&mut h, "Current role", "?");
        let after = h.state().doc().profile.clone();
        assert_eq!(after.name, format!("{}!", before.name));
        assert_eq!(after.current_role, format!("{}?", before.current_role));
        undo(&mut h);
        assert_eq!(h.state().doc().profile.name, after.name, "the name stays");
        assert_eq!(h.state().doc().profile.current_role, before.current_role);
        undo(&mut h);
        assert_eq!(h.state().doc().profile, before);
    }

    #[test]
    fn looking_at_a_form_sends_nothing() {
        let mut h = harness(ProfileForm, crate::file::sample(), 600.0);
        h.get_by_label("Name").focus();
        h.run();
        h.get_by_label("Current role").focus();
        h.run();
        let s = h.state_mut();
        assert!(
            !s.session.history.undo(&mut s.session.doc),
            "no edit was made"
        );
    }
}
