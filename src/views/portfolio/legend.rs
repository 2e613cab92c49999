//! The key beneath the timeline: what its outlines, lines and numbers mean.

use egui::{Color32, Stroke};

use crate::model::Phase;
use crate::views::ViewCtx;

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

fn swatch(ui: &mut egui::Ui, fill: Color32, outline: Option<Color32>) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 10.0), egui::Sense::hover());
    ui.painter().rect_filled(rect, 2.0, fill);
    if let Some(color) = outline {
        ui.painter()
            .rect_stroke(rect, 2.0, Stroke::new(2.0, color), egui::StrokeKind::Inside);
    }
}
