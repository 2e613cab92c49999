//! The command line: open a file in the window, or check, export and compare without one.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
}

/// Runs a command; the exit code says how it went.
pub fn run(command: &Command, today: chrono::NaiveDate) -> ExitCode {
    match command {
        Command::Check { files } => {
            let mut ok = true;
            for file in files {
                if let Err(e) = crate::file::load(file) {
                    ok = false;
                    for line in e.lines() {
                        eprintln!("{}:{line}", file.display());
                    }
                }
            }
            if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Command::Export { file, output } => match crate::file::load(file) {
            Ok(doc) => {
                let text = crate::export::markdown(&doc, today);
                let Some(out) = output else {
                    print!("{text}");
                    return ExitCode::SUCCESS;
                };
                if let Err(e) = std::fs::write(out, text) {
                    eprintln!("{}: {e}", out.display());
                    return ExitCode::FAILURE;
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{}: {e}", file.display());
                ExitCode::FAILURE
            }
        },
    }
}
