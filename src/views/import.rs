//! The preview of an import from LinkedIn: every position it would add, with its kind and
//! status to change or the row to leave out, the skills it would add unscored, and the rows
//! it could not read. Nothing lands until the person confirms, and then as one undo step.

use crate::import::Plan;
use crate::model::{BetKind, BetStatus};
use crate::views::widgets::{choice_row, maybe_choice_row};

/// What the person decided in the preview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Add what the preview shows.
    Add,
    /// Add nothing.
    Cancel,
}

/// The preview of one import, shown over the window until the person decides.
#[derive(Clone, Debug)]
pub struct ImportPreview {
    /// The file the export was read from, as shown.
    pub source: String,
    /// What would be added, as the person has changed it so far.
    pub plan: Plan,
}

/// How many new people the preview names before it counts the rest.
const PEOPLE_NAMED: usize = 12;

impl ImportPreview {
    /// Draws the preview; the person's decision, once made.
    pub fn show(&mut self, ctx: &egui::Context) -> Option<Decision> {
        let mut decision = None;
        egui::Modal::new(egui::Id::unique("import preview")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading("Import from LinkedIn");
            ui.label(format!("From {}: {}.", self.source, self.plan.summary()));
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(ui, |ui| self.rows_ui(ui));
            if !self.plan.skills.is_empty() {
                let names: Vec<&str> = self.plan.skills.iter().map(|s| s.name.as_str()).collect();
                ui.label(format!(
                    "Skills to add, not scored yet: {}.",
                    names.join(", ")
                ));
            }
            if !self.plan.people.is_empty() {
                let names: Vec<&str> = self.plan.people.iter().map(|p| p.name.as_str()).collect();
                let shown = names.len().min(PEOPLE_NAMED);
                let more = names.len() - shown;
                let tail = if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                };
                ui.label(format!(
                    "People to add, to classify on the People panel: {}{tail}.",
                    names[..shown].join(", ")
                ));
            }
            if !self.plan.problems.is_empty() {
                ui.label("Rows that could not be read:");
                for problem in &self.plan.problems {
                    ui.label(problem.to_string());
                }
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let add = ui.add_enabled(
                    !self.plan.adds_nothing(),
                    egui::Button::new("Add to the spec"),
                );
                if add.clicked() {
                    decision = Some(Decision::Add);
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    decision = Some(Decision::Cancel);
                }
            });
        });
        decision
    }

    fn rows_ui(&mut self, ui: &mut egui::Ui) {
        if self.plan.rows.is_empty() {
            ui.label(if self.plan.people.is_empty() {
                "No new positions."
            } else {
                "No new positions: what this adds is the people named below."
            });
        }
        for row in &mut self.plan.rows {
            ui.push_id(row.line, |ui| {
                ui.separator();
                ui.checkbox(
                    &mut row.include,
                    format!(
                        "{} at {} ({}), line {}",
                        row.bet.title, row.bet.organisation, row.dates, row.line
                    ),
                );
                egui::Grid::new("import row").num_columns(2).show(ui, |ui| {
                    maybe_choice_row(ui, "Kind", &mut row.bet.kind, BetKind::ALL);
                    choice_row(ui, "Status", &mut row.bet.status, BetStatus::ALL);
                });
            });
        }
    }
}
