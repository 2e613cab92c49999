//! Career Spec: manage a career the way a product manager manages a product.
//!
//! The model, analysis, file, edit and export modules are plain Rust with no egui; `app` and
//! `views` are the window.

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
pub mod views;
