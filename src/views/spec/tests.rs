use super::*;
use crate::views::standalone::Standalone;
use egui_kittest::{Harness, kittest::Queryable};

use crate::testing::today;

/// The Spec panel on `doc`, in a window of `size`.
fn harness_with(doc: Document, size: [f32; 2]) -> Harness<'static, Standalone<SpecView>> {
    Harness::builder().with_size(size).build_ui_state(
        |ui, s: &mut Standalone<SpecView>| s.ui(ui),
        Standalone::new(SpecView::default(), doc, today()),
    )
}

fn harness() -> Harness<'static, Standalone<SpecView>> {
    harness_with(crate::file::sample(), [1200.0, 900.0])
}

#[test]
fn a_wide_window_puts_the_skills_beside_the_plan() {
    let at = |width: f32| {
        let h = harness_with(crate::file::sample(), [width, 1000.0]);
        let skills = h.get_by_label("Skills: the crafts you are building").rect();
        let stones = h
            .get_by_label("Stepping stones, working backward from the north star")
            .rect();
        (skills, stones)
    };
    // 1920 wide less the navigation: two columns, the skills at the top of the second.
    let (skills, stones) = at(1800.0);
    assert!(
        skills.left() > stones.right(),
        "{skills:?} beside {stones:?}"
    );
    assert!(skills.top() < stones.top());
    // 1280: one column, the skills under the stones.
    let (skills, stones) = at(1160.0);
    assert!(
        skills.top() > stones.bottom(),
        "{skills:?} under {stones:?}"
    );
}

#[test]
fn the_gap_column_can_be_scrolled_to_in_a_narrow_window() {
    let mut h = harness_with(crate::file::sample(), [900.0 - 120.0, 600.0]);
    h.run();
    let inspector = h
        .get_by_label("Select a stepping stone or a skill to edit it.")
        .rect();
    h.get_by_label("Gap").scroll_to_me();
    h.run();
    h.run();
    let gap = h.get_by_label("Gap").rect();
    assert!(
        gap.right() <= inspector.left(),
        "the Gap heading ends at {}, under the inspector from {}",
        gap.right(),
        inspector.left()
    );
}

#[test]
fn a_new_skill_starts_with_no_scores_and_says_so() {
    let mut h = harness();
    h.get_by_label("Add skill").click();
    h.run();
    let skill = h.state().doc().skills.last().expect("added").clone();
    assert_eq!(
        (skill.level, skill.target, skill.enjoyment, skill.avoidance),
        (None, None, None, None)
    );
    // Its gap is not a number, and no advice counts it.
    assert!(h.get_all_by_label("not scored yet").count() >= 1);
    // A dot gives the score it stands for.
    click_dot(&mut h, "New skill: level", 2);
    let skill = h.state().doc().skills.last().expect("added").clone();
    assert_eq!(skill.level, Some(2));
    assert!(!skill.is_scored(), "three scores still to give");
}

#[test]
fn skills_none_of_them_scored_say_what_places_one_on_the_chart_instead_of_an_empty_grid() {
    let hint = "No skill is placed yet: a skill appears here once its level, target, enjoyment \
                and avoidance are all scored.";
    let mut doc = crate::file::sample();
    for skill in &mut doc.skills {
        skill.enjoyment = None;
    }
    let h = harness_with(doc, [1200.0, 900.0]);
    h.get_by_label(hint);
    // One skill scored in full: the chart, and no hint.
    let h = harness();
    assert!(h.query_by_label(hint).is_none());
}

#[test]
fn a_north_star_past_its_year_is_said_once_with_the_field_that_moves_it() {
    let mut doc = crate::file::sample();
    doc.north_star.target_year = 2025;
    let mut h = harness_with(doc, [1200.0, 900.0]);
    h.run();
    assert_eq!(
        h.get_all_by_label_contains("Your north star's year, 2025, has passed")
            .count(),
        1
    );
    assert!(!h.get_by_label("Target year").is_focused());
    h.get_by_label("Move the north star's year").click();
    h.run();
    assert!(h.get_by_label("Target year").is_focused());
}

#[test]
fn typing_the_north_star_is_one_undo_step() {
    let mut h = harness();
    h.get_by_label("Target role").focus();
    h.run();
    h.get_by_label("Target role").type_text(" (B2B)");
    h.run();
    assert_eq!(
        h.state().doc().north_star.target_role,
        "CPO at a mid-stage startup (B2B)"
    );
    let s = h.state_mut();
    assert!(s.session.history.undo(&mut s.session.doc));
    assert_eq!(
        s.session.doc.north_star.target_role,
        "CPO at a mid-stage startup"
    );
}

#[test]
fn adding_a_stepping_stone_selects_it_for_editing() {
    let mut h = harness();
    h.get_by_label("Add stepping stone").click();
    h.run();
    let stones = &h.state().doc().north_star.stones;
    assert_eq!(stones.len(), 5);
    assert_eq!(stones[4].title, "New stepping stone");
    assert_eq!(
        stones[4].year, 2031,
        "after the last stone, capped at the north star's year"
    );
    h.get_by_label("Title").focus();
    h.run();
    h.get_by_label("Title").type_text("!");
    h.run();
    assert_eq!(
        h.state().doc().north_star.stones[4].title,
        "New stepping stone!"
    );
}

#[test]
fn a_stone_with_no_skills_to_tick_points_to_the_skills_on_this_panel() {
    let mut doc = crate::file::sample();
    doc.skills.clear();
    doc.north_star
        .stones
        .iter_mut()
        .for_each(|s| s.skills.clear());
    let mut h = harness_with(doc, [1200.0, 900.0]);
    h.get_by_label("Manage a team of three or more PMs").click();
    h.run();
    h.get_by_label("Add skills on this panel, under Skills, to tick the ones this stone needs.");
    assert!(
        h.query_by_label("Add skills on the Spec panel to link them here.")
            .is_none()
    );
    // With skills to tick, no hint at all.
    let mut h = harness();
    h.get_by_label("Manage a team of three or more PMs").click();
    h.run();
    assert!(h.query_by_label_contains("Add skills on").is_none());
}

#[test]
fn a_stone_can_be_marked_done_and_moved() {
    let mut h = harness();
    h.get_by_label("Manage a team of three or more PMs").click();
    h.run();
    h.get_by_label("Done").click();
    h.run();
    h.get_by_label("Move up").click();
    h.run();
    let stones = &h.state().doc().north_star.stones;
    assert_eq!(stones[0].title, "Manage a team of three or more PMs");
    assert!(stones[0].done);
}

#[test]
fn the_panel_names_the_avoided_skill_to_lean_into() {
    let h = harness();
    h.get_by_label("Lean into Finance and P&L next.");
    h.get_by_label_contains("new-products (zero-to-one) PM role");
}

#[test]
fn editing_a_skill_changes_the_suggestion() {
    let mut h = harness();
    h.get_by_label("Finance and P&L").click();
    h.run();
    h.get_by_label("Delete skill").click();
    h.run();
    assert!(h.state().doc().get(SkillId(7)).is_none());
    h.get_by_label("Lean into People management next.");
}

/// Where dot `n` of the score control labelled `label` is drawn.
fn dot_at(h: &Harness<'static, Standalone<SpecView>>, label: &str, n: u8) -> egui::Pos2 {
    let rect = h.get_by_label(label).rect();
    egui::pos2(
        rect.left() + rect.width() * (f32::from(n) - 0.5) / 5.0,
        rect.center().y,
    )
}

/// Clicks dot `n` of the score control labelled `label`, as the pointer would.
fn click_dot(h: &mut Harness<'static, Standalone<SpecView>>, label: &str, n: u8) {
    let at = dot_at(h, label, n);
    h.hover_at(at);
    h.step();
    h.drag_at(at);
    h.step();
    h.drop_at(at);
    h.run();
}

#[test]
fn clicking_the_fourth_dot_sets_the_level_in_one_undo_step() {
    let mut h = harness();
    let finance = |h: &Harness<'static, Standalone<SpecView>>| {
        h.state().doc().get(SkillId(7)).expect("finance").clone()
    };
    assert_eq!(finance(&h).level, Some(1));
    let at = dot_at(&h, "Finance and P&L: level", 4);
    h.hover_at(at);
    h.run();
    h.get_by_label("Set level to 4");
    click_dot(&mut h, "Finance and P&L: level", 4);
    assert_eq!(finance(&h).level, Some(4));
    assert_eq!(
        h.get_by_label("Finance and P&L: level").value().as_deref(),
        Some("4 of 5")
    );
    let s = h.state_mut();
    assert!(s.session.history.undo(&mut s.session.doc));
    assert_eq!(finance(&h).level, Some(1), "one undo restores the level");
}

#[test]
fn a_score_is_one_tab_stop_set_with_the_arrows_and_digits() {
    let mut h = harness();
    let finance = |h: &Harness<'static, Standalone<SpecView>>| {
        h.state().doc().get(SkillId(7)).expect("finance").clone()
    };
    let target = finance(&h).target;
    h.get_by_label("Finance and P&L: level").focus();
    h.run();
    // One Tab goes from the level to the target, not to the level's next dot.
    h.key_press(egui::Key::Tab);
    h.run();
    assert!(h.get_by_label("Finance and P&L: target").is_focused());
    h.key_press(egui::Key::End);
    h.run();
    assert_eq!(finance(&h).target, Some(5));
    h.key_press(egui::Key::ArrowLeft);
    h.run();
    assert_eq!(finance(&h).target, Some(4));
    // The arrow changed the score and kept the focus where it was.
    assert!(h.get_by_label("Finance and P&L: target").is_focused());
    h.key_press(egui::Key::Num2);
    h.run();
    assert_eq!(finance(&h).target, Some(2));
    assert_ne!(target, Some(2));
    assert_eq!(finance(&h).level, Some(1), "only the target moved");
}

#[test]
fn the_profile_shows_the_currency_taken_from_the_offers_and_sets_ones_own() {
    let mut doc = crate::file::sample();
    doc.rules.money.home_currency = None;
    let mut h = harness_with(doc, [1200.0, 900.0]);
    h.run();
    h.get_by_label_contains("Not chosen yet: totals are in £");
    h.get_by_label("Your currency").focus();
    h.run();
    h.get_by_label("Your currency").type_text("EUR");
    h.run();
    assert_eq!(
        h.state().doc().rules.money.home_currency.as_deref(),
        Some("EUR")
    );
    h.get_by_label("Every total of money is in EUR.");
}

#[test]
fn a_crowded_point_of_the_skills_chart_names_its_first_skill_and_how_many_more() {
    assert_eq!(super::point_label(&["Storytelling"]), "Storytelling");
    assert_eq!(super::point_label(&["A", "B"]), "A\nB");
    assert_eq!(super::point_label(&["A", "B", "C", "D"]), "A\n+3 more");
}
