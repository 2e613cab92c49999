//! `career-spec calendar`, run as a person would run it: the plan's dates as an iCalendar file.

use std::process::Command;

fn calendar(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_career-spec"))
        .arg("calendar")
        .args(args)
        .output()
        .expect("the binary runs")
}

#[test]
fn the_sample_becomes_a_calendar_on_standard_output() {
    let out = calendar(&["assets/sample.ron"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    assert!(
        text.contains("UID:voice-update.from-2016@career-spec"),
        "{text}"
    );
    assert!(
        text.contains("SUMMARY:Run the drift checklist on yourself"),
        "{text}"
    );
    assert!(text.trim_end().ends_with("END:VCALENDAR"));
}

#[test]
fn the_calendar_is_written_to_a_file_with_the_same_events_each_time() {
    let dir = tempfile::tempdir().expect("folder");
    let out_path = dir.path().join("plan.ics");
    let out_arg = out_path.to_str().expect("utf-8 path");
    let first = calendar(&["assets/sample.ron", "-o", out_arg]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(
        first.stdout.is_empty(),
        "nothing on standard output with -o"
    );
    let once = std::fs::read_to_string(&out_path).expect("written");
    assert!(
        calendar(&["assets/sample.ron", "-o", out_arg])
            .status
            .success()
    );
    let twice = std::fs::read_to_string(&out_path).expect("written again");
    let uids = |t: &str| -> Vec<String> {
        t.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(
        uids(&once),
        uids(&twice),
        "stable UIDs: a re-import updates, never doubles"
    );
}

#[test]
fn a_file_that_is_not_a_spec_is_refused_with_exit_1() {
    let dir = tempfile::tempdir().expect("folder");
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "not a spec").expect("written");
    let out = calendar(&[bad.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(!out.stderr.is_empty());
}
