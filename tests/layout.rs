//! The window as a person sees it, at the default size and at a small one: no text cut off at
//! a panel's edge, and nothing moving under the pointer when the document changes.

use career_spec::app::picker::ScriptedPicker;
use career_spec::app::{AppConfig, CareerApp};
use career_spec::edit::ItemRef;
use career_spec::edit::Session;
use career_spec::model::Document;
use career_spec::stress::stress_document;
use career_spec::views::Panel;
use chrono::NaiveDate;
use egui::accesskit::Role;
use egui::{Rect, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

mod support;
use support::{today, window};

/// The sizes a person uses: the default window, and a small laptop's half screen.
const SIZES: [Vec2; 2] = [Vec2::new(1280.0, 800.0), Vec2::new(900.0, 600.0)];

fn app(doc: Document, size: Vec2, panel: Panel) -> Harness<'static, CareerApp> {
    let config = AppConfig::for_tests(today(), ScriptedPicker::answering(vec![]));
    let mut app = CareerApp::new(Session::untitled(doc), config);
    let item = item_for(app.doc(), panel);
    app.show(panel, item);
    let mut h = Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut CareerApp| app.ui(ui), app);
    h.run();
    h
}

/// An item each panel's inspector can show: the first of its kind in the document.
fn item_for(doc: &Document, panel: Panel) -> Option<ItemRef> {
    match panel {
        Panel::Spec => doc.skills.first().map(|s| ItemRef::Skill(s.id)),
        // The longest title: the bet most likely to overflow the inspector.
        Panel::Portfolio => doc
            .bets
            .iter()
            .max_by_key(|b| b.title.len())
            .map(|b| ItemRef::Bet(b.id)),
        Panel::Offers => doc.offers.first().map(|o| ItemRef::Offer(o.id)),
        Panel::Drift => doc
            .drift
            .reviews
            .first()
            .map(|r| ItemRef::DriftReview(r.id)),
        Panel::Ceilings => doc.ceilings.first().map(|a| ItemRef::Assessment(a.id)),
        Panel::Landing => doc
            .landing
            .items
            .first()
            .map(|i| ItemRef::LandingItem(i.id)),
        Panel::Voice => doc.voice.entries.first().map(|e| ItemRef::VoiceEntry(e.id)),
        Panel::Review => doc.metrics.first().map(|m| ItemRef::Metric(m.id)),
        // The first the panel lists: the one most due, its log the longest shown.
        Panel::People => doc.people.first().map(|p| ItemRef::Person(p.id)),
        Panel::Evidence => doc.evidence.first().map(|e| ItemRef::Evidence(e.id)),
    }
}

/// Whether a scroll bar along `horizontal` (or vertical) lies in `area`: the area scrolls that
/// way, so text beyond its edge can be brought into view.
fn scrolls(h: &Harness<'static, CareerApp>, area: Rect, horizontal: bool) -> bool {
    h.query_all_by_role(Role::ScrollBar).any(|bar| {
        let r = bar.rect();
        let along = if horizontal {
            r.width() > r.height()
        } else {
            r.height() > r.width()
        };
        along && area.expand(1.0).contains_rect(r)
    })
}

/// Every piece of text the window shows: its words, where it is, and which panel holds it
/// (by AccessKit's id of the panel, written out; none for text outside the panels).
fn texts(h: &Harness<'static, CareerApp>) -> Vec<(String, Rect, Option<String>)> {
    let mut found = Vec::new();
    for role in [Role::Label, Role::Button, Role::CheckBox] {
        for node in h.query_all_by_role(role) {
            let ak = node.accesskit_node();
            let words = if role == Role::Label {
                ak.value()
            } else {
                ak.label()
            };
            let Some(words) = words.filter(|w| !w.trim().is_empty()) else {
                continue;
            };
            let mut pane = node.parent();
            while let Some(p) = &pane {
                if p.accesskit_node().role() == Role::Pane {
                    break;
                }
                pane = p.parent();
            }
            found.push((
                words,
                node.rect(),
                pane.map(|p| format!("{:?}", p.accesskit_node().id())),
            ));
        }
    }
    found
}

/// Text whose panel cuts it off where the person cannot scroll to it.
fn cut_text(h: &Harness<'static, CareerApp>, size: Vec2) -> Vec<String> {
    let (navigation, layout) = h.state().layout();
    // What the inspector's scroll area reaches: past it, its scroll bars bring nothing into
    // view. A panel's tables and charts scroll in areas of their own, inside the panel's, so
    // there a scroll bar in the panel is all that is seen.
    let panels = [
        ("navigation", navigation, None),
        ("panel", layout.central, None),
        (
            "inspector",
            layout.inspector,
            Some(layout.inspector_content),
        ),
    ];
    let found = texts(h);
    // AccessKit gives a panel no rect: a panel is the one its top-left text starts in, since
    // nothing is scrolled yet and text overflows only to the right and below.
    let panel_of = |pane: &String| {
        let corner = found
            .iter()
            .filter(|(_, _, p)| p.as_ref() == Some(pane))
            .fold(egui::pos2(f32::INFINITY, f32::INFINITY), |c, (_, r, _)| {
                c.min(r.min)
            });
        panels
            .iter()
            .find(|(_, p, _)| p.contains(corner + egui::vec2(1.0, 1.0)))
            .copied()
    };
    let window = Rect::from_min_size(egui::Pos2::ZERO, size);
    let mut cut = Vec::new();
    for (words, r, pane) in &found {
        let Some((name, panel, content)) = pane.as_ref().and_then(panel_of) else {
            if !window.expand(1.0).contains_rect(*r) {
                cut.push(format!("{words:?} runs off the window ({r:?})"));
            }
            continue;
        };
        let reached = |horizontal: bool| {
            let within = content.is_none_or(|c| {
                let c = c.expand(1.0);
                if horizontal {
                    c.left() <= r.left() && r.right() <= c.right()
                } else {
                    c.top() <= r.top() && r.bottom() <= c.bottom()
                }
            });
            scrolls(h, panel, horizontal) && within
        };
        let sideways =
            (r.left() < panel.left() - 1.0 || r.right() > panel.right() + 1.0) && !reached(true);
        let below = r.bottom() > panel.bottom() + 1.0 && !reached(false);
        if sideways || below {
            cut.push(format!(
                "{words:?} is cut by the {name} ({r:?} in {panel:?})"
            ));
        }
    }
    cut
}

fn check_every_panel(doc: &Document, which: &str) {
    let mut problems = Vec::new();
    for size in SIZES {
        for panel in Panel::ALL {
            let h = app(doc.clone(), size, *panel);
            problems.extend(
                cut_text(&h, size)
                    .into_iter()
                    .map(|p| format!("{which}, {} at {}x{}: {p}", panel.label(), size.x, size.y)),
            );
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_text_is_cut_off_in_the_sample() {
    check_every_panel(&career_spec::file::sample(), "sample");
}

#[test]
fn no_text_is_cut_off_in_the_stress_document() {
    check_every_panel(&stress_document(7), "stress");
}

#[test]
fn no_text_is_cut_off_with_two_years_of_reviews() {
    let mut doc = career_spec::file::sample();
    let first = NaiveDate::from_ymd_opt(2024, 1, 15).expect("date");
    career_spec::stress::add_career_reviews(&mut doc, first, 3);
    check_every_panel(&doc, "two years of reviews");
}

/// The documents unlike the sample a person meets first: a new spec with one field filled,
/// a history imported from LinkedIn and nothing classified, a north star whose year is past,
/// and offers in two currencies with no rate between them.
fn unusual_documents() -> Vec<(&'static str, Document)> {
    use career_spec::import::{self, linkedin};
    let mut one = Document::new_empty(today());
    one.profile.name = "Ana".into();
    let mut imported = Document::new_empty(today());
    for name in ["Positions.csv", "Skills.csv", "Connections.csv"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/linkedin")
            .join(name);
        let export = linkedin::read_file(&path).expect("a fixture");
        import::merge(&mut imported, &export, today());
    }
    let mut past = career_spec::file::sample();
    past.north_star.target_year = 2024;
    for (stone, year) in past.north_star.stones.iter_mut().zip(2021..) {
        stone.year = year;
    }
    let mut two = career_spec::file::sample();
    two.offers[1].compensation.currency = "€".into();
    vec![
        ("one field filled", one),
        ("an imported history", imported),
        ("a goal in the past", past),
        ("two currencies", two),
    ]
}

#[test]
fn no_text_is_cut_off_in_documents_unlike_the_sample() {
    for (which, doc) in unusual_documents() {
        assert!(
            which != "an imported history" || doc.bets.len() == 3,
            "the fixture's three positions"
        );
        check_every_panel(&doc, which);
    }
}

/// Every panel's inspector, with its item selected, that must be scrolled sideways to reach
/// a control or the end of a line: a row wider than the inspector widens its form, and every
/// paragraph under it then wraps past the edge as well.
fn sideways_inspectors(doc: &Document, which: &str) -> Vec<String> {
    let mut wide = Vec::new();
    for size in SIZES {
        for panel in Panel::ALL {
            let h = app(doc.clone(), size, *panel);
            if scrolls(&h, h.state().layout().1.inspector, true) {
                wide.push(format!(
                    "{which}, {} at {}x{}",
                    panel.label(),
                    size.x,
                    size.y
                ));
            }
        }
    }
    wide
}

#[test]
fn every_inspector_fits_its_width_without_scrolling_sideways() {
    let mut wide = sideways_inspectors(&career_spec::file::sample(), "sample");
    wide.extend(sideways_inspectors(&stress_document(7), "stress"));
    for (which, doc) in unusual_documents() {
        wide.extend(sideways_inspectors(&doc, which));
    }
    assert!(wide.is_empty(), "{}", wide.join("\n"));
}

#[test]
fn a_date_row_wrapped_in_a_narrow_inspector_keeps_clear_of_the_row_below() {
    let h = app(career_spec::file::sample(), SIZES[1], Panel::Offers);
    let calendar = h.get_by_label("Calendar: Start date").rect();
    let field = h.get_by_label("Start date").rect();
    // Wrapped: the buttons under the field, all of them above the next row.
    assert!(
        calendar.top() >= field.bottom(),
        "{calendar:?} under {field:?}"
    );
    let below = h.get_by_label("It was offered to me").rect();
    assert!(
        calendar.bottom() <= below.top(),
        "{calendar:?} runs into {below:?}"
    );
}

#[test]
fn the_inspector_keeps_the_width_it_was_given() {
    let config = AppConfig::for_tests(today(), ScriptedPicker::answering(vec![]));
    let mut app = CareerApp::new(Session::untitled(career_spec::file::sample()), config);
    app.set_inspector_width(380.0);
    let mut h = window(app);
    h.run();
    let width = h.state().layout().1.inspector.width();
    assert!((width - 380.0).abs() < 1.0, "{width}");
    // A person can drag its edge: egui names that handle for them.
    h.get_by_role_and_label(Role::Splitter, "Resize panel");
}

#[test]
fn answering_a_drift_question_moves_nothing_below_it() {
    let mut h = app(career_spec::file::sample(), SIZES[0], Panel::Drift);
    h.get_by_label("Start a new run").click();
    h.run();
    let question = h
        .state()
        .doc()
        .drift
        .items
        .get(1)
        .expect("a second question")
        .question
        .clone();
    let first = h
        .state()
        .doc()
        .drift
        .items
        .first()
        .expect("a first question")
        .question
        .clone();
    let next = format!("Yes: {question}");
    let before = h.get_by_label(&next).rect();
    h.get_by_label(&format!("Yes: {first}")).click();
    h.run();
    let review = h.state().doc().drift.reviews.last().expect("run");
    assert_eq!(review.answers.len(), 1, "the answer was kept");
    assert_eq!(h.get_by_label(&next).rect(), before);
}

#[test]
fn an_edit_does_not_rescale_the_timeline() {
    let mut h = app(career_spec::file::sample(), SIZES[0], Panel::Portfolio);
    let before = *h
        .state()
        .portfolio_transform()
        .expect("the chart was drawn");
    // Rename the selected bet in the inspector, and nudge it along the timeline.
    h.get_by_label("Title").focus();
    h.run();
    h.get_by_label("Title").type_text(" and more");
    h.run();
    h.key_press(egui::Key::Escape);
    h.run();
    h.key_press(egui::Key::ArrowRight);
    h.run();
    assert!(h.state().session().is_dirty());
    let after = *h
        .state()
        .portfolio_transform()
        .expect("the chart was drawn");
    assert_eq!(after.frame(), before.frame());
    assert_eq!(after.bounds(), before.bounds());
}

#[test]
fn emoji_and_symbols_in_names_have_glyphs() {
    let h = app(career_spec::file::sample(), SIZES[0], Panel::Spec);
    // egui's own emoji fonts stay in: names carry them, and the app draws ⚠ and … itself.
    let missing: String = "🚀✨⚠…·—–•×−“”£é"
        .chars()
        .filter(|c| {
            !h.ctx
                .fonts_mut(|f| f.has_glyph(&egui::FontId::proportional(14.0), *c))
        })
        .collect();
    assert_eq!(missing, "");
}

#[test]
fn an_empty_document_claims_nothing_it_has_not_earned() {
    let mut said = Vec::new();
    for panel in Panel::ALL {
        let h = app(Document::new_empty(today()), SIZES[0], *panel);
        said.extend(texts(&h).into_iter().map(|(words, _, _)| words));
    }
    for claim in ["0 of 0", "none sent yet", "0.0 of"] {
        assert!(
            !said.iter().any(|w| w.contains(claim)),
            "an empty spec says {claim:?}"
        );
    }
    assert!(said.iter().any(|w| w.contains("no stepping stones yet")));
    assert!(
        said.iter()
            .any(|w| w.contains("Name who you send updates to"))
    );
}

#[test]
fn the_status_line_drops_a_message_the_document_has_outgrown() {
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("career.ron");
    career_spec::file::save(&path, &career_spec::file::sample()).expect("saved");
    let config = AppConfig::for_tests(today(), ScriptedPicker::answering(vec![]));
    let mut h = Harness::builder().with_size(SIZES[0]).build_ui_state(
        |ui, app: &mut CareerApp| app.ui(ui),
        CareerApp::start(Some(&path), config),
    );
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(
        h.state().status().starts_with("Saved"),
        "{}",
        h.state().status()
    );
    h.get_by_label("Name").focus();
    h.run();
    h.get_by_label("Name").type_text("!");
    h.run();
    h.run();
    assert_eq!(h.state().status(), "");
}

#[test]
fn a_current_job_with_no_pay_asks_for_it_instead_of_counting_nothing() {
    let mut doc = career_spec::file::sample();
    let stay = doc
        .offers
        .iter_mut()
        .find(|o| o.is_current)
        .expect("the sample's current job");
    stay.compensation = career_spec::model::Compensation::default();
    let h = app(doc, SIZES[0], Panel::Offers);
    h.get_by_label_contains("enter your current pay in the inspector");
    assert!(h.query_all_by_label("not entered").count() >= 3);
}

#[test]
fn pay_is_edited_as_it_is_read_grouped_after_its_currency() {
    let h = app(career_spec::file::sample(), SIZES[0], Panel::Offers);
    let base = h.get_by_label("Base per year").value().expect("a value");
    assert!(base.contains(',') && !base.contains('.'), "{base}");
}

#[test]
fn hovering_a_bar_names_its_bet_in_a_tooltip() {
    let mut h = app(career_spec::file::sample(), SIZES[0], Panel::Spec);
    h.state_mut().show(Panel::Portfolio, None);
    h.run();
    let bet = h
        .state()
        .doc()
        .bets
        .iter()
        .find(|b| b.title == "Senior PM, Checkout")
        .expect("the sample's current role")
        .clone();
    let transform = *h
        .state()
        .portfolio_transform()
        .expect("the chart was drawn");
    let middle = f64::midpoint(bet.start, bet.end);
    let mut found = false;
    // The bar's row is the layout's to choose: look along its middle year, row by row.
    for row in 0..6 {
        h.hover_at(
            transform.position_from_point(&egui_plot::PlotPoint::new(middle, f64::from(row))),
        );
        // A tooltip waits for the pointer to rest.
        for _ in 0..40 {
            h.step();
        }
        if h.query_all_by_label_contains("Senior PM, Checkout (")
            .next()
            .is_some()
        {
            found = true;
            break;
        }
    }
    assert!(found, "no tooltip named the bet");
}

#[test]
fn the_offer_table_shows_every_column_beside_the_inspector_at_900() {
    let h = app(
        career_spec::file::sample(),
        Vec2::new(900.0, 600.0),
        Panel::Offers,
    );
    let (_, layout) = h.state().layout();
    for header in ["Criterion", "A × w", "B × w", "Difference"] {
        let r = h
            .get_all_by_label(header)
            .next()
            .expect("a column header")
            .rect();
        assert!(
            layout.central.contains_rect(r),
            "{header} at {r:?} is past the panel {:?}",
            layout.central
        );
    }
    // The weights are still set there, in their number boxes.
    h.get_by_label("Weight of North-star fit");
}
