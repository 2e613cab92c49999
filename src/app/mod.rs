//! The eframe shell around the views.

pub mod session;
