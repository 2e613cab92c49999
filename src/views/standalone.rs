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
        let (message, requests) = show_view(
            ui,
            &mut self.view,
            &mut self.session,
            self.today,
            &self.theme,
        );
        if message.is_some() {
            self.message = message;
        }
        self.requests.extend(requests);
    }
}

/// Draws a view beside its inspector and applies what it sent out to the session: the one
/// way every panel is shown, in the window and in tests. Returns the view's status message and
/// its requests to the app.
pub fn show_view(
    ui: &mut egui::Ui,
    view: &mut dyn View,
    session: &mut Session,
    today: NaiveDate,
    theme: &Theme,
) -> (Option<String>, Vec<Request>) {
    let mut edits = Edits::default();
    {
        let ctx = ViewCtx {
            doc: &session.doc,
            version: session.version(),
            today,
            theme,
        };
        egui::Panel::right("inspector")
            .resizable(false)
            .exact_size(INSPECTOR_WIDTH)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("inspector scroll")
                    .show(ui, |ui| view.inspector_ui(ui, &ctx, &mut edits));
            });
        egui::CentralPanel::default().show(ui, |ui| view.ui(ui, &ctx, &mut edits));
    }
    let now = ui.input(|i| i.time);
    let (message, requests, changed) = session.apply(edits, now);
    if changed {
        // Draw again at once, so the frame on screen shows the document as it now is.
        ui.ctx().request_repaint();
    }
    (message, requests)
}

/// A test harness around one view with the sample document, on 2026-11-22, in a window of
/// the given height.
#[cfg(test)]
pub fn harness<V: View + 'static>(
    view: V,
    doc: Document,
    height: f32,
) -> egui_kittest::Harness<'static, Standalone<V>> {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    let mut h = egui_kittest::Harness::builder()
        .with_size([1280.0, height])
        .build_ui_state(
            |ui, s: &mut Standalone<V>| s.ui(ui),
            Standalone::new(view, doc, today),
        );
    h.run();
    h
}
