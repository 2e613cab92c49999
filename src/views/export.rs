//! The question before an export: whom is it for? Nothing is chosen for the person, since a
//! file sent anywhere must never be the private version by default, and once they choose,
//! the dialog lists what this spec holds that the file will leave out, before anything is
//! written.

use crate::export::Audience;
use crate::model::Document;

/// What is being exported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// The spec as Markdown.
    Markdown,
    /// The plan's dates as a calendar.
    Calendar,
}

/// What the person decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Go on to choose where to write, for this audience.
    Write(Audience),
    /// Write nothing.
    Cancel,
}

/// The audience question, shown over the window until the person decides.
#[derive(Clone, Debug)]
pub struct ExportChoice {
    /// What is being exported.
    pub kind: ExportKind,
    /// The audience chosen so far; none until the person picks one.
    pub audience: Option<Audience>,
}

impl ExportChoice {
    /// The question for an export of this kind, with nothing chosen.
    pub fn new(kind: ExportKind) -> Self {
        Self {
            kind,
            audience: None,
        }
    }

    /// Draws the question; the person's decision, once made.
    pub fn show(&mut self, ctx: &egui::Context, doc: &Document) -> Option<Decision> {
        let mut decision = None;
        egui::Modal::new(egui::Id::unique("export audience")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(match self.kind {
                ExportKind::Markdown => "Export Markdown: whom is it for?",
                ExportKind::Calendar => "Export the calendar: whom is it for?",
            });
            ui.horizontal_wrapped(|ui| {
                for audience in Audience::ALL {
                    ui.radio_value(&mut self.audience, Some(audience), audience.label());
                }
            });
            ui.add_space(4.0);
            match self.audience {
                None => {
                    ui.label("Choose who will read it; what it leaves out is shown here first.");
                }
                Some(Audience::Me) => {
                    ui.label(
                        "Everything, offers, pay and drift answers included: the private \
                         version, for you alone. It says so in its first line.",
                    );
                }
                Some(audience) => {
                    ui.label(format!("Left out {}:", audience.for_whom()));
                    for part in audience.left_out() {
                        ui.label(format!("• {}", part.describe(doc)));
                    }
                }
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let write = ui.add_enabled(
                    self.audience.is_some(),
                    egui::Button::new("Choose where to write…"),
                );
                if write.clicked()
                    && let Some(audience) = self.audience
                {
                    decision = Some(Decision::Write(audience));
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    decision = Some(Decision::Cancel);
                }
            });
        });
        decision
    }
}
