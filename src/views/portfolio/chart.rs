//! The timeline itself: the palette to drag new bets from, the chart of bets in their two
//! lanes with the north star and the stepping stones marked, and the key beneath it.

use std::rc::Rc;

use egui::{Color32, Stroke};
use egui_plot::{
    Axis, Bar, BarChart, LineStyle, Plot, PlotBounds, PlotPoint, PlotTransform, PlotUi, Span, Text,
    VLine,
};

use super::{BAR_WIDTH, LABEL_HEIGHT, Lanes, Part, PortfolioView, lane_name, year_span};
use crate::analysis::portfolio::{end_label, new_bet, snap_quarter, year_label};
use crate::model::{Bet, BetId, BetKind, BetStatus, Document, Phase, year_fraction};
use crate::views::charts::calendar_axis;
use crate::views::theme::Theme;
use crate::views::{Edits, ViewCtx};

impl PortfolioView {
    /// The chips new bets come from: dragged onto the timeline, or clicked (or pressed with
    /// Enter or Space once focused) to add one starting this quarter, so that the timeline
    /// can be built without a drag.
    pub(super) fn palette_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let theme = *ctx.theme;
        ui.horizontal(|ui| {
            ui.label("Add a bet:");
            for kind in BetKind::ALL {
                let text = match kind {
                    BetKind::Core => "Core bet",
                    BetKind::BigSwing => "Big swing",
                };
                let fill = theme.kind(*kind);
                let button =
                    egui::Button::new(egui::RichText::new(text).color(Theme::text_on(fill)))
                        .fill(fill)
                        .sense(egui::Sense::click_and_drag());
                let what = match kind {
                    BetKind::Core => "A steady role on an existing product: builds the core craft",
                    BetKind::BigSwing => {
                        "A zero-to-one bet: fails about half the time, pays in stories and learning"
                    }
                };
                let response = ui.add(button).on_hover_text(format!(
                    "{what}.\nDrag onto the timeline, or click to add one starting now."
                ));
                if response.drag_started() {
                    self.palette_drag = Some(*kind);
                }
                if response.dragged() || self.palette_drag == Some(*kind) {
                    ui.ctx().set_cursor_icon(egui::CursorIcon::Grabbing);
                }
                if response.clicked() {
                    let start = snap_quarter(year_fraction(ctx.today));
                    self.add(new_bet(ctx.doc, *kind, start, ctx.today), edits);
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

    /// The chart of bets: where the pointer is, which rows are in view, the plot drawn
    /// part by part, the names over it, and what the hands did on it.
    pub(super) fn chart_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let doc = ctx.doc;
        let analysis = self.analysis(ctx);
        let lanes = Lanes {
            layout: Rc::clone(&analysis.layout),
            held: self.drag.as_ref().map(|d| (d.original.id, d.row)),
        };
        let seen = self.transform;
        let pointer = self.pointer_on(ui, doc, &lanes, seen.as_ref());
        let fit = std::mem::take(&mut self.fit_requested) || !self.seen_once;
        let refit_rows = std::mem::take(&mut self.rows_changed);
        self.seen_once = true;
        self.y_top = if fit || refit_rows {
            lanes.top()
        } else {
            self.y_top.max(lanes.top())
        };
        let height = (ui.available_height() * 0.55).clamp(220.0, 420.0);
        let reveal = self
            .reveal
            .take()
            .and_then(|id| doc.get(id))
            .filter(|b| lanes.shows(b))
            .map(|b| lanes.y(b));
        let rows = self.rows_in_view(
            ui,
            (seen.as_ref(), pointer.at),
            fit || refit_rows,
            reveal,
            height,
        );
        let scene = Scene {
            doc,
            theme: *ctx.theme,
            lanes: &lanes,
            names: &analysis.names,
            selected: self.selected,
            view: rows.view,
            scale: Scale::of(seen.as_ref()),
            now: year_fraction(ctx.today),
        };
        let (view_low, view_high) = rows.view;
        let response = calendar_axis(Plot::new("portfolio timeline"), false)
            .height(height)
            .show_axes([true, false])
            .show_grid([true, false])
            .allow_drag([!pointer.holding, false])
            .allow_zoom([!pointer.dragging, false])
            .allow_scroll([!pointer.dragging, false])
            .allow_boxed_zoom(false)
            .allow_double_click_reset(false)
            .auto_bounds(false)
            .x_axis_label("Year")
            .show(ui, |plot| {
                if fit {
                    let (from, to) = year_span(doc);
                    plot.set_plot_bounds(PlotBounds::from_min_max(
                        [from, view_low],
                        [to, view_high],
                    ));
                }
                plot.set_plot_bounds_y(view_low..=view_high);
                scene.lanes_ui(plot);
                scene.tours_ui(plot);
                let placed = scene.placed();
                scene.bars_ui(plot, &placed);
                scene.labels_ui(plot, &placed);
                scene.markers_ui(plot);
            });
        self.transform = Some(response.transform);
        names_ui(ui, ctx, &lanes, &response.transform, rows.view);
        if let Some(bar) = rows.bar {
            self.rows_bar_ui(ui, response.transform.frame(), bar);
        }
        self.hover_name_ui(&response.response, doc, &analysis.names, &pointer);
        // Presses are read against the chart the person saw when pressing.
        let seen = seen.unwrap_or(response.transform);
        self.interact(ui, ctx, &lanes, &seen, &response.response, edits);
    }

    /// Where the pointer is over the chart as last drawn, and whether the chart must hold
    /// still under it; the cursor says what a press there would take.
    fn pointer_on(
        &self,
        ui: &egui::Ui,
        doc: &Document,
        lanes: &Lanes,
        seen: Option<&PlotTransform>,
    ) -> Pointer {
        let (at, press_origin) = ui.input(|i| (i.pointer.latest_pos(), i.pointer.press_origin()));
        let over_bar = at.zip(seen).and_then(|(p, t)| Self::hit(t, doc, lanes, p));
        // A press that began on a bar holds the chart until it is released: the pointer often
        // leaves the bar before the drag is seen to begin (an end grabbed at its edge, a quick
        // hand, a slow frame), and the chart must not pan meanwhile.
        let pressed_bar = press_origin
            .zip(seen)
            .and_then(|(p, t)| Self::hit(t, doc, lanes, p));
        let dragging = self.drag.is_some() || self.palette_drag.is_some();
        if let Some((_, part)) = over_bar
            && self.drag.is_none()
        {
            ui.ctx().set_cursor_icon(match part {
                Part::Body => egui::CursorIcon::Grab,
                Part::Start | Part::End => egui::CursorIcon::ResizeHorizontal,
            });
        }
        Pointer {
            at,
            over_bar,
            pressed_bar,
            dragging,
            // Over a bar a press grabs the bar, so the plot must not pan; the wheel still
            // zooms and pans a chart full of bars.
            holding: dragging || over_bar.is_some() || pressed_bar.is_some(),
        }
    }

    /// The name of the bet under a resting pointer, as a tooltip below the chart's edge.
    fn hover_name_ui(
        &self,
        response: &egui::Response,
        doc: &Document,
        names: &[String],
        pointer: &Pointer,
    ) {
        if self.drag.is_none()
            && self.palette_drag.is_none()
            && pointer.pressed_bar.is_none()
            && let Some((id, _)) = pointer.over_bar
            && let Some(name) = doc
                .bets
                .iter()
                .position(|b| b.id == id)
                .and_then(|i| names.get(i))
        {
            response.clone().on_hover_text_at_pointer(name.as_str());
        }
    }
}

/// The pointer over the chart in one frame.
struct Pointer {
    /// Where it is, if anywhere.
    at: Option<egui::Pos2>,
    /// The bar, and the part of it, under the pointer.
    over_bar: Option<(BetId, Part)>,
    /// The bar the press now held began on.
    pressed_bar: Option<(BetId, Part)>,
    /// A bar or a new bet from the palette is being dragged.
    dragging: bool,
    /// The chart must not pan under the pointer.
    holding: bool,
}

/// How large the chart was drawn last frame, which decides what fits on it now.
#[derive(Clone, Copy)]
struct Scale {
    pixels_per_year: f64,
    /// Whether a bar is tall enough to hold a line of text.
    labels_fit: bool,
}

impl Scale {
    fn of(seen: Option<&PlotTransform>) -> Self {
        let pixels_per_year = seen.map_or(30.0, PlotTransform::dpos_dvalue_x);
        let bar_height = seen.map_or(30.0, |t| t.dpos_dvalue_y().abs() * BAR_WIDTH);
        Self {
            pixels_per_year,
            labels_fit: bar_height >= LABEL_HEIGHT,
        }
    }
}

/// What one frame of the chart draws from: the document, the lanes and the rows in view.
struct Scene<'a> {
    doc: &'a Document,
    theme: Theme,
    lanes: &'a Lanes,
    /// Each bet's hover text, in the order of the document's bets.
    names: &'a [String],
    selected: Option<BetId>,
    /// The lowest and highest row value in view.
    view: (f64, f64),
    scale: Scale,
    /// Today, as a year.
    now: f64,
}

impl Scene<'_> {
    /// Each lane's band behind its rows.
    fn lanes_ui(&self, plot: &mut PlotUi<'_>) {
        for kind in BetKind::ALL {
            let (low, high) = self.lanes.range(*kind);
            plot.add(
                Span::new("", low..=high)
                    .axis(Axis::Y)
                    .fill(self.theme.kind(*kind).gamma_multiply(0.08))
                    .border_width(0.0),
            );
        }
    }

    /// The tours of duty as dashed bands; `names_ui` names them.
    fn tours_ui(&self, plot: &mut PlotUi<'_>) {
        let theme = self.theme;
        for (start, end) in tours(self.doc, self.lanes) {
            plot.add(
                Span::new("", start..=end)
                    .axis(Axis::X)
                    .fill(theme.phase(Phase::Learning).gamma_multiply(0.06))
                    .border_color(theme.phase(Phase::Learning).gamma_multiply(0.4))
                    .border_style(LineStyle::dashed_dense()),
            );
        }
    }

    /// Each bet in the rows on screen with its height, found once for the frame: the bars of
    /// every status and their labels all read it.
    fn placed(&self) -> Vec<(&Bet, &String, f64)> {
        let (view_low, view_high) = self.view;
        self.doc
            .bets
            .iter()
            .zip(self.names)
            .filter(|(b, _)| self.lanes.shows(b))
            .map(|(b, name)| (b, name, self.lanes.y(b)))
            .filter(|(_, _, y)| y + 0.5 > view_low && y - 0.5 < view_high)
            .collect()
    }

    /// The bars, one chart per status, each outlined in its phase's colour.
    fn bars_ui(&self, plot: &mut PlotUi<'_>, placed: &[(&Bet, &String, f64)]) {
        let theme = self.theme;
        for status in BetStatus::ALL {
            let bars: Vec<Bar> = placed
                .iter()
                .filter(|(b, _, _)| b.status == *status)
                .map(|&(bet, name, y)| {
                    let selected = self.selected == Some(bet.id);
                    let outline = if selected {
                        Stroke::new(3.5, theme.marker())
                    } else {
                        Stroke::new(2.5, theme.maybe_phase(bet.phase))
                    };
                    Bar::new(y, bet.end - bet.start)
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
                    // The chart's own hover text has no background and is cut at the chart's
                    // edge: the bet's name is shown as a tooltip below.
                    .element_formatter(Box::new(|_, _| String::new())),
            );
        }
    }

    /// A label sits in the part of its bar that is on screen and is shortened to fit it, so a
    /// bar running off the edge shows its title's start, never a middle.
    fn labels_ui(&self, plot: &mut PlotUi<'_>, placed: &[(&Bet, &String, f64)]) {
        if !self.scale.labels_fit {
            return;
        }
        let (x_min, x_max) = (plot.plot_bounds().min()[0], plot.plot_bounds().max()[0]);
        for &(bet, _, y) in placed {
            let (start, end) = (bet.start.max(x_min), bet.end.min(x_max));
            if let Some(label) = fit_label(&bet.title, (end - start) * self.scale.pixels_per_year) {
                plot.text(Text::new(
                    "",
                    PlotPoint::new(f64::midpoint(start, end), y),
                    egui::RichText::new(label)
                        .color(Theme::text_on(self.theme.bar_fill(bet.status)))
                        .size(crate::views::theme::MIN_TEXT_SIZE),
                ));
            }
        }
    }

    /// Today's line, the north star's, and the stepping stones' dotted lines, numbered.
    fn markers_ui(&self, plot: &mut PlotUi<'_>) {
        let theme = self.theme;
        let (view_low, view_high) = self.view;
        plot.vline(
            VLine::new("", self.now)
                .color(theme.marker())
                .width(1.5)
                .style(LineStyle::dashed_loose()),
        );
        let north_star = &self.doc.north_star;
        let star = f64::from(north_star.target_year);
        plot.vline(VLine::new("", star).color(theme.good()).width(2.0));
        // A number needs about 18 points: one closer to the last is left out.
        let mut last_number = f64::NEG_INFINITY;
        let gap = self.lanes.swing_base() - 0.5;
        let numbers_y = if gap - 0.5 >= view_low && gap + 0.5 <= view_high {
            gap
        } else {
            view_low + 0.5
        };
        for (n, stone) in north_star.stones.iter().enumerate() {
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
            if (x - last_number) * self.scale.pixels_per_year < 18.0 {
                continue;
            }
            last_number = x;
            plot.text(
                Text::new(
                    "",
                    // In the gap between the lanes, or at the bottom of the rows in view when
                    // the gap is scrolled away (the top holds the north star's name).
                    PlotPoint::new(x, numbers_y),
                    format!("{}", n + 1),
                )
                .anchor(egui::Align2::LEFT_CENTER)
                .color(color),
            );
        }
    }
}

/// The names on the chart that must read over the bars they cross, each on a backing of the
/// chart's own colour: each lane's, the north star's and today's. `view` is the lowest and
/// highest row value in view.
fn names_ui(
    ui: &egui::Ui,
    ctx: &ViewCtx<'_>,
    lanes: &Lanes,
    t: &PlotTransform,
    (view_low, view_high): (f64, f64),
) {
    let theme = ctx.theme;
    let frame = *t.frame();
    let painter = ui.painter().with_clip_rect(frame);
    let font = egui::TextStyle::Small.resolve(ui.style());
    let backing = ui.visuals().extreme_bg_color.gamma_multiply(0.85);
    let tag = |pos: egui::Pos2, anchor: egui::Align2, text: String, color: Color32| {
        let galley = painter.layout_no_wrap(text, font.clone(), color);
        let rect = anchor.anchor_size(pos, galley.size());
        painter.rect_filled(rect.expand(2.0), 2.0, backing);
        painter.galley(rect.min, galley, color);
        rect.expand(2.0)
    };
    // The names along the chart's top, so that a tour's name is set beside them, not under.
    let mut top_names = Vec::new();
    // Each lane's name at its top, or at the chart's top while the lane runs past it, so that
    // scrolled rows still say which lane they are in.
    for kind in BetKind::ALL {
        let (low, high) = lanes.range(*kind);
        if high > view_low && low < view_high {
            let y = t
                .position_from_point(&PlotPoint::new(0.0, high.min(view_high)))
                .y;
            top_names.push(tag(
                egui::pos2(frame.left() + 3.0, y + 2.0),
                egui::Align2::LEFT_TOP,
                lane_name(*kind).to_owned(),
                theme.kind(*kind),
            ));
        }
    }
    let north_star = &ctx.doc.north_star;
    let star = t.position_from_point(&PlotPoint::new(f64::from(north_star.target_year), 0.0));
    top_names.push(tag(
        egui::pos2(star.x - 3.0, frame.top() + 2.0),
        egui::Align2::RIGHT_TOP,
        north_star_tag(&north_star.target_role),
        theme.good(),
    ));
    top_names.sort_by(|a, b| a.left().total_cmp(&b.left()));
    // Each tour of duty named at the top of its band, after any name already there, where
    // what is in view of the band is wide enough for it.
    let color = theme.phase(Phase::Learning);
    for (start, end) in tours(ctx.doc, lanes) {
        let galley = painter.layout_no_wrap("tour of duty".to_owned(), font.clone(), color);
        let x = |year: f64| t.position_from_point(&PlotPoint::new(year, 0.0)).x;
        let wanted = egui::Rect::from_min_size(
            egui::pos2(x(start).max(frame.left()) + 3.0, frame.top() + 2.0),
            galley.size(),
        );
        if let Some(rect) = beside(wanted, &top_names, x(end).min(frame.right()) - 3.0) {
            painter.galley(rect.min, galley, color);
        }
    }
    // Left of its line: the next stepping stone is often just after today, and its dotted
    // line would run through the word.
    let today = t.position_from_point(&PlotPoint::new(year_fraction(ctx.today), 0.0));
    tag(
        egui::pos2(today.x - 3.0, frame.bottom() - 2.0),
        egui::Align2::RIGHT_BOTTOM,
        "today".to_owned(),
        theme.marker(),
    );
}

/// What the colours, lines and numbers on the chart mean.
pub(super) fn legend_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
    let theme = ctx.theme;
    // The statuses' colours are keyed by the filter above the chart.
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        for phase in Phase::ALL {
            swatch(ui, Color32::TRANSPARENT, Some(theme.phase(*phase)));
            ui.label(egui::RichText::new(format!("{} phase", phase.label())).small());
            ui.add_space(6.0);
        }
        // Only while some bet has no phase: its outline is the muted one.
        if ctx.doc.bets.iter().any(|b| b.phase.is_none()) {
            swatch(ui, Color32::TRANSPARENT, Some(theme.maybe_phase(None)));
            ui.label(egui::RichText::new("Phase not set").small());
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
pub(super) fn bar_name(bet: &Bet) -> String {
    format!(
        "{} ({}–{}, {}, {})",
        bet.title,
        year_label(bet.start),
        end_label(bet.end),
        match (bet.kind, bet.phase) {
            (Some(_), Some(phase)) => phase.label().to_lowercase(),
            (None, Some(phase)) => format!("kind not set, {}", phase.label().to_lowercase()),
            (Some(_), None) => "phase not set".to_owned(),
            (None, None) => "kind and phase not set".to_owned(),
        },
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

/// The title shortened to fit a bar this many points wide, or none when nothing useful fits.
pub(super) fn fit_label(title: &str, width: f64) -> Option<String> {
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

/// The words on the north star's line: its role, or that it names none yet, never a bare
/// "North star:" with nothing after it.
fn north_star_tag(role: &str) -> String {
    match role.trim() {
        "" => "North star: no role yet".to_owned(),
        role => format!("North star: {role}"),
    }
}

/// Spans that overlap or touch, joined: tours of duty that run into each other are drawn as
/// one band, not as a band over a band with their borders dashed across each other.
/// Where a name wanted at `wanted` goes among the names already set (`taken`, left to right):
/// moved past each it would cover, and None when it would then cover one still or run past
/// `right`.
fn beside(wanted: egui::Rect, taken: &[egui::Rect], right: f32) -> Option<egui::Rect> {
    let mut rect = wanted;
    for name in taken {
        if rect.intersects(*name) {
            rect = rect.translate(egui::vec2(name.right() + 4.0 - rect.left(), 0.0));
        }
    }
    (rect.right() <= right && !taken.iter().any(|n| rect.intersects(*n))).then_some(rect)
}

/// The tours of duty of the bets on the chart, overlapping ones as one span.
fn tours(doc: &Document, lanes: &Lanes) -> Vec<(f64, f64)> {
    merged(
        doc.bets
            .iter()
            .filter(|b| b.tour_of_duty && lanes.shows(b))
            .map(|b| (b.start, b.end)),
    )
}

fn merged(spans: impl Iterator<Item = (f64, f64)>) -> Vec<(f64, f64)> {
    let mut spans: Vec<(f64, f64)> = spans.collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut out: Vec<(f64, f64)> = Vec::with_capacity(spans.len());
    for (start, end) in spans {
        match out.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => out.push((start, end)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_north_star_line_names_its_role_or_says_there_is_none() {
        assert_eq!(
            super::north_star_tag("CPO at a startup"),
            "North star: CPO at a startup"
        );
        assert_eq!(super::north_star_tag(""), "North star: no role yet");
        assert_eq!(super::north_star_tag("  "), "North star: no role yet");
    }

    #[test]
    fn a_tour_s_name_is_set_after_the_lane_s_name_and_left_out_where_it_cannot_fit() {
        use egui::{Rect, pos2, vec2};
        let name = |left: f32, width: f32| Rect::from_min_size(pos2(left, 2.0), vec2(width, 12.0));
        let lane = name(0.0, 60.0);
        let star = name(300.0, 120.0);
        // Over the lane's name: moved just past it.
        let placed = super::beside(name(10.0, 70.0), &[lane, star], 280.0).expect("room");
        assert_eq!(placed.left(), 64.0);
        assert!(!placed.intersects(lane));
        // Clear of every name: where it was wanted.
        assert_eq!(
            super::beside(name(100.0, 70.0), &[lane, star], 280.0),
            Some(name(100.0, 70.0))
        );
        // A band too narrow once moved, or a name that would land on the north star's: none.
        assert_eq!(super::beside(name(10.0, 70.0), &[lane, star], 120.0), None);
        assert_eq!(super::beside(name(250.0, 70.0), &[lane, star], 450.0), None);
    }

    #[test]
    fn tours_that_run_into_each_other_are_one_band_and_apart_stay_apart() {
        let spans = [
            (2020.0, 2022.0),
            (2015.0, 2016.0),
            (2021.0, 2024.0),
            (2024.0, 2025.0),
        ];
        assert_eq!(
            super::merged(spans.into_iter()),
            vec![(2015.0, 2016.0), (2020.0, 2025.0)]
        );
        assert_eq!(super::merged(std::iter::empty()), vec![]);
    }
}
