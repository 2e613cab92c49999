//! Screenshot mode (`--screenshot`): the real window renders a few frames, writes a PNG of
//! itself and, when asked, the text it shows, then closes. CI looks at both; a person can
//! look at any panel, at any size, with an item's inspector open.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex, PoisonError};

use egui::accesskit;

use super::CareerApp;
use super::window::Selection;

/// The window size when none is asked for, in points.
pub const DEFAULT_SIZE: [f32; 2] = [1280.0, 800.0];

/// What to take a screenshot of, and where to write it.
#[derive(Clone, Debug, PartialEq)]
pub struct ScreenshotPlan {
    /// The PNG to write.
    pub png: PathBuf,
    /// Where to write the window's text, if anywhere.
    pub text: Option<PathBuf>,
    /// The window's inner size in points.
    pub size: [f32; 2],
    /// The item to select first, so its inspector is open.
    pub select: Option<Selection>,
}

/// The screenshot being taken.
pub(super) struct Screenshot {
    plan: ScreenshotPlan,
    requested: bool,
    image: Option<Receiver<Arc<egui::ColorImage>>>,
    text: Option<WindowText>,
}

impl Screenshot {
    pub(super) fn new(plan: ScreenshotPlan) -> Self {
        Self {
            plan,
            requested: false,
            image: None,
            text: None,
        }
    }

    /// The item to select before the first frame.
    pub(super) fn selection(&self) -> Option<Selection> {
        self.plan.select
    }
}

/// Frames drawn before the screenshot is taken, so that fonts and layout have settled.
const SETTLE_FRAMES: u64 = 3;

impl CareerApp {
    /// Drives screenshot mode, once per frame: asks for the pixels once the window has
    /// settled, writes them and the window's text, and closes.
    pub(super) fn screenshot_step(&mut self, ctx: &egui::Context) {
        let frames = self.frames;
        let Some(shot) = &mut self.screenshot else {
            return;
        };
        if shot.plan.text.is_some() && shot.text.is_none() {
            shot.text = Some(WindowText::capture(ctx));
        }
        if !shot.requested && frames >= SETTLE_FRAMES {
            let (sender, receiver) = channel();
            let repaint = ctx.clone();
            ctx.request_screenshot(move |image| {
                sender.send(image).ok();
                repaint.request_repaint();
            });
            shot.requested = true;
            shot.image = Some(receiver);
        } else if !shot.requested {
            ctx.request_repaint();
        }
        let Some(image) = shot.image.as_ref().and_then(|r| r.try_recv().ok()) else {
            return;
        };
        if let Err(e) = write_png(&shot.plan.png, &image) {
            fail(&shot.plan.png, &e);
        }
        if let (Some(out), Some(text)) = (&shot.plan.text, &shot.text) {
            // The text of the last frame drawn: the one in the picture, or one just like it.
            let lines = text.lines();
            if lines.is_empty() {
                fail(out, "the window reported no text");
            }
            if let Err(e) = crate::file::private::write(out, (lines.join("\n") + "\n").as_bytes()) {
                fail(out, &e.to_string());
            }
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
}

/// A screenshot that cannot be written is the whole run failing: say so and stop.
fn fail(path: &Path, why: &str) -> ! {
    crate::say_error!("error: cannot write {}: {why}", path.display());
    std::process::exit(1);
}

fn write_png(path: &Path, image: &egui::ColorImage) -> Result<(), String> {
    let [width, height] = image.size;
    let bytes: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(egui::Color32::to_array)
        .collect();
    let buffer = image::RgbaImage::from_raw(width as u32, height as u32, bytes)
        .ok_or("the screenshot has no pixels")?;
    let mut png = std::io::Cursor::new(Vec::new());
    buffer
        .write_to(&mut png, image::ImageFormat::Png)
        .map_err(|e| e.to_string())?;
    crate::file::private::write(path, png.get_ref()).map_err(|e| e.to_string())
}

/// The text a window shows, as its accessibility tree tells it, kept up to date each frame.
#[derive(Clone, Debug)]
pub struct WindowText {
    lines: Arc<Mutex<Vec<String>>>,
}

impl WindowText {
    /// Starts reading the text of every frame the context draws from now on.
    pub fn capture(ctx: &egui::Context) -> Self {
        let lines = Arc::new(Mutex::new(Vec::new()));
        ctx.enable_accesskit();
        ctx.add_plugin(TextPlugin {
            lines: Arc::clone(&lines),
        });
        Self { lines }
    }

    /// The last frame's labels and values, in reading order, one per line.
    pub fn lines(&self) -> Vec<String> {
        self.lines
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

/// Reads the accessibility tree at the end of every frame.
struct TextPlugin {
    lines: Arc<Mutex<Vec<String>>>,
}

impl egui::Plugin for TextPlugin {
    fn debug_name(&self) -> &'static str {
        "window text"
    }

    fn output_hook(&mut self, _ctx: &egui::Context, output: &mut egui::FullOutput) {
        if let Some(update) = &output.platform_output.accesskit_update {
            *self.lines.lock().unwrap_or_else(PoisonError::into_inner) = reading_order(update);
        }
    }
}

/// Every label and value in a tree, in the order a screen reader reads them: depth first,
/// children in order. A value equal to its label is said once; hidden nodes, and the lines a
/// text is wrapped into, are skipped.
pub fn reading_order(update: &accesskit::TreeUpdate) -> Vec<String> {
    let nodes: HashMap<accesskit::NodeId, &accesskit::Node> =
        update.nodes.iter().map(|(id, node)| (*id, node)).collect();
    let mut lines = Vec::new();
    let mut stack = vec![update.tree.as_ref().map_or(update.focus, |t| t.root)];
    while let Some(id) = stack.pop() {
        let Some(node) = nodes.get(&id) else {
            continue;
        };
        // A label's text runs are its lines as laid out: the label already says them.
        if node.is_hidden() || node.role() == accesskit::Role::TextRun {
            continue;
        }
        let label = node.label().map(str::trim).filter(|l| !l.is_empty());
        let value = node.value().map(str::trim).filter(|v| !v.is_empty());
        lines.extend(label.map(str::to_owned));
        lines.extend(value.filter(|v| Some(*v) != label).map(str::to_owned));
        stack.extend(node.children().iter().rev());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use accesskit::{Node, NodeId, Role, TreeInfo, TreeUpdate};

    fn node(label: Option<&str>, value: Option<&str>, children: &[u64]) -> Node {
        let mut n = Node::new(Role::GenericContainer);
        if let Some(label) = label {
            n.set_label(label);
        }
        if let Some(value) = value {
            n.set_value(value);
        }
        n.set_children(children.iter().map(|c| NodeId(*c)).collect::<Vec<_>>());
        n
    }

    #[test]
    fn the_tree_is_read_depth_first_in_child_order() {
        let mut hidden = node(Some("Hidden"), None, &[]);
        hidden.set_hidden();
        let mut wrapped = node(None, Some("Priya"), &[]);
        wrapped.set_role(Role::TextRun);
        let update = TreeUpdate {
            // Listed out of order: the order comes from the children, not from the list.
            nodes: vec![
                (NodeId(3), node(Some("Name"), Some("Priya"), &[6])),
                (NodeId(6), wrapped),
                (NodeId(0), node(None, None, &[1, 4, 5])),
                (NodeId(1), node(Some("Spec"), None, &[2, 3])),
                (NodeId(2), node(Some("North star"), Some("North star"), &[])),
                (NodeId(4), hidden),
                (NodeId(5), node(Some("  "), Some("2031"), &[9])),
            ],
            tree: Some(TreeInfo::new(NodeId(0))),
            tree_id: accesskit::TreeId::ROOT,
            focus: NodeId(0),
        };
        assert_eq!(
            reading_order(&update),
            ["Spec", "North star", "Name", "Priya", "2031"]
        );
    }
}
