//! Where no file dialog can be shown (no desktop portal and no zenity), the app asks for the
//! path itself instead of reading the silence as a cancel.

use std::path::PathBuf;

use super::picker::Purpose;

/// The name of the question's one field.
pub const FIELD: &str = "Path of the file";

/// What the person decided.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Decision {
    /// Use this path, as a dialog's answer would be used.
    Use(PathBuf),
    /// Do nothing.
    Cancel,
}

/// The question, with what is typed so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct TypedPath {
    /// What the path is for.
    pub purpose: Purpose,
    text: String,
}

impl TypedPath {
    /// The question for `purpose`, with `proposal` (a folder and a file name) typed in.
    pub(super) fn new(purpose: Purpose, proposal: &std::path::Path) -> Self {
        Self {
            purpose,
            text: proposal.display().to_string(),
        }
    }

    /// Shows the question; the decision once made.
    pub(super) fn show(&mut self, ctx: &egui::Context) -> Option<Decision> {
        let mut decision = None;
        egui::Modal::new(egui::Id::unique("typed path")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(match self.purpose {
                Purpose::Open => "Open a career spec",
                Purpose::Import => "Import a LinkedIn data export",
                Purpose::SaveAs => "Save the career spec",
                Purpose::Export(_) => "Export as Markdown",
                Purpose::ExportCalendar(_) => "Export the calendar",
                Purpose::ExportPacket(..) => "Save the promotion packet",
            });
            ui.label(
                "No file dialog could be shown on this desktop: neither a desktop portal nor \
                 zenity answered. Type the file's path instead.",
            );
            ui.add_space(6.0);
            let field = ui
                .horizontal(|ui| {
                    let label = ui.label(FIELD);
                    ui.add(egui::TextEdit::singleline(&mut self.text).desired_width(360.0))
                        .labelled_by(label.id)
                })
                .inner;
            if ui.memory(|m| m.focused().is_none()) {
                field.request_focus();
            }
            ui.label(
                egui::RichText::new(
                    "Installing zenity (or a desktop portal) brings the usual dialog back.",
                )
                .weak(),
            );
            ui.add_space(8.0);
            let typed = self.text.trim();
            ui.horizontal(|ui| {
                let ok = ui.add_enabled(!typed.is_empty(), egui::Button::new("OK"));
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if !typed.is_empty() && (ok.clicked() || entered) {
                    decision = Some(Decision::Use(expand_home(typed)));
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    decision = Some(Decision::Cancel);
                }
            });
        });
        decision
    }
}

/// A path as typed, with a leading `~` read as the home folder, as a shell would.
fn expand_home(typed: &str) -> PathBuf {
    let home = || directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
    match typed.strip_prefix("~/") {
        Some(rest) => home().map_or_else(|| PathBuf::from(typed), |h| h.join(rest)),
        None if typed == "~" => home().unwrap_or_else(|| PathBuf::from(typed)),
        None => PathBuf::from(typed),
    }
}
