//! The window's chrome: the menu bar, the navigation, the status line, the banner for a file
//! changed on disk, and the title. Every entry queues a [`Command`]; nothing here changes the
//! document.

use super::CareerApp;
use super::watch::OnDisk;
use crate::views::{Command, Panel};

impl CareerApp {
    fn menu_item(&mut self, ui: &mut egui::Ui, command: Command, enabled: bool) {
        let mut button = egui::Button::new(command.label());
        if let Some(shortcut) = command.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        // Named by the command alone, so that the shortcut text does not change its name.
        let clicked = ui
            .add_enabled(enabled, button)
            .accessible_name(command.label())
            .on_hover_text(command.tooltip())
            .clicked();
        if clicked {
            ui.close();
            self.queue(command);
        }
    }

    pub(super) fn menu_bar_ui(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                for entry in Command::FILE_MENU {
                    match entry {
                        Some(Command::OpenSample) => {
                            self.recent_menu_ui(ui);
                            self.menu_item(ui, Command::OpenSample, true);
                        }
                        Some(command) => {
                            let enabled = self.can_run(command);
                            self.menu_item(ui, command.clone(), enabled);
                        }
                        None => {
                            ui.separator();
                        }
                    }
                }
            });
            ui.menu_button("Edit", |ui| {
                let (undo, redo) = (
                    self.session.history.can_undo(),
                    self.session.history.can_redo(),
                );
                self.menu_item(ui, Command::Undo, undo);
                self.menu_item(ui, Command::Redo, redo);
            });
            ui.menu_button("View", |ui| {
                for panel in Panel::ALL {
                    self.menu_item(ui, Command::Show(*panel, None), true);
                }
                ui.separator();
                let mut dark = self.theme.dark;
                let mut label = Command::ToggleTheme.label().to_owned();
                if let Some(s) = Command::ToggleTheme.shortcut() {
                    label = format!("{label}  ({})", ui.ctx().format_shortcut(&s));
                }
                if ui
                    .checkbox(&mut dark, label)
                    .on_hover_text(Command::ToggleTheme.tooltip())
                    .changed()
                {
                    self.queue(Command::ToggleTheme);
                    ui.close();
                }
            });
            ui.menu_button("Help", |ui| {
                ui.label(format!("Career Spec {}", env!("CARGO_PKG_VERSION")));
                ui.label("Manage your career like a product.");
                ui.label("Your spec is one .ron file; every save keeps the previous one as .bak.");
            });
        });
    }

    fn recent_menu_ui(&mut self, ui: &mut egui::Ui) {
        let paths = self.recent.paths().to_vec();
        ui.add_enabled_ui(!paths.is_empty(), |ui| {
            ui.menu_button("Open Recent", |ui| {
                for path in paths {
                    let name = path.file_name().map_or_else(
                        || path.display().to_string(),
                        |n| n.to_string_lossy().into_owned(),
                    );
                    if ui
                        .button(name)
                        .on_hover_text(path.display().to_string())
                        .clicked()
                    {
                        ui.close();
                        self.queue(Command::OpenPath(path));
                    }
                }
            });
        });
    }

    pub(super) fn navigation_ui(&mut self, ui: &mut egui::Ui) {
        ui.add_space(6.0);
        for panel in Panel::ALL {
            let selected = self.panel == *panel;
            let button = egui::Button::selectable(selected, panel.label())
                .min_size(egui::vec2(ui.available_width(), 28.0));
            let mut response = ui.add(button);
            if let Some(shortcut) = Command::Show(*panel, None).shortcut() {
                response = response.on_hover_text(ui.ctx().format_shortcut(&shortcut));
            }
            if response.clicked() {
                self.queue(Command::Show(*panel, None));
            }
        }
    }

    pub(super) fn status_ui(&mut self, ui: &mut egui::Ui) {
        // A message speaks of the document as it was when said ("Saved", "Opened"): after an
        // edit or an undo it no longer describes what is open, so it goes.
        if self.status.version != self.session.version() {
            self.status.text.clear();
        }
        if let Some(mode) = self.privacy.open_to_others {
            // Wrapped, so that a long file name in a narrow window still shows the button.
            ui.horizontal_wrapped(|ui| {
                ui.colored_label(
                    self.theme.warn(),
                    format!(
                        "Other accounts on this computer can read {} (mode {mode:o}).",
                        self.session.display_name()
                    ),
                );
                if ui
                    .button("Make it private")
                    .on_hover_text(
                        "Let only your account read and write it, and its backup; nothing \
                         else about the file changes",
                    )
                    .clicked()
                {
                    self.make_private();
                }
            });
        }
        ui.horizontal(|ui| {
            ui.label(self.session.display_name());
            ui.label("—");
            if self.session.is_dirty() {
                ui.colored_label(self.theme.warn(), "unsaved changes");
            } else if self.session.path.is_none() {
                ui.colored_label(self.theme.muted(), "not saved to a file");
            } else {
                ui.colored_label(self.theme.good(), "saved");
            }
            if !self.status.text.is_empty() {
                ui.label("·");
                let color = if self.status.is_error {
                    self.theme.bad()
                } else {
                    self.theme.muted()
                };
                ui.add(
                    egui::Label::new(egui::RichText::new(&self.status.text).color(color))
                        .truncate(),
                );
            }
        });
    }

    pub(super) fn changed_on_disk_ui(&mut self, ui: &mut egui::Ui) {
        let name = self.session.display_name();
        let deleted = self.file.on_disk == OnDisk::Deleted;
        ui.horizontal(|ui| {
            let what = if deleted {
                format!("{name} was deleted on disk.")
            } else {
                format!("{name} changed on disk.")
            };
            ui.colored_label(self.theme.warn(), what);
            if !deleted
                && ui
                    .button("Reload")
                    .on_hover_text(
                        "Open the newer copy from disk; unsaved changes here are kept as a \
                         recovery copy",
                    )
                    .clicked()
            {
                self.queue(Command::ReloadFromDisk);
            }
            let keep_tip = if deleted {
                "Keep this version open; saving writes the file again"
            } else {
                "Keep this version open; the next save replaces the copy on disk, which \
                 becomes the backup"
            };
            if ui.button("Keep mine").on_hover_text(keep_tip).clicked() {
                self.queue(Command::KeepMine);
            }
        });
    }

    pub(super) fn update_title(&mut self, ctx: &egui::Context) {
        let mark = if self.session.is_dirty() { " •" } else { "" };
        let title = format!("{}{mark} — Career Spec", self.session.display_name());
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}
