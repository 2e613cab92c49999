//! Exports cannot be injected into: a name, title or story holding line breaks, carriage
//! returns, pipes, backticks or direction overrides comes out as text, as real iCalendar and
//! Markdown parsers read it back.

use career_spec::model::Document;
use icalendar::{Calendar, CalendarComponent, Component};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

mod support;
use support::today;

/// What an attacker (or a paste from elsewhere) puts in a text field.
const EVIL: &str =
    "Priya\r\nEND:VCALENDAR\rX;Y:\\ \u{202E}evil, \"q\" | `t` \n# Heading\n| a | b |";

fn injected() -> Document {
    let mut doc = career_spec::file::sample();
    EVIL.clone_into(&mut doc.profile.name);
    EVIL.clone_into(&mut doc.north_star.stones[0].title);
    EVIL.clone_into(&mut doc.bets[0].title);
    EVIL.clone_into(&mut doc.bets[0].story);
    EVIL.clone_into(&mut doc.skills[0].name);
    doc
}

#[test]
fn the_calendar_keeps_every_text_inside_its_property() {
    let clean = career_spec::export::calendar::ics(&career_spec::file::sample(), today());
    let text = career_spec::export::calendar::ics(&injected(), today());
    // No bare CR anywhere, and every line folded to at most 75 octets.
    for (i, line) in text.split("\r\n").enumerate() {
        assert!(!line.contains('\r'), "line {i} holds a bare CR: {line:?}");
        assert!(!line.contains('\n'), "line {i} holds a bare LF: {line:?}");
        assert!(line.len() <= 75, "line {i} is not folded: {line:?}");
    }
    let parsed: Calendar = text.parse().expect("parses back");
    let reference: Calendar = clean.parse().expect("parses back");
    assert_eq!(parsed.components.len(), reference.components.len());
    for key in ["VERSION", "PRODID", "CALSCALE", "NAME", "X-WR-CALNAME"] {
        assert_eq!(
            parsed.properties.iter().filter(|p| p.key() == key).count(),
            1,
            "{key} once in {text}"
        );
    }
    let prodid = parsed.property_value("PRODID").expect("a PRODID");
    assert!(
        prodid.starts_with("-//") && prodid.ends_with("//EN"),
        "{prodid}"
    );
    let name = parsed.property_value("X-WR-CALNAME").expect("a name");
    assert!(name.contains("END:VCALENDAR"), "the name is text: {name}");
    assert!(!name.contains('\u{202E}'), "the override is gone: {name:?}");
    let summaries: Vec<String> = parsed
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => e.get_summary().map(str::to_owned),
            _ => None,
        })
        .collect();
    assert!(
        summaries.iter().any(|s| s.contains("X;Y:\\ ")),
        "the stone's title survives as text: {summaries:?}"
    );
}

#[test]
fn calendar_uids_stay_when_the_person_is_renamed() {
    let uids = |doc: &Document| -> Vec<String> {
        let text = career_spec::export::calendar::ics(doc, today());
        let parsed: Calendar = text.parse().expect("parses back");
        parsed
            .components
            .iter()
            .filter_map(|c| match c {
                CalendarComponent::Event(e) => e.get_uid().map(str::to_owned),
                _ => None,
            })
            .collect()
    };
    let before = uids(&career_spec::file::sample());
    let mut renamed = career_spec::file::sample();
    renamed.profile.name = "Priya Raman-Okafor".to_owned();
    assert!(!before.is_empty());
    assert_eq!(uids(&renamed), before);
}

/// The headings and table rows a Markdown parser finds, as their text.
fn blocks(markdown: &str) -> (Vec<String>, usize) {
    let mut headings = Vec::new();
    let mut rows = 0;
    let mut heading: Option<String> = None;
    for event in Parser::new_ext(markdown, pulldown_cmark::Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => headings.extend(heading.take()),
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = heading.as_mut() {
                    h.push_str(&t);
                }
            }
            Event::Start(Tag::TableRow | Tag::TableHead) => rows += 1,
            _ => {}
        }
    }
    (headings, rows)
}

#[test]
fn markdown_keeps_every_text_inside_its_line_and_cell() {
    let clean = career_spec::export::markdown(&career_spec::file::sample(), today());
    let text = career_spec::export::markdown(&injected(), today());
    let (clean_headings, clean_rows) = blocks(&clean);
    let (headings, rows) = blocks(&text);
    assert_eq!(
        headings.len(),
        clean_headings.len(),
        "no heading was added: {headings:#?}"
    );
    assert!(
        !headings.iter().any(|h| h == "Heading"),
        "a line break started a heading: {headings:#?}"
    );
    assert_eq!(rows, clean_rows, "no table row was added or broken");
    assert!(!text.contains('\r'), "no carriage return is written");
    assert!(
        !text.contains('\u{202E}'),
        "no direction override is written"
    );
    // The name reads back as the person wrote it, on one line.
    assert!(
        headings[0].contains("END:VCALENDAR X;Y:\\ evil, \"q\" | `t`  # Heading | a | b |"),
        "{}",
        headings[0]
    );
    // Every row has as many cells as without the injected texts: no pipe split a cell.
    assert_eq!(cells_per_row(&text), cells_per_row(&clean));
}

/// How many cells each table row has, header rows included, in the order written.
fn cells_per_row(markdown: &str) -> Vec<usize> {
    let mut rows = Vec::new();
    let mut cells = 0;
    for event in Parser::new_ext(markdown, pulldown_cmark::Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::TableRow | Tag::TableHead) => cells = 0,
            Event::Start(Tag::TableCell) => cells += 1,
            Event::End(TagEnd::TableRow | TagEnd::TableHead) => rows.push(cells),
            _ => {}
        }
    }
    rows
}
