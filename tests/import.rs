//! Importing a LinkedIn export: a realistic Positions.csv and Skills.csv (quoted descriptions
//! with commas and line breaks, a current job, a job given in years, a duplicate row, dates
//! that cannot be read), alone and zipped, through the library and the command line.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use career_spec::import::{self, linkedin};
use career_spec::model::{BetKind, BetStatus, Document, year_fraction};
use chrono::NaiveDate;

mod support;
use support::window;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).expect("date")
}

fn date(y: i32, m: u32) -> f64 {
    year_fraction(NaiveDate::from_ymd_opt(y, m, 1).expect("date"))
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/linkedin")
        .join(name)
}

/// The two fixtures zipped as LinkedIn ships them, compressed.
fn archive(folder: &Path) -> PathBuf {
    let path = folder.join("Basic_LinkedInDataExport_11-20-2026.zip");
    let file = std::fs::File::create(&path).expect("created");
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for name in ["Connections.csv", "Positions.csv", "Skills.csv"] {
        zip.start_file(name, options).expect("entry");
        let bytes = if name == "Connections.csv" {
            b"First Name,Last Name\nAda,Lovelace\n".to_vec()
        } else {
            std::fs::read(fixture(name)).expect("fixture")
        };
        zip.write_all(&bytes).expect("written");
    }
    zip.finish().expect("finished");
    path
}

#[test]
fn the_export_becomes_unclassified_bets_and_unscored_skills_in_the_order_of_the_file() {
    let folder = tempfile::tempdir().expect("temp dir");
    let export = linkedin::read_file(&archive(folder.path())).expect("read");
    let mut doc = Document::new_empty(today());
    let plan = import::merge(&mut doc, &export, today());

    let bets: Vec<(&str, &str, f64, f64, BetStatus)> = doc
        .bets
        .iter()
        .map(|b| {
            (
                b.organisation.as_str(),
                b.title.as_str(),
                b.start,
                b.end,
                b.status,
            )
        })
        .collect();
    assert_eq!(
        bets,
        vec![
            (
                "Northwind Pay",
                "Senior Product Manager",
                date(2022, 3),
                date(2026, 12),
                BetStatus::Active
            ),
            (
                "Lumen Health",
                "Product Manager",
                date(2019, 6),
                date(2022, 3),
                BetStatus::Ended
            ),
            (
                "Acme Analytics",
                "Associate Product Manager",
                date(2016, 1),
                date(2020, 1),
                BetStatus::Ended
            ),
        ]
    );
    // The export says what happened, not what kind of bet it was: nothing is assumed.
    assert!(
        doc.bets
            .iter()
            .all(|b| b.kind.is_none() && b.phase.is_none() && b.work.is_none())
    );
    assert_eq!(
        doc.bets[0].story,
        "Own checkout for 40 markets: payments, fraud and refunds.\nShipped one-click pay, cutting drop-off by a fifth."
    );
    assert_eq!(
        doc.bets[1].story,
        "Took the patient app from zero to 50,000 users, with a team of six."
    );

    let skills: Vec<(&str, bool)> = doc
        .skills
        .iter()
        .map(|s| (s.name.as_str(), s.is_scored()))
        .collect();
    assert_eq!(
        skills,
        vec![
            ("Product Management", false),
            ("Payments", false),
            ("Storytelling", false)
        ]
    );

    let problems: Vec<String> = plan.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        vec![
            "Positions.csv line 5: the same position as line 4 (Product Manager at Lumen Health, from Jun 2019); read once",
            "Positions.csv line 7: the start date \"Summer 2015\" is neither a month like \"Mar 2019\" nor a year like \"2019\"",
            "Positions.csv line 8: \"Product Analyst\" finished (Dec 2014) before it started (Jan 2015)",
            "Skills.csv line 5: the same skill as line 2 (product management); read once",
        ]
    );
    assert!(career_spec::model::validate::validate(&doc).is_empty());

    // The same export again finds everything in place.
    let again = import::merge(&mut doc, &export, today());
    assert!(again.adds_nothing());
    assert_eq!(again.already, vec![2, 4, 6]);
    assert_eq!(again.skills_already, 3);
    assert_eq!(doc.bets.len(), 3);
    assert_eq!(doc.skills.len(), 3);
}

#[test]
fn an_imported_history_is_left_out_of_the_insights_until_classified() {
    let export = linkedin::read_file(&fixture("Positions.csv")).expect("read");
    let mut doc = Document::new_empty(today());
    import::merge(&mut doc, &export, today());
    let said = career_spec::analysis::portfolio::insights(&doc, today());
    let titles: Vec<&str> = said.iter().map(|i| i.title.as_str()).collect();
    assert!(
        titles.contains(&"3 roles to classify are left out."),
        "{titles:?}"
    );
    // The career starts with the earliest position, not a year made up for a new file.
    assert_eq!(doc.profile.career_start_year, None);
    assert_eq!(doc.career_start(), Some(date(2016, 1)));
    assert!(
        !said.iter().any(|i| i.key == "before-career-start"),
        "{titles:?}"
    );
    assert_eq!(
        career_spec::analysis::portfolio::established_at(&doc),
        Some(date(2016, 1) + doc.rules.established_after_years)
    );
    // No phase, type of work or swing is read into roles nobody classified.
    assert!(
        !titles.iter().any(|t| t.contains(" phases since")
            || t.starts_with("Never done")
            || t.contains("never taken one")
            || t.contains("Big swings")),
        "{titles:?}"
    );
}

#[test]
fn the_analysis_does_not_reason_from_an_unscored_skill() {
    let export = linkedin::read_file(&fixture("Skills.csv")).expect("read");
    let mut doc = Document::new_empty(today());
    import::merge(&mut doc, &export, today());
    // An imported skill comes with no scores at all.
    assert_eq!((doc.skills[1].level, doc.skills[1].target), (None, None));
    // Three of four given would make it an enjoyed, avoided skill: still not read.
    doc.skills[1].enjoyment = Some(5);
    doc.skills[1].avoidance = Some(5);
    doc.skills[1].level = Some(1);
    assert!(!doc.skills[1].is_scored());
    let said = career_spec::analysis::spec::suggestions(&doc, today());
    let titles: Vec<&str> = said.iter().map(|s| s.title.as_str()).collect();
    assert!(
        titles.contains(&"Score the skills not scored yet."),
        "{titles:?}"
    );
    assert!(
        !titles
            .iter()
            .any(|t| t.starts_with("A specialisation") || t.starts_with("Lean into")),
        "{titles:?}"
    );
    let markdown = career_spec::export::markdown(&doc, today());
    assert!(
        markdown.contains("| Payments | not scored yet |"),
        "{markdown}"
    );
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_career-spec"))
        .args(args)
        .output()
        .expect("ran");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_command_line_writes_a_new_spec_then_adds_nothing_twice() {
    let folder = tempfile::tempdir().expect("temp dir");
    let zip = archive(folder.path());
    let spec = folder.path().join("career.ron");
    let (zip_arg, spec_arg) = (zip.to_string_lossy(), spec.to_string_lossy());

    let (code, out, err) = run(&["import", &zip_arg, "--into", &spec_arg]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("added 3 positions and 3 skills (not scored yet)"),
        "{out}"
    );
    assert!(
        out.contains("+ Senior Product Manager at Northwind Pay (Mar 2022 – present), active"),
        "{out}"
    );
    assert!(
        out.contains("Positions.csv line 7: the start date \"Summer 2015\""),
        "{out}"
    );
    let doc = career_spec::file::load(&spec).expect("a valid spec");
    assert_eq!(doc.bets.len(), 3);

    let (code, out, _) = run(&["import", &zip_arg, "--into", &spec_arg]);
    assert_eq!(code, 0);
    assert!(
        out.contains("added 0 positions and 0 skills; 3 positions already in the spec"),
        "{out}"
    );
    assert_eq!(career_spec::file::load(&spec).expect("valid"), doc);

    let (code, _, err) = run(&["import", &spec_arg, "--into", &spec_arg]);
    assert_eq!(code, 2, "{err}");
    let not_an_export = folder.path().join("notes.csv");
    std::fs::write(&not_an_export, "Date,Amount\n").expect("written");
    let (code, _, err) = run(&[
        "import",
        &not_an_export.to_string_lossy(),
        "--into",
        &spec_arg,
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("none of Positions.csv, Skills.csv or Connections.csv"),
        "{err}"
    );
    let (code, _, _) = run(&["import", &zip_arg]);
    assert_eq!(code, 2, "--into is required");
}

#[test]
fn the_window_previews_the_import_and_lands_it_as_one_undo_step() {
    use career_spec::app::picker::ScriptedPicker;
    use career_spec::app::{AppConfig, CareerApp};
    use career_spec::edit::Session;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    let folder = tempfile::tempdir().expect("temp dir");
    let zip = archive(folder.path());
    let config = AppConfig::for_tests(today(), ScriptedPicker::answering([Some(zip)]));
    let app = CareerApp::new(Session::untitled(Document::new_empty(today())), config);
    let mut h = window(app);
    let click = |h: &mut Harness<'_, CareerApp>, label: &str| {
        h.get_by_label(label).click();
        h.run();
    };
    click(&mut h, "File");
    click(&mut h, "Import from LinkedIn…");
    assert!(
        h.state().doc().bets.is_empty(),
        "nothing lands before the preview"
    );
    h.get_by_label_contains("Positions.csv line 7: the start date");
    // The second position becomes a big swing.
    h.get_all_by_label("Kind")
        .nth(1)
        .expect("a second row")
        .click();
    h.run();
    h.get_all_by_label("Big swing")
        .last()
        .expect("the choice")
        .click();
    h.run();
    click(&mut h, "Add to the spec");

    let doc = h.state().doc();
    let kinds: Vec<Option<BetKind>> = doc.bets.iter().map(|b| b.kind).collect();
    assert_eq!(kinds, vec![None, Some(BetKind::BigSwing), None]);
    assert_eq!(doc.skills.len(), 3);
    assert!(
        h.state()
            .status()
            .starts_with("Imported 3 positions and 3 skills")
    );

    click(&mut h, "Edit");
    click(&mut h, "Undo");
    assert!(h.state().doc().bets.is_empty());
    assert!(h.state().doc().skills.is_empty());
}

/// A named pipe given as the export is refused at once, naming what it is, instead of waiting
/// forever for someone to write to it.
#[test]
fn a_named_pipe_is_refused_without_waiting() {
    let folder = tempfile::tempdir().expect("temp dir");
    let fifo = folder.path().join("Positions.csv");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let e = linkedin::read_file(&fifo).expect_err("refused");
    assert!(e.to_string().contains("a named pipe (FIFO)"), "{e}");
}

#[test]
fn connections_become_people_to_classify_in_the_order_of_the_file_and_none_twice() {
    let export = linkedin::read_file(&fixture("Connections.csv")).expect("read");
    let problems: Vec<String> = export.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "Connections.csv line 8: the same connection as line 6 (Omar Haddad); read once",
            "Connections.csv line 9: the day Wei Zhang was connected, \"Sometime in 2023\", is \
             not a day like \"12 Mar 2024\"",
        ]
    );
    // The sample knows Lena Fischer, connected the same day: she is not added again.
    let mut doc = career_spec::file::sample();
    let before = doc.people.len();
    let plan = import::merge(&mut doc, &export, today());
    assert_eq!(plan.people_already, 1);
    let added: Vec<_> = doc.people[before..]
        .iter()
        .map(|p| {
            (
                p.name.as_str(),
                p.company.as_str(),
                p.role.as_str(),
                p.connected.map(|d| d.to_string()),
                p.relation,
                p.every_days,
            )
        })
        .collect();
    assert_eq!(
        added,
        [
            (
                "Omar Haddad",
                "Brightline",
                "Staff Engineer",
                Some("2021-02-02".to_owned()),
                None,
                None
            ),
            (
                "Grace Okoye",
                "Kite, Inc.",
                "VP Product",
                Some("2025-10-19".to_owned()),
                None,
                None
            ),
        ],
        "to classify, with no cadence guessed"
    );
    assert!(
        plan.summary()
            .starts_with("2 people to classify; 1 connection already among your people"),
        "{}",
        plan.summary()
    );
    assert!(career_spec::model::validate::validate(&doc).is_empty());
    // Again, after the person filled in Omar's company differently: nothing twice.
    doc.people[before].company = "Brightline GmbH".to_owned();
    let again = import::merge(&mut doc, &export, today());
    assert!(again.people.is_empty() && again.adds_nothing());
    assert_eq!(again.people_already, 3);
    assert_eq!(doc.people.len(), before + 2);
}

#[test]
fn the_command_line_imports_connections_once() {
    let folder = tempfile::tempdir().expect("temp dir");
    let spec = folder.path().join("career.ron");
    let spec_arg = spec.to_string_lossy().into_owned();
    let connections = fixture("Connections.csv");
    let args = [
        "import",
        &*connections.to_string_lossy(),
        "--into",
        &spec_arg,
    ];
    let (code, out, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("3 people to classify"), "{out}");
    let first = std::fs::read_to_string(&spec).expect("written");
    let (code, out, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("3 connections already among your people"),
        "{out}"
    );
    assert_eq!(
        career_spec::file::from_str(&std::fs::read_to_string(&spec).expect("kept"))
            .expect("opens")
            .people,
        career_spec::file::from_str(&first).expect("opens").people
    );
}

#[test]
fn the_window_previews_connections_and_adds_them_as_one_undo_step() {
    use career_spec::app::picker::ScriptedPicker;
    use career_spec::app::{AppConfig, CareerApp};
    use career_spec::edit::Session;
    use egui_kittest::kittest::Queryable;

    let config = AppConfig::for_tests(
        today(),
        ScriptedPicker::answering([Some(fixture("Connections.csv"))]),
    );
    let app = CareerApp::new(Session::untitled(Document::new_empty(today())), config);
    let mut h = window(app);
    for label in ["File", "Import from LinkedIn…"] {
        h.get_by_label(label).click();
        h.run();
    }
    assert!(
        h.state().doc().people.is_empty(),
        "nothing before the preview"
    );
    h.get_by_label(
        "People to add, to classify on the People panel: Lena Fischer, Omar Haddad, Grace Okoye.",
    );
    // What is added is said: the people, not a count of no positions.
    h.get_by_label_contains("Connections.csv: 3 people to classify; ");
    h.get_by_label("No new positions: what this adds is the people named below.");
    assert!(h.query_by_label("No new positions.").is_none());
    h.get_by_label_contains("Connections.csv line 9: the day Wei Zhang was connected");
    h.get_by_label("Add to the spec").click();
    h.run();
    assert_eq!(h.state().doc().people.len(), 3);
    assert!(
        h.state()
            .status()
            .starts_with("Imported 3 people to classify;"),
        "{}",
        h.state().status()
    );
    for label in ["Edit", "Undo"] {
        h.get_by_label(label).click();
        h.run();
    }
    assert!(h.state().doc().people.is_empty());
}
