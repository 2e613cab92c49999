//! What the pay chart and the worth chart share: how wide a bar is, the parts a bar is
//! stacked from, and the label naming the part under the pointer.

/// How wide a bar is, in years.
pub(super) const BAR_WIDTH: f64 = 0.32;

/// One part of a stacked bar (or a whole bar): where it stands and what it is, in words.
pub(super) struct Segment {
    pub(super) x: f64,
    pub(super) low: f64,
    pub(super) high: f64,
    pub(super) label: String,
}

impl Segment {
    /// Whether a point of the plot falls on it.
    fn holds(&self, x: f64, y: f64) -> bool {
        (x - self.x).abs() <= BAR_WIDTH / 2.0
            && y >= self.low.min(self.high)
            && y <= self.low.max(self.high)
    }
}

/// How a label at `at` is anchored so that it stays inside the plot: it grows toward the
/// middle, left of a point in the right half, below a point in the upper half.
fn inward_anchor(at: [f64; 2], min: [f64; 2], max: [f64; 2]) -> egui::Align2 {
    let h = if at[0] > f64::midpoint(min[0], max[0]) {
        egui::Align::Max
    } else {
        egui::Align::Min
    };
    let v = if at[1] > f64::midpoint(min[1], max[1]) {
        egui::Align::Min
    } else {
        egui::Align::Max
    };
    egui::Align2([h, v])
}

/// The part under the pointer, named as the tables name it, inside the plot: the plot's own
/// label stood above the bar and ran past its edges.
pub(super) fn segment_label(
    plot: &mut egui_plot::PlotUi<'_>,
    segments: &[Segment],
    background: egui::Color32,
) {
    let Some(p) = plot.pointer_coordinate() else {
        return;
    };
    let Some(s) = segments.iter().find(|s| s.holds(p.x, p.y)) else {
        return;
    };
    let bounds = plot.plot_bounds();
    let anchor = inward_anchor([s.x, p.y], bounds.min(), bounds.max());
    // Beside the bar, not over it: the plot paints the hovered bar last.
    let side = if anchor.x() == egui::Align::Max {
        -BAR_WIDTH / 2.0
    } else {
        BAR_WIDTH / 2.0
    };
    let at = egui_plot::PlotPoint::new(s.x + side, p.y);
    plot.text(
        egui_plot::Text::new(
            "",
            at,
            egui::RichText::new(&s.label).background_color(background),
        )
        .anchor(anchor),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_grows_toward_the_middle_of_the_plot() {
        let (min, max) = ([0.0, 0.0], [4.0, 100.0]);
        // The top right bar: the label hangs left and down from the pointer.
        assert_eq!(
            inward_anchor([3.9, 99.0], min, max),
            egui::Align2::RIGHT_TOP
        );
        assert_eq!(inward_anchor([0.5, 99.0], min, max), egui::Align2::LEFT_TOP);
        assert_eq!(
            inward_anchor([3.9, 1.0], min, max),
            egui::Align2::RIGHT_BOTTOM
        );
        assert_eq!(
            inward_anchor([0.5, 1.0], min, max),
            egui::Align2::LEFT_BOTTOM
        );
    }

    #[test]
    fn a_part_is_found_under_the_pointer_above_or_below_the_axis() {
        let part = Segment {
            x: 1.18,
            low: 100.0,
            high: 250.0,
            label: String::new(),
        };
        assert!(part.holds(1.2, 200.0));
        assert!(!part.holds(1.5, 200.0));
        assert!(!part.holds(1.2, 260.0));
        let lost = Segment {
            x: 0.82,
            low: -50.0,
            high: 0.0,
            label: String::new(),
        };
        assert!(lost.holds(0.82, -10.0));
    }
}
