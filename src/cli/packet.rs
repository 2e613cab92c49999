//! `packet`: the promotion packet for a stepping stone or the north star, as Markdown or as a
//! printable HTML page.

use std::path::Path;

use crate::analysis::packet::{Target, choices};
use crate::import::text::printable;
use crate::model::Document;

/// The words that ask for the north star itself.
const NORTH_STAR: &str = "north-star";

/// Whether a file name asks for HTML (`.html` or `.htm`, in any case).
pub fn wants_html(out: &Path) -> bool {
    out.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Finds the target `--for` names: `north-star`, a stone's id, or words beginning words of
/// its title, in any order, ignoring case; no `--for` is the next stone. An unknown or
/// ambiguous name is refused with the choices listed.
pub fn find(doc: &Document, query: Option<&str>) -> Result<Target, String> {
    let Some(query) = query else {
        return Ok(Target::NextStone);
    };
    if words(query) == words(NORTH_STAR) {
        return Ok(Target::NorthStar);
    }
    let stones = &doc.north_star.stones;
    if let Ok(id) = query.trim().parse::<u64>()
        && let Some(stone) = stones.iter().find(|s| s.id.0 == id)
    {
        return Ok(Target::Stone(stone.id));
    }
    let wanted = words(query);
    let found: Vec<_> = stones
        .iter()
        .filter(|s| {
            let title = words(&s.title);
            !wanted.is_empty()
                && wanted
                    .iter()
                    .all(|w| title.iter().any(|t| t.starts_with(w)))
        })
        .collect();
    let list = || {
        let mut lines: Vec<String> = stones
            .iter()
            .zip(choices(doc))
            .map(|(s, (_, name))| format!("  {}: {}", s.id, printable(&name)))
            .collect();
        lines.push(format!("  {NORTH_STAR}: the north star itself"));
        lines.join("\n")
    };
    match found.as_slice() {
        [one] => Ok(Target::Stone(one.id)),
        [] => Err(format!(
            "no stepping stone matches \"{}\"; the choices are:\n{}",
            printable(query),
            list()
        )),
        _ => Err(format!(
            "\"{}\" matches {} stepping stones; use more words or the id:\n{}",
            printable(query),
            found.len(),
            list()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{SteppingStone, StoneId};

    fn doc() -> Document {
        let mut doc = Document::default();
        doc.north_star.stones = vec![
            SteppingStone {
                id: StoneId(1),
                title: "Lead a team of PMs".to_owned(),
                year: 2027,
                done: false,
                skills: Vec::new(),
            },
            SteppingStone {
                id: StoneId(2),
                title: "Head of Product".to_owned(),
                year: 2029,
                done: false,
                skills: Vec::new(),
            },
        ];
        doc
    }

    #[test]
    fn a_stone_is_found_by_id_or_words_and_the_north_star_by_name() {
        let d = doc();
        assert_eq!(find(&d, None), Ok(Target::NextStone));
        assert_eq!(find(&d, Some("2")), Ok(Target::Stone(StoneId(2))));
        assert_eq!(find(&d, Some("head prod")), Ok(Target::Stone(StoneId(2))));
        assert_eq!(find(&d, Some("North Star")), Ok(Target::NorthStar));
        let err = find(&d, Some("astronaut")).expect_err("unknown");
        assert!(err.contains("  1: Lead a team of PMs (2027)"), "{err}");
        assert!(err.contains("  north-star: the north star itself"), "{err}");
        // "of" begins a word of both titles.
        let err = find(&d, Some("of")).expect_err("two");
        assert!(err.starts_with("\"of\" matches 2 stepping stones"), "{err}");
        assert!(find(&d, Some("  ")).is_err(), "no words find nothing");
    }

    #[test]
    fn an_html_name_asks_for_html() {
        assert!(wants_html(Path::new("a/packet.HTML")));
        assert!(wants_html(Path::new("packet.htm")));
        assert!(!wants_html(Path::new("packet.md")));
        assert!(!wants_html(Path::new("html")));
    }
}
