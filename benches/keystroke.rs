//! One keystroke's whole cycle in the stress document: a letter typed into the focused Name
//! field (and, the next time, taken back with Backspace) becomes an edit, goes into the
//! history, every view's analysis kept for the document's version is worked out again for
//! the new one, and the frame is laid out and tessellated, headless at 1280×800.

use criterion::{Criterion, criterion_group, criterion_main};

use career_spec::app::picker::ScriptedPicker;
use career_spec::app::{AppConfig, CareerApp};
use career_spec::edit::Session;
use career_spec::stress::stress_document;
use career_spec::views::Panel;
use egui::accesskit;

fn input(events: Vec<egui::Event>) -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        events,
        ..Default::default()
    }
}

/// The middle of the text field labelled `label` in a frame's accessibility tree (a field
/// is labelled by the label beside it).
fn field_centre(update: &accesskit::TreeUpdate, label: &str) -> Option<egui::Pos2> {
    let labels: Vec<accesskit::NodeId> = update
        .nodes
        .iter()
        .filter(|(_, node)| node.label() == Some(label) || node.value() == Some(label))
        .map(|(id, _)| *id)
        .collect();
    update.nodes.iter().find_map(|(_, node)| {
        let rect = node.bounds()?;
        let named =
            node.label() == Some(label) || node.labelled_by().iter().any(|id| labels.contains(id));
        (node.role() == accesskit::Role::TextInput && named).then(|| {
            egui::pos2(
                f64::midpoint(rect.x0, rect.x1) as f32,
                f64::midpoint(rect.y0, rect.y1) as f32,
            )
        })
    })
}

/// One frame: the UI run on these events, tessellated; the textures it asks for are taken as
/// a painter would take them.
fn frame(
    ctx: &egui::Context,
    app: &mut CareerApp,
    events: Vec<egui::Event>,
) -> (egui::PlatformOutput, Vec<egui::ClippedPrimitive>) {
    let mut out = ctx.run_ui(input(events), |ui| app.ui(ui));
    out.textures_delta.clear();
    let primitives = ctx.tessellate(out.shapes, out.pixels_per_point);
    (out.platform_output, primitives)
}

fn press(pos: egui::Pos2, pressed: bool) -> egui::Event {
    egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    }
}

fn bench(c: &mut Criterion) {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
    let mut config = AppConfig::for_tests(today, ScriptedPicker::default());
    config.panel = Some(Panel::Spec);
    let mut app = CareerApp::new(Session::untitled(stress_document(1)), config);
    let ctx = egui::Context::default();
    ctx.enable_accesskit();
    let mut name = None;
    for _ in 0..3 {
        name = frame(&ctx, &mut app, Vec::new())
            .0
            .accesskit_update
            .as_ref()
            .and_then(|u| field_centre(u, "Name"));
    }
    let name = name.expect("the Spec panel shows the Name field");
    // A click in the field gives it the keyboard.
    for events in [
        vec![egui::Event::PointerMoved(name), press(name, true)],
        vec![press(name, false)],
        Vec::new(),
    ] {
        frame(&ctx, &mut app, events);
    }
    assert!(
        ctx.memory(|m| m.focused().is_some()),
        "the Name field has the keyboard"
    );
    let before = app.doc().profile.name.clone();
    let mut typed = false;
    c.bench_function("keystroke/stress/spec name", |b| {
        b.iter(|| {
            let key = if typed {
                egui::Event::Key {
                    key: egui::Key::Backspace,
                    physical_key: None,
                    pressed: true,
                    repeat: false,
                    modifiers: egui::Modifiers::NONE,
                }
            } else {
                egui::Event::Text("x".to_owned())
            };
            typed = !typed;
            frame(&ctx, &mut app, vec![key])
        });
    });
    // What was measured was edits: the keys reached the document.
    assert!(
        app.session().history.can_undo(),
        "the keystrokes edited the document"
    );
    let after = &app.doc().profile.name;
    assert!(
        *after == before || *after == format!("{before}x"),
        "typing and taking back one letter at a time: {after:?}"
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(1)).warm_up_time(std::time::Duration::from_millis(300));
    targets = bench
}
criterion_main!(benches);
