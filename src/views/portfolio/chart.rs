//! The timeline itself: the palette to drag new bets from, the chart of bets in their two
//! lanes with the north star and the stepping stones marked, and the key beneath it.

use std::rc::Rc;

use egui::{Color32, Stroke};
use egui_plot::{
    Axis, Bar, BarChart, LineStyle, Plot, PlotBounds, PlotPoint, PlotTransform, Span, Text, VLine,
};

use super::{BAR_WIDTH, LABEL_HEIGHT, Lanes, Part, PortfolioView, lane_name, year_span};
use crate::analysis::portfolio::{new_bet, snap_quarter, year_label};
use crate::model::{Bet, BetKind, BetStatus, Phase, year_fraction};
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

    pub(super) fn chart_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
        let doc = ctx.doc;
        let theme = *ctx.theme;
        let analysis = self.analysis(ctx);
        let lanes = Lanes {
            layout: Rc::clone(&analysis.layout),
            held: self.drag.as_ref().map(|d| (d.original.id, d.row)),
        };
        let now = year_fraction(ctx.today);
        let (from, to) = year_span(doc);
        let (pointer, press_origin) =
            ui.input(|i| (i.pointer.latest_pos(), i.pointer.press_origin()));
        let seen = self.transform;
        let over_bar = pointer
            .zip(seen.as_ref())
            .and_then(|(p, t)| Self::hit(t, doc, &lanes, p));
        // A press that began on a bar holds the chart until it is released: the pointer often
        // leaves the bar before the drag is seen to begin (an end grabbed at its edge, a quick
        // hand, a slow frame), and the chart must not pan meanwhile.
        let pressed_bar = press_origin
            .zip(seen.as_ref())
            .and_then(|(p, t)| Self::hit(t, doc, &lanes, p));
        let dragging = self.drag.is_some() || self.palette_drag.is_some();
        // Over a bar a press grabs the bar, so the plot must not pan; the wheel still zooms
        // and pans a chart full of bars.
        let holding = dragging || over_bar.is_some() || pressed_bar.is_some();
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
            (seen.as_ref(), pointer),
            fit || refit_rows,
            reveal,
            height,
        );
        let (view_low, view_high) = rows.view;
        let in_view = |y: f64| y + 0.5 > view_low && y - 0.5 < view_high;
        let response = calendar_axis(Plot::new("portfolio timeline"), false)
            .height(height)
            .show_axes([true, false])
            .show_grid([true, false])
            .allow_drag([!holding, false])
            .allow_zoom([!dragging, false])
            .allow_scroll([!dragging, false])
            .allow_boxed_zoom(false)
            .allow_double_click_reset(false)
            .auto_bounds(false)
            .x_axis_label("Year")
            .show(ui, |plot| {
                if fit {
                    plot.set_plot_bounds(PlotBounds::from_min_max(
                        [from, view_low],
                        [to, view_high],
                    ));
                }
                plot.set_plot_bounds_y(view_low..=view_high);
                for kind in BetKind::ALL {
                    let (low, high) = lanes.range(*kind);
                    plot.add(
                        Span::new("", low..=high)
                            .axis(Axis::Y)
                            .fill(theme.kind(*kind).gamma_multiply(0.08))
                            .border_width(0.0),
                    );
                }
                let top_line = view_high - 0.05;
                let tours = doc
                    .bets
                    .iter()
                    .filter(|b| b.tour_of_duty && lanes.shows(b))
                    .map(|b| (b.start, b.end));
                for (start, end) in merged(tours) {
                    if (end - start) * pixels_per_year >= 80.0 {
                        plot.text(
                            Text::new("", PlotPoint::new(start, top_line), "tour of duty")
                                .anchor(egui::Align2::LEFT_TOP)
                                .color(theme.phase(Phase::Learning)),
                        );
                    }
                    plot.add(
                        Span::new("", start..=end)
                            .axis(Axis::X)
                            .fill(theme.phase(Phase::Learning).gamma_multiply(0.06))
                            .border_color(theme.phase(Phase::Learning).gamma_multiply(0.4))
                            .border_style(LineStyle::dashed_dense()),
                    );
                }
                // Each bet in the rows on screen with its height, found once for the frame:
                // the bars of every status and their labels all read it.
                let placed: Vec<(&Bet, &String, f64)> = doc
                    .bets
                    .iter()
                    .zip(&analysis.names)
                    .filter(|(b, _)| lanes.shows(b))
                    .map(|(b, name)| (b, name, lanes.y(b)))
                    .filter(|(_, _, y)| in_view(*y))
                    .collect();
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
                            // The chart's own hover text has no background and is cut at
                            // the chart's edge: the bet's name is shown as a tooltip below.
                            .element_formatter(Box::new(|_, _| String::new())),
                    );
                }
                // A label sits in the part of its bar that is on screen and is shortened to
                // fit it, so a bar running off the edge shows its title's start, never a middle.
                let (x_min, x_max) = (plot.plot_bounds().min()[0], plot.plot_bounds().max()[0]);
                for &(bet, _, y) in placed.iter().filter(|_| labels_fit) {
                    let (start, end) = (bet.start.max(x_min), bet.end.min(x_max));
                    if let Some(label) = fit_label(&bet.title, (end - start) * pixels_per_year) {
                        plot.text(Text::new(
                            "",
                            PlotPoint::new(f64::midpoint(start, end), y),
                            egui::RichText::new(label)
                                .color(Theme::text_on(theme.bar_fill(bet.status)))
                                .size(crate::views::theme::MIN_TEXT_SIZE),
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
                // A number needs about 18 points: one closer to the last is left out.
                let mut last_number = f64::NEG_INFINITY;
                let gap = lanes.swing_base() - 0.5;
                let numbers_y = if gap - 0.5 >= view_low && gap + 0.5 <= view_high {
                    gap
                } else {
                    view_low + 0.5
                };
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
                    if (x - last_number) * pixels_per_year < 18.0 {
                        continue;
                    }
                    last_number = x;
                    plot.text(
                        Text::new(
                            "",
                            // In the gap between the lanes, or at the bottom of the rows
                            // in view when the gap is scrolled away (the top holds the
                            // north star's name).
                            PlotPoint::new(x, numbers_y),
                            format!("{}", n + 1),
                        )
                        .anchor(egui::Align2::LEFT_CENTER)
                        .color(color),
                    );
                }
            });
        self.transform = Some(response.transform);
        names_ui(ui, ctx, &lanes, &response.transform, rows.view);
        if let Some(bar) = rows.bar {
            self.rows_bar_ui(ui, response.transform.frame(), bar);
        }
        if self.drag.is_none()
            && self.palette_drag.is_none()
            && pressed_bar.is_none()
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
    };
    // Each lane's name at its top, or at the chart's top while the lane runs past it, so that
    // scrolled rows still say which lane they are in.
    for kind in BetKind::ALL {
        let (low, high) = lanes.range(*kind);
        if high > view_low && low < view_high {
            let y = t
                .position_from_point(&PlotPoint::new(0.0, high.min(view_high)))
                .y;
            tag(
                egui::pos2(frame.left() + 3.0, y + 2.0),
                egui::Align2::LEFT_TOP,
                lane_name(*kind).to_owned(),
                theme.kind(*kind),
            );
        }
    }
    let north_star = &ctx.doc.north_star;
    let star = t.position_from_point(&PlotPoint::new(f64::from(north_star.target_year), 0.0));
    tag(
        egui::pos2(star.x - 3.0, frame.top() + 2.0),
        egui::Align2::RIGHT_TOP,
        north_star_tag(&north_star.target_role),
        theme.good(),
    );
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
        year_label(bet.end),
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
