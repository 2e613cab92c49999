//! The People panel's inspector: one person's fields, what they know, the log of touches and
//! what the app says about them; with no one selected, the person's own function and domain
//! and the rules the panel reasons with.

use super::PeopleView;
use crate::analysis::people::{OpenPromise, open_promises, touching};
use crate::analysis::words::every_days;
use crate::edit::{Edit, Item, ItemRef};
use crate::model::{Person, PersonId, Relation, Touch};
use crate::views::form::{Form, SKILLS_ON_SPEC};
use crate::views::widgets::{empty_hint, reasons_ui, set_member};
use crate::views::{Edits, ViewCtx};

/// A cadence in days, shown as "every 30 days".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Every(u32);

impl std::fmt::Display for Every {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&every_days(self.0))
    }
}

/// The cadences offered: two weeks, a month, two months, a quarter, half a year, a year.
const CADENCES: &[Every] = &[
    Every(14),
    Every(30),
    Every(60),
    Every(91),
    Every(182),
    Every(365),
];

impl PeopleView {
    pub(super) fn person_inspector_ui(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &ViewCtx<'_>,
        id: PersonId,
        edits: &mut Edits,
    ) {
        let doc = ctx.doc;
        let Some(person) = doc.get(id) else {
            return;
        };
        ui.heading("Person");
        let mut form = Form::new(person);
        form.grid(ui, "person inspector", |rows, p| {
            rows.text("Name", &mut p.name);
            rows.maybe_choice("Relation", &mut p.relation, Relation::ALL);
            rows.text("Company", &mut p.company);
            rows.text("Role", &mut p.role);
            rows.text("Function", &mut p.function);
            rows.text("Domain", &mut p.domain);
            let mut every = p.every_days.map(Every);
            if rows.maybe_choice("Keep in touch", &mut every, CADENCES) {
                p.every_days = every.map(|e| e.0);
            }
            rows.multiline("Notes", &mut p.notes);
        });
        if person.relation.is_none() {
            ui.colored_label(
                ctx.theme.warn(),
                "To classify: no rule counts them as a mentor, sponsor or mentee until you \
                 say how they relate.",
            );
        }
        let status = touching(person, ctx.today);
        ui.label(egui::RichText::new(format!("Keeping in touch: {}", status.words(doc))).strong());
        if let Some(connected) = person.connected {
            ui.label(egui::RichText::new(format!("Connected {connected}")).weak());
        }

        ui.add_space(6.0);
        ui.strong("Touches");
        self.touches_ui(ui, ctx.today, &mut form);
        ui.add_space(6.0);
        ui.strong("What they know");
        if doc.skills.is_empty() {
            empty_hint(ui, SKILLS_ON_SPEC);
        }
        form.rows(ui, |rows, p| {
            for skill in &doc.skills {
                rows.member("knows", &skill.name, &mut p.skills, skill.id);
            }
        });
        self.tags_ui(ui, &mut form);
        ui.add_space(6.0);
        ui.strong("Stepping stones they have done");
        if doc.north_star.stones.is_empty() {
            empty_hint(
                ui,
                "Add stepping stones on the Spec panel to link them here.",
            );
        }
        form.rows(ui, |rows, p| {
            for stone in &doc.north_star.stones {
                let text = format!("{} ({})", stone.title, stone.year);
                rows.member("has done", &text, &mut p.has_done, stone.id);
            }
        });

        let open: Vec<OpenPromise> = open_promises(doc)
            .into_iter()
            .filter(|o| o.person == id)
            .collect();
        if !open.is_empty() {
            ui.add_space(4.0);
            ui.strong("Still open");
            reasons_ui(
                ui,
                &open.iter().map(|o| o.sentence(doc)).collect::<Vec<_>>(),
            );
        }
        ui.add_space(8.0);
        if ui.button("Delete person").clicked() {
            edits.push(Edit::Remove(ItemRef::Person(id)));
            edits.say(format!("Deleted {}", person.name));
            self.selected = None;
            return;
        }
        form.send(edits, |p| Edit::Upsert(Item::Person(p)));
    }

    /// The log of touches, the latest first: one line each, and the one picked (the latest
    /// until another is clicked) edited below them. Its rows stack rather than sit in a grid
    /// of their own: a second grid that appears with the person took three more frames to
    /// settle.
    fn touches_ui(
        &mut self,
        ui: &mut egui::Ui,
        today: chrono::NaiveDate,
        form: &mut Form<'_, Person>,
    ) {
        let picked = &mut self.touch;
        form.rows(ui, |rows, p| {
            if rows.action("touches", |ui| ui.button("Log a touch today")) {
                p.touches.insert(
                    0,
                    Touch {
                        date: Some(today),
                        ..Touch::default()
                    },
                );
                *picked = Some(0);
            }
            if p.touches.is_empty() {
                empty_hint(rows.ui, "No touch logged yet.");
                return;
            }
            // The latest first, undated last; places in the log stay the touches' own.
            let mut order: Vec<usize> = (0..p.touches.len()).collect();
            order.sort_by_key(|&k| {
                std::cmp::Reverse((p.touches[k].date.is_some(), p.touches[k].date))
            });
            let k = picked.filter(|k| *k < p.touches.len()).unwrap_or(order[0]);
            for &i in &order {
                let t = &p.touches[i];
                let date = t
                    .date
                    .map_or_else(|| "undated".to_owned(), |d| d.to_string());
                let about = if t.talked.trim().is_empty() {
                    "nothing noted".to_owned()
                } else {
                    t.talked.trim().to_owned()
                };
                let open = if !t.kept && !t.promised.trim().is_empty() {
                    " · promise open"
                } else {
                    ""
                };
                let text = format!("{date}: {about}{open}");
                let clicked = rows
                    .ui
                    .push_id(("touch", i), |ui| {
                        ui.add(egui::Button::selectable(k == i, text).wrap())
                    })
                    .inner
                    .clicked();
                if clicked {
                    *picked = Some(i);
                }
            }
            rows.push_id("touch", |rows| {
                let t = &mut p.touches[k];
                rows.date("Touch date", &mut t.date, today);
                rows.text("Talked about", &mut t.talked);
                rows.text("Asked them", &mut t.asked);
                rows.text("Promised them", &mut t.promised);
                rows.check("Kept", "The promise is kept", &mut t.kept);
            });
            if rows.action("touches", |ui| ui.small_button("Remove this touch")) {
                p.touches.remove(k);
                *picked = None;
            }
        });
    }

    /// The free tags: each with a button that removes it, and a field that adds one.
    fn tags_ui(&mut self, ui: &mut egui::Ui, form: &mut Form<'_, Person>) {
        let draft = &mut self.tag;
        form.rows(ui, |rows, p| {
            let mut gone = None;
            rows.horizontal_wrapped(|rows| {
                for (i, tag) in p.tags.iter().enumerate() {
                    let remove = rows.action("tags", |ui| {
                        ui.small_button(format!("{tag} ×"))
                            .on_hover_text(format!("Remove the tag {tag}"))
                    });
                    if remove {
                        gone = Some(i);
                    }
                }
            });
            if let Some(i) = gone {
                p.tags.remove(i);
            }
            let mut add = false;
            rows.horizontal(|rows| {
                let response = rows.ui.add(
                    egui::TextEdit::singleline(draft)
                        .hint_text("what else they know")
                        .desired_width(160.0),
                );
                let response = response.accessible_name("New tag");
                let entered =
                    response.lost_focus() && rows.ui.input(|i| i.key_pressed(egui::Key::Enter));
                add = rows.action("tags", |ui| ui.button("Add tag")) || entered;
            });
            let tag = draft.trim().to_owned();
            if add && !tag.is_empty() {
                set_member(&mut p.tags, tag, true);
                draft.clear();
            }
        });
    }

    pub(super) fn rules_inspector_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        ui.label(egui::RichText::new("Click a person to edit them and log a touch.").weak());
        ui.add_space(8.0);
        ui.strong("You");
        let mut form = Form::new(&ctx.doc.profile);
        form.grid(ui, "people profile", |rows, p| {
            rows.text("Your function", &mut p.function);
            rows.text("Your domain", &mut p.domain);
        });
        form.send(edits, Edit::Profile);
        ui.label(
            egui::RichText::new(
                "Your company is the one your running bets name on the Portfolio panel.",
            )
            .weak(),
        );
        ui.add_space(8.0);
        ui.strong("The rules this panel reasons with");
        let mut form = Form::new(&ctx.doc.rules);
        form.grid(ui, "people rules", |rows, r| {
            let r = &mut r.people;
            rows.days("Overdue after", &mut r.overdue_after_days, 365);
            // At least a day: within no days at all, no mentor could ever count.
            rows.count(
                "Mentor touched within",
                &mut r.mentor_within_days,
                1.0..=365.0,
                0.2,
                " days",
            );
            rows.percent("Narrow from", &mut r.narrow_share, 1.0);
            rows.count(
                "Judged from",
                &mut r.narrow_min_people,
                1.0..=100.0,
                0.1,
                " people",
            );
        });
        form.send(edits, Edit::Rules);
        reasons_ui(
            ui,
            &[
                "Overdue after: days past a person's own cadence. 14 by default, two weeks of \
                 slack so that a month kept a little late is due, not failed."
                    .to_owned(),
                "Mentor touched within: 91 days by default, a quarter, the rhythm of a growth \
                 conversation."
                    .to_owned(),
                "Narrow from: 60 % by default, more than half from one company, function or \
                 domain with room for chance; judged from 5 people, below which one person \
                 swings the share by a fifth."
                    .to_owned(),
            ],
        );
    }
}
