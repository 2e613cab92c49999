//! The one vocabulary of commands: menus, shortcuts and views all queue a [`Command`], and the
//! app runs the queue once a frame, after everything is drawn. Every menu entry, its keyboard
//! shortcut and its tooltip come from here, so they never drift apart.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::edit::ItemRef;
use crate::views::Panel;

/// Something the person asks the app to do, from a menu, a shortcut or a panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Start a new, empty career spec.
    New,
    /// Open a career spec from a file.
    Open,
    /// Open this file (a recent one, or one dropped on the window).
    OpenPath(PathBuf),
    /// Open the built-in sample.
    OpenSample,
    /// Save to the current file.
    Save,
    /// Save to a new file.
    SaveAs,
    /// Open the newer copy another program wrote over the open file.
    ReloadFromDisk,
    /// Keep the open version over the copy another program wrote (or deleted).
    KeepMine,
    /// Write the spec as Markdown.
    ExportMarkdown,
    /// Bring history in from a LinkedIn data export, through a preview.
    ImportLinkedIn,
    /// Write the plan's dates as an iCalendar file.
    ExportCalendar,
    /// Preview the promotion packet, and save it as Markdown or HTML.
    PromotionPacket,
    /// Close the window.
    Quit,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Show a panel, with an item selected in its inspector.
    Show(Panel, Option<ItemRef>),
    /// Switch between the light and dark looks.
    ToggleTheme,
}

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

const PANEL_KEYS: [Key; 10] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
    Key::Num0,
];

impl Command {
    /// The File menu, in order; `None` is a separator.
    pub const FILE_MENU: &'static [Option<Self>] = &[
        Some(Self::New),
        Some(Self::Open),
        Some(Self::OpenSample),
        None,
        Some(Self::Save),
        Some(Self::SaveAs),
        Some(Self::ReloadFromDisk),
        Some(Self::KeepMine),
        Some(Self::ExportMarkdown),
        Some(Self::ImportLinkedIn),
        Some(Self::ExportCalendar),
        Some(Self::PromotionPacket),
        None,
        Some(Self::Quit),
    ];

    /// Every action that has a fixed shortcut, most modifiers first, so that Ctrl+Shift+S
    /// is taken before Ctrl+S could claim it.
    pub fn with_shortcuts() -> Vec<Self> {
        let mut all = vec![
            Self::SaveAs,
            Self::ReloadFromDisk,
            Self::KeepMine,
            Self::Redo,
            Self::New,
            Self::Open,
            Self::Save,
            Self::ExportMarkdown,
            Self::Quit,
            Self::Undo,
            Self::ToggleTheme,
        ];
        all.extend(Panel::ALL.iter().map(|p| Self::Show(*p, None)));
        all
    }

    /// The words in the menu.
    pub fn label(&self) -> &'static str {
        match self {
            Self::New => "New",
            Self::Open => "Open…",
            Self::OpenPath(_) => "Open",
            Self::OpenSample => "Open Sample",
            Self::Save => "Save",
            Self::SaveAs => "Save As…",
            Self::ReloadFromDisk => "Reload from Disk",
            Self::KeepMine => "Keep My Version",
            Self::ExportMarkdown => "Export Markdown…",
            Self::ImportLinkedIn => "Import from LinkedIn…",
            Self::ExportCalendar => "Export Calendar…",
            Self::PromotionPacket => "Promotion Packet…",
            Self::Quit => "Quit",
            Self::Undo => "Undo",
            Self::Redo => "Redo",
            Self::Show(panel, _) => panel.label(),
            Self::ToggleTheme => "Dark theme",
        }
    }

    /// What the action does, shown when hovering it.
    pub fn tooltip(&self) -> &'static str {
        match self {
            Self::New => "Start a new, empty career spec",
            Self::Open => "Open a career spec (.ron) from a file",
            Self::OpenPath(_) => "Open this career spec",
            Self::OpenSample => {
                "Open the sample: a senior PM weighing a core role against a big swing"
            }
            Self::Save => "Save to the current file; the previous version is kept as .bak",
            Self::SaveAs => "Save to a new file",
            Self::ReloadFromDisk => {
                "Open the newer copy another program wrote; unsaved changes here are kept as a \
                 recovery copy"
            }
            Self::KeepMine => {
                "Keep this version open; the next save writes the file again, and a copy \
                 another program wrote becomes the backup"
            }
            Self::ExportMarkdown => {
                "Write the spec as Markdown: everything for you, or only what a mentor or your \
                 manager is meant to see; you choose, and see what it leaves out, first"
            }
            Self::ImportLinkedIn => {
                "Add your positions and skills from LinkedIn's data export (.zip or .csv), after a preview"
            }
            Self::ExportCalendar => {
                "Write every date the plan promises (updates, reviews, landing steps, stepping \
                 stones) as an .ics file for your calendar, for you, a mentor or your manager; \
                 importing it again updates the events"
            }
            Self::PromotionPacket => {
                "Preview the promotion packet for your next stepping stone, another stone or the \
                 north star, built from your evidence, and save it as Markdown or printable HTML"
            }
            Self::Quit => "Close Career Spec",
            Self::Undo => "Undo the last change",
            Self::Redo => "Redo the last undone change",
            Self::Show(..) => "Show this panel",
            Self::ToggleTheme => "Switch between the light and dark looks",
        }
    }

    /// A second shortcut for the same action, not shown in the menu: Ctrl+Y for Redo, as on
    /// Windows and in most Linux editors.
    pub fn also(&self) -> Option<KeyboardShortcut> {
        match self {
            Self::Redo => Some(KeyboardShortcut::new(CMD, Key::Y)),
            _ => None,
        }
    }

    /// The keyboard shortcut, if it has one.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let key = |modifiers, key| Some(KeyboardShortcut::new(modifiers, key));
        match self {
            Self::New => key(CMD, Key::N),
            Self::Open => key(CMD, Key::O),
            Self::OpenSample
            | Self::OpenPath(_)
            | Self::ImportLinkedIn
            | Self::ExportCalendar
            | Self::PromotionPacket => None,
            Self::Save => key(CMD, Key::S),
            Self::SaveAs => key(CMD_SHIFT, Key::S),
            Self::ReloadFromDisk => key(CMD_SHIFT, Key::R),
            Self::KeepMine => key(CMD_SHIFT, Key::K),
            Self::ExportMarkdown => key(CMD, Key::E),
            Self::Quit => key(CMD, Key::Q),
            Self::Undo => key(CMD, Key::Z),
            Self::Redo => key(CMD_SHIFT, Key::Z),
            Self::ToggleTheme => key(CMD_SHIFT, Key::D),
            Self::Show(panel, _) => {
                let index = Panel::ALL.iter().position(|p| p == panel)?;
                PANEL_KEYS.get(index).and_then(|k| key(CMD, *k))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_actions_share_a_shortcut() {
        let shortcuts: Vec<_> = Command::with_shortcuts()
            .iter()
            .flat_map(|c| [c.shortcut(), c.also()])
            .flatten()
            .collect();
        for (i, a) in shortcuts.iter().enumerate() {
            assert!(!shortcuts[i + 1..].contains(a), "{a:?} is used twice");
        }
    }
}
