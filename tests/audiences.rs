//! Exports for an audience: a document with every part filled in, each with words found
//! nowhere else, exported for each reader; what a reader is not given must not appear at all.

use career_spec::export::{Audience, Part, calendar::ics_for, markdown_for};
use career_spec::model::Document;

mod support;
use support::today;

/// The sample, with words no other part holds written into every part.
fn marked() -> Document {
    let mut doc = career_spec::file::sample();
    doc.north_star.target_role = "Chief Zephyr Officer".into();
    doc.north_star.why = "Why-Quokka".into();
    doc.north_star.stones[0].title = "Stone-Marmalade".into();
    doc.north_star.stones[0].done = false;
    doc.north_star.stones[0].year = 2028;
    doc.skills[0].name = "Skill-Pangolin".into();
    // A bet long over, so that only the portfolio speaks of it (the month's draft names the
    // active ones).
    let old = doc
        .bets
        .iter_mut()
        .min_by(|a, b| a.start.total_cmp(&b.start))
        .expect("a bet");
    old.title = "Bet-Tamarind".into();
    old.story = "Story-Kumquat".into();
    doc.offers[0].company = "Offerco-Xylophone".into();
    doc.offers[1].company = "Offerco-Yodel".into();
    doc.offers[0].notes = "Note-Wombat".into();
    // One figure that is its first year's pay and nothing else.
    let pay = &mut doc.offers[0].compensation;
    pay.base = 987_654.0;
    pay.bonus_pct = 0.0;
    pay.equity_grant = 0.0;
    pay.refresher = 0.0;
    pay.sign_on.clear();
    for score in &mut doc.offers[1].scores {
        score.note = "ScoreNote-Gecko".into();
    }
    for review in &mut doc.drift.reviews {
        review.note = "DriftNote-Quagga".into();
    }
    for item in &mut doc.drift.items {
        item.question = format!("Drift-Question-{} Heron?", item.id);
    }
    doc.ceilings
        .last_mut()
        .expect("an assessment")
        .scores
        .first_mut()
        .expect("a score")
        .note = "CeilingNote-Narwhal".into();
    doc.landing.role = "Landing-Okapi".into();
    doc.landing.items[0].title = "LandingStep-Tapir".into();
    doc.voice.manager = "Manager-Axolotl".into();
    doc.voice.entries[0].title = "Voice-Capybara".into();
    doc.metrics[0].name = "Metric-Ibex".into();
    // A win from before this month, so that the month's draft in the Voice section does not
    // name it.
    doc.evidence[2].what = "Win-Armadillo".into();
    let review = doc.reviews.last_mut().expect("a review");
    review.went_well = "WentWell-Jackal".into();
    review.drifted = "Drifted-Lemur".into();
    doc.people[0].name = "Person-Wolverine".into();
    doc.people[0].touches[1].promised = "Promise-Meerkat".into();
    doc
}

/// The words that stand for each part in the marked document, and headings only it writes.
fn words_of(part: Part) -> &'static [&'static str] {
    match part {
        Part::NorthStar => &["Chief Zephyr Officer", "Why-Quokka", "## North star"],
        Part::Stones => &["Stone-Marmalade"],
        Part::Skills => &["Skill-Pangolin"],
        Part::Portfolio => &["Bet-Tamarind", "Story-Kumquat", "## Portfolio"],
        Part::Offers => &["Offerco-Xylophone", "Offerco-Yodel", "## Offers"],
        Part::Pay => &["987,654", "first-year gross", "What each is worth", "£"],
        Part::Drift => &[
            "Heron?",
            "## Drift checklist",
            "Drifted-Lemur",
            "self-review",
            "Drift risk",
            "Where did I drift",
        ],
        Part::Ceilings => &["## Ceilings", "To lift"],
        Part::Landing => &["Landing-Okapi", "LandingStep-Tapir"],
        Part::Voice => &["Manager-Axolotl", "Voice-Capybara", "## Voice"],
        Part::Review => &["Metric-Ibex", "WentWell-Jackal", "## Career review"],
        Part::People => &[
            "Person-Wolverine",
            "Promise-Meerkat",
            "## People",
            "get in touch with",
        ],
        Part::Evidence => &["Win-Armadillo", "## Evidence"],
    }
}

/// Notes no export prints, to anyone: they are never exported at all.
const NEVER: [&str; 4] = [
    "Note-Wombat",
    "ScoreNote-Gecko",
    "DriftNote-Quagga",
    "CeilingNote-Narwhal",
];

#[test]
fn each_audience_gets_its_parts_and_not_a_word_of_the_others() {
    let doc = marked();
    for audience in Audience::ALL {
        let text = markdown_for(&doc, today(), audience);
        for part in Part::ALL {
            for word in words_of(part) {
                let found = text.contains(word);
                if audience.includes(part) {
                    assert!(found, "{audience} is given {part:?}: \"{word}\"\n{text}");
                } else {
                    assert!(
                        !found,
                        "{audience} is not given {part:?}: \"{word}\"\n{text}"
                    );
                }
            }
        }
        for word in NEVER {
            assert!(!text.contains(word), "{audience}: {word}\n{text}");
        }
    }
}

#[test]
fn only_the_private_version_says_it_is_private_and_it_says_so_first() {
    let doc = marked();
    let me = markdown_for(&doc, today(), Audience::Me);
    assert!(
        me.lines()
            .next()
            .is_some_and(|l| l.starts_with("_Private version:")),
        "{me}"
    );
    assert_eq!(me, career_spec::export::markdown(&doc, today()));
    for audience in [Audience::Mentor, Audience::Manager] {
        let text = markdown_for(&doc, today(), audience);
        assert!(!text.contains("Private"), "{audience}");
        assert!(text.contains("# Priya Raman: career spec"), "{text}");
    }
}

#[test]
fn each_calendar_holds_only_the_dates_of_its_audiences_parts() {
    let doc = marked();
    let me = ics_for(&doc, today(), Audience::Me);
    for word in [
        "Chief Zephyr Officer",
        "Stone-Marmalade",
        "LandingStep-Tapir",
        "Manager-Axolotl",
        "UID:drift-self-review.",
        "UID:next-big-swing.",
        "UID:person-1-touch.",
        "Get in touch with Person-Wolverine",
        "(private)",
    ] {
        assert!(me.contains(word), "the private calendar has {word}\n{me}");
    }
    let mentor = ics_for(&doc, today(), Audience::Mentor);
    for word in [
        "Stone-Marmalade",
        "LandingStep-Tapir",
        "UID:next-big-swing.",
    ] {
        assert!(mentor.contains(word), "the mentor's has {word}\n{mentor}");
    }
    for word in [
        "UID:drift-self-review.",
        "Manager-Axolotl",
        "UID:voice-update.",
        "UID:person-",
        "Person-Wolverine",
    ] {
        assert!(
            !mentor.contains(word),
            "the mentor's has no {word}\n{mentor}"
        );
    }
    let manager = ics_for(&doc, today(), Audience::Manager);
    for word in ["Stone-Marmalade", "UID:voice-update."] {
        assert!(
            manager.contains(word),
            "the manager's has {word}\n{manager}"
        );
    }
    for word in [
        "Chief Zephyr Officer",
        "LandingStep-Tapir",
        "UID:drift-self-review.",
        "UID:next-big-swing.",
        "big swing",
        "Bet-Tamarind",
        "UID:person-",
    ] {
        assert!(
            !manager.contains(word),
            "the manager's has no {word}\n{manager}"
        );
    }
}

#[test]
fn the_preview_names_what_this_document_holds_that_is_left_out() {
    let doc = marked();
    let described: Vec<String> = Audience::Manager
        .left_out()
        .into_iter()
        .map(|p| p.describe(&doc))
        .collect();
    assert!(
        described
            .iter()
            .any(|d| d.starts_with("Offers and their comparison (2 offers)")),
        "{described:?}"
    );
    assert!(
        described.iter().any(|d| d.contains("Chief Zephyr Officer")),
        "{described:?}"
    );
    assert!(Audience::Me.left_out().is_empty());
    let empty = Document::new_empty(today());
    assert_eq!(
        Part::Offers.describe(&empty),
        "Offers and their comparison (none yet)"
    );
}

#[test]
fn the_command_line_asks_for_whom_and_defaults_to_the_private_version() {
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_career-spec"))
            .args(args)
            .output()
            .expect("the binary runs")
    };
    let out = run(&["export", "assets/sample.ron"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("_Private version:"), "{text}");
    let out = run(&["export", "assets/sample.ron", "--for", "manager"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        !text.contains("## Offers") && text.contains("## Skills"),
        "{text}"
    );
    let out = run(&["calendar", "assets/sample.ron", "--for", "mentor"]);
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stdout).contains("UID:drift-self-review."));
    let out = run(&["export", "assets/sample.ron", "--for", "boss"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("write me, mentor or manager"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
