//! `career-spec`: opens the window, or runs a command-line tool.

use std::process::ExitCode;

use clap::Parser;

use career_spec::app::{
    self, AppConfig, picker::NativePicker, recent::RecentFiles, recovery::Recovery,
};
use career_spec::cli::{self, Cli};
use career_spec::views::Panel;

fn main() -> ExitCode {
    let args = Cli::parse();
    let today = chrono::Local::now().date_naive();
    if let Some(command) = &args.command {
        return cli::run(command, today);
    }
    if args.list_panels {
        let names: Vec<&str> = Panel::ALL.iter().map(|panel| panel.cli_name()).collect();
        return cli::emit(&(names.join("\n") + "\n"));
    }
    let panel = match args
        .panel
        .as_deref()
        .map(|name| (name, Panel::from_cli_name(name)))
    {
        None => Panel::Spec,
        Some((_, Some(panel))) => panel,
        Some((name, None)) => {
            let names: Vec<_> = Panel::ALL.iter().map(|p| p.cli_name()).collect();
            eprintln!(
                "error: unknown panel '{name}'; the panels are: {}",
                names.join(", ")
            );
            return ExitCode::from(2);
        }
    };
    let (recent, recovery) = if args.screenshot.is_some() {
        (RecentFiles::in_memory(), Recovery::disabled())
    } else {
        (
            RecentFiles::from_config_folder(),
            Recovery::in_data_folder(),
        )
    };
    let config = AppConfig {
        today,
        picker: Box::new(NativePicker::default()),
        recent,
        screenshot: args.screenshot.clone(),
        dark: args.dark,
        panel,
        recovery,
        watch_interval: app::watch::INTERVAL,
    };
    match app::run(args.file.clone(), config, args.panel.is_some(), args.dark) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot open the window: {e}");
            ExitCode::FAILURE
        }
    }
}
