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
    /// Choose where to write the promotion packet for this target, in this format.
    ExportPacket(
        crate::analysis::packet::Target,
        crate::export::packet::Format,
    ),
}

/// What a dialog came back with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// The path chosen.
    Chosen(PathBuf),
    /// The person closed the dialog without choosing.
    Cancelled,
    /// No dialog could be shown: it came back at once, before anyone could have seen it.
    NoDialog,
}

impl From<Option<PathBuf>> for Answer {
    fn from(path: Option<PathBuf>) -> Self {
        path.map_or(Self::Cancelled, Self::Chosen)
    }
}

/// A dialog that answers sooner than this was never on screen: nobody cancels that fast.
const UNSEEN_SECS: f64 = 0.3;

/// Asks the person for a file.
pub trait Picker {
    /// Opens a dialog for this purpose, suggesting a file name where one is saved.
    fn request(&mut self, purpose: Purpose, suggested_name: &str, ctx: &egui::Context);
    /// The answer, once there is one.
    fn poll(&mut self) -> Option<(Purpose, Answer)>;
    /// Whether a dialog is open now.
    fn is_open(&self) -> bool;
}

/// Native dialogs through rfd, each on its own thread.
#[derive(Default)]
pub struct NativePicker {
    pending: Option<(Purpose, Receiver<Answer>)>,
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
                let asked = std::time::Instant::now();
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
                    Purpose::ExportPacket(_, format) => {
                        let (kind, extensions): (&str, &[&str]) = match format {
                            crate::export::packet::Format::Markdown => ("Markdown", &["md"]),
                            crate::export::packet::Format::Html => ("HTML", &["html", "htm"]),
                        };
                        dialog
                            .set_title(format!("Save the promotion packet as {kind}"))
                            .add_filter(kind, extensions)
                            .set_file_name(suggested_name)
                            .save_file()
                    }
                };
                // rfd says nothing when neither a desktop portal nor zenity could show the
                // dialog: an answer with no path that came at once is that, not a cancel.
                let answer = match chosen {
                    None if asked.elapsed().as_secs_f64() < UNSEEN_SECS => Answer::NoDialog,
                    chosen => Answer::from(chosen),
                };
                // The window may have closed meanwhile; then nobody waits for the answer.
                sender.send(answer).ok();
                ctx.request_repaint();
            });
        if spawned.is_ok() {
            self.pending = Some((purpose, receiver));
        }
    }

    fn poll(&mut self) -> Option<(Purpose, Answer)> {
        let (purpose, receiver) = self.pending.as_ref()?;
        match receiver.try_recv() {
            Ok(answer) => {
                let purpose = *purpose;
                self.pending = None;
                Some((purpose, answer))
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => None,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                let purpose = *purpose;
                self.pending = None;
                Some((purpose, Answer::NoDialog))
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
    /// The answers still to give, first first; none left is a cancelled dialog.
    pub answers: std::collections::VecDeque<Answer>,
    /// The purposes asked for so far.
    pub asked: Vec<Purpose>,
    ready: Option<(Purpose, Answer)>,
}

impl ScriptedPicker {
    /// A picker that gives these paths in turn; `None` is a cancelled dialog.
    pub fn answering(answers: impl IntoIterator<Item = Option<PathBuf>>) -> Self {
        Self::with_answers(answers.into_iter().map(Answer::from))
    }

    /// A picker that gives these answers in turn.
    pub fn with_answers(answers: impl IntoIterator<Item = Answer>) -> Self {
        Self {
            answers: answers.into_iter().collect(),
            ..Self::default()
        }
    }
}

impl Picker for ScriptedPicker {
    fn request(&mut self, purpose: Purpose, _suggested_name: &str, _ctx: &egui::Context) {
        self.asked.push(purpose);
        let answer = self.answers.pop_front().unwrap_or(Answer::Cancelled);
        self.ready = Some((purpose, answer));
    }

    fn poll(&mut self) -> Option<(Purpose, Answer)> {
        self.ready.take()
    }

    fn is_open(&self) -> bool {
        self.ready.is_some()
    }
}
