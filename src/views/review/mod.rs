//! The Review panel: a quarterly career review. Starting one records a snapshot of the
//! measurable state; the panel shows what moved since the previous review, asks the three
//! questions and keeps the answers; the career metrics are held against their paths.

mod over_time;
#[cfg(test)]
mod tests;

use super::form::Form;
use super::widgets::{AddRow, WIN_BLANK, add_row, empty_hint, number_row, section};
use super::{Edits, Panel, View, ViewCtx};
use crate::analysis::evidence::wins::{focus_set_before, from_review};
use crate::analysis::review::{
    FocusLine, Moved, Track, changes_since_previous, due_in, due_sentence, focus_name,
    focus_since_previous, focus_summary, focus_to_today, in_order, latest, new_review, progress,
    retake, updates_line,
};
use crate::edit::{Edit, Item, ItemRef};
use crate::model::{
    CareerReview, CareerReviewId, Document, FocusItem, Metric, MetricDirection, MetricId, next_id,
};

/// The Review panel's own state: which review and which metric are selected.
#[derive(Debug, Default)]
pub struct ReviewView {
    review: Option<CareerReviewId>,
    metric: Option<MetricId>,
    /// What happened, for a win recorded at the review shown.
    win: String,
}

impl ReviewView {
    fn due_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
        let sentence = due_sentence(ctx.doc, ctx.today).unwrap_or_default();
        let (text, color) = match due_in(ctx.doc, ctx.today) {
            None => (
                "No review yet: start the first one to have something to compare with next quarter."
                    .to_owned(),
                ctx.theme.warn(),
            ),
            Some(days) if days < 0 => (sentence, ctx.theme.bad()),
            Some(0) => (sentence, ctx.theme.warn()),
            Some(_) => (sentence, ctx.theme.good()),
        };
        ui.colored_label(color, egui::RichText::new(text).strong());
    }

    /// Starts today's review, or, when one was started today, takes its snapshot again with
    /// what changed since and keeps its answers: a second click never makes a second review
    /// of the same day.
    fn start_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let todays = ctx.doc.reviews.iter().find(|r| r.date == Some(ctx.today));
        let (text, hover) = if todays.is_some() {
            (
                "Retake today's snapshot",
                "Today's review is kept with its answers; its numbers are taken again",
            )
        } else {
            (
                "Start a review",
                "Records today's skills, metrics, stones, bets, ceilings, updates and drift risk",
            )
        };
        if !ui.button(text).on_hover_text(hover).clicked() {
            return;
        }
        let review = if let Some(todays) = todays {
            edits.say(format!("Review of {}: snapshot taken again", ctx.today));
            retake(ctx.doc, todays, ctx.today)
        } else {
            edits.say(format!("Review of {} started", ctx.today));
            new_review(ctx.doc, ctx.today)
        };
        self.review = Some(review.id);
        edits.push(Edit::Upsert(Item::CareerReview(review)));
    }

    fn review_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let order = in_order(ctx.doc);
        let chosen = self
            .review
            .and_then(|id| order.iter().find(|r| r.id == id))
            .or(order.last());
        let Some(review) = chosen.copied() else {
            return;
        };
        let date = review
            .date
            .map_or_else(|| "an undated day".to_owned(), |d| d.to_string());
        section(ui, &format!("Review of {date}"));
        let first = order.first().is_some_and(|r| r.id == review.id);
        let moved = changes_since_previous(ctx.doc, review);
        if first {
            empty_hint(
                ui,
                "The first review: the next one will show what moved since this one.",
            );
        } else if moved.is_empty() {
            empty_hint(ui, "Nothing measurable moved since the previous review.");
        }
        for line in &moved {
            ui.label(format!("• {line}"));
        }
        if let Some(line) = updates_line(&review.snapshot) {
            let color = if review.snapshot.updates_sent < review.snapshot.updates_promised {
                ctx.theme.warn()
            } else {
                ctx.theme.muted()
            };
            ui.colored_label(color, format!("• {line}"));
        }
        if let Some((set_at, lines)) = focus_since_previous(ctx.doc, review) {
            let date = set_at
                .date
                .map_or_else(|| "an undated review".to_owned(), |d| format!("on {d}"));
            Self::focus_lines_ui(ui, ctx, &format!("The focus set {date}"), &lines);
        }
        ui.add_space(6.0);
        ui.push_id(("review answers", review.id), |ui| {
            let mut form = Form::new(review);
            form.grid(ui, "review answers", |rows, review| {
                rows.multiline("What went well", &mut review.went_well);
                rows.multiline("Where did I drift", &mut review.drifted);
                rows.multiline("Focus next quarter", &mut review.focus);
            });
            form.rows(ui, |rows, review| focus_links_ui(rows, ctx.doc, review));
            form.send(edits, |r| Edit::Upsert(Item::CareerReview(r)));
        });
        self.win_ui(ui, ctx, review, edits);
        // The focus this review set, measured to today: how the quarter is going.
        if latest(ctx.doc).is_some_and(|r| r.id == review.id)
            && let Some(lines) = focus_to_today(ctx.doc, review, ctx.today)
        {
            Self::focus_lines_ui(ui, ctx, "This quarter's focus so far", &lines);
        }
    }

    /// A win recorded at a review: dated to it, linked to the focus of the quarter it closes,
    /// and opened on the Evidence panel.
    fn win_ui(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &ViewCtx<'_>,
        review: &CareerReview,
        edits: &mut Edits,
    ) {
        let dated = review.date.map_or_else(
            || "with no date, as the review".to_owned(),
            |d| format!("dated {d}"),
        );
        let linked = match focus_set_before(ctx.doc, review) {
            Some(before) if !before.focus_on.is_empty() => {
                let on = before
                    .date
                    .map_or_else(|| "an undated review".to_owned(), |d| d.to_string());
                format!(", linked to the focus set on {on}")
            }
            _ => String::new(),
        };
        let hover =
            format!("Add it to your evidence, {dated}{linked}, and open it on the Evidence panel");
        ui.add_space(4.0);
        ui.strong("A win from this quarter");
        let row = AddRow {
            hint: "what happened",
            name: "What happened, a win at this review",
            button: "Add a win",
            hover: &hover,
            blank: WIN_BLANK,
        };
        if let Some(what) = add_row(ui, &mut self.win, &row, false) {
            let entry = from_review(ctx.doc, review, &what);
            let to = ItemRef::Evidence(entry.id);
            edits.push(Edit::Upsert(Item::Evidence(entry)));
            edits.say(format!(
                "Added a win {dated}{linked}: give what it measured, and link what it proves"
            ));
            edits.show(Panel::Evidence, Some(to));
        }
    }

    /// A focus's items over a period, each coloured by which way it went.
    fn focus_lines_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, title: &str, lines: &[FocusLine]) {
        ui.add_space(4.0);
        ui.strong(format!("{title}: {}", focus_summary(lines)));
        for line in lines {
            let color = match line.moved {
                Moved::Forward => ctx.theme.good(),
                Moved::Back => ctx.theme.bad(),
                Moved::Still | Moved::NotKnown => ctx.theme.warn(),
            };
            ui.add(
                egui::Label::new(egui::RichText::new(format!("• {}", line.text)).color(color))
                    .wrap(),
            );
        }
    }

    fn history_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
        section(ui, "Past reviews");
        let order = in_order(ctx.doc);
        if order.is_empty() {
            empty_hint(ui, "None yet.");
        }
        let shown = self.review.or(order.last().map(|r| r.id));
        for review in order.iter().rev() {
            let date = review
                .date
                .map_or_else(|| "undated".to_owned(), |d| d.to_string());
            let text = if order.first().is_some_and(|r| r.id == review.id) {
                format!("Review of {date}: the first")
            } else {
                match changes_since_previous(ctx.doc, review).len() {
                    1 => format!("Review of {date}: 1 change"),
                    moved => format!("Review of {date}: {moved} changes"),
                }
            };
            ui.push_id(("past review", review.id), |ui| {
                if ui
                    .selectable_label(shown == Some(review.id), text)
                    .clicked()
                {
                    self.review = Some(review.id);
                }
            });
        }
    }

    fn metrics_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        section(ui, "Career metrics");
        if ctx.doc.metrics.is_empty() {
            empty_hint(
                ui,
                "No metrics yet. Add one you can count, with a target by your north-star year: team size led, users of what you own, talks given.",
            );
        }
        egui::Grid::new("metrics")
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                for metric in &ctx.doc.metrics {
                    let p = progress(ctx.doc, metric, ctx.today);
                    let color = match p.track {
                        Track::Ahead | Track::OnTrack => ctx.theme.good(),
                        Track::Behind => ctx.theme.bad(),
                        Track::NotKnown => ctx.theme.warn(),
                    };
                    ui.push_id(("metric", metric.id), |ui| {
                        if ui
                            .selectable_label(self.metric == Some(metric.id), &metric.name)
                            .clicked()
                        {
                            self.metric = Some(metric.id);
                        }
                    });
                    // Wrapped: at 900x600 the path's numbers ran past the panel's edge.
                    ui.add(egui::Label::new(egui::RichText::new(p.text).color(color)).wrap());
                    ui.end_row();
                }
            });
        if ui.button("Add a metric").clicked() {
            let metric = Metric {
                id: next_id(ctx.doc.metrics.iter().map(|m| m.id)),
                name: "New metric".into(),
                first_date: Some(ctx.today),
                ..Metric::default()
            };
            self.metric = Some(metric.id);
            edits.say("Added a metric: name it and set its target in the inspector");
            edits.push(Edit::Upsert(Item::Metric(metric)));
        }
    }

    fn metric_inspector_ui(
        ui: &mut egui::Ui,
        ctx: &ViewCtx<'_>,
        metric: &Metric,
        edits: &mut Edits,
    ) {
        section(ui, "Metric");
        let target_label = format!("Target by {}", ctx.doc.north_star.target_year);
        let mut form = Form::new(metric);
        form.grid(ui, "metric fields", |rows, metric| {
            rows.text("Metric name", &mut metric.name);
            rows.text("Unit", &mut metric.unit);
            rows.choice("Direction", &mut metric.direction, MetricDirection::ALL);
            let range = -1e9..=1e9;
            rows.number("Value now", &mut metric.value, range.clone(), 0.1, "");
            rows.merging("target", |ui| {
                number_row(
                    ui,
                    &target_label,
                    &mut metric.target,
                    range.clone(),
                    0.1,
                    "",
                )
            });
            rows.number("First value", &mut metric.first_value, range, 0.1, "");
            rows.date("Tracked since", &mut metric.first_date, ctx.today);
        });
        form.send(edits, |m| Edit::Upsert(Item::Metric(m)));
        ui.label(progress(ctx.doc, metric, ctx.today).text);
        over_time::metric_chart_ui(ui, ctx, metric);
        if ui.button("Delete metric").clicked() {
            edits.say(format!("Deleted the metric \"{}\"", metric.name));
            edits.push(Edit::Remove(ItemRef::Metric(metric.id)));
        }
    }
}

/// What the focus is about, and checkboxes to link it to the skills, metrics and stones it
/// means to move, so that the next review can say whether they moved.
fn focus_links_ui(rows: &mut super::form::Rows<'_>, doc: &Document, review: &mut CareerReview) {
    let text = if review.focus_on.is_empty() {
        "The focus is linked to nothing yet: link what it means to move, and the next review will say whether it moved.".to_owned()
    } else {
        let names: Vec<String> = review
            .focus_on
            .iter()
            .map(|item| focus_name(doc, *item))
            .collect();
        format!("The focus is on {}.", names.join(", "))
    };
    rows.ui.add(egui::Label::new(text).wrap());
    rows.collapsing("Link the focus to skills, metrics or stones", |rows| {
        let list = &mut review.focus_on;
        if doc.skills.is_empty() && doc.metrics.is_empty() && doc.north_star.stones.is_empty() {
            empty_hint(
                rows.ui,
                "Nothing to link yet: add skills or stepping stones on the Spec panel, or a metric below.",
            );
        }
        for skill in &doc.skills {
            let text = format!("Skill: {}", skill.name);
            rows.member("focus", &text, list, FocusItem::Skill(skill.id));
        }
        for metric in &doc.metrics {
            let text = format!("Metric: {}", metric.name);
            rows.member("focus", &text, list, FocusItem::Metric(metric.id));
        }
        for stone in &doc.north_star.stones {
            let text = format!("Stone: {} ({})", stone.title, stone.year);
            rows.member("focus", &text, list, FocusItem::Stone(stone.id));
        }
    });
}

impl View for ReviewView {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        egui::ScrollArea::vertical()
            .id_salt("review scroll")
            .show(ui, |ui| {
                section(ui, "Career review");
                Self::due_ui(ui, ctx);
                self.start_ui(ui, ctx, edits);
                self.review_ui(ui, ctx, edits);
                self.history_ui(ui, ctx);
                self.metrics_ui(ui, ctx, edits);
                over_time::skills_chart_ui(ui, ctx);
                over_time::balance_ui(ui, ctx);
            });
    }

    fn inspector_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        if let Some(metric) = self.metric.and_then(|id| ctx.doc.get(id)) {
            Self::metric_inspector_ui(ui, ctx, metric, edits);
            return;
        }
        let hint = if ctx.doc.metrics.is_empty() {
            "Add a metric to edit it here."
        } else {
            "Click a metric to edit it."
        };
        ui.label(egui::RichText::new(hint).weak());
        ui.add_space(8.0);
        ui.label("A product team looks at its numbers every quarter against its targets. A review does the same for your career: what moved, where you drifted, and what to focus on next.");
    }

    fn select(&mut self, item: ItemRef) {
        match item {
            ItemRef::CareerReview(id) => self.review = Some(id),
            ItemRef::Metric(id) => self.metric = Some(id),
            _ => {}
        }
    }
}
