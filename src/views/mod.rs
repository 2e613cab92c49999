//! The panels. Each view reads the document through a [`ViewCtx`] and sends its changes out
//! through [`Edits`], one ordered outbox of edits, gesture ends, messages and commands; it
//! holds only its own UI state (selection, drafts). One view per file.

pub mod ceilings;
pub mod charts;
pub mod command;
pub mod date;
pub mod drift;
pub mod evidence;
pub mod export;
pub mod form;
pub mod import;
pub mod landing;
pub mod offers;
pub mod packet;
pub mod people;
pub mod portfolio;
pub mod review;
pub mod spec;
pub mod standalone;
pub mod theme;
pub mod voice;
pub mod widgets;

use chrono::NaiveDate;

pub use crate::edit::DocVersion;
pub use command::Command;

use crate::edit::{Edit, ItemRef, MergeKey, Session};
use crate::model::Document;
use theme::Theme;

/// Declares the panels once: the [`Panel`] enum and its list, the names shown and typed on the
/// command line, and [`Panels`], the views that draw them. Adding a panel is one row here
/// plus its file.
macro_rules! panels {
    ($($(#[$meta:meta])* $variant:ident => $field:ident: $view:ty, $label:literal;)*) => {
        /// The panels of the window, in the order the navigation lists them.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum Panel {
            $($(#[$meta])* $variant),*
        }

        impl Panel {
            /// Every panel, in navigation order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),*];

            /// The panel's name in the navigation and the View menu.
            pub fn label(self) -> &'static str {
                match self {
                    $(Self::$variant => $label),*
                }
            }

            /// The name used on the command line (`--panel spec`).
            pub fn cli_name(self) -> &'static str {
                match self {
                    $(Self::$variant => stringify!($field)),*
                }
            }
        }

        /// The views, one per panel, each keeping its own UI state (selection, drafts).
        #[derive(Default)]
        pub struct Panels {
            $(
                #[doc = concat!("The ", $label, " panel.")]
                pub $field: $view,
            )*
        }

        impl Panels {
            /// The view that draws `panel`.
            pub fn get(&mut self, panel: Panel) -> &mut dyn View {
                match panel {
                    $(Panel::$variant => &mut self.$field),*
                }
            }
        }
    };
}

panels! {
    /// North star, stepping stones, skills.
    Spec => spec: spec::SpecView, "Spec";
    /// The career as bets on a timeline.
    Portfolio => portfolio: portfolio::PortfolioView, "Portfolio";
    /// Two offers side by side.
    Offers => offers: offers::OffersView, "Offers";
    /// The drift checklist.
    Drift => drift: drift::DriftView, "Drift";
    /// The six ceilings.
    Ceilings => ceilings: ceilings::CeilingsView, "Ceilings";
    /// The 30/60/90 landing plan.
    Landing => landing: landing::LandingView, "Landing";
    /// Making one's work visible.
    Voice => voice: voice::VoiceView, "Voice";
    /// Career reviews over time, and metrics against their targets.
    Review => review: review::ReviewView, "Review";
    /// The people a career depends on, and keeping in touch with them.
    People => people: people::PeopleView, "People";
    /// Evidence of impact, and what it proves.
    Evidence => evidence: evidence::EvidenceView, "Evidence";
}

impl Panel {
    /// The panel with this command-line name.
    pub fn from_cli_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|p| p.cli_name() == name)
    }
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

/// One thing a view sent out, in the order it sent it: an edit, the end of a gesture, a
/// message, a command. Applied in order, so that a gesture's last edit and its end, sent in
/// the same frame, stay one undo step and the next gesture starts another.
// Like the edits it carries, it lives for one frame: boxing would only add noise.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum Out {
    /// An edit, with the key that lets it merge into the step before (typing, dragging).
    Edit(Edit, Option<MergeKey>),
    /// The current gesture (a drag, a burst of typing) ended.
    Seal,
    /// A message for the status line.
    Say(String),
    /// Something for the app to do.
    Command(Command),
}

/// What a view sends out in one frame: one ordered outbox.
#[derive(Debug, Default)]
pub struct Edits {
    out: Vec<Out>,
}

/// What the app takes from a view's outbox once its edits are in the document.
#[derive(Debug, Default)]
pub struct Sent {
    /// The last message the view gave, if any.
    pub message: Option<String>,
    /// Commands, in order.
    pub commands: Vec<Command>,
    /// Whether the document changed (the frame drawn showed it as it was before).
    pub changed: bool,
}

impl Edits {
    /// An edit that is its own undo step.
    pub fn push(&mut self, edit: Edit) {
        self.out.push(Out::Edit(edit, None));
    }

    /// An edit that merges with the edits before it that share its key (typing, dragging).
    pub fn push_merging(&mut self, edit: Edit, target: Option<ItemRef>, field: &'static str) {
        self.out
            .push(Out::Edit(edit, Some(MergeKey { target, field })));
    }

    /// Ends the current gesture: the next merging edit starts a new undo step.
    pub fn seal(&mut self) {
        self.out.push(Out::Seal);
    }

    /// Shows a message in the status line.
    pub fn say(&mut self, message: impl Into<String>) {
        self.out.push(Out::Say(message.into()));
    }

    /// Asks the app to show another panel.
    pub fn show(&mut self, panel: Panel, select: Option<ItemRef>) {
        self.command(Command::Show(panel, select));
    }

    /// Asks the app to do something once the frame is drawn.
    pub fn command(&mut self, command: Command) {
        self.out.push(Out::Command(command));
    }

    /// What was sent, in order.
    pub fn outbox(&self) -> &[Out] {
        &self.out
    }

    /// Applies the edits and seals to `session` in the order they were sent, and hands over
    /// the rest.
    pub fn apply_to(self, session: &mut Session, now_secs: f64) -> Sent {
        let mut sent = Sent::default();
        for out in self.out {
            match out {
                Out::Edit(edit, merge) => {
                    session.apply(&edit, merge, now_secs);
                    sent.changed = true;
                }
                Out::Seal => session.seal(),
                Out::Say(message) => sent.message = Some(message),
                Out::Command(command) => sent.commands.push(command),
            }
        }
        sent
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Item;

    fn renamed(doc: &Document, title: &str) -> Edit {
        let mut bet = doc.bets[0].clone();
        title.clone_into(&mut bet.title);
        Edit::Upsert(Item::Bet(bet))
    }

    /// One frame of a gesture's end: its last merging edit and the seal, sent together.
    fn last_edit_and_seal(session: &Session, title: &str) -> Edits {
        let mut edits = Edits::default();
        let target = Some(ItemRef::Bet(session.doc.bets[0].id));
        edits.push_merging(renamed(&session.doc, title), target, "drag");
        edits.seal();
        edits
    }

    #[test]
    fn a_seal_sent_with_a_merging_edit_still_ends_the_gesture() {
        let mut session = Session::untitled(crate::file::sample());
        let before = session.doc.bets[0].title.clone();
        last_edit_and_seal(&session, "first").apply_to(&mut session, 10.0);
        last_edit_and_seal(&session, "second").apply_to(&mut session, 10.1);
        assert!(session.history.undo(&mut session.doc));
        assert_eq!(session.doc.bets[0].title, "first", "one gesture undone");
        assert!(session.history.undo(&mut session.doc));
        assert_eq!(session.doc.bets[0].title, before, "then the other");
    }

    #[test]
    fn the_outbox_hands_over_messages_and_commands_in_order() {
        let mut session = Session::untitled(crate::file::sample());
        let mut edits = Edits::default();
        edits.say("one");
        edits.show(Panel::Drift, None);
        edits.say("two");
        edits.command(Command::Save);
        let sent = edits.apply_to(&mut session, 0.0);
        assert_eq!(sent.message.as_deref(), Some("two"), "the last word stands");
        assert_eq!(
            sent.commands,
            [Command::Show(Panel::Drift, None), Command::Save]
        );
        assert!(!sent.changed, "nothing was edited");
    }
}
