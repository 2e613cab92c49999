//! What the app reasons about the document: pure functions of the document and today.

pub mod offers;
pub mod portfolio;
pub mod spec;
