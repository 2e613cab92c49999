//! What the hands do on the timeline: a bet dropped from the palette, a bar moved or
//! resized by a drag, a click that selects, and the keys that nudge or delete.

use egui::{Key, Modifiers, Pos2, Stroke};
use egui_plot::{PlotPoint, PlotTransform};

use super::{BAR_WIDTH, BarDrag, EDGE_GRAB, Lanes, MIN_LENGTH, Part, PortfolioView};
use crate::analysis::portfolio::{end_label, lane as lane_of, new_bet, snap_quarter, year_label};
use crate::edit::{Edit, Item, ItemRef};
use crate::model::{Bet, BetId, BetKind, Document, MaybeLabelled};
use crate::views::{Edits, ViewCtx};

impl PortfolioView {
    /// Which bet, and which part of it, is under a point on screen, on a given chart.
    pub(super) fn hit(
        transform: &PlotTransform,
        doc: &Document,
        lanes: &Lanes,
        pos: Pos2,
    ) -> Option<(BetId, Part)> {
        if !transform.frame().contains(pos) {
            return None;
        }
        doc.bets
            .iter()
            .rev()
            .filter(|b| lanes.shows(b))
            .find_map(|bet| {
                let y = lanes.y(bet);
                let rect = transform.rect_from_values(
                    &PlotPoint::new(bet.start, y - BAR_WIDTH / 2.0),
                    &PlotPoint::new(bet.end, y + BAR_WIDTH / 2.0),
                );
                if !rect.expand(2.0).contains(pos) {
                    return None;
                }
                let edge = EDGE_GRAB.min(rect.width() / 3.0);
                let part = if pos.x - rect.left() <= edge {
                    Part::Start
                } else if rect.right() - pos.x <= edge {
                    Part::End
                } else {
                    Part::Body
                };
                Some((bet.id, part))
            })
    }

    /// Turns presses, drags, drops and keys on the chart into edits.
    pub(super) fn interact(
        &mut self,
        ui: &egui::Ui,
        ctx: &ViewCtx<'_>,
        lanes: &Lanes,
        transform: &PlotTransform,
        response: &egui::Response,
        edits: &mut Edits,
    ) {
        let doc = ctx.doc;
        let (pointer, press_origin, released) = ui.input(|i| {
            (
                i.pointer.latest_pos(),
                i.pointer.press_origin(),
                i.pointer.any_released(),
            )
        });

        // A new bet dragged from the palette and dropped on the chart. The bet the ghost shows
        // is the one the drop adds: one value, so the two cannot disagree.
        if let Some(palette_kind) = self.palette_drag {
            let landing = pointer
                .filter(|p| transform.frame().contains(*p))
                .map(|pos| {
                    let at = transform.value_from_position(pos);
                    new_bet(doc, lanes.kind_at(at.y), snap_quarter(at.x), ctx.today)
                });
            if let Some(pos) = pointer {
                let text = match &landing {
                    Some(bet) => {
                        let y = lanes.landing_y(doc, bet);
                        ghost_ui(ui, ctx, transform, bet, y);
                        landing_text(bet)
                    }
                    None => format!("+ {}", palette_kind.label()),
                };
                pointer_label_ui(ui, transform, pos, &text);
            }
            if released {
                self.palette_drag = None;
                if let Some(bet) = landing {
                    self.add(bet, edits);
                }
            }
            return;
        }

        if response.drag_started()
            && let Some(origin) = press_origin
            && let Some((id, part)) = Self::hit(transform, doc, lanes, origin)
            && let Some(bet) = doc.get(id)
        {
            self.selected = Some(id);
            self.drag = Some(BarDrag {
                part,
                origin,
                transform: *transform,
                original: bet.clone(),
                row: lanes.row(id),
            });
        }
        if let Some(drag) = &mut self.drag
            && let Some(pos) = pointer
        {
            let delta = f64::from(pos.x - drag.origin.x) / drag.transform.dpos_dvalue_x();
            let y = drag.transform.value_from_position(pos).y;
            let lane = lanes.kind_at(y);
            let moved = dragged(&drag.original, drag.part, delta, lane);
            if drag.part == Part::Body {
                drag.row = lanes.row_at(lane, y);
            }
            let y = lanes.row_y(lane_of(&moved), drag.row);
            ghost_ui(ui, ctx, &drag.transform, &moved, y);
            pointer_label_ui(ui, &drag.transform, pos, &landing_text(&moved));
            if doc.get(moved.id) != Some(&moved) {
                edits.push_merging(
                    Edit::Upsert(Item::Bet(moved)),
                    Some(ItemRef::Bet(drag.original.id)),
                    "drag",
                );
            }
        }
        if self.drag.is_some() && (response.drag_stopped() || released) {
            // The bar stays in the row it was dropped in: the next layout starts from it,
            // even when the drop changed nothing in the document but the row.
            self.dropped = self.drag.take().map(|d| (d.original.id, d.row));
            if let Some(cache) = &mut self.cache {
                cache.rows_due = true;
            }
            edits.seal();
        }
        if response.clicked() {
            self.selected = pointer
                .and_then(|p| Self::hit(transform, doc, lanes, p))
                .map(|(id, _)| id);
        }
        self.keys_ui(ui, doc, edits);
    }

    fn keys_ui(&mut self, ui: &egui::Ui, doc: &Document, edits: &mut Edits) {
        let Some(bet) = self.selected.and_then(|id| doc.get(id)) else {
            return;
        };
        // Not while typing, and not under the promotion packet's preview or another dialog.
        if !crate::views::widgets::keys_are_free(ui) {
            return;
        }
        let (delete, left, right, shift_left, shift_right) = ui.input_mut(|i| {
            (
                i.consume_key(Modifiers::NONE, Key::Delete)
                    || i.consume_key(Modifiers::NONE, Key::Backspace),
                i.consume_key(Modifiers::NONE, Key::ArrowLeft),
                i.consume_key(Modifiers::NONE, Key::ArrowRight),
                i.consume_key(Modifiers::SHIFT, Key::ArrowLeft),
                i.consume_key(Modifiers::SHIFT, Key::ArrowRight),
            )
        });
        if delete {
            edits.push(Edit::Remove(ItemRef::Bet(bet.id)));
            edits.say(format!("Deleted \"{}\"", bet.title));
            self.selected = None;
            return;
        }
        let step = |d: f64| -> f64 { d * 0.25 };
        let moved = if left || right {
            let d = step(if right { 1.0 } else { -1.0 });
            Some(Bet {
                start: bet.start + d,
                end: bet.end + d,
                ..bet.clone()
            })
        } else if shift_left || shift_right {
            let d = step(if shift_right { 1.0 } else { -1.0 });
            Some(Bet {
                end: (bet.end + d).max(bet.start + MIN_LENGTH),
                ..bet.clone()
            })
        } else {
            None
        };
        if let Some(moved) = moved {
            edits.push_merging(
                Edit::Upsert(Item::Bet(moved)),
                Some(ItemRef::Bet(bet.id)),
                "nudge",
            );
        }
    }

    /// Adds a new bet as one undo step, selects it, and says what was added.
    pub(super) fn add(&mut self, bet: Bet, edits: &mut Edits) {
        edits.say(format!(
            "Added \"{}\": {}, {} – {}",
            bet.title,
            bet.kind.label_or_unset().to_lowercase(),
            year_label(bet.start),
            end_label(bet.end)
        ));
        self.selected = Some(bet.id);
        edits.push(Edit::Upsert(Item::Bet(bet)));
    }
}

/// What the label beside the pointer says while a bet is dragged: where it will be.
pub(super) fn landing_text(bet: &Bet) -> String {
    format!(
        "{}: {} – {}",
        bet.kind.map_or("Kind not set", BetKind::label),
        year_label(bet.start),
        end_label(bet.end)
    )
}

/// A translucent bar, in the kind's colour and outlined, where the dragged bet will land.
fn ghost_ui(ui: &egui::Ui, ctx: &ViewCtx<'_>, transform: &PlotTransform, bet: &Bet, y: f64) {
    let color = bet.kind.map_or(ctx.theme.muted(), |k| ctx.theme.kind(k));
    let rect = transform.rect_from_values(
        &PlotPoint::new(bet.start, y - BAR_WIDTH / 2.0),
        &PlotPoint::new(bet.end, y + BAR_WIDTH / 2.0),
    );
    let painter = ui.painter().with_clip_rect(*transform.frame());
    painter.rect_filled(rect, 3.0, color.gamma_multiply(0.35));
    painter.rect_stroke(rect, 3.0, Stroke::new(2.0, color), egui::StrokeKind::Inside);
}

/// A label with a background beside the pointer, kept inside the chart: a widget, not paint,
/// so that it is read out like any other text.
fn pointer_label_ui(ui: &egui::Ui, transform: &PlotTransform, pos: Pos2, text: &str) {
    egui::Area::new(egui::Id::unique("portfolio landing label"))
        .order(egui::Order::Tooltip)
        .interactable(false)
        .fixed_pos(pos + egui::vec2(14.0, -28.0))
        .constrain_to(*transform.frame())
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.add(egui::Label::new(text).extend());
            });
        });
}

/// A bet moved or resized by a drag of `delta` years, possibly into another lane.
pub(super) fn dragged(original: &Bet, part: Part, delta: f64, lane: BetKind) -> Bet {
    let mut bet = original.clone();
    match part {
        Part::Body => {
            let start = snap_quarter(original.start + delta);
            bet.end = start + (original.end - original.start);
            bet.start = start;
            // Only a move into the other lane says the kind: a bet of no kind yet moved
            // along the core lane it sits in stays unclassified.
            if lane != lane_of(original) {
                bet.kind = Some(lane);
            }
        }
        Part::Start => {
            bet.start = snap_quarter(original.start + delta).min(original.end - MIN_LENGTH);
        }
        Part::End => {
            bet.end = snap_quarter(original.end + delta).max(original.start + MIN_LENGTH);
        }
    }
    bet
}
