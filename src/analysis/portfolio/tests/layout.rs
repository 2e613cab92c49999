//! Where each bet sits on the timeline: rows stacked for overlaps, and kept when one moves.

use super::*;

#[test]
fn layout_stacks_overlaps_and_lets_touching_bets_share_a_row() {
    let bets = vec![
        bet(1, BetKind::Core, Phase::Impact, 2016.0, 2020.0),
        bet(2, BetKind::Core, Phase::Impact, 2020.0, 2024.0), // touches 1: same row
        bet(3, BetKind::Core, Phase::Learning, 2019.0, 2021.0), // overlaps both: row 1
        bet(4, BetKind::Core, Phase::Learning, 2021.0, 2022.0), // row 1 is free again
        bet(5, BetKind::BigSwing, Phase::Learning, 2021.0, 2022.0),
    ];
    let l = layout(&bets);
    assert_eq!(l.rows[&BetId(1)], 0);
    assert_eq!(l.rows[&BetId(2)], 0);
    assert_eq!(l.rows[&BetId(3)], 1);
    assert_eq!(l.rows[&BetId(4)], 1);
    assert_eq!(l.rows[&BetId(5)], 0);
    assert_eq!((l.core_rows, l.swing_rows), (2, 1));
    assert_eq!(layout(&[]).core_rows, 1);
}

#[test]
fn relayout_moves_only_what_must_move() {
    let bets = vec![
        bet(1, BetKind::Core, Phase::Impact, 2016.0, 2020.0),
        bet(2, BetKind::Core, Phase::Impact, 2020.0, 2024.0),
        bet(3, BetKind::Core, Phase::Learning, 2019.0, 2021.0),
        bet(5, BetKind::BigSwing, Phase::Learning, 2021.0, 2022.0),
    ];
    let before = layout(&bets);
    assert_eq!(before.rows[&BetId(3)], 1);
    // Bet 3 moves past bet 2: packing afresh would bring it down to row 0, but nothing
    // makes it leave row 1.
    let mut moved = bets.clone();
    moved[2].start = 2025.0;
    moved[2].end = 2027.0;
    assert_eq!(
        layout(&moved).rows[&BetId(3)],
        0,
        "a fresh packing moves it"
    );
    let kept = relayout(&moved, &before, None);
    assert_eq!(kept, before, "every bet keeps its row");
    // Dropped in row 0 over bet 2: it stays where it was dropped, and bet 2, which it now
    // overlaps, is the one bet that moves, to the first row free for it.
    let mut dropped = bets.clone();
    dropped[2].start = 2021.0;
    dropped[2].end = 2023.0;
    let l = relayout(&dropped, &before, Some((BetId(3), 0)));
    assert_eq!(l.rows[&BetId(3)], 0);
    assert_eq!(l.rows[&BetId(1)], 0, "it does not overlap bet 1");
    assert_eq!(l.rows[&BetId(2)], 1);
    assert_eq!(l.rows[&BetId(5)], 0, "the other lane is untouched");
    assert_eq!((l.core_rows, l.swing_rows), (2, 1));
    // A new bet takes the first row free at its time; a row asked past the lane's end is
    // brought back to the lane's last.
    let mut added = bets.clone();
    added.push(bet(6, BetKind::Core, Phase::Impact, 2024.0, 2025.0));
    let l = relayout(&added, &before, Some((BetId(5), 40)));
    assert_eq!(l.rows[&BetId(6)], 0);
    assert_eq!(l.rows[&BetId(5)], 0);
    assert_eq!(l.swing_rows, 1);
    assert_eq!(relayout(&[], &before, None).core_rows, 1);
}
