//! The timeline at scale and in its details, checked on the shapes actually painted: the
//! filter, the minimum bar height, rows that scroll, rows kept through a drag, axis labels.

use super::*;

/// Every shape the last frame painted, each with the rect it was clipped to.
fn painted(h: &H) -> Vec<(egui::Rect, egui::Shape)> {
    fn walk(clip: egui::Rect, shape: &egui::Shape, out: &mut Vec<(egui::Rect, egui::Shape)>) {
        if let egui::Shape::Vec(shapes) = shape {
            for s in shapes {
                walk(clip, s, out);
            }
        } else {
            out.push((clip, shape.clone()));
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        walk(clipped.clip_rect, &clipped.shape, &mut out);
    }
    out
}

/// The bars a person sees on the chart: rects painted with a bar's outline (2.5 points, 3.5
/// when selected) that show inside the plot.
fn bars(h: &H) -> Vec<egui::Rect> {
    outlined(h, &[2.5, 3.5])
}

/// The rects painted with an outline of one of `widths` that show inside the plot.
fn outlined(h: &H, widths: &[f32]) -> Vec<egui::Rect> {
    let plot = plot_rect(h);
    painted(h)
        .into_iter()
        .filter_map(|(clip, shape)| match shape {
            egui::Shape::Rect(r)
                if widths.contains(&r.stroke.width) && r.rect.intersects(clip.intersect(plot)) =>
            {
                Some(r.rect)
            }
            _ => None,
        })
        .collect()
}

/// The painted bar whose middle is at `year`, within a point or two.
fn bar_at(h: &H, span: &Span, year: f64) -> egui::Rect {
    let x = at(h, span, year, 0.0).x;
    let found: Vec<egui::Rect> = bars(h)
        .into_iter()
        .filter(|r| (r.center().x - x).abs() < 2.0)
        .collect();
    assert_eq!(found.len(), 1, "one bar centred on {year}: {found:?}");
    found[0]
}

#[test]
fn lanes_keep_their_rows_through_a_drag_and_after_it() {
    let mut h = harness(crate::file::sample());
    // "Mentor two associate PMs", 2025.5 to 2026.75, sits on core row 1 because "Senior PM,
    // Checkout" (2022.75 to 2027) holds row 0. Checkout is dragged 4.5 years later, past it.
    let mentor = f64::midpoint(2025.5, 2026.75);
    let row_1 = at(&h, &SAMPLE, mentor, 1.0).y;
    let row_0 = at(&h, &SAMPLE, mentor, 0.0).y;
    assert!((bar_at(&h, &SAMPLE, mentor).center().y - row_1).abs() < 2.0);
    let from = at(&h, &SAMPLE, 2024.5, 0.0);
    let to = at(&h, &SAMPLE, 2029.0, 0.0);
    drag_through(&mut h, from, &[to]);
    // A frame held still: the chart shows the bet as the last move left it.
    h.step();
    assert_eq!(bet(&h, 4).start, 2027.25, "the bar follows the pointer");
    let moved = bar_at(&h, &SAMPLE, f64::midpoint(2027.25, 2031.5));
    assert!(
        (moved.center().y - row_0).abs() < 2.0,
        "the dragged bar keeps its row"
    );
    assert!(
        (bar_at(&h, &SAMPLE, mentor).center().y - row_1).abs() < 2.0,
        "the other bars stay where they were while the drag goes on"
    );
    h.drop_at(to);
    h.run();
    // Row 0 is free where Mentor runs now, but nothing makes it move: a layout packed afresh
    // would have moved it, and bars the person never touched would jump.
    assert!(
        (bar_at(&h, &SAMPLE, mentor).center().y - row_1).abs() < 2.0,
        "once dropped, the bars that need not move stay in their rows"
    );
    let dropped = bar_at(&h, &SAMPLE, f64::midpoint(2027.25, 2031.5));
    assert!(
        (dropped.center().y - row_0).abs() < 2.0,
        "the dropped bar stays in its row"
    );
}

/// The chart's frame on screen and the years and rows it spans.
fn view_of(h: &H) -> (egui::Rect, [f64; 2], [f64; 2]) {
    let t = h
        .state()
        .view
        .chart_transform()
        .expect("the chart was drawn");
    (*t.frame(), t.bounds().min(), t.bounds().max())
}

/// A drag whose first move takes the pointer far off the bar at once, as a quick hand does,
/// or any hand when a frame of a crowded chart comes late.
fn flick(h: &mut H, from: Pos2, to: Pos2) {
    h.hover_at(from);
    h.step();
    h.drag_at(from);
    h.step();
    h.hover_at(to);
    h.step();
    h.hover_at(to);
    h.step();
    h.drop_at(to);
    h.run();
}

#[test]
fn moving_or_resizing_a_bar_never_pans_the_timeline_and_it_stays_in_the_row_it_was_dropped_in() {
    let mut h = harness(crate::file::sample());
    let view = view_of(&h);
    // Mentor (2025.5 to 2026.75, core row 1) moved three years later in one move: row 0 is
    // free there, but it was dropped in row 1 and stays there.
    let from = at(&h, &SAMPLE, 2026.125, 1.0);
    let to = at(&h, &SAMPLE, 2029.125, 1.0);
    flick(&mut h, from, to);
    assert_eq!((bet(&h, 5).start, bet(&h, 5).end), (2028.5, 2029.75));
    assert_eq!(view_of(&h), view, "moving a bar pans nothing");
    let mentor = f64::midpoint(2028.5, 2029.75);
    let row_1 = at(&h, &SAMPLE, mentor, 1.0).y;
    assert!((bar_at(&h, &SAMPLE, mentor).center().y - row_1).abs() < 2.0);
    // Checkout's end (2027, core row 0), grabbed just inside and pulled out a year in one
    // move: the pointer leaves the bar before the drag begins.
    let from = at(&h, &SAMPLE, 2027.0, 0.0) - egui::vec2(2.0, 0.0);
    let to = at(&h, &SAMPLE, 2028.0, 0.0);
    flick(&mut h, from, to);
    assert_eq!(bet(&h, 4).end, 2028.0);
    assert_eq!(view_of(&h), view, "resizing an end pans nothing");
    let checkout = bar_at(&h, &SAMPLE, f64::midpoint(2022.75, 2028.0));
    assert!((checkout.center().y - at(&h, &SAMPLE, 2025.0, 0.0).y).abs() < 2.0);
    // Mentor dragged straight down into row 0, free at its years: its dates stay, its row is
    // the one it was dropped in.
    let from = at(&h, &SAMPLE, mentor, 1.0);
    let to = at(&h, &SAMPLE, mentor, 0.0);
    flick(&mut h, from, to);
    assert_eq!((bet(&h, 5).start, bet(&h, 5).end), (2028.5, 2029.75));
    assert_eq!(view_of(&h), view);
    let row_0 = at(&h, &SAMPLE, mentor, 0.0).y;
    assert!(
        (bar_at(&h, &SAMPLE, mentor).center().y - row_0).abs() < 2.0,
        "dropped in row 0, it stays in row 0"
    );
}

#[test]
fn with_a_thousand_bets_the_ghost_follows_the_pointer_in_its_frame_and_the_chart_holds() {
    let mut h = harness(crate::stress::stress_document(1));
    h.state_mut().view.select(ItemRef::Bet(BetId(4)));
    h.run();
    let selected = outlined(&h, &[3.5]);
    assert_eq!(selected.len(), 1, "bet 4 is in view");
    let bar = selected[0];
    let view = view_of(&h);
    let years = view.2[0] - view.1[0];
    let quarter = (0.25 / years * f64::from(view.0.width())) as f32;
    let from = bar.center();
    let to = from + egui::vec2(12.0 * quarter, 0.0);
    h.hover_at(from);
    h.step();
    h.drag_at(from);
    h.step();
    // The drag begins with the pointer already off the bar (it is 14 points high), as a
    // quick hand leaves it before a slow frame comes; the next move is a long one.
    h.hover_at(from + egui::vec2(2.0 * quarter, 9.5));
    h.step();
    h.hover_at(to);
    h.step();
    // The ghost: the bar where it will land, outlined 2 points, drawn in the frame the
    // pointer moved in, three years on to within the quarter it snaps to.
    let ghosts = outlined(&h, &[2.0]);
    assert_eq!(ghosts.len(), 1, "one ghost: {ghosts:?}");
    let shift = ghosts[0].center().x - bar.center().x;
    assert!(
        (shift - 12.0 * quarter).abs() <= quarter + 1.0,
        "the ghost moved {shift} points for a pointer moved {}",
        12.0 * quarter
    );
    assert!((ghosts[0].center().y - bar.center().y).abs() < 1.0);
    h.drop_at(to);
    h.run();
    // The pointer leaves, and the bar's tooltip with it (a tooltip names the plot's node).
    h.hover_at(egui::pos2(5.0, 5.0));
    h.run();
    assert_eq!(view_of(&h), view, "the chart did not pan");
    let after = outlined(&h, &[3.5]);
    assert_eq!(after.len(), 1);
    assert!(
        (after[0].center().y - bar.center().y).abs() < 1.0,
        "the dropped bar stays in its row: {:?} against {bar:?}",
        after[0]
    );
}

#[test]
fn the_first_bet_moves_nothing_below_the_chart() {
    let mut h = harness(Document::new_empty(today()));
    let chart = plot_rect(&h);
    let key = h.get_by_label("Learning phase").rect();
    h.get_by_label("Drag a Core bet onto the timeline to add your first role.");
    h.get_by_label("Core bet").click();
    h.run();
    assert_eq!(h.state().doc().bets.len(), 1);
    h.get_by_label("1 bet on the timeline.");
    assert_eq!(plot_rect(&h), chart, "the chart stays");
    assert_eq!(
        h.get_by_label("Learning phase").rect(),
        key,
        "and so does the key below it: the hint's line keeps its place"
    );
}

/// The status or kind filter's checkbox named `name`.
fn tick(h: &mut H, name: &str) {
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, name)
        .click();
    h.run();
}

/// That the chart shows `count` bars and the line under it says `line`.
fn shows(h: &H, count: usize, line: &str) {
    assert_eq!(bars(h).len(), count, "bars for {line:?}");
    h.get_by_label(line);
}

#[test]
fn the_filter_hides_bars_and_says_how_many_it_hides() {
    let mut h = harness(crate::file::sample());
    h.state_mut().view.select(ItemRef::Bet(BetId(4)));
    h.run();
    shows(&h, 5, "5 bets on the timeline.");
    // The sample's first two roles succeeded.
    tick(&mut h, "Succeeded");
    shows(&h, 3, "2 of 5 bets hidden by the filter.");
    // A hidden bar cannot be grabbed: a click where "Associate PM, Search" was is a click on
    // nothing.
    let p = at(&h, &SAMPLE, 2017.5, 0.0);
    click_at(&mut h, p);
    assert_eq!(h.state().view.selected(), None);
    h.state_mut().view.select(ItemRef::Bet(BetId(4)));
    h.run();
    // Checkout and Mentoring are active: the selected bet is hidden, and stays in the
    // inspector.
    tick(&mut h, "Active");
    shows(
        &h,
        1,
        "4 of 5 bets hidden by the filter, the selected one among them.",
    );
    assert_eq!(
        h.get_by_label("Title").value().as_deref(),
        Some("Senior PM, Checkout")
    );
    h.get_by_label("Show all").click();
    h.run();
    shows(&h, 5, "5 bets on the timeline.");
    tick(&mut h, "Big swings");
    shows(&h, 4, "1 of 5 bets hidden by the filter.");
    assert_eq!(h.state().doc().bets.len(), 5, "the filter changes no bet");
}

#[test]
fn a_crowded_timeline_keeps_its_bars_readable_and_scrolls_its_rows() {
    let mut h = harness(crate::stress::stress_document(1));
    let plot = plot_rect(&h);
    assert!(
        plot.bottom() < 800.0,
        "the chart keeps inside the window: {plot:?}"
    );
    let before = bars(&h);
    assert!(before.len() > 50, "a full chart: {}", before.len());
    let thinnest = before
        .iter()
        .map(egui::Rect::height)
        .fold(f32::INFINITY, f32::min);
    assert!(thinnest >= 13.99, "a bar {thinnest} points high");
    h.get_by_label("Scroll the timeline's rows");
    // The wheel over the chart brings lower rows into view.
    h.hover_at(plot.center());
    h.step();
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, -200.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: egui::Modifiers::NONE,
    });
    // Frames enough for the smoothed wheel to settle (a tooltip over a bar keeps asking
    // for more).
    h.run_steps(20);
    // The pointer leaves, and its tooltip with it (a tooltip names the plot's node).
    h.hover_at(egui::pos2(5.0, 5.0));
    h.run_steps(20);
    let after = bars(&h);
    assert_ne!(after, before, "other rows are in view");
    assert_eq!(plot_rect(&h), plot, "the chart did not move or grow");
    let thinnest = after
        .iter()
        .map(egui::Rect::height)
        .fold(f32::INFINITY, f32::min);
    assert!(
        thinnest >= 13.99,
        "a bar {thinnest} points high after scrolling"
    );
}

#[test]
fn the_bar_along_the_chart_scrolls_its_rows() {
    let mut h = harness(crate::stress::stress_document(1));
    let before = bars(&h);
    let track = h.get_by_label("Scroll the timeline's rows").rect();
    // The rows open at the top: the thumb is at the track's top, dragged to its bottom.
    let from = egui::pos2(track.center().x, track.top() + 8.0);
    drag(&mut h, from, egui::pos2(from.x, track.bottom() + 40.0));
    let after = bars(&h);
    assert_ne!(after, before, "other rows are in view");
    // At the bottom: the first core row, at the chart's foot, is in view.
    let plot = plot_rect(&h);
    let lowest = after
        .iter()
        .map(egui::Rect::bottom)
        .fold(f32::NEG_INFINITY, f32::max);
    assert!(
        lowest < plot.bottom() && plot.bottom() - lowest < 20.0,
        "the bottom row {lowest} sits at the chart's foot {}",
        plot.bottom()
    );
}

#[test]
fn a_bet_selected_elsewhere_is_scrolled_into_view() {
    let mut h = harness(crate::stress::stress_document(1));
    // Bet 4 is a core role, rows below the big swings the chart opens on.
    assert!(outlined(&h, &[3.5]).is_empty());
    h.state_mut().view.select(ItemRef::Bet(BetId(4)));
    h.run();
    let selected = outlined(&h, &[3.5]);
    assert_eq!(selected.len(), 1, "the selected bar is in view");
    assert!(
        plot_rect(&h).contains_rect(selected[0]),
        "{selected:?} whole"
    );
}

#[test]
fn the_sample_fits_without_scrolling() {
    let h = harness(crate::file::sample());
    assert!(h.query_by_label("Scroll the timeline's rows").is_none());
    assert!(bars(&h).iter().all(|r| r.height() >= 14.0));
}

/// The year axis's labels as painted: text just under the plot, across it.
fn axis_labels(h: &H) -> Vec<(String, egui::Rect)> {
    let plot = plot_rect(h);
    painted(h)
        .into_iter()
        .filter_map(|(_, shape)| match shape {
            egui::Shape::Text(t) => {
                let r = t.visual_bounding_rect();
                let under = r.top() >= plot.bottom() - 1.0 && r.top() <= plot.bottom() + 6.0;
                let across = r.right() > plot.left() - 60.0 && r.left() < plot.right() + 60.0;
                (under && across).then(|| (t.galley.text().to_owned(), r))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn the_year_axis_never_prints_two_labels_over_each_other() {
    let mut h = Harness::builder().with_size([900.0, 600.0]).build_ui_state(
        |ui, s: &mut Standalone<PortfolioView>| s.ui(ui),
        Standalone::new(PortfolioView::default(), crate::file::sample(), today()),
    );
    h.run();
    let plot = plot_rect(&h);
    let check = |h: &H, what: &str| -> Vec<String> {
        let labels = axis_labels(h);
        assert!(labels.len() >= 2, "{what}: labels {labels:?}");
        for (i, (a, ra)) in labels.iter().enumerate() {
            assert!(
                ra.left() >= plot.left() - 1.0 && ra.right() <= plot.right() + 1.0,
                "{what}: {a} runs past the chart"
            );
            for (b, rb) in &labels[i + 1..] {
                assert!(!ra.intersects(*rb), "{what}: {a} overlaps {b}");
            }
        }
        labels.into_iter().map(|(t, _)| t).collect()
    };
    check(&h, "as fitted");
    // Out to about thirty years, then in to about a quarter, about the chart's middle.
    let zoom = |h: &mut H, factor: f32| {
        h.hover_at(plot.center());
        h.step();
        h.event(egui::Event::Zoom(factor));
        h.run();
    };
    zoom(&mut h, 17.0 / 30.0);
    let years = check(&h, "thirty years");
    assert!(
        years
            .iter()
            .all(|l| l.len() == 4 && l.parse::<i32>().is_ok()),
        "{years:?}"
    );
    zoom(&mut h, 30.0 / 0.25);
    let months = check(&h, "a quarter");
    assert!(
        months.iter().any(|l| l.chars().any(char::is_alphabetic)),
        "months named: {months:?}"
    );
}
