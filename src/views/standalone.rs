//! One view on its own with a document and an undo history: what the view tests drive, and
//! a way to look at a panel without the whole window.

use chrono::NaiveDate;

use super::theme::{INSPECTOR_MAX_WIDTH, INSPECTOR_MIN_WIDTH, INSPECTOR_WIDTH, Theme, panel_frame};
use super::{Command, Edits, Sent, View, ViewCtx};
use crate::edit::Session;
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
    /// Commands the view queued, newest last.
    pub commands: Vec<Command>,
    /// The last status message the view gave.
    pub message: Option<String>,
    /// Where the view and its inspector were drawn.
    pub layout: WindowLayout,
}

/// Where a panel and its inspector sit in the window, and how wide the person made the
/// inspector: kept by the app between runs, read by the tests that look for clipped text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WindowLayout {
    /// The inspector's width, margins included.
    pub inspector_width: f32,
    /// The panel's area in the last frame.
    pub central: egui::Rect,
    /// The inspector's area in the last frame.
    pub inspector: egui::Rect,
    /// Where the inspector's content reaches, scrolling both ways included: text past it
    /// cannot be scrolled to.
    pub inspector_content: egui::Rect,
}

/// Where the content of a scroll area lies on screen, wherever it is scrolled to.
fn content_rect<R>(out: &egui::scroll_area::ScrollAreaOutput<R>) -> egui::Rect {
    egui::Rect::from_min_size(
        out.inner_rect.min - out.state.clamped_offset(),
        out.content_size,
    )
}

impl Default for WindowLayout {
    fn default() -> Self {
        Self {
            inspector_width: INSPECTOR_WIDTH,
            central: egui::Rect::NOTHING,
            inspector: egui::Rect::NOTHING,
            inspector_content: egui::Rect::NOTHING,
        }
    }
}

impl<V: View> Standalone<V> {
    /// Wraps a view around a document, on a given day.
    pub fn new(view: V, doc: Document, today: NaiveDate) -> Self {
        Self {
            view,
            session: Session::untitled(doc),
            today,
            theme: Theme::LIGHT,
            commands: Vec::new(),
            message: None,
            layout: WindowLayout::default(),
        }
    }

    /// The document as it is now.
    pub fn doc(&self) -> &Document {
        &self.session.doc
    }

    /// Draws the view and its inspector, then applies its edits.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let sent = show_view(
            ui,
            &mut self.view,
            &mut self.session,
            self.today,
            &self.theme,
            &mut self.layout,
        );
        if sent.message.is_some() {
            self.message = sent.message;
        }
        self.commands.extend(sent.commands);
    }
}

/// Draws a view beside its inspector and applies what it sent out to the session, in the
/// order it sent it: the one way every panel is shown, in the window and in tests. Returns the
/// view's status message and its commands to the app.
///
/// The inspector is as wide as the person dragged it, within bounds that leave the panel room;
/// its content wraps, and scrolls both ways when it still does not fit, so nothing is cut off.
pub fn show_view(
    ui: &mut egui::Ui,
    view: &mut dyn View,
    session: &mut Session,
    today: NaiveDate,
    theme: &Theme,
    layout: &mut WindowLayout,
) -> Sent {
    theme.install(ui.ctx());
    let mut edits = Edits::default();
    {
        let ctx = ViewCtx {
            doc: &session.doc,
            version: session.version(),
            today,
            theme,
        };
        // About a third of the room beside the navigation: at 900 points wide the panel keeps
        // some 500 for its chart or table.
        let widest = (ui.available_width() * 0.35).clamp(INSPECTOR_MIN_WIDTH, INSPECTOR_MAX_WIDTH);
        let splitter = splitter_keys(ui);
        let inspector = egui::Panel::right("inspector")
            .frame(panel_frame(egui::Frame::side_top_panel(ui.style())))
            .resizable(true)
            .size_range(INSPECTOR_MIN_WIDTH..=widest)
            .default_size(layout.inspector_width.clamp(INSPECTOR_MIN_WIDTH, widest))
            .show(ui, |ui| {
                egui::ScrollArea::both()
                    .id_salt("inspector scroll")
                    .auto_shrink(false)
                    .show(ui, |ui| view.inspector_ui(ui, &ctx, &mut edits))
            });
        layout.inspector = inspector.response.rect;
        layout.inspector_content = content_rect(&inspector.inner);
        layout.inspector_width = inspector.response.rect.width();
        // Each panel scrolls up and down on its own; a window too narrow for a table or a
        // chart scrolls sideways here instead of cutting off its right-hand columns.
        let central = egui::CentralPanel::default()
            .frame(panel_frame(egui::Frame::central_panel(ui.style())))
            .show(ui, |ui| {
                egui::ScrollArea::horizontal()
                    .id_salt("panel sideways")
                    .auto_shrink(false)
                    .show(ui, |ui| view.ui(ui, &ctx, &mut edits));
            });
        layout.central = central.response.rect;
        if let Some(id) = splitter {
            splitter_ring(ui, id, inspector.response.rect);
        }
    }
    let now = ui.input(|i| i.time);
    let sent = edits.apply_to(session, now);
    if sent.changed {
        // Draw again at once, so the frame on screen shows the document as it now is.
        ui.ctx().request_repaint();
    }
    sent
}

/// The id egui gives the inspector's resize handle, when it has the keyboard focus. egui
/// makes the handle a Tab stop with no ring and no keys of its own: here the arrow keys move
/// it, as a screen reader's steps do (left widens the inspector, right narrows it).
fn splitter_keys(ui: &egui::Ui) -> Option<egui::Id> {
    let id = ui.scope_id().with("inspector").with("__resize");
    if !ui.memory(|m| m.has_focus(id)) {
        return None;
    }
    ui.memory_mut(|m| {
        m.set_focus_lock_filter(
            id,
            egui::EventFilter {
                horizontal_arrows: true,
                ..Default::default()
            },
        );
    });
    let (wider, narrower) = ui.input(|i| {
        (
            i.num_presses(egui::Key::ArrowLeft),
            i.num_presses(egui::Key::ArrowRight),
        )
    });
    let step = |action| {
        egui::Event::AccessKitActionRequest(egui::accesskit::ActionRequest {
            action,
            target_tree: egui::accesskit::TreeId::ROOT,
            target_node: id.accesskit_id(),
            data: None,
        })
    };
    ui.ctx().input_mut(|i| {
        i.events.extend(
            std::iter::repeat_n(step(egui::accesskit::Action::Increment), wider).chain(
                std::iter::repeat_n(step(egui::accesskit::Action::Decrement), narrower),
            ),
        );
    });
    Some(id)
}

/// The focus ring on the inspector's resize handle, the same as every other Tab stop's: drawn
/// after the panels, so that neither covers it.
fn splitter_ring(ui: &egui::Ui, id: egui::Id, inspector: egui::Rect) {
    if !ui.memory(|m| m.has_focus(id)) {
        return;
    }
    let half = ui.style().interaction.resize_grab_radius_side;
    let handle = egui::Rect::from_x_y_ranges(
        inspector.left() - half..=inspector.left() + half,
        inspector.y_range(),
    );
    ui.painter().rect_stroke(
        handle,
        3.0,
        ui.visuals().selection.stroke,
        egui::StrokeKind::Inside,
    );
}

/// A test harness around one view with the sample document, on 2026-11-22, in a window of
/// the given height.
#[cfg(test)]
pub fn harness<V: View + 'static>(
    view: V,
    doc: Document,
    height: f32,
) -> egui_kittest::Harness<'static, Standalone<V>> {
    harness_sized(view, doc, [1280.0, height])
}

/// A test harness around one view on 2026-11-22, in a window of the given size.
#[cfg(test)]
pub fn harness_sized<V: View + 'static>(
    view: V,
    doc: Document,
    size: [f32; 2],
) -> egui_kittest::Harness<'static, Standalone<V>> {
    let today = crate::testing::today();
    let mut h = egui_kittest::Harness::builder()
        .with_size(size)
        .build_ui_state(
            |ui, s: &mut Standalone<V>| s.ui(ui),
            Standalone::new(view, doc, today),
        );
    h.run();
    h
}
