//! Reading LinkedIn's "Get a copy of your data" archive: the positions held (Positions.csv),
//! the skills listed (Skills.csv) and the people connected to (Connections.csv, read in
//! `connections`), from the zip archive or from any of the files alone. Rows
//! that cannot be read become problems with their line numbers; the rest are read.

use std::collections::HashMap;
use std::io::Read as _;
use std::path::Path;

use chrono::NaiveDate;

use super::connections::{CONNECTIONS, read_connections};
use super::text;

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

/// A month of a year, or a whole year where the export gives only the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    /// The year.
    pub year: i32,
    /// The month, 1 to 12; none when only the year is known.
    pub month: Option<u32>,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

impl Period {
    /// Reads `Mar 2019`, `March 2019`, `2019-03` or `2019`; none for anything else, or for a
    /// year no career spans.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let year = |y: &str| {
            // Four digits: "0201" or "+201" is no year.
            (y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
                .then(|| y.parse::<i32>().ok())
                .flatten()
                .filter(|y| (1900..=2200).contains(y))
        };
        if let Some(year) = year(text) {
            return Some(Self { year, month: None });
        }
        if let Some((y, m)) = text.split_once('-') {
            let month = m.parse::<u32>().ok().filter(|m| (1..=12).contains(m))?;
            return Some(Self {
                year: year(y)?,
                month: Some(month),
            });
        }
        let mut words = text.split_whitespace();
        let (Some(month), Some(y), None) = (words.next(), words.next(), words.next()) else {
            return None;
        };
        let month = month.to_lowercase();
        let index = MONTHS
            .iter()
            .position(|m| month == *m || (month.len() == 3 && m.starts_with(month.as_str())))?;
        Some(Self {
            year: year(y)?,
            month: Some(index as u32 + 1),
        })
    }

    /// The period's first day.
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), 1).unwrap_or_default()
    }

    /// The first day after the period: a position finished in March 2021 ran to the end of
    /// March, one finished in 2021 to the end of that year.
    pub fn day_after(self) -> NaiveDate {
        let length = if self.month.is_some() { 1 } else { 12 };
        let first = self.first_day();
        first
            .checked_add_months(chrono::Months::new(length))
            .unwrap_or(first)
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.month {
            Some(_) => write!(f, "{}", self.first_day().format("%b %Y")),
            None => write!(f, "{}", self.year),
        }
    }
}

/// A position read from Positions.csv.
#[derive(Clone, Debug, PartialEq)]
pub struct Position {
    /// The line of the file its row starts on, counting from 1.
    pub line: u64,
    /// The company.
    pub organisation: String,
    /// The job title.
    pub title: String,
    /// What the person wrote about it.
    pub description: String,
    /// When it started.
    pub started: Period,
    /// When it finished; none for a position still held.
    pub finished: Option<Period>,
}

/// A skill read from Skills.csv.
#[derive(Clone, Debug, PartialEq)]
pub struct SkillRow {
    /// The line of the file its row is on, counting from 1.
    pub line: u64,
    /// The skill's name.
    pub name: String,
}

/// A row that could not be read, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// The file it is in, e.g. `Positions.csv`.
    pub file: &'static str,
    /// The line its row starts on, counting from 1.
    pub line: u64,
    /// What is wrong with it.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} line {}: {}", self.file, self.line, self.message)
    }
}

/// Everything read from an export.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Export {
    /// The positions, in the order of the file.
    pub positions: Vec<Position>,
    /// The skills, in the order of the file.
    pub skills: Vec<SkillRow>,
    /// The people connected to, in the order of the file.
    pub connections: Vec<super::connections::Connection>,
    /// The rows left out, with why.
    pub problems: Vec<Problem>,
    /// The files that were not UTF-8, and the encoding each was read in.
    pub encodings: Vec<(&'static str, text::Encoding)>,
}

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

/// A count with its thousands grouped: 16,777,217.
pub fn group_digits(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
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

/// A CSV row: the line it starts on, and its cells or why they cannot be read.
type Record = (u64, Result<Vec<String>, String>);

fn records(bytes: &[u8]) -> Vec<Record> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    // The line a byte is on, as an editor numbers it: counted from the bytes themselves, so
    // that a quoted description spanning lines moves every row after it down.
    let lines = text::Lines::of(bytes);
    let line_at = |byte: u64| {
        let start = usize::try_from(byte).map_or(bytes.len(), |b| b.min(bytes.len()));
        // After a CRLF the reader places the next row at its LF, which ends the line before.
        let end = if bytes.get(start) == Some(&b'\n') {
            start + 1
        } else {
            start
        };
        lines.line(end)
    };
    let mut out = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        let before = reader.position().byte();
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let start = record.position().map_or(before, csv::Position::byte);
                out.push((
                    line_at(start),
                    Ok(record.iter().map(str::to_owned).collect()),
                ));
            }
            Err(e) => {
                let at = line_at(e.position().map_or(before, csv::Position::byte));
                let message = match e.kind() {
                    csv::ErrorKind::Utf8 { .. } => "it is not text in UTF-8".to_owned(),
                    _ => e.to_string(),
                };
                out.push((at, Err(message)));
                // An error the reader cannot move past would repeat forever.
                if reader.position().byte() == before {
                    break;
                }
            }
        }
    }
    // The reader takes a quote nothing closes to run to the end of the file: the row it
    // opens in is not read, and the problem is named on the quote's line.
    if let Some(at) = text::open_quote(bytes)
        && let Some(last) = out.last_mut()
    {
        let line = lines.line(at);
        let after = lines.count().saturating_sub(line);
        *last = (
            line,
            Err(format!(
                "a quote opens on this line and is never closed, so this row and the {after} \
                 lines after it were not read; close the quote"
            )),
        );
    }
    out
}

/// The header's column of each name, and the rows after it; none when no row before the
/// data names all the `required` columns (an export may put notes above its header).
fn table<'a>(
    records: &'a [Record],
    required: &[&str],
) -> Option<(HashMap<String, usize>, &'a [Record])> {
    records.iter().enumerate().find_map(|(i, (_, cells))| {
        let cells = cells.as_ref().ok()?;
        let columns: HashMap<String, usize> = cells
            .iter()
            .enumerate()
            .map(|(at, name)| (name.trim_start_matches('\u{feff}').trim().to_owned(), at))
            .collect();
        required
            .iter()
            .all(|name| columns.contains_key(*name))
            .then(|| (columns, &records[i + 1..]))
    })
}

/// Calls `each` with every readable row after the header that names the `required` columns:
/// its line, and a way to read its cells by column name. A row that cannot be read, or that
/// `each` refuses, becomes a problem of `file`. False when no header names those columns.
pub(super) fn each_row(
    bytes: &[u8],
    required: &[&str],
    file: &'static str,
    export: &mut Export,
    mut each: impl FnMut(u64, &dyn Fn(&str) -> String, &mut Export) -> Result<(), String>,
) -> bool {
    let (bytes, encoding) = text::decode(bytes);
    let all = records(&bytes);
    let Some((columns, rows)) = table(&all, required) else {
        return false;
    };
    if let Some(encoding) = encoding {
        export.encodings.push((file, encoding));
    }
    for (line, cells) in rows {
        let outcome = match cells {
            Ok(cells) => {
                let cell = |name: &str| {
                    columns
                        .get(name)
                        .and_then(|at| cells.get(*at))
                        .map_or_else(String::new, |c| c.trim().to_owned())
                };
                each(*line, &cell, export)
            }
            Err(e) => Err(e.clone()),
        };
        if let Err(message) = outcome {
            export.problems.push(Problem {
                file,
                line: *line,
                message,
            });
        }
    }
    true
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

    #[test]
    fn rows_are_numbered_by_the_line_they_start_on() {
        for text in [
            &b"A,B\n\"x\ny\",1\nz,2\n"[..],
            b"A,B\r\n\"x\r\ny\",1\r\nz,2\r\n",
        ] {
            let lines: Vec<u64> = super::records(text).iter().map(|r| r.0).collect();
            assert_eq!(
                lines,
                vec![1, 2, 4],
                "a quoted line break moves the rows after it down"
            );
        }
    }
    use super::*;

    #[test]
    fn periods_are_months_or_whole_years() {
        let month = |year, month| {
            Some(Period {
                year,
                month: Some(month),
            })
        };
        assert_eq!(Period::parse("Mar 2019"), month(2019, 3));
        assert_eq!(Period::parse(" september 2020 "), month(2020, 9));
        assert_eq!(Period::parse("2021-11"), month(2021, 11));
        assert_eq!(
            Period::parse("2019"),
            Some(Period {
                year: 2019,
                month: None
            })
        );
        for bad in [
            "Summer 2015",
            "Ma 2019",
            "Mar 19",
            "2019-13",
            "19",
            "Mar 2019 x",
            "",
        ] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_period_ends_the_day_after_its_last_day() {
        let p = Period::parse("Dec 2021").expect("a month");
        assert_eq!(
            p.day_after(),
            NaiveDate::from_ymd_opt(2022, 1, 1).expect("date")
        );
        let y = Period::parse("2021").expect("a year");
        assert_eq!(
            y.first_day(),
            NaiveDate::from_ymd_opt(2021, 1, 1).expect("date")
        );
        assert_eq!(
            y.day_after(),
            NaiveDate::from_ymd_opt(2022, 1, 1).expect("date")
        );
        assert_eq!(p.to_string(), "Dec 2021");
        assert_eq!(y.to_string(), "2021");
    }

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
