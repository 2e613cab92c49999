//! Recently opened files, kept in the platform's config folder. Reading them never fails:
//! a missing or unreadable list is an empty one.

use std::path::{Path, PathBuf};

/// How many recent files are kept.
const MAX_RECENT: usize = 10;

/// The recent files, newest first, and where the list is kept.
#[derive(Debug, Default)]
pub struct RecentFiles {
    paths: Vec<PathBuf>,
    store: Option<PathBuf>,
}

impl RecentFiles {
    /// The list kept in the platform config folder (`~/.config/career-spec/recent.ron`).
    pub fn from_config_folder() -> Self {
        let store = directories::ProjectDirs::from("", "", "career-spec")
            .map(|dirs| dirs.config_dir().join("recent.ron"));
        store.map_or_else(Self::default, Self::load)
    }

    /// The list kept in this file.
    pub fn load(store: PathBuf) -> Self {
        let paths = std::fs::read_to_string(&store)
            .ok()
            .and_then(|text| ron::from_str::<Vec<PathBuf>>(&text).ok())
            .unwrap_or_default();
        Self {
            paths,
            store: Some(store),
        }
    }

    /// A list kept nowhere, for tests and screenshots.
    pub fn in_memory() -> Self {
        Self::default()
    }

    /// The recent files, newest first.
    pub fn paths(&self) -> &[PathBuf] {
        &self.paths
    }

    /// Puts a file at the top of the list and stores the list. Returns an error message when
    /// the list could not be stored; the list in memory is updated either way.
    pub fn add(&mut self, path: &Path) -> Result<(), String> {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_owned());
        self.paths.retain(|p| *p != path);
        self.paths.insert(0, path);
        self.paths.truncate(MAX_RECENT);
        self.store()
    }

    /// Removes a file from the list (it could not be opened) and stores the list.
    pub fn remove(&mut self, path: &Path) -> Result<(), String> {
        self.paths.retain(|p| p != path);
        self.store()
    }

    fn store(&self) -> Result<(), String> {
        let Some(store) = &self.store else {
            return Ok(());
        };
        let write = || -> std::io::Result<()> {
            if let Some(folder) = store.parent() {
                crate::file::private::create_dir_all(folder)?;
            }
            let text = ron::ser::to_string_pretty(&self.paths, ron::ser::PrettyConfig::new())
                .map_err(std::io::Error::other)?;
            let folder = store.parent().unwrap_or_else(|| Path::new("."));
            let mut temp = tempfile::NamedTempFile::new_in(folder)?;
            crate::file::private::make_private(temp.as_file())?;
            std::io::Write::write_all(&mut temp, text.as_bytes())?;
            temp.persist(store).map_err(|e| e.error)?;
            Ok(())
        };
        write().map_err(|e| format!("cannot remember recent files: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_first_without_repeats_and_kept_on_disk() {
        let folder = tempfile::tempdir().expect("temp folder");
        let store = folder.path().join("recent.ron");
        let mut recent = RecentFiles::load(store.clone());
        recent.add(Path::new("/a.ron")).expect("stored");
        recent.add(Path::new("/b.ron")).expect("stored");
        recent.add(Path::new("/a.ron")).expect("stored");
        assert_eq!(
            recent.paths(),
            [PathBuf::from("/a.ron"), PathBuf::from("/b.ron")]
        );
        assert_eq!(RecentFiles::load(store).paths(), recent.paths());
    }

    #[test]
    fn a_garbled_list_reads_as_empty() {
        let folder = tempfile::tempdir().expect("temp folder");
        let store = folder.path().join("recent.ron");
        std::fs::write(&store, "not ron [[[").expect("written");
        assert!(RecentFiles::load(store).paths().is_empty());
    }
}
