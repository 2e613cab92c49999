//! Colours and spacing in one place. Views ask for "core", "big swing", "failed", never RGB.

use egui::Color32;

use crate::model::{BetKind, BetStatus, Ceiling, Phase};

/// A panel's frame without its background: the window is cleared to the panels' colour
/// before each frame ([`clear_color`]), so a panel that filled its own rect again would paint
/// the same pixels twice. Under a software renderer that second fill of the whole window was
/// most of a repaint's cost.
pub fn panel_frame(frame: egui::Frame) -> egui::Frame {
    frame.fill(Color32::TRANSPARENT)
}

/// The colour the window is cleared to before each frame: the panels' own, so that the
/// panels drawn over it with [`panel_frame`] look as they would with their fill.
pub fn clear_color(visuals: &egui::Visuals) -> [f32; 4] {
    visuals.panel_fill.to_normalized_gamma_f32()
}

/// The app's palette, for the light or the dark look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    /// Whether the dark look is on.
    pub dark: bool,
}

/// Space between sections of a panel.
pub const SECTION_GAP: f32 = 14.0;
/// Width of the inspector when the app first opens; the person may drag its edge.
pub const INSPECTOR_WIDTH: f32 = 340.0;
/// The narrowest the inspector gets: its labels and a field beside them still fit.
pub const INSPECTOR_MIN_WIDTH: f32 = 260.0;
/// The widest the inspector gets, so that the panel beside it keeps room for its chart.
pub const INSPECTOR_MAX_WIDTH: f32 = 560.0;
/// The smallest text the app draws, in points: below it, lane labels and keys are hard to read.
pub const MIN_TEXT_SIZE: f32 = 11.0;
/// The least contrast between text and what it is drawn on (WCAG AA for body text).
pub const MIN_CONTRAST: f32 = 4.5;

impl Theme {
    /// The light look.
    pub const LIGHT: Self = Self { dark: false };
    /// The dark look.
    pub const DARK: Self = Self { dark: true };

    fn pick(self, light: Color32, dark: Color32) -> Color32 {
        if self.dark { dark } else { light }
    }

    /// The colour of a core role or a big swing.
    pub fn kind(self, kind: BetKind) -> Color32 {
        match kind {
            BetKind::Core => self.pick(
                Color32::from_rgb(0x2f, 0x6f, 0xb3),
                Color32::from_rgb(0x6c, 0xa6, 0xe8),
            ),
            BetKind::BigSwing => self.pick(
                Color32::from_rgb(0xa3, 0x40, 0x8b),
                Color32::from_rgb(0xe0, 0x8c, 0xd0),
            ),
        }
    }

    /// The colour of a bet's status.
    pub fn status(self, status: BetStatus) -> Color32 {
        match status {
            BetStatus::Planned => self.pick(
                Color32::from_rgb(0x9a, 0xa5, 0xb1),
                Color32::from_rgb(0x7d, 0x87, 0x93),
            ),
            BetStatus::Active => self.pick(
                Color32::from_rgb(0x2f, 0x80, 0xd1),
                Color32::from_rgb(0x4d, 0x9d, 0xee),
            ),
            // Grey, not green: an outcome nobody has set is not a success.
            BetStatus::Ended => self.muted(),
            BetStatus::Succeeded => self.good(),
            BetStatus::Failed => self.bad(),
            BetStatus::Pivoted => self.warn(),
        }
    }

    /// The colour of a learning or an impact phase.
    pub fn phase(self, phase: Phase) -> Color32 {
        match phase {
            Phase::Learning => self.pick(
                Color32::from_rgb(0x7a, 0x4f, 0xc9),
                Color32::from_rgb(0xb0, 0x8c, 0xf2),
            ),
            Phase::Impact => self.pick(
                Color32::from_rgb(0x9e, 0x63, 0x08),
                Color32::from_rgb(0xf0, 0xb0, 0x4a),
            ),
        }
    }

    /// The colour of a phase that may not be set yet: muted while it is not.
    pub fn maybe_phase(self, phase: Option<Phase>) -> Color32 {
        phase.map_or(self.muted(), |p| self.phase(p))
    }

    /// The colour of one ceiling's line in a chart.
    pub fn ceiling(self, ceiling: Ceiling) -> Color32 {
        let light = [
            Color32::from_rgb(0xc0, 0x39, 0x2b),
            Color32::from_rgb(0x27, 0x7d, 0xa1),
            Color32::from_rgb(0x8e, 0x44, 0xad),
            Color32::from_rgb(0x1e, 0x8c, 0x4e),
            Color32::from_rgb(0xd3, 0x6b, 0x00),
            Color32::from_rgb(0x55, 0x5f, 0x6b),
        ];
        let dark = [
            Color32::from_rgb(0xff, 0x7b, 0x6b),
            Color32::from_rgb(0x6e, 0xc3, 0xe6),
            Color32::from_rgb(0xc9, 0x8b, 0xe8),
            Color32::from_rgb(0x6b, 0xd4, 0x93),
            Color32::from_rgb(0xff, 0xa8, 0x4d),
            Color32::from_rgb(0xb4, 0xbe, 0xc9),
        ];
        let i = Ceiling::ALL.iter().position(|c| *c == ceiling).unwrap_or(0);
        self.pick(light[i], dark[i])
    }

    /// How many series colours there are before they repeat.
    pub const SERIES: usize = 5;

    /// The colour of the n-th series in a stacked chart (base, bonus, equity, sign-on...).
    pub fn series(self, n: usize) -> Color32 {
        let light: [Color32; Self::SERIES] = [
            Color32::from_rgb(0x2f, 0x6f, 0xb3),
            Color32::from_rgb(0x1e, 0x8c, 0x4e),
            Color32::from_rgb(0x8e, 0x44, 0xad),
            Color32::from_rgb(0xd3, 0x6b, 0x00),
            Color32::from_rgb(0x55, 0x5f, 0x6b),
        ];
        let dark: [Color32; Self::SERIES] = [
            Color32::from_rgb(0x6c, 0xa6, 0xe8),
            Color32::from_rgb(0x6b, 0xd4, 0x93),
            Color32::from_rgb(0xc9, 0x8b, 0xe8),
            Color32::from_rgb(0xff, 0xa8, 0x4d),
            Color32::from_rgb(0xb4, 0xbe, 0xc9),
        ];
        self.pick(light[n % light.len()], dark[n % dark.len()])
    }

    /// Good news: a success, a win, something done.
    pub fn good(self) -> Color32 {
        self.pick(
            Color32::from_rgb(0x18, 0x7a, 0x43),
            Color32::from_rgb(0x6b, 0xd4, 0x93),
        )
    }

    /// Something to look at: due, drifting, close to a threshold.
    pub fn warn(self) -> Color32 {
        self.pick(
            Color32::from_rgb(0x9a, 0x5c, 0x00),
            Color32::from_rgb(0xff, 0xb8, 0x4d),
        )
    }

    /// Bad news: a failure, an error, overdue.
    pub fn bad(self) -> Color32 {
        self.pick(
            Color32::from_rgb(0xc0, 0x39, 0x2b),
            Color32::from_rgb(0xff, 0x7b, 0x6b),
        )
    }

    /// Text that is there for context, not for reading first.
    pub fn muted(self) -> Color32 {
        self.pick(Color32::from_gray(110), Color32::from_gray(150))
    }

    /// Lines that mark a point in time on a chart: today, the north star.
    pub fn marker(self) -> Color32 {
        self.pick(Color32::from_rgb(0x20, 0x20, 0x20), Color32::from_gray(230))
    }

    /// The egui visuals for this look.
    pub fn visuals(self) -> egui::Visuals {
        let mut visuals = if self.dark {
            egui::Visuals::dark()
        } else {
            egui::Visuals::light()
        };
        // egui's weak text is the text colour made translucent, too faint for hints and notes
        // on the panel; the muted colour is chosen to read.
        visuals.weak_text_color = Some(self.muted());
        visuals
    }

    /// The fill of a bar on a chart: opaque, so that the text on it can be chosen against
    /// exactly the colour a person sees.
    pub fn bar_fill(self, status: BetStatus) -> Color32 {
        self.status(status)
    }

    /// Black or white, whichever reads better on `fill`: computed, so that a new colour in
    /// the palette cannot bring back white text on a light bar.
    pub fn text_on(fill: Color32) -> Color32 {
        if contrast(Color32::BLACK, fill) >= contrast(Color32::WHITE, fill) {
            Color32::BLACK
        } else {
            Color32::WHITE
        }
    }

    /// The colours this look draws as text on the panel's own background, each a colour a
    /// view asks for by meaning; the contrast test walks them all.
    pub fn text_colors(self) -> Vec<(&'static str, Color32)> {
        vec![
            ("good", self.good()),
            ("warn", self.warn()),
            ("bad", self.bad()),
            ("muted", self.muted()),
            ("marker", self.marker()),
            ("weak", self.visuals().weak_text_color()),
            ("plain", self.visuals().text_color()),
            ("core", self.kind(BetKind::Core)),
            ("big swing", self.kind(BetKind::BigSwing)),
            ("learning", self.phase(Phase::Learning)),
            ("impact", self.phase(Phase::Impact)),
        ]
    }

    /// The fills this look puts text on: chips and bars, each with the text drawn on it.
    pub fn filled_text(self) -> Vec<(String, Color32, Color32)> {
        let chips = BetKind::ALL
            .iter()
            .map(|k| (format!("{} chip", k.label()), self.kind(*k)));
        let bars = BetStatus::ALL
            .iter()
            .map(|s| (format!("{} bar", s.label()), self.bar_fill(*s)));
        chips
            .chain(bars)
            .map(|(name, fill)| (name, fill, Self::text_on(fill)))
            .collect()
    }

    /// Puts this look on a context: the visuals, and text no smaller than
    /// [`MIN_TEXT_SIZE`]. Does nothing when it is already on, since setting a style copies it.
    pub fn install(self, ctx: &egui::Context) {
        let style = ctx.global_style();
        let small = style
            .text_styles
            .get(&egui::TextStyle::Small)
            .map_or(0.0, |f| f.size);
        if style.visuals.dark_mode == self.dark && small >= MIN_TEXT_SIZE {
            return;
        }
        ctx.global_style_mut(|style| {
            style.visuals = self.visuals();
            for font in style.text_styles.values_mut() {
                font.size = font.size.max(MIN_TEXT_SIZE);
            }
        });
    }
}

/// The relative luminance of a colour, as WCAG defines it (0 black to 1 white).
fn luminance(color: Color32) -> f32 {
    let channel = |c: u8| {
        let c = f32::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(color.r()) + 0.7152 * channel(color.g()) + 0.0722 * channel(color.b())
}

/// The contrast ratio between two opaque colours, from 1 (none) to 21 (black on white).
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_is_computed_as_wcag_defines_it() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-6);
        // A mid grey against white: 4.54 by the WCAG formula, worked by hand.
        assert!((contrast(Color32::from_gray(118), Color32::WHITE) - 4.54).abs() < 0.01);
    }

    #[test]
    fn text_on_chips_and_bars_reads_in_both_looks() {
        for theme in [Theme::LIGHT, Theme::DARK] {
            for (name, fill, text) in theme.filled_text() {
                let ratio = contrast(text, fill);
                assert!(
                    ratio >= MIN_CONTRAST,
                    "{name} in the {} look: {ratio:.2}",
                    if theme.dark { "dark" } else { "light" }
                );
            }
        }
    }

    #[test]
    fn coloured_text_reads_on_every_background_in_both_looks() {
        for theme in [Theme::LIGHT, Theme::DARK] {
            let visuals = theme.visuals();
            let grounds = [
                ("panel", visuals.panel_fill),
                ("chart or field", visuals.extreme_bg_color),
                ("window", visuals.window_fill),
            ];
            for (name, color) in theme.text_colors() {
                for (ground_name, ground) in grounds {
                    let ratio = contrast(color, ground);
                    assert!(
                        ratio >= MIN_CONTRAST,
                        "{name} on the {ground_name} in the {} look: {ratio:.2}",
                        if theme.dark { "dark" } else { "light" }
                    );
                }
            }
        }
    }

    #[test]
    fn the_selection_text_reads_on_the_selection_fill() {
        for theme in [Theme::LIGHT, Theme::DARK] {
            let selection = theme.visuals().selection;
            assert!(contrast(selection.stroke.color, selection.bg_fill) >= MIN_CONTRAST);
        }
    }
}
