//! The bet inspector, and the rules the portfolio is read with: each one form, sent as one
//! edit.

use super::PortfolioView;
use crate::analysis::evidence::{shown, wins};
use crate::analysis::portfolio::{end_label, snap_quarter, year_label};
use crate::edit::{Edit, Item, ItemRef};
use crate::model::{BetId, BetKind, BetStatus, Phase, Rules, WorkType};
use crate::views::form::{Form, Rows, SKILLS_ON_SPEC};
use crate::views::widgets::{AddRow, WIN_BLANK, add_row, empty_hint};
use crate::views::{Edits, Panel, ViewCtx};

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
        ctx: &ViewCtx<'_>,
        id: BetId,
        edits: &mut Edits,
    ) {
        let doc = ctx.doc;
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
        form.skill_links(ui, doc, "Skills it builds", SKILLS_ON_SPEC, "skills", |b| {
            &mut b.skills
        });
        form.stone_links(ui, doc, "Stepping stones it leads to", "stones", |b| {
            &mut b.stones
        });
        self.wins_ui(ui, ctx, id, edits);
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

impl PortfolioView {
    /// The evidence that came from a bet, the latest first, and a win added from it: linked
    /// to it, dated today, and opened on the Evidence panel.
    fn wins_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, id: BetId, edits: &mut Edits) {
        /// The wins named here; the rest are counted.
        const SHOWN: usize = 3;
        ui.add_space(8.0);
        ui.strong("Wins from this bet");
        let mut linked: Vec<_> = ctx
            .doc
            .evidence
            .iter()
            .filter(|e| e.bets.contains(&id))
            .collect();
        linked.sort_by_key(|e| std::cmp::Reverse((e.date.is_some(), e.date)));
        if linked.is_empty() {
            empty_hint(ui, "No evidence is linked to this bet yet.");
        }
        for e in linked.iter().take(SHOWN) {
            let open = ui
                .push_id(("win", e.id.0), |ui| ui.link(shown(e)))
                .inner
                .on_hover_text("Open it on the Evidence panel");
            if open.clicked() {
                edits.show(Panel::Evidence, Some(ItemRef::Evidence(e.id)));
            }
        }
        if linked.len() > SHOWN {
            empty_hint(
                ui,
                &format!("and {} more on the Evidence panel", linked.len() - SHOWN),
            );
        }
        let row = AddRow {
            hint: "what happened",
            name: "What happened, a win from this bet",
            button: "Add a win",
            hover: "Add it to your evidence, dated today and linked to this bet, and open it \
                    on the Evidence panel",
            blank: WIN_BLANK,
        };
        if let Some(what) = add_row(ui, &mut self.win, &row, false) {
            let entry = wins::from_bet(ctx.doc, id, &what, ctx.today);
            let to = ItemRef::Evidence(entry.id);
            edits.push(Edit::Upsert(Item::Evidence(entry)));
            edits.say("Added a win from this bet: give what it measured, and link what it proves");
            edits.show(Panel::Evidence, Some(to));
        }
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
