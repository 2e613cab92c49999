//! The rows in view. A crowded portfolio needs more rows than the chart has height for at a
//! readable bar: the chart then keeps its height and shows a window of rows, scrolled with
//! the wheel over the chart or with a bar along its right edge. The chart does not grow
//! instead, so that the year axis, the palette and the insights stay where they are, as on
//! a time panel; and rows are not collapsed, which would hide bars behind one another.

use egui::{Pos2, Rect};
use egui_plot::PlotTransform;

use super::{ABOVE_ROWS, BAR_WIDTH, BELOW_ROWS, MIN_BAR_HEIGHT, PortfolioView};

/// The rows the chart shows this frame.
pub(super) struct RowsInView {
    /// The lowest and highest row values in view.
    pub(super) view: (f64, f64),
    /// The scroll bar's extent, when the rows do not all fit.
    pub(super) bar: Option<RowsBar>,
}

/// What a scroll bar over the rows spans.
#[derive(Clone, Copy)]
pub(super) struct RowsBar {
    /// The lowest and highest row values of all the rows.
    all: (f64, f64),
    /// How many row values are in view at once.
    window: f64,
}

/// How the chart's rows are fitted: all of them, or a window at `MIN_BAR_HEIGHT` a bar.
/// `low` and `high` are the whole extent, `frame_height` the points the rows have, `y_high`
/// the top of the window last shown.
pub(super) fn fit_rows(low: f64, high: f64, frame_height: f64, y_high: f64) -> RowsInView {
    let window = frame_height * BAR_WIDTH / MIN_BAR_HEIGHT;
    if high - low <= window {
        return RowsInView {
            view: (low, high),
            bar: None,
        };
    }
    let y_high = y_high.clamp(low + window, high);
    RowsInView {
        view: (y_high - window, y_high),
        bar: Some(RowsBar {
            all: (low, high),
            window,
        }),
    }
}

impl PortfolioView {
    /// The rows to show this frame: all of them when they fit at a readable height, else the
    /// window scrolled to (the top rows first after a fit, the row at `reveal` when it is out
    /// of view), moved by the wheel over the chart (`seen` last frame, `pointer` now) unless
    /// a bar is being dragged.
    pub(super) fn rows_in_view(
        &mut self,
        ui: &egui::Ui,
        (seen, pointer): (Option<&PlotTransform>, Option<Pos2>),
        refit: bool,
        reveal: Option<f64>,
        height: f32,
    ) -> RowsInView {
        let (low, high) = (-BELOW_ROWS, self.y_top + ABOVE_ROWS);
        // The rows get the chart's height less its axis; the last frame says how much.
        let frame_height = seen.map_or(f64::from(height) - 40.0, |t| f64::from(t.frame().height()));
        if refit {
            self.y_high = high;
        }
        let mut fitted = fit_rows(low, high, frame_height, self.y_high);
        if let (Some(y), Some(bar)) = (reveal, fitted.bar)
            && !(fitted.view.0 + 0.5 <= y && y <= fitted.view.1 - 0.5)
        {
            // In the middle of the rows in view, where it is easy to find.
            fitted = fit_rows(low, high, frame_height, y + bar.window / 2.0);
        }
        let dragging = self.drag.is_some() || self.palette_drag.is_some();
        if let (Some(_), Some(t), Some(p)) = (fitted.bar, seen, pointer)
            && !dragging
            && t.frame().contains(p)
        {
            let wheel = ui.input(|i| i.smooth_scroll_delta.y);
            if wheel != 0.0 {
                // The wheel moves the rows, as it would a page; it is taken here so that
                // the panel around the chart does not scroll with it.
                ui.input_mut(|i| i.smooth_scroll_delta.y = 0.0);
                let moved = fitted.view.1 + f64::from(wheel) / t.dpos_dvalue_y().abs();
                self.y_high = moved;
                return fit_rows(low, high, frame_height, moved);
            }
        }
        self.y_high = fitted.view.1;
        fitted
    }

    /// A scroll bar along the chart's right edge, dragged to move the rows in view.
    pub(super) fn rows_bar_ui(&mut self, ui: &egui::Ui, frame: &Rect, bar: RowsBar) {
        let track = Rect::from_min_max(
            egui::pos2(frame.right() - 10.0, frame.top() + 2.0),
            egui::pos2(frame.right() - 3.0, frame.bottom() - 2.0),
        );
        let (low, high) = bar.all;
        let hidden = high - low - bar.window;
        let thumb = (track.height() * (bar.window / (high - low)) as f32)
            .clamp(20.0_f32.min(track.height()), track.height());
        let travel = track.height() - thumb;
        let response = ui.interact(
            track,
            egui::Id::unique("portfolio rows bar"),
            egui::Sense::drag(),
        );
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Slider, true, "Scroll the timeline's rows")
        });
        if response.dragged() && travel > 0.0 {
            let moved = f64::from(response.drag_delta().y / travel) * hidden;
            self.y_high = (self.y_high - moved).clamp(low + bar.window, high);
        }
        // From the top: the window's top at the rows' top puts the thumb at the track's top.
        let from_top = ((high - self.y_high) / hidden).clamp(0.0, 1.0) as f32;
        let thumb_rect = Rect::from_min_size(
            egui::pos2(track.left(), track.top() + from_top * travel),
            egui::vec2(track.width(), thumb),
        );
        let visuals = ui.visuals();
        let color = if response.dragged() || response.hovered() {
            visuals.widgets.hovered.fg_stroke.color
        } else {
            visuals.widgets.inactive.fg_stroke.color
        };
        let painter = ui.painter();
        painter.rect_filled(track, 3.0, visuals.extreme_bg_color.gamma_multiply(0.8));
        painter.rect_filled(thumb_rect, 3.0, color.gamma_multiply(0.7));
    }
}

#[cfg(test)]
mod tests {
    use super::fit_rows;

    #[test]
    fn rows_that_fit_are_all_shown_and_more_are_windowed_at_the_least_height() {
        // 300 points hold 300 × 0.72 / 14 ≈ 15.4 row values.
        let all = fit_rows(-0.8, 3.9, 300.0, 0.0);
        assert_eq!(all.view, (-0.8, 3.9));
        assert!(all.bar.is_none());
        let window = 300.0 * 0.72 / 14.0;
        let some = fit_rows(-0.8, 60.9, 300.0, 70.0);
        assert!(some.bar.is_some());
        let (low, high) = some.view;
        assert!(
            (high - 60.9).abs() < 1e-9,
            "a window past the top is brought back"
        );
        assert!((high - low - window).abs() < 1e-9);
        let bottom = fit_rows(-0.8, 60.9, 300.0, -20.0);
        assert!((bottom.view.0 + 0.8).abs() < 1e-9, "nor past the bottom");
    }
}
