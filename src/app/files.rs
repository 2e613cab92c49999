//! The window's file handling: open, save, save as, export, reload, and the watch on the
//! open file for changes made by other programs. A failure says what happened and leaves the
//! open document as it was.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::picker::{Answer, Purpose};
use super::typed_path::{Decision as TypedDecision, TypedPath};
use super::watch::{OnDisk, Watcher};
use super::{CareerApp, then};
use crate::edit::Session;
use crate::export::Audience;
use crate::file::{self, Backup, Disk, LoadError, RealDisk, SaveError};
use crate::model::Document;
use crate::views::Command;

impl CareerApp {
    /// The file name Save As and the exports propose.
    pub(super) fn suggested_name(&self) -> String {
        match &self.session.path {
            Some(_) => self.session.display_name(),
            // Restored work kept beside a newer file is untitled but already has a name.
            None if Path::new(&self.session.untitled_name)
                .extension()
                .is_some_and(|e| e == "ron") =>
            {
                self.session.untitled_name.clone()
            }
            None => file_name_for(&self.session.doc.profile.name),
        }
    }

    /// Asks where to save the document.
    pub(super) fn ask_save_as(&mut self, ctx: &egui::Context) {
        self.picker
            .request(Purpose::SaveAs, &self.suggested_name(), ctx);
    }

    /// Asks where to write an export, proposing the spec's name ending in `ending` in place
    /// of `ron` ("md", "packet.html").
    pub(super) fn ask_export(&mut self, purpose: Purpose, ending: &str, ctx: &egui::Context) {
        let name = self.export_name(ending);
        self.picker.request(purpose, &name, ctx);
    }

    /// The spec's file name ending in `ending` in place of `ron`.
    fn export_name(&self, ending: &str) -> String {
        self.suggested_name().replace(".ron", &format!(".{ending}"))
    }

    /// Makes `session` the open one. The file it came from is watched from the next frame.
    pub(super) fn replace_session(&mut self, session: Session) {
        self.session = session;
        self.views = crate::views::Panels::default();
        self.packet = crate::views::packet::PacketPreview::default();
        self.file.watcher = None;
        self.file.on_disk = OnDisk::Same;
        self.file.backed_up = None;
    }

    /// Keeps the open document's unsaved edits as a recovery copy that the next launch
    /// offers, before something replaces them. Returns a note for the status line, or why
    /// they could not be kept.
    pub(super) fn set_aside_unsaved(&mut self) -> Result<&'static str, String> {
        if !self.session.is_dirty() {
            return Ok("");
        }
        match self.recovery.set_aside(
            &self.session.doc,
            self.session.path.as_deref(),
            self.session.disk_stamp,
        )? {
            Some(_) => Ok(
                " Your unsaved changes were kept as a recovery copy, offered the next \
                           time Career Spec starts.",
            ),
            None => Ok(" Your unsaved changes were dropped."),
        }
    }

    /// Opens a file now; on failure the open document stays as it was.
    pub(super) fn open_now(&mut self, path: &Path, ctx: &egui::Context) {
        match file::load_stamped(path) {
            Ok(loaded) => {
                self.replace_session(Session::from_file(loaded, path.to_owned()));
                self.watch(ctx);
                self.say(format!("Opened {}", path.display()));
                if let Err(e) = self.recent.add(path) {
                    self.complain(e);
                }
            }
            Err(e) => {
                if matches!(e, LoadError::Io(_)) && self.recent.paths().iter().any(|p| p == path) {
                    // A recent file that is gone: forget it, so the menu does not offer it again.
                    self.recent.remove(path).ok();
                }
                self.complain(then(
                    &format!(
                        "Could not open {}: {}",
                        path.display(),
                        e.lines().join("; ")
                    ),
                    "Nothing was changed.",
                ));
            }
        }
    }

    /// Watches the open file from its stamp as last read or written.
    pub(super) fn watch(&mut self, ctx: &egui::Context) {
        self.file.watcher = self
            .session
            .path
            .clone()
            .map(|path| Watcher::start(path, self.session.disk_stamp, self.file.interval, ctx));
        self.file.on_disk = OnDisk::Same;
    }

    /// Starts watching a file as soon as one is open, however it was opened, and takes in
    /// what the watch saw.
    pub(super) fn watch_step(&mut self, ctx: &egui::Context) {
        if self.file.watcher.is_none() && self.session.path.is_some() && self.screenshot.is_none() {
            self.watch(ctx);
        }
        if let Some(seen) = self.file.watcher.as_ref().map(Watcher::seen)
            && seen != OnDisk::Same
        {
            self.file.on_disk = seen;
        }
    }

    /// Keeps the version open over the one another program wrote (or deleted): the next save
    /// writes over it.
    pub(super) fn keep_mine(&mut self, ctx: &egui::Context) {
        let deleted = self.file.on_disk == OnDisk::Deleted;
        self.session.disk_stamp = self.session.path.as_deref().and_then(file::stamp);
        // The next save backs up the other program's version, whatever this session backed
        // up before.
        self.file.backed_up = None;
        self.watch(ctx);
        self.say(if deleted {
            "Kept your version; saving will write the file again."
        } else {
            "Kept your version; saving will replace the copy on disk and keep it as the backup."
        });
    }

    /// Saves to the current file, or asks where. Returns whether it saved.
    pub(super) fn save(&mut self, ctx: &egui::Context) -> bool {
        let Some(path) = self.session.path.clone() else {
            self.ask_save_as(ctx);
            return false;
        };
        // A file with comments a person wrote is asked about once: a save writes it anew.
        if let Some((line, _)) = self.session.comment {
            self.comment_question = Some(line);
            return false;
        }
        // The lock an import into this spec holds from reading it to writing it back: with
        // it held, no import lands between the look at the disk below and the save.
        let _lock = match file::SpecLock::try_take(&path) {
            Ok(Some(lock)) => Some(lock),
            Ok(None) => {
                self.complain(format!(
                    "{} is being written by another Career Spec (an import), so it was not \
                     saved; save again in a moment.",
                    self.session.display_name()
                ));
                return false;
            }
            // A folder that cannot be locked is saved as before, with the look at the disk.
            Err(_) => None,
        };
        if OnDisk::now(&path, self.session.disk_stamp) == OnDisk::Changed {
            self.file.on_disk = OnDisk::Changed;
            self.complain(format!(
                "{} changed on disk since it was opened, so it was not saved; reload it, or choose Keep mine and save again.",
                self.session.display_name()
            ));
            return false;
        }
        self.save_to(&path, ctx)
    }

    fn save_to(&mut self, path: &Path, ctx: &egui::Context) -> bool {
        let backup = if self.file.backed_up.as_deref() == Some(path) {
            Backup::KeepExisting
        } else {
            Backup::Replace
        };
        match file::save_stamped_with(&RealDisk, path, &self.session.doc, backup) {
            Ok(stamp) => {
                self.session.path = Some(path.to_owned());
                self.session.history.mark_saved();
                self.session.disk_stamp = Some(stamp);
                // Saved somewhere new, or over a file whose mode was kept: look again.
                self.privacy.checked = None;
                if file::backup_path(path).exists() {
                    self.file.backed_up = Some(path.to_owned());
                }
                self.watch(ctx);
                self.say(format!("Saved {}", path.display()));
                if let Err(e) = self.recent.add(path) {
                    self.complain(e);
                }
                true
            }
            Err(e @ (SaveError::ReadOnly(_) | SaveError::FolderNotWritable(_))) => {
                // The refusal says to use Save As: offer it at once.
                self.complain(format!("{e}."));
                self.ask_save_as(ctx);
                false
            }
            Err(e) if e.changed_the_disk() => {
                // The message says what changed and where the previous version is.
                self.complain(then(&e.to_string(), "Your changes are still open."));
                false
            }
            Err(e) => {
                self.complain(then(
                    &e.to_string(),
                    "Your changes are still open; nothing on disk was changed.",
                ));
                false
            }
        }
    }

    /// Writes what `render` makes of the document (Markdown, a calendar) for an audience to
    /// `path`, never over a career spec.
    fn export_to(
        &mut self,
        path: &Path,
        to: Audience,
        render: fn(&Document, NaiveDate, Audience) -> String,
    ) {
        let done = format!("Exported {} {}", path.display(), to.for_whom());
        self.write_output(path, |doc, today| render(doc, today, to), done);
    }

    /// Writes what `render` makes of the document to `path`, atomically and never over a
    /// career spec, and says `done` once written.
    fn write_output(
        &mut self,
        path: &Path,
        render: impl FnOnce(&Document, NaiveDate) -> String,
        done: String,
    ) {
        if let Some(refusal) = file::output_refusal(self.session.path.as_deref(), path) {
            self.complain(format!("{refusal}."));
            return;
        }
        let text = render(&self.session.doc, self.today);
        match RealDisk.write_atomic(path, text.as_bytes(), Backup::Replace) {
            Ok(()) => self.say(done),
            Err(e) => self.complain(format!("Could not export to {}: {e}", path.display())),
        }
    }

    /// Looks at who may read the open file whenever another file is open (or the same one
    /// saved), not every frame. Screenshots show the app as a first run does, without it.
    pub(super) fn privacy_step(&mut self) {
        if self.screenshot.is_some() || self.privacy.checked == self.session.path {
            return;
        }
        self.privacy.checked.clone_from(&self.session.path);
        self.privacy.open_to_others = self
            .session
            .path
            .as_deref()
            .and_then(file::private::readable_by_others);
    }

    /// The one-click answer to the notice: the open file (and its backup) made its owner's
    /// alone. Never done without the click.
    pub(super) fn make_private(&mut self) {
        let Some(path) = self.session.path.clone() else {
            return;
        };
        match file::private::restrict(&path) {
            Ok(()) => {
                self.privacy.open_to_others = file::private::readable_by_others(&path);
                self.say(format!(
                    "{} (and its backup) can now be read by your account alone.",
                    self.session.display_name()
                ));
            }
            Err(e) => self.complain(format!(
                "Could not change who may read {}: {e}",
                path.display()
            )),
        }
    }

    /// Takes the answer of a file dialog, if one came. Where no dialog could be shown, the
    /// path is asked for in the window instead.
    pub(super) fn handle_picked(&mut self, ctx: &egui::Context) {
        let Some((purpose, answer)) = self.picker.poll() else {
            return;
        };
        match answer {
            Answer::Chosen(path) => self.use_path(purpose, path, ctx),
            Answer::Cancelled => self.cancel_pick(),
            Answer::NoDialog => {
                let proposal = self.proposed_path(purpose);
                self.typed_path = Some(TypedPath::new(purpose, &proposal));
            }
        }
    }

    /// A pick that ended with no path.
    fn cancel_pick(&mut self) {
        self.after_save_as = None;
        self.say("Cancelled; nothing was changed.");
    }

    /// Where a typed path starts: the open file's folder (or the home folder) and, for a file
    /// to write, the name a dialog would have proposed.
    fn proposed_path(&self, purpose: Purpose) -> PathBuf {
        let folder = self
            .session
            .path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .or_else(|| directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf()))
            .unwrap_or_default();
        let name = match purpose {
            Purpose::Open | Purpose::Import => return folder,
            Purpose::SaveAs => self.suggested_name(),
            Purpose::Export(_) => self.export_name("md"),
            Purpose::ExportCalendar(_) => self.export_name("ics"),
            Purpose::ExportPacket(_, format) => {
                self.export_name(&format!("packet.{}", format.extension()))
            }
        };
        folder.join(name)
    }

    /// The question before the first save over a file with comments: saving writes the
    /// document anew, without them, and keeps the commented version as the backup.
    pub(super) fn comment_ui(&mut self, ctx: &egui::Context) {
        let Some(line) = self.comment_question else {
            return;
        };
        let name = self.session.display_name();
        let backup = self
            .session
            .path
            .as_deref()
            .map(file::backup_path)
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_default();
        let mut decision = None;
        egui::Modal::new(egui::Id::unique("comments dropped")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading("Save without your comments?");
            ui.label(format!(
                "{name} has comments you wrote (the first on line {line}). Career Spec writes \
                 the file anew when it saves, and comments are not kept. The version with \
                 them stays beside it as {backup}."
            ));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Save without comments").clicked() {
                    decision = Some(true);
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    decision = Some(false);
                }
            });
        });
        match decision {
            Some(true) => {
                self.comment_question = None;
                self.session.comment = None;
                self.save(ctx);
            }
            Some(false) => {
                self.comment_question = None;
                self.say("Not saved; the file and its comments are as they were.");
            }
            None => {}
        }
    }

    /// The question for a path where no dialog could be shown.
    pub(super) fn typed_path_ui(&mut self, ctx: &egui::Context) {
        let Some(question) = self.typed_path.as_mut() else {
            return;
        };
        let purpose = question.purpose;
        match question.show(ctx) {
            Some(TypedDecision::Use(path)) => {
                self.typed_path = None;
                self.use_path(purpose, path, ctx);
            }
            Some(TypedDecision::Cancel) => {
                self.typed_path = None;
                self.cancel_pick();
            }
            None => {}
        }
    }

    /// Does what a dialog for `purpose` was asked for, with the path it gave.
    fn use_path(&mut self, purpose: Purpose, path: PathBuf, ctx: &egui::Context) {
        match purpose {
            Purpose::Open => self.open_now(&path, ctx),
            Purpose::SaveAs => {
                let path = with_extension(path, "ron");
                if let Some(refusal) =
                    file::guard::save_as_refusal(self.session.path.as_deref(), &path)
                {
                    self.after_save_as = None;
                    self.complain(format!("{refusal}."));
                    return;
                }
                if self.save_to(&path, ctx)
                    && let Some(then) = self.after_save_as.take()
                {
                    self.proceed(then, ctx);
                }
            }
            Purpose::Export(to) => {
                self.export_to(&with_extension(path, "md"), to, crate::export::markdown_for);
            }
            Purpose::ExportCalendar(to) => {
                self.export_to(
                    &with_extension(path, "ics"),
                    to,
                    crate::export::calendar::ics_for,
                );
            }
            Purpose::ExportPacket(target, format) => {
                let path = with_extension(path, format.extension());
                let done = format!("Saved the promotion packet to {}", path.display());
                self.write_output(&path, |doc, today| format.render(doc, target, today), done);
            }
            Purpose::Import => self.import_from(&path),
        }
    }

    /// Reads an export and opens its preview; nothing changes until the person confirms.
    fn import_from(&mut self, path: &Path) {
        match crate::import::linkedin::read_file(path) {
            Ok(export) => {
                let plan = crate::import::plan(&self.session.doc, &export, self.today);
                let mut source = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                // An export saved in another encoding is read, and said to be.
                for (name, encoding) in &export.encodings {
                    source = format!("{source} ({name} read as {encoding} text)");
                }
                self.import = Some(crate::views::import::ImportPreview { source, plan });
            }
            Err(e) => self.complain(format!("Could not import {}: {e}", path.display())),
        }
    }

    /// Reads the open file again. Unsaved edits are set aside as a recovery copy first, so
    /// a reload never loses them; a file that cannot be read leaves everything as it was.
    pub(super) fn reload_now(&mut self) {
        let Some(path) = self.session.path.clone() else {
            return;
        };
        let loaded = match file::load_stamped(&path) {
            Ok(loaded) => loaded,
            Err(e) => {
                self.complain(then(
                    &format!(
                        "Could not reload {}: {}",
                        path.display(),
                        e.lines().join("; ")
                    ),
                    "Your version is still open.",
                ));
                return;
            }
        };
        match self.set_aside_unsaved() {
            Ok(note) => {
                self.replace_session(Session::from_file(loaded, path.clone()));
                self.say(format!("Reloaded {}.{note}", path.display()));
            }
            Err(e) => self.complain(then(
                &e,
                "Nothing was reloaded; your changes are still open.",
            )),
        }
    }

    /// A file dropped on the window opens, as File > Open would.
    pub(super) fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Option<PathBuf> =
            ctx.input(|i| i.raw.dropped_files.first().map(|f| f.path().to_owned()));
        if let Some(path) = dropped {
            self.queue(Command::OpenPath(path));
        }
    }
}

/// The file name Save As proposes for a spec not saved yet: the person's name, so that a
/// mentor holding several specs can tell them apart ("Priya Raman" gives
/// "priya-raman-career.ron").
fn file_name_for(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        "career.ron".to_owned()
    } else {
        format!("{}-career.ron", words.join("-"))
    }
}

fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(extension)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn save_as_proposes_a_name_from_the_person() {
        assert_eq!(
            super::file_name_for("Priya Raman"),
            "priya-raman-career.ron"
        );
        assert_eq!(
            super::file_name_for("  José  O'Neil "),
            "josé-o-neil-career.ron"
        );
        assert_eq!(super::file_name_for(""), "career.ron");
        assert_eq!(super::file_name_for("🚀"), "career.ron");
    }
}
