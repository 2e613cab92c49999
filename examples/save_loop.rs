//! Saves a large document to the path given, over and over, until killed: for the test that
//! kills it mid-save and checks the file on disk still loads (`.ci/kill-during-save`).
//!
//! `save_loop FILE [PAUSE_MS]`: with a pause, each save stops for that long between writing
//! its temporary file and renaming it over the file, and says so on standard output
//! (`paused N`, then `resumed N`), so that the script knows whether its kill landed in the
//! middle of a write.

use std::io::Write as _;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: save_loop FILE [PAUSE_MS]");
    let pause = args
        .next()
        .map(|ms| std::time::Duration::from_millis(ms.parse().expect("PAUSE_MS is a number")));
    let path = std::path::Path::new(&path);
    let mut doc = career_spec::stress::stress_document(3);
    for n in 0u64.. {
        doc.profile.name = format!("Save {n}");
        let Some(pause) = pause else {
            career_spec::file::save(path, &doc).expect("saved");
            continue;
        };
        let text = career_spec::file::to_string(&doc).expect("serialises");
        career_spec::file::write_atomic_via(
            path,
            text.as_bytes(),
            career_spec::file::Backup::Replace,
            |file, bytes| {
                file.write_all(bytes)?;
                let mut out = std::io::stdout().lock();
                writeln!(out, "paused {n}")?;
                out.flush()?;
                std::thread::sleep(pause);
                // A kill the script sends after this line came too late to land mid-write.
                writeln!(out, "resumed {n}")?;
                out.flush()?;
                Ok(())
            },
        )
        .expect("saved");
    }
}
