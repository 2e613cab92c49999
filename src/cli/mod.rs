//! The command line: open a file in the window, or check, export and compare without one.

pub mod compare;
pub mod packet;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use std::fmt::Write as _;
use std::io::Write as _;

use crate::app::window;
use crate::export::Audience;
use crate::file::Disk;

/// Reads `--for`: me, mentor or manager.
fn parse_audience(text: &str) -> Result<Audience, String> {
    Audience::from_cli_name(text)
        .ok_or_else(|| format!("\"{text}\" is not an audience; write me, mentor or manager"))
}

/// Usage errors exit with this code, as clap's own do.
const USAGE: u8 = 2;

/// Writes to standard output. A reader that went away (`| head`) ends the command quietly; any
/// other failure (`> /dev/full`) is said in one line. Either way the exit code is 1, never a
/// panic from `print!`.
pub fn emit(text: &str) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::FAILURE,
        Err(e) => {
            crate::say_error!("error: cannot write to standard output: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Manage your career like a product: a written spec, a portfolio of bets, offers held
/// against a north star.
#[derive(Debug, Parser)]
#[command(name = "career-spec", version, about)]
pub struct Cli {
    /// A career spec (.ron) to open in the window.
    pub file: Option<PathBuf>,
    /// Open the real window, render it, write a PNG of it here and exit.
    #[arg(long, value_name = "OUT.png")]
    pub screenshot: Option<PathBuf>,
    /// With `--screenshot`: also write the window's text here (its accessibility labels
    /// and values, in reading order, one per line).
    #[arg(long, value_name = "OUT.txt", requires = "screenshot")]
    pub text: Option<PathBuf>,
    /// With `--screenshot`: the window's inner size in points.
    #[arg(long, value_name = "WxH", requires = "screenshot", value_parser = window::parse_size)]
    pub size: Option<[f32; 2]>,
    /// With `--screenshot`: select an item so its inspector is open (`offer:ID`, `bet:ID`,
    /// `stone:ID`, `skill:ID`, `metric:ID`, `person:ID` or `evidence:ID`); it shows the item's panel unless
    /// `--panel` says otherwise.
    #[arg(long, value_name = "KIND:ID", requires = "screenshot", value_parser = window::parse_selection)]
    pub select: Option<window::Selection>,
    /// The panel to show: spec, portfolio, offers, drift, ceilings, landing, voice,
    /// review, people, evidence.
    #[arg(long, value_name = "NAME")]
    pub panel: Option<String>,
    /// Print the panel names `--panel` takes, one per line, and exit.
    #[arg(long, hide = true)]
    pub list_panels: bool,
    /// Use the dark theme.
    #[arg(long)]
    pub dark: bool,
    /// Open the promotion packet's preview over the window, for the next stepping stone.
    #[arg(long)]
    pub packet: bool,
    /// What to do instead of opening the window.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands that run without a window.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate files; every problem on its own line as `FILE:LINE:COL: message`.
    Check {
        /// The files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Write the spec as Markdown: everything for yourself, or only what a mentor or your
    /// manager is meant to see.
    Export {
        /// The career spec to export.
        file: PathBuf,
        /// Where to write; standard output by default.
        #[arg(short, long, value_name = "OUT.md")]
        output: Option<PathBuf>,
        /// Whom it is for: me (everything, the private version), mentor (no pay, no drift
        /// answers, no voice log) or manager (only the stepping stones, skills and voice).
        #[arg(long = "for", value_name = "WHOM", default_value = "me", value_parser = parse_audience)]
        audience: Audience,
    },
    /// Compare two offers side by side and print the verdict with its reasons.
    Compare {
        /// The career spec holding the offers.
        file: PathBuf,
        /// The first offer: its id, or words from its role and company.
        offer_a: String,
        /// The second offer, likewise.
        offer_b: String,
        /// Print the comparison as one JSON object, for scripts and spreadsheets.
        #[arg(long)]
        json: bool,
    },
    /// Write every date the plan promises as an iCalendar file: updates due, self-reviews,
    /// landing steps, stepping stones, the next big-swing window.
    Calendar {
        /// The career spec.
        file: PathBuf,
        /// Where to write; standard output by default.
        #[arg(short, long, value_name = "OUT.ics")]
        output: Option<PathBuf>,
        /// Whom it is for, as for `export`: only the dates of the parts they are given.
        #[arg(long = "for", value_name = "WHOM", default_value = "me", value_parser = parse_audience)]
        audience: Audience,
    },
    /// Bring your history in from LinkedIn's data export: positions become bets to classify,
    /// skills join the matrix unscored, connections join your people to classify. Importing
    /// the same file again adds nothing twice.
    Import {
        /// The export: the `.zip` archive, or its `Positions.csv`, `Skills.csv` or
        /// `Connections.csv` alone.
        file: PathBuf,
        /// The career spec to add to; written new when it does not exist.
        #[arg(long, value_name = "SPEC.ron")]
        into: PathBuf,
    },
    /// Print what changed since the last career review (or the last one on or before a date),
    /// without recording a review: to check before a one-to-one.
    Review {
        /// The career spec.
        file: PathBuf,
        /// Compare with the latest review held on or before this day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        since: Option<chrono::NaiveDate>,
    },
    /// Write the promotion packet for the next stepping stone, another stone or the north
    /// star: each skill it needs (the whole matrix for the north star or a stone that names
    /// none) with its level, target and evidence, the gaps, the bets that built it, who can
    /// vouch and the review history. Markdown, or a printable HTML page with the
    /// skills drawn as SVG when `--html` is given or OUT ends in `.html`.
    Packet {
        /// The career spec.
        file: PathBuf,
        /// The target: a stepping stone's id or words of its title, or `north-star`; the
        /// next stone not reached by default.
        #[arg(long = "for", value_name = "STONE")]
        target: Option<String>,
        /// Where to write; standard output by default.
        #[arg(short, long, value_name = "OUT.md")]
        output: Option<PathBuf>,
        /// Write HTML instead of Markdown.
        #[arg(long)]
        html: bool,
    },
    /// Print whom to talk to: the people due or overdue for a touch, the longest past first,
    /// and the promises made to them still open.
    People {
        /// The career spec.
        file: PathBuf,
    },
}

/// Runs a command; the exit code says how it went.
pub fn run(command: &Command, today: chrono::NaiveDate) -> ExitCode {
    match command {
        Command::Check { files } => check(files),
        Command::Export {
            file,
            output,
            audience,
        } => export(file, output.as_deref(), |doc| {
            Ok(crate::export::markdown_for(doc, today, *audience))
        }),
        Command::Calendar {
            file,
            output,
            audience,
        } => export(file, output.as_deref(), |doc| {
            Ok(crate::export::calendar::ics_for(doc, today, *audience))
        }),
        Command::Packet {
            file,
            target,
            output,
            html,
        } => export(file, output.as_deref(), |doc| {
            let target = packet::find(doc, target.as_deref())?;
            Ok(
                if *html || output.as_deref().is_some_and(packet::wants_html) {
                    crate::export::packet::html(doc, target, today)
                } else {
                    crate::export::packet::markdown(doc, target, today)
                },
            )
        }),
        Command::Compare {
            file,
            offer_a,
            offer_b,
            json,
        } => compare::run(file, offer_a, offer_b, *json, today),
        Command::Import { file, into } => import(file, into, today),
        Command::Review { file, since } => review(file, *since, today),
        Command::People { file } => people(file, today),
    }
}

/// The document in a file, or `None` after saying on standard error why it cannot be read.
fn load_or_say(file: &Path) -> Option<crate::model::Document> {
    crate::file::load(file)
        .map_err(|e| crate::say_error!("{}: {}", file.display(), e.lines().join("; ")))
        .ok()
}

/// What changed since a review, printed; 1 when the file cannot be read or holds no review
/// to compare with.
fn review(file: &Path, since: Option<chrono::NaiveDate>, today: chrono::NaiveDate) -> ExitCode {
    let Some(doc) = load_or_say(file) else {
        return ExitCode::FAILURE;
    };
    match crate::export::review::since(&doc, since, today) {
        Ok(text) => emit(&text),
        Err(e) => {
            crate::say_error!("{}: {e}", file.display());
            ExitCode::FAILURE
        }
    }
}

/// Whom to talk to, printed; 1 when the file cannot be read or keeps no one.
fn people(file: &Path, today: chrono::NaiveDate) -> ExitCode {
    let Some(doc) = load_or_say(file) else {
        return ExitCode::FAILURE;
    };
    match crate::export::people::due_text(&doc, today) {
        Ok(text) => emit(&text),
        Err(e) => {
            crate::say_error!("{}: {e}", file.display());
            ExitCode::FAILURE
        }
    }
}

/// Adds what the export holds to the spec, new or existing, and says what it added and
/// which rows it could not read. 1 when either file cannot be read or the spec not saved.
fn import(file: &Path, into: &Path, today: chrono::NaiveDate) -> ExitCode {
    if let (Ok(a), Ok(b)) = (std::fs::canonicalize(file), std::fs::canonicalize(into))
        && a == b
    {
        crate::say_error!(
            "error: {} is both the export and the spec; give the spec with --into",
            into.display()
        );
        return ExitCode::from(USAGE);
    }
    if let Some(refusal) = crate::file::guard::refusal(into, &[file]) {
        crate::say_error!("error: {refusal}");
        return ExitCode::from(USAGE);
    }
    let export = match crate::import::linkedin::read_file(file) {
        Ok(export) => export,
        Err(e) => {
            crate::say_error!("{}: {e}", file.display());
            return ExitCode::FAILURE;
        }
    };
    // Held from reading the spec to writing it back: another import meanwhile would be lost.
    let _lock = match crate::file::SpecLock::wait(into) {
        Ok(lock) => lock,
        Err(e) => {
            crate::say_error!(
                "{}: cannot make sure no other import writes it meanwhile: {e}",
                into.display()
            );
            return ExitCode::FAILURE;
        }
    };
    // Anything at that path (even a folder) is loaded, so that it is refused, never replaced.
    let mut doc = if std::fs::symlink_metadata(into).is_ok() {
        match crate::file::load(into) {
            Ok(doc) => doc,
            Err(e) => {
                crate::say_error!("{}: {}", into.display(), e.lines().join("; "));
                return ExitCode::FAILURE;
            }
        }
    } else {
        crate::model::Document::new_empty(today)
    };
    let plan = crate::import::plan(&doc, &export, today);
    if let Some(refusal) = crate::import::fits::too_many(&doc, &plan) {
        crate::say_error!("{}: {refusal}; nothing was written", into.display());
        return ExitCode::FAILURE;
    }
    let added = crate::import::land(&mut doc, &plan);
    if !plan.adds_nothing() {
        if let Err(refusal) = crate::import::fits::loadable_text(&doc, added) {
            // The loader's words may quote a title the export gave.
            let refusal = crate::import::text::printable(&refusal);
            crate::say_error!("{}: {refusal}; nothing was written", into.display());
            return ExitCode::FAILURE;
        }
        if let Err(e) = crate::file::save(into, &doc) {
            crate::say_error!("cannot write {}: {e}", into.display());
            return ExitCode::FAILURE;
        }
    }
    emit(&import_report(file, into, &export, &plan))
}

/// What an import added and left, a line each; every text the export gave is escaped, so
/// that none of it reaches the terminal as a control sequence or a line of its own.
fn import_report(
    file: &Path,
    into: &Path,
    export: &crate::import::rows::Export,
    plan: &crate::import::Plan,
) -> String {
    use crate::import::text::printable;
    let mut report = String::new();
    for (name, encoding) in &export.encodings {
        writeln!(
            report,
            "{}: {name} is not UTF-8; read as {encoding} text",
            file.display()
        )
        .ok();
    }
    writeln!(
        report,
        "{}: added {}.",
        into.display(),
        printable(&plan.summary())
    )
    .ok();
    for row in plan.included() {
        writeln!(
            report,
            "  + {} at {} ({}), {}",
            printable(&row.bet.title),
            printable(&row.bet.organisation),
            row.dates,
            row.bet.status.label().to_lowercase()
        )
        .ok();
    }
    for skill in &plan.skills {
        writeln!(
            report,
            "  + skill {} (not scored yet)",
            printable(&skill.name)
        )
        .ok();
    }
    for problem in &plan.problems {
        writeln!(
            report,
            "{}: {}",
            file.display(),
            printable(&problem.to_string())
        )
        .ok();
    }
    report
}

/// Every problem in each file, one per line; 0 when all are valid, 1 when any is not.
fn check(files: &[PathBuf]) -> ExitCode {
    let mut valid = true;
    for file in files {
        let (ok, lines) = check_file(file);
        valid &= ok;
        let mut report = String::new();
        for line in lines {
            report.push_str(&line);
            report.push('\n');
        }
        // Each file's report as soon as it is known, so a long list shows progress.
        if emit(&report) != ExitCode::SUCCESS {
            return ExitCode::FAILURE;
        }
    }
    if valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// What `check` says about one file: whether it is valid, and its lines of output
/// (`FILE: ok`, or each problem as `FILE:LINE:COL: message`).
pub fn check_file(file: &Path) -> (bool, Vec<String>) {
    match crate::file::load(file) {
        Ok(_) => (true, vec![format!("{}: ok", file.display())]),
        Err(e) => (
            false,
            e.positioned()
                .into_iter()
                .map(|(at, message)| match at {
                    Some((line, col)) => format!("{}:{line}:{col}: {message}", file.display()),
                    None => format!("{}: {message}", file.display()),
                })
                .collect(),
        ),
    }
}

/// The spec rendered by `render` (Markdown, iCalendar, HTML), to standard output or written
/// atomically to a file. A refusal from `render` (a name the spec does not hold) is a usage
/// error, said before anything is written.
fn export(
    file: &Path,
    output: Option<&Path>,
    render: impl FnOnce(&crate::model::Document) -> Result<String, String>,
) -> ExitCode {
    let Some(doc) = load_or_say(file) else {
        return ExitCode::FAILURE;
    };
    let text = match render(&doc) {
        Ok(text) => text,
        Err(refusal) => {
            crate::say_error!("error: {refusal}");
            return ExitCode::from(USAGE);
        }
    };
    let Some(out) = output else {
        return emit(&text);
    };
    if let Some(refusal) = crate::file::output_refusal(Some(file), out) {
        crate::say_error!("error: {refusal}");
        return ExitCode::from(USAGE);
    }
    match crate::file::RealDisk.write_atomic(out, text.as_bytes(), crate::file::Backup::Replace) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            crate::say_error!("cannot write {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}
