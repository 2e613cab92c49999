//! Native file dialogs, on their own thread so the window keeps repainting while one is
//! open. Every dialog goes through [`Picker`], so tests answer them without a real dialog.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};

/// What a dialog is for; the answer comes back with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Choose a career spec to open.
    Open,
    /// Choose where to save the career spec.
    SaveAs,
    /// Choose where to write the Markdown export for this audience.
    Export(crate::export::Audience),
    /// Choose a LinkedIn data export to import.
    Import,
    /// Choose where to write the calendar of the plan's dates for this audience.
    ExportCalendar(crate::export::Audience),
}

/// Asks the person for a file.
pub trait Picker {
    /// Opens a dialog for this purpose, suggesting a file name where one is saved.
    fn request(&mut self, purpose: Purpose, suggested_name: &str, ctx: &egui::Context);
    /// The answer, once there is one: the path chosen, or `None` when cancelled.
    fn poll(&mut self) -> Option<(Purpose, Option<PathBuf>)>;
    /// Whether a dialog is open now.
    fn is_open(&self) -> bool;
}

/// Native dialogs through rfd, each on its own thread.
#[derive(Default)]
pub struct NativePicker {
    pending: Option<(Purpose, Receiver<Option<PathBuf>>)>,
}

impl Picker for NativePicker {
    fn request(&mut self, purpose: Purpose, suggested_name: &str, ctx: &egui::Context) {
        if self.pending.is_some() {
            return;
        }
        let (sender, receiver) = channel();
        let ctx = ctx.clone();
        let suggested_name = suggested_name.to_owned();
        let spawned = std::thread::Builder::new()
            .name("file dialog".to_owned())
            .spawn(move || {
                let dialog = rfd::FileDialog::new();
                let chosen = match purpose {
                    Purpose::Open => dialog
                        .set_title("Open a career spec")
                        .add_filter("Career spec", &["ron"])
                        .pick_file(),
                    Purpose::SaveAs => dialog
                        .set_title("Save the career spec")
                        .add_filter("Career spec", &["ron"])
                        .set_file_name(suggested_name)
                        .save_file(),
                    Purpose::Export(to) => dialog
                        .set_title(format!("Export as Markdown {}", to.for_whom()))
                        .add_filter("Markdown", &["md"])
                        .set_file_name(suggested_name)
                        .save_file(),
                    Purpose::Import => dialog
                        .set_title("Import your LinkedIn data export")
                        .add_filter("LinkedIn export", &["zip", "csv"])
                        .pick_file(),
                    Purpose::ExportCalendar(to) => dialog
                        .set_title(format!(
                            "Export the plan's dates as a calendar {}",
                            to.for_whom()
                        ))
                        .add_filter("iCalendar", &["ics"])
                        .set_file_name(suggested_name)
                        .save_file(),
                };
                // The window may have closed meanwhile; then nobody waits for the answer.
                sender.send(chosen).ok();
                ctx.request_repaint();
            });
        if spawned.is_ok() {
            self.pending = Some((purpose, receiver));
        }
    }

    fn poll(&mut self) -> Option<(Purpose, Option<PathBuf>)> {
        let (purpose, receiver) = self.pending.as_ref()?;
        match receiver.try_recv() {
            Ok(path) => {
                let purpose = *purpose;
                self.pending = None;
                Some((purpose, path))
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => None,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                let purpose = *purpose;
                self.pending = None;
                Some((purpose, None))
            }
        }
    }

    fn is_open(&self) -> bool {
        self.pending.is_some()
    }
}

/// Answers dialogs from a script, for tests: each request takes the next answer.
#[derive(Default)]
pub struct ScriptedPicker {
    /// The answers still to give, first first; `None` is a cancelled dialog.
    pub answers: std::collections::VecDeque<Option<PathBuf>>,
    /// The purposes asked for so far.
    pub asked: Vec<Purpose>,
    ready: Option<(Purpose, Option<PathBuf>)>,
}

impl ScriptedPicker {
    /// A picker that gives these answers in turn.
    pub fn answering(answers: impl IntoIterator<Item = Option<PathBuf>>) -> Self {
        Self {
            answers: answers.into_iter().collect(),
            ..Self::default()
        }
    }
}

impl Picker for ScriptedPicker {
    fn request(&mut self, purpose: Purpose, _suggested_name: &str, _ctx: &egui::Context) {
        self.asked.push(purpose);
        let answer = self.answers.pop_front().flatten();
        self.ready = Some((purpose, answer));
    }

    fn poll(&mut self) -> Option<(Purpose, Option<PathBuf>)> {
        self.ready.take()
    }

    fn is_open(&self) -> bool {
        self.ready.is_some()
    }
}
