//! The command line, run as a person would run it.

use std::path::Path;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_career-spec"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn check_passes_the_sample() {
    let out = run(&["check", "assets/sample.ron"]);
    assert!(out.status.success(), "{}", text(&out.stdout));
    assert_eq!(text(&out.stdout), "assets/sample.ron: ok\n");
}

#[test]
fn check_reports_every_problem_with_its_place_and_exits_1() {
    let d = tempfile::tempdir().expect("folder");
    let broken = d.path().join("broken.ron");
    std::fs::write(
        &broken,
        "(format: \"career-spec\", version: 1, spec: (profile: (name: 3)))",
    )
    .expect("written");
    let invalid = d.path().join("invalid.ron");
    let mut doc = career_spec::file::sample();
    doc.criteria[0].weight = -1.0;
    doc.bets[0].end = 1990.0;
    let text_of_doc = career_spec::file::to_string(&doc).expect("serialises");
    std::fs::write(&invalid, &text_of_doc).expect("written");
    // Where each bad value is written, as `FILE:LINE:COL:` with the column of the value.
    let place = |key: &str, value: &str| {
        let needle = format!("{key}: {value}");
        let (line, text) = text_of_doc
            .lines()
            .enumerate()
            .find(|(_, l)| l.contains(&needle))
            .expect("written out");
        let col = text.find(&needle).expect("on the line") + key.len() + 2;
        format!("{}:{}:{}: ", invalid.display(), line + 1, col + 1)
    };
    let out = run(&[
        "check",
        "assets/sample.ron",
        broken.to_str().expect("path"),
        invalid.to_str().expect("path"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines[0], "assets/sample.ron: ok");
    assert!(
        lines[1].starts_with(&format!("{}:1:", broken.display())),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("{}bets[0].end:", place("end", "1990.0"))),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("{}criteria[0].weight:", place("weight", "-1.0"))),
        "{stdout}"
    );
}

#[test]
fn check_without_files_is_a_usage_error() {
    assert_eq!(run(&["check"]).status.code(), Some(2));
}

#[test]
fn a_missing_file_is_reported() {
    let out = run(&["check", "no/such/file.ron"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stdout).contains("no/such/file.ron: cannot read the file"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn export_prints_the_spec_or_writes_it() {
    let out = run(&["export", "assets/sample.ron"]);
    assert!(out.status.success());
    let md = text(&out.stdout);
    // The private version by default, and it says so before anything else.
    assert!(md.starts_with("_Private version: "), "{md}");
    assert!(md.contains("\n# Priya Raman: career spec\n"), "{md}");
    assert!(md.contains("**CPO at a mid-stage startup** by 2031."));

    let d = tempfile::tempdir().expect("folder");
    let target = d.path().join("spec.md");
    let out = run(&[
        "export",
        "assets/sample.ron",
        "-o",
        target.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(std::fs::read_to_string(&target).expect("written"), md);
}

#[test]
fn compare_prints_the_verdict_and_refuses_an_unknown_offer() {
    let out = run(&["compare", "assets/sample.ron", "stay", "AI shopping"]);
    assert!(out.status.success());
    assert!(
        text(&out.stdout).contains("Lead PM, AI Shopping Assistant at Northwind Retail wins by")
    );
    let out = run(&["compare", "assets/sample.ron", "1", "astronaut"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no offer matches \"astronaut\""));
}

#[test]
fn compare_refuses_a_name_that_fits_two_offers_and_lists_them() {
    let out = run(&["compare", "assets/sample.ron", "northwind", "2"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "{}", text(&out.stdout));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("\"northwind\" matches 2 offers; use more words or the id"),
        "{stderr}"
    );
    assert!(
        stderr.contains("  1: ") && stderr.contains("  2: Lead PM, AI Shopping Assistant"),
        "{stderr}"
    );
}

#[test]
fn an_unknown_panel_is_a_usage_error() {
    let out = run(&["--panel", "nowhere", "--screenshot", "x.png"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr)
            .contains("the panels are: spec, portfolio, offers, drift, ceilings, landing, voice")
    );
    assert!(!Path::new("x.png").exists());
}

/// Runs the binary with its standard output going to `stdout`, and fails rather than hangs
/// when it does not finish within a few seconds.
fn run_to(args: &[&str], stdout: std::process::Stdio) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_career-spec"))
        .args(args)
        .stdout(stdout)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let started = std::time::Instant::now();
    while child.try_wait().expect("waited").is_none() {
        if started.elapsed() > std::time::Duration::from_secs(10) {
            child.kill().ok();
            panic!("career-spec {args:?} did not finish within ten seconds");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

#[test]
fn export_never_writes_over_its_input_or_another_spec() {
    let d = tempfile::tempdir().expect("folder");
    let input = d.path().join("career.ron");
    std::fs::copy("assets/sample.ron", &input).expect("copied");
    let before = std::fs::read(&input).expect("read");
    let out = run(&[
        "export",
        input.to_str().expect("path"),
        "-o",
        input.to_str().expect("path"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        format!(
            "error: {} is the career spec being exported, so it was not replaced; choose \
             another file to export to\n",
            input.display()
        )
    );
    // Another career spec, under a name that does not look like one.
    let other = d.path().join("notes.md");
    std::fs::copy("assets/sample.ron", &other).expect("copied");
    let out = run(&[
        "export",
        input.to_str().expect("path"),
        "-o",
        other.to_str().expect("path"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("is a career spec"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        std::fs::read(&input).expect("read"),
        before,
        "input untouched"
    );
    assert_eq!(
        std::fs::read(&other).expect("read"),
        before,
        "other spec untouched"
    );
}

#[test]
fn export_to_a_place_that_cannot_be_written_says_so() {
    let d = tempfile::tempdir().expect("folder");
    let plain = d.path().join("plain");
    std::fs::write(&plain, "x").expect("written");
    let target = plain.join("spec.md");
    let out = run(&[
        "export",
        "assets/sample.ron",
        "-o",
        target.to_str().expect("path"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with(&format!("cannot write {}:", target.display())),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[cfg(unix)]
#[test]
fn output_to_a_full_disk_is_one_line_and_exit_1() {
    for args in [
        &["export", "assets/sample.ron"][..],
        &["check", "assets/sample.ron"],
        &["compare", "assets/sample.ron", "1", "2"],
    ] {
        let full = std::fs::File::options()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let out = run_to(args, full.into());
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let stderr = text(&out.stderr);
        assert_eq!(
            stderr.trim_end(),
            "error: cannot write to standard output: No space left on device (os error 28)",
            "{args:?}"
        );
    }
}

#[test]
fn a_reader_that_goes_away_ends_the_output_quietly() {
    let d = tempfile::tempdir().expect("folder");
    let big = d.path().join("big.ron");
    let doc = career_spec::stress::stress_document(3);
    std::fs::write(
        &big,
        career_spec::file::to_string(&doc).expect("serialises"),
    )
    .expect("written");
    let mut child = Command::new(env!("CARGO_BIN_EXE_career-spec"))
        .args(["export", big.to_str().expect("path")])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    // The reader closes its end before (or while) the export is written.
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("finished");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr), "", "a closed pipe is quiet");
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_refused_by_every_command_without_waiting() {
    let d = tempfile::tempdir().expect("folder");
    let fifo = d.path().join("pipe.ron");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo runs")
            .success()
    );
    let fifo = fifo.to_str().expect("path");
    let reason = "this is a named pipe (FIFO), not a regular file; open a .ron file instead";
    let out = run_to(&["check", fifo], std::process::Stdio::piped());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), format!("{fifo}: {reason}\n"));
    for args in [&["export", fifo][..], &["compare", fifo, "1", "2"]] {
        let out = run_to(args, std::process::Stdio::piped());
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert_eq!(text(&out.stderr), format!("{fifo}: {reason}\n"), "{args:?}");
    }
}

#[test]
fn compare_on_a_file_that_cannot_be_read_says_why_and_exits_1() {
    let out = run(&["compare", "no/such/file.ron", "1", "2"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("no/such/file.ron: cannot read the file:"),
        "{stderr}"
    );
    assert_eq!(text(&out.stdout), "");
}
/// Runs `--screenshot` into a fresh folder; returns the run and the PNG it was to write.
fn screenshot(args: &[&str]) -> (Output, tempfile::TempDir, std::path::PathBuf) {
    let d = tempfile::tempdir().expect("folder");
    let png = d.path().join("shot.png");
    let mut all = vec!["--screenshot", png.to_str().expect("path")];
    all.extend_from_slice(args);
    (run(&all), d, png)
}

#[test]
fn a_screenshot_of_a_file_that_cannot_be_read_fails_instead_of_showing_the_sample() {
    let (out, d, png) = screenshot(&["no/such/spec.ron"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("error: cannot open no/such/spec.ron: cannot read the file"),
        "{stderr}"
    );
    assert!(!png.exists(), "no picture of some other document");

    let broken = d.path().join("broken.ron");
    std::fs::write(
        &broken,
        "(format: \"career-spec\", version: 1, spec: (profile: (name: 3)))",
    )
    .expect("written");
    let out = run(&[
        "--screenshot",
        png.to_str().expect("path"),
        broken.to_str().expect("path"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("line 1, column "),
        "{}",
        text(&out.stderr)
    );
    assert!(!png.exists());
}

#[test]
fn a_screenshot_refuses_a_selection_the_document_or_the_panel_does_not_have() {
    let (out, _d, png) = screenshot(&["--select", "offer:99", "assets/sample.ron"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("error: assets/sample.ron has no offer 99"),
        "{}",
        text(&out.stderr)
    );
    assert!(!png.exists());

    let (out, _d, png) = screenshot(&["--select", "bet:4", "--panel", "spec"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("bet 4 is shown on the portfolio panel, not on spec"),
        "{}",
        text(&out.stderr)
    );
    assert!(!png.exists());
}

#[test]
fn screenshot_options_are_checked_before_any_window_opens() {
    for (args, says) in [
        (&["--size", "300x200"][..], "smaller than the window can be"),
        (&["--size", "wide"][..], "WIDTHxHEIGHT"),
        (
            &["--select", "landing:1"][..],
            "offer, bet, stone, skill, metric, person and evidence",
        ),
    ] {
        let (out, _d, png) = screenshot(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            text(&out.stderr).contains(says),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(!png.exists());
    }
    // The text, the size and the selection belong to a screenshot.
    for args in [
        &["--text", "out.txt"][..],
        &["--size", "900x600"][..],
        &["--select", "bet:4"][..],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            text(&out.stderr).contains("--screenshot"),
            "{}",
            text(&out.stderr)
        );
    }
}

#[test]
fn review_prints_what_moved_since_a_review_without_recording_one() {
    let before = std::fs::read("assets/sample.ron").expect("sample");
    let out = run(&["review", "assets/sample.ron"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with("Changes since the review of 2026-08-20, to "),
        "{stdout}"
    );
    for line in [
        "- Experimentation and growth from 3 to 4.",
        "- External talks given from 0 to 1.",
        "- Storytelling ceiling from 3 to 4.",
        "- People mentored: ",
    ] {
        assert!(stdout.contains(line), "missing {line} in {stdout}");
    }
    assert!(!stdout.contains("Storytelling from 2 to 3."), "{stdout}");
    let out = run(&["review", "assets/sample.ron", "--since", "2026-06-01"]);
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with("Changes since the review of 2026-05-20, to "),
        "{stdout}"
    );
    assert!(stdout.contains("- Storytelling from 2 to 3."), "{stdout}");
    let out = run(&["review", "assets/sample.ron", "--since", "2020-01-01"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("no review held on or before 2020-01-01"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        std::fs::read("assets/sample.ron").expect("sample"),
        before,
        "nothing recorded"
    );
}

#[test]
fn compare_json_gives_the_same_figures_as_the_window() {
    let out = run(&["compare", "--json", "assets/sample.ron", "1", "2"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    let doc = career_spec::file::load(Path::new("assets/sample.ron")).expect("the sample");
    let today = chrono::Local::now().date_naive();
    for (i, offer) in doc.offers[..2].iter().enumerate() {
        let o = &json["offers"][i];
        assert_eq!(o["id"], offer.id.0);
        assert_eq!(o["currency"], offer.compensation.currency.as_str());
        for (key, basis) in [
            ("gross", career_spec::analysis::value::Basis::Gross),
            ("after_tax", career_spec::analysis::value::Basis::AfterTax),
            ("real", career_spec::analysis::value::Basis::Real),
        ] {
            let want = career_spec::analysis::value::offer_total(&doc, offer, 4, today, basis)
                .expect("the sample's offers are comparable");
            let got = o["total"][key].as_f64().expect("a number");
            assert!((got - want).abs() < 1e-6, "{key}: {got} against {want}");
            assert_eq!(o["years"].as_array().expect("years").len(), 4);
        }
    }
    assert!(json["verdict"]["winner"].is_u64() || json["verdict"]["winner"].is_null());
    assert!(json["verdict"]["cautions"].is_array());
}

#[test]
fn people_lists_who_is_due_and_exits_like_review() {
    let out = run(&["people", "assets/sample.ron"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("Whom to talk to, "), "{stdout}");
    // Amara's 90 days ran out in August 2026: overdue on any day this runs.
    assert!(
        stdout.contains("- Overdue: get in touch with Amara Okafor. You keep in touch"),
        "{stdout}"
    );
    assert!(
        !stdout.contains("Jon Park"),
        "no cadence, never due: {stdout}"
    );
    let d = tempfile::tempdir().expect("folder");
    let alone = d.path().join("alone.ron");
    let mut doc = career_spec::file::sample();
    doc.people.clear();
    // The sample's wins name who saw them; with no people, they are kept without.
    doc.evidence.iter_mut().for_each(|e| e.seen_by.clear());
    career_spec::file::save(&alone, &doc).expect("saved");
    let out = run(&["people", alone.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("no people kept yet"),
        "{}",
        text(&out.stderr)
    );
    let out = run(&["people", "no-such-file.ron"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(run(&["people"]).status.code(), Some(2), "usage");
}

#[test]
fn the_readme_names_every_panel_and_its_shortcut() {
    use career_spec::views::Panel;
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let names: Vec<&str> = Panel::ALL.iter().map(|p| p.cli_name()).collect();
    let listed = format!("for `--panel`: {}.", names.join(", "));
    assert!(
        readme
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .contains(&listed),
        "README should say: {listed}"
    );
    // The tenth panel takes Ctrl+0, the key after 9 on the keyboard.
    let last = match Panel::ALL.len() {
        10 => "Ctrl+1 … Ctrl+9, Ctrl+0".to_owned(),
        n => format!("Ctrl+1 … Ctrl+{n}"),
    };
    assert!(readme.contains(&last), "README should list {last}");
}

#[test]
fn an_offer_written_without_a_currency_is_not_comparable_in_every_output() {
    let d = tempfile::tempdir().expect("folder");
    let file = d.path().join("no-currency.ron");
    // The second offer's currency line taken out, as a person writing the file might.
    let sample = std::fs::read_to_string("assets/sample.ron").expect("the sample");
    let at = sample
        .match_indices("currency: \"£\",")
        .nth(1)
        .expect("a second offer")
        .0;
    let line_start = sample[..at].rfind('\n').expect("a line");
    let line_end = at + sample[at..].find('\n').expect("a line end");
    let text_of_file = format!("{}{}", &sample[..line_start], &sample[line_end..]);
    std::fs::write(&file, text_of_file).expect("written");
    let path = file.to_str().expect("path");
    let json = run(&["compare", "--json", path, "1", "2"]);
    assert!(json.status.success(), "{}", text(&json.stderr));
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).expect("one JSON object");
    let b = &json["offers"][1];
    assert!(b["currency"].is_null(), "{b}");
    assert!(b["total"]["gross"].is_null(), "{b}");
    assert!(
        b["not_comparable"]
            .as_str()
            .is_some_and(|w| w.contains("currency"))
    );
    for args in [&["compare", path, "1", "2"][..], &["export", path]] {
        let out = run(args);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let out = text(&out.stdout);
        assert!(!out.contains('$'), "{args:?} shows dollars:\n{out}");
        assert!(out.contains("currency not set"), "{args:?}:\n{out}");
    }
}

/// The sample with one win for the first stone, seen by its first person, and a stone whose
/// title tries to break out of the page.
fn spec_with_evidence(dir: &Path) -> std::path::PathBuf {
    let mut doc = career_spec::file::sample();
    let person = doc.people[0].id;
    let skill = doc.skills[0].id;
    let stone = doc.north_star.stones[0].id;
    doc.evidence = vec![career_spec::model::Evidence {
        id: career_spec::model::EvidenceId(1),
        date: chrono::NaiveDate::from_ymd_opt(2026, 5, 4),
        what: "Shipped the <b>beta</b>".to_owned(),
        before: Some(0.0),
        result: Some(1200.0),
        unit: "weekly users".to_owned(),
        skills: vec![skill],
        stones: vec![stone],
        seen_by: vec![person],
        ..career_spec::model::Evidence::default()
    }];
    "Manage <script>alert(1)</script> PMs".clone_into(&mut doc.north_star.stones[1].title);
    let path = dir.join("career.ron");
    career_spec::file::save(&path, &doc).expect("saved");
    path
}

#[test]
fn packet_prints_the_next_stone_and_refuses_an_unknown_one_listing_the_choices() {
    let d = tempfile::tempdir().expect("folder");
    let spec = spec_with_evidence(d.path());
    let spec = spec.to_str().expect("path");
    let out = run(&["packet", spec]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let md = text(&out.stdout);
    assert!(
        md.starts_with(
            "# Promotion packet: Lead a zero-to-one product from idea to first traction (2027)"
        ),
        "{md}"
    );
    assert!(
        md.contains("| Zero-to-one building | 2 of 5 | 5 of 5 | 1 |"),
        "{md}"
    );
    assert!(
        md.contains("- \"Shipped the \\<b>beta\\</b>\" (2026-05-04): from 0 to 1,200 weekly users"),
        "{md}"
    );
    assert!(md.contains("## Who can vouch"), "{md}");

    let out = run(&["packet", spec, "--for", "director p&l"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("# Promotion packet: Own a product line"));
    let out = run(&["packet", spec, "--for", "north-star"]);
    assert!(text(&out.stdout).starts_with("# Promotion packet: CPO at a mid-stage startup"));

    let out = run(&["packet", spec, "--for", "astronaut"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.starts_with("error: no stepping stone matches \"astronaut\""),
        "{err}"
    );
    assert!(err.contains("  3: Own a product line's P&L"), "{err}");
    assert!(err.contains("  north-star: the north star itself"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn packet_never_writes_over_its_input() {
    let d = tempfile::tempdir().expect("folder");
    let spec = spec_with_evidence(d.path());
    let before = std::fs::read(&spec).expect("read");
    let s = spec.to_str().expect("path");
    for flag in [&["-o", s][..], &["--html", "-o", s][..]] {
        let out = run(&[&["packet", s][..], flag].concat());
        assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
        assert!(text(&out.stderr).contains("is the career spec being exported"));
    }
    assert_eq!(
        std::fs::read(&spec).expect("read"),
        before,
        "input untouched"
    );
    let md = d.path().join("packet.md");
    let out = run(&["packet", s, "-o", md.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        std::fs::read_to_string(&md)
            .expect("written")
            .starts_with("# Promotion packet: ")
    );
}

#[test]
fn packet_html_parses_back_with_the_target_each_skill_the_gaps_and_the_hostile_text_escaped() {
    use quick_xml::events::Event;
    let d = tempfile::tempdir().expect("folder");
    let spec = spec_with_evidence(d.path());
    let page = d.path().join("packet.html");
    let out = run(&[
        "packet",
        spec.to_str().expect("path"),
        "--for",
        "2",
        "-o",
        page.to_str().expect("path"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let html = std::fs::read_to_string(&page).expect("written");
    assert!(!html.contains("<script"), "no script, and no injected one");
    // Every tag closes and every text unescapes: read it back element by element.
    let mut reader = quick_xml::Reader::from_str(&html);
    let (mut open, mut texts, mut tags) = (Vec::<String>::new(), Vec::new(), Vec::new());
    // A text arrives in pieces around each entity: gathered until the next tag.
    let mut pending = String::new();
    loop {
        let event = reader.read_event().expect("well-formed");
        if matches!(
            event,
            Event::Start(_) | Event::End(_) | Event::Empty(_) | Event::Eof
        ) {
            if !pending.trim().is_empty() {
                texts.push((open.last().cloned().unwrap_or_default(), pending.clone()));
            }
            pending.clear();
        }
        match event {
            Event::Start(t) => {
                let name = String::from_utf8_lossy(t.name().as_ref()).into_owned();
                tags.push(name.clone());
                open.push(name);
            }
            Event::Empty(t) => tags.push(String::from_utf8_lossy(t.name().as_ref()).into_owned()),
            Event::End(_) => {
                open.pop();
            }
            Event::Text(t) => pending.push_str(&t.decode().expect("text")),
            Event::GeneralRef(r) => {
                if let Some(c) = r.resolve_char_ref().expect("a character") {
                    pending.push(c);
                } else {
                    let name = r.decode().expect("entity").into_owned();
                    let text = quick_xml::escape::resolve_predefined_entity(&name)
                        .unwrap_or_else(|| panic!("an entity HTML knows: {name}"));
                    pending.push_str(text);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert!(open.is_empty(), "every element closed: {open:?}");
    assert!(tags.contains(&"svg".to_owned()) && tags.contains(&"rect".to_owned()));
    let has = |tag: &str, want: &str| texts.iter().any(|(t, s)| t == tag && s == want);
    assert!(
        has(
            "h1",
            "Promotion packet: Manage <script>alert(1)</script> PMs (2028)"
        ),
        "{texts:?}"
    );
    // The stone names the skills it needs: a row and a bar for each of those, none for the
    // rest of the matrix.
    let doc = career_spec::file::sample();
    let needs = &doc.north_star.stones[1].skills;
    for skill in &doc.skills {
        let covered = needs.contains(&skill.id);
        assert_eq!(has("td", &skill.name), covered, "a row for {}", skill.name);
        assert_eq!(
            has("text", &skill.name),
            covered,
            "a bar for {}",
            skill.name
        );
    }
    assert!(has(
        "p",
        &format!(
            "The skills this stepping stone names as needed: {} of the {} in the matrix.",
            needs.len(),
            doc.skills.len()
        )
    ));
    assert!(has(
        "li",
        "People management: level 2 of 5, 3 below the target of 5."
    ));
    assert!(has(
        "li",
        "Executive influence: no evidence is linked to it."
    ));
    assert!(!has("li", "Finance and P&L: no evidence is linked to it."));
}
