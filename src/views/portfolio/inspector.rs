//! The bet inspector, and the rules the portfolio is read with: each one form, sent as one
//! edit.

use super::PortfolioView;
use crate::analysis::portfolio::{end_label, snap_quarter, year_label};
use crate::edit::{Edit, Item, ItemRef};
use crate::model::{BetId, BetKind, BetStatus, Document, Phase, Rules, WorkType};
use crate::views::Edits;
use crate::views::form::{Form, Rows};

impl PortfolioView {
    pub(super) fn rules_ui(ui: &mut egui::Ui, rules: &Rules, edits: &mut Edits) {
        egui::CollapsingHeader::new("Rules the portfolio is read with")
            .id_salt("portfolio rules")
            .show(ui, |ui| {
                let mut form = Form::new(rules);
                form.grid(ui, "portfolio rules grid", |rows, r| {
                    let years = " years";
                    rows.number(
                        "Established after",
                        &mut r.established_after_years,
                        0.0..=30.0,
                        0.25,
                        years,
                    );
                    rows.count(
                        "Big swings allowed before",
                        &mut r.max_early_swings,
                        0.0..=10.0,
                        0.05,
                        "",
                    );
                    range_rows(
                        rows,
                        ["Big swing at least every", "Big swing at most every"],
                        &mut r.swing_cadence_min_years,
                        &mut r.swing_cadence_max_years,
                        |rows, label, v| rows.number(label, v, 0.0..=20.0, 0.25, years),
                    );
                    rows.number(
                        "Longest run in one phase",
                        &mut r.max_same_phase_years,
                        0.0..=20.0,
                        0.25,
                        years,
                    );
                    rows.percent("Big swings that succeed", &mut r.swing_success_rate, 1.0);
                    range_rows(
                        rows,
                        ["Tour of duty from", "Tour of duty to"],
                        &mut r.tour_min_months,
                        &mut r.tour_max_months,
                        |rows, label, v| rows.count(label, v, 1.0..=60.0, 0.2, " months"),
                    );
                    rows.count(
                        "Drift checklist judged from",
                        &mut r.drift_min_answers,
                        1.0..=20.0,
                        0.05,
                        " answers",
                    );
                    range_rows(
                        rows,
                        ["Drift risk medium from", "Drift risk high from"],
                        &mut r.drift_medium_share,
                        &mut r.drift_high_share,
                        |rows, label, v| rows.percent(label, v, 1.0),
                    );
                });
                form.send(edits, Edit::Rules);
            });
    }

    pub(super) fn bet_inspector_ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        id: BetId,
        edits: &mut Edits,
    ) {
        let Some(bet) = doc.get(id) else {
            self.selected = None;
            return;
        };
        let mut form = Form::new(bet);
        ui.heading("Bet");
        form.grid(ui, "bet inspector", |rows, b| {
            rows.text("Title", &mut b.title);
            rows.text("Organisation", &mut b.organisation);
            rows.maybe_choice("Kind", &mut b.kind, BetKind::ALL);
            rows.maybe_choice("Phase", &mut b.phase, Phase::ALL);
            rows.maybe_choice("Type of work", &mut b.work, WorkType::ALL);
            rows.choice("Status", &mut b.status, BetStatus::ALL);
            // Bets start and end on quarters, as the timeline places them.
            let end = b.end;
            if rows.quarter("Start", &mut b.start, 1900.0..=end, false) {
                b.start = snap_quarter(b.start);
            }
            let start = b.start;
            if rows.quarter("End", &mut b.end, start..=2200.0, true) {
                b.end = snap_quarter(b.end).max(start);
            }
            rows.check(
                "Tour of duty",
                "A concrete 12–18 month goal",
                &mut b.tour_of_duty,
            );
            rows.multiline("Story", &mut b.story);
        });
        ui.label(
            egui::RichText::new(format!(
                "{} to {}",
                year_label(bet.start),
                end_label(bet.end)
            ))
            .small()
            .weak(),
        );
        form.skill_links(ui, doc, "Skills it builds", "skills", |b| &mut b.skills);
        form.stone_links(ui, doc, "Stepping stones it leads to", "stones", |b| {
            &mut b.stones
        });
        ui.add_space(8.0);
        if ui.button("Delete bet").clicked() {
            edits.push(Edit::Remove(ItemRef::Bet(id)));
            edits.say(format!("Deleted \"{}\"", bet.title));
            self.selected = None;
            return;
        }
        form.send(edits, |b| Edit::Upsert(Item::Bet(b)));
    }
}

/// Two rows for the ends of a range, each stopping at the other, so that the range never
/// turns inside out.
fn range_rows<T: Copy + PartialOrd>(
    rows: &mut Rows<'_>,
    labels: [&'static str; 2],
    low: &mut T,
    high: &mut T,
    mut row: impl FnMut(&mut Rows<'_>, &'static str, &mut T) -> bool,
) {
    if row(rows, labels[0], low) && *low > *high {
        *low = *high;
    }
    if row(rows, labels[1], high) && *high < *low {
        *high = *low;
    }
}
