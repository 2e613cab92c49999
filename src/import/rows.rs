//! What an export holds once read: its positions, skills and connections, and the rows that
//! could not be read; and the CSV reading every file of it goes through, which passes over
//! notes above the header and numbers each row by the line it starts on. Each file's own
//! reader (`linkedin`, `connections`) sits above this and neither reaches into the other.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::text;

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
    pub connections: Vec<Connection>,
    /// The rows left out, with why.
    pub problems: Vec<Problem>,
    /// The files that were not UTF-8, and the encoding each was read in.
    pub encodings: Vec<(&'static str, text::Encoding)>,
}

/// A connection read from Connections.csv.
#[derive(Clone, Debug, PartialEq)]
pub struct Connection {
    /// The line of the file its row starts on, counting from 1.
    pub line: u64,
    /// First and last name, as one.
    pub name: String,
    /// Their company, as the export gives it.
    pub company: String,
    /// Their position there.
    pub position: String,
    /// The day the connection was made; none where the export leaves it empty.
    pub connected: Option<NaiveDate>,
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
