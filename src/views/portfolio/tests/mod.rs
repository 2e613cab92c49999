use egui_kittest::{Harness, kittest::Queryable};

use super::scene::fit_label;
use super::*;
use crate::model::BetStatus;
use crate::views::standalone::Standalone;
use egui::Key;

type H = Harness<'static, Standalone<PortfolioView>>;

use crate::testing::today;

fn harness(doc: Document) -> H {
    sized(doc, 800.0)
}

fn sized(doc: Document, height: f32) -> H {
    let mut h = Harness::builder()
        .with_size([1280.0, height])
        .build_ui_state(
            |ui, s: &mut Standalone<PortfolioView>| s.ui(ui),
            Standalone::new(PortfolioView::default(), doc, today()),
        );
    h.run();
    h
}

/// What the chart must show, worked out by hand from the document: the years across
/// (half a year before the career starts to a year and a half past the north star, or the
/// bets' own ends if further) and the rows up (0.8 below the first core row, 0.9 above the
/// top big-swing row, with one empty row between the lanes).
struct Span {
    years: (f64, f64),
    rows: (f64, f64),
}

/// The sample: core bets on rows 0 (Search, Payments, Checkout) and 1 (Mentoring, which
/// overlaps Checkout), the gap at 2, the big swing at 3; a career from 2016, a north star in
/// 2031.
const SAMPLE: Span = Span {
    years: (2015.5, 2032.5),
    rows: (-0.8, 3.9),
};
/// The sample's big-swing lane.
const SAMPLE_SWING_ROW: f64 = 3.0;
/// An empty spec made on `today()`: a career from 2021, a north star in 2031, one row per
/// lane: core at 0, big swings at 2.
const EMPTY: Span = Span {
    years: (2020.5, 2032.5),
    rows: (-0.8, 2.9),
};

/// Where a year and a row are on screen, aimed without the view's own transform or lanes:
/// the plot's rect as the accessibility tree reports it (its one unnamed, unknown-role
/// node), mapped linearly from the span the document calls for. A mistake shared by the
/// drawing and the hit-testing (a lane drawn in the wrong row, a stale transform) misses.
fn at(h: &H, span: &Span, year: f64, row: f64) -> Pos2 {
    let rect = plot_rect(h);
    let (x0, x1) = span.years;
    let (y0, y1) = span.rows;
    egui::pos2(
        rect.left() + ((year - x0) / (x1 - x0)) as f32 * rect.width(),
        rect.bottom() - ((row - y0) / (y1 - y0)) as f32 * rect.height(),
    )
}

/// The plot's rect as the accessibility tree reports it: its one unnamed, unknown-role node.
fn plot_rect(h: &H) -> egui::Rect {
    let plots: Vec<egui::Rect> = h
        .query_all_by(|n| n.role() == egui::accesskit::Role::Unknown && n.label().is_none())
        .map(|n| n.rect())
        .collect();
    assert_eq!(plots.len(), 1, "one plot on the panel: {plots:?}");
    plots[0]
}

fn lanes(h: &H) -> Lanes {
    Lanes::new(h.state().doc())
}

fn drag(h: &mut H, from: Pos2, to: Pos2) {
    h.hover_at(from);
    h.step();
    h.drag_at(from);
    h.step();
    for i in 1..=6 {
        let t = i as f32 / 6.0;
        h.hover_at(from + (to - from) * t);
        h.step();
    }
    h.drop_at(to);
    h.run();
}

/// A press and release at one point, as a click on the chart.
fn click_at(h: &mut H, p: Pos2) {
    h.hover_at(p);
    h.step();
    h.drag_at(p);
    h.step();
    h.drop_at(p);
    h.run();
}

fn undo(h: &mut H) {
    let s = h.state_mut();
    assert!(
        s.session.history.undo(&mut s.session.doc),
        "there is a step to undo"
    );
    h.run();
}

fn bet(h: &H, id: u64) -> Bet {
    h.state().doc().get(BetId(id)).expect("bet exists").clone()
}

#[test]
fn a_core_bet_dragged_from_the_palette_lands_at_its_year_and_lane() {
    let mut h = harness(crate::file::sample());
    let from = h.get_by_label("Core bet").rect().center();
    let to = at(&h, &SAMPLE, 2027.1, 0.0);
    drag(&mut h, from, to);
    let doc = h.state().doc();
    assert_eq!(doc.bets.len(), 6);
    let new = doc.bets.last().expect("a new bet");
    assert_eq!(new.kind, Some(BetKind::Core));
    assert_eq!(new.start, 2027.0, "snapped to the quarter");
    assert_eq!(new.status, BetStatus::Planned);
    assert_eq!(h.state().view.selected(), Some(new.id));
    undo(&mut h);
    assert_eq!(h.state().doc().bets.len(), 5);
}

#[test]
fn a_big_swing_dropped_in_the_swing_lane_is_a_big_swing() {
    let mut h = harness(Document::new_empty(today()));
    h.get_by_label("Drag a Core bet onto the timeline to add your first role.");
    let from = h.get_by_label("Big swing").rect().center();
    let to = at(&h, &EMPTY, 2028.5, 2.0);
    drag(&mut h, from, to);
    let new = h.state().doc().bets.last().expect("a new bet").clone();
    assert_eq!(new.kind, Some(BetKind::BigSwing));
    assert_eq!((new.start, new.end), (2028.5, 2030.0));
}

#[test]
fn a_bet_dropped_in_the_past_asks_for_its_outcome_and_one_spanning_today_is_active() {
    let mut h = harness(Document::new_empty(today()));
    let from = h.get_by_label("Core bet").rect().center();
    let to = at(&h, &EMPTY, 2022.1, 0.0);
    drag(&mut h, from, to);
    let past = h.state().doc().bets.last().expect("a new bet").clone();
    assert_eq!((past.start, past.end), (2022.0, 2024.0));
    assert_eq!(
        past.status,
        BetStatus::Ended,
        "over, and its outcome is not known"
    );
    h.get_by_label("Update the status of 1 bet.");
    h.get_by_label_contains("\"New core role\": ended 2024: set how it went");
    let from = h.get_by_label("Core bet").rect().center();
    let to = at(&h, &EMPTY, 2026.1, 0.0);
    drag(&mut h, from, to);
    let now = h.state().doc().bets.last().expect("a second bet").clone();
    assert_eq!(now.start, 2026.0);
    assert_eq!(now.status, BetStatus::Active);
    h.get_by_label("Update the status of 1 bet.");
}

#[test]
fn dragging_a_bar_moves_it_by_quarters_in_one_undo_step() {
    let mut h = harness(crate::file::sample());
    // "Senior PM, Checkout": 2022.75 to 2027.0, core lane row 0.
    let from = at(&h, &SAMPLE, 2024.5, 0.0);
    let to = at(&h, &SAMPLE, 2025.6, 0.0);
    drag(&mut h, from, to);
    let moved = bet(&h, 4);
    assert_eq!((moved.start, moved.end), (2023.75, 2028.0));
    assert_eq!(moved.kind, Some(BetKind::Core));
    undo(&mut h);
    assert_eq!(bet(&h, 4).start, 2022.75, "the whole drag is one step");
}

#[test]
fn dragging_an_end_resizes_the_bet() {
    let mut h = harness(crate::file::sample());
    // Checkout ends at 2027 on core row 0; grabbed just inside its end.
    let from = at(&h, &SAMPLE, 2027.0, 0.0) - egui::vec2(2.0, 0.0);
    let to = at(&h, &SAMPLE, 2028.5, 0.0);
    drag(&mut h, from, to);
    let resized = bet(&h, 4);
    assert_eq!(resized.start, 2022.75);
    assert_eq!(resized.end, 2028.5);
    undo(&mut h);
    assert_eq!(bet(&h, 4).end, 2027.0);
}

#[test]
fn dragging_the_start_resizes_the_bet_in_one_undo_step() {
    let mut h = harness(crate::file::sample());
    // Checkout starts at 2022.75 on core row 0 (Marketplace, before it, is a big swing);
    // grabbed just inside its start.
    let from = at(&h, &SAMPLE, 2022.75, 0.0) + egui::vec2(2.0, 0.0);
    let to = at(&h, &SAMPLE, 2024.0, 0.0);
    drag(&mut h, from, to);
    let resized = bet(&h, 4);
    assert_eq!((resized.start, resized.end), (2024.0, 2027.0));
    undo(&mut h);
    let back = bet(&h, 4);
    assert_eq!(
        (back.start, back.end),
        (2022.75, 2027.0),
        "the whole drag is one step"
    );
    let s = h.state();
    assert!(!s.session.history.can_undo(), "and only one step");
}

#[test]
fn dragging_a_bar_into_the_other_lane_changes_its_kind() {
    let mut h = harness(crate::file::sample());
    let from = at(&h, &SAMPLE, 2024.5, 0.0);
    let to = at(&h, &SAMPLE, 2024.5, SAMPLE_SWING_ROW);
    drag(&mut h, from, to);
    assert_eq!(bet(&h, 4).kind, Some(BetKind::BigSwing));
    undo(&mut h);
    assert_eq!(bet(&h, 4).kind, Some(BetKind::Core));
}

#[test]
fn click_selects_and_delete_removes() {
    let mut h = harness(crate::file::sample());
    let p = at(&h, &SAMPLE, 2024.5, 0.0);
    click_at(&mut h, p);
    assert_eq!(h.state().view.selected(), Some(BetId(4)));
    h.get_by_label("Title");
    h.key_press(Key::ArrowRight);
    h.run();
    assert_eq!(bet(&h, 4).start, 2023.0, "nudged a quarter");
    h.key_press(Key::Delete);
    h.run();
    assert!(h.state().doc().get(BetId(4)).is_none());
}

#[test]
fn the_inspector_edits_the_selected_bet() {
    let mut h = harness(crate::file::sample());
    h.state_mut().view.select(ItemRef::Bet(BetId(3)));
    h.run();
    h.get_by_label("Zero-to-one building").click();
    h.run();
    assert!(!bet(&h, 3).skills.contains(&crate::model::SkillId(1)));
    h.get_by_label("Delete bet").click();
    h.run();
    assert!(h.state().doc().get(BetId(3)).is_none());
}

#[test]
fn the_inspector_shows_and_takes_quarters_never_fractional_years() {
    let mut h = harness(crate::file::sample());
    h.state_mut().view.select(ItemRef::Bet(BetId(3)));
    h.run();
    // The marketplace bet runs from 2021.25 to 2022.75.
    assert_eq!(h.get_by_label("Start").value().as_deref(), Some("Q2 2021"));
    assert_eq!(h.get_by_label("End").value().as_deref(), Some("Q4 2022"));
    // Typed as a person would: focus the field, type the quarter, press Enter.
    h.get_by_label("End").focus();
    h.run();
    h.get_by_label("End").type_text("Q1 2023");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(bet(&h, 3).end, 2023.0);
    assert_eq!(h.get_by_label("End").value().as_deref(), Some("Q1 2023"));
}

#[test]
fn a_bet_imported_by_the_month_shows_its_months_in_the_fields_and_beneath_them() {
    use chrono::NaiveDate;
    let mut doc = crate::file::sample();
    let day = |y, m| crate::model::year_fraction(NaiveDate::from_ymd_opt(y, m, 1).expect("day"));
    // Held from June 2019 until February 2022, as LinkedIn gives it: it ends on 1 March.
    doc.bets[2].start = day(2019, 6);
    doc.bets[2].end = day(2022, 3);
    let mut h = harness(doc);
    h.state_mut().view.select(ItemRef::Bet(BetId(3)));
    h.run();
    assert_eq!(h.get_by_label("Start").value().as_deref(), Some("Jun 2019"));
    assert_eq!(h.get_by_label("End").value().as_deref(), Some("Feb 2022"));
    h.get_by_label("Jun 2019 to Feb 2022");
}

#[test]
fn the_panel_says_a_swing_is_due_and_the_rule_can_change() {
    let mut h = sized(crate::file::sample(), 1600.0);
    h.get_by_label("A big swing is due: 4.1 years since the last one.");
    h.get_by_label("Rules the portfolio is read with").click();
    h.run();
    // Typed into the rule's field, as a person would: focus selects the number.
    h.get_by_label("Big swing at most every").focus();
    h.run();
    h.get_by_label("Big swing at most every").type_text("8");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().doc().rules.swing_cadence_max_years, 8.0);
    assert!(
        h.query_by_label("A big swing is due: 4.1 years since the last one.")
            .is_none()
    );
    h.get_by_label("A big swing is due within 3.9 years.");
    h.get_by_label("Big swing at most every");
    // The drift checklist's thresholds are edited with the other rules.
    h.get_by_label("Drift checklist judged from");
    h.get_by_label("Drift risk high from");
}

#[test]
fn labels_fit_their_bars_or_stay_away() {
    assert_eq!(fit_label("Checkout", 200.0).as_deref(), Some("Checkout"));
    assert_eq!(
        fit_label("Senior PM, Checkout", 60.0).as_deref(),
        Some("Senior…")
    );
    assert_eq!(fit_label("Senior PM", 20.0), None);
}

#[test]
fn a_crowded_portfolio_lays_out_without_overlaps() {
    let mut doc = Document::new_empty(today());
    doc.profile.career_start_year = Some(1990);
    for i in 0..300u64 {
        let start = 1990.0 + (i % 40) as f64 + (i % 4) as f64 * 0.25;
        doc.bets.push(Bet {
            id: BetId(i + 1),
            title: format!("Bet {i}"),
            kind: Some(if i % 3 == 0 {
                BetKind::BigSwing
            } else {
                BetKind::Core
            }),
            start,
            end: start + 1.0 + (i % 5) as f64 * 0.5,
            ..Bet::default()
        });
    }
    let h = harness(doc);
    let l = lanes(&h);
    let bets = &h.state().doc().bets;
    for (i, a) in bets.iter().enumerate() {
        for b in &bets[i + 1..] {
            let same_row = a.kind == b.kind && l.y(a) == l.y(b);
            assert!(
                !(same_row && a.start < b.end && b.start < a.end),
                "{} hides {}",
                a.title,
                b.title
            );
        }
    }
}

/// A drag whose last move arrives in the frame of the release, as a quick flick does in the
/// real window, where one frame takes every event since the last: the move and the end of the
/// gesture are sent together. (The harness's own event queue gives each event a frame.)
fn drag_released_on_a_move(h: &mut H, from: Pos2, to: Pos2) {
    h.hover_at(from);
    h.step();
    h.drag_at(from);
    h.step();
    h.hover_at(from + (to - from) * 0.5);
    h.step();
    h.input_mut().events.extend([
        egui::Event::PointerMoved(to),
        egui::Event::PointerButton {
            pos: to,
            button: egui::PointerButton::Primary,
            pressed: false,
            modifiers: egui::Modifiers::NONE,
        },
    ]);
    h.step();
    h.run();
}

#[test]
fn two_quick_drags_of_one_bar_are_two_undo_steps() {
    // Frames a sixtieth of a second apart, so that the second drag begins within the moment
    // in which edits of the same bar merge into one step.
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_step_dt(1.0 / 60.0)
        // Tooltips fade over more of these short frames.
        .with_max_steps(40)
        .build_ui_state(
            |ui, s: &mut Standalone<PortfolioView>| s.ui(ui),
            Standalone::new(PortfolioView::default(), crate::file::sample(), today()),
        );
    h.run();
    // "Senior PM, Checkout": 2022.75 to 2027.0, core lane row 0.
    let (a, b, c) = (
        at(&h, &SAMPLE, 2024.5, 0.0),
        at(&h, &SAMPLE, 2025.6, 0.0),
        at(&h, &SAMPLE, 2026.6, 0.0),
    );
    drag_released_on_a_move(&mut h, a, b);
    assert_eq!(bet(&h, 4).start, 2023.75, "the first drag moves it a year");
    drag_released_on_a_move(&mut h, b, c);
    assert_eq!(
        bet(&h, 4).start,
        2024.75,
        "the second drag moves it another"
    );
    undo(&mut h);
    assert_eq!(
        bet(&h, 4).start,
        2023.75,
        "undo takes back the second drag only"
    );
    undo(&mut h);
    assert_eq!(bet(&h, 4).start, 2022.75, "and then the first");
}

#[test]
fn clicking_a_chip_adds_a_bet_this_quarter_in_its_lane_as_one_undo_step() {
    let mut h = harness(crate::file::sample());
    h.get_by_label("Big swing").click();
    h.run();
    let doc = h.state().doc();
    assert_eq!(doc.bets.len(), 6);
    let new = doc.bets.last().expect("a new bet").clone();
    // Today is 22 November 2026, nearest the turn of the year, as a drop there would snap.
    assert_eq!(new.kind, Some(BetKind::BigSwing));
    assert_eq!((new.start, new.end), (2027.0, 2028.5));
    assert_eq!(new.status, BetStatus::Planned);
    assert!(
        lanes(&h).y(&new) >= SAMPLE_SWING_ROW,
        "in the big-swing lane"
    );
    assert_eq!(h.state().view.selected(), Some(new.id));
    assert_eq!(
        h.state().message.as_deref(),
        Some("Added \"New big swing\": big swing, 2027 – mid-2028")
    );
    undo(&mut h);
    assert_eq!(h.state().doc().bets.len(), 5, "one undo takes it back");
}

#[test]
fn enter_on_a_focused_chip_adds_a_bet() {
    let mut h = harness(Document::new_empty(today()));
    h.get_by_label("Core bet").focus();
    h.run();
    assert!(h.state().doc().bets.is_empty(), "focus alone adds nothing");
    h.key_press(Key::Enter);
    h.run();
    let bets = &h.state().doc().bets;
    assert_eq!(bets.len(), 1);
    assert_eq!(bets[0].kind, Some(BetKind::Core));
    assert_eq!((bets[0].start, bets[0].end), (2027.0, 2029.0));
    assert_eq!(lanes(&h).y(&bets[0]), 0.0, "in the core lane");
    undo(&mut h);
    assert!(h.state().doc().bets.is_empty());
}

/// Presses at `from` and moves the pointer to each of `path` in turn, without releasing.
fn drag_through(h: &mut H, from: Pos2, path: &[Pos2]) {
    h.hover_at(from);
    h.step();
    h.drag_at(from);
    h.step();
    let mut last = from;
    for to in path {
        move_through(h, last, *to);
        last = *to;
    }
}

/// Moves the pointer from `from` to `to` in a few frames, as a hand does.
fn move_through(h: &mut H, from: Pos2, to: Pos2) {
    for i in 1..=4 {
        let t = i as f32 / 4.0;
        h.hover_at(from + (to - from) * t);
        h.step();
    }
}

#[test]
fn a_palette_drag_says_where_the_bet_will_land_and_lands_there() {
    let mut h = harness(crate::file::sample());
    let from = h.get_by_label("Core bet").rect().center();
    // Near the chart's right edge first: the label stays inside the chart.
    let edge = at(&h, &SAMPLE, 2032.3, 0.0);
    let to = at(&h, &SAMPLE, 2027.1, 0.0);
    drag_through(&mut h, from, &[edge]);
    let label = h.get_by_label("Core: Q2 2032 – Q2 2034").rect();
    assert!(
        plot_rect(&h).contains_rect(label),
        "{label:?} inside the chart"
    );
    move_through(&mut h, edge, to);
    h.get_by_label("Core: 2027 – 2029");
    assert!(h.query_by_label("Core: Q2 2032 – Q2 2034").is_none());
    h.drop_at(to);
    h.run();
    let new = h.state().doc().bets.last().expect("a new bet").clone();
    assert_eq!(
        (new.kind, new.start, new.end),
        (Some(BetKind::Core), 2027.0, 2029.0)
    );
    assert!(
        h.query_by_label("Core: 2027 – 2029").is_none(),
        "the label goes with the drag"
    );
}

#[test]
fn moving_a_bar_shows_the_dates_it_is_moved_to() {
    let mut h = harness(crate::file::sample());
    // "Senior PM, Checkout": 2022.75 to 2027.0, core lane row 0.
    let from = at(&h, &SAMPLE, 2024.5, 0.0);
    let to = at(&h, &SAMPLE, 2025.6, 0.0);
    drag_through(&mut h, from, &[to]);
    h.get_by_label("Core: Q4 2023 – 2028");
    h.drop_at(to);
    h.run();
    assert_eq!((bet(&h, 4).start, bet(&h, 4).end), (2023.75, 2028.0));
    assert!(h.query_by_label("Core: Q4 2023 – 2028").is_none());
}

/// The timeline at scale and in its details: what is painted where, filters, rows that
/// scroll, axis labels.
mod scale;

mod classify;
