//! The eframe shell around the views, split by concern as the window is: file handling
//! ([`files`]), the menus, navigation and status line ([`chrome`]), the questions asked in
//! modal dialogs ([`modals`]), crash recovery and screenshot mode. Menus, shortcuts and views
//! all queue a [`Command`]; the queue runs once a frame, after everything is drawn. Everything
//! that changes the document still goes through the views' outbox and the session.

mod chrome;
mod files;
mod modals;
mod new_spec;
pub mod picker;
pub mod recent;
pub mod recovery;
pub mod screenshot;
mod typed_path;
pub mod watch;
pub mod window;

use std::collections::VecDeque;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::edit::{DocVersion, ItemRef, Session};
use crate::model::Document;
use crate::views::export::{ExportChoice, ExportKind};
use crate::views::standalone::{WindowLayout, show_view};
use crate::views::theme::Theme;
use crate::views::{Command, Panel, Panels};
use modals::Then;
use picker::Picker;
use recent::RecentFiles;
use recovery::{CopyStep, CopyTimer, LeftBehind, Recovery};
use screenshot::{Screenshot, ScreenshotPlan};
use watch::{OnDisk, Watcher};

pub use new_spec::FIELD as NEW_SPEC_FIELD;

/// The note shown when the sample opens on a first launch.
pub const SAMPLE_NOTE: &str =
    "This is a sample career spec to explore. File > New starts your own.";

/// How the app starts: what it needs from the outside world.
pub struct AppConfig {
    /// Today's date.
    pub today: NaiveDate,
    /// How file dialogs are answered.
    pub picker: Box<dyn Picker>,
    /// Recently opened files.
    pub recent: RecentFiles,
    /// Write a PNG of the window (and its text) and close, for `--screenshot`.
    pub screenshot: Option<ScreenshotPlan>,
    /// The look asked for (dark or not); none to take the one kept from the last run.
    pub dark: Option<bool>,
    /// The panel asked for; none to take the one kept from the last run.
    pub panel: Option<Panel>,
    /// Whether the promotion packet's preview opens at once.
    pub packet: bool,
    /// Where unsaved work is copied in case the app does not exit cleanly.
    pub recovery: Recovery,
    /// How often the open file is looked at for changes made by other programs.
    pub watch_interval: std::time::Duration,
    /// The currency File > New proposes: the locale's, when it names one.
    pub currency_proposal: Option<String>,
    /// How the locale writes a decimal, which number fields read.
    pub decimal_mark: crate::model::number::DecimalMark,
}

impl AppConfig {
    /// A configuration for tests: scripted dialogs, no recent files kept on disk.
    pub fn for_tests(today: NaiveDate, picker: picker::ScriptedPicker) -> Self {
        Self {
            today,
            picker: Box::new(picker),
            recent: RecentFiles::in_memory(),
            screenshot: None,
            dark: None,
            panel: None,
            packet: false,
            recovery: Recovery::disabled(),
            // Short, so that a test sees a change on disk within a few frames.
            watch_interval: std::time::Duration::from_millis(20),
            currency_proposal: None,
            decimal_mark: crate::model::number::DecimalMark::Point,
        }
    }
}

/// The status line's message, and the document it was said about: once the document
/// changes, the message no longer describes it.
#[derive(Debug, Default)]
struct Status {
    text: String,
    is_error: bool,
    version: DocVersion,
}

/// The open file as the window keeps an eye on it.
struct FileWatch {
    watcher: Option<Watcher>,
    interval: std::time::Duration,
    /// What the last look at the file found.
    on_disk: OnDisk,
    /// The file whose backup this session already made: later saves keep that backup, so it
    /// stays the version from before the session's first save.
    backed_up: Option<PathBuf>,
}

/// The whole app.
pub struct CareerApp {
    session: Session,
    panel: Panel,
    views: Panels,
    picker: Box<dyn Picker>,
    recent: RecentFiles,
    today: NaiveDate,
    theme: Theme,
    status: Status,
    layout: WindowLayout,
    navigation: egui::Rect,
    /// What menus, shortcuts and views asked for this frame, run once it is drawn.
    commands: Vec<Command>,
    /// What waits for the answer to the unsaved-changes question.
    confirm: Option<Then>,
    /// What waits for a Save As to succeed.
    after_save_as: Option<Then>,
    file: FileWatch,
    allow_close: bool,
    screenshot: Option<Screenshot>,
    title: String,
    frames: u64,
    recovery: Recovery,
    copy_timer: CopyTimer,
    /// Copies left by windows that did not close cleanly, offered one after another.
    offers: VecDeque<LeftBehind>,
    /// An import waiting for the person to review it.
    import: Option<crate::views::import::ImportPreview>,
    /// An export waiting for the person to say whom it is for.
    export: Option<crate::views::export::ExportChoice>,
    /// The promotion packet's preview, and the target last picked in it.
    packet: crate::views::packet::PacketPreview,
    /// Whether the open file can be read by other accounts, as last looked at.
    privacy: Privacy,
    /// The currency File > New proposes.
    currency_proposal: Option<String>,
    /// File > New waiting for the person's currency.
    new_spec: Option<new_spec::NewSpec>,
    /// A path asked for in the window, where no file dialog could be shown.
    typed_path: Option<typed_path::TypedPath>,
    /// The first save over a file with comments, waiting for the person: the line of the
    /// first comment.
    comment_question: Option<usize>,
    /// How the locale writes a decimal.
    decimal_mark: crate::model::number::DecimalMark,
}

/// What the window last found about who may read the open file.
#[derive(Debug, Default)]
struct Privacy {
    /// The file looked at; a different file open is looked at again.
    checked: Option<PathBuf>,
    /// Its mode, when accounts other than its owner can read it.
    open_to_others: Option<u32>,
}

impl CareerApp {
    /// Starts with a document: the file given, else the most recent file, else the sample.
    pub fn start(file: Option<&Path>, mut config: AppConfig) -> Self {
        let recent = config.recent.paths().first().cloned();
        let (session, status, is_error) = match file.or(recent.as_deref()) {
            Some(path) => match crate::file::load_stamped(path) {
                Ok(loaded) => {
                    if let Err(e) = config.recent.add(path) {
                        crate::say_error!("{e}");
                    }
                    (
                        Session::from_file(loaded, path.to_owned()),
                        format!("Opened {}", path.display()),
                        false,
                    )
                }
                Err(e) => (
                    Session::sample(),
                    then(
                        &format!("Could not open {}: {e}", path.display()),
                        "Showing the sample instead.",
                    ),
                    true,
                ),
            },
            None => (Session::sample(), SAMPLE_NOTE.to_owned(), false),
        };
        let mut app = Self::new(session, config);
        if is_error {
            app.complain(status);
        } else {
            app.say(status);
        }
        app.offers = app.recovery.left_behind().into();
        app
    }

    /// An app with this session open.
    pub fn new(session: Session, config: AppConfig) -> Self {
        let mut app = Self {
            session,
            panel: config.panel.unwrap_or(Panel::Spec),
            views: Panels::default(),
            picker: config.picker,
            recent: config.recent,
            today: config.today,
            theme: if config.dark == Some(true) {
                Theme::DARK
            } else {
                Theme::LIGHT
            },
            status: Status::default(),
            layout: WindowLayout::default(),
            navigation: egui::Rect::NOTHING,
            commands: Vec::new(),
            confirm: None,
            after_save_as: None,
            file: FileWatch {
                watcher: None,
                interval: config.watch_interval,
                on_disk: OnDisk::Same,
                backed_up: None,
            },
            allow_close: false,
            screenshot: config.screenshot.map(Screenshot::new),
            title: String::new(),
            frames: 0,
            recovery: config.recovery,
            copy_timer: CopyTimer::default(),
            offers: VecDeque::new(),
            import: None,
            export: None,
            packet: crate::views::packet::PacketPreview::new(config.packet),
            privacy: Privacy::default(),
            currency_proposal: config.currency_proposal,
            new_spec: None,
            typed_path: None,
            comment_question: None,
            decimal_mark: config.decimal_mark,
        };
        if let Some(selection) = app.screenshot.as_ref().and_then(Screenshot::selection) {
            app.views.get(selection.panel()).select(selection.item());
        }
        app
    }

    /// The open document.
    pub fn doc(&self) -> &Document {
        &self.session.doc
    }

    /// The open session: document, path, history.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The status line's message.
    pub fn status(&self) -> &str {
        &self.status.text
    }

    /// The panel shown.
    pub fn panel(&self) -> Panel {
        self.panel
    }

    /// Shows a panel, with an item selected in its inspector.
    pub fn show(&mut self, panel: Panel, item: Option<ItemRef>) {
        self.panel = panel;
        if let Some(item) = item {
            self.views.get(panel).select(item);
        }
    }

    /// Where years and lanes were on the portfolio's chart in the last frame it was drawn.
    pub fn portfolio_transform(&self) -> Option<&egui_plot::PlotTransform> {
        self.views.portfolio.chart_transform()
    }

    /// Whether the dark look is on.
    pub fn is_dark(&self) -> bool {
        self.theme.dark
    }

    /// Where the navigation, the panel and the inspector were drawn in the last frame.
    pub fn layout(&self) -> (egui::Rect, WindowLayout) {
        (self.navigation, self.layout)
    }

    /// Sets the inspector's width, as kept from the last run.
    pub fn set_inspector_width(&mut self, width: f32) {
        self.layout.inspector_width = width;
    }

    /// The title the window shows: the file name, an unsaved mark, the app.
    pub fn title(&self) -> &str {
        &self.title
    }

    fn say(&mut self, message: impl Into<String>) {
        self.status = Status {
            text: message.into(),
            is_error: false,
            version: self.session.version(),
        };
    }

    fn complain(&mut self, message: impl Into<String>) {
        self.status = Status {
            text: message.into(),
            is_error: true,
            version: self.session.version(),
        };
    }

    /// Queues a command, to run once this frame is drawn.
    pub fn queue(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Runs every queued command, in the order it was queued.
    fn run_commands(&mut self, ctx: &egui::Context) {
        let commands = std::mem::take(&mut self.commands);
        if commands.is_empty() {
            return;
        }
        for command in commands {
            self.run(command, ctx);
        }
        // The frame on screen was drawn before they ran: draw what they did.
        ctx.request_repaint();
    }

    /// Whether the command has anything to do now: the banner's two answers only while the
    /// file on disk is not the one open.
    fn can_run(&self, command: &Command) -> bool {
        match command {
            Command::ReloadFromDisk => self.file.on_disk == OnDisk::Changed,
            Command::KeepMine => self.file.on_disk != OnDisk::Same,
            _ => true,
        }
    }

    /// Does what a menu entry, a shortcut or a panel asks.
    fn run(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::New => self.guard(Then::New, ctx),
            Command::Open => self.guard(Then::OpenDialog, ctx),
            Command::OpenPath(path) => self.guard(Then::OpenPath(path), ctx),
            Command::OpenSample => self.guard(Then::OpenSample, ctx),
            Command::Save => {
                self.save(ctx);
            }
            Command::SaveAs => self.ask_save_as(ctx),
            // From a shortcut, these come whatever is on disk.
            Command::ReloadFromDisk if self.can_run(&command) => self.guard_reload(),
            Command::KeepMine if self.can_run(&command) => self.keep_mine(ctx),
            Command::ReloadFromDisk | Command::KeepMine => {}
            Command::ExportMarkdown => {
                self.export = Some(ExportChoice::new(ExportKind::Markdown));
            }
            Command::ImportLinkedIn => self.picker.request(picker::Purpose::Import, "", ctx),
            Command::ExportCalendar => {
                self.export = Some(ExportChoice::new(ExportKind::Calendar));
            }
            Command::PromotionPacket => self.packet.open = true,
            Command::Quit => self.guard(Then::Quit, ctx),
            Command::Undo => {
                if self.session.history.undo(&mut self.session.doc) {
                    self.say("Undone");
                }
            }
            Command::Redo => {
                if self.session.history.redo(&mut self.session.doc) {
                    self.say("Redone");
                }
            }
            Command::Show(panel, item) => self.show(panel, item),
            Command::ToggleTheme => {
                self.theme = if self.theme.dark {
                    Theme::LIGHT
                } else {
                    Theme::DARK
                };
            }
        }
    }

    fn handle_shortcuts(&mut self, ctx: &egui::Context) {
        for command in Command::with_shortcuts() {
            let pressed = [command.shortcut(), command.also()]
                .into_iter()
                .flatten()
                .any(|shortcut| ctx.input_mut(|i| i.consume_shortcut(&shortcut)));
            if pressed {
                self.queue(command);
            }
        }
    }

    /// Copies unsaved work to the recovery file a moment after it changes, and removes the
    /// copy once the work is saved.
    fn recovery_step(&mut self, ctx: &egui::Context, now: f64) {
        match self.copy_timer.step(&mut self.recovery, &self.session, now) {
            CopyStep::Idle => {}
            CopyStep::WakeIn(secs) => {
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(secs));
            }
            CopyStep::Failed(e) => self.complain(e),
        }
    }

    /// Draws the whole window and handles what the person did in it.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.frames += 1;
        self.theme.install(&ctx);
        crate::views::widgets::set_decimal_mark(&ctx, self.decimal_mark);
        if self.confirm.is_none()
            && self.new_spec.is_none()
            && self.typed_path.is_none()
            && self.comment_question.is_none()
            && self.offers.is_empty()
            && self.import.is_none()
            && self.export.is_none()
            && !self.packet.open
        {
            self.handle_shortcuts(&ctx);
        }
        self.handle_dropped_files(&ctx);
        self.handle_picked(&ctx);
        self.handle_close_request(&ctx);
        self.watch_step(&ctx);
        self.privacy_step();

        let bar = crate::views::theme::panel_frame(egui::Frame::side_top_panel(ui.style()));
        egui::Panel::top("menu bar")
            .frame(bar)
            .show(ui, |ui| self.menu_bar_ui(ui));
        egui::Panel::bottom("status line")
            .frame(bar)
            .show(ui, |ui| self.status_ui(ui));
        if self.file.on_disk != OnDisk::Same {
            egui::Panel::top("changed on disk")
                .frame(bar)
                .show(ui, |ui| self.changed_on_disk_ui(ui));
        }
        self.navigation = egui::Panel::left("navigation")
            .frame(bar)
            .resizable(false)
            .exact_size(120.0)
            .show(ui, |ui| self.navigation_ui(ui))
            .response
            .rect;

        let sent = show_view(
            ui,
            self.views.get(self.panel),
            &mut self.session,
            self.today,
            &self.theme,
            &mut self.layout,
        );
        if let Some(message) = sent.message {
            self.say(message);
        }
        self.commands.extend(sent.commands);

        self.confirm_ui(&ctx);
        self.new_spec_ui(&ctx);
        self.typed_path_ui(&ctx);
        self.comment_ui(&ctx);
        self.import_ui(&ctx);
        self.export_ui(&ctx);
        self.packet_ui(&ctx);
        self.restore_ui(&ctx);
        self.run_commands(&ctx);
        self.recovery_step(&ctx, ctx.input(|i| i.time));
        self.update_title(&ctx);
        self.screenshot_step(&ctx);
    }
}

/// A message and the sentence after it, with one stop between them whatever the message
/// ends with: the reasons a file is refused may end in a full stop or a question.
fn then(message: &str, next: &str) -> String {
    let stop = if message.ends_with(['.', '?', '!']) {
        ""
    } else {
        "."
    };
    format!("{message}{stop} {next}")
}

/// The preferences eframe keeps between runs: never the document.
#[derive(serde::Serialize, serde::Deserialize)]
struct Prefs {
    dark: bool,
    panel: Panel,
    /// Absent in preferences kept before the inspector could be resized.
    #[serde(default = "default_inspector_width")]
    inspector_width: f32,
}

fn default_inspector_width() -> f32 {
    crate::views::theme::INSPECTOR_WIDTH
}

const PREFS_KEY: &str = "career-spec-prefs";

impl eframe::App for CareerApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        CareerApp::ui(self, ui);
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        crate::views::theme::clear_color(visuals)
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // Closing was confirmed (saved, or discarded on purpose): nothing to recover.
        self.recovery.clear();
    }

    fn persist_egui_memory(&self) -> bool {
        self.screenshot.is_none()
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.screenshot.is_none() {
            eframe::set_value(
                storage,
                PREFS_KEY,
                &Prefs {
                    dark: self.theme.dark,
                    panel: self.panel,
                    inspector_width: self.layout.inspector_width,
                },
            );
        }
    }
}

/// Makes eframe's window state its owner's alone before eframe writes it with the umask's
/// mode: the folder (which also holds the recovery copies) and, when it is not there yet, the
/// file. Failing here costs only privacy of window sizes, so it is said and the app goes on.
fn private_window_state() {
    let Some(folder) = eframe::storage_dir("career-spec") else {
        return;
    };
    let made = crate::file::private::create_dir_all(&folder)
        .and_then(|()| crate::file::private::create_empty(&folder.join("app.ron")));
    if let Err(e) = made {
        crate::say_error!(
            "cannot keep the window state private in {}: {e}",
            folder.display()
        );
    }
}

/// Opens the window and runs until it closes. What `config` leaves open (the look, the
/// panel) is taken from the last run.
pub fn run(file: Option<PathBuf>, mut config: AppConfig) -> eframe::Result {
    let screenshot = config.screenshot.is_some();
    let size = config
        .screenshot
        .as_ref()
        .map_or(screenshot::DEFAULT_SIZE, |s| s.size);
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Career Spec")
        .with_inner_size(size)
        .with_min_inner_size(window::MIN_SIZE)
        .with_drag_and_drop(true);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")) {
        viewport = viewport.with_icon(icon);
    }
    if !screenshot {
        private_window_state();
    }
    // A screenshot shows the app as a first run does: the panel widths and window state that
    // earlier runs left are neither read nor written, so two machines take the same picture.
    let scratch = screenshot.then(|| tempfile::tempdir().ok()).flatten();
    let options = eframe::NativeOptions {
        viewport,
        persist_window: !screenshot,
        persistence_path: scratch.as_ref().map(|dir| dir.path().join("state.ron")),
        ..Default::default()
    };
    eframe::run_native(
        "career-spec",
        options,
        Box::new(move |cc| {
            let mut inspector_width = None;
            if !screenshot
                && let Some(prefs) = cc
                    .storage
                    .and_then(|s| eframe::get_value::<Prefs>(s, PREFS_KEY))
            {
                config.dark.get_or_insert(prefs.dark);
                config.panel.get_or_insert(prefs.panel);
                inspector_width = Some(prefs.inspector_width);
            }
            let mut app = CareerApp::start(file.as_deref(), config);
            if let Some(width) = inspector_width {
                app.set_inspector_width(width);
            }
            Ok(Box::new(app))
        }),
    )
}
