//! Where each bet sits on the timeline, in its lane and row.

use std::collections::HashMap;

use crate::model::{Bet, BetId, BetKind};

/// Where each bet sits: its lane (its kind) and its row within the lane, so that bets that
/// overlap in time never hide one another.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    /// The row of each bet within its lane, from 0.
    pub rows: HashMap<BetId, usize>,
    /// How many rows the core lane needs (at least one).
    pub core_rows: usize,
    /// How many rows the big-swing lane needs (at least one).
    pub swing_rows: usize,
}

impl Layout {
    /// Nothing placed yet: each lane has its one row, as a lane shows even with no bet in it.
    fn unplaced() -> Self {
        Self {
            core_rows: 1,
            swing_rows: 1,
            ..Self::default()
        }
    }

    /// How many rows `kind`'s lane needs.
    fn lane_rows(&self, kind: BetKind) -> usize {
        match kind {
            BetKind::Core => self.core_rows,
            BetKind::BigSwing => self.swing_rows,
        }
    }

    /// The same count, to set once the lane is placed.
    fn lane_rows_mut(&mut self, kind: BetKind) -> &mut usize {
        match kind {
            BetKind::Core => &mut self.core_rows,
            BetKind::BigSwing => &mut self.swing_rows,
        }
    }
}

/// The bets of `kind`'s lane in the order they are placed: by start, then by id, so that a
/// layout made afresh and one made again after an edit place them alike.
fn in_order(bets: &[Bet], kind: BetKind) -> Vec<&Bet> {
    let mut lane: Vec<&Bet> = bets.iter().filter(|b| super::lane(b) == kind).collect();
    lane.sort_by(|a, b| a.start.total_cmp(&b.start).then(a.id.cmp(&b.id)));
    lane
}

/// Lays the bets out: in each lane, each bet takes the first row free at its start. Bets that
/// only touch (one ends as the other starts) share a row.
pub fn layout(bets: &[Bet]) -> Layout {
    let mut out = Layout::unplaced();
    for kind in BetKind::ALL {
        let lane = in_order(bets, *kind);
        let mut row_ends: Vec<f64> = Vec::new();
        for bet in lane {
            let row = if let Some(row) = row_ends.iter().position(|end| *end <= bet.start) {
                row_ends[row] = bet.end;
                row
            } else {
                row_ends.push(bet.end);
                row_ends.len() - 1
            };
            out.rows.insert(bet.id, row);
        }
        *out.lane_rows_mut(*kind) = row_ends.len().max(1);
    }
    out
}

/// Lays the bets out again after an edit, moving only what must move: `pinned` (a bar just
/// dropped) takes the row it was dropped in, every other bet keeps its row in `before` while
/// no bet placed ahead of it overlaps it there, and the rest (new bets, and those a pinned
/// bar pushed out) take the first row free for them. Packing the lanes afresh instead would
/// move bars the person never touched, and the one they dropped, to other rows.
pub fn relayout(bets: &[Bet], before: &Layout, pinned: Option<(BetId, usize)>) -> Layout {
    let mut out = Layout::unplaced();
    for kind in BetKind::ALL {
        let lane = in_order(bets, *kind);
        // The spans each row holds so far.
        let mut rows: Vec<Vec<(f64, f64)>> = Vec::new();
        let free = |rows: &[Vec<(f64, f64)>], row: usize, bet: &Bet| {
            rows.get(row)
                .is_none_or(|spans| spans.iter().all(|(s, e)| *e <= bet.start || bet.end <= *s))
        };
        let mut place = |rows: &mut Vec<Vec<(f64, f64)>>, row: usize, bet: &Bet| {
            if rows.len() <= row {
                rows.resize_with(row + 1, Vec::new);
            }
            rows[row].push((bet.start, bet.end));
            out.rows.insert(bet.id, row);
        };
        let mut left = Vec::new();
        let pinned_here = pinned.and_then(|(id, row)| {
            let bet = lane.iter().find(|b| b.id == id)?;
            Some((*bet, row))
        });
        if let Some((bet, row)) = pinned_here {
            // Only into a row the lane has: a drop never opens a row of its own.
            let had = before.lane_rows(*kind);
            place(&mut rows, row.min(had.max(1) - 1), bet);
        }
        for bet in lane {
            if pinned_here.is_some_and(|(p, _)| p.id == bet.id) {
                continue;
            }
            match before.rows.get(&bet.id) {
                Some(row) if free(&rows, *row, bet) => place(&mut rows, *row, bet),
                _ => left.push(bet),
            }
        }
        for bet in left {
            let row = (0..=rows.len())
                .find(|row| free(&rows, *row, bet))
                .unwrap_or(rows.len());
            place(&mut rows, row, bet);
        }
        *out.lane_rows_mut(*kind) = rows.len().max(1);
    }
    out
}
