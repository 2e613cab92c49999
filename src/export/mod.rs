//! The spec as Markdown, for a manager or mentor to read.

use chrono::NaiveDate;

use crate::model::Document;

/// The whole spec as Markdown.
pub fn markdown(doc: &Document, today: NaiveDate) -> String {
    format!(
        "# Career spec: {}\n\n_Exported {today}._\n\n**North star:** {} by {}\n",
        doc.profile.name, doc.north_star.target_role, doc.north_star.target_year
    )
}
