//! CPU per frame for every panel and the promotion packet's preview, headless at 1280×800:
//! run the UI and tessellate, with the sample and with the stress document, the pointer away
//! and over the middle of the window.

use criterion::{Criterion, criterion_group, criterion_main};

use career_spec::app::picker::ScriptedPicker;
use career_spec::app::{AppConfig, CareerApp};
use career_spec::edit::Session;
use career_spec::stress::stress_document;
use career_spec::views::Panel;

fn input(pointer: Option<egui::Pos2>) -> egui::RawInput {
    let mut raw = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    };
    if let Some(pos) = pointer {
        raw.events.push(egui::Event::PointerMoved(pos));
    }
    raw
}

fn bench(c: &mut Criterion) {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
    for (name, doc) in [
        ("sample", career_spec::file::sample()),
        ("stress", stress_document(1)),
    ] {
        // Every panel, then the promotion packet's preview over the Evidence panel.
        let cases = Panel::ALL
            .iter()
            .map(|p| (p.cli_name(), *p, false))
            .chain([("packet", Panel::Evidence, true)]);
        for (case, panel, packet) in cases {
            for (hover, pointer) in [("", None), ("+hover", Some(egui::pos2(560.0, 300.0)))] {
                let mut config = AppConfig::for_tests(today, ScriptedPicker::default());
                config.panel = Some(panel);
                config.packet = packet;
                let mut app = CareerApp::new(Session::untitled(doc.clone()), config);
                let ctx = egui::Context::default();
                // Warm up: fonts, layout caches, the chart's first fit.
                for _ in 0..3 {
                    let out = ctx.run_ui(input(pointer), |ui| app.ui(ui));
                    std::hint::black_box(ctx.tessellate(out.shapes, out.pixels_per_point));
                }
                c.bench_function(&format!("frame/{name}/{case}{hover}"), |b| {
                    b.iter(|| {
                        let out = ctx.run_ui(input(pointer), |ui| app.ui(ui));
                        ctx.tessellate(out.shapes, out.pixels_per_point)
                    });
                });
            }
        }
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(1)).warm_up_time(std::time::Duration::from_millis(300));
    targets = bench
}
criterion_main!(benches);
