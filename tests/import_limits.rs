//! An import never writes a spec the app would refuse, never loses another import, and never
//! sends an export's text to the terminal raw: the command line and the library, with
//! exports too large, too many, in other encodings, with a quote left open or a zip bomb.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use career_spec::import::{self, linkedin};
use career_spec::model::Document;
use chrono::NaiveDate;

mod support;
use support::window;

const HEADER: &str = "Company Name,Title,Description,Location,Started On,Finished On\n";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).expect("date")
}

fn import(export: &Path, spec: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_career-spec"))
        .arg("import")
        .arg(export)
        .arg("--into")
        .arg(spec)
        .output()
        .expect("ran")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Imports `csv` as a Positions.csv into a new spec in a folder of its own: the folder (the
/// spec is gone once it is dropped), the spec's path and what the command did.
fn import_positions(csv: &str) -> (tempfile::TempDir, PathBuf, Output) {
    let folder = tempfile::tempdir().expect("temp dir");
    let export = folder.path().join("Positions.csv");
    std::fs::write(&export, csv).expect("written");
    let spec = folder.path().join("career.ron");
    let out = import(&export, &spec);
    (folder, spec, out)
}

/// A Positions.csv of `rows` positions at companies named with `prefix`, each described at
/// `description` bytes.
fn positions(prefix: &str, rows: usize, description: usize) -> String {
    let story = "x".repeat(description);
    let mut csv = String::from(HEADER);
    for i in 0..rows {
        let year = 1950 + i % 60;
        writeln!(
            csv,
            "{prefix} {i},Title {i},\"{story}\",Somewhere,Mar {year},Dec {}",
            year + 1
        )
        .expect("written");
    }
    csv
}

/// Why importing the export `csv` into an empty spec is refused by its count; the window
/// refuses it the same, before anything lands.
fn refused_by_count(csv: &str) -> String {
    let export = linkedin::read_bytes(csv.as_bytes()).expect("read");
    let doc = Document::new_empty(today());
    let plan = import::plan(&doc, &export, today());
    let refusal = import::fits::too_many(&doc, &plan).expect("refused");
    assert_eq!(import::fits::refusal(&doc, &plan), Some(refusal.clone()));
    refusal
}

#[test]
fn an_export_too_large_for_a_spec_is_refused_with_its_size_and_nothing_is_written() {
    // 2,000 positions of 10 KB each: a spec of 20 MB, more than the app opens.
    let (_folder, spec, out) = import_positions(&positions("Acme", 2_000, 10_000));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("with the 2,000 positions the export adds, the spec would be")
            && err
                .contains("a career spec is at most 16,777,216 bytes (16 MB); nothing was written"),
        "{err}"
    );
    assert!(!spec.exists(), "no spec the app would refuse");
}

#[test]
fn more_connections_than_a_spec_holds_are_refused_by_their_count() {
    let mut csv = String::from(
        "Notes:\nSome notes.\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
    );
    for i in 0..200_000 {
        writeln!(csv, "P{i},Q,,,C,R,").expect("written");
    }
    let refusal = refused_by_count(&csv);
    assert!(
        refusal.starts_with(
            "the export has 200,000 connections new to your people; a career spec holds at most "
        ),
        "{refusal}"
    );
}

#[test]
fn more_positions_than_a_spec_holds_are_refused_by_their_count() {
    let refusal = refused_by_count(&positions("Acme", 60_000, 0));
    assert!(
        refusal.starts_with(
            "the export has 60,000 positions new to the spec; a career spec holds at most "
        ),
        "{refusal}"
    );
    let doc = Document::new_empty(today());
    let few = linkedin::read_bytes(positions("Acme", 50, 0).as_bytes()).expect("read");
    assert_eq!(
        import::fits::refusal(&doc, &import::plan(&doc, &few, today())),
        None
    );
}

#[test]
fn a_position_running_past_the_last_year_a_spec_holds_is_named_and_the_rest_written() {
    let csv = format!("{HEADER}Acme,Far,,,Jan 2199,Dec 2200\nAcme,Near,,,Jan 2019,Dec 2020\n");
    let (_folder, spec, out) = import_positions(&csv);
    let said = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        said.contains("Positions.csv line 2: \"Far\" runs past the start of 2200"),
        "{said}"
    );
    let doc = career_spec::file::load(&spec).expect("the spec written opens");
    let titles: Vec<&str> = doc.bets.iter().map(|b| b.title.as_str()).collect();
    assert_eq!(titles, vec!["Near"]);
}

#[test]
fn two_imports_into_one_spec_at_once_both_land() {
    for round in 0..3 {
        let folder = tempfile::tempdir().expect("temp dir");
        let (a, b) = (folder.path().join("a.csv"), folder.path().join("b.csv"));
        // Large enough that both are still reading when the other starts.
        std::fs::write(&a, positions("Alpha", 3_000, 20)).expect("written");
        std::fs::write(&b, positions("Beta", 3_000, 20)).expect("written");
        let spec = folder.path().join("career.ron");
        let spawn = |export: &Path| {
            Command::new(env!("CARGO_BIN_EXE_career-spec"))
                .arg("import")
                .arg(export)
                .arg("--into")
                .arg(&spec)
                .stdout(std::process::Stdio::null())
                .spawn()
                .expect("started")
        };
        let (mut first, mut second) = (spawn(&a), spawn(&b));
        assert!(first.wait().expect("ran").success());
        assert!(second.wait().expect("ran").success());
        let doc = career_spec::file::load(&spec).expect("loads");
        let count = |prefix: &str| {
            doc.bets
                .iter()
                .filter(|b| b.organisation.starts_with(prefix))
                .count()
        };
        assert_eq!(
            (count("Alpha"), count("Beta")),
            (3_000, 3_000),
            "round {round}: neither import is lost"
        );
    }
}

#[test]
fn control_characters_in_an_export_reach_the_terminal_escaped() {
    let csv = format!(
        "{HEADER}\"Acme\u{1b}]0;owned\u{7}\",\"Lead\r\n+ Fake line\u{1b}[2J\",,,Mar 2020,\n\
         Beta,PM,,,\u{9b}31m,\n"
    );
    let (_folder, spec, out) = import_positions(&csv);
    let said = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        !said.contains(['\u{1b}', '\u{7}', '\r', '\u{9b}']),
        "raw control characters: {said:?}"
    );
    assert!(
        said.contains("+ Lead\\u{d}\\u{a}+ Fake line\\u{1b}[2J at Acme\\u{1b}]0;owned\\u{7}"),
        "{said}"
    );
    assert!(said.contains("\\u{9b}31m"), "{said}");
    // What the person's spec holds is the text as it was given.
    let doc = career_spec::file::load(&spec).expect("loads");
    assert_eq!(doc.bets[0].organisation, "Acme\u{1b}]0;owned\u{7}");
}

#[test]
fn utf_16_and_windows_1252_exports_are_read_and_named() {
    let folder = tempfile::tempdir().expect("temp dir");
    let csv = format!("{HEADER}Café Olé,Líder,,,Mar 2020,\n");
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(csv.encode_utf16().flat_map(u16::to_le_bytes));
    let cp1252: Vec<u8> = csv
        .chars()
        .map(|c| u8::try_from(u32::from(c)).expect("Latin-1"))
        .collect();
    for (name, bytes, encoding) in [
        ("utf16.csv", utf16, "UTF-16 (little-endian)"),
        ("cp1252.csv", cp1252, "Windows-1252"),
    ] {
        let export = folder.path().join(name);
        std::fs::write(&export, bytes).expect("written");
        let spec = folder.path().join(format!("{name}.ron"));
        let out = import(&export, &spec);
        let said = text(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", text(&out.stderr));
        assert!(
            said.contains(&format!(
                "Positions.csv is not UTF-8; read as {encoding} text"
            )),
            "{said}"
        );
        let doc = career_spec::file::load(&spec).expect("loads");
        assert_eq!(doc.bets.len(), 1, "{name}: {said}");
        assert_eq!(
            (
                doc.bets[0].organisation.as_str(),
                doc.bets[0].title.as_str()
            ),
            ("Café Olé", "Líder"),
            "{name}"
        );
    }
}

#[test]
fn a_quote_left_open_is_named_by_its_line() {
    let csv = format!(
        "{HEADER}Acme,Lead,\"Fine, quoted\",,Mar 2020,\nBeta,PM,\"Never closed,,2019,\nGamma,PM,,,2018,\n"
    );
    let (_folder, _, out) = import_positions(&csv);
    let said = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        said.contains(
            "Positions.csv line 3: a quote opens on this line and is never closed, so this row \
             and the 1 lines after it were not read"
        ),
        "{said}"
    );
    assert!(said.contains("added 1 position"), "{said}");
}

#[test]
fn a_zip_bomb_is_refused_with_the_size_it_unpacked_to() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("export.zip");
    let file = std::fs::File::create(&path).expect("created");
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("Positions.csv", options).expect("entry");
    zip.write_all(HEADER.as_bytes()).expect("written");
    let zeros = vec![b'0'; 1024 * 1024];
    for _ in 0..20 {
        zip.write_all(&zeros).expect("written");
    }
    zip.finish().expect("finished");
    assert!(std::fs::metadata(&path).expect("there").len() < 1024 * 1024);
    let e = linkedin::read_file(&path).expect_err("refused");
    assert_eq!(
        e.to_string(),
        "Positions.csv in the archive unpacks to more than 16 MB, more than a LinkedIn export \
         holds; unpacking stopped after 16,777,217 bytes"
    );
}

/// The window says which encoding it read an export in, and refuses to add more than a spec
/// may hold before anything lands, keeping the preview open.
#[test]
fn the_window_names_the_encoding_and_refuses_an_import_too_large_for_a_spec() {
    use career_spec::app::picker::ScriptedPicker;
    use career_spec::app::{AppConfig, CareerApp};
    use career_spec::edit::Session;
    use egui_kittest::kittest::Queryable;

    let folder = tempfile::tempdir().expect("temp dir");
    let export = folder.path().join("Positions.csv");
    // 200 positions of 100 KB each, in Windows-1252 (the é of the first company).
    let mut bytes = positions("Acme", 200, 100_000).into_bytes();
    let at = bytes
        .windows(6)
        .position(|w| w == b"Acme 0")
        .expect("the first row");
    bytes.splice(at..at + 4, b"Acm\xe9".iter().copied());
    std::fs::write(&export, bytes).expect("written");

    let config = AppConfig::for_tests(today(), ScriptedPicker::answering([Some(export)]));
    let app = CareerApp::new(Session::untitled(Document::new_empty(today())), config);
    let mut h = window(app);
    for label in ["File", "Import from LinkedIn…"] {
        h.get_by_label(label).click();
        h.run();
    }
    h.get_by_label_contains("Positions.csv read as Windows-1252 text");
    h.get_by_label_contains("Title 0 at Acmé 0 (");
    h.get_by_label("Add to the spec").click();
    h.run();
    let status = h.state().status().to_owned();
    assert!(
        status.starts_with(
            "Cannot add the import: with the 200 positions the export adds, the spec would be"
        ),
        "{status}"
    );
    assert!(h.state().doc().bets.is_empty(), "nothing landed");
    h.get_by_label("Add to the spec");
}
