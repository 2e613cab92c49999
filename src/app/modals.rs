//! The questions the window asks before it goes on: unsaved changes before they would be
//! lost, a reload over unsaved edits, and work a crashed window left behind.

use std::path::{Path, PathBuf};

use super::new_spec::{Decision, NewSpec};
use super::picker::Purpose;
use super::recovery::LeftBehind;
use super::watch::OnDisk;
use super::{CareerApp, SAMPLE_NOTE, then};
use crate::edit::Session;
use crate::model::Document;
use crate::views::export::ExportKind;

/// What to do once the unsaved-changes question is answered.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Then {
    New,
    OpenDialog,
    OpenPath(PathBuf),
    OpenSample,
    Quit,
    /// Read the file again from disk, dropping the unsaved edits (set aside as a copy).
    Reload,
}

/// The answers to the unsaved-changes question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Answer {
    Save,
    Discard,
    Cancel,
}

impl CareerApp {
    /// Runs `then` now if nothing would be lost, or asks first.
    pub(super) fn guard(&mut self, then: Then, ctx: &egui::Context) {
        if self.session.is_dirty() && self.screenshot.is_none() {
            self.confirm = Some(then);
        } else {
            self.proceed(then, ctx);
        }
    }

    pub(super) fn proceed(&mut self, then: Then, ctx: &egui::Context) {
        match then {
            // A new spec first asks the person's currency: every total of money is in it.
            Then::New => {
                self.new_spec = Some(NewSpec::new(self.currency_proposal.as_deref()));
            }
            Then::OpenDialog => self.picker.request(super::picker::Purpose::Open, "", ctx),
            Then::OpenPath(path) => self.open_now(&path, ctx),
            Then::OpenSample => {
                self.replace_session(Session::sample());
                self.say(SAMPLE_NOTE);
            }
            Then::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Then::Reload => self.reload_now(),
        }
    }

    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested())
            && !self.allow_close
            && self.session.is_dirty()
            && self.screenshot.is_none()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.confirm = Some(Then::Quit);
        }
    }

    /// Reloads now when nothing would be lost, or asks first.
    pub(super) fn guard_reload(&mut self) {
        if self.session.is_dirty() {
            self.confirm = Some(Then::Reload);
        } else {
            self.reload_now();
        }
    }

    /// The question before a reload drops unsaved edits. Saving is not offered: it would
    /// replace the newer file on disk.
    fn confirm_reload_ui(&mut self, ctx: &egui::Context) {
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("reload over unsaved changes")).show(ctx, |ui| {
            ui.set_max_width(400.0);
            ui.heading("Reload from disk?");
            ui.label(format!(
                "Reloading {} drops the unsaved changes here. They are kept as a recovery copy, \
                 offered the next time Career Spec starts.",
                self.session.display_name()
            ));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Reload and set mine aside").clicked() {
                    answer = Some(true);
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    answer = Some(false);
                }
            });
        });
        match answer {
            Some(true) => {
                self.confirm = None;
                self.reload_now();
            }
            Some(false) => self.confirm = None,
            None => {}
        }
    }

    pub(super) fn confirm_ui(&mut self, ctx: &egui::Context) {
        let Some(then) = self.confirm.clone() else {
            return;
        };
        let doing = match &then {
            Then::New => "starting a new spec",
            Then::OpenDialog | Then::OpenPath(_) | Then::OpenSample => "opening another",
            Then::Quit => "quitting",
            Then::Reload => return self.confirm_reload_ui(ctx),
        };
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("unsaved changes")).show(ctx, |ui| {
            ui.set_max_width(380.0);
            ui.heading("Unsaved changes");
            ui.label(format!(
                "Save the changes to {} before {doing}?",
                self.session.display_name()
            ));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let save = ui.button("Save");
                if ui.memory(|m| m.focused().is_none()) {
                    save.request_focus();
                }
                if save.clicked() {
                    answer = Some(Answer::Save);
                }
                if ui.button("Discard").clicked() {
                    answer = Some(Answer::Discard);
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    answer = Some(Answer::Cancel);
                }
            });
        });
        match answer {
            Some(Answer::Save) => {
                self.confirm = None;
                if self.session.path.is_some() {
                    if self.save(ctx) {
                        self.proceed(then, ctx);
                    } else if self.picker.is_open() {
                        // A read-only file: the save went on to Save As, and then this.
                        self.after_save_as = Some(then);
                    }
                } else {
                    self.after_save_as = Some(then);
                    self.ask_save_as(ctx);
                }
            }
            Some(Answer::Discard) => {
                self.confirm = None;
                self.proceed(then, ctx);
            }
            Some(Answer::Cancel) => self.confirm = None,
            None => {}
        }
    }

    pub(super) fn restore_ui(&mut self, ctx: &egui::Context) {
        let Some(left) = self.offers.front() else {
            return;
        };
        let recovered = &left.recovered;
        let name = recovered
            .original
            .as_deref()
            .and_then(Path::file_name)
            .map_or_else(
                || "an untitled spec".to_owned(),
                |n| n.to_string_lossy().into_owned(),
            );
        let when = recovered
            .modified
            .map(|t| {
                chrono::DateTime::<chrono::Local>::from(t)
                    .format(", last edited %Y-%m-%d %H:%M,")
                    .to_string()
            })
            .unwrap_or_default();
        let on_disk = recovered
            .original
            .as_deref()
            .map_or(OnDisk::Same, |p| OnDisk::now(p, recovered.original_stamp));
        let count = if self.offers.len() > 1 {
            format!(" ({} more after this)", self.offers.len() - 1)
        } else {
            String::new()
        };
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("restore unsaved work")).show(ctx, |ui| {
            ui.set_max_width(440.0);
            ui.heading("Restore unsaved work?");
            ui.label(format!(
                "A Career Spec window did not close cleanly. Unsaved changes to {name}{when} were kept{count}."
            ));
            // The file as it was: nothing more to say, and no empty line before the buttons.
            match on_disk {
                OnDisk::Changed => {
                    ui.label(format!(
                        "{name} has changed on disk since, so restoring onto it would replace \
                         the newer version. Keep both: restore your work and save it under \
                         another name."
                    ));
                }
                OnDisk::Deleted => {
                    ui.label(format!(
                        "{name} is no longer on disk; saving the restored work writes it again."
                    ));
                }
                OnDisk::Same => {}
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let restore = ui.button(if on_disk == OnDisk::Changed {
                    "Keep both…"
                } else {
                    "Restore"
                });
                // Enter restores: the keyboard alone answers the question.
                if ui.memory(|m| m.focused().is_none()) {
                    restore.request_focus();
                }
                if restore.clicked() {
                    answer = Some(true);
                }
                if ui.button("Discard them").clicked() {
                    answer = Some(false);
                }
            });
        });
        let Some(restore) = answer else {
            return;
        };
        let Some(left) = self.offers.pop_front() else {
            return;
        };
        if restore {
            self.restore(left, on_disk == OnDisk::Changed, ctx);
        } else {
            left.remove();
            self.say(format!("Discarded the unsaved changes to {name}."));
        }
    }

    /// Opens work a crashed window left. Onto its file when that is as the work left it (or
    /// gone); as an untitled document saved under another name when the file changed since.
    /// The old copy is removed only once the work is in this window's own copy.
    fn restore(&mut self, left: LeftBehind, keep_both: bool, ctx: &egui::Context) {
        let name = left
            .recovered
            .original
            .as_deref()
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy().into_owned());
        // Work already open and unsaved (an earlier restore) is kept, not replaced.
        let note = match self.set_aside_unsaved() {
            Ok(note) => note,
            Err(e) => {
                self.complain(then(&e, "Nothing was restored; the copy is kept."));
                return;
            }
        };
        let recovered = &left.recovered;
        let mut session = match (&recovered.original, keep_both) {
            (Some(path), false) => {
                // The version the work began from, so that saving over anything else asks.
                Session::opened(
                    recovered.doc.clone(),
                    path.clone(),
                    recovered.original_stamp,
                )
            }
            (original, _) => {
                let mut session = Session::untitled(recovered.doc.clone());
                if let Some(stem) = original.as_deref().and_then(Path::file_stem) {
                    session.untitled_name = format!("{}-restored.ron", stem.to_string_lossy());
                }
                session
            }
        };
        // Restored work is unsaved work until the person saves it.
        session.history = crate::edit::History::unsaved();
        self.replace_session(session);
        let kept = match self.copy_timer.write_now(&mut self.recovery, &self.session) {
            Ok(()) => {
                left.remove();
                true
            }
            // The old copy stays on disk (and is offered again next time) until this window
            // holds the work in a copy of its own.
            Err(e) => {
                self.complain(e);
                false
            }
        };
        let name = name.unwrap_or_else(|| "an untitled spec".to_owned());
        if keep_both {
            if kept {
                self.say(format!(
                    "Restored your changes to {name} beside the newer file: choose where to save them.{note}"
                ));
            }
            self.ask_save_as(ctx);
        } else if kept {
            self.say(format!(
                "Restored unsaved changes to {name}. Save to keep them.{note}"
            ));
        }
    }

    /// The question File > New asks, then the new spec in the currency given.
    pub(super) fn new_spec_ui(&mut self, ctx: &egui::Context) {
        let Some(question) = self.new_spec.as_mut() else {
            return;
        };
        match question.show(ctx) {
            Some(Decision::Create(currency)) => {
                self.new_spec = None;
                let mut doc = Document::new_empty(self.today);
                doc.rules.money.home_currency = Some(currency);
                self.replace_session(Session::untitled(doc));
                self.say("New career spec. Start with your north star on the Spec panel.");
            }
            Some(Decision::Cancel) => {
                self.new_spec = None;
                self.say("No new spec started.");
            }
            None => {}
        }
    }

    /// The question whom an export is for, then the dialog for where to write it.
    pub(super) fn export_ui(&mut self, ctx: &egui::Context) {
        let Some(choice) = self.export.as_mut() else {
            return;
        };
        let Some(decision) = choice.show(ctx, &self.session.doc) else {
            return;
        };
        let kind = choice.kind;
        self.export = None;
        match decision {
            crate::views::export::Decision::Write(to) => match kind {
                ExportKind::Markdown => self.ask_export(Purpose::Export(to), "md", ctx),
                ExportKind::Calendar => self.ask_export(Purpose::ExportCalendar(to), "ics", ctx),
            },
            crate::views::export::Decision::Cancel => {
                self.say("Export cancelled; nothing was written.");
            }
        }
    }

    /// The promotion packet's preview, and what the person asked of it: a save goes through
    /// the dialog and the export path, a link opens its item on its panel.
    pub(super) fn packet_ui(&mut self, ctx: &egui::Context) {
        let decision = self.packet.show(
            ctx,
            &self.session.doc,
            self.session.version(),
            self.today,
            &self.theme,
        );
        match decision {
            Some(crate::views::packet::Decision::Save(format)) => {
                let purpose = Purpose::ExportPacket(self.packet.target, format);
                self.ask_export(purpose, &format!("packet.{}", format.extension()), ctx);
            }
            Some(crate::views::packet::Decision::Show(panel, item)) => {
                self.queue(crate::views::Command::Show(panel, Some(item)));
            }
            Some(crate::views::packet::Decision::Close) | None => {}
        }
    }

    /// The import preview, and what the person decided in it: all of it lands as one step.
    pub(super) fn import_ui(&mut self, ctx: &egui::Context) {
        let Some(preview) = self.import.as_mut() else {
            return;
        };
        match preview.show(ctx) {
            Some(crate::views::import::Decision::Add) => {
                let summary = preview.plan.summary();
                if let Some(refusal) =
                    crate::import::fits::refusal(&self.session.doc, &preview.plan)
                {
                    // The preview stays open: the person may leave rows out and add again.
                    self.complain(format!("Cannot add the import: {refusal}."));
                    return;
                }
                if let Some(edit) = preview.plan.edit(&self.session.doc) {
                    self.session.apply(&edit, None, ctx.input(|i| i.time));
                    self.session.seal();
                }
                self.import = None;
                self.say(format!("Imported {summary}."));
            }
            Some(crate::views::import::Decision::Cancel) => {
                self.import = None;
                self.say("Import cancelled; nothing was changed.");
            }
            None => {}
        }
    }
}
