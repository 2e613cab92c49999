//! The command line: open a file in the window, or check, export and compare without one.

mod compare;
pub mod window;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::file::Disk;

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
    /// With `--screenshot`: select an item so its inspector is open (`offer:ID`, `bet:ID` or
    /// `skill:ID`); it shows the item's panel unless `--panel` says otherwise.
    #[arg(long, value_name = "KIND:ID", requires = "screenshot", value_parser = window::parse_selection)]
    pub select: Option<window::Selection>,
    /// The panel to show: spec, portfolio, offers, drift, ceilings, landing, voice.
    #[arg(long, value_name = "NAME")]
    pub panel: Option<String>,
    /// Print the panel names `--panel` takes, one per line, and exit.
    #[arg(long, hide = true)]
    pub list_panels: bool,
    /// Use the dark theme.
    #[arg(long)]
    pub dark: bool,
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
    /// Write the whole spec as Markdown, for a manager or mentor.
    Export {
        /// The career spec to export.
        file: PathBuf,
        /// Where to write; standard output by default.
        #[arg(short, long, value_name = "OUT.md")]
        output: Option<PathBuf>,
    },
    /// Compare two offers side by side and print the verdict with its reasons.
    Compare {
        /// The career spec holding the offers.
        file: PathBuf,
        /// The first offer: its id, or words from its role and company.
        offer_a: String,
        /// The second offer, likewise.
        offer_b: String,
    },
}

/// Runs a command; the exit code says how it went.
pub fn run(command: &Command, today: chrono::NaiveDate) -> ExitCode {
    match command {
        Command::Check { files } => check(files),
        Command::Export { file, output } => export(file, output.as_deref(), today),
        Command::Compare {
            file,
            offer_a,
            offer_b,
        } => compare::run(file, offer_a, offer_b, today),
    }
}

/// Every problem in each file, one per line; 0 when all are valid, 1 when any is not.
fn check(files: &[PathBuf]) -> ExitCode {
    let mut valid = true;
    for file in files {
        let (ok, lines) = check_file(file);
        valid &= ok;
        for line in lines {
            println!("{line}");
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

/// The spec as Markdown, to standard output or written atomically to a file.
fn export(file: &Path, output: Option<&Path>, today: chrono::NaiveDate) -> ExitCode {
    let doc = match crate::file::load(file) {
        Ok(doc) => doc,
        Err(e) => {
            eprintln!("{}: {}", file.display(), e.lines().join("; "));
            return ExitCode::FAILURE;
        }
    };
    let text = crate::export::markdown(&doc, today);
    let Some(out) = output else {
        print!("{text}");
        return ExitCode::SUCCESS;
    };
    match crate::file::RealDisk.write_atomic(out, text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cannot write {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}
