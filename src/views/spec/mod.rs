//! The Spec panel: profile, the 5-year north star, the stepping stones that work backward
//! from it, and the skills matrix with what it suggests.

use egui_plot::{Plot, PlotPoint, PlotPoints, Points, Text};

use super::form::Form;
use super::widgets::{self, empty_hint, score_dots, section};
use super::{Edits, View, ViewCtx};
use crate::analysis::goal::GoalField;
use crate::analysis::spec::{gap, lean_into, north_star_status, specialisation, suggestions};
use crate::analysis::value::{HomeSource, home_currency};
use crate::edit::{Edit, Item, ItemRef};
use crate::model::validate::HOME_CURRENCY_CHARS;
use crate::model::{Document, ScoredSkill, Skill, SkillId, SteppingStone, StoneId, next_id};

/// What is selected on the Spec panel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Selected {
    #[default]
    Nothing,
    Stone(StoneId),
    Skill(SkillId),
}

/// The Spec panel's own state: the selection, and a north star field to focus once.
#[derive(Debug, Default)]
pub struct SpecView {
    selected: Selected,
    focus: Option<GoalField>,
}

impl SpecView {
    fn profile_ui(ui: &mut egui::Ui, doc: &Document, edits: &mut Edits) {
        section(ui, "Profile");
        // Until given, the career starts with the earliest bet: said so, and proposed.
        let first = doc.career_start().map(f64::floor);
        let unset = match first {
            Some(year) => format!("not set: counted from your first bet ({year})"),
            None => "not set yet".to_owned(),
        };
        #[allow(clippy::cast_possible_truncation)]
        let proposal = first
            .map_or(doc.north_star.target_year - 5, |y| y as i32)
            .clamp(1900, 2200);
        let mut form = Form::new(&doc.profile);
        form.grid(ui, "profile", |rows, profile| {
            rows.text("Name", &mut profile.name);
            rows.text("Current role", &mut profile.current_role);
            rows.maybe_year(
                "Career started",
                &mut profile.career_start_year,
                &unset,
                proposal,
            );
        });
        form.send(edits, Edit::Profile);
        Self::currency_ui(ui, doc, edits);
    }

    /// The person's currency, which every total of money is in: chosen here, or, until it
    /// is, taken from the offers and said so.
    fn currency_ui(ui: &mut egui::Ui, doc: &Document, edits: &mut Edits) {
        let home = home_currency(doc);
        let mut form = Form::new(&doc.rules);
        form.grid(ui, "profile currency", |rows, rules| {
            let chosen = &mut rules.money.home_currency;
            let mut text = chosen.clone().unwrap_or_default();
            if rows.text("Your currency", &mut text) {
                // A sign or a code: what is typed past its bound is not kept.
                let text: String = text.chars().take(HOME_CURRENCY_CHARS).collect();
                *chosen = Some(text).filter(|t| !t.trim().is_empty());
            }
        });
        form.send(edits, Edit::Rules);
        let words = match (home.source, &home.currency) {
            (HomeSource::Chosen, Some(c)) => format!("Every total of money is in {c}."),
            (HomeSource::Shared, Some(c)) => {
                format!("Not chosen yet: totals are in {c}, the currency your offers are paid in.")
            }
            _ => "Not chosen yet: a sign or a code (€, £, $, CHF); every total of money is \
                  converted to it."
                .to_owned(),
        };
        ui.label(egui::RichText::new(words).weak());
    }

    fn north_star_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let doc = ctx.doc;
        section(ui, "North star: where you want to be in five years");
        let mut form = Form::new(&doc.north_star);
        let focus = self.focus.take();
        let focused = |response: egui::Response, field: GoalField| {
            if focus == Some(field) {
                response.request_focus();
                response.scroll_to_me(None);
            }
            response
        };
        form.grid(ui, "north star", |rows, star| {
            rows.merging("Target role", |ui| {
                let response = widgets::text_row(ui, "Target role", &mut star.target_role);
                focused(response, GoalField::Role)
            });
            rows.merging("Target year", |ui| {
                let response = widgets::year_row(ui, "Target year", &mut star.target_year);
                focused(response, GoalField::Year)
            });
            rows.multiline("Why", &mut star.why);
        });
        form.send(edits, Edit::NorthStar);
        let status = north_star_status(doc, ctx.today);
        let years = match status.years_left {
            n if n > 1 => format!("{n} years to go"),
            1 => "1 year to go".to_owned(),
            0 => "this is the year".to_owned(),
            n => format!("{} years past the target year", -n),
        };
        let stones = if status.total == 0 {
            "no stepping stones yet".to_owned()
        } else {
            format!(
                "{} of {} stepping stones reached",
                status.done, status.total
            )
        };
        ui.label(egui::RichText::new(format!("{years} · {stones}")).color(ctx.theme.muted()));
    }

    fn stones_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let doc = ctx.doc;
        section(ui, "Stepping stones, working backward from the north star");
        let status = north_star_status(doc, ctx.today);
        if doc.north_star.stones.is_empty() {
            empty_hint(
                ui,
                "No stepping stones yet. Add the steps between today and your north star, each with a year.",
            );
        }
        for stone in &doc.north_star.stones {
            ui.push_id(("stone", stone.id.0), |ui| {
                ui.horizontal(|ui| {
                    let mut form = Form::new(stone);
                    form.rows(ui, |rows, stone| {
                        rows.own_step("done", |ui| {
                            let name = format!("{} reached", stone.title);
                            ui.checkbox(&mut stone.done, "").accessible_name(name)
                        });
                    });
                    form.send(edits, |s| Edit::Upsert(Item::Stone(s)));
                    ui.label(egui::RichText::new(stone.year.to_string()).monospace());
                    let selected = self.selected == Selected::Stone(stone.id);
                    let mut text = egui::RichText::new(&stone.title);
                    if stone.done {
                        text = text.strikethrough().color(ctx.theme.muted());
                    }
                    if ui.selectable_label(selected, text).clicked() {
                        self.selected = Selected::Stone(stone.id);
                    }
                    if status.late.contains(&stone.id) {
                        ui.colored_label(ctx.theme.bad(), "late");
                    } else if status.next == Some(stone.id) {
                        ui.colored_label(ctx.theme.good(), "next");
                    }
                });
            });
        }
        if ui.button("Add stepping stone").clicked() {
            let id = next_id(doc.north_star.stones.iter().map(|s| s.id));
            let last_year = doc.north_star.stones.iter().map(|s| s.year).max();
            let year = last_year
                .map_or(chrono::Datelike::year(&ctx.today) + 1, |y| y + 1)
                .min(doc.north_star.target_year);
            edits.push(Edit::Upsert(Item::Stone(SteppingStone {
                id,
                title: "New stepping stone".to_owned(),
                year,
                done: false,
                skills: Vec::new(),
            })));
            self.selected = Selected::Stone(id);
        }
    }

    fn skills_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        section(ui, "Skills: the crafts you are building");
        self.skills_table_ui(ui, ctx, edits);
        if !ctx.doc.skills.is_empty() {
            // Full width: the names on the chart need room to sit side by side.
            self.skills_plot_ui(ui, ctx, 280.0);
        }
    }

    fn skills_table_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let doc = ctx.doc;
        if doc.skills.is_empty() {
            empty_hint(
                ui,
                "No skills yet. Add the crafts your north star needs (zero-to-one building, people management, storytelling...) and score them.",
            );
        } else {
            let lean = lean_into(doc).map(|(id, _)| id);
            let fits = specialisation(doc).map(|(id, _)| id);
            // Sideways on its own when the panel is narrower than the table (900 points
            // wide with the inspector open): the Gap column is scrolled to, never cut off.
            egui::ScrollArea::horizontal()
                .id_salt("skills matrix sideways")
                .show(ui, |ui| {
                    egui::Grid::new("skills matrix")
                        .num_columns(6)
                        .striped(true)
                        .spacing([16.0, 4.0])
                        .show(ui, |ui| {
                            let dot_colors = [
                                ctx.theme.kind(crate::model::BetKind::Core),
                                ctx.theme.muted(),
                                ctx.theme.good(),
                                ctx.theme.warn(),
                            ];
                            for heading in [
                                "Skill",
                                "Level now",
                                "Target",
                                "Enjoyment",
                                "Avoidance",
                                "Gap",
                            ] {
                                ui.strong(heading);
                            }
                            ui.end_row();
                            for skill in &doc.skills {
                                let selected = self.selected == Selected::Skill(skill.id);
                                let mut name = egui::RichText::new(&skill.name);
                                if Some(skill.id) == lean {
                                    name = name.color(ctx.theme.warn());
                                } else if Some(skill.id) == fits {
                                    name = name.color(ctx.theme.good());
                                }
                                let scored = skill.scored();
                                if scored.is_none() {
                                    name = name.italics();
                                }
                                let label = ui.selectable_label(selected, name);
                                let label = if scored.is_some() {
                                    label
                                } else {
                                    label.on_hover_text(format!(
                                        "Not scored yet ({} to give): nothing reasons from it until all four are set",
                                        skill.unscored_parts().join(", ")
                                    ))
                                };
                                if label.clicked() {
                                    self.selected = Selected::Skill(skill.id);
                                }
                                let mut form = Form::new(skill);
                                form.rows(ui, |rows, s| {
                                    let scores = [
                                        ("level", &mut s.level),
                                        ("target", &mut s.target),
                                        ("enjoyment", &mut s.enjoyment),
                                        ("avoidance", &mut s.avoidance),
                                    ];
                                    for ((what, value), color) in scores.into_iter().zip(dot_colors) {
                                        rows.own_step(what, |ui| {
                                            score_dots(ui, value, color, what, &skill.name)
                                        });
                                    }
                                });
                                form.send(edits, |s| Edit::Upsert(Item::Skill(s)));
                                ui.label(match scored.map(|s| gap(&s)) {
                                    None => "not scored yet".to_owned(),
                                    Some(0) => "—".to_owned(),
                                    Some(g) => format!("+{g}"),
                                });
                                ui.end_row();
                            }
                        });
                });
            ui.label(
                egui::RichText::new(
                    "Click a dot to set that score, or Tab to a score and use the arrow keys or 1 to 5. Orange: the avoided skill to lean into next. Green: what you enjoy most.",
                )
                .small()
                .color(ctx.theme.muted()),
            );
        }
        if ui.button("Add skill").clicked() {
            let id = next_id(doc.skills.iter().map(|s| s.id));
            edits.push(Edit::Upsert(Item::Skill(Skill {
                id,
                name: "New skill".to_owned(),
                ..Skill::default()
            })));
            self.selected = Selected::Skill(id);
        }
    }

    fn skills_plot_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, height: f32) {
        ui.add_space(8.0);
        ui.strong("Gap against enjoyment");
        ui.label(
            egui::RichText::new(
                "Right: far from target. Top: enjoyed. Orange: avoided. Bottom right is what you need but avoid.",
            )
            .small()
            .color(ctx.theme.muted()),
        );
        // Skills at the same point share one marker and one label, so no name hides another.
        let mut groups: Vec<((u8, u8), Vec<ScoredSkill<'_>>)> = Vec::new();
        for skill in ctx.doc.scored_skills() {
            let at = (gap(&skill), skill.enjoyment);
            match groups.iter_mut().find(|(p, _)| *p == at) {
                Some((_, list)) => list.push(skill),
                None => groups.push((at, vec![skill])),
            }
        }
        if groups.is_empty() {
            // An empty plot would only be a grid: say what puts a skill on it.
            empty_hint(
                ui,
                "No skill is placed yet: a skill appears here once its level, target, \
                 enjoyment and avoidance are all scored.",
            );
            return;
        }
        let response = Plot::new("gap against enjoyment")
            .height(height)
            .x_axis_label("Gap to target (levels)")
            .y_axis_label("Enjoyment")
            .default_x_bounds(-0.7, 4.7)
            .default_y_bounds(0.5, 5.8)
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .show(ui, |plot| {
                for ((g, enjoyment), skills) in &groups {
                    let (x, y) = (f64::from(*g), f64::from(*enjoyment));
                    let selected = skills
                        .iter()
                        .any(|s| self.selected == Selected::Skill(s.id));
                    let color = if skills.iter().any(|s| s.avoidance >= 3) {
                        ctx.theme.warn()
                    } else {
                        ctx.theme.kind(crate::model::BetKind::Core)
                    };
                    let names: Vec<&str> = skills.iter().map(|s| s.name.as_str()).collect();
                    // Every name on hover; on the chart at most two lines, standing on the
                    // marker, so that a crowded point covers neither itself nor its neighbours.
                    let every = names.join("\n");
                    plot.points(
                        Points::new(every.clone(), PlotPoints::from(vec![[x, y]]))
                            .radius(if selected { 8.0 } else { 5.0 })
                            .color(color),
                    );
                    plot.text(
                        Text::new(every, PlotPoint::new(x, y + 0.16), point_label(&names))
                            .anchor(egui::Align2::CENTER_BOTTOM)
                            .color(ctx.theme.marker()),
                    );
                }
                plot.pointer_coordinate()
            });
        if response.response.clicked()
            && let Some(at) = response.inner
        {
            let nearest = ctx.doc.scored_skills().min_by(|a, b| {
                let d = |s: &ScoredSkill<'_>| {
                    (f64::from(gap(s)) - at.x).powi(2) + (f64::from(s.enjoyment) - at.y).powi(2)
                };
                d(a).total_cmp(&d(b))
            });
            if let Some(skill) = nearest {
                self.selected = Selected::Skill(skill.id);
            }
        }
    }

    fn stone_inspector_ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        id: StoneId,
        edits: &mut Edits,
    ) {
        let Some(index) = doc.north_star.stones.iter().position(|s| s.id == id) else {
            self.selected = Selected::Nothing;
            return;
        };
        let stone = &doc.north_star.stones[index];
        ui.heading("Stepping stone");
        let mut form = Form::new(stone);
        form.grid(ui, "stone inspector", |rows, stone| {
            rows.text("Title", &mut stone.title);
            rows.year("Year", &mut stone.year);
            rows.check("Reached", "Done", &mut stone.done);
        });
        form.skill_links(
            ui,
            doc,
            "Skills it needs",
            "Add skills on this panel, under Skills, to tick the ones this stone needs.",
            "skills",
            |s| &mut s.skills,
        );
        form.send(edits, |s| Edit::Upsert(Item::Stone(s)));
        if !doc.skills.is_empty() {
            ui.label(
                egui::RichText::new(if stone.skills.is_empty() {
                    "None ticked: its promotion packet covers every skill."
                } else {
                    "Its promotion packet covers the skills ticked."
                })
                .small()
                .weak(),
            );
        }
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(index > 0, egui::Button::new("Move up"))
                .clicked()
            {
                edits.push(Edit::Move(ItemRef::Stone(id), index - 1));
            }
            let last = doc.north_star.stones.len() - 1;
            if ui
                .add_enabled(index < last, egui::Button::new("Move down"))
                .clicked()
            {
                edits.push(Edit::Move(ItemRef::Stone(id), index + 1));
            }
            if ui.button("Delete stepping stone").clicked() {
                edits.push(Edit::Remove(ItemRef::Stone(id)));
                edits.say(format!("Deleted \"{}\"", stone.title));
                self.selected = Selected::Nothing;
            }
        });
    }

    fn skill_inspector_ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        id: SkillId,
        edits: &mut Edits,
    ) {
        let Some(skill) = doc.get(id) else {
            self.selected = Selected::Nothing;
            return;
        };
        ui.heading("Skill");
        let mut form = Form::new(skill);
        form.grid(ui, "skill inspector", |rows, skill| {
            rows.text("Skill name", &mut skill.name);
            rows.score("Level now", &mut skill.level);
            rows.score("Target level", &mut skill.target);
            rows.score("Enjoyment", &mut skill.enjoyment);
            rows.score("Avoidance", &mut skill.avoidance);
        });
        form.send(edits, |s| Edit::Upsert(Item::Skill(s)));
        ui.label(
            egui::RichText::new("1 is none, 5 is mastery (or: loves it, always avoids it).")
                .small()
                .weak(),
        );
        let builders: Vec<&str> = doc
            .bets
            .iter()
            .filter(|b| b.skills.contains(&id))
            .map(|b| b.title.as_str())
            .collect();
        if !builders.is_empty() {
            ui.label(format!("Built by: {}", builders.join(", ")));
        }
        if ui.button("Delete skill").clicked() {
            edits.push(Edit::Remove(ItemRef::Skill(id)));
            edits.say(format!("Deleted \"{}\"", skill.name));
            self.selected = Selected::Nothing;
        }
    }
}

/// The words beside a point of the skills chart: its one or two skills, or the first and
/// how many more share the point (every name is on the point's hover).
fn point_label(names: &[&str]) -> String {
    match names {
        [first, _, _, ..] => format!("{first}\n+{} more", names.len() - 1),
        _ => names.join("\n"),
    }
}

/// The panel width from which the plan and the skills sit side by side: two columns of some
/// 600 points, each as wide as the one column is at 1280.
const TWO_COLUMNS_FROM: f32 = 1200.0;

impl View for SpecView {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        egui::ScrollArea::vertical()
            .id_salt("spec scroll")
            .show(ui, |ui| {
                // A wide window (1920 points) puts the skills beside the plan instead of
                // leaving half the panel empty; a narrower one keeps one column, scrolled.
                if ui.available_width() >= TWO_COLUMNS_FROM {
                    ui.columns(2, |columns| {
                        let [plan, skills] = columns else {
                            return;
                        };
                        // Left-aligned, as in one column: a column stretches its buttons.
                        plan.vertical(|ui| {
                            Self::profile_ui(ui, ctx.doc, edits);
                            self.north_star_ui(ui, ctx, edits);
                            self.stones_ui(ui, ctx, edits);
                        });
                        skills.vertical(|ui| self.skills_ui(ui, ctx, edits));
                    });
                } else {
                    ui.set_max_width(ui.available_width().min(880.0));
                    Self::profile_ui(ui, ctx.doc, edits);
                    self.north_star_ui(ui, ctx, edits);
                    self.stones_ui(ui, ctx, edits);
                    self.skills_ui(ui, ctx, edits);
                }
                ui.add_space(12.0);
            });
    }

    fn inspector_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        match self.selected {
            Selected::Stone(id) => self.stone_inspector_ui(ui, ctx.doc, id, edits),
            Selected::Skill(id) => self.skill_inspector_ui(ui, ctx.doc, id, edits),
            Selected::Nothing => {
                ui.label(
                    egui::RichText::new("Select a stepping stone or a skill to edit it.").weak(),
                );
            }
        }
        ui.separator();
        ui.heading("What the spec says");
        let advice = suggestions(ctx.doc, ctx.today);
        if advice.is_empty() {
            ui.label("Nothing to flag: the stepping stones are on time and no avoided skill lags its target.");
        }
        for suggestion in advice {
            ui.add_space(6.0);
            ui.label(egui::RichText::new(&suggestion.title).strong());
            for reason in &suggestion.reasons {
                ui.label(format!("• {reason}"));
            }
            // What fixes it, one click away: the field it needs, in focus.
            let button = match suggestion.fix {
                Some(GoalField::Role) => Some("Write the north star's role"),
                Some(GoalField::Year) => Some("Move the north star's year"),
                None => None,
            };
            if let Some(text) = button
                && ui.button(text).clicked()
            {
                self.focus = suggestion.fix;
            }
        }
    }

    fn select(&mut self, item: ItemRef) {
        match item {
            ItemRef::Stone(id) => self.selected = Selected::Stone(id),
            ItemRef::Skill(id) => self.selected = Selected::Skill(id),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests;
