//! The offer inspector: one offer's details, its score on each criterion with the reason, its
//! pay, and what it serves; one form, sent as one edit.

mod money;
mod vesting;

use super::OffersView;
use crate::analysis::offers::{score_of, vesting_shares};
use crate::edit::{Edit, Item};
use crate::model::{
    BetKind, CriterionId, Direction, Offer, OfferId, Phase, Score, ScoredUnder, Vesting, WorkType,
};
use crate::views::form::{Form, Rows, SKILLS_ON_SPEC};
use crate::views::{Edits, ViewCtx, widgets};

/// The offer's score on a criterion, added to the offer when it had none.
fn score_mut(offer: &mut Offer, criterion: CriterionId) -> &mut Score {
    let at = if let Some(at) = offer.scores.iter().position(|s| s.criterion == criterion) {
        at
    } else {
        offer.scores.push(Score {
            criterion,
            ..Score::default()
        });
        offer.scores.len() - 1
    };
    &mut offer.scores[at]
}

impl OffersView {
    pub(super) fn offer_inspector_ui(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &ViewCtx<'_>,
        id: OfferId,
        edits: &mut Edits,
    ) {
        let doc = ctx.doc;
        let Some(offer) = doc.get(id) else {
            self.selected = None;
            return;
        };
        let mut form = Form::new(offer);
        ui.heading("Offer");
        form.grid(ui, "offer inspector", |rows, o| {
            rows.text("Company", &mut o.company);
            rows.text("Role", &mut o.role);
            rows.text("Location", &mut o.location);
            rows.maybe_choice("Kind", &mut o.kind, BetKind::ALL);
            rows.maybe_choice("Phase it starts", &mut o.phase, Phase::ALL);
            rows.maybe_choice("Type of work", &mut o.work, WorkType::ALL);
            rows.maybe_choice("North star", &mut o.direction, Direction::ALL);
            rows.date("Start date", &mut o.start, ctx.today);
            rows.check("Came unasked", "It was offered to me", &mut o.unasked);
            rows.check("Stay", "This is my current job", &mut o.is_current);
            rows.multiline("Notes", &mut o.notes);
        });
        ui.add_space(6.0);
        ui.strong("Scores");
        if doc.criteria.is_empty() {
            widgets::empty_hint(
                ui,
                "No criteria to score it on yet: add them under Criteria, at the foot of the Offers panel.",
            );
        }
        for criterion in &doc.criteria {
            ui.push_id(("score", criterion.id.0), |ui| {
                form.grid(ui, "score", |rows, o| {
                    // A score not given yet is shown as such and written only once the person
                    // sets it: unknown is not made known by looking.
                    let mut score = score_of(o, criterion.id);
                    let mut note = o
                        .scores
                        .iter()
                        .find(|s| s.criterion == criterion.id)
                        .map(|s| s.note.clone())
                        .unwrap_or_default();
                    let name = &criterion.name;
                    let (score_label, note_label) =
                        (format!("Score: {name}"), format!("Why: {name}"));
                    if rows.maybe_scored(&score_label, &note_label, &mut score, &mut note) {
                        if score.is_none() && note.is_empty() {
                            // Nothing given: the criterion is left out of the file again.
                            o.scores.retain(|s| s.criterion != criterion.id);
                        } else {
                            let entry = score_mut(o, criterion.id);
                            entry.score = score;
                            entry.note = note;
                        }
                        // A score remembers the north star it was given under; with no score
                        // left there is nothing to remember.
                        if score.is_some() {
                            o.scored_under = Some(ScoredUnder::now(&doc.north_star, ctx.today));
                        } else if o.scores.iter().all(|s| s.score.is_none()) {
                            o.scored_under = None;
                        }
                    }
                });
            });
        }
        ui.add_space(6.0);
        ui.strong("Compensation");
        form.grid(ui, "pay inspector", pay_rows);
        let pay = &form.item().compensation;
        if pay.vesting != Vesting::Custom {
            // What the preset means, where it is chosen: the shares it vests year by year.
            let shares: Vec<String> = vesting_shares(pay)
                .iter()
                .map(|s| format!("{:.0} %", s * 100.0))
                .collect();
            ui.label(format!(
                "The grant vests {} over years 1 to {}.",
                shares.join(", "),
                shares.len()
            ));
        }
        money::inspector_ui(ui, &mut form, doc, ctx.today);
        form.stone_links(ui, doc, "Stepping stones it serves", "stones", |o| {
            &mut o.stones
        });
        form.skill_links(ui, doc, "Skills it builds", SKILLS_ON_SPEC, "skills", |o| {
            &mut o.skills
        });
        form.send(edits, |o| Edit::Upsert(Item::Offer(o)));
    }
}

/// The rows of an offer's pay, each amount in the offer's currency.
fn pay_rows(rows: &mut Rows<'_>, o: &mut Offer) {
    let pay = &mut o.compensation;
    rows.text("Currency", &mut pay.currency);
    let currency = pay.currency.clone();
    rows.money("Base per year", &mut pay.base, &currency);
    rows.number("Target bonus", &mut pay.bonus_pct, 0.0..=500.0, 0.5, " %");
    for (year, label) in [(0, "Sign-on, year 1"), (1, "Sign-on, year 2")] {
        let mut amount = pay.sign_on.get(year).copied().unwrap_or(0.0);
        if rows.money(label, &mut amount, &currency) {
            pay.sign_on.resize((year + 1).max(pay.sign_on.len()), 0.0);
            pay.sign_on[year] = amount;
        }
    }
    // A private grant is valued from its shares and price: a grant value would be a field
    // no figure reads. It is kept, only hidden, in case the kind goes back to public.
    if !o.equity.kind.is_private() {
        rows.money("Equity grant", &mut pay.equity_grant, &currency);
    }
    if rows.choice("Vesting", &mut pay.vesting, Vesting::ALL)
        && pay.vesting == Vesting::Custom
        && pay.custom_vesting.is_empty()
    {
        pay.custom_vesting = vec![25.0; 4];
    }
    if pay.vesting == Vesting::Custom {
        vesting::custom_vesting_rows(rows, "custom vesting", "", &mut pay.custom_vesting);
    }
    rows.money("Refresher per year", &mut pay.refresher, &currency);
    rows.number(
        "Raise per year",
        &mut pay.raise_pct,
        -50.0..=100.0,
        0.1,
        " %",
    );
}
