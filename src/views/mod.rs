//! The panels. Each view reads the document through a [`ViewCtx`] and sends its changes out
//! as [`Edits`]; it holds only its own UI state (selection, drafts). One view per file.

pub mod ceilings;
pub mod drift;
pub mod import;
pub mod landing;
pub mod offers;
pub mod portfolio;
pub mod review;
pub mod spec;
pub mod standalone;
pub mod theme;
pub mod voice;
pub mod widgets;

use chrono::NaiveDate;

use crate::edit::{Edit, ItemRef, MergeKey};
use crate::model::Document;
use theme::Theme;

/// The panels of the window, in the order the navigation lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Panel {
    /// North star, stepping stones, skills.
    Spec,
    /// The career as bets on a timeline.
    Portfolio,
    /// Two offers side by side.
    Offers,
    /// The drift checklist.
    Drift,
    /// The six ceilings.
    Ceilings,
    /// The 30/60/90 landing plan.
    Landing,
    /// Making one's work visible.
    Voice,
    /// Career reviews over time, and metrics against their targets.
    Review,
}

impl Panel {
    /// Every panel, in navigation order.
    pub const ALL: &'static [Self] = &[
        Self::Spec,
        Self::Portfolio,
        Self::Offers,
        Self::Drift,
        Self::Ceilings,
        Self::Landing,
        Self::Voice,
        Self::Review,
    ];

    /// The panel's name in the navigation and the View menu.
    pub fn label(self) -> &'static str {
        match self {
            Self::Spec => "Spec",
            Self::Portfolio => "Portfolio",
            Self::Offers => "Offers",
            Self::Drift => "Drift",
            Self::Ceilings => "Ceilings",
            Self::Landing => "Landing",
            Self::Voice => "Voice",
            Self::Review => "Review",
        }
    }

    /// The name used on the command line (`--panel spec`).
    pub fn cli_name(self) -> &'static str {
        match self {
            Self::Spec => "spec",
            Self::Portfolio => "portfolio",
            Self::Offers => "offers",
            Self::Drift => "drift",
            Self::Ceilings => "ceilings",
            Self::Landing => "landing",
            Self::Voice => "voice",
            Self::Review => "review",
        }
    }

    /// The panel with this command-line name.
    pub fn from_cli_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|p| p.cli_name() == name)
    }
}

/// Which state of which open document a view is looking at. Equal versions mean an equal
/// document, so views may keep what they computed from it (the analysis, not the frame).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DocVersion {
    /// The session the document was opened in.
    pub session: u64,
    /// The revision of the document within it.
    pub revision: u64,
}

/// What a view reads: the document, today's date and the theme.
pub struct ViewCtx<'a> {
    /// The open document.
    pub doc: &'a Document,
    /// Which state of the document this is.
    pub version: DocVersion,
    /// Today, passed in so that views and tests never read the clock.
    pub today: NaiveDate,
    /// Colours and spacing.
    pub theme: &'a Theme,
}

/// Something a view asks the app to do besides editing the document.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// Show another panel, with an item selected there.
    Show(Panel, Option<ItemRef>),
}

/// What a view sends out in one frame: edits to apply, and requests to the app.
#[derive(Debug, Default)]
pub struct Edits {
    /// Edits in order, each with its merge key.
    pub list: Vec<(Edit, Option<MergeKey>)>,
    /// Whether the current gesture (a drag, a burst of typing) ended this frame.
    pub sealed: bool,
    /// A message for the status line.
    pub message: Option<String>,
    /// Requests to the app.
    pub requests: Vec<Request>,
}

impl Edits {
    /// An edit that is its own undo step.
    pub fn push(&mut self, edit: Edit) {
        self.list.push((edit, None));
        self.sealed = true;
    }

    /// An edit that merges with the edits before it that share its key (typing, dragging).
    pub fn push_merging(&mut self, edit: Edit, target: Option<ItemRef>, field: &'static str) {
        self.list.push((edit, Some(MergeKey { target, field })));
    }

    /// Ends the current gesture: the next merging edit starts a new undo step.
    pub fn seal(&mut self) {
        self.sealed = true;
    }

    /// Shows a message in the status line.
    pub fn say(&mut self, message: impl Into<String>) {
        self.message = Some(message.into());
    }

    /// Asks the app to show another panel.
    pub fn show(&mut self, panel: Panel, select: Option<ItemRef>) {
        self.requests.push(Request::Show(panel, select));
    }
}

/// What every panel can do.
pub trait View {
    /// Draws the panel's main area.
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits);

    /// Draws the inspector: the selected item's fields and what the app says about it.
    fn inspector_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits);

    /// Selects an item, when another panel links to it.
    fn select(&mut self, _item: ItemRef) {}
}
