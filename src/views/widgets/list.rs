//! What the list panels share: the keys they answer, the row that adds an item, and the note
//! an empty list shows.

use crate::edit::{Edit, ItemRef};
use crate::model::{Document, ItemId};
use crate::views::Edits;

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
enum ListKey {
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
    fn pressed(ui: &egui::Ui) -> Option<Self> {
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
    fn step<T: Copy + PartialEq>(self, order: &[T], selected: Option<T>) -> Option<T> {
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

/// What a list panel keeps for its list keys, lent to [`ListKeys::answer`].
pub struct ListKeys<'a, I> {
    /// The item selected.
    pub selected: &'a mut Option<I>,
    /// The item the keys moved to, to scroll into view once.
    pub reveal: &'a mut Option<I>,
    /// Whether the field for a new item takes the keyboard in this frame.
    pub focus_new: &'a mut bool,
}

impl<I: ItemId + Into<ItemRef>> ListKeys<'_, I> {
    /// Answers the list keys as every list panel does: Up and Down (Home, End) select among
    /// the ids `order` gives as the list shows them, and ask for the one selected to be
    /// scrolled into view; Delete removes the selected item in one undo step and says so by
    /// its `name`; Esc selects none; N gives the keyboard to the field for a new item.
    /// Whether the keys stepped through the list, for a panel that drops a draft with it.
    pub fn answer(
        self,
        ui: &egui::Ui,
        doc: &Document,
        order: impl FnOnce() -> Vec<I>,
        name: impl FnOnce(&I::Item) -> String,
        edits: &mut Edits,
    ) -> bool {
        let Some(key) = ListKey::pressed(ui) else {
            return false;
        };
        match key {
            ListKey::Delete => {
                if let Some(id) = *self.selected
                    && let Some(item) = doc.get(id)
                {
                    edits.push(Edit::Remove(id.into()));
                    edits.say(format!("Deleted {}", name(item)));
                    *self.selected = None;
                }
            }
            ListKey::Deselect => *self.selected = None,
            ListKey::New => *self.focus_new = true,
            step => {
                *self.selected = step.step(&order(), *self.selected);
                *self.reveal = *self.selected;
                return true;
            }
        }
        false
    }
}

/// The line under a list that says what its keys do; `new` says what N does ("starts a new
/// one").
pub fn list_keys_hint(ui: &mut egui::Ui, new: &str) {
    ui.label(
        egui::RichText::new(format!(
            "Up and Down select, Home and End go to the first and last, Delete removes the one \
             selected, Esc selects none, N {new}."
        ))
        .small()
        .weak(),
    );
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
/// The field takes no more than a win's "what happened" holds, in every list alike.
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

/// A note for an empty list: what to do first.
pub fn empty_hint(ui: &mut egui::Ui, text: &str) {
    ui.label(egui::RichText::new(text).italics().weak());
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
