//! The eframe shell around the views: the menu bar and its shortcuts, the navigation, the
//! status line, file dialogs, recent files, the unsaved-changes guard, and screenshot mode.
//! Everything that changes the document still goes through the views' edits and the session.

pub mod actions;
pub mod picker;
pub mod recent;
pub mod recovery;
pub mod screenshot;
pub mod session;
pub mod watch;

use std::collections::VecDeque;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::file::{self, Backup, Disk, LoadError, RealDisk, SaveError};
use crate::model::Document;
use crate::views::ceilings::CeilingsView;
use crate::views::drift::DriftView;
use crate::views::landing::LandingView;
use crate::views::offers::OffersView;
use crate::views::portfolio::PortfolioView;
use crate::views::review::ReviewView;
use crate::views::spec::SpecView;
use crate::views::standalone::{WindowLayout, show_view};
use crate::views::theme::Theme;
use crate::views::voice::VoiceView;
use crate::views::{Panel, Request, View};
use actions::Action;
use picker::{Picker, Purpose};
use recent::RecentFiles;
use recovery::{LeftBehind, Recovery};
use screenshot::{Screenshot, ScreenshotPlan};
use session::Session;
use watch::{OnDisk, Watcher};

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
    /// Start in the dark look.
    pub dark: bool,
    /// The panel to show first.
    pub panel: Panel,
    /// Where unsaved work is copied in case the app does not exit cleanly.
    pub recovery: Recovery,
    /// How often the open file is looked at for changes made by other programs.
    pub watch_interval: std::time::Duration,
}

impl AppConfig {
    /// A configuration for tests: scripted dialogs, no recent files kept on disk.
    pub fn for_tests(today: NaiveDate, picker: picker::ScriptedPicker) -> Self {
        Self {
            today,
            picker: Box::new(picker),
            recent: RecentFiles::in_memory(),
            screenshot: None,
            dark: false,
            panel: Panel::Spec,
            recovery: Recovery::disabled(),
            // Short, so that a test sees a change on disk within a few frames.
            watch_interval: std::time::Duration::from_millis(20),
        }
    }
}

/// Seconds after an edit before the recovery copy is written: long enough to not write on
/// every keystroke, short enough that a crash loses little.
const RECOVERY_DELAY_SECS: f64 = 3.0;

/// What to do once the unsaved-changes question is answered.
#[derive(Clone, Debug, PartialEq)]
enum Then {
    New,
    OpenDialog,
    OpenPath(PathBuf),
    OpenSample,
    Quit,
    /// Read the file again from disk, dropping the unsaved edits (set aside as a copy).
    Reload,
}

/// The views, one per panel, each keeping its own UI state.
#[derive(Default)]
struct Views {
    spec: SpecView,
    portfolio: PortfolioView,
    offers: OffersView,
    drift: DriftView,
    ceilings: CeilingsView,
    landing: LandingView,
    voice: VoiceView,
    review: ReviewView,
}

impl Views {
    fn get(&mut self, panel: Panel) -> &mut dyn View {
        match panel {
            Panel::Spec => &mut self.spec,
            Panel::Portfolio => &mut self.portfolio,
            Panel::Offers => &mut self.offers,
            Panel::Drift => &mut self.drift,
            Panel::Ceilings => &mut self.ceilings,
            Panel::Landing => &mut self.landing,
            Panel::Voice => &mut self.voice,
            Panel::Review => &mut self.review,
        }
    }
}

/// The whole app.
pub struct CareerApp {
    session: Session,
    panel: Panel,
    views: Views,
    picker: Box<dyn Picker>,
    recent: RecentFiles,
    today: NaiveDate,
    theme: Theme,
    status: String,
    status_is_error: bool,
    /// The document the status message was said about: once it changes, the message is old.
    status_version: crate::views::DocVersion,
    layout: WindowLayout,
    navigation: egui::Rect,
    confirm: Option<Then>,
    after_save_as: Option<Then>,
    watcher: Option<Watcher>,
    watch_interval: std::time::Duration,
    on_disk: OnDisk,
    /// The file whose backup this session already made: later saves keep that backup, so it
    /// stays the version from before the session's first save.
    backed_up: Option<PathBuf>,
    allow_close: bool,
    screenshot: Option<Screenshot>,
    title: String,
    frames: u64,
    recovery: Recovery,
    recovery_written: Option<u64>,
    recovery_due: Option<f64>,
    /// Copies left by windows that did not close cleanly, offered one after another.
    offers: VecDeque<LeftBehind>,
    /// An import waiting for the person to review it.
    import: Option<crate::views::import::ImportPreview>,
}

impl CareerApp {
    /// Starts with a document: the file given, else the most recent file, else the sample.
    pub fn start(file: Option<&Path>, mut config: AppConfig) -> Self {
        let recent = config.recent.paths().first().cloned();
        let (session, status, is_error) = match file.or(recent.as_deref()) {
            Some(path) => match file::load(path) {
                Ok(doc) => {
                    if let Err(e) = config.recent.add(path) {
                        eprintln!("{e}");
                    }
                    (
                        Session::opened(doc, path.to_owned()),
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
            panel: config.panel,
            views: Views::default(),
            picker: config.picker,
            recent: config.recent,
            today: config.today,
            theme: if config.dark {
                Theme::DARK
            } else {
                Theme::LIGHT
            },
            status: String::new(),
            status_is_error: false,
            status_version: crate::views::DocVersion::default(),
            layout: WindowLayout::default(),
            navigation: egui::Rect::NOTHING,
            confirm: None,
            after_save_as: None,
            watcher: None,
            watch_interval: config.watch_interval,
            on_disk: OnDisk::Same,
            backed_up: None,
            allow_close: false,
            screenshot: config.screenshot.map(Screenshot::new),
            title: String::new(),
            frames: 0,
            recovery: config.recovery,
            recovery_written: None,
            recovery_due: None,
            offers: VecDeque::new(),
            import: None,
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
        &self.status
    }

    /// The panel shown.
    pub fn panel(&self) -> Panel {
        self.panel
    }

    /// Shows a panel, with an item selected in its inspector.
    pub fn show(&mut self, panel: Panel, item: Option<crate::edit::ItemRef>) {
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

    fn say(&mut self, message: impl Into<String>) {
        self.status = message.into();
        self.status_is_error = false;
        self.status_version = self.session.version();
    }

    fn complain(&mut self, message: impl Into<String>) {
        self.status = message.into();
        self.status_is_error = true;
        self.status_version = self.session.version();
    }

    /// Does what a menu entry or shortcut asks.
    pub fn perform(&mut self, action: Action, ctx: &egui::Context) {
        match action {
            Action::New => self.guard(Then::New, ctx),
            Action::Open => self.guard(Then::OpenDialog, ctx),
            Action::OpenSample => self.guard(Then::OpenSample, ctx),
            Action::Save => {
                self.save(ctx);
            }
            Action::SaveAs => self
                .picker
                .request(Purpose::SaveAs, &self.suggested_name(), ctx),
            Action::ExportMarkdown => {
                let name = self.suggested_name().replace(".ron", ".md");
                self.picker.request(Purpose::Export, &name, ctx);
            }
            Action::ImportLinkedIn => self.picker.request(Purpose::Import, "", ctx),
            Action::ExportCalendar => {
                let name = self.suggested_name().replace(".ron", ".ics");
                self.picker.request(Purpose::ExportCalendar, &name, ctx);
            }
            Action::Quit => self.guard(Then::Quit, ctx),
            Action::Undo => {
                if self.session.history.undo(&mut self.session.doc) {
                    self.say("Undone");
                }
            }
            Action::Redo => {
                if self.session.history.redo(&mut self.session.doc) {
                    self.say("Redone");
                }
            }
            Action::Show(panel) => self.panel = panel,
            Action::ToggleTheme => {
                self.theme = if self.theme.dark {
                    Theme::LIGHT
                } else {
                    Theme::DARK
                };
            }
        }
    }

    /// Opens a file, asking first about unsaved changes.
    pub fn request_open(&mut self, path: PathBuf, ctx: &egui::Context) {
        self.guard(Then::OpenPath(path), ctx);
    }

    fn suggested_name(&self) -> String {
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

    /// Runs `then` now if nothing would be lost, or asks first.
    fn guard(&mut self, then: Then, ctx: &egui::Context) {
        if self.session.is_dirty() && self.screenshot.is_none() {
            self.confirm = Some(then);
        } else {
            self.proceed(then, ctx);
        }
    }

    fn proceed(&mut self, then: Then, ctx: &egui::Context) {
        match then {
            Then::New => {
                self.replace_session(Session::untitled(Document::new_empty(self.today)));
                self.say("New career spec. Start with your north star on the Spec panel.");
            }
            Then::OpenDialog => self.picker.request(Purpose::Open, "", ctx),
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

    /// Makes `session` the open one. The file it came from is watched from the next frame.
    fn replace_session(&mut self, session: Session) {
        self.session = session;
        self.views = Views::default();
        self.watcher = None;
        self.on_disk = OnDisk::Same;
        self.backed_up = None;
    }

    /// Keeps the open document's unsaved edits as a recovery copy that the next launch
    /// offers, before something replaces them. Returns a note for the status line, or why
    /// they could not be kept.
    fn set_aside_unsaved(&mut self) -> Result<&'static str, String> {
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
    fn open_now(&mut self, path: &Path, ctx: &egui::Context) {
        match file::load(path) {
            Ok(doc) => {
                self.replace_session(Session::opened(doc, path.to_owned()));
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
    fn watch(&mut self, ctx: &egui::Context) {
        self.watcher =
            self.session.path.clone().map(|path| {
                Watcher::start(path, self.session.disk_stamp, self.watch_interval, ctx)
            });
        self.on_disk = OnDisk::Same;
    }

    /// Saves to the current file, or asks where. Returns whether it saved.
    fn save(&mut self, ctx: &egui::Context) -> bool {
        let Some(path) = self.session.path.clone() else {
            self.picker
                .request(Purpose::SaveAs, &self.suggested_name(), ctx);
            return false;
        };
        if OnDisk::now(&path, self.session.disk_stamp) == OnDisk::Changed {
            self.on_disk = OnDisk::Changed;
            self.complain(format!(
                "{} changed on disk since it was opened, so it was not saved; reload it, or choose Keep mine and save again.",
                self.session.display_name()
            ));
            return false;
        }
        self.save_to(&path, ctx)
    }

    fn save_to(&mut self, path: &Path, ctx: &egui::Context) -> bool {
        let backup = if self.backed_up.as_deref() == Some(path) {
            Backup::KeepExisting
        } else {
            Backup::Replace
        };
        match file::save_with(&RealDisk, path, &self.session.doc, backup) {
            Ok(()) => {
                self.session.path = Some(path.to_owned());
                self.session.history.mark_saved();
                self.session.disk_stamp = file::stamp(path);
                if file::backup_path(path).exists() {
                    self.backed_up = Some(path.to_owned());
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
                self.picker
                    .request(Purpose::SaveAs, &self.suggested_name(), ctx);
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

    /// Writes what `render` makes of the document (Markdown, a calendar) to `path`, never
    /// over a career spec.
    fn export_to(&mut self, path: &Path, render: fn(&Document, NaiveDate) -> String) {
        if let Some(refusal) = file::output_refusal(self.session.path.as_deref(), path) {
            self.complain(format!("{refusal}."));
            return;
        }
        let text = render(&self.session.doc, self.today);
        match RealDisk.write_atomic(path, text.as_bytes(), Backup::Replace) {
            Ok(()) => self.say(format!("Exported {}", path.display())),
            Err(e) => self.complain(format!("Could not export to {}: {e}", path.display())),
        }
    }

    fn handle_picked(&mut self, ctx: &egui::Context) {
        let Some((purpose, path)) = self.picker.poll() else {
            return;
        };
        let Some(path) = path else {
            self.after_save_as = None;
            self.say("Cancelled; nothing was changed.");
            return;
        };
        match purpose {
            Purpose::Open => self.open_now(&path, ctx),
            Purpose::SaveAs => {
                let path = with_extension(path, "ron");
                if self.save_to(&path, ctx)
                    && let Some(then) = self.after_save_as.take()
                {
                    self.proceed(then, ctx);
                }
            }
            Purpose::Export => {
                self.export_to(&with_extension(path, "md"), crate::export::markdown);
            }
            Purpose::ExportCalendar => {
                self.export_to(&with_extension(path, "ics"), crate::export::calendar::ics);
            }
            Purpose::Import => self.import_from(&path),
        }
    }

    /// Reads an export and opens its preview; nothing changes until the person confirms.
    fn import_from(&mut self, path: &Path) {
        match crate::import::linkedin::read_file(path) {
            Ok(export) => {
                let plan = crate::import::plan(&self.session.doc, &export, self.today);
                let source = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                self.import = Some(crate::views::import::ImportPreview { source, plan });
            }
            Err(e) => self.complain(format!("Could not import {}: {e}", path.display())),
        }
    }

    /// The import preview, and what the person decided in it: all of it lands as one step.
    fn import_ui(&mut self, ctx: &egui::Context) {
        let Some(preview) = self.import.as_mut() else {
            return;
        };
        match preview.show(ctx) {
            Some(crate::views::import::Decision::Add) => {
                let summary = preview.plan.summary();
                if let Some(edit) = preview.plan.edit(&self.session.doc) {
                    let now = ctx.input(|i| i.time);
                    self.session
                        .history
                        .apply(&mut self.session.doc, &edit, None, now);
                    self.session.history.seal();
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

    /// Reads the open file again. Unsaved edits are set aside as a recovery copy first, so
    /// a reload never loses them; a file that cannot be read leaves everything as it was.
    fn reload_now(&mut self) {
        let Some(path) = self.session.path.clone() else {
            return;
        };
        let doc = match file::load(&path) {
            Ok(doc) => doc,
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
                self.replace_session(Session::opened(doc, path.clone()));
                self.say(format!("Reloaded {}.{note}", path.display()));
            }
            Err(e) => self.complain(then(
                &e,
                "Nothing was reloaded; your changes are still open.",
            )),
        }
    }

    fn handle_shortcuts(&mut self, ctx: &egui::Context) {
        for action in Action::with_shortcuts() {
            if let Some(shortcut) = action.shortcut()
                && ctx.input_mut(|i| i.consume_shortcut(&shortcut))
            {
                self.perform(action, ctx);
            }
        }
    }

    fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.request_open(path, ctx);
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested())
            && !self.allow_close
            && self.session.is_dirty()
            && self.screenshot.is_none()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.confirm = Some(Then::Quit);
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let mark = if self.session.is_dirty() { " •" } else { "" };
        let title = format!("{}{mark} — Career Spec", self.session.display_name());
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// The title the window shows: the file name, an unsaved mark, the app.
    pub fn title(&self) -> &str {
        &self.title
    }

    fn menu_item(&mut self, ui: &mut egui::Ui, action: Action, enabled: bool) {
        let mut button = egui::Button::new(action.label());
        if let Some(shortcut) = action.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        // Named by the action alone, so that the shortcut text does not change its name.
        let clicked = ui
            .add_enabled(enabled, button)
            .accessible_name(action.label())
            .on_hover_text(action.tooltip())
            .clicked();
        if clicked {
            ui.close();
            self.perform(action, ui.ctx());
        }
    }

    fn menu_bar_ui(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                for entry in Action::FILE_MENU {
                    match entry {
                        Some(Action::OpenSample) => {
                            self.recent_menu_ui(ui);
                            self.menu_item(ui, Action::OpenSample, true);
                        }
                        Some(action) => self.menu_item(ui, *action, true),
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
                self.menu_item(ui, Action::Undo, undo);
                self.menu_item(ui, Action::Redo, redo);
            });
            ui.menu_button("View", |ui| {
                for panel in Panel::ALL {
                    self.menu_item(ui, Action::Show(*panel), true);
                }
                ui.separator();
                let mut dark = self.theme.dark;
                let mut label = Action::ToggleTheme.label().to_owned();
                if let Some(s) = Action::ToggleTheme.shortcut() {
                    label = format!("{label}  ({})", ui.ctx().format_shortcut(&s));
                }
                if ui
                    .checkbox(&mut dark, label)
                    .on_hover_text(Action::ToggleTheme.tooltip())
                    .changed()
                {
                    self.perform(Action::ToggleTheme, ui.ctx());
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
                        self.request_open(path, ui.ctx());
                    }
                }
            });
        });
    }

    fn navigation_ui(&mut self, ui: &mut egui::Ui) {
        ui.add_space(6.0);
        for panel in Panel::ALL {
            let selected = self.panel == *panel;
            let button = egui::Button::selectable(selected, panel.label())
                .min_size(egui::vec2(ui.available_width(), 28.0));
            let mut response = ui.add(button);
            if let Some(shortcut) = Action::Show(*panel).shortcut() {
                response = response.on_hover_text(ui.ctx().format_shortcut(&shortcut));
            }
            if response.clicked() {
                self.panel = *panel;
            }
        }
    }

    fn status_ui(&mut self, ui: &mut egui::Ui) {
        // A message speaks of the document as it was when said ("Saved", "Opened"): after an
        // edit or an undo it no longer describes what is open, so it goes.
        if self.status_version != self.session.version() {
            self.status.clear();
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
            if !self.status.is_empty() {
                ui.label("·");
                let color = if self.status_is_error {
                    self.theme.bad()
                } else {
                    self.theme.muted()
                };
                ui.add(egui::Label::new(egui::RichText::new(&self.status).color(color)).truncate());
            }
        });
    }

    fn changed_on_disk_ui(&mut self, ui: &mut egui::Ui) {
        let name = self.session.display_name();
        let deleted = self.on_disk == OnDisk::Deleted;
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
                self.guard_reload();
            }
            let keep_tip = if deleted {
                "Keep this version open; saving writes the file again"
            } else {
                "Keep this version open; the next save replaces the copy on disk, which \
                 becomes the backup"
            };
            if ui.button("Keep mine").on_hover_text(keep_tip).clicked() {
                self.session.disk_stamp = self.session.path.as_deref().and_then(file::stamp);
                // The next save backs up the other program's version, whatever this session
                // backed up before.
                self.backed_up = None;
                self.watch(ui.ctx());
                self.say(if deleted {
                    "Kept your version; saving will write the file again."
                } else {
                    "Kept your version; saving will replace the copy on disk and keep it as the backup."
                });
            }
        });
    }

    /// Reloads now when nothing would be lost, or asks first.
    fn guard_reload(&mut self) {
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

    fn confirm_ui(&mut self, ctx: &egui::Context) {
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
                    answer = Some("save");
                }
                if ui.button("Discard").clicked() {
                    answer = Some("discard");
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    answer = Some("cancel");
                }
            });
        });
        match answer {
            Some("save") => {
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
                    self.picker
                        .request(Purpose::SaveAs, &self.suggested_name(), ctx);
                }
            }
            Some("discard") => {
                self.confirm = None;
                self.proceed(then, ctx);
            }
            Some(_) => self.confirm = None,
            None => {}
        }
    }

    /// Copies unsaved work to the recovery file a moment after it changes, and removes the
    /// copy once the work is saved.
    fn recovery_step(&mut self, ctx: &egui::Context, now: f64) {
        if !self.session.is_dirty() {
            if self.recovery_written.take().is_some() {
                self.recovery.clear();
            }
            self.recovery_due = None;
            return;
        }
        let revision = self.session.history.revision();
        if self.recovery_written == Some(revision) {
            return;
        }
        let due = *self.recovery_due.get_or_insert(now + RECOVERY_DELAY_SECS);
        if now >= due {
            self.recovery_due = None;
            match self.recovery.write(
                &self.session.doc,
                self.session.path.as_deref(),
                self.session.disk_stamp,
            ) {
                Ok(()) => self.recovery_written = Some(revision),
                Err(e) => self.complain(e),
            }
        } else {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(due - now));
        }
    }

    fn restore_ui(&mut self, ctx: &egui::Context) {
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
            match on_disk {
                OnDisk::Changed => ui.label(format!(
                    "{name} has changed on disk since, so restoring onto it would replace the \
                     newer version. Keep both: restore your work and save it under another name."
                )),
                OnDisk::Deleted => ui.label(format!(
                    "{name} is no longer on disk; saving the restored work writes it again."
                )),
                OnDisk::Same => ui.label(""),
            };
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
                let mut session = Session::opened(recovered.doc.clone(), path.clone());
                // The version the work began from, so that saving over anything else asks.
                session.disk_stamp = recovered.original_stamp;
                session
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
        let kept = match self.recovery.write(
            &self.session.doc,
            self.session.path.as_deref(),
            self.session.disk_stamp,
        ) {
            Ok(()) => {
                self.recovery_written = Some(self.session.history.revision());
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
            self.picker
                .request(Purpose::SaveAs, &self.suggested_name(), ctx);
        } else if kept {
            self.say(format!(
                "Restored unsaved changes to {name}. Save to keep them.{note}"
            ));
        }
    }

    /// Draws the whole window and handles what the person did in it.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.frames += 1;
        self.theme.install(&ctx);
        if self.confirm.is_none() && self.offers.is_empty() && self.import.is_none() {
            self.handle_shortcuts(&ctx);
        }
        self.handle_dropped_files(&ctx);
        self.handle_picked(&ctx);
        self.handle_close_request(&ctx);
        // Watched from the moment a file is open, however it was opened.
        if self.watcher.is_none() && self.session.path.is_some() && self.screenshot.is_none() {
            self.watch(&ctx);
        }
        if let Some(seen) = self.watcher.as_ref().map(Watcher::seen)
            && seen != OnDisk::Same
        {
            self.on_disk = seen;
        }

        egui::Panel::top("menu bar").show(ui, |ui| self.menu_bar_ui(ui));
        egui::Panel::bottom("status line").show(ui, |ui| self.status_ui(ui));
        if self.on_disk != OnDisk::Same {
            egui::Panel::top("changed on disk").show(ui, |ui| self.changed_on_disk_ui(ui));
        }
        self.navigation = egui::Panel::left("navigation")
            .resizable(false)
            .exact_size(120.0)
            .show(ui, |ui| self.navigation_ui(ui))
            .response
            .rect;

        let view = self.views.get(self.panel);
        let (message, requests) = show_view(
            ui,
            view,
            &mut self.session,
            self.today,
            &self.theme,
            &mut self.layout,
        );
        if let Some(message) = message {
            self.say(message);
        }
        for request in requests {
            match request {
                Request::Show(panel, item) => self.show(panel, item),
            }
        }

        self.confirm_ui(&ctx);
        self.import_ui(&ctx);
        self.restore_ui(&ctx);
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

    fn on_exit(&mut self) {
        // Closing was confirmed (saved, or discarded on purpose): nothing to recover.
        self.recovery.clear();
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

/// Opens the window and runs until it closes.
pub fn run(
    file: Option<PathBuf>,
    mut config: AppConfig,
    panel_given: bool,
    dark_given: bool,
) -> eframe::Result {
    let screenshot = config.screenshot.is_some();
    let size = config
        .screenshot
        .as_ref()
        .map_or(screenshot::DEFAULT_SIZE, |s| s.size);
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Career Spec")
        .with_inner_size(size)
        .with_min_inner_size(crate::cli::window::MIN_SIZE)
        .with_drag_and_drop(true);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        persist_window: !screenshot,
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
                if !dark_given {
                    config.dark = prefs.dark;
                }
                if !panel_given {
                    config.panel = prefs.panel;
                }
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
