//! Reading Connections.csv from LinkedIn's archive: the people connected to, with their
//! company, position and the day the connection was made. The file begins with a few lines
//! of notes before its header; the reading and problems are those of every file of the export.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use super::rows::{Connection, Export, each_row};
use crate::model::validate::YEAR_RANGE;

/// The file in the export that lists the connections.
pub const CONNECTIONS: &str = "Connections.csv";

const FIRST: &str = "First Name";
const LAST: &str = "Last Name";
const COMPANY: &str = "Company";
const POSITION: &str = "Position";
const CONNECTED: &str = "Connected On";

/// The columns Connections.csv must have to be read.
const COLUMNS: &[&str] = &[FIRST, LAST, COMPANY, POSITION, CONNECTED];

/// The day a connection was made, as the export writes it ("12 Mar 2024", or "12-Mar-24" in
/// older exports) or as a date ("2024-03-12").
fn day(text: &str) -> Option<NaiveDate> {
    ["%d %b %Y", "%d-%b-%y", "%Y-%m-%d"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(text, f).ok())
}

/// Reads Connections.csv into `export`; false when these are not its columns. A row with no
/// name, a day that is not one, or the same person at the same company twice is a problem
/// with its line, and left out.
pub fn read_connections(bytes: &[u8], export: &mut Export) -> bool {
    let mut seen: HashMap<(String, String), u64> = HashMap::new();
    each_row(bytes, COLUMNS, CONNECTIONS, export, |line, cell, export| {
        let name = [cell(FIRST), cell(LAST)]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        if name.is_empty() {
            return Err("no first or last name".to_owned());
        }
        let text = cell(CONNECTED);
        let connected = if text.is_empty() {
            None
        } else {
            let date = day(&text).ok_or_else(|| {
                format!(
                    "the day {name} was connected, \"{text}\", is not a day like \"12 Mar 2024\""
                )
            })?;
            if !YEAR_RANGE.contains(&date.year()) {
                return Err(format!(
                    "the day {name} was connected, {date}, is outside the years a career spec \
                     holds"
                ));
            }
            Some(date)
        };
        let company = cell(COMPANY);
        let key = (name.to_lowercase(), company.to_lowercase());
        if let Some(first) = seen.get(&key) {
            return Err(format!(
                "the same connection as line {first} ({name}); read once"
            ));
        }
        seen.insert(key, line);
        export.connections.push(Connection {
            line,
            name,
            company,
            position: cell(POSITION),
            connected,
        });
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Connections.csv as the archive holds it: notes before the header.
    const FILE: &str = "Notes:\n\
        \"When exporting your connection data, some email addresses may be missing.\"\n\
        \n\
        First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
        Lena,Fischer,https://example.com/lena,,Parcelwise,Head of Operations,11 Mar 2024\n\
        Omar,Haddad,https://example.com/omar,,Brightline,Staff Engineer,02-Feb-21\n\
        lena,fischer,https://example.com/lena2,,parcelwise,COO,01 Jan 2025\n\
        Kim,Tan,https://example.com/kim,,Fernhill,Designer,31 Feb 2024\n\
        ,,https://example.com/nobody,,Acme,PM,01 Jan 2024\n\
        Ravi,,https://example.com/ravi,,,,\n";

    #[test]
    fn connections_are_read_past_the_notes_in_file_order_with_a_duplicate_and_a_bad_day_named() {
        let mut export = Export::default();
        assert!(read_connections(FILE.as_bytes(), &mut export));
        let read: Vec<(&str, &str, Option<String>)> = export
            .connections
            .iter()
            .map(|c| {
                (
                    c.name.as_str(),
                    c.company.as_str(),
                    c.connected.map(|d| d.to_string()),
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                ("Lena Fischer", "Parcelwise", Some("2024-03-11".to_owned())),
                ("Omar Haddad", "Brightline", Some("2021-02-02".to_owned())),
                ("Ravi", "", None),
            ]
        );
        assert_eq!(export.connections[0].line, 5);
        assert_eq!(export.connections[0].position, "Head of Operations");
        let problems: Vec<String> = export.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            problems,
            [
                "Connections.csv line 7: the same connection as line 5 (lena fischer); read once",
                "Connections.csv line 8: the day Kim Tan was connected, \"31 Feb 2024\", is not \
                 a day like \"12 Mar 2024\"",
                "Connections.csv line 9: no first or last name",
            ]
        );
    }

    #[test]
    fn a_file_without_its_columns_is_not_connections() {
        let mut export = Export::default();
        assert!(!read_connections(b"Name\nStorytelling\n", &mut export));
        assert!(export.connections.is_empty() && export.problems.is_empty());
    }
}
