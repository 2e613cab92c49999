//! One view on its own with a document and an undo history: what the view tests drive, and
//! a way to look at a panel without the whole window.

use chrono::NaiveDate;

use super::theme::{INSPECTOR_WIDTH, Theme};
use super::{Edits, Request, View, ViewCtx};
use crate::app::session::Session;
use crate::model::Document;

/// A view with the document it edits.
pub struct Standalone<V> {
    /// The view.
    pub view: V,
    /// The document, its history and path.
    pub session: Session,
    /// Today, for the view.
    pub today: NaiveDate,
    /// The theme.
    pub theme: Theme,
    /// Requests the view made, newest last.
    pub requests: Vec<Request>,
    /// The last status message the view gave.
    pub message: Option<String>,
}

impl<V: View> Standalone<V> {
    /// Wraps a view around a document, on a given day.
    pub fn new(view: V, doc: Document, today: NaiveDate) -> Self {
        Self {
            view,
            session: Session::untitled(doc),
            today,
            theme: Theme::LIGHT,
            requests: Vec::new(),
            message: None,
        }
    }

    /// The document as it is now.
    pub fn doc(&self) -> &Document {
        &self.session.doc
    }

    /// Draws the view and its inspector, then applies its edits.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let mut edits = Edits::default();
        {
            let ctx = ViewCtx {
                doc: &self.session.doc,
                version: self.session.version(),
                today: self.today,
                theme: &self.theme,
            };
            egui::Panel::right("inspector")
                .resizable(false)
                .exact_size(INSPECTOR_WIDTH)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("inspector scroll")
                        .show(ui, |ui| self.view.inspector_ui(ui, &ctx, &mut edits));
                });
            egui::CentralPanel::default().show(ui, |ui| self.view.ui(ui, &ctx, &mut edits));
        }
        let now = ui.input(|i| i.time);
        let (message, requests, changed) = self.session.apply(edits, now);
        if changed {
            // Draw again at once, so the frame on screen shows the document as it now is.
            ui.ctx().request_repaint();
        }
        if message.is_some() {
            self.message = message;
        }
        self.requests.extend(requests);
    }
}
