//! Writes the man page and the shell completions from the command line's own definition, so
//! they never drift from what `career-spec --help` says. The package script runs it before
//! building the .deb: `cargo run --example gen-docs -- OUTDIR`.
//!
//! OUTDIR receives `career-spec.1` (the man page), `career-spec.bash`, `_career-spec` (zsh)
//! and `career-spec.fish`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::CommandFactory;
use clap_complete::Shell;

use career_spec::cli::Cli;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let (Some(out), None) = (args.next(), args.next()) else {
        eprintln!("usage: cargo run --example gen-docs -- OUTDIR");
        return ExitCode::from(2);
    };
    match write_all(&PathBuf::from(out)) {
        Ok(written) => {
            for path in written {
                println!("{}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Writes every file into `out`, creating it if needed; returns the paths written.
fn write_all(out: &Path) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(out)?;
    let mut cmd = Cli::command();
    let name = cmd.get_name().to_owned();
    let man = out.join(format!("{name}.1"));
    let mut page = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut page)?;
    std::fs::write(&man, page)?;
    let mut written = vec![man];
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        written.push(clap_complete::generate_to(shell, &mut cmd, &name, out)?);
    }
    Ok(written)
}
