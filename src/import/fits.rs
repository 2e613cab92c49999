//! What an import may write: never a spec the app would refuse to open. The loader's
//! limits (the largest file, the years a date may fall in) are checked before anything is
//! written, and too much is refused with how much there was and how much fits.

use crate::file::{self, MAX_FILE_BYTES};
use crate::model::{Bet, Document, Person};

use super::{Landed, Plan};
use crate::model::number::group_digits;

/// The fewest bytes one position takes in a saved spec: an empty bet in the list.
fn least_bytes_per_position() -> u64 {
    least_bytes(|doc| doc.bets.push(Bet::default()))
}

/// The fewest bytes one person takes in a saved spec: an empty person in the list.
fn least_bytes_per_person() -> u64 {
    least_bytes(|doc| doc.people.push(Person::default()))
}

fn least_bytes(add_one: impl FnOnce(&mut Document)) -> u64 {
    let mut one = Document::default();
    let without = file::to_string(&one).map_or(0, |t| t.len());
    add_one(&mut one);
    let with = file::to_string(&one).map_or(0, |t| t.len());
    (with.saturating_sub(without) as u64).max(1)
}

/// Why landing `plan` in `doc` would make a spec larger than the app opens, told from the
/// count alone before anything is built: more new positions than fit in the largest file
/// even if each took no more than an empty one. None when they may fit.
pub fn too_many(doc: &Document, plan: &Plan) -> Option<String> {
    let count = plan.included().count() as u64;
    let now = file::to_string(doc).map_or(0, |t| t.len() as u64);
    let each = least_bytes_per_position();
    let fits = MAX_FILE_BYTES.saturating_sub(now) / each;
    if count > fits {
        return Some(format!(
            "the export has {} positions new to the spec; a career spec holds at most {} more \
             (a spec is at most {} MB and each position takes at least {each} bytes of it)",
            group_digits(count),
            group_digits(fits),
            MAX_FILE_BYTES / 1024 / 1024
        ));
    }
    // The people share what room the positions leave.
    let people = plan.people.len() as u64;
    let each_person = least_bytes_per_person();
    let room = MAX_FILE_BYTES
        .saturating_sub(now)
        .saturating_sub(count.saturating_mul(each));
    let fits = room / each_person;
    (people > fits).then(|| {
        format!(
            "the export has {} connections new to your people; a career spec holds at most {} \
             more (a spec is at most {} MB and each person takes at least {each_person} bytes \
             of it)",
            group_digits(people),
            group_digits(fits),
            MAX_FILE_BYTES / 1024 / 1024
        )
    })
}

/// The text `doc` is saved as, with the positions and people of an import (`added`) landed
/// in it, when the app opens that text again; why not otherwise, with the counts.
pub fn loadable_text(doc: &Document, added: Landed) -> Result<String, String> {
    let text = file::to_string(doc).map_err(|e| format!("cannot write the spec: {e}"))?;
    let size = text.len() as u64;
    if size > MAX_FILE_BYTES {
        return Err(format!(
            "with the {} the export adds, the spec would be {} bytes; a career spec \
             is at most {} bytes ({} MB)",
            added.words(),
            group_digits(size),
            group_digits(MAX_FILE_BYTES),
            MAX_FILE_BYTES / 1024 / 1024
        ));
    }
    file::from_str(&text).map_err(|e| {
        format!(
            "with the import the spec would not open again: {}",
            e.lines().join("; ")
        )
    })?;
    Ok(text)
}

/// Why landing `plan` in `doc` would leave a spec the app could not save and open again, if
/// it would: as the window checks it before anything lands.
pub fn refusal(doc: &Document, plan: &Plan) -> Option<String> {
    if let Some(refusal) = too_many(doc, plan) {
        return Some(refusal);
    }
    let mut after = doc.clone();
    let added = super::land(&mut after, plan);
    loadable_text(&after, added).err()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A spec past the largest file, made large by one person's notes.
    fn too_large() -> Document {
        let mut doc = Document::default();
        doc.people.push(Person {
            notes: "x".repeat(usize::try_from(MAX_FILE_BYTES).unwrap_or(usize::MAX)),
            ..Person::default()
        });
        doc
    }

    #[test]
    fn a_connections_import_too_large_counts_the_people_it_adds_not_positions() {
        let added = Landed {
            positions: 0,
            people: 1_200,
        };
        let refusal = loadable_text(&too_large(), added).expect_err("too large");
        assert!(
            refusal.starts_with("with the 1,200 people the export adds, the spec would be"),
            "{refusal}"
        );
    }

    #[test]
    fn a_positions_import_too_large_counts_its_positions_and_any_people() {
        let positions = Landed {
            positions: 2_000,
            people: 0,
        };
        let both = Landed {
            positions: 1,
            people: 3,
        };
        let refusal = loadable_text(&too_large(), positions).expect_err("too large");
        assert!(refusal.starts_with("with the 2,000 positions the export adds"));
        assert_eq!(both.words(), "1 position and 3 people");
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).expect("date");
        assert_eq!(loadable_text(&Document::new_empty(today), both).err(), None);
    }
}
