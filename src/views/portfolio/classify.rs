//! The bets no insight counts yet, an imported history most of all: each is listed with
//! what of its kind, phase and type of work is not set, and classified with a click, one
//! undo step each, without opening it in the inspector.

use crate::analysis::portfolio::{end_label, year_label};
use crate::edit::{Edit, Item};
use crate::model::{Bet, BetKind, Document, Phase, WorkType};
use crate::views::widgets::section;
use crate::views::{Edits, ViewCtx};

/// At most this many bets are listed at once; classifying one brings up the next.
const LISTED: usize = 6;

/// The bets to classify, earliest first.
pub(super) fn to_classify(doc: &Document) -> Vec<&Bet> {
    let mut left: Vec<&Bet> = doc.bets.iter().filter(|b| !b.is_classified()).collect();
    left.sort_by(|a, b| a.start.total_cmp(&b.start).then(a.id.cmp(&b.id)));
    left
}

/// A small button that sets one part of `bet`: whether it was clicked.
fn pick(ui: &mut egui::Ui, text: &str, bet: &Bet) -> bool {
    ui.small_button(text)
        .accessible_name(format!("{text}: {}", bet.title))
        .clicked()
}

/// The "To classify" list: nothing while every bet is classified.
pub(super) fn classify_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
    let left = to_classify(ctx.doc);
    if left.is_empty() {
        return;
    }
    section(ui, &format!("To classify ({})", left.len()));
    ui.label(
        egui::RichText::new(
            "No insight counts these until their kind, phase and type of work are set.",
        )
        .weak(),
    );
    for bet in left.iter().take(LISTED) {
        ui.push_id(("classify", bet.id.0), |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(format!(
                    "{} ({}–{}):",
                    bet.title,
                    year_label(bet.start),
                    end_label(bet.end)
                ));
                let mut set = (*bet).clone();
                if bet.kind.is_none() {
                    for kind in BetKind::ALL {
                        if pick(ui, kind.label(), bet) {
                            set.kind = Some(*kind);
                        }
                    }
                }
                if bet.phase.is_none() {
                    ui.separator();
                    for phase in Phase::ALL {
                        if pick(ui, phase.label(), bet) {
                            set.phase = Some(*phase);
                        }
                    }
                }
                if bet.work.is_none() {
                    ui.separator();
                    egui::ComboBox::from_id_salt("work")
                        .selected_text(egui::RichText::new("Type of work…").weak())
                        .width(120.0)
                        .show_ui(ui, |ui| {
                            for work in WorkType::ALL {
                                ui.selectable_value(&mut set.work, Some(*work), work.label());
                            }
                        })
                        .response
                        .accessible_name(format!("Type of work: {}", bet.title));
                }
                if set != **bet {
                    edits.say(format!("Classified \"{}\"", bet.title));
                    edits.push(Edit::Upsert(Item::Bet(set)));
                }
            });
        });
    }
    if left.len() > LISTED {
        ui.label(
            egui::RichText::new(format!(
                "…and {} more: classify these first, or open any bar.",
                left.len() - LISTED
            ))
            .weak(),
        );
    }
}
