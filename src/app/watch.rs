//! Notices when the open file changes on disk (a synced folder, a git pull), without
//! repainting while idle: a thread looks at the file's stamp now and then and wakes the
//! window only when it changed.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::file::{Stamp, stamp};

/// How often the file's stamp is looked at.
const INTERVAL: Duration = Duration::from_secs(2);

/// Watches one file until dropped.
#[derive(Debug)]
pub struct Watcher {
    changed: Arc<AtomicBool>,
    stop: Arc<AtomicBool>,
}

impl Watcher {
    /// Starts watching `path`, whose stamp is `known` now.
    pub fn start(path: PathBuf, known: Option<Stamp>, ctx: &egui::Context) -> Self {
        let changed = Arc::new(AtomicBool::new(false));
        let stop = Arc::new(AtomicBool::new(false));
        let (thread_changed, thread_stop, ctx) = (changed.clone(), stop.clone(), ctx.clone());
        let spawned = std::thread::Builder::new()
            .name("file watch".to_owned())
            .spawn(move || {
                while !thread_stop.load(Ordering::Relaxed) {
                    std::thread::sleep(INTERVAL);
                    if stamp(&path) != known && !thread_changed.swap(true, Ordering::Relaxed) {
                        ctx.request_repaint();
                    }
                }
            });
        if spawned.is_err() {
            // Without the thread the file is still checked before every save.
            stop.store(true, Ordering::Relaxed);
        }
        Self { changed, stop }
    }

    /// Whether the file changed since watching began.
    pub fn changed(&self) -> bool {
        self.changed.load(Ordering::Relaxed)
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}
