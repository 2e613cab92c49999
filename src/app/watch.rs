//! Notices when the open file changes on disk (a synced folder, a git pull), without
//! repainting while idle: a thread looks at the file's stamp now and then and wakes the
//! window only when what it sees changes.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::time::Duration;

use crate::file::{Stamp, stamp};

/// How often the file's stamp is looked at, unless the app is told otherwise.
pub const INTERVAL: Duration = Duration::from_secs(2);

/// What the watcher saw the last time it looked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum OnDisk {
    /// The file is as it was when watching began.
    Same = 0,
    /// Another version of the file is there.
    Changed = 1,
    /// Nothing is there any more.
    Deleted = 2,
}

impl OnDisk {
    /// What is at `path` compared with the version `known`.
    pub fn now(path: &Path, known: Option<Stamp>) -> Self {
        if !path.exists() {
            return if known.is_some() {
                Self::Deleted
            } else {
                Self::Same
            };
        }
        // Most looks find the file as it was written: its time and size alone say so, and it
        // is not read and hashed again every few seconds. A change that keeps both is still
        // caught by the check before every save, which reads the bytes.
        if let Some(known) = known
            && known.modified.is_some()
            && std::fs::metadata(path)
                .is_ok_and(|m| m.len() == known.len && m.modified().ok() == known.modified)
        {
            return Self::Same;
        }
        if stamp(path) == known {
            Self::Same
        } else {
            Self::Changed
        }
    }

    fn from_u8(n: u8) -> Self {
        match n {
            1 => Self::Changed,
            2 => Self::Deleted,
            _ => Self::Same,
        }
    }
}

/// Watches one file until dropped.
#[derive(Debug)]
pub struct Watcher {
    seen: Arc<AtomicU8>,
    stop: Arc<AtomicBool>,
}

impl Watcher {
    /// Starts watching `path`, whose stamp is `known` now, looking every `interval`.
    pub fn start(
        path: PathBuf,
        known: Option<Stamp>,
        interval: Duration,
        ctx: &egui::Context,
    ) -> Self {
        let seen = Arc::new(AtomicU8::new(OnDisk::Same as u8));
        let stop = Arc::new(AtomicBool::new(false));
        let (thread_seen, thread_stop, ctx) = (seen.clone(), stop.clone(), ctx.clone());
        let spawned = std::thread::Builder::new()
            .name("file watch".to_owned())
            .spawn(move || {
                while !thread_stop.load(Ordering::Relaxed) {
                    std::thread::sleep(interval);
                    let now = OnDisk::now(&path, known) as u8;
                    if thread_seen.swap(now, Ordering::Relaxed) != now {
                        ctx.request_repaint();
                    }
                }
            });
        if spawned.is_err() {
            // Without the thread the file is still checked before every save.
            stop.store(true, Ordering::Relaxed);
        }
        Self { seen, stop }
    }

    /// What the file on disk is, compared with when watching began.
    pub fn seen(&self) -> OnDisk {
        OnDisk::from_u8(self.seen.load(Ordering::Relaxed))
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}
