//! The Ceilings panel: the six soft ceilings that together feel like a hard one, scored over
//! time, with the moves that lift the lowest, each one click from the plan.

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

#[cfg(test)]
mod tests {
    use chrono::Datelike;
    use egui_kittest::{Harness, kittest::Queryable};

    use super::*;
    use crate::views::standalone::Standalone;

    fn harness() -> Harness<'static, Standalone<CeilingsView>> {
        crate::views::standalone::harness(CeilingsView::default(), crate::file::sample(), 2000.0)
    }

    #[test]
    fn the_people_suggest_a_network_and_mentorship_score_beside_the_latest_one() {
        let mut h = harness();
        // One-sided by function and domain, and no one knows Storytelling or Finance: 2.
        h.get_by_label("Your people suggest 2 of 5 (you: 3)");
        h.get_by_label("−1: One-sided by function: 6 of 6 share yours.");
        // A mentor not touched in 91 days, and a promise to him still open: 3, as scored.
        h.get_by_label("Your people suggest 3 of 5 (you: 3)");
        assert!(h.query_by_label_contains("differ by").is_none());
        assert_eq!(
            h.get_all_by_label_contains("Your people suggest").count(),
            2
        );
        // Scored far from what the people show: named, and the person's score stays theirs.
        let mut latest = latest(h.state().doc()).expect("assessed").clone();
        let at = latest
            .scores
            .iter()
            .position(|s| s.ceiling == Ceiling::Network)
            .expect("scored");
        latest.scores[at].score = Some(5);
        h.state_mut()
            .session
            .apply(&Edit::Upsert(Item::Assessment(latest)), None, 0.0);
        h.run();
        h.get_by_label_contains("Your 5 and their 2 differ by 3");
        assert_eq!(score(latest_of(h.state().doc()), Ceiling::Network), Some(5));
        // An older assessment is not read against today's people.
        let first = in_order(h.state().doc())[0]
            .date
            .expect("dated")
            .to_string();
        h.get_by_label(&first).click();
        h.run();
        assert!(h.query_by_label_contains("Your people suggest").is_none());
    }

    fn latest_of(doc: &Document) -> &CeilingAssessment {
        latest(doc).expect("assessed")
    }

    #[test]
    fn with_no_people_the_ceilings_ask_for_them_instead_of_a_score() {
        let mut doc = crate::file::sample();
        doc.people.clear();
        let h = crate::views::standalone::harness(CeilingsView::default(), doc, 2000.0);
        assert!(h.query_by_label_contains("Your people suggest").is_none());
        assert_eq!(
            h.get_all_by_label(
                "Add the people you know on the People panel, and they suggest a score here."
            )
            .count(),
            2
        );
    }

    #[test]
    fn the_evidence_and_voice_log_suggest_a_storytelling_score_or_ask_for_them() {
        let mut doc = crate::file::sample();
        doc.evidence.clear();
        let h = crate::views::standalone::harness(CeilingsView::default(), doc, 2000.0);
        // A voice log and no evidence: a score, each step down named.
        h.get_by_label_contains("Your evidence and voice log suggest");
        h.get_by_label("−1: No evidence is recorded: what you tell has no win behind it.");
        let mut doc = crate::file::sample();
        doc.evidence.clear();
        doc.voice.entries.clear();
        let h = crate::views::standalone::harness(CeilingsView::default(), doc, 2000.0);
        assert!(
            h.query_by_label_contains("Your evidence and voice log suggest")
                .is_none()
        );
        h.get_by_label(
            "Record a win on the Evidence panel or an update on the Voice panel, and they \
             suggest a score here.",
        );
    }

    #[test]
    fn equal_scores_draw_side_by_side_and_stay_nearest_their_score() {
        let offsets: Vec<f64> = (0..Ceiling::ALL.len()).map(nudge).collect();
        for (i, a) in offsets.iter().enumerate() {
            assert!(a.abs() < 0.25, "{a} would read as another score");
            for b in &offsets[i + 1..] {
                // Lines 2 points wide on a chart about 200 points tall for 4.4 points of
                // score: 0.07 is about 3 points apart, enough to see both.
                assert!((a - b).abs() >= 0.07 - 1e-9, "{a} and {b} overlap");
            }
        }
        // The sample scores several ceilings alike in an assessment: each has its own line.
        let lines = scored_lines(&crate::file::sample());
        assert_eq!(lines.len(), 6);
        let mut drawn: Vec<(i64, i64)> = Vec::new();
        for (i, (_, points)) in lines.iter().enumerate() {
            for (date, s) in points {
                let y = f64::from(*s) + nudge(i);
                let point = (date.num_days_from_ce().into(), (y * 1000.0).round() as i64);
                assert!(!drawn.contains(&point), "two ceilings drawn on one point");
                drawn.push(point);
            }
        }
    }

    #[test]
    fn a_new_assessment_starts_unscored_and_proposes_nothing_until_scored() {
        let mut h = harness();
        h.get_by_label("New assessment").click();
        h.run();
        let doc = h.state().doc();
        assert_eq!(doc.ceilings.len(), 3);
        let new = doc.ceilings.last().expect("new");
        assert_eq!(new.date, chrono::NaiveDate::from_ymd_opt(2026, 11, 22));
        assert!(new.scores.is_empty(), "{:?}", new.scores);
        // Nothing low, nothing clear: the panel asks for scores instead of proposing moves.
        assert!(lowest(doc).is_empty());
        h.get_by_label("The latest assessment is not scored yet: click it and score the ceilings.");
        assert!(h.query_by_label_contains("Make a stepping stone").is_none());
        h.get_by_label("Learning score").click();
        h.run();
        h.get_by_label("2 of 5").click();
        h.run();
        let new = h.state().doc().ceilings.last().expect("new").clone();
        assert_eq!(score(&new, Ceiling::Learning), Some(2));
        assert_eq!(new.scores.len(), 1, "only the score given is written");
        assert_eq!(lowest(h.state().doc()), [Ceiling::Learning]);
    }

    #[test]
    fn a_move_becomes_a_stepping_stone_in_its_years_place_or_a_plan_item_in_one_click_only_once() {
        let mut h = harness();
        // The sample's lowest ceiling is learning (2).
        h.get_by_label("Make a stepping stone: Take a cross-functional project outside my area")
            .click();
        h.run();
        let stones = h.state().doc().north_star.stones.clone();
        // Next year, 2027, placed after the sample's 2027 stone and before its 2028 one.
        let years: Vec<i32> = stones.iter().map(|s| s.year).collect();
        assert_eq!(years, [2027, 2027, 2028, 2029, 2030]);
        assert_eq!(
            stones[1].title,
            "Take a cross-functional project outside my area"
        );
        // Made once: the move now says where it is, and offers nothing more.
        assert!(
            h.query_by_label(
                "Make a stepping stone: Take a cross-functional project outside my area"
            )
            .is_none()
        );
        assert!(
            h.query_by_label(
                "Add to the landing plan: Take a cross-functional project outside my area"
            )
            .is_none()
        );
        h.get_by_label("Already a stepping stone.");
        let tour = "A tour of duty of 12–18 months into a type of work I have not done";
        h.get_by_label(&format!("Add to the landing plan: {tour}"))
            .click();
        h.run();
        let item = h.state().doc().landing.items.last().expect("item").clone();
        assert_eq!(item.title, tour);
        h.get_by_label("Already in the landing plan.");
    }

    /// The sample with `ceilings` scored 1 in the latest assessment.
    fn pressed_against(ceilings: &[Ceiling]) -> Document {
        let mut doc = crate::file::sample();
        let latest = doc.ceilings.iter_mut().max_by_key(|a| a.date).expect("one");
        for c in ceilings {
            latest.scores.retain(|s| s.ceiling != *c);
            latest.scores.push(CeilingScore {
                ceiling: *c,
                score: Some(1),
                note: String::new(),
            });
        }
        doc
    }

    #[test]
    fn a_habit_is_never_made_a_stepping_stone() {
        let doc = pressed_against(&[Ceiling::Mentorship]);
        let h = crate::views::standalone::harness(CeilingsView::default(), doc, 2000.0);
        let habit = "Ask my manager for a growth conversation each quarter";
        assert!(
            h.query_by_label(&format!("Make a stepping stone: {habit}"))
                .is_none()
        );
        h.get_by_label("A habit, every 91 days:");
        h.get_by_label(&format!("Add to the landing plan: {habit}"));
        // The milestone beside it is still one.
        h.get_by_label(
            "Make a stepping stone: Find a mentor two levels up, outside my reporting line",
        );
    }

    #[test]
    fn the_habit_of_updates_becomes_the_voice_promise() {
        let summary = "Send my manager a monthly learning summary";
        // The sample already promises Dana an update every 30 days: nothing to add.
        let doc = pressed_against(&[Ceiling::Storytelling]);
        let h = crate::views::standalone::harness(CeilingsView::default(), doc.clone(), 2000.0);
        h.get_by_label("Already your update promise.");
        assert!(
            h.query_by_label(&format!("Make a stepping stone: {summary}"))
                .is_none()
        );
        // With no promise yet, one click makes the cadence; naming whom is left to the person.
        let mut doc = doc;
        doc.voice.manager.clear();
        doc.voice.cadence_days = 0;
        let mut h = crate::views::standalone::harness(CeilingsView::default(), doc, 2000.0);
        h.get_by_label(&format!("Promise it in the Voice panel: {summary}"))
            .click();
        h.run();
        let voice = &h.state().doc().voice;
        assert_eq!(voice.cadence_days, 30);
        assert!(voice.manager.is_empty(), "whom is the person's to say");
        assert_eq!(h.state().doc().north_star.stones.len(), 4, "no stone made");
    }

    #[test]
    fn without_assessments_both_sides_say_what_to_do_first() {
        let mut doc = crate::file::sample();
        doc.ceilings.clear();
        // Tall enough for the new assessment's six ceilings and what the people suggest.
        let mut h = crate::views::standalone::harness(CeilingsView::default(), doc, 2000.0);
        h.get_by_label(
            "No assessments yet. New assessment starts one dated today, for you to score the six.",
        );
        h.get_by_label("None yet: each New assessment is kept here, newest first.");
        h.get_by_label("New assessment").click();
        h.run();
        let doc = h.state().doc();
        assert_eq!(doc.ceilings.len(), 1, "one assessment made");
        let new = &doc.ceilings[0];
        assert_eq!(new.date, chrono::NaiveDate::from_ymd_opt(2026, 11, 22));
        assert!(new.scores.is_empty(), "not one score made up");
        assert!(
            h.query_by_label("None yet: each New assessment is kept here, newest first.")
                .is_none()
        );
        h.get_by_label("Delete this assessment").click();
        h.run();
        assert!(h.state().doc().ceilings.is_empty());
    }
}
