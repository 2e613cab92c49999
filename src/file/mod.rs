//! The file: a versioned envelope around the document, loaded with limits and migrated one
//! version at a time, and saved atomically with the previous file kept as a backup.

mod beside;
mod disk;
pub mod guard;
mod in_place;
mod locate;
mod lock;
mod migrate;
mod nesting;
pub mod private;

pub use beside::backup_path;
pub(crate) use disk::special_kind;
pub use disk::{Backup, Disk, RealDisk, is_temporary_name, write_atomic_via};
pub use in_place::left_changed;
pub use locate::Place;
pub use lock::SpecLock;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::Document;
use crate::model::validate::{Problem, validate};

/// The format name written at the top of every file.
pub const FORMAT: &str = "career-spec";
/// The schema version this build writes; it reads this one and every older one.
pub const CURRENT_VERSION: u32 = 8;
/// Files larger than this are refused before they are read: no career spec comes near it.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// How deep brackets may nest before the file is refused.
const MAX_NESTING: usize = 64;

/// The sample document shipped with the app.
pub const SAMPLE_RON: &str = include_str!("../../assets/sample.ron");

/// What wraps the document in the file: its format and schema version.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope<T> {
    format: String,
    version: u32,
    spec: T,
}

/// The header alone, read first to learn which version the rest is.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    version: Option<u32>,
}

/// Why a file could not be opened. Every variant reads as a sentence a person can act on.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The operating system refused.
    #[error("cannot read the file: {0}")]
    Io(#[from] std::io::Error),
    /// A folder was given.
    #[error("this is a folder, not a file")]
    IsFolder,
    /// A named pipe, a socket or a device: reading one could wait forever.
    #[error("this is {0}, not a regular file; open a .ron file instead")]
    NotRegular(&'static str),
    /// Too large to be a career spec.
    #[error("the file is {size} bytes; a career spec is never larger than {limit} bytes")]
    TooLarge {
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// Not UTF-8 text.
    #[error("the file is not text (invalid UTF-8 at byte {offset}); is it the right file?")]
    NotText {
        /// Where the first bad byte is.
        offset: usize,
    },
    /// Nothing in it.
    #[error("the file is empty")]
    Empty,
    /// A syntax or type error at a place in the file.
    #[error("line {line}, column {col}: {message}")]
    Syntax {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        col: usize,
        /// What is wrong.
        message: String,
    },
    /// Some other format.
    #[error("{}", not_career_spec(.found.as_deref()))]
    NotCareerSpec {
        /// The format it names, if any.
        found: Option<String>,
    },
    /// Written by a newer version of the app.
    #[error(
        "this file was written by a newer Career Spec (format version {found}); this version \
         reads up to {CURRENT_VERSION}. Update Career Spec to open it; the file is unchanged."
    )]
    TooNew {
        /// The version in the file.
        found: u32,
    },
    /// The envelope names no version.
    #[error(
        "the file does not say which format version it is; add `version: {CURRENT_VERSION},` after the format"
    )]
    NoVersion,
    /// A version that never existed.
    #[error("format version {found} does not exist; the first is 1")]
    UnknownVersion {
        /// The version in the file.
        found: u32,
    },
    /// It parsed, but what it says does not hold together.
    #[error("{}", list(.0))]
    Invalid(Vec<Located>),
}

/// A problem the validator found, with where it is written in the file when that is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    /// What is wrong, and the path of the field.
    pub problem: Problem,
    /// Where it is written, or the closest enclosing value that is.
    pub at: Option<locate::Place>,
}

impl Located {
    /// The problem in plain words, saying so when the field is not in the file at all: a
    /// person who reads "year 0" looks for a 0 that is not there.
    fn message(&self) -> String {
        if self.at.is_some_and(|p| p.left_out) {
            format!(
                "{} (the file leaves this out, so it took its default)",
                self.problem
            )
        } else {
            self.problem.to_string()
        }
    }
}

impl std::fmt::Display for Located {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.at {
            Some(p) => write!(f, "line {}, column {}: {}", p.line, p.col, self.message()),
            None => write!(f, "{}", self.message()),
        }
    }
}

fn not_career_spec(found: Option<&str>) -> String {
    match found {
        Some(found) => {
            format!("this is not a Career Spec file: its format is \"{found}\", not \"{FORMAT}\"")
        }
        None => format!("this is not a Career Spec file: it names no format (\"{FORMAT}\")"),
    }
}

fn list(problems: &[Located]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

impl LoadError {
    /// Each problem on its own line, in plain words.
    pub fn lines(&self) -> Vec<String> {
        match self {
            Self::Invalid(problems) => problems.iter().map(ToString::to_string).collect(),
            other => vec![other.to_string()],
        }
    }

    /// Each problem with its line and column where known, as `check` prints them
    /// (`FILE:LINE:COL: message`, the form editors jump to).
    pub fn positioned(&self) -> Vec<(Option<(usize, usize)>, String)> {
        match self {
            Self::Syntax { line, col, message } => vec![(Some((*line, *col)), message.clone())],
            Self::Invalid(problems) => problems
                .iter()
                .map(|p| (p.at.map(|at| (at.line, at.col)), p.message()))
                .collect(),
            other => vec![(None, other.to_string())],
        }
    }
}

/// Why a file could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The operating system refused: a read-only folder, a full disk...
    #[error("cannot save {}: {source}", .path.display())]
    Io {
        /// Where.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file's mode lets nobody write it: it is not replaced behind the person's back.
    #[error(
        "{} is read-only, so it was not replaced; use Save As to keep your changes in another file",
        .0.display()
    )]
    ReadOnly(PathBuf),
    /// The file may be written but its folder may not: a safe save writes a new file beside
    /// the old one and renames it over, which needs the folder.
    #[error(
        "cannot save {}: the file may be written but its folder may not, and a safe save \
         needs to create a file in the folder; use Save As to save somewhere else",
        .0.display()
    )]
    FolderNotWritable(PathBuf),
    /// The document could not be written as RON.
    #[error("cannot write the document: {0}")]
    Serialize(#[from] ron::Error),
}

impl SaveError {
    /// Whether the failed save still changed something on disk: a file with other hard links
    /// written partway, or a new version saved whose backup could not be kept. Whoever
    /// reports it must not say that nothing changed.
    pub fn changed_the_disk(&self) -> bool {
        matches!(self, Self::Io { source, .. } if left_changed(source))
    }
}

fn ron_options() -> ron::Options {
    ron::Options::default()
        // A backstop against overflowing the stack: the limit a person meets is counted in
        // brackets before parsing, and the parser spends up to two steps of its own per bracket.
        .with_recursion_limit(4 * MAX_NESTING)
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// A parse error in words a person can act on: the parser's own wording, except where it
/// would name our types, and with a note when the error is where the text stops.
fn syntax(e: &ron::error::SpannedError, text: &str) -> LoadError {
    let (line, col) = (e.span.start.line, e.span.start.col);
    let message = match &e.code {
        ron::Error::ExpectedDifferentStructName {
            expected: "Header", ..
        }
        | ron::Error::ExpectedNamedStructLike("Header") => format!(
            "this is not a Career Spec file: it should begin with (format: \"{FORMAT}\", \
             version: ..., spec: ...)"
        ),
        ron::Error::Eof => ENDS_EARLY.to_owned(),
        // The parser's own words name its options; a person needs the limit and the place.
        ron::Error::ExceededRecursionLimit => too_deep(),
        // Only a quote with no other after it in the whole text is left open.
        ron::Error::ExpectedStringEnd => {
            format!("a string opens here and is never closed, so {ENDS_EARLY}")
        }
        code if at_end(text, e.span.end.line, e.span.end.col) => {
            format!("{code}, but {ENDS_EARLY}")
        }
        code => code.to_string(),
    };
    LoadError::Syntax { line, col, message }
}

fn too_deep() -> String {
    format!("brackets are nested more than {MAX_NESTING} deep here; no career spec needs that")
}

const ENDS_EARLY: &str = "the file ends before the document does: was it cut short?";

/// Whether a position (line and column from 1) is at or past the last thing written in the
/// text: nothing but white space follows it.
fn at_end(text: &str, line: usize, col: usize) -> bool {
    let written = text.trim_end();
    let last_line = written.lines().count().max(1);
    let last_col = written.lines().last().map_or(0, |l| l.chars().count()) + 1;
    (line, col) >= (last_line, last_col)
}

/// Reads a document from text, migrating it from older versions and validating it.
pub fn from_str(text: &str) -> Result<Document, LoadError> {
    // Some editors on Windows begin a UTF-8 file with a byte-order mark; it is not text.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    if let Some((line, col)) = nesting::too_deep(text, MAX_NESTING) {
        return Err(LoadError::Syntax {
            line,
            col,
            message: too_deep(),
        });
    }
    // Most files are of the current version: read them in one pass, and read the header on
    // its own only to explain a file that does not fit.
    let full = ron_options().from_str::<Envelope<Document>>(text);
    // Positions are looked up in the text only when it is of the current version: an older
    // file's fields may not be where the current paths say.
    let (doc, current) = match full {
        Ok(envelope)
            if envelope.format == FORMAT && migrate::reads_as_current(envelope.version) =>
        {
            (migrate::upgrade(envelope.spec, envelope.version), true)
        }
        full => {
            let header: Header = ron_options().from_str(text).map_err(|e| syntax(&e, text))?;
            if header.format.as_deref() != Some(FORMAT) {
                return Err(LoadError::NotCareerSpec {
                    found: header.format,
                });
            }
            let Some(version) = header.version else {
                return Err(LoadError::NoVersion);
            };
            match version {
                v if v > CURRENT_VERSION => return Err(LoadError::TooNew { found: v }),
                v if migrate::reads_as_current(v) => match full {
                    Ok(envelope) => (migrate::upgrade(envelope.spec, v), true),
                    Err(e) => return Err(syntax(&e, text)),
                },
                v => (migrate::from_older(text, v)?, false),
            }
        }
    };
    let problems = validate(&doc);
    if problems.is_empty() {
        return Ok(doc);
    }
    Err(LoadError::Invalid(
        problems
            .into_iter()
            .map(|problem| Located {
                at: current
                    .then(|| locate::locate(text, &problem.path))
                    .flatten(),
                problem,
            })
            .collect(),
    ))
}

/// Reads a document from bytes: refuses what is too large or not text, then parses.
pub fn from_bytes(bytes: &[u8]) -> Result<Document, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| LoadError::NotText {
        offset: e.valid_up_to(),
    })?;
    from_str(text)
}

/// Opens a document from a file on disk.
pub fn load(path: &Path) -> Result<Document, LoadError> {
    load_with(&RealDisk, path)
}

/// Opens a document through a given disk, so tests can make reads fail.
pub fn load_with(disk: &dyn Disk, path: &Path) -> Result<Document, LoadError> {
    load_stamped_with(disk, path).map(|loaded| loaded.doc)
}

/// A document as read from its file, with what the app needs to know of the file itself.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The document.
    pub doc: Document,
    /// The stamp of the very bytes it was read from.
    pub stamp: Stamp,
    /// Where the first comment a person wrote in the file starts (line and column from 1),
    /// if it has one: a save writes the document anew, without them.
    pub comment: Option<(usize, usize)>,
}

/// Opens a document with the stamp of the very bytes it was read from: a write by another
/// program just after the read is then seen as a change, never taken as the version opened.
pub fn load_stamped(path: &Path) -> Result<Loaded, LoadError> {
    load_stamped_with(&RealDisk, path)
}

/// [`load_stamped`] through a given disk.
pub fn load_stamped_with(disk: &dyn Disk, path: &Path) -> Result<Loaded, LoadError> {
    if disk.is_dir(path) {
        return Err(LoadError::IsFolder);
    }
    if let Some(kind) = disk.special(path) {
        return Err(LoadError::NotRegular(kind));
    }
    let size = disk.len(path)?;
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    let bytes = disk.read_limited(path, MAX_FILE_BYTES)?;
    let doc = from_bytes(&bytes)?;
    Ok(Loaded {
        doc,
        stamp: Stamp::of(&bytes, modified(path)),
        comment: nesting::first_comment(&String::from_utf8_lossy(&bytes)),
    })
}

/// When the file was last written, as the file system says, if it says.
fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// The document as the text of a file: pretty RON a person can read and edit.
pub fn to_string(doc: &Document) -> Result<String, ron::Error> {
    let envelope = Envelope {
        format: FORMAT.to_owned(),
        version: CURRENT_VERSION,
        spec: doc,
    };
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .indentor("    ")
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    ron::ser::to_string_pretty(&envelope, config)
}

/// Saves a document atomically, keeping the previous file as `NAME.ron.bak`.
pub fn save(path: &Path, doc: &Document) -> Result<(), SaveError> {
    save_with(&RealDisk, path, doc, Backup::Replace)
}

/// Saves as [`save_with`] does, and gives the stamp of the text written (or found already
/// there), so that the version saved is known without reading the file again.
pub fn save_stamped_with(
    disk: &dyn Disk,
    path: &Path,
    doc: &Document,
    backup: Backup,
) -> Result<Stamp, SaveError> {
    let text = to_string(doc)?;
    save_text_with(disk, path, &text, backup)?;
    Ok(Stamp::of(text.as_bytes(), modified(path)))
}

/// Saves through a given disk, so tests can make writes fail. A file that already holds
/// exactly this text is left alone: a save that changes nothing must not turn the backup
/// into a second copy of the file and lose the version before it.
pub fn save_with(
    disk: &dyn Disk,
    path: &Path,
    doc: &Document,
    backup: Backup,
) -> Result<(), SaveError> {
    save_text_with(disk, path, &to_string(doc)?, backup)
}

/// Writes `text` as the file, unless it already holds exactly that.
fn save_text_with(
    disk: &dyn Disk,
    path: &Path,
    text: &str,
    backup: Backup,
) -> Result<(), SaveError> {
    if disk.is_read_only(path) {
        return Err(SaveError::ReadOnly(path.to_owned()));
    }
    if disk
        .read_limited(path, MAX_FILE_BYTES)
        .is_ok_and(|old| old == text.as_bytes())
    {
        return Ok(());
    }
    disk.write_atomic(path, text.as_bytes(), backup)
        .map_err(|source| {
            if source.kind() == std::io::ErrorKind::PermissionDenied && disk.file_is_writable(path)
            {
                SaveError::FolderNotWritable(path.to_owned())
            } else {
                SaveError::Io {
                    path: path.to_owned(),
                    source,
                }
            }
        })
}

/// Why an export (Markdown, a calendar) must not be written to `out`, if it must not: what
/// [`guard::refusal`] refuses, and any other career spec, which the export would replace.
pub fn output_refusal(input: Option<&Path>, out: &Path) -> Option<String> {
    let same = input.is_some_and(|input| {
        match (std::fs::canonicalize(input), std::fs::canonicalize(out)) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        }
    });
    let name = out.display();
    if same {
        Some(format!(
            "{name} is the career spec being exported, so it was not replaced; choose another \
             file to export to"
        ))
    } else if let Some(refusal) = guard::refusal(out, input.as_slice()) {
        Some(refusal)
    } else if is_career_spec(out) {
        Some(format!(
            "{name} is a career spec, so it was not replaced; choose another file to export to"
        ))
    } else {
        None
    }
}

/// Whether the file at `path` is a career spec (its envelope names this format), so that an
/// output never replaces one. Anything unreadable is not.
pub fn is_career_spec(path: &Path) -> bool {
    let Ok(bytes) = RealDisk.read_limited(path, MAX_FILE_BYTES) else {
        return false;
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return false;
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    ron_options()
        .from_str::<Header>(text)
        .is_ok_and(|h| h.format.as_deref() == Some(FORMAT))
}

/// The sample document: a senior PM weighing a core role against a big swing.
pub fn sample() -> Document {
    match from_str(SAMPLE_RON) {
        Ok(doc) => doc,
        // The sample is checked by a test on every build; reaching this is a build defect.
        Err(e) => panic!("the built-in sample does not load: {e}"),
    }
}

#[cfg(test)]
mod tests;

/// What identifies one version of a file on disk: its size and a hash of its text, with its
/// modification time to show when it was written. Two stamps are the same version when size
/// and hash agree: a file touched but not changed is not "changed".
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct Stamp {
    /// When it was last written, as the file system says.
    pub modified: Option<std::time::SystemTime>,
    /// Its size in bytes.
    pub len: u64,
    /// A hash of its bytes (FNV-1a, the same in every build, since copies keep it).
    pub hash: u64,
}

impl PartialEq for Stamp {
    fn eq(&self, other: &Self) -> bool {
        self.len == other.len && self.hash == other.hash
    }
}

impl Eq for Stamp {}

/// FNV-1a over the bytes: stable across builds and platforms, unlike std's hasher.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The file's stamp now, or none when it is not there or cannot be read.
pub fn stamp(path: &Path) -> Option<Stamp> {
    let meta = std::fs::metadata(path).ok()?;
    let bytes = RealDisk.read_limited(path, MAX_FILE_BYTES).ok()?;
    Some(Stamp::of(&bytes, meta.modified().ok()))
}

impl Stamp {
    /// The stamp of these bytes, written at `modified`.
    pub fn of(bytes: &[u8], modified: Option<std::time::SystemTime>) -> Self {
        Self {
            modified,
            len: bytes.len() as u64,
            hash: fnv1a(bytes),
        }
    }
}
