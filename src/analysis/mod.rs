//! What the app reasons about the document: pure functions of the document and today.

pub mod calendar;
pub mod ceilings;
pub mod drift;
pub mod evidence;
pub mod goal;
pub mod landing;
pub mod offers;
pub mod packet;
pub mod people;
pub mod portfolio;
pub mod review;
pub mod spec;
pub mod stone_needs;
pub mod value;
pub mod voice;
pub mod words;

#[cfg(test)]
mod tests;
