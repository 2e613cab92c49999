//! Standard streams that cannot be written: a full standard error never turns a refusal into
//! a panic, and a standard output that is full ends the command with exit code 1. (A standard
//! output closed before the start is opened on /dev/null by the Rust runtime, so it cannot be
//! told from one sent there.)

use std::process::{Command, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_career-spec"))
}

fn full() -> std::fs::File {
    std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full opens")
}

#[test]
fn a_full_standard_error_does_not_panic() {
    for args in [
        vec!["export", "no-such-file.ron"],
        vec!["calendar", "no-such-file.ron", "-o", "/dev/null"],
        vec!["--panel", "no-such-panel"],
        vec!["compare", "assets/sample.ron", "1", "999"],
        vec!["packet", "assets/sample.ron", "--for", "astronaut"],
    ] {
        let out = bin()
            .args(&args)
            .stdout(Stdio::null())
            .stderr(full())
            .status()
            .expect("runs");
        let code = out.code();
        assert!(
            matches!(code, Some(1 | 2)),
            "{args:?} exits {code:?}, not with a panic's 101"
        );
    }
}

#[test]
fn a_full_standard_output_exits_1_and_says_so() {
    let out = bin()
        .args(["export", "assets/sample.ron"])
        .stdout(full())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("cannot write to standard output"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Both streams full: still no panic.
    let both = bin()
        .args(["export", "assets/sample.ron"])
        .stdout(full())
        .stderr(full())
        .status()
        .expect("runs");
    assert_eq!(both.code(), Some(1));
}
