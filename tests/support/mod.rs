//! What the window tests share: the window built around an app, and the steps a person takes
//! in it. Each test file uses some of these.
#![allow(dead_code)]

use career_spec::app::CareerApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

#[allow(unused_imports)]
pub use career_spec::testing::today;

/// The window a test drives.
pub type Window = Harness<'static, CareerApp>;

/// The app in a window of 1280x800 points.
pub fn window(app: CareerApp) -> Window {
    window_sized(app, [1280.0, 800.0])
}

/// The app in a window of the given size.
pub fn window_sized(app: CareerApp, size: [f32; 2]) -> Window {
    Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut CareerApp| app.ui(ui), app)
}

/// Picks `item` from the menu named `menu`.
pub fn menu(h: &mut Window, menu: &str, item: &str) {
    h.get_by_label(menu).click();
    h.run();
    h.get_by_label(item).click();
    h.run();
}

/// Types `text` at the end of the Spec panel's Name field.
pub fn rename(h: &mut Window, text: &str) {
    h.get_by_label("Name").focus();
    h.run();
    h.get_by_label("Name").type_text(text);
    h.run();
}
