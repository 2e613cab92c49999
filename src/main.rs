//! `career-spec`: opens the window, or runs a command-line tool.

use std::process::ExitCode;

use clap::Parser;

use career_spec::cli::{self, Cli};

fn main() -> ExitCode {
    let args = Cli::parse();
    let today = chrono::Local::now().date_naive();
    match &args.command {
        Some(command) => cli::run(command, today),
        None => ExitCode::SUCCESS,
    }
}
