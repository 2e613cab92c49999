//! The checks every part of the document is held to: a year, a date, a score, a number or a
//! count within its bounds, a text within its length, an id used once, a reference to
//! something that exists. Each problem it finds names the field it is about.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};

use super::{Problem, YEAR_RANGE};
use crate::model::Id;

#[derive(Default)]
pub(super) struct Checker {
    pub(super) problems: Vec<Problem>,
}

impl Checker {
    pub(super) fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    pub(super) fn year(&mut self, path: &str, year: i32) {
        self.fractional_year(path, f64::from(year));
    }

    pub(super) fn fractional_year(&mut self, path: &str, year: f64) {
        let (first, last) = (*YEAR_RANGE.start(), *YEAR_RANGE.end());
        if !year.is_finite() {
            self.push(path, format!("{year} is not a number"));
        } else if !(f64::from(first)..=f64::from(last)).contains(&year) {
            self.push(path, format!("year {year} is outside {first}–{last}"));
        }
    }

    pub(super) fn score(&mut self, path: &str, score: u8) {
        if !(1..=5).contains(&score) {
            self.push(path, format!("score {score} must be from 1 to 5"));
        }
    }

    pub(super) fn number(&mut self, path: &str, value: f64, range: std::ops::RangeInclusive<f64>) {
        if !value.is_finite() {
            self.push(path, format!("{value} is not a number"));
        } else if !range.contains(&value) {
            self.push(
                path,
                format!("{value} must be from {} to {}", range.start(), range.end()),
            );
        }
    }

    /// A whole number of days, months or times, within what the analysis is written for.
    pub(super) fn count(&mut self, path: &str, value: u32, range: std::ops::RangeInclusive<u32>) {
        if !range.contains(&value) {
            self.push(
                path,
                format!("{value} must be from {} to {}", range.start(), range.end()),
            );
        }
    }

    /// A date, when there is one, within the years the app reasons about.
    pub(super) fn date(&mut self, path: &str, date: Option<NaiveDate>) {
        let Some(date) = date else { return };
        let (first, last) = (*YEAR_RANGE.start(), *YEAR_RANGE.end());
        if !YEAR_RANGE.contains(&date.year()) {
            self.push(path, format!("{date} is outside the years {first}–{last}"));
        }
    }

    /// A text no longer than `most` characters.
    pub(super) fn text(&mut self, path: &str, text: &str, most: usize) {
        let length = text.chars().count();
        if length > most {
            self.push(
                path,
                format!("is {length} characters long; it may be at most {most}"),
            );
        }
    }

    pub(super) fn unique(&mut self, list: &str, ids: &[u64]) {
        let mut seen = HashSet::new();
        for (index, id) in ids.iter().enumerate() {
            if !seen.insert(id) {
                self.push(
                    format!("{list}[{index}].id"),
                    format!("id {id} is used twice in {list}"),
                );
            }
        }
    }

    pub(super) fn refers<I: Id>(&mut self, path: &str, id: I, known: &HashSet<I>, what: &str) {
        if !known.contains(&id) {
            self.push(
                path,
                format!("refers to {what} {}, which does not exist", id.raw()),
            );
        }
    }
}
