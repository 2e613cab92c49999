//! A custom vesting schedule's rows, the same for the offer's own grant and for each grant
//! still vesting at the current job.

use crate::views::form::Rows;
use crate::views::widgets::{number_row, row_label};

/// A custom vesting schedule: the share that vests in each year, what they add up to, and
/// buttons to add a year or remove the last. `of` ends each label, to tell one grant's
/// schedule from another's (", grant 2"); it is empty for the offer's own grant.
pub(super) fn custom_vesting_rows(
    rows: &mut Rows<'_>,
    key: &'static str,
    of: &str,
    years: &mut Vec<f64>,
) {
    for (year, pct) in years.iter_mut().enumerate() {
        let label = format!("Vests in year {}{of}", year + 1);
        rows.merging(key, |ui| {
            number_row(ui, &label, pct, 0.0..=100.0, 0.5, " %")
        });
    }
    let total: f64 = years.iter().sum();
    row_label(rows.ui, "In all");
    rows.ui.label(format!("{total:.0} %"));
    rows.ui.end_row();
    rows.ui.label("");
    rows.horizontal_wrapped(|rows| {
        if rows.action(key, |ui| {
            ui.small_button("Add a year")
                .accessible_name(format!("Add a vesting year{of}"))
        }) {
            years.push(0.0);
        }
        let last = years.len();
        if last > 1
            && rows.action(key, |ui| {
                let text = format!("Remove year {last}");
                ui.small_button(&text)
                    .accessible_name(format!("{text}{of}"))
            })
        {
            years.pop();
        }
    });
    rows.ui.end_row();
}
