//! What the hands do on the timeline: a bet dropped from the palette, a bar moved or
//! resized by a drag, a click that selects, and the keys that nudge or delete.

use egui::{Key, Modifiers, Pos2};
use egui_plot::{PlotPoint, PlotTransform};

use super::{BAR_WIDTH, BarDrag, EDGE_GRAB, Lanes, MIN_LENGTH, Part, PortfolioView};
use crate::analysis::portfolio::{default_length, snap_quarter, status_on, year_label};
use crate::edit::{Edit, Item, ItemRef};
use crate::model::{Bet, BetId, BetKind, Document, Phase, WorkType, next_id, year_fraction};
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
        doc.bets.iter().rev().find_map(|bet| {
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

        // A new bet dragged from the palette and dropped on the chart.
        if let Some(palette_kind) = self.palette_drag {
            if let Some(pos) = pointer {
                ui.ctx().debug_painter().text(
                    pos + egui::vec2(12.0, 0.0),
                    egui::Align2::LEFT_CENTER,
                    format!("+ {}", palette_kind.label()),
                    egui::FontId::proportional(14.0),
                    ctx.theme.kind(palette_kind),
                );
            }
            if released {
                self.palette_drag = None;
                if let Some(pos) = pointer.filter(|p| transform.frame().contains(*p)) {
                    let at = transform.value_from_position(pos);
                    let kind = lanes.kind_at(at.y);
                    self.create(doc, kind, snap_quarter(at.x), ctx, edits);
                }
            }
            return;
        }

        if response.drag_started()
            && let Some(origin) = press_origin
            && let Some((id, part)) = Self::hit(transform, doc, lanes, origin)
            && let Some(bet) = doc.bet(id)
        {
            self.selected = Some(id);
            self.drag = Some(BarDrag {
                part,
                origin,
                transform: *transform,
                original: bet.clone(),
            });
        }
        if let Some(drag) = &self.drag
            && let Some(pos) = pointer
        {
            let delta = f64::from(pos.x - drag.origin.x) / drag.transform.dpos_dvalue_x();
            let lane = lanes.kind_at(drag.transform.value_from_position(pos).y);
            let moved = dragged(&drag.original, drag.part, delta, lane);
            if doc.bet(moved.id) != Some(&moved) {
                edits.push_merging(
                    Edit::Upsert(Item::Bet(moved)),
                    Some(ItemRef::Bet(drag.original.id)),
                    "drag",
                );
            }
        }
        if self.drag.is_some() && (response.drag_stopped() || released) {
            self.drag = None;
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
        let Some(bet) = self.selected.and_then(|id| doc.bet(id)) else {
            return;
        };
        if ui.ctx().memory(|m| m.focused().is_some()) {
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

    fn create(
        &mut self,
        doc: &Document,
        kind: BetKind,
        start: f64,
        ctx: &ViewCtx<'_>,
        edits: &mut Edits,
    ) {
        let id = next_id(doc.bets.iter().map(|b| b.id));
        let end = start + default_length(kind);
        let bet = Bet {
            id,
            title: match kind {
                BetKind::Core => "New core role".to_owned(),
                BetKind::BigSwing => "New big swing".to_owned(),
            },
            kind,
            phase: match kind {
                BetKind::Core => Phase::Impact,
                BetKind::BigSwing => Phase::Learning,
            },
            work: match kind {
                BetKind::Core => WorkType::Feature,
                BetKind::BigSwing => WorkType::ZeroToOne,
            },
            status: status_on(start, end, year_fraction(ctx.today)),
            start,
            end,
            ..Bet::default()
        };
        edits.say(format!(
            "Added a {} from {}",
            kind.label().to_lowercase(),
            year_label(start)
        ));
        edits.push(Edit::Upsert(Item::Bet(bet)));
        self.selected = Some(id);
    }
}

/// A bet moved or resized by a drag of `delta` years, possibly into another lane.
pub(super) fn dragged(original: &Bet, part: Part, delta: f64, lane: BetKind) -> Bet {
    let mut bet = original.clone();
    match part {
        Part::Body => {
            let start = snap_quarter(original.start + delta);
            bet.end = start + (original.end - original.start);
            bet.start = start;
            bet.kind = lane;
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
