//! The People panel: the mentors, sponsors, experts and mentees a career depends on, listed
//! by who is due for a touch, with what the people data says: whom to talk to next and what
//! was promised, who knows what the north star needs, how narrow the network is, and where
//! guidance is missing.

mod inspector;
#[cfg(test)]
mod tests;

use super::widgets::{
    AddRow, ListKeys, add_row, empty_hint, list_keys_hint, plan_move_ui, reasons_ui, section,
};
use super::{Edits, View, ViewCtx};
use crate::analysis::people::{
    Finding, coverage, due, in_due_order, mentorship, narrowness, open_promises, shown_name,
    touching,
};
use crate::edit::{Edit, Item, ItemRef};
use crate::model::{Person, PersonId, next_id};

/// The People panel's own state: the person selected and the drafts being typed.
#[derive(Debug, Default)]
pub struct PeopleView {
    selected: Option<PersonId>,
    /// The name of the next person to add.
    name: String,
    /// A tag being typed for the selected person.
    tag: String,
    /// The selected person's touch being edited, by its place in their log; none for the
    /// latest.
    touch: Option<usize>,
    /// The person the keys moved to, to scroll into view once.
    reveal: Option<PersonId>,
    /// Whether the field for a new person takes the keyboard in this frame (N pressed).
    focus_new: bool,
}

/// The people as the list shows them, in due order: those classified, then the connections
/// brought in and not looked at yet (no relation, no cadence), who wait in a list of their
/// own, closed at first, since an import of thousands would bury the few.
fn listed<'a>(ctx: &ViewCtx<'a>) -> (Vec<&'a Person>, Vec<&'a Person>) {
    in_due_order(ctx.doc, ctx.today)
        .into_iter()
        .partition(|p| p.relation.is_some() || p.every_days.is_some())
}

/// A finding as the panels show one: its title in the caution's colour, then its reasons.
fn finding_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, finding: &Finding, edits: &mut Edits) {
    let color = if finding.caution {
        ctx.theme.warn()
    } else {
        ctx.theme.good()
    };
    ui.label(egui::RichText::new(&finding.title).strong().color(color));
    reasons_ui(ui, &finding.reasons);
    if let Some(fill) = &finding.fill {
        move_ui(ui, ctx, fill, edits);
    }
}

/// A move that fills a gap, with what to do about it: add it to the landing plan, or where
/// the plan already holds it.
fn move_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, fill: &str, edits: &mut Edits) {
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("Move: {fill}."));
        plan_move_ui(ui, ctx, fill, edits);
    });
}

impl PeopleView {
    fn add_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let row = AddRow {
            hint: "their name",
            name: "Name of the person to add",
            button: "Add person",
            hover: "Add them; then say how they relate, and how often to be in touch",
            blank: "Type their name first",
        };
        let focus = std::mem::take(&mut self.focus_new);
        if let Some(name) = add_row(ui, &mut self.name, &row, focus) {
            let person = Person {
                id: next_id(ctx.doc.people.iter().map(|p| p.id)),
                name,
                ..Person::default()
            };
            edits.say(format!(
                "Added {}: say how they relate, and how often to be in touch",
                person.name
            ));
            self.selected = Some(person.id);
            self.touch = None;
            edits.push(Edit::Upsert(Item::Person(person)));
        }
    }

    fn next_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
        section(ui, "Whom to talk to next");
        let touches = due(ctx.doc, ctx.today);
        let promises = open_promises(ctx.doc);
        if touches.is_empty() && promises.is_empty() {
            empty_hint(
                ui,
                "No touch is due and no promise is open. Set how often to be in touch with \
                 someone, and they are listed here when it is time.",
            );
        }
        for (i, t) in touches.iter().enumerate() {
            ui.push_id(("due", i), |ui| {
                let color = if t.overdue {
                    ctx.theme.bad()
                } else {
                    ctx.theme.warn()
                };
                ui.label(egui::RichText::new(&t.finding.title).strong().color(color));
                reasons_ui(ui, &t.finding.reasons);
            });
        }
        if !promises.is_empty() {
            ui.add_space(4.0);
            ui.strong("Promises still open");
            for promise in &promises {
                ui.add(egui::Label::new(promise.sentence(ctx.doc)).wrap());
            }
        }
    }

    /// What the list keys do: step through the people as listed (the classified, or the
    /// ones to classify while no one is), delete the one selected (one undo step), select
    /// none, or start a new one. A step drops the touch being edited with the person left.
    fn keys(&mut self, ui: &egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let list = ListKeys {
            selected: &mut self.selected,
            reveal: &mut self.reveal,
            focus_new: &mut self.focus_new,
        };
        let order = || {
            let (people, waiting) = listed(ctx);
            let shown = if people.is_empty() { waiting } else { people };
            shown.iter().map(|p| p.id).collect()
        };
        if list.answer(ui, ctx.doc, order, |p| p.name.clone(), edits) {
            self.touch = None;
        }
    }

    fn list_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
        section(ui, "Your people, by who is due");
        let (people, waiting) = listed(ctx);
        if people.is_empty() {
            empty_hint(
                ui,
                "No one classified yet: pick someone below and say how they relate.",
            );
        }
        self.grid_ui(ui, ctx, &people);
        if !waiting.is_empty() {
            self.waiting_ui(ui, &waiting);
        }
        list_keys_hint(ui, "adds someone");
    }

    /// The connections to classify, drawn only as far as they are scrolled to.
    fn waiting_ui(&mut self, ui: &mut egui::Ui, waiting: &[&Person]) {
        egui::CollapsingHeader::new(format!("To classify: {}", waiting.len()))
            .id_salt("to classify")
            .show(ui, |ui| {
                let height = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
                egui::ScrollArea::vertical()
                    .id_salt("to classify list")
                    .max_height(320.0)
                    .show_rows(ui, height, waiting.len(), |ui, rows| {
                        for person in &waiting[rows] {
                            ui.horizontal(|ui| {
                                self.pick_ui(ui, "waiting", person);
                                let at = person.role_at();
                                ui.label(egui::RichText::new(at).weak());
                            });
                        }
                    });
            });
    }

    /// A person's name as a row to pick: clicked, it selects them and drops a half-made touch.
    fn pick_ui(&mut self, ui: &mut egui::Ui, list: &str, person: &Person) {
        let picked = self.selected == Some(person.id);
        let row = ui
            .push_id((list, person.id.0), |ui| {
                ui.selectable_label(picked, shown_name(person))
            })
            .inner;
        if self.reveal == Some(person.id) {
            row.scroll_to_me(None);
            self.reveal = None;
        }
        if row.clicked() {
            self.selected = Some(person.id);
            self.touch = None;
        }
    }

    fn grid_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, people: &[&Person]) {
        let text_width = (ui.available_width() - 200.0).max(160.0);
        egui::Grid::new("people list")
            .num_columns(3)
            .striped(true)
            .show(ui, |ui| {
                for person in people {
                    let person: &Person = person;
                    self.pick_ui(ui, "person", person);
                    let relation = egui::RichText::new(person.relation_label());
                    ui.label(if person.relation.is_none() {
                        relation.italics().color(ctx.theme.warn())
                    } else {
                        relation.color(ctx.theme.muted())
                    });
                    ui.scope(|ui| {
                        ui.set_max_width(text_width);
                        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                        let at = person.role_at();
                        let status = touching(person, ctx.today);
                        let words = status.words(ctx.doc);
                        let color = if status.is_overdue(ctx.doc) {
                            ctx.theme.bad()
                        } else if status.is_due() {
                            ctx.theme.warn()
                        } else {
                            ctx.theme.muted()
                        };
                        if at.is_empty() {
                            ui.colored_label(color, words);
                        } else {
                            ui.label(egui::RichText::new(format!("{at} · {words}")).color(color));
                        }
                    });
                    ui.end_row();
                }
            });
    }

    fn needs_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        section(ui, "Who knows what your north star needs");
        if let Some(gone) = crate::analysis::goal::gone_goal(ctx.doc, ctx.today) {
            empty_hint(ui, &gone.headline());
            return;
        }
        let needs = coverage(ctx.doc, ctx.today);
        if needs.is_empty() {
            empty_hint(
                ui,
                "Nothing to match yet: score your skills and set a stepping stone on the Spec \
                 panel, and the people who know each are named here.",
            );
        }
        for (i, need) in needs.iter().enumerate() {
            ui.push_id(("need", i), |ui| {
                let gap = need.who.is_empty();
                let text = egui::RichText::new(&need.name).strong();
                ui.label(if gap {
                    text.color(ctx.theme.warn())
                } else {
                    text
                });
                reasons_ui(ui, &need.reasons);
                if let Some(fill) = &need.fill {
                    move_ui(ui, ctx, fill, edits);
                }
            });
        }
    }

    fn network_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
        section(ui, "How wide your network is");
        for narrow in narrowness(ctx.doc, ctx.today) {
            ui.push_id(("narrow", narrow.side.label()), |ui| {
                let title = if narrow.one_sided {
                    egui::RichText::new(format!("One-sided by {}", narrow.side.label()))
                        .strong()
                        .color(ctx.theme.warn())
                } else {
                    egui::RichText::new(format!("By {}", narrow.side.label())).strong()
                };
                ui.label(title);
                reasons_ui(ui, &narrow.reasons);
            });
        }
    }

    fn guidance_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        section(ui, "Guidance, and the people you guide");
        for (i, finding) in mentorship(ctx.doc, ctx.today).iter().enumerate() {
            ui.push_id(("guidance", i), |ui| finding_ui(ui, ctx, finding, edits));
        }
    }
}

impl View for PeopleView {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        egui::ScrollArea::vertical()
            .id_salt("people scroll")
            .show(ui, |ui| {
                ui.heading("People");
                self.keys(ui, ctx, edits);
                self.add_ui(ui, ctx, edits);
                if ctx.doc.people.is_empty() {
                    ui.add_space(8.0);
                    empty_hint(
                        ui,
                        "No one here yet. Start with the person whose advice you would ask \
                         first about your next step: a mentor, your manager, or someone who \
                         has already done your next stepping stone.",
                    );
                    return;
                }
                Self::next_ui(ui, ctx);
                self.list_ui(ui, ctx);
                Self::needs_ui(ui, ctx, edits);
                Self::network_ui(ui, ctx);
                Self::guidance_ui(ui, ctx, edits);
            });
    }

    fn inspector_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        if let Some(id) = self.selected {
            if ctx.doc.get(id).is_some() {
                self.person_inspector_ui(ui, ctx, id, edits);
                return;
            }
            self.selected = None;
        }
        Self::rules_inspector_ui(ui, ctx, edits);
    }

    fn select(&mut self, item: ItemRef) {
        if let ItemRef::Person(id) = item {
            self.selected = Some(id);
            self.touch = None;
        }
    }
}
