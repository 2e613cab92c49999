//! The Portfolio panel: the career as bets on a timeline, core roles in one lane and big
//! swings in the other, built and reshaped with the mouse; and what the portfolio says.

mod chart;
mod classify;
mod drag;
mod filter;
mod inspector;
mod legend;
mod rows;
mod scene;

use std::rc::Rc;

use chrono::Datelike;
use egui::Pos2;
use egui_plot::PlotTransform;

use super::widgets::{empty_hint, section};
use super::{DocVersion, Edits, View, ViewCtx};
use crate::analysis::portfolio::{Insight, Layout, Severity, insights, lane, layout, relayout};
use crate::edit::ItemRef;
use crate::model::{Bet, BetId, BetKind, Document, year_fraction};
use chart::bar_name;
use filter::Filter;
use legend::legend_ui;

/// How close to a bar's end (points) a press grabs the end rather than the bar.
const EDGE_GRAB: f32 = 7.0;
/// The shortest a bet can be resized to, in years.
const MIN_LENGTH: f64 = 0.25;
/// The thickness of a bar, as a share of its row.
const BAR_WIDTH: f64 = 0.72;
/// The height (points) a bar needs to hold its label.
const LABEL_HEIGHT: f64 = 10.0;
/// The thinnest a bar is drawn (points): thin enough for a dozen rows on a small window,
/// thick enough for its label and to be grabbed.
const MIN_BAR_HEIGHT: f64 = 14.0;
/// How far the chart reaches below the first core row, in rows: room for "today".
const BELOW_ROWS: f64 = 0.8;
/// How far the chart reaches above the top big-swing row, in rows: room for the north star.
const ABOVE_ROWS: f64 = 0.9;

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
    /// The row of its lane the bar is held in: where the pointer is for a bar moved, its own
    /// for an end dragged. It stays in that row once dropped.
    row: usize,
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
    /// Set when what the lanes hold changed by the person's choice (the filter): the chart's
    /// height is fitted to the rows again.
    rows_changed: bool,
    seen_once: bool,
    /// The top of the chart's y range: it grows when a lane needs a new row, and shrinks only
    /// on "Fit to bets" or a new filter, so that an edit never rescales the chart under the
    /// pointer.
    y_top: f64,
    /// The highest row value in view when the rows need more height than the chart has: the
    /// chart then keeps its height and shows a window of rows, scrolled with the wheel or its
    /// bar. The top is kept, so that a change of the chart's height leaves the top row where
    /// it is.
    y_high: f64,
    /// A bet selected from outside the chart, whose row is scrolled into view once drawn.
    reveal: Option<BetId>,
    /// Which bets the timeline shows: view state, not saved in the document.
    filter: Filter,
    /// What happened, for a win from the selected bet.
    win: String,
    /// What the panel computes from the document shown, kept for what it was computed from.
    cache: Option<Cached>,
    /// A bar just dropped and the row it was dropped in, for the next layout.
    dropped: Option<(BetId, usize)>,
}

/// An analysis, and what it was computed from.
struct Cached {
    version: DocVersion,
    today: chrono::NaiveDate,
    filter: Filter,
    /// Whether the rows are due to be laid out again: they are kept through a drag, and laid
    /// out once it ends.
    rows_due: bool,
    analysis: Rc<Analysis>,
}

/// What the panel computes from one version of the document.
struct Analysis {
    /// The rows of the bets the filter shows: only they are in it.
    layout: Rc<Layout>,
    insights: Vec<Insight>,
    /// Each bet's hover text, in the order of the document's bets.
    names: Vec<String>,
}

/// The vertical position of lanes and rows on the chart.
struct Lanes {
    layout: Rc<Layout>,
    /// A bar being dragged and the row it is held in, which it is drawn in.
    held: Option<(BetId, usize)>,
}

impl Lanes {
    #[cfg(test)]
    fn new(doc: &Document) -> Self {
        Self {
            layout: Rc::new(layout(&doc.bets)),
            held: None,
        }
    }

    /// Whether a bet is on the chart: the filter shows it, or it is being dragged.
    fn shows(&self, bet: &Bet) -> bool {
        self.layout.rows.contains_key(&bet.id)
    }

    /// The y of the middle of the big-swing lane's first row.
    fn swing_base(&self) -> f64 {
        self.layout.core_rows as f64 + 1.0
    }

    fn top(&self) -> f64 {
        self.swing_base() + self.layout.swing_rows as f64 - 1.0
    }

    fn y(&self, bet: &Bet) -> f64 {
        self.row_y(lane(bet), self.row(bet.id))
    }

    /// The row a bet is drawn in: the one it is held in while dragged, else its own.
    fn row(&self, id: BetId) -> usize {
        match self.held {
            Some((held, row)) if held == id => row,
            _ => self.layout.rows.get(&id).copied().unwrap_or(0),
        }
    }

    /// The row of a lane nearest a height on the chart, among the rows the lane has.
    fn row_at(&self, kind: BetKind, y: f64) -> usize {
        let (base, rows) = match kind {
            BetKind::Core => (0.0, self.layout.core_rows),
            BetKind::BigSwing => (self.swing_base(), self.layout.swing_rows),
        };
        ((y - base).round().max(0.0) as usize).min(rows.max(1) - 1)
    }

    /// The y of the middle of a row in a lane.
    fn row_y(&self, kind: BetKind, row: usize) -> f64 {
        let row = row as f64;
        match kind {
            BetKind::Core => row,
            BetKind::BigSwing => self.swing_base() + row,
        }
    }

    /// The y where a bet will sit once placed: its own row while the lanes stay as they are
    /// (a bar being dragged), or, for a bet not placed yet, the first row of its lane free
    /// for it, as `relayout` will give it.
    fn landing_y(&self, doc: &Document, bet: &Bet) -> f64 {
        if self.layout.rows.contains_key(&bet.id) {
            return self.y(bet);
        }
        let mut taken = Vec::new();
        for other in doc.bets.iter().filter(|b| lane(b) == lane(bet)) {
            if let Some(row) = self.layout.rows.get(&other.id)
                && other.start < bet.end
                && bet.start < other.end
            {
                if taken.len() <= *row {
                    taken.resize(row + 1, false);
                }
                taken[*row] = true;
            }
        }
        let row = taken.iter().position(|t| !t).unwrap_or(taken.len());
        self.row_y(lane(bet), row)
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

/// The name of a kind's lane, on the chart and on the filter that shows or hides it.
fn lane_name(kind: BetKind) -> &'static str {
    match kind {
        BetKind::Core => "Core roles",
        BetKind::BigSwing => "Big swings",
    }
}

/// The years the timeline spans: from the career's start to a year past the north star.
fn year_span(doc: &Document) -> (f64, f64) {
    let mut from = doc
        .career_start()
        // Nothing to start from: ten years before the north star, room to place the first.
        .unwrap_or_else(|| f64::from(doc.north_star.target_year) - 10.0);
    let mut to = f64::from(doc.north_star.target_year) + 1.0;
    for bet in &doc.bets {
        from = from.min(bet.start);
        to = to.max(bet.end);
    }
    (from - 0.5, to + 0.5)
}

impl PortfolioView {
    /// The layout and the insights for the document shown, computed once per version and
    /// filter.
    fn analysis(&mut self, ctx: &ViewCtx<'_>) -> Rc<Analysis> {
        let dragging = self.drag.as_ref().map(|d| d.original.id);
        if let Some(c) = &self.cache
            && c.version == ctx.version
            && c.today == ctx.today
            && c.filter == self.filter
            && (dragging.is_some() || !c.rows_due)
        {
            return Rc::clone(&c.analysis);
        }
        // The same document and filter as before: an edit, laid out from the rows before it.
        let before = self.cache.as_ref().filter(|c| {
            c.version.session == ctx.version.session
                && c.today == ctx.today
                && c.filter == self.filter
        });
        let (analysis, rows_due) = match (dragging, before) {
            // A drag changes the document every frame, and only the dragged bar: the rows stay
            // as they were (laying them out under the pointer would move the other bars
            // mid-gesture) and so do the insights, until the drop; only the bar's hover text
            // is written again. With a thousand bets that keeps the frame as fast as the drag.
            (Some(id), Some(c)) => {
                let mut names = c.analysis.names.clone();
                if names.len() == ctx.doc.bets.len()
                    && let Some(i) = ctx.doc.bets.iter().position(|b| b.id == id)
                {
                    names[i] = bar_name(&ctx.doc.bets[i]);
                } else {
                    names = ctx.doc.bets.iter().map(bar_name).collect();
                }
                let kept = Analysis {
                    layout: Rc::clone(&c.analysis.layout),
                    insights: c.analysis.insights.clone(),
                    names,
                };
                (kept, true)
            }
            (_, before) => {
                let shown: Vec<Bet> = ctx
                    .doc
                    .bets
                    .iter()
                    .filter(|b| self.filter.shows(b))
                    .cloned()
                    .collect();
                let dropped = self.dropped.take();
                let rows = match before {
                    Some(c) => relayout(&shown, &c.analysis.layout, dropped),
                    None => layout(&shown),
                };
                let fresh = Analysis {
                    layout: Rc::new(rows),
                    insights: insights(ctx.doc, ctx.today),
                    names: ctx.doc.bets.iter().map(bar_name).collect(),
                };
                (fresh, false)
            }
        };
        let analysis = Rc::new(analysis);
        self.cache = Some(Cached {
            version: ctx.version,
            today: ctx.today,
            filter: self.filter.clone(),
            rows_due,
            analysis: Rc::clone(&analysis),
        });
        analysis
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
        self.palette_ui(ui, ctx, edits);
        self.filter_ui(ui, ctx);
        self.chart_ui(ui, ctx, edits);
        self.shown_ui(ui, ctx);
        legend_ui(ui, ctx);
        egui::ScrollArea::vertical()
            .id_salt("portfolio insights")
            .show(ui, |ui| {
                classify::classify_ui(ui, ctx, edits);
                self.insights_ui(ui, ctx);
                ui.add_space(6.0);
                Self::rules_ui(ui, &ctx.doc.rules, edits);
            });
    }

    fn inspector_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        if let Some(id) = self.selected {
            self.bet_inspector_ui(ui, ctx, id, edits);
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
                bet.kind
                    .map_or("kind not set".to_owned(), |k| k.label().to_lowercase()),
                bet.phase
                    .map_or("phase not set".to_owned(), |p| p.label().to_lowercase())
            ));
        }
        if active.len() > 12 {
            ui.label(format!("…and {} more.", active.len() - 12));
        }
    }

    fn select(&mut self, item: ItemRef) {
        if let ItemRef::Bet(id) = item {
            self.selected = Some(id);
            self.reveal = Some(id);
        }
    }
}

#[cfg(test)]
mod tests;
