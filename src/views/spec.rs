//! The Spec panel: profile, the 5-year north star, the stepping stones that work backward
//! from it, and the skills matrix with what it suggests.

use egui_plot::{Plot, PlotPoint, PlotPoints, Points, Text};

use super::widgets::{
    check_row, empty_hint, multiline_row, score_dots, score_row, section, text_row, year_row,
};
use super::{Edits, View, ViewCtx};
use crate::analysis::spec::{gap, lean_into, north_star_status, specialisation, suggestions};
use crate::edit::{Edit, Item, ItemRef};
use crate::model::{Document, Skill, SkillId, SteppingStone, StoneId, next_id};

/// What is selected on the Spec panel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Selected {
    #[default]
    Nothing,
    Stone(StoneId),
    Skill(SkillId),
}

/// The Spec panel's own state: only the selection.
#[derive(Debug, Default)]
pub struct SpecView {
    selected: Selected,
}

impl SpecView {
    fn profile_ui(ui: &mut egui::Ui, doc: &Document, edits: &mut Edits) {
        section(ui, "Profile");
        egui::Grid::new("profile")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                let mut profile = doc.profile.clone();
                if let Some(name) = text_row(ui, "Name", &profile.name) {
                    profile.name = name;
                    edits.push_merging(Edit::Profile(profile.clone()), None, "profile.name");
                }
                if let Some(role) = text_row(ui, "Current role", &profile.current_role) {
                    profile.current_role = role;
                    edits.push_merging(Edit::Profile(profile.clone()), None, "profile.role");
                }
                if let Some(year) = year_row(ui, "Career started", profile.career_start_year) {
                    profile.career_start_year = year;
                    edits.push_merging(Edit::Profile(profile), None, "profile.start");
                }
            });
    }

    fn north_star_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let doc = ctx.doc;
        section(ui, "North star: where you want to be in five years");
        egui::Grid::new("north star")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                let mut star = doc.north_star.clone();
                if let Some(role) = text_row(ui, "Target role", &star.target_role) {
                    star.target_role = role;
                    edits.push_merging(Edit::NorthStar(star.clone()), None, "north_star.role");
                }
                if let Some(year) = year_row(ui, "Target year", star.target_year) {
                    star.target_year = year;
                    edits.push_merging(Edit::NorthStar(star.clone()), None, "north_star.year");
                }
                if let Some(why) = multiline_row(ui, "Why", &star.why) {
                    star.why = why;
                    edits.push_merging(Edit::NorthStar(star), None, "north_star.why");
                }
            });
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
                    let mut done = stone.done;
                    let checkbox = ui
                        .checkbox(&mut done, "")
                        .accessible_name(format!("{} reached", stone.title));
                    if checkbox.changed() {
                        edits.push(Edit::Upsert(Item::Stone(SteppingStone {
                            done,
                            ..stone.clone()
                        })));
                    }
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
                        if ui.selectable_label(selected, name).clicked() {
                            self.selected = Selected::Skill(skill.id);
                        }
                        let values = [skill.level, skill.target, skill.enjoyment, skill.avoidance];
                        for (value, color) in values.into_iter().zip(dot_colors) {
                            score_dots(ui, value, color);
                        }
                        let g = gap(skill);
                        ui.label(if g == 0 {
                            "—".to_owned()
                        } else {
                            format!("+{g}")
                        });
                        ui.end_row();
                    }
                });
            ui.label(
                egui::RichText::new(
                    "Orange: the avoided skill to lean into next. Green: what you enjoy most.",
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
        let mut groups: Vec<((u8, u8), Vec<&Skill>)> = Vec::new();
        for skill in &ctx.doc.skills {
            let at = (gap(skill), skill.enjoyment);
            match groups.iter_mut().find(|(p, _)| *p == at) {
                Some((_, list)) => list.push(skill),
                None => groups.push((at, vec![skill])),
            }
        }
        let response = Plot::new("gap against enjoyment")
            .height(height)
            .x_axis_label("Gap to target (levels)")
            .y_axis_label("Enjoyment")
            .default_x_bounds(-0.7, 4.7)
            .default_y_bounds(0.5, 5.6)
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
                    let label = names.join("\n");
                    plot.points(
                        Points::new(label.clone(), PlotPoints::from(vec![[x, y]]))
                            .radius(if selected { 8.0 } else { 5.0 })
                            .color(color),
                    );
                    let lift = 0.2 + 0.14 * (names.len() as f64 - 1.0);
                    plot.text(
                        Text::new(label.clone(), PlotPoint::new(x, y + lift), label)
                            .color(ctx.theme.marker()),
                    );
                }
                plot.pointer_coordinate()
            });
        if response.response.clicked()
            && let Some(at) = response.inner
        {
            let nearest = ctx.doc.skills.iter().min_by(|a, b| {
                let d = |s: &Skill| {
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
        let target = Some(ItemRef::Stone(id));
        egui::Grid::new("stone inspector")
            .num_columns(2)
            .show(ui, |ui| {
                if let Some(title) = text_row(ui, "Title", &stone.title) {
                    edits.push_merging(
                        Edit::Upsert(Item::Stone(SteppingStone {
                            title,
                            ..stone.clone()
                        })),
                        target,
                        "title",
                    );
                }
                if let Some(year) = year_row(ui, "Year", stone.year) {
                    edits.push_merging(
                        Edit::Upsert(Item::Stone(SteppingStone {
                            year,
                            ..stone.clone()
                        })),
                        target,
                        "year",
                    );
                }
                if let Some(done) = check_row(ui, "Reached", "Done", stone.done) {
                    edits.push(Edit::Upsert(Item::Stone(SteppingStone {
                        done,
                        ..stone.clone()
                    })));
                }
            });
        ui.horizontal(|ui| {
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
        let Some(skill) = doc.skill(id) else {
            self.selected = Selected::Nothing;
            return;
        };
        ui.heading("Skill");
        let target = Some(ItemRef::Skill(id));
        egui::Grid::new("skill inspector")
            .num_columns(2)
            .show(ui, |ui| {
                if let Some(name) = text_row(ui, "Skill name", &skill.name) {
                    edits.push_merging(
                        Edit::Upsert(Item::Skill(Skill {
                            name,
                            ..skill.clone()
                        })),
                        target,
                        "name",
                    );
                }
                if let Some(level) = score_row(ui, "Level now", skill.level) {
                    edits.push_merging(
                        Edit::Upsert(Item::Skill(Skill {
                            level,
                            ..skill.clone()
                        })),
                        target,
                        "level",
                    );
                }
                if let Some(target_level) = score_row(ui, "Target level", skill.target) {
                    edits.push_merging(
                        Edit::Upsert(Item::Skill(Skill {
                            target: target_level,
                            ..skill.clone()
                        })),
                        target,
                        "target",
                    );
                }
                if let Some(enjoyment) = score_row(ui, "Enjoyment", skill.enjoyment) {
                    edits.push_merging(
                        Edit::Upsert(Item::Skill(Skill {
                            enjoyment,
                            ..skill.clone()
                        })),
                        target,
                        "enjoyment",
                    );
                }
                if let Some(avoidance) = score_row(ui, "Avoidance", skill.avoidance) {
                    edits.push_merging(
                        Edit::Upsert(Item::Skill(Skill {
                            avoidance,
                            ..skill.clone()
                        })),
                        target,
                        "avoidance",
                    );
                }
            });
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

impl View for SpecView {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        egui::ScrollArea::vertical()
            .id_salt("spec scroll")
            .show(ui, |ui| {
                ui.set_max_width(ui.available_width().min(880.0));
                Self::profile_ui(ui, ctx.doc, edits);
                Self::north_star_ui(ui, ctx, edits);
                self.stones_ui(ui, ctx, edits);
                self.skills_ui(ui, ctx, edits);
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
mod tests {
    use super::*;
    use crate::views::standalone::Standalone;
    use egui_kittest::{Harness, kittest::Queryable};

    fn today() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
    }

    fn harness() -> Harness<'static, Standalone<SpecView>> {
        Harness::builder()
            .with_size([1200.0, 900.0])
            .build_ui_state(
                |ui, s: &mut Standalone<SpecView>| s.ui(ui),
                Standalone::new(SpecView::default(), crate::file::sample(), today()),
            )
    }

    #[test]
    fn typing_the_north_star_is_one_undo_step() {
        let mut h = harness();
        h.get_by_label("Target role").focus();
        h.run();
        h.get_by_label("Target role").type_text(" (B2B)");
        h.run();
        assert_eq!(
            h.state().doc().north_star.target_role,
            "CPO at a mid-stage startup (B2B)"
        );
        let s = h.state_mut();
        assert!(s.session.history.undo(&mut s.session.doc));
        assert_eq!(
            s.session.doc.north_star.target_role,
            "CPO at a mid-stage startup"
        );
    }

    #[test]
    fn adding_a_stepping_stone_selects_it_for_editing() {
        let mut h = harness();
        h.get_by_label("Add stepping stone").click();
        h.run();
        let stones = &h.state().doc().north_star.stones;
        assert_eq!(stones.len(), 5);
        assert_eq!(stones[4].title, "New stepping stone");
        assert_eq!(
            stones[4].year, 2031,
            "after the last stone, capped at the north star's year"
        );
        h.get_by_label("Title").focus();
        h.run();
        h.get_by_label("Title").type_text("!");
        h.run();
        assert_eq!(
            h.state().doc().north_star.stones[4].title,
            "New stepping stone!"
        );
    }

    #[test]
    fn a_stone_can_be_marked_done_and_moved() {
        let mut h = harness();
        h.get_by_label("Manage a team of three or more PMs").click();
        h.run();
        h.get_by_label("Done").click();
        h.run();
        h.get_by_label("Move up").click();
        h.run();
        let stones = &h.state().doc().north_star.stones;
        assert_eq!(stones[0].title, "Manage a team of three or more PMs");
        assert!(stones[0].done);
    }

    #[test]
    fn the_panel_names_the_avoided_skill_to_lean_into() {
        let h = harness();
        h.get_by_label("Lean into Finance and P&L next.");
        h.get_by_label_contains("new-products (zero-to-one) PM role");
    }

    #[test]
    fn editing_a_skill_changes_the_suggestion() {
        let mut h = harness();
        h.get_by_label("Finance and P&L").click();
        h.run();
        h.get_by_label("Delete skill").click();
        h.run();
        assert!(h.state().doc().skill(SkillId(7)).is_none());
        h.get_by_label("Lean into People management next.");
    }
}
