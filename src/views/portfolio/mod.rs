//! The Portfolio panel: the career as bets on a timeline, core roles in one lane and big
//! swings in the other, built and reshaped with the mouse; and what the portfolio says.

mod chart;
mod drag;
mod inspector;

use std::rc::Rc;

use chrono::Datelike;
use egui::Pos2;
use egui_plot::PlotTransform;

use super::widgets::{empty_hint, section};
use super::{DocVersion, Edits, View, ViewCtx};
use crate::analysis::portfolio::{Insight, Layout, Severity, insights, layout};
use crate::edit::ItemRef;
use crate::model::{Bet, BetId, BetKind, Document, year_fraction};
use chart::{bar_name, legend_ui};

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
