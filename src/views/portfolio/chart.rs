//! The timeline itself: the palette to drag new bets from, and the chart of bets in their two
//! lanes with what the pointer is over, drawn by the scene and handed to the drag.

use std::rc::Rc;

use egui_plot::{Plot, PlotBounds, PlotTransform};

use super::scene::{Scale, Scene, names_ui};
use super::{Lanes, Part, PortfolioView, year_span};
use crate::analysis::portfolio::{end_label, new_bet, snap_quarter, year_label};
use crate::model::{Bet, BetId, BetKind, Document, year_fraction};
use crate::views::charts::calendar_axis;
use crate::views::theme::Theme;
use crate::views::{Edits, ViewCtx};

impl PortfolioView {
    /// The chips new bets come from: dragged onto the timeline, or clicked (or pressed with
    /// Enter or Space once focused) to add one starting this quarter, so that the timeline
    /// can be built without a drag.
    pub(super) fn palette_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let theme = *ctx.theme;
        ui.horizontal(|ui| {
            ui.label("Add a bet:");
            for kind in BetKind::ALL {
                let text = match kind {
                    BetKind::Core => "Core bet",
                    BetKind::BigSwing => "Big swing",
                };
                let fill = theme.kind(*kind);
                let button =
                    egui::Button::new(egui::RichText::new(text).color(Theme::text_on(fill)))
                        .fill(fill)
                        .sense(egui::Sense::click_and_drag());
                let what = match kind {
                    BetKind::Core => "A steady role on an existing product: builds the core craft",
                    BetKind::BigSwing => {
                        "A zero-to-one bet: fails about half the time, pays in stories and learning"
                    }
                };
                let response = ui.add(button).on_hover_text(format!(
                    "{what}.\nDrag onto the timeline, or click to add one starting now."
                ));
                if response.drag_started() {
                    self.palette_drag = Some(*kind);
                }
                if response.dragged() || self.palette_drag == Some(*kind) {
                    ui.ctx().set_cursor_icon(egui::CursorIcon::Grabbing);
                }
                if response.clicked() {
                    let start = snap_quarter(year_fraction(ctx.today));
                    self.add(new_bet(ctx.doc, *kind, start, ctx.today), edits);
                }
            }
            if ui
                .button("Fit to bets")
                .on_hover_text("Show the whole career")
                .clicked()
            {
                self.fit_requested = true;
            }
        });
    }

    /// The chart of bets: where the pointer is, which rows are in view, the plot drawn
    /// part by part, the names over it, and what the hands did on it.
    pub(super) fn chart_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let doc = ctx.doc;
        let analysis = self.analysis(ctx);
        let lanes = Lanes {
            layout: Rc::clone(&analysis.layout),
            held: self.drag.as_ref().map(|d| (d.original.id, d.row)),
        };
        let seen = self.transform;
        let pointer = self.pointer_on(ui, doc, &lanes, seen.as_ref());
        let fit = std::mem::take(&mut self.fit_requested) || !self.seen_once;
        let refit_rows = std::mem::take(&mut self.rows_changed);
        self.seen_once = true;
        self.y_top = if fit || refit_rows {
            lanes.top()
        } else {
            self.y_top.max(lanes.top())
        };
        let height = (ui.available_height() * 0.55).clamp(220.0, 420.0);
        let reveal = self
            .reveal
            .take()
            .and_then(|id| doc.get(id))
            .filter(|b| lanes.shows(b))
            .map(|b| lanes.y(b));
        let rows = self.rows_in_view(
            ui,
            (seen.as_ref(), pointer.at),
            fit || refit_rows,
            reveal,
            height,
        );
        let scene = Scene {
            doc,
            theme: *ctx.theme,
            lanes: &lanes,
            names: &analysis.names,
            selected: self.selected,
            view: rows.view,
            scale: Scale::of(seen.as_ref()),
            now: year_fraction(ctx.today),
        };
        let (view_low, view_high) = rows.view;
        let response = calendar_axis(Plot::new("portfolio timeline"), false)
            .height(height)
            .show_axes([true, false])
            .show_grid([true, false])
            .allow_drag([!pointer.holding, false])
            .allow_zoom([!pointer.dragging, false])
            .allow_scroll([!pointer.dragging, false])
            .allow_boxed_zoom(false)
            .allow_double_click_reset(false)
            .auto_bounds(false)
            .x_axis_label("Year")
            .show(ui, |plot| {
                if fit {
                    let (from, to) = year_span(doc);
                    plot.set_plot_bounds(PlotBounds::from_min_max(
                        [from, view_low],
                        [to, view_high],
                    ));
                }
                plot.set_plot_bounds_y(view_low..=view_high);
                scene.lanes_ui(plot);
                scene.tours_ui(plot);
                let placed = scene.placed();
                scene.bars_ui(plot, &placed);
                scene.labels_ui(plot, &placed);
                scene.markers_ui(plot);
            });
        self.transform = Some(response.transform);
        names_ui(ui, ctx, &lanes, &response.transform, rows.view);
        if let Some(bar) = rows.bar {
            self.rows_bar_ui(ui, response.transform.frame(), bar);
        }
        self.hover_name_ui(&response.response, doc, &analysis.names, &pointer);
        // Presses are read against the chart the person saw when pressing.
        let seen = seen.unwrap_or(response.transform);
        self.interact(ui, ctx, &lanes, &seen, &response.response, edits);
    }

    /// Where the pointer is over the chart as last drawn, and whether the chart must hold
    /// still under it; the cursor says what a press there would take.
    fn pointer_on(
        &self,
        ui: &egui::Ui,
        doc: &Document,
        lanes: &Lanes,
        seen: Option<&PlotTransform>,
    ) -> Pointer {
        let (at, press_origin) = ui.input(|i| (i.pointer.latest_pos(), i.pointer.press_origin()));
        let over_bar = at.zip(seen).and_then(|(p, t)| Self::hit(t, doc, lanes, p));
        // A press that began on a bar holds the chart until it is released: the pointer often
        // leaves the bar before the drag is seen to begin (an end grabbed at its edge, a quick
        // hand, a slow frame), and the chart must not pan meanwhile.
        let pressed_bar = press_origin
            .zip(seen)
            .and_then(|(p, t)| Self::hit(t, doc, lanes, p));
        let dragging = self.drag.is_some() || self.palette_drag.is_some();
        if let Some((_, part)) = over_bar
            && self.drag.is_none()
        {
            ui.ctx().set_cursor_icon(match part {
                Part::Body => egui::CursorIcon::Grab,
                Part::Start | Part::End => egui::CursorIcon::ResizeHorizontal,
            });
        }
        Pointer {
            at,
            over_bar,
            pressed_bar,
            dragging,
            // Over a bar a press grabs the bar, so the plot must not pan; the wheel still
            // zooms and pans a chart full of bars.
            holding: dragging || over_bar.is_some() || pressed_bar.is_some(),
        }
    }

    /// The name of the bet under a resting pointer, as a tooltip below the chart's edge.
    fn hover_name_ui(
        &self,
        response: &egui::Response,
        doc: &Document,
        names: &[String],
        pointer: &Pointer,
    ) {
        if self.drag.is_none()
            && self.palette_drag.is_none()
            && pointer.pressed_bar.is_none()
            && let Some((id, _)) = pointer.over_bar
            && let Some(name) = doc
                .bets
                .iter()
                .position(|b| b.id == id)
                .and_then(|i| names.get(i))
        {
            response.clone().on_hover_text_at_pointer(name.as_str());
        }
    }
}

/// The pointer over the chart in one frame.
struct Pointer {
    /// Where it is, if anywhere.
    at: Option<egui::Pos2>,
    /// The bar, and the part of it, under the pointer.
    over_bar: Option<(BetId, Part)>,
    /// The bar the press now held began on.
    pressed_bar: Option<(BetId, Part)>,
    /// A bar or a new bet from the palette is being dragged.
    dragging: bool,
    /// The chart must not pan under the pointer.
    holding: bool,
}

/// What hovering a bar says about its bet.
pub(super) fn bar_name(bet: &Bet) -> String {
    format!(
        "{} ({}–{}, {}, {})",
        bet.title,
        year_label(bet.start),
        end_label(bet.end),
        match (bet.kind, bet.phase) {
            (Some(_), Some(phase)) => phase.label().to_lowercase(),
            (None, Some(phase)) => format!("kind not set, {}", phase.label().to_lowercase()),
            (Some(_), None) => "phase not set".to_owned(),
            (None, None) => "kind and phase not set".to_owned(),
        },
        bet.status.label().to_lowercase()
    )
}
