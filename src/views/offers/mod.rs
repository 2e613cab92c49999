//! The Offers panel: any two offers side by side, held against the north star; the verdict
//! with its reasons and what would flip it; pay over the years; and each offer's details.

mod bars;
mod cells;
mod compare;
mod inspector;
mod pay;
mod worth;

pub use pay::PayView;

use super::widgets::{empty_hint, section};
use std::rc::Rc;

use chrono::NaiveDate;

use super::{DocVersion, Edits, Panel, View, ViewCtx};
use crate::analysis::goal::gone_goal;
use crate::analysis::offers::{Comparison, compare, compared_pair, offer_name};
use crate::analysis::value::{compare_money, home_currency};
use crate::edit::{Edit, Item, ItemRef};
use crate::model::{Compensation, Document, Offer, OfferId, next_id};

/// The Offers panel's own state. The pair compared is kept in the document, so that the
/// export compares the same two.
pub struct OffersView {
    selected: Option<OfferId>,
    years: usize,
    pay_view: PayView,
    /// The comparison of the pair shown, kept for the document version and day it is of:
    /// it reads the whole portfolio's insights, which a crowded document makes slow.
    cache: Option<(DocVersion, NaiveDate, [OfferId; 2], Rc<Comparison>)>,
}

impl Default for OffersView {
    fn default() -> Self {
        Self {
            selected: None,
            years: 4,
            pay_view: PayView::PerYear,
            cache: None,
        }
    }
}

impl OffersView {
    /// The comparison of `a` and `b`, computed once per version of the document.
    fn comparison(&mut self, ctx: &ViewCtx<'_>, a: &Offer, b: &Offer) -> Rc<Comparison> {
        let key = (ctx.version, ctx.today, [a.id, b.id]);
        match &self.cache {
            Some((version, today, pair, c)) if (*version, *today, *pair) == key => Rc::clone(c),
            _ => {
                let c = Rc::new(compare(ctx.doc, a, b, ctx.today));
                self.cache = Some((key.0, key.1, key.2, Rc::clone(&c)));
                c
            }
        }
    }

    /// The two offers compared: the pair kept in the document, else the first two.
    fn pair(doc: &Document) -> Option<(OfferId, OfferId)> {
        compared_pair(doc).map(|[a, b]| (a.id, b.id))
    }

    /// A north star that is gone, named before anything is judged, with the way to set it.
    fn goal_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let Some(gone) = gone_goal(ctx.doc, ctx.today) else {
            return;
        };
        ui.colored_label(ctx.theme.warn(), gone.headline());
        if ui.button("Go to the north star").clicked() {
            edits.show(Panel::Spec, None);
        }
    }

    fn list_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let doc = ctx.doc;
        section(ui, "Offers");
        if doc.offers.is_empty() {
            empty_hint(
                ui,
                "No offers yet. Add the role you hold today as \"stay\", then each offer you are weighing.",
            );
        }
        // A currency never chosen is said once, here, where it is taken from.
        if let Some(note) = home_currency(doc).note(doc) {
            ui.add(egui::Label::new(egui::RichText::new(note).color(ctx.theme.warn())).wrap());
        }
        ui.horizontal_wrapped(|ui| {
            for offer in &doc.offers {
                let mut text = offer_name(offer);
                if offer.is_current && !text.to_lowercase().contains("stay") {
                    text.push_str(" (stay)");
                }
                if ui
                    .selectable_label(self.selected == Some(offer.id), text)
                    .clicked()
                {
                    self.selected = Some(offer.id);
                }
            }
        });
        ui.horizontal(|ui| {
            if ui.button("Add offer").clicked() {
                let id = next_id(doc.offers.iter().map(|o| o.id));
                // A new offer starts with no scores: each waits for the person to give it.
                edits.push(Edit::Upsert(Item::Offer(Offer {
                    id,
                    company: "New company".to_owned(),
                    role: "Role".to_owned(),
                    // Paid, until the person says otherwise, in their own currency.
                    compensation: Compensation {
                        currency: home_currency(doc)
                            .currency
                            .or_else(|| doc.offers.first().map(|o| o.compensation.currency.clone()))
                            .unwrap_or_default(),
                        ..Compensation::default()
                    },
                    ..Offer::default()
                })));
                self.selected = Some(id);
            }
            if let Some(offer) = self.selected.and_then(|id| doc.get(id)) {
                if ui.button("Duplicate offer").clicked() {
                    let id = next_id(doc.offers.iter().map(|o| o.id));
                    edits.push(Edit::Upsert(Item::Offer(Offer {
                        id,
                        company: format!("{} (copy)", offer.company),
                        is_current: false,
                        ..offer.clone()
                    })));
                    self.selected = Some(id);
                }
                if ui.button("Delete offer").clicked() {
                    edits.push(Edit::Remove(ItemRef::Offer(offer.id)));
                    edits.say(format!("Deleted {}", offer_name(offer)));
                    self.selected = None;
                }
            }
        });
    }

    fn pick_ui(ui: &mut egui::Ui, doc: &Document, a: OfferId, b: OfferId, edits: &mut Edits) {
        // One pick a line, each label beside its box: side by side they ran past a narrow
        // panel, and wrapped they parted a label from its box.
        for (slot, (label, current)) in [("Offer A", a), ("Offer B", b)].into_iter().enumerate() {
            ui.horizontal(|ui| {
                let label_response = ui.label(label);
                let shown = doc.get(current).map(offer_name).unwrap_or_default();
                let mut chosen = current;
                egui::ComboBox::from_id_salt(label)
                    .selected_text(shown)
                    .width(240.0)
                    .show_ui(ui, |ui| {
                        for offer in &doc.offers {
                            ui.selectable_value(&mut chosen, offer.id, offer_name(offer));
                        }
                    })
                    .response
                    .labelled_by(label_response.id);
                if chosen != current {
                    let mut pair = [a, b];
                    // Picking the other side's offer swaps the two: an offer is never
                    // compared with itself.
                    if pair[1 - slot] == chosen {
                        pair[1 - slot] = current;
                    }
                    pair[slot] = chosen;
                    edits.push(Edit::Compared(Some(pair)));
                }
            });
        }
    }
}

/// The panel width from which the verdict sits beside the criteria table: two columns of
/// some 600 points, the table's whole width in the first.
const TWO_COLUMNS_FROM: f32 = 1200.0;

impl View for OffersView {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        egui::ScrollArea::vertical()
            .id_salt("offers scroll")
            .show(ui, |ui| {
                Self::goal_ui(ui, ctx, edits);
                self.list_ui(ui, ctx, edits);
                match Self::pair(ctx.doc) {
                    Some((a, b)) => {
                        let (Some(offer_a), Some(offer_b)) = (ctx.doc.get(a), ctx.doc.get(b))
                        else {
                            return;
                        };
                        let c = self.comparison(ctx, offer_a, offer_b);
                        let names = [offer_name(offer_a), offer_name(offer_b)];
                        let table = |ui: &mut egui::Ui, edits: &mut Edits| {
                            section(ui, "Side by side");
                            Self::pick_ui(ui, ctx.doc, a, b, edits);
                            // The table alone scrolls sideways in a narrow window, so that the
                            // verdict and the rest below it still wrap to the panel's width.
                            // No criteria, no table: the verdict says what to add.
                            if !c.rows.is_empty() {
                                egui::ScrollArea::horizontal()
                                    .id_salt("criteria table")
                                    .show(ui, |ui| Self::table_ui(ui, ctx, &c, &names, edits));
                            }
                        };
                        // A wide window (1920 points) puts the verdict beside the table it
                        // reads, instead of leaving the right half of the panel empty.
                        if ui.available_width() >= TWO_COLUMNS_FROM {
                            ui.columns(2, |columns| {
                                let [left, right] = columns else {
                                    return;
                                };
                                left.vertical(|ui| table(ui, edits));
                                right.vertical(|ui| Self::verdict_ui(ui, ctx, &c, edits));
                            });
                        } else {
                            table(ui, edits);
                            Self::verdict_ui(ui, ctx, &c, edits);
                        }
                        Self::sticks_ui(ui, ctx, &c, &names);
                        // One projection of both offers feeds every money figure below.
                        let m = compare_money(ctx.doc, offer_a, offer_b, self.years, ctx.today);
                        let offers = [offer_a, offer_b];
                        pay::pay_ui(ui, ctx, (&mut self.years, &mut self.pay_view), offers, &m);
                        worth::value_ui(ui, ctx, offers, &m, self.years);
                    }
                    None if ctx.doc.offers.len() == 1 => {
                        empty_hint(ui, "Add a second offer to compare the two side by side.");
                    }
                    None => {}
                }
                ui.add_space(8.0);
                Self::criteria_ui(ui, ctx.doc, edits);
            });
    }

    fn inspector_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        match self.selected {
            Some(id) => self.offer_inspector_ui(ui, ctx, id, edits),
            None => {
                ui.label(
                    egui::RichText::new("Click an offer to edit it: scores, pay, what it serves.")
                        .weak(),
                );
            }
        }
    }

    fn select(&mut self, item: ItemRef) {
        if let ItemRef::Offer(id) = item {
            self.selected = Some(id);
        }
    }
}

#[cfg(test)]
mod tests;
