//! The Ceilings panel: the six soft ceilings that together feel like a hard one, scored over
//! time, with the moves that lift the lowest, each one click from the plan.

#[cfg(test)]
mod tests;

use egui_plot::{Line, Plot, PlotPoints, Points};

use super::charts::{KeyMark, calendar_axis, chart_key};
use super::form::Form;
use super::widgets::{self, empty_hint, section};
use super::{Edits, Panel, View, ViewCtx};
use crate::analysis::ceilings::{
    Move, Shape, Trend, in_order, latest, lowest, moves, score, stone_position, stone_year,
    symptoms, trend,
};
use crate::analysis::ceilings::{reader, suggested};
use crate::analysis::words;
use crate::edit::{Edit, Item, ItemRef};
use crate::model::{
    AssessmentId, Ceiling, CeilingAssessment, CeilingScore, Document, SteppingStone, Voice,
    next_id, year_fraction,
};

/// Each ceiling's dated scores, oldest first: what its line on the chart joins.
fn scored_lines(doc: &Document) -> Vec<(Ceiling, Vec<(chrono::NaiveDate, u8)>)> {
    let all = in_order(doc);
    Ceiling::ALL
        .iter()
        .map(|ceiling| {
            let points = all
                .iter()
                .filter_map(|a| Some((a.date?, score(a, *ceiling)?)))
                .collect();
            (*ceiling, points)
        })
        .collect()
}

/// How far the `i`th ceiling's line sits above or below its scores, so that ceilings with
/// equal scores draw side by side instead of hiding each other: six lines within a quarter
/// of a point either way, each score still nearest its own whole number.
fn nudge(i: usize) -> f64 {
    let middle = (Ceiling::ALL.len() as f64 - 1.0) / 2.0;
    (i as f64 - middle) * 0.07
}

/// The Ceilings panel's own state.
#[derive(Debug, Default)]
pub struct CeilingsView {
    selected: Option<AssessmentId>,
}

impl CeilingsView {
    fn new_assessment(&mut self, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let id = next_id(ctx.doc.ceilings.iter().map(|a| a.id));
        // An assessment starts unscored: a middle 3, or the last score copied, would be dated
        // today without being given today.
        edits.push(Edit::Upsert(Item::Assessment(CeilingAssessment {
            id,
            date: Some(ctx.today),
            scores: Vec::new(),
        })));
        edits.say("New ceilings assessment, dated today");
        self.selected = Some(id);
    }

    fn chart_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
        let all = in_order(ctx.doc);
        let lines = scored_lines(ctx.doc);
        let dated: Vec<f64> = all
            .iter()
            .filter_map(|a| a.date.map(year_fraction))
            .collect();
        let first = dated.first().copied().unwrap_or(0.0);
        let last = dated.last().copied().unwrap_or(first);
        let left = first - ((last - first) * 0.05).max(0.1);
        calendar_axis(Plot::new("ceilings over time"), false)
            .height(230.0)
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .include_x(left)
            .include_x(last + 0.05)
            .include_y(0.8)
            .include_y(5.2)
            // The hover names the ceiling, its score and the assessment's date, never the
            // point's place on the chart (which is nudged off the score, below).
            .label_formatter(|hover| match hover {
                egui_plot::HoverPosition::NearDataPoint {
                    plot_name, index, ..
                } => lines
                    .iter()
                    .find(|(c, _)| c.label() == *plot_name)
                    .and_then(|(c, points)| {
                        let (date, score) = points.get(*index)?;
                        Some(format!("{}: {score} of 5 on {date}", c.label()))
                    }),
                egui_plot::HoverPosition::Elsewhere { .. } => None,
            })
            .show(ui, |plot| {
                for (i, (ceiling, scored)) in lines.iter().enumerate() {
                    let points: Vec<[f64; 2]> = scored
                        .iter()
                        .map(|(date, s)| [year_fraction(*date), f64::from(*s) + nudge(i)])
                        .collect();
                    let color = ctx.theme.ceiling(*ceiling);
                    plot.points(
                        Points::new(ceiling.label(), PlotPoints::from(points.clone()))
                            .radius(4.0)
                            .color(color),
                    );
                    plot.line(
                        Line::new(ceiling.label(), PlotPoints::from(points))
                            .color(color)
                            .width(2.0),
                    );
                }
            });
        chart_key(
            ui,
            "ceilings key",
            3,
            Ceiling::ALL
                .iter()
                .map(|c| (c.label(), ctx.theme.ceiling(*c), KeyMark::LineAndDot)),
        );
    }

    fn moves_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let doc = ctx.doc;
        let low = lowest(doc);
        section(ui, "What lifts the lowest ceilings");
        if low.is_empty() {
            empty_hint(
                ui,
                if doc.ceilings.is_empty() {
                    "Score the six ceilings first: New assessment."
                } else if latest(doc).is_none_or(|a| a.scores.iter().all(|s| s.score.is_none())) {
                    "The latest assessment is not scored yet: click it and score the ceilings."
                } else {
                    "No ceiling is below 4: nothing is holding you down hard right now."
                },
            );
        }
        for ceiling in low {
            ui.push_id(("moves", ceiling.label()), |ui| {
                ui.add_space(4.0);
                ui.colored_label(
                    ctx.theme.ceiling(ceiling),
                    egui::RichText::new(ceiling.label()).strong(),
                );
                for (n, m) in moves(ceiling, &doc.rules).into_iter().enumerate() {
                    ui.push_id(n, |ui| {
                        ui.label(format!("• {} — {}", m.title, m.why));
                        ui.horizontal_wrapped(|ui| Self::move_actions_ui(ui, ctx, &m, edits));
                    });
                }
            });
        }
    }

    /// What one move can become: a milestone a stepping stone or a landing step, a habit a
    /// landing step, the habit of updates the Voice panel's promise; never twice.
    fn move_actions_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, m: &Move, edits: &mut Edits) {
        let doc = ctx.doc;
        if let Some(place) = m.already_in(doc) {
            ui.label(egui::RichText::new(format!("Already {place}.")).color(ctx.theme.muted()));
            return;
        }
        match m.shape {
            Shape::Milestone => {
                if ui
                    .button("Make it a stepping stone")
                    .accessible_name(format!("Make a stepping stone: {}", m.title))
                    .clicked()
                {
                    let id = next_id(doc.north_star.stones.iter().map(|s| s.id));
                    let year = stone_year(doc, ctx.today);
                    edits.push(Edit::Batch(vec![
                        Edit::Upsert(Item::Stone(SteppingStone {
                            id,
                            title: m.title.clone(),
                            year,
                            done: false,
                            skills: Vec::new(),
                        })),
                        Edit::Move(ItemRef::Stone(id), stone_position(doc, year)),
                    ]));
                    edits.say(format!(
                        "Added the stepping stone \"{}\" for {year}",
                        m.title
                    ));
                }
            }
            Shape::Habit { every_days } => {
                ui.label(
                    egui::RichText::new(format!("A habit, {}:", words::every_days(every_days)))
                        .color(ctx.theme.muted()),
                );
            }
            Shape::Updates { every_days } => {
                if ui
                    .button("Promise it in the Voice panel")
                    .accessible_name(format!("Promise it in the Voice panel: {}", m.title))
                    .clicked()
                {
                    edits.push(Edit::Voice(Voice {
                        cadence_days: every_days,
                        ..doc.voice.clone()
                    }));
                    let every = words::every_days(every_days);
                    if doc.voice.manager.trim().is_empty() {
                        edits.say(format!(
                            "An update {every}: name whom you send them to, and it is a promise."
                        ));
                        edits.show(Panel::Voice, None);
                    } else {
                        edits.say(format!(
                            "Promised {} an update {every}.",
                            doc.voice.manager.trim()
                        ));
                    }
                }
                return;
            }
        }
        widgets::plan_move_ui(ui, ctx, &m.title, edits);
    }

    fn assessment_ui(
        ui: &mut egui::Ui,
        ctx: &ViewCtx<'_>,
        assessment: &CeilingAssessment,
        edits: &mut Edits,
    ) {
        // The people data speaks of today: it is set beside the latest assessment only.
        let is_latest = latest(ctx.doc).is_some_and(|l| l.id == assessment.id);
        section(ui, "Assessment");
        let mut form = Form::new(assessment);
        form.grid(ui, "assessment date", |rows, a| {
            rows.date("Assessed on", &mut a.date, ctx.today);
        });
        for ceiling in Ceiling::ALL {
            ui.push_id(("ceiling", ceiling.label()), |ui| {
                ui.add_space(6.0);
                let arrow = match trend(ctx.doc, *ceiling) {
                    Trend::Up => "rising",
                    Trend::Down => "falling",
                    Trend::Flat => "steady",
                    Trend::New => "first score",
                };
                ui.horizontal(|ui| {
                    ui.colored_label(
                        ctx.theme.ceiling(*ceiling),
                        egui::RichText::new(ceiling.label()).strong(),
                    );
                    ui.label(egui::RichText::new(arrow).small().color(ctx.theme.muted()));
                });
                for symptom in symptoms(*ceiling) {
                    ui.label(
                        egui::RichText::new(format!("“{symptom}”"))
                            .small()
                            .color(ctx.theme.muted()),
                    );
                }
                form.grid(ui, "score", |rows, a| {
                    let at = a.scores.iter().position(|s| s.ceiling == *ceiling);
                    let (mut score, mut note) = at.map_or((None, String::new()), |at| {
                        (a.scores[at].score, a.scores[at].note.clone())
                    });
                    let score_label = format!("{} score", ceiling.label());
                    let note_label = format!("{} note", ceiling.label());
                    if rows.maybe_scored(&score_label, &note_label, &mut score, &mut note) {
                        let entry = CeilingScore {
                            ceiling: *ceiling,
                            score,
                            note,
                        };
                        match at {
                            // Nothing given: the ceiling is left out of the file again.
                            Some(at) if entry.score.is_none() && entry.note.is_empty() => {
                                a.scores.remove(at);
                            }
                            Some(at) => a.scores[at] = entry,
                            None => a.scores.push(entry),
                        }
                    }
                });
                if is_latest {
                    suggested_reading_ui(ui, ctx, *ceiling, score(assessment, *ceiling));
                }
            });
        }
        form.send(edits, |a| Edit::Upsert(Item::Assessment(a)));
    }
}

/// The score the document suggests for a ceiling (from the people, or from the evidence and
/// the voice log), beside the person's own and never in its place, with each step down it
/// took and where the two differ; silent, with what to add, while its reader has nothing.
fn suggested_reading_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, ceiling: Ceiling, own: Option<u8>) {
    let Some(reader) = reader(ceiling) else {
        return;
    };
    let Some(suggested) = suggested(ctx.doc, ctx.today, ceiling) else {
        ui.label(
            egui::RichText::new(reader.hint())
                .small()
                .color(ctx.theme.muted()),
        );
        return;
    };
    ui.label(reader.headline(&suggested, own));
    for reason in &suggested.reasons {
        ui.label(egui::RichText::new(reason).small().color(ctx.theme.muted()));
    }
    if let Some(differ) = reader.disagreement(&suggested, own) {
        ui.colored_label(ctx.theme.warn(), differ);
    }
}

impl View for CeilingsView {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        egui::ScrollArea::vertical().id_salt("ceilings scroll").show(ui, |ui| {
            section(ui, "The six ceilings");
            ui.label(
                egui::RichText::new(
                    "Soft ceilings that together feel like a hard one: bandwidth, network, mentorship, learning, storytelling, opportunity. Score how far you are from each: 1 pressed against it, 5 far from it.",
                )
                .color(ctx.theme.muted()),
            );
            if ui.button("New assessment").clicked() {
                self.new_assessment(ctx, edits);
            }
            if ctx.doc.ceilings.is_empty() {
                empty_hint(ui, "No assessments yet. New assessment starts one dated today, for you to score the six.");
            } else {
                Self::chart_ui(ui, ctx);
            }
            Self::moves_ui(ui, ctx, edits);
        });
    }

    fn inspector_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let doc: &Document = ctx.doc;
        if self
            .selected
            .is_some_and(|id| !doc.ceilings.iter().any(|a| a.id == id))
        {
            self.selected = None;
        }
        let selected = self.selected.or_else(|| latest(doc).map(|a| a.id));
        ui.heading("Assessments");
        if doc.ceilings.is_empty() {
            empty_hint(
                ui,
                "None yet: each New assessment is kept here, newest first.",
            );
        }
        for a in in_order(doc).into_iter().rev() {
            let date = a
                .date
                .map_or_else(|| "undated".to_owned(), |d| d.to_string());
            if ui.selectable_label(selected == Some(a.id), date).clicked() {
                self.selected = Some(a.id);
            }
        }
        if let Some(a) = selected.and_then(|id| doc.ceilings.iter().find(|a| a.id == id)) {
            Self::assessment_ui(ui, ctx, a, edits);
            ui.add_space(8.0);
            if ui.button("Delete this assessment").clicked() {
                edits.push(Edit::Remove(ItemRef::Assessment(a.id)));
                self.selected = None;
            }
        }
    }

    fn select(&mut self, item: ItemRef) {
        if let ItemRef::Assessment(id) = item {
            self.selected = Some(id);
        }
    }
}
