//! Career Spec: manage a career the way a product manager manages a product.
//!
//! The model, analysis, file, edit and export modules are plain Rust with no egui; `app` and
//! `views` are the window.

/// Writes one line to standard error, as `eprintln!` does, except that a standard error that
/// cannot be written (`2> /dev/full`, a closed pipe) drops the line instead of panicking: there
/// is nowhere left to say it, and the exit code still tells what happened.
#[macro_export]
macro_rules! say_error {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        // Nowhere left to report a failure to report; the exit code carries it.
        writeln!(std::io::stderr().lock(), $($arg)*).ok();
    }};
}

pub mod analysis;
pub mod app;
pub mod cli;
pub mod edit;
pub mod export;
pub mod file;
pub mod import;
pub mod model;
// A generator of large documents, for tests and benchmarks only.
#[cfg(any(test, feature = "bench"))]
pub mod stress;
// The day tests run on, for the crate's tests and the integration tests alike.
#[cfg(any(test, feature = "bench"))]
pub mod testing;
pub mod views;
