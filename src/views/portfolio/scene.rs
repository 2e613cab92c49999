//! What the timeline draws in one frame: the lanes, the tours of duty, the bars and their
//! labels, the north star's and the stepping stones' lines, and the names set over them.

use egui::{Color32, Stroke};
use egui_plot::{
    Axis, Bar, BarChart, LineStyle, PlotPoint, PlotTransform, PlotUi, Span, Text, VLine,
};

use super::{BAR_WIDTH, LABEL_HEIGHT, Lanes, lane_name};
use crate::model::{Bet, BetId, BetKind, BetStatus, Document, Phase, year_fraction};
use crate::views::ViewCtx;
use crate::views::theme::Theme;

/// How large the chart was drawn last frame, which decides what fits on it now.
#[derive(Clone, Copy)]
pub(super) struct Scale {
    pixels_per_year: f64,
    /// Whether a bar is tall enough to hold a line of text.
    labels_fit: bool,
}

impl Scale {
    pub(super) fn of(seen: Option<&PlotTransform>) -> Self {
        let pixels_per_year = seen.map_or(30.0, PlotTransform::dpos_dvalue_x);
        let bar_height = seen.map_or(30.0, |t| t.dpos_dvalue_y().abs() * BAR_WIDTH);
        Self {
            pixels_per_year,
            labels_fit: bar_height >= LABEL_HEIGHT,
        }
    }
}

/// What one frame of the chart draws from: the document, the lanes and the rows in view.
pub(super) struct Scene<'a> {
    pub(super) doc: &'a Document,
    pub(super) theme: Theme,
    pub(super) lanes: &'a Lanes,
    /// Each bet's hover text, in the order of the document's bets.
    pub(super) names: &'a [String],
    pub(super) selected: Option<BetId>,
    /// The lowest and highest row value in view.
    pub(super) view: (f64, f64),
    pub(super) scale: Scale,
    /// Today, as a year.
    pub(super) now: f64,
}

impl Scene<'_> {
    /// Each lane's band behind its rows.
    pub(super) fn lanes_ui(&self, plot: &mut PlotUi<'_>) {
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
    pub(super) fn tours_ui(&self, plot: &mut PlotUi<'_>) {
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
    pub(super) fn placed(&self) -> Vec<(&Bet, &String, f64)> {
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
    pub(super) fn bars_ui(&self, plot: &mut PlotUi<'_>, placed: &[(&Bet, &String, f64)]) {
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
    pub(super) fn labels_ui(&self, plot: &mut PlotUi<'_>, placed: &[(&Bet, &String, f64)]) {
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
    pub(super) fn markers_ui(&self, plot: &mut PlotUi<'_>) {
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
pub(super) fn names_ui(
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
