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

/// Lays the bets out: in each lane, each bet takes the first row free at its start. Bets that
/// only touch (one ends as the other starts) share a row.
pub fn layout(bets: &[Bet]) -> Layout {
    let mut out = Layout {
        core_rows: 1,
        swing_rows: 1,
        ..Layout::default()
    };
    for kind in BetKind::ALL {
        let mut lane: Vec<&Bet> = bets.iter().filter(|b| b.kind == *kind).collect();
        lane.sort_by(|a, b| a.start.total_cmp(&b.start).then(a.id.cmp(&b.id)));
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
        let rows = row_ends.len().max(1);
        match kind {
            BetKind::Core => out.core_rows = rows,
            BetKind::BigSwing => out.swing_rows = rows,
        }
    }
    out
}
