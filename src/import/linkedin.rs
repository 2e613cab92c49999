//! Reading LinkedIn's "Get a copy of your data" archive: the positions held (Positions.csv),
//! the skills listed (Skills.csv) and the people connected to (Connections.csv, read in
//! `connections`), from the zip archive or from any of the files alone. Rows
//! that cannot be read become problems with their line numbers; the rest are read.

use std::collections::HashMap;
use std::io::Read as _;
use std::path::Path;

use chrono::NaiveDate;

use super::connections::{CONNECTIONS, read_connections};
use super::rows::{Export, Period, Position, SkillRow, each_row};
use crate::model::number::group_digits;

/// The largest archive or CSV file read, in bytes; a LinkedIn export is a few megabytes.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// The largest file read out of the archive, once unpacked, in bytes.
const MAX_ENTRY_BYTES: u64 = 16 * 1024 * 1024;

/// The file in the export that lists the positions held.
pub const POSITIONS: &str = "Positions.csv";
/// The file in the export that lists the skills.
pub const SKILLS: &str = "Skills.csv";

const COMPANY: &str = "Company Name";
const TITLE: &str = "Title";
const DESCRIPTION: &str = "Description";
const STARTED: &str = "Started On";
const FINISHED: &str = "Finished On";
const NAME: &str = "Name";

/// The columns Positions.csv must have to be read.
const POSITION_COLUMNS: &[&str] = &[COMPANY, TITLE, STARTED, FINISHED];

/// Why an export could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file could not be read.
    #[error("cannot read it: {0}")]
    Io(#[from] std::io::Error),
    /// A named pipe, a socket or a device: reading one could wait forever.
    #[error("it is {0}, not a regular file")]
    NotAFile(&'static str),
    /// Bigger than any export.
    #[error("it is larger than {} MB, more than a LinkedIn export holds", MAX_FILE_BYTES / 1024 / 1024)]
    TooLarge,
    /// A file in the archive unpacks to more than any export holds: reading stopped there.
    #[error(
        "{name} in the archive unpacks to more than {} MB, more than a LinkedIn export holds; \
         unpacking stopped after {} bytes",
        MAX_ENTRY_BYTES / 1024 / 1024,
        group_digits(*.unpacked)
    )]
    Unpacks {
        /// The file in the archive.
        name: &'static str,
        /// How many bytes were unpacked when reading stopped.
        unpacked: u64,
    },
    /// A zip archive that cannot be unpacked.
    #[error("it is not a zip archive that can be read: {0}")]
    Zip(String),
    /// Neither file of the export is in it.
    #[error("it holds none of {POSITIONS}, {SKILLS} or {CONNECTIONS} from a LinkedIn export")]
    NoHistory,
}

/// Reads an export from a file: the zip archive, or Positions.csv or Skills.csv alone.
pub fn read_file(path: &Path) -> Result<Export, ReadError> {
    // Told before opening: opening a pipe with no writer waits, freezing the window.
    if let Some(kind) = std::fs::metadata(path)
        .ok()
        .as_ref()
        .and_then(crate::file::special_kind)
    {
        return Err(ReadError::NotAFile(kind));
    }
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge);
    }
    read_bytes(&bytes)
}

/// Reads an export from its bytes: a zip archive (told by its signature), else a CSV file
/// told apart by its columns.
pub fn read_bytes(bytes: &[u8]) -> Result<Export, ReadError> {
    let mut export = Export::default();
    if bytes.starts_with(b"PK") {
        let mut found = false;
        if let Some(text) = archive_entry(bytes, POSITIONS)? {
            found |= read_positions(&text, &mut export);
        }
        if let Some(text) = archive_entry(bytes, SKILLS)? {
            found |= read_skills(&text, &mut export);
        }
        if let Some(text) = archive_entry(bytes, CONNECTIONS)? {
            found |= read_connections(&text, &mut export);
        }
        return if found {
            Ok(export)
        } else {
            Err(ReadError::NoHistory)
        };
    }
    if read_positions(bytes, &mut export)
        || read_skills(bytes, &mut export)
        || read_connections(bytes, &mut export)
    {
        Ok(export)
    } else {
        Err(ReadError::NoHistory)
    }
}

/// The unpacked bytes of the archive's file with this name, in whatever folder it is.
fn archive_entry(bytes: &[u8], name: &'static str) -> Result<Option<Vec<u8>>, ReadError> {
    let zip_error = |e: zip::result::ZipError| ReadError::Zip(e.to_string());
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(zip_error)?;
    for i in 0..archive.len() {
        let entry = archive.by_index(i).map_err(zip_error)?;
        let Ok(entry_name) = entry.name() else {
            continue;
        };
        let matches = Path::new(entry_name.as_ref())
            .file_name()
            .is_some_and(|n| n.to_string_lossy().eq_ignore_ascii_case(name));
        if !matches {
            continue;
        }
        let mut out = Vec::new();
        entry.take(MAX_ENTRY_BYTES + 1).read_to_end(&mut out)?;
        if out.len() as u64 > MAX_ENTRY_BYTES {
            return Err(ReadError::Unpacks {
                name,
                unpacked: out.len() as u64,
            });
        }
        return Ok(Some(out));
    }
    Ok(None)
}

/// Reads Positions.csv into `export`; false when these are not its columns.
pub fn read_positions(bytes: &[u8], export: &mut Export) -> bool {
    let mut seen: HashMap<(String, String, NaiveDate), u64> = HashMap::new();
    each_row(
        bytes,
        POSITION_COLUMNS,
        POSITIONS,
        export,
        |line, cell, export| {
            let p = position(line, cell)?;
            let key = (
                p.organisation.to_lowercase(),
                p.title.to_lowercase(),
                p.started.first_day(),
            );
            if let Some(first) = seen.get(&key) {
                return Err(format!(
                    "the same position as line {first} ({} at {}, from {}); read once",
                    p.title, p.organisation, p.started
                ));
            }
            seen.insert(key, line);
            export.positions.push(p);
            Ok(())
        },
    )
}

fn position(line: u64, cell: &dyn Fn(&str) -> String) -> Result<Position, String> {
    let (organisation, title) = (cell(COMPANY), cell(TITLE));
    if organisation.is_empty() && title.is_empty() {
        return Err("no company name and no title".to_owned());
    }
    if title.is_empty() {
        return Err(format!("no title for the position at {organisation}"));
    }
    if organisation.is_empty() {
        return Err(format!("no company name for \"{title}\""));
    }
    let date = |column: &str, what: &str| -> Result<Option<Period>, String> {
        let text = cell(column);
        if text.is_empty() {
            return Ok(None);
        }
        Period::parse(&text).map(Some).ok_or_else(|| {
            format!(
                "the {what} date \"{text}\" is neither a month like \"Mar 2019\" nor a year like \"2019\""
            )
        })
    };
    let started =
        date(STARTED, "start")?.ok_or_else(|| format!("no start date for \"{title}\""))?;
    let finished = date(FINISHED, "end")?;
    if let Some(finished) = finished
        && finished.day_after() <= started.first_day()
    {
        return Err(format!(
            "\"{title}\" finished ({finished}) before it started ({started})"
        ));
    }
    Ok(Position {
        line,
        organisation,
        title,
        // A description typed on Windows keeps its line breaks as CRLF inside the quotes.
        description: cell(DESCRIPTION).replace("\r\n", "\n"),
        started,
        finished,
    })
}

/// Reads Skills.csv into `export`; false when this is not its column.
pub fn read_skills(bytes: &[u8], export: &mut Export) -> bool {
    let mut seen: HashMap<String, u64> = HashMap::new();
    each_row(bytes, &[NAME], SKILLS, export, |line, cell, export| {
        let name = cell(NAME);
        if name.is_empty() {
            return Err("no skill name".to_owned());
        }
        if let Some(first) = seen.get(&name.to_lowercase()) {
            return Err(format!(
                "the same skill as line {first} ({name}); read once"
            ));
        }
        seen.insert(name.to_lowercase(), line);
        export.skills.push(SkillRow { line, name });
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_above_the_header_are_passed_over() {
        let text = "Notes:\n\"Some rows may be missing\"\n\nName\nPayments\n,\n";
        let mut export = Export::default();
        assert!(read_skills(text.as_bytes(), &mut export));
        assert_eq!(
            export.skills,
            vec![SkillRow {
                line: 5,
                name: "Payments".to_owned()
            }]
        );
        assert_eq!(export.problems.len(), 1);
        assert_eq!(
            export.problems[0].to_string(),
            "Skills.csv line 6: no skill name"
        );
    }

    #[test]
    fn a_row_that_is_not_text_is_named_by_its_line() {
        // UTF-8 with one bad row, not a file in another encoding: it holds a UTF-8 letter.
        let mut bytes = "Company Name,Title,Started On,Finished On\nAñ,B,2019,2020\n"
            .as_bytes()
            .to_vec();
        bytes.extend_from_slice(b"C,\xff\xfe,2019,\nD,E,Mar 2020,\n");
        let mut export = Export::default();
        assert!(read_positions(&bytes, &mut export));
        let lines: Vec<u64> = export.positions.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![2, 4]);
        assert_eq!(export.problems.len(), 1);
        assert_eq!(export.problems[0].line, 3);
    }

    #[test]
    fn a_file_with_neither_header_is_not_an_export() {
        assert!(matches!(
            read_bytes(b"Date,Amount\n2020,3\n"),
            Err(ReadError::NoHistory)
        ));
        assert!(matches!(
            read_bytes(b"PK\x03\x04nonsense"),
            Err(ReadError::Zip(_))
        ));
    }
}
