//! `career-spec`: opens the window, or runs a command-line tool.

use std::process::ExitCode;

use clap::Parser;

use career_spec::app::{
    self, AppConfig,
    picker::NativePicker,
    recent::RecentFiles,
    recovery::Recovery,
    screenshot::{DEFAULT_SIZE, ScreenshotPlan},
    window,
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
    let named = match args
        .panel
        .as_deref()
        .map(|name| (name, Panel::from_cli_name(name)))
    {
        None => None,
        Some((_, Some(panel))) => Some(panel),
        Some((name, None)) => {
            let names: Vec<_> = Panel::ALL.iter().map(|p| p.cli_name()).collect();
            career_spec::say_error!(
                "error: unknown panel '{name}'; the panels are: {}",
                names.join(", ")
            );
            return ExitCode::from(USAGE);
        }
    };
    let panel = match window::panel_for(named, args.select) {
        Ok(panel) => panel,
        Err(e) => {
            career_spec::say_error!("error: {e}");
            return ExitCode::from(USAGE);
        }
    };
    let screenshot = match args
        .screenshot
        .clone()
        .map(|png| screenshot_plan(&args, png))
    {
        None => None,
        Some(Ok(plan)) => Some(plan),
        Some(Err(code)) => return code,
    };
    let (recent, recovery) = if screenshot.is_some() {
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
        screenshot,
        // Not asking for the dark look leaves the one kept from the last run.
        dark: args.dark.then_some(true),
        panel,
        packet: args.packet,
        recovery,
        watch_interval: app::watch::INTERVAL,
        currency_proposal: locale_currency(),
        decimal_mark: decimal_mark(),
    };
    match app::run(args.file.clone(), config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            career_spec::say_error!("error: cannot open the window: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The currency the locale names for money (`LC_ALL`, `LC_MONETARY`, then `LANG`), which
/// File > New proposes.
fn locale_currency() -> Option<String> {
    use career_spec::model::number;
    let var = |name| std::env::var(name).ok();
    let (all, monetary, lang) = (var("LC_ALL"), var("LC_MONETARY"), var("LANG"));
    let locale = number::locale_for(all.as_deref(), monetary.as_deref(), lang.as_deref());
    number::locale_currency(locale).map(str::to_owned)
}

/// How the locale writes a decimal (`LC_ALL`, `LC_NUMERIC`, then `LANG`), which number
/// fields read.
fn decimal_mark() -> career_spec::model::number::DecimalMark {
    use career_spec::model::number;
    let var = |name| std::env::var(name).ok();
    let (all, numeric, lang) = (var("LC_ALL"), var("LC_NUMERIC"), var("LANG"));
    let locale = number::locale_for(all.as_deref(), numeric.as_deref(), lang.as_deref());
    number::DecimalMark::of_locale(locale)
}

/// Usage mistakes exit with this code, as clap's own do.
const USAGE: u8 = 2;

/// What `--screenshot` is to take. A file that cannot be read is an error here, not the
/// sample in its place: a screenshot of the wrong document passes for the right one.
fn screenshot_plan(args: &Cli, png: std::path::PathBuf) -> Result<ScreenshotPlan, ExitCode> {
    // Neither output may land on the spec shown, nor on the other output.
    let spec: Vec<&std::path::Path> = args.file.as_deref().into_iter().collect();
    let mut refusal = career_spec::file::guard::refusal(&png, &spec);
    if let (None, Some(text)) = (&refusal, &args.text) {
        let inputs: Vec<&std::path::Path> = spec.iter().copied().chain([png.as_path()]).collect();
        refusal = career_spec::file::guard::refusal(text, &inputs);
    }
    if let Some(refusal) = refusal {
        career_spec::say_error!("error: {refusal}");
        return Err(ExitCode::from(USAGE));
    }
    let doc = match &args.file {
        Some(path) => match career_spec::file::load(path) {
            Ok(doc) => doc,
            Err(e) => {
                career_spec::say_error!(
                    "error: cannot open {}: {}",
                    path.display(),
                    e.lines().join("; ")
                );
                return Err(ExitCode::FAILURE);
            }
        },
        None => career_spec::file::sample(),
    };
    if let Some(selection) = args.select.filter(|s| !s.is_in(&doc)) {
        let name = args
            .file
            .as_deref()
            .map_or_else(|| "the sample".to_owned(), |p| p.display().to_string());
        career_spec::say_error!("error: {name} has no {selection}");
        return Err(ExitCode::from(USAGE));
    }
    Ok(ScreenshotPlan {
        png,
        text: args.text.clone(),
        size: args.size.unwrap_or(DEFAULT_SIZE),
        select: args.select,
    })
}
