//! Which bets the timeline shows: a crowded portfolio is read a kind or a status at a time.
//! The filter is the panel's own state, never saved, and what it hides is always counted.

use super::{PortfolioView, lane_name};
use crate::analysis::offers::grouped;
use crate::analysis::portfolio::lane;
use crate::model::{Bet, BetKind, BetStatus};
use crate::views::ViewCtx;
use crate::views::widgets::empty_hint;

/// The kinds and statuses the timeline leaves out; by default, none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Filter {
    hidden_kinds: Vec<BetKind>,
    hidden_statuses: Vec<BetStatus>,
}

impl Filter {
    /// Whether the timeline shows `bet`.
    pub(super) fn shows(&self, bet: &Bet) -> bool {
        !self.hidden_kinds.contains(&lane(bet)) && !self.hidden_statuses.contains(&bet.status)
    }
}

/// A checkbox, ticked while `item` is shown, that leaves it out when unticked: whether it
/// was flipped, and where its text is.
fn toggle<T: PartialEq + Copy>(
    ui: &mut egui::Ui,
    hidden: &mut Vec<T>,
    item: T,
    text: &str,
    hint: &str,
) -> (bool, egui::Rect) {
    let mut shown = !hidden.contains(&item);
    let response = ui.checkbox(&mut shown, text).on_hover_text(hint);
    crate::views::widgets::set_member(hidden, item, !shown);
    let spacing = ui.spacing();
    let mut text = response.rect;
    text.min.x += spacing.icon_width + spacing.icon_spacing;
    (response.changed(), text)
}

impl PortfolioView {
    /// The checkboxes that choose which kinds and statuses the timeline shows; each status
    /// beside its colour, so that the row is also the key to the bars' fills.
    pub(super) fn filter_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
        let theme = ctx.theme;
        let mut changed = false;
        ui.horizontal_wrapped(|ui| {
            ui.label("Show:");
            for kind in BetKind::ALL {
                changed |= toggle(
                    ui,
                    &mut self.filter.hidden_kinds,
                    *kind,
                    lane_name(*kind),
                    "Untick to leave this lane's bets off the timeline",
                )
                .0;
            }
            ui.separator();
            for status in BetStatus::ALL {
                let (flipped, text) = toggle(
                    ui,
                    &mut self.filter.hidden_statuses,
                    *status,
                    status.label(),
                    "Untick to leave bets with this status off the timeline",
                );
                changed |= flipped;
                // The status's colour under its name: a key to the bars' fills that wraps
                // with its box, where a swatch beside it could wrap apart from it.
                let key = egui::Rect::from_min_max(
                    egui::pos2(text.left(), text.bottom() - 3.0),
                    text.right_bottom(),
                );
                ui.painter().rect_filled(key, 1.0, theme.status(*status));
            }
        });
        if changed {
            // The rows are packed again for what is shown: fit the chart's height to them.
            self.rows_changed = true;
        }
    }

    /// One line under the chart, always there so that nothing below it moves: what to do
    /// first on an empty timeline, else how many bets the filter hides, or that none is.
    pub(super) fn shown_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
        let bets = &ctx.doc.bets;
        let hidden: Vec<&Bet> = bets.iter().filter(|b| !self.filter.shows(b)).collect();
        ui.horizontal(|ui| {
            ui.set_min_height(ui.spacing().interact_size.y);
            if bets.is_empty() {
                empty_hint(
                    ui,
                    "Drag a Core bet onto the timeline to add your first role.",
                );
                return;
            }
            let total = count(bets.len());
            if hidden.is_empty() {
                ui.label(format!("{total} on the timeline."));
                return;
            }
            let selected_hidden = hidden.iter().any(|b| Some(b.id) == self.selected);
            let among = if selected_hidden {
                ", the selected one among them"
            } else {
                ""
            };
            ui.label(
                egui::RichText::new(format!(
                    "{} of {total} hidden by the filter{among}.",
                    grouped(hidden.len())
                ))
                .color(ctx.theme.warn()),
            );
            if ui.small_button("Show all").clicked() {
                self.filter = Filter::default();
                self.rows_changed = true;
            }
        });
    }
}

/// "1 bet", "1,000 bets".
fn count(n: usize) -> String {
    let bets = if n == 1 { "bet" } else { "bets" };
    format!("{} {bets}", grouped(n))
}
