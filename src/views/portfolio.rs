//! The Portfolio panel: the career as bets on a timeline, core roles in one lane and big
//! swings in the other, built and reshaped with the mouse; and what the portfolio says.

use std::rc::Rc;

use chrono::Datelike;
use egui::{Color32, Key, Modifiers, Pos2, Stroke};
use egui_plot::{
    Axis, Bar, BarChart, LineStyle, Plot, PlotBounds, PlotPoint, PlotTransform, Span, Text, VLine,
};

use super::theme::Theme;
use super::widgets::{
    calendar_axis, check_row, choice_row, empty_hint, multiline_row, number_row, section,
    set_member, text_row,
};
use super::{DocVersion, Edits, View, ViewCtx};
use crate::analysis::portfolio::{
    Insight, Layout, Severity, default_length, insights, layout, snap_quarter, status_on,
    year_label,
};
use crate::edit::{Edit, Item, ItemRef};
use crate::model::{
    Bet, BetId, BetKind, BetStatus, Document, Phase, Rules, WorkType, next_id, year_fraction,
};

/// How close to a bar's end (points) a press grabs the end rather than the bar.
const EDGE_GRAB: f32 = 7.0;
/// The shortest a bet can be resized to, in years.
const MIN_LENGTH: f64 = 0.25;
/// The thickness of a bar, as a share of its row.
const BAR_WIDTH: f64 = 0.72;
/// The height (points) a bar needs to hold its label.
const LABEL_HEIGHT: f64 = 10.0;

/// Which part of a bar a drag holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Body,
    Start,
    End,
}

/// A bar being dragged: what it was when the drag began, and where it was grabbed.
#[derive(Clone, Debug)]
struct BarDrag {
    part: Part,
    origin: Pos2,
    /// The chart as it was when the bar was grabbed: the drag is measured against it, so
    /// nothing that moves the chart meanwhile moves the bar.
    transform: PlotTransform,
    original: Bet,
}

/// The Portfolio panel's own state.
#[derive(Default)]
pub struct PortfolioView {
    selected: Option<BetId>,
    drag: Option<BarDrag>,
    palette_drag: Option<BetKind>,
    /// The chart's transform from the last frame: where years and lanes are on screen.
    transform: Option<PlotTransform>,
    fit_requested: bool,
    seen_once: bool,
    /// The top of the chart's y range: it grows when a lane needs a new row, and shrinks only
    /// on "Fit to bets", so that an edit never rescales the chart under the pointer.
    y_top: f64,
    /// What the panel computes from the document shown, kept for the version it is of.
    cache: Option<(DocVersion, chrono::NaiveDate, Rc<Analysis>)>,
}

/// What the panel computes from one version of the document.
struct Analysis {
    layout: Rc<Layout>,
    insights: Vec<Insight>,
    /// Each bet's hover text, in the order of the document's bets.
    names: Vec<String>,
}

/// The vertical position of lanes and rows on the chart.
struct Lanes {
    layout: Rc<Layout>,
}

impl Lanes {
    #[cfg(test)]
    fn new(doc: &Document) -> Self {
        Self {
            layout: Rc::new(layout(&doc.bets)),
        }
    }

    /// The y of the middle of the big-swing lane's first row.
    fn swing_base(&self) -> f64 {
        self.layout.core_rows as f64 + 1.0
    }

    fn top(&self) -> f64 {
        self.swing_base() + self.layout.swing_rows as f64 - 1.0
    }

    fn y(&self, bet: &Bet) -> f64 {
        let row = self.layout.rows.get(&bet.id).copied().unwrap_or(0) as f64;
        match bet.kind {
            BetKind::Core => row,
            BetKind::BigSwing => self.swing_base() + row,
        }
    }

    /// The lane at a height on the chart: the boundary is the middle of the gap row.
    fn kind_at(&self, y: f64) -> BetKind {
        if y < self.swing_base() - 0.5 {
            BetKind::Core
        } else {
            BetKind::BigSwing
        }
    }

    fn range(&self, kind: BetKind) -> (f64, f64) {
        match kind {
            BetKind::Core => (-0.5, self.layout.core_rows as f64 - 0.5),
            BetKind::BigSwing => (self.swing_base() - 0.5, self.top() + 0.5),
        }
    }
}

/// The years the timeline spans: from the career's start to a year past the north star.
fn year_span(doc: &Document) -> (f64, f64) {
    let mut from = f64::from(doc.profile.career_start_year);
    let mut to = f64::from(doc.north_star.target_year) + 1.0;
    for bet in &doc.bets {
        from = from.min(bet.start);
        to = to.max(bet.end);
    }
    (from - 0.5, to + 0.5)
}

impl PortfolioView {
    /// The layout and the insights for the document shown, computed once per version.
    fn analysis(&mut self, ctx: &ViewCtx<'_>) -> Rc<Analysis> {
        match &self.cache {
            Some((version, today, analysis)) if *version == ctx.version && *today == ctx.today => {
                Rc::clone(analysis)
            }
            cached => {
                // While a bar is dragged its rows stay as they were: re-packing the lanes
                // under the pointer would move the other bars mid-gesture.
                let packed = match cached {
                    Some((_, _, before)) if self.drag.is_some() => Rc::clone(&before.layout),
                    _ => Rc::new(layout(&ctx.doc.bets)),
                };
                let analysis = Rc::new(Analysis {
                    layout: packed,
                    insights: insights(ctx.doc, ctx.today),
                    names: ctx.doc.bets.iter().map(bar_name).collect(),
                });
                self.cache = Some((ctx.version, ctx.today, Rc::clone(&analysis)));
                analysis
            }
        }
    }

    /// The chart's transform from the last frame, for tests that aim at a year and a lane.
    pub fn chart_transform(&self) -> Option<&PlotTransform> {
        self.transform.as_ref()
    }

    /// The bet selected on the timeline.
    pub fn selected(&self) -> Option<BetId> {
        self.selected
    }

    /// Which bet, and which part of it, is under a point on screen, on a given chart.
    fn hit(
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

    fn palette_ui(&mut self, ui: &mut egui::Ui, theme: Theme) {
        ui.horizontal(|ui| {
            ui.label("Drag onto the timeline:");
            for kind in BetKind::ALL {
                let text = match kind {
                    BetKind::Core => "Core bet",
                    BetKind::BigSwing => "Big swing",
                };
                let fill = theme.kind(*kind);
                let button =
                    egui::Button::new(egui::RichText::new(text).color(Theme::text_on(fill)))
                        .fill(fill)
                        .sense(egui::Sense::drag());
                let response = ui.add(button).on_hover_text(match kind {
                    BetKind::Core => "A steady role on an existing product: builds the core craft",
                    BetKind::BigSwing => {
                        "A zero-to-one bet: fails about half the time, pays in stories and learning"
                    }
                });
                if response.drag_started() {
                    self.palette_drag = Some(*kind);
                }
                if response.dragged() || self.palette_drag == Some(*kind) {
                    ui.ctx().set_cursor_icon(egui::CursorIcon::Grabbing);
                }
            }
            if ui
                .button("Fit to bets")
                .on_hover_text("Show the whole career")
                .clicked()
            {
                self.fit_requested = true;
            }
        });
    }

    fn chart_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let doc = ctx.doc;
        let theme = *ctx.theme;
        let analysis = self.analysis(ctx);
        let lanes = Lanes {
            layout: Rc::clone(&analysis.layout),
        };
        let now = year_fraction(ctx.today);
        let (from, to) = year_span(doc);
        let pointer = ui.input(|i| i.pointer.latest_pos());
        let seen = self.transform;
        let over_bar = pointer
            .zip(seen.as_ref())
            .and_then(|(p, t)| Self::hit(t, doc, &lanes, p));
        let holding = self.drag.is_some() || self.palette_drag.is_some() || over_bar.is_some();
        let pixels_per_year = self
            .transform
            .as_ref()
            .map_or(30.0, PlotTransform::dpos_dvalue_x);
        // Labels only where a bar is tall enough to hold a line of text.
        let bar_height = self
            .transform
            .as_ref()
            .map_or(30.0, |t| t.dpos_dvalue_y().abs() * BAR_WIDTH);
        let labels_fit = bar_height >= LABEL_HEIGHT;

        if let Some((_, part)) = over_bar
            && self.drag.is_none()
        {
            ui.ctx().set_cursor_icon(match part {
                Part::Body => egui::CursorIcon::Grab,
                Part::Start | Part::End => egui::CursorIcon::ResizeHorizontal,
            });
        }

        let fit = std::mem::take(&mut self.fit_requested) || !self.seen_once;
        self.seen_once = true;
        self.y_top = if fit {
            lanes.top()
        } else {
            self.y_top.max(lanes.top())
        };
        let y_top = self.y_top;
        let height = (ui.available_height() * 0.55).clamp(220.0, 420.0);
        let response = calendar_axis(Plot::new("portfolio timeline"), false)
            .height(height)
            .show_axes([true, false])
            .show_grid([true, false])
            .allow_drag([!holding, false])
            .allow_zoom([!holding, false])
            .allow_scroll([!holding, false])
            .allow_boxed_zoom(false)
            .allow_double_click_reset(false)
            .auto_bounds(false)
            .x_axis_label("Year")
            .show(ui, |plot| {
                if fit {
                    plot.set_plot_bounds(PlotBounds::from_min_max([from, -0.8], [to, y_top + 0.8]));
                }
                plot.set_plot_bounds_y(-0.8..=y_top + 0.9);
                for kind in BetKind::ALL {
                    let (low, high) = lanes.range(*kind);
                    plot.add(
                        Span::new("", low..=high)
                            .axis(Axis::Y)
                            .fill(theme.kind(*kind).gamma_multiply(0.08))
                            .border_width(0.0),
                    );
                }
                let x_min = plot.plot_bounds().min()[0];
                plot.text(
                    Text::new(
                        "",
                        PlotPoint::new(x_min, lanes.range(BetKind::Core).1),
                        "Core roles",
                    )
                    .anchor(egui::Align2::LEFT_TOP)
                    .color(theme.kind(BetKind::Core)),
                );
                plot.text(
                    Text::new("", PlotPoint::new(x_min, lanes.top() + 0.5), "Big swings")
                        .anchor(egui::Align2::LEFT_TOP)
                        .color(theme.kind(BetKind::BigSwing)),
                );
                for bet in doc.bets.iter().filter(|b| b.tour_of_duty) {
                    let wide_enough = (bet.end - bet.start) * pixels_per_year >= 80.0;
                    if wide_enough {
                        plot.text(
                            Text::new(
                                "",
                                PlotPoint::new(bet.start, lanes.top() + 0.85),
                                "tour of duty",
                            )
                            .anchor(egui::Align2::LEFT_TOP)
                            .color(theme.phase(Phase::Learning)),
                        );
                    }
                    plot.add(
                        Span::new("", bet.start..=bet.end)
                            .axis(Axis::X)
                            .fill(theme.phase(Phase::Learning).gamma_multiply(0.06))
                            .border_color(theme.phase(Phase::Learning).gamma_multiply(0.4))
                            .border_style(LineStyle::dashed_dense()),
                    );
                }
                for status in BetStatus::ALL {
                    let bars: Vec<Bar> = doc
                        .bets
                        .iter()
                        .zip(&analysis.names)
                        .filter(|(b, _)| b.status == *status)
                        .map(|(bet, name)| {
                            let selected = self.selected == Some(bet.id);
                            let outline = if selected {
                                Stroke::new(3.5, theme.marker())
                            } else {
                                Stroke::new(2.5, theme.phase(bet.phase))
                            };
                            Bar::new(lanes.y(bet), bet.end - bet.start)
                                .base_offset(bet.start)
                                .width(BAR_WIDTH)
                                .fill(theme.bar_fill(*status))
                                .stroke(outline)
                                .name(name)
                        })
                        .collect();
                    plot.bar_chart(
                        BarChart::new(status.label(), bars)
                            .horizontal()
                            .color(theme.status(*status))
                            // The chart's own hover text has no background and is cut at
                            // the chart's edge: the bet's name is shown as a tooltip below.
                            .element_formatter(Box::new(|_, _| String::new())),
                    );
                }
                // A label sits in the part of its bar that is on screen and is shortened to
                // fit it, so a bar running off the edge shows its title's start, never a middle.
                let (x_min, x_max) = (plot.plot_bounds().min()[0], plot.plot_bounds().max()[0]);
                for bet in doc.bets.iter().filter(|_| labels_fit) {
                    let (start, end) = (bet.start.max(x_min), bet.end.min(x_max));
                    if let Some(label) = fit_label(&bet.title, (end - start) * pixels_per_year) {
                        plot.text(Text::new(
                            "",
                            PlotPoint::new(f64::midpoint(start, end), lanes.y(bet)),
                            egui::RichText::new(label)
                                .color(Theme::text_on(theme.bar_fill(bet.status)))
                                .size(super::theme::MIN_TEXT_SIZE),
                        ));
                    }
                }
                plot.vline(
                    VLine::new("", now)
                        .color(theme.marker())
                        .width(1.5)
                        .style(LineStyle::dashed_loose()),
                );
                let star = f64::from(doc.north_star.target_year);
                plot.vline(VLine::new("", star).color(theme.good()).width(2.0));
                plot.text(
                    Text::new(
                        "",
                        PlotPoint::new(star, lanes.top() + 0.85),
                        format!("North star: {}", doc.north_star.target_role),
                    )
                    .anchor(egui::Align2::RIGHT_TOP)
                    .color(theme.good()),
                );
                for (n, stone) in doc.north_star.stones.iter().enumerate() {
                    let x = f64::from(stone.year);
                    let color = if stone.done {
                        theme.good()
                    } else {
                        theme.muted()
                    };
                    plot.vline(
                        VLine::new("", x)
                            .color(color)
                            .style(LineStyle::dotted_dense()),
                    );
                    plot.text(
                        Text::new(
                            "",
                            PlotPoint::new(x, lanes.swing_base() - 0.5),
                            format!("{}", n + 1),
                        )
                        .anchor(egui::Align2::LEFT_CENTER)
                        .color(color),
                    );
                }
                // Left of its line: the next stepping stone is often just after today, and
                // its dotted line would run through the word.
                plot.text(
                    Text::new("", PlotPoint::new(now, -0.75), "today")
                        .anchor(egui::Align2::RIGHT_BOTTOM)
                        .color(theme.marker()),
                );
            });
        self.transform = Some(response.transform);
        if self.drag.is_none()
            && self.palette_drag.is_none()
            && let Some((id, _)) = over_bar
            && let Some(name) = doc
                .bets
                .iter()
                .position(|b| b.id == id)
                .and_then(|i| analysis.names.get(i))
        {
            response
                .response
                .clone()
                .on_hover_text_at_pointer(name.as_str());
        }
        // Presses are read against the chart the person saw when pressing.
        let seen = seen.unwrap_or(response.transform);
        self.interact(ui, ctx, &lanes, &seen, &response.response, edits);
    }

    /// Turns presses, drags, drops and keys on the chart into edits.
    fn interact(
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

    fn insights_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
        section(ui, "What the portfolio says");
        for insight in &self.analysis(ctx).insights {
            let color = match insight.severity {
                Severity::Warning => ctx.theme.bad(),
                Severity::Notice => ctx.theme.warn(),
                Severity::Info => ui.visuals().text_color(),
            };
            ui.add_space(4.0);
            ui.label(egui::RichText::new(&insight.title).strong().color(color));
            for reason in &insight.reasons {
                ui.label(format!("• {reason}"));
            }
        }
    }

    fn rules_ui(ui: &mut egui::Ui, rules: &Rules, edits: &mut Edits) {
        egui::CollapsingHeader::new("Rules the portfolio is read with")
            .id_salt("portfolio rules")
            .show(ui, |ui| {
                egui::Grid::new("portfolio rules grid")
                    .num_columns(2)
                    .show(ui, |ui| {
                        let mut r = rules.clone();
                        let mut changed = None;
                        if let Some(v) = number_row(
                            ui,
                            "Established after",
                            r.established_after_years,
                            0.0..=30.0,
                            0.25,
                            " years",
                        ) {
                            r.established_after_years = v;
                            changed = Some("established");
                        }
                        if let Some(v) = number_row(
                            ui,
                            "Big swings allowed before",
                            f64::from(r.max_early_swings),
                            0.0..=10.0,
                            0.05,
                            "",
                        ) {
                            r.max_early_swings = v as u32;
                            changed = Some("early swings");
                        }
                        if let Some(v) = number_row(
                            ui,
                            "Big swing at least every",
                            r.swing_cadence_min_years,
                            0.0..=20.0,
                            0.25,
                            " years",
                        ) {
                            r.swing_cadence_min_years = v.min(r.swing_cadence_max_years);
                            changed = Some("cadence min");
                        }
                        if let Some(v) = number_row(
                            ui,
                            "Big swing at most every",
                            r.swing_cadence_max_years,
                            0.0..=20.0,
                            0.25,
                            " years",
                        ) {
                            r.swing_cadence_max_years = v.max(r.swing_cadence_min_years);
                            changed = Some("cadence max");
                        }
                        if let Some(v) = number_row(
                            ui,
                            "Longest run in one phase",
                            r.max_same_phase_years,
                            0.0..=20.0,
                            0.25,
                            " years",
                        ) {
                            r.max_same_phase_years = v;
                            changed = Some("phase run");
                        }
                        if let Some(v) = number_row(
                            ui,
                            "Big swings that succeed",
                            r.swing_success_rate * 100.0,
                            0.0..=100.0,
                            1.0,
                            " %",
                        ) {
                            r.swing_success_rate = v / 100.0;
                            changed = Some("success rate");
                        }
                        if let Some(v) = number_row(
                            ui,
                            "Tour of duty from",
                            f64::from(r.tour_min_months),
                            1.0..=60.0,
                            0.2,
                            " months",
                        ) {
                            r.tour_min_months = (v as u32).min(r.tour_max_months);
                            changed = Some("tour min");
                        }
                        if let Some(v) = number_row(
                            ui,
                            "Tour of duty to",
                            f64::from(r.tour_max_months),
                            1.0..=60.0,
                            0.2,
                            " months",
                        ) {
                            r.tour_max_months = (v as u32).max(r.tour_min_months);
                            changed = Some("tour max");
                        }
                        if let Some(v) = number_row(
                            ui,
                            "Drift checklist judged from",
                            f64::from(r.drift_min_answers),
                            1.0..=20.0,
                            0.05,
                            " answers",
                        ) {
                            r.drift_min_answers = v as u32;
                            changed = Some("drift min answers");
                        }
                        if let Some(v) = number_row(
                            ui,
                            "Drift risk medium from",
                            r.drift_medium_share * 100.0,
                            0.0..=100.0,
                            1.0,
                            " %",
                        ) {
                            r.drift_medium_share = (v / 100.0).min(r.drift_high_share);
                            changed = Some("drift medium");
                        }
                        if let Some(v) = number_row(
                            ui,
                            "Drift risk high from",
                            r.drift_high_share * 100.0,
                            0.0..=100.0,
                            1.0,
                            " %",
                        ) {
                            r.drift_high_share = (v / 100.0).max(r.drift_medium_share);
                            changed = Some("drift high");
                        }
                        if let Some(field) = changed {
                            edits.push_merging(Edit::Rules(r), None, field);
                        }
                    });
            });
    }

    fn bet_inspector_ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        id: BetId,
        edits: &mut Edits,
    ) {
        let Some(bet) = doc.bet(id) else {
            self.selected = None;
            return;
        };
        let target = Some(ItemRef::Bet(id));
        let mut changed: Option<(Bet, &'static str)> = None;
        ui.heading("Bet");
        egui::Grid::new("bet inspector")
            .num_columns(2)
            .show(ui, |ui| {
                let b = bet.clone();
                if let Some(title) = text_row(ui, "Title", &b.title) {
                    changed = Some((Bet { title, ..b.clone() }, "title"));
                }
                if let Some(organisation) = text_row(ui, "Organisation", &b.organisation) {
                    changed = Some((
                        Bet {
                            organisation,
                            ..b.clone()
                        },
                        "organisation",
                    ));
                }
                if let Some(kind) = choice_row(ui, "Kind", b.kind, BetKind::ALL) {
                    changed = Some((Bet { kind, ..b.clone() }, "kind"));
                }
                if let Some(phase) = choice_row(ui, "Phase", b.phase, Phase::ALL) {
                    changed = Some((Bet { phase, ..b.clone() }, "phase"));
                }
                if let Some(work) = choice_row(ui, "Type of work", b.work, WorkType::ALL) {
                    changed = Some((Bet { work, ..b.clone() }, "work"));
                }
                if let Some(status) = choice_row(ui, "Status", b.status, BetStatus::ALL) {
                    changed = Some((
                        Bet {
                            status,
                            ..b.clone()
                        },
                        "status",
                    ));
                }
                if let Some(start) = number_row(ui, "Start", b.start, 1900.0..=b.end, 0.05, "") {
                    changed = Some((
                        Bet {
                            start: snap_quarter(start),
                            ..b.clone()
                        },
                        "start",
                    ));
                }
                if let Some(end) = number_row(ui, "End", b.end, b.start..=2200.0, 0.05, "") {
                    changed = Some((
                        Bet {
                            end: snap_quarter(end).max(b.start),
                            ..b.clone()
                        },
                        "end",
                    ));
                }
                if let Some(tour_of_duty) = check_row(
                    ui,
                    "Tour of duty",
                    "A concrete 12–18 month goal",
                    b.tour_of_duty,
                ) {
                    changed = Some((
                        Bet {
                            tour_of_duty,
                            ..b.clone()
                        },
                        "tour",
                    ));
                }
                if let Some(story) = multiline_row(ui, "Story", &b.story) {
                    changed = Some((Bet { story, ..b.clone() }, "story"));
                }
            });
        ui.label(
            egui::RichText::new(format!(
                "{} to {}",
                year_label(bet.start),
                year_label(bet.end)
            ))
            .small()
            .weak(),
        );
        ui.add_space(6.0);
        ui.strong("Skills it builds");
        if doc.skills.is_empty() {
            empty_hint(ui, "Add skills on the Spec panel to link them here.");
        }
        for skill in &doc.skills {
            let mut on = bet.skills.contains(&skill.id);
            if ui.checkbox(&mut on, &skill.name).changed() {
                let mut b = bet.clone();
                set_member(&mut b.skills, skill.id, on);
                changed = Some((b, "skills"));
            }
        }
        ui.add_space(6.0);
        ui.strong("Stepping stones it leads to");
        if doc.north_star.stones.is_empty() {
            empty_hint(
                ui,
                "Add stepping stones on the Spec panel to link them here.",
            );
        }
        for stone in &doc.north_star.stones {
            let mut on = bet.stones.contains(&stone.id);
            if ui
                .checkbox(&mut on, format!("{} ({})", stone.title, stone.year))
                .changed()
            {
                let mut b = bet.clone();
                set_member(&mut b.stones, stone.id, on);
                changed = Some((b, "stones"));
            }
        }
        ui.add_space(8.0);
        if ui.button("Delete bet").clicked() {
            edits.push(Edit::Remove(ItemRef::Bet(id)));
            edits.say(format!("Deleted \"{}\"", bet.title));
            self.selected = None;
            return;
        }
        if let Some((b, field)) = changed {
            edits.push_merging(Edit::Upsert(Item::Bet(b)), target, field);
        }
    }
}

/// What the colours, lines and numbers on the chart mean.
fn legend_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
    let theme = ctx.theme;
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        for status in BetStatus::ALL {
            swatch(ui, theme.status(*status), None);
            ui.label(egui::RichText::new(status.label()).small());
            ui.add_space(6.0);
        }
        ui.separator();
        for phase in Phase::ALL {
            swatch(ui, Color32::TRANSPARENT, Some(theme.phase(*phase)));
            ui.label(egui::RichText::new(format!("{} phase", phase.label())).small());
            ui.add_space(6.0);
        }
    });
    if !ctx.doc.north_star.stones.is_empty() {
        let stones: Vec<String> = ctx
            .doc
            .north_star
            .stones
            .iter()
            .enumerate()
            .map(|(n, s)| format!("{} {} ({})", n + 1, s.title, s.year))
            .collect();
        ui.label(
            egui::RichText::new(format!("Stepping stones (dotted): {}", stones.join(" · ")))
                .small()
                .color(theme.muted()),
        );
    }
    ui.label(
        egui::RichText::new(
            "Drag a bar to move it, its ends to resize it, into the other lane to change its kind. Arrow keys nudge the selected bet (Shift: its end); Delete removes it.",
        )
        .small()
        .color(theme.muted()),
    );
}

/// What hovering a bar says about its bet.
fn bar_name(bet: &Bet) -> String {
    format!(
        "{} ({}–{}, {}, {})",
        bet.title,
        year_label(bet.start),
        year_label(bet.end),
        bet.phase.label().to_lowercase(),
        bet.status.label().to_lowercase()
    )
}

fn swatch(ui: &mut egui::Ui, fill: Color32, outline: Option<Color32>) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 10.0), egui::Sense::hover());
    ui.painter().rect_filled(rect, 2.0, fill);
    if let Some(color) = outline {
        ui.painter()
            .rect_stroke(rect, 2.0, Stroke::new(2.0, color), egui::StrokeKind::Inside);
    }
}

/// A bet moved or resized by a drag of `delta` years, possibly into another lane.
fn dragged(original: &Bet, part: Part, delta: f64, lane: BetKind) -> Bet {
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

/// The title shortened to fit a bar this many points wide, or none when nothing useful fits.
fn fit_label(title: &str, width: f64) -> Option<String> {
    const CHAR_WIDTH: f64 = 6.2;
    let fits = ((width - 8.0) / CHAR_WIDTH).floor();
    if fits < 4.0 {
        return None;
    }
    let fits = fits as usize;
    let count = title.chars().count();
    if count <= fits {
        Some(title.to_owned())
    } else {
        let kept: String = title.chars().take(fits - 1).collect();
        Some(format!("{}…", kept.trim_end()))
    }
}

impl View for PortfolioView {
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        self.palette_ui(ui, *ctx.theme);
        self.chart_ui(ui, ctx, edits);
        // Below the chart, so that the chart does not jump up when the first bet lands.
        if ctx.doc.bets.is_empty() {
            empty_hint(
                ui,
                "Drag a Core bet onto the timeline to add your first role.",
            );
        }
        legend_ui(ui, ctx);
        egui::ScrollArea::vertical()
            .id_salt("portfolio insights")
            .show(ui, |ui| {
                self.insights_ui(ui, ctx);
                ui.add_space(6.0);
                Self::rules_ui(ui, &ctx.doc.rules, edits);
            });
    }

    fn inspector_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        if let Some(id) = self.selected {
            self.bet_inspector_ui(ui, ctx.doc, id, edits);
            return;
        }
        ui.label(egui::RichText::new("Click a bar to edit its bet.").weak());
        ui.add_space(8.0);
        let now = year_fraction(ctx.today);
        let active: Vec<&Bet> = ctx
            .doc
            .bets
            .iter()
            .filter(|b| b.start <= now && now < b.end)
            .collect();
        ui.strong(format!("Now ({})", ctx.today.year()));
        if active.is_empty() {
            empty_hint(ui, "No bet is active today.");
        }
        for bet in active.iter().take(12) {
            ui.label(format!(
                "{} — {}, {}",
                bet.title,
                bet.kind.label().to_lowercase(),
                bet.phase.label().to_lowercase()
            ));
        }
        if active.len() > 12 {
            ui.label(format!("…and {} more.", active.len() - 12));
        }
    }

    fn select(&mut self, item: ItemRef) {
        if let ItemRef::Bet(id) = item {
            self.selected = Some(id);
        }
    }
}

#[cfg(test)]
mod tests;
