//! Chart helpers every panel's plots share: calendar axes whose labels never overlap, round
//! steps on a number axis, a key drawn under a chart, and the look of the n-th series.

/// The size of a calendar axis's labels: fixed (egui's body size), so that how wide a label
/// is can be known where marks are chosen, before any text is laid out.
const AXIS_FONT_SIZE: f32 = 12.5;
/// The widest a year ("2026") is at [`AXIS_FONT_SIZE`], points; checked against the font.
const YEAR_WIDTH: f64 = 32.0;
/// The widest a month alone ("May") is, points.
const MONTH_WIDTH: f64 = 32.0;
/// The widest a month with its year ("May 2026") is, points.
const MONTH_YEAR_WIDTH: f64 = 62.0;
/// The least room left between two labels, points.
const LABEL_GAP: f64 = 8.0;
/// The plot's grid spacing (its smallest, points): `egui_plot` tells a grid spacer its scale
/// only as a step of this many points, so the axis sets it to know its own width.
const GRID_SPACING: f32 = 8.0;
/// The steps a calendar axis can take, in months: months, quarters, half-years, then years in
/// steps of 1, 2 or 5 times a power of ten.
const CALENDAR_STEPS: [u32; 15] = [
    1, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12_000, 24_000, 60_000,
];

/// How a calendar axis is marked: every `months` months, at `px_per_year` points a year.
#[derive(Clone, Copy, Debug, PartialEq)]
struct CalendarScale {
    months: u32,
    px_per_year: f64,
}

impl CalendarScale {
    /// The finest step whose labels never touch on an axis `width` points wide spanning
    /// `span` years. Two neighbours are at least the shortest such step apart (a step of one
    /// month can be February, 28 days); one of them may carry its year, never both, so they
    /// need half their widths each and a gap between.
    fn new(span: f64, width: f64) -> Self {
        let px_per_year = if span > 0.0 && width > 0.0 {
            width / span
        } else {
            0.0
        };
        let fits = |months: u32| {
            let (shortest, room) = if months < 12 {
                (
                    f64::from(months) * 28.0 / 366.0,
                    f64::midpoint(MONTH_WIDTH, MONTH_YEAR_WIDTH),
                )
            } else {
                (f64::from(months) / 12.0, YEAR_WIDTH)
            };
            shortest * px_per_year >= room + LABEL_GAP
        };
        let months = CALENDAR_STEPS
            .into_iter()
            .find(|m| fits(*m))
            .unwrap_or(CALENDAR_STEPS[CALENDAR_STEPS.len() - 1]);
        Self {
            months,
            px_per_year,
        }
    }

    /// How far from each end of the axis a label's middle must stay so that the label is
    /// whole, in years: half the widest label.
    fn margin(self) -> f64 {
        let widest = if self.months < 12 {
            MONTH_YEAR_WIDTH
        } else {
            YEAR_WIDTH
        };
        if self.px_per_year > 0.0 {
            widest / 2.0 / self.px_per_year
        } else {
            f64::INFINITY
        }
    }
}

/// The marks of a calendar axis from `from` to `to`: one every `scale.months` months (on the
/// 15th with `mid_month`), each January a step of at least a year so it draws stronger.
fn calendar_marks(
    from: f64,
    to: f64,
    scale: CalendarScale,
    mid_month: bool,
) -> Vec<egui_plot::GridMark> {
    use chrono::Datelike;
    let shift = if mid_month { 14 } else { 0 };
    let step = scale.months;
    crate::model::month_starts(from - 0.1, to, step)
        .into_iter()
        .filter_map(|month| month.checked_add_days(chrono::Days::new(shift)))
        .map(|date| egui_plot::GridMark {
            value: crate::model::year_fraction(date),
            // egui_plot labels a mark only where its step is as wide on screen as its label,
            // so a step of years must say so, or a long span draws no labels at all.
            step_size: if date.month() == 1 {
                f64::from(step.max(12)) / 12.0
            } else {
                f64::from(step) / 12.0
            },
        })
        .filter(|mark| (from..=to).contains(&mark.value))
        .collect()
}

/// What the mark at `value` says on an axis from `from` to `to`: the year alone on a scale of
/// years; else the month, with its year at each January and on the first label (unless a
/// January comes next, which says it). Nothing where the label would run past an end.
fn calendar_label(value: f64, from: f64, to: f64, scale: CalendarScale) -> String {
    use chrono::Datelike;
    let margin = scale.margin();
    let Some(date) = crate::model::date_of_fraction(value)
        .filter(|_| value - from >= margin && to - value >= margin)
    else {
        return String::new();
    };
    if scale.months >= 12 {
        return date.format("%Y").to_string();
    }
    let months = chrono::Months::new(scale.months);
    let labelled = |d: Option<chrono::NaiveDate>| {
        d.map(crate::model::year_fraction)
            .is_some_and(|v| v - from >= margin && to - v >= margin)
    };
    let first = !labelled(date.checked_sub_months(months));
    let next = date.checked_add_months(months);
    let january_next = next.is_some_and(|d| d.month() == 1) && labelled(next);
    if date.month() == 1 || (first && !january_next) {
        date.format("%b %Y").to_string()
    } else {
        date.format("%b").to_string()
    }
}

/// How an entry of a chart's key is drawn: as the chart draws that series.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyMark {
    /// A line alone (a path, a level over time).
    Line,
    /// A dashed line: a series past the palette's colours.
    Dashed,
    /// A line with a dot on it (values recorded at points in time).
    LineAndDot,
    /// A filled block (a bar, or a part of a stacked bar).
    Block,
}

/// The line of the n-th of several series: the palette's colours first, then the same
/// colours dashed, so that no two series of one chart look alike. With its key mark.
pub fn series_line(
    theme: super::theme::Theme,
    n: usize,
) -> (egui::Color32, egui_plot::LineStyle, KeyMark) {
    if n < super::theme::Theme::SERIES {
        (theme.series(n), egui_plot::LineStyle::Solid, KeyMark::Line)
    } else {
        (
            theme.series(n),
            egui_plot::LineStyle::dashed_loose(),
            KeyMark::Dashed,
        )
    }
}

/// A chart's key, drawn under the chart where it covers no data however the data fall, in
/// rows of `columns` so that it never runs wider than a narrow panel.
pub fn chart_key<'a>(
    ui: &mut egui::Ui,
    id_salt: &str,
    columns: usize,
    entries: impl IntoIterator<Item = (&'a str, egui::Color32, KeyMark)>,
) {
    egui::Grid::new(id_salt)
        .num_columns(columns)
        .spacing([16.0, 2.0])
        .show(ui, |ui| {
            for (n, (name, color, mark)) in entries.into_iter().enumerate() {
                ui.horizontal(|ui| {
                    let (rect, _) =
                        ui.allocate_exact_size(egui::vec2(18.0, 10.0), egui::Sense::hover());
                    let ends = [rect.left_center(), rect.right_center()];
                    let stroke = egui::Stroke::new(2.0, color);
                    match mark {
                        KeyMark::Dashed => {
                            ui.painter()
                                .extend(egui::Shape::dashed_line(&ends, stroke, 5.0, 3.0));
                        }
                        KeyMark::Block => {
                            ui.painter().rect_filled(rect.shrink(1.0), 1.0, color);
                        }
                        KeyMark::Line | KeyMark::LineAndDot => {
                            ui.painter().line_segment(ends, stroke);
                        }
                    }
                    if mark == KeyMark::LineAndDot {
                        ui.painter().circle_filled(rect.center(), 3.5, color);
                    }
                    ui.label(name);
                });
                if n % columns.max(1) == columns.max(1) - 1 {
                    ui.end_row();
                }
            }
        });
}

/// A y axis marked on round numbers (1, 2, 10, 20, 100… times a power of ten), each step a
/// multiple of the one before: labelled at whichever step leaves room between labels, so a
/// short chart still says its numbers instead of only its zero.
pub fn round_y_axis(plot: egui_plot::Plot<'_>) -> egui_plot::Plot<'_> {
    plot.y_grid_spacer(egui_plot::uniform_grid_spacer(|input| {
        round_steps(input.base_step_size)
    }))
}

/// The three grid steps for `smallest`, the least step the plot can draw: the first round
/// number at or above it, then the next two of 1, 2, 10, 20, 100… times a power of ten.
fn round_steps(smallest: f64) -> [f64; 3] {
    let smallest = smallest.abs().max(1e-12);
    let ten = 10f64.powf(smallest.log10().floor());
    let first = if smallest <= ten {
        ten
    } else if smallest <= 2.0 * ten {
        2.0 * ten
    } else {
        10.0 * ten
    };
    let next = |step: f64| {
        let power = 10f64.powf((step * (1.0 + 1e-9)).log10().floor());
        if step / power < 1.5 {
            2.0 * step
        } else {
            5.0 * step
        }
    };
    let second = next(first);
    [first, second, next(second)]
}

/// Marks an x axis in fractional years with calendar months: a line on the first of each
/// month (or on the 15th with `mid_month`, under bars that stand for whole months), stronger
/// at each new year, labelled with the month and, at January and the first mark, the year.
/// Over longer spans the marks fall on quarters, half-years, then whole years labelled with
/// the year alone: the step is the finest whose labels do not touch at the axis's width, at
/// any zoom. Sets the plot's grid spacing, which the scale is read from.
pub fn calendar_axis(plot: egui_plot::Plot<'_>, mid_month: bool) -> egui_plot::Plot<'_> {
    // The scale the marks were chosen at, for the labels: egui_plot asks for the marks first,
    // then for each label, in the same frame.
    let scale = std::rc::Rc::new(std::cell::Cell::new(CalendarScale::new(0.0, 0.0)));
    let chosen = std::rc::Rc::clone(&scale);
    plot.grid_spacing(GRID_SPACING..=300.0)
        .x_grid_spacer(move |input| {
            let (from, to) = input.bounds;
            let width = if input.base_step_size > 0.0 {
                (to - from) * f64::from(GRID_SPACING) / input.base_step_size
            } else {
                0.0
            };
            let picked = CalendarScale::new(to - from, width);
            chosen.set(picked);
            calendar_marks(from, to, picked, mid_month)
        })
        .custom_x_axes(vec![
            egui_plot::AxisHints::new_x()
                // The marks are already spaced for their labels: every label is drawn, at
                // full strength.
                .label_spacing(0.0..=1.0)
                .tick_label_font(egui::FontId::proportional(AXIS_FONT_SIZE))
                .formatter(move |mark, range| {
                    calendar_label(mark.value, *range.start(), *range.end(), scale.get())
                }),
        ])
}

#[cfg(test)]
mod tests {
    use super::{CalendarScale, calendar_label, calendar_marks};

    /// The step of an axis `width` points wide over `span` years, in months.
    fn step(span: f64, width: f64) -> u32 {
        CalendarScale::new(span, width).months
    }

    #[test]
    fn the_step_follows_the_room_each_label_has() {
        // A year needs 40 points (32 for "2026", 8 between): 30 years on 900 points give 30
        // a year, so every second year; on 480 points, 16 a year, so every fifth.
        assert_eq!(step(30.0, 900.0), 24);
        assert_eq!(step(30.0, 480.0), 60);
        assert_eq!(step(17.0, 850.0), 12);
        assert_eq!(step(100.0, 480.0), 120);
        // A month needs 55 points from one to the next (half of "May" and of "May 2026", and
        // 8 between) in its shortest, February: 28 days.
        assert_eq!(step(1.0, 900.0), 1);
        assert_eq!(step(0.25, 480.0), 1);
        assert_eq!(step(2.5, 480.0), 6);
        assert_eq!(step(1.0, 480.0), 3);
        // No room at all: the coarsest step, not a crash.
        assert_eq!(step(30.0, 0.0), 60_000);
    }

    #[test]
    fn round_steps_each_divide_the_next() {
        assert_eq!(super::round_steps(0.3), [1.0, 2.0, 10.0]);
        assert_eq!(super::round_steps(1.0), [1.0, 2.0, 10.0]);
        assert_eq!(super::round_steps(1.5), [2.0, 10.0, 20.0]);
        assert_eq!(super::round_steps(3.0), [10.0, 20.0, 100.0]);
        assert_eq!(super::round_steps(1500.0), [2000.0, 10_000.0, 20_000.0]);
        for smallest in [0.007, 0.4, 3.3, 42.0, 999.0] {
            let [a, b, c] = super::round_steps(smallest);
            assert!(a >= smallest, "{smallest}: {a}");
            for (small, big) in [(a, b), (b, c)] {
                let times = big / small;
                assert!(
                    (times - times.round()).abs() < 1e-9,
                    "{small} divides {big}"
                );
            }
        }
    }

    #[test]
    fn a_long_span_is_marked_on_round_years_wide_enough_to_label() {
        let scale = CalendarScale::new(2031.0 - 1983.4, 480.0);
        let marks = calendar_marks(1983.4, 2031.0, scale, false);
        let values: Vec<f64> = marks.iter().map(|m| m.value).collect();
        assert_eq!(
            values,
            [
                1985.0, 1990.0, 1995.0, 2000.0, 2005.0, 2010.0, 2015.0, 2020.0, 2025.0, 2030.0
            ]
        );
        assert!(marks.iter().all(|m| (m.step_size - 5.0).abs() < 1e-9));
        // Over a year, each January is the stronger mark between the months.
        let scale = CalendarScale::new(1.0, 1200.0);
        let months = calendar_marks(2026.0, 2027.0, scale, false);
        assert_eq!(months.len(), 13);
        assert!((months[0].step_size - 1.0).abs() < 1e-9);
        assert!((months[1].step_size - 1.0 / 12.0).abs() < 1e-9);
    }

    #[test]
    fn the_year_shows_at_january_and_on_the_first_label_unless_january_follows() {
        let labels = |from: f64, to: f64| -> Vec<String> {
            let scale = CalendarScale::new(to - from, 1000.0);
            calendar_marks(from, to, scale, false)
                .iter()
                .map(|m| calendar_label(m.value, from, to, scale))
                .filter(|l| !l.is_empty())
                .collect()
        };
        assert_eq!(
            labels(2026.2, 2027.3)[..4],
            ["Apr 2026", "May", "Jun", "Jul"]
        );
        assert_eq!(
            labels(2025.78, 2026.9)[..3],
            ["Nov 2025", "Dec", "Jan 2026"]
        );
        // December first: the January beside it says the year.
        assert_eq!(labels(2025.87, 2026.9)[..3], ["Dec", "Jan 2026", "Feb"]);
    }

    /// Each label an axis `width` points wide from `from` to `to` shows, as the span of
    /// points it takes on screen, laid out in the axis's real font.
    fn label_spans(
        ctx: &egui::Context,
        from: f64,
        to: f64,
        width: f64,
        mid: bool,
    ) -> Vec<(f64, f64, String)> {
        let scale = CalendarScale::new(to - from, width);
        let marks = calendar_marks(from, to, scale, mid);
        let mut spans = Vec::new();
        for mark in marks {
            let text = calendar_label(mark.value, from, to, scale);
            if text.is_empty() {
                continue;
            }
            let size = text_width(ctx, &text);
            // egui_plot skips a label wider than its mark's step: none may be skipped, or
            // the axis would not say what was chosen.
            assert!(
                mark.step_size * scale.px_per_year >= size,
                "{text} would be skipped at {width} points over {from}–{to}"
            );
            let x = (mark.value - from) / (to - from) * width;
            spans.push((x - size / 2.0, x + size / 2.0, text));
        }
        spans
    }

    fn text_width(ctx: &egui::Context, text: &str) -> f64 {
        let font = egui::FontId::proportional(super::AXIS_FONT_SIZE);
        f64::from(ctx.fonts_mut(|f| {
            f.layout_no_wrap(text.to_owned(), font, egui::Color32::WHITE)
                .size()
                .x
        }))
    }

    fn fonts() -> egui::Context {
        let ctx = egui::Context::default();
        // One frame loads the fonts; its texture upload has no renderer to go to.
        ctx.run_ui(egui::RawInput::default(), |_| {})
            .textures_delta
            .clear();
        ctx
    }

    #[test]
    fn the_label_widths_the_steps_count_on_hold_in_the_real_font() {
        let ctx = fonts();
        for year in 1900..=2200 {
            let y = text_width(&ctx, &year.to_string());
            assert!(y <= super::YEAR_WIDTH, "{year}: {y}");
            for month in 1..=12 {
                let date = chrono::NaiveDate::from_ymd_opt(year, month, 1).expect("date");
                let short = text_width(&ctx, &date.format("%b").to_string());
                let long = text_width(&ctx, &date.format("%b %Y").to_string());
                assert!(short <= super::MONTH_WIDTH, "{date}: {short}");
                assert!(long <= super::MONTH_YEAR_WIDTH, "{date}: {long}");
            }
        }
    }

    #[test]
    fn calendar_labels_never_overlap_or_run_off_at_any_zoom() {
        let ctx = fonts();
        for width in [240.0, 480.0, 700.0, 1100.0] {
            // From forty years down to a quarter, at uneven starts.
            for span in [40.0, 30.0, 12.0, 6.0, 2.5, 1.3, 0.75, 0.4, 0.25] {
                for from in [1986.03, 2019.4, 2026.9] {
                    for mid in [false, true] {
                        let to = from + span;
                        let spans = label_spans(&ctx, from, to, width, mid);
                        // Never bare: a narrow axis has one label at least, a wider one two.
                        let least = if width >= 480.0 { 2 } else { 1 };
                        assert!(
                            spans.len() >= least,
                            "{width} points over {from}–{to}: only {spans:?}"
                        );
                        for pair in spans.windows(2) {
                            let ((_, right, a), (left, _, b)) = (&pair[0], &pair[1]);
                            assert!(
                                left - right >= 2.0,
                                "{a} and {b} touch at {width} points over {from}–{to}"
                            );
                        }
                        let (first, last) = (&spans[0], &spans[spans.len() - 1]);
                        assert!(first.0 >= 0.0 && last.1 <= width, "{spans:?} runs off");
                    }
                }
            }
        }
    }
}
