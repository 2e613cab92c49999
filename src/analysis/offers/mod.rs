//! Offers held side by side: weighted scores, pay over the years with vesting, the verdict
//! with its reasons and cautions, how far a weight must move to flip it, and the measuring
//! stick: the person's own call on each offer beside the app's reading of the document, and
//! what the portfolio would say if the offer were taken.

mod pay;
mod questions;
mod reading;
mod rescore;
mod scores;
mod stick;
mod verdict;

pub use pay::*;
pub use questions::*;
pub use reading::*;
pub use rescore::*;
pub use scores::*;
pub use stick::*;
pub use verdict::*;

#[cfg(test)]
mod tests;
