//! The timeline itself: the palette to drag new bets from, the chart of bets in their two
//! lanes with the north star and the stepping stones marked, and the key beneath it.

use std::rc::Rc;

use egui::{Color32, Stroke};
use egui_plot::{
    Axis, Bar, BarChart, LineStyle, Plot, PlotBounds, PlotPoint, PlotTransform, Span, Text, VLine,
};

use super::{BAR_WIDTH, LABEL_HEIGHT, Lanes, Part, PortfolioView, year_span};
use crate::analysis::portfolio::year_label;
use crate::model::{Bet, BetKind, BetStatus, Phase, year_fraction};
use crate::views::theme::Theme;
use crate::views::widgets::calendar_axis;
use crate::views::{Edits, ViewCtx};

impl PortfolioView {
    pub(super) fn palette_ui(&mut self, ui: &mut egui::Ui, theme: Theme) {
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

    pub(super) fn chart_ui(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx<'_>, edits: &mut Edits) {
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
}

/// What the colours, lines and numbers on the chart mean.
pub(super) fn legend_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
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
pub(super) fn bar_name(bet: &Bet) -> String {
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
