//! Colours and spacing in one place. Views ask for "core", "big swing", "failed", never RGB.

use egui::Color32;

use crate::model::{BetKind, BetStatus, Ceiling, Phase};

/// The app's palette, for the light or the dark look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    /// Whether the dark look is on.
    pub dark: bool,
}

/// Space between sections of a panel.
pub const SECTION_GAP: f32 = 14.0;
/// Width of the inspector.
pub const INSPECTOR_WIDTH: f32 = 340.0;

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
                Color32::from_rgb(0xb3, 0x4f, 0x9a),
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
                Color32::from_rgb(0xc2, 0x7c, 0x0e),
                Color32::from_rgb(0xf0, 0xb0, 0x4a),
            ),
        }
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

    /// The colour of the n-th series in a stacked chart (base, bonus, equity, sign-on...).
    pub fn series(self, n: usize) -> Color32 {
        let light = [
            Color32::from_rgb(0x2f, 0x6f, 0xb3),
            Color32::from_rgb(0x1e, 0x8c, 0x4e),
            Color32::from_rgb(0x8e, 0x44, 0xad),
            Color32::from_rgb(0xd3, 0x6b, 0x00),
            Color32::from_rgb(0x55, 0x5f, 0x6b),
        ];
        let dark = [
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
            Color32::from_rgb(0x1e, 0x8c, 0x4e),
            Color32::from_rgb(0x6b, 0xd4, 0x93),
        )
    }

    /// Something to look at: due, drifting, close to a threshold.
    pub fn warn(self) -> Color32 {
        self.pick(
            Color32::from_rgb(0xb3, 0x6b, 0x00),
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
        if self.dark {
            egui::Visuals::dark()
        } else {
            egui::Visuals::light()
        }
    }
}
