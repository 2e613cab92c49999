//! The floor for startup: a bare eframe window of the same version and renderer that draws
//! three frames, writes a PNG of itself and exits, as `career-spec --screenshot` does; with
//! `--stay` it stays open, for the cost of a repaint and of idling. `benches/window.sh`
//! compares the two (see benches/README.md).

use std::sync::mpsc::{Receiver, channel};

struct Bare {
    out: std::path::PathBuf,
    frames: u32,
    shot: Option<Receiver<std::sync::Arc<egui::ColorImage>>>,
    stay: bool,
}

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| ui.label("bare"));
        let ctx = ui.ctx().clone();
        self.frames += 1;
        if self.stay {
            // Left open, to measure what a repaint and idling cost.
            return;
        }
        if self.shot.is_none() && self.frames >= 3 {
            let (sender, receiver) = channel();
            let repaint = ctx.clone();
            ctx.request_screenshot(move |image| {
                sender.send(image).ok();
                repaint.request_repaint();
            });
            self.shot = Some(receiver);
        } else if self.shot.is_none() {
            ctx.request_repaint();
        }
        if let Some(image) = self.shot.as_ref().and_then(|r| r.try_recv().ok()) {
            let [w, h] = image.size;
            let bytes: Vec<u8> = image
                .pixels
                .iter()
                .flat_map(egui::Color32::to_array)
                .collect();
            if let Some(buffer) = image::RgbaImage::from_raw(w as u32, h as u32, bytes) {
                buffer.save(&self.out).expect("the PNG is written");
            }
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

fn main() -> eframe::Result {
    // `--stay` keeps the window open instead of taking the screenshot.
    let arg = std::env::args().nth(1);
    let stay = arg.as_deref() == Some("--stay");
    let out = arg.unwrap_or_else(|| "bare.png".to_owned()).into();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    eframe::run_native(
        "bare-window",
        options,
        Box::new(|_| {
            Ok(Box::new(Bare {
                out,
                frames: 0,
                shot: None,
                stay,
            }))
        }),
    )
}
