//! The promotion packet's preview: the packet the command line writes, shown over the window
//! for the target the person picks (the next stepping stone first, any stone, or the north
//! star), with the two ways to save it. Every line is the analysis's own and names the entry
//! it comes from; a click on an entry, a bet or a person opens it on its panel.

use chrono::NaiveDate;

use super::theme::Theme;
use super::widgets::{empty_hint, section};
use super::{DocVersion, Panel};
use crate::analysis::packet::{Packet, Proof, Target, choices, packet, score};
use crate::edit::ItemRef;
use crate::export::packet::{self as written, Format};
use crate::model::Document;

/// What the person decided in the preview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Choose where to write the packet shown, in this format.
    Save(Format),
    /// Close the preview and open this item on its panel.
    Show(Panel, ItemRef),
    /// Close the preview.
    Close,
}

/// The most lines a list of the preview shows; the rest are counted, and the saved packet
/// has them all. A year of wins fits whole; a spec of a thousand wins stays quick to draw
/// (2.9 ms a frame with the stress document, where forty lines a list took 5.9).
pub const SHOWN: usize = 12;

/// The preview's own state: whether it is open and the target picked, kept while it is
/// closed so that it opens again on the same target.
#[derive(Clone, Debug, Default)]
pub struct PacketPreview {
    /// Whether it is shown.
    pub open: bool,
    /// The target picked; the next stepping stone until the person picks another.
    pub target: Target,
    /// The packet last built, with the document, target and day it was built for.
    cache: Option<(DocVersion, Target, NaiveDate, Packet)>,
}

/// The words for the default target: the next stone, named, or the north star it falls back to.
fn next_stone_label(doc: &Document) -> String {
    match doc.north_star.next_stone() {
        Some(stone) => format!("Next stepping stone: {} ({})", stone.title, stone.year),
        None => "Next stepping stone (none left: the north star)".to_owned(),
    }
}

impl PacketPreview {
    /// The preview on the next stepping stone, open or not.
    pub fn new(open: bool) -> Self {
        Self {
            open,
            ..Self::default()
        }
    }

    /// Draws the preview over the window, when open; the person's decision, once made.
    pub fn show(
        &mut self,
        ctx: &egui::Context,
        doc: &Document,
        version: DocVersion,
        today: NaiveDate,
        theme: &Theme,
    ) -> Option<Decision> {
        if !self.open {
            return None;
        }
        let mut decision = None;
        let screen = ctx.content_rect();
        // As wide as reads well, and never wider than the window leaves: at 900 by 600 the
        // preview keeps a margin all round and scrolls.
        let width = (screen.width() - 96.0).clamp(280.0, 820.0);
        let height = (screen.height() - 230.0).max(120.0);
        let id = egui::Id::unique("promotion packet");
        // Shown at once, not faded in: a screenshot taken as it opens shows it whole.
        let area = egui::Modal::default_area(id).fade_in(false);
        let modal = egui::Modal::new(id).area(area).show(ctx, |ui| {
            ui.set_width(width);
            ui.heading("Promotion packet");
            self.target_ui(ui, doc, width);
            ui.horizontal_wrapped(|ui| {
                if ui
                    .button("Save as Markdown…")
                    .on_hover_text("Write this packet as a Markdown file, to share or paste")
                    .clicked()
                {
                    decision = Some(Decision::Save(Format::Markdown));
                }
                if ui
                    .button("Save as HTML…")
                    .on_hover_text(
                        "Write this packet as one printable page, the skills drawn as a chart",
                    )
                    .clicked()
                {
                    decision = Some(Decision::Save(Format::Html));
                }
                if ui.button("Close").clicked() {
                    decision = Some(Decision::Close);
                }
            });
            ui.separator();
            let key = (version, self.target, today);
            if self.cache.as_ref().is_none_or(|c| (c.0, c.1, c.2) != key) {
                self.cache = Some((version, self.target, today, packet(doc, self.target, today)));
            }
            let Some((.., p)) = &self.cache else {
                return;
            };
            egui::ScrollArea::vertical()
                .id_salt("packet scroll")
                .max_height(height)
                .min_scrolled_height(height)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    if let Some(d) = body_ui(ui, p, today, *theme) {
                        decision = Some(d);
                    }
                });
        });
        if decision.is_none() && modal.should_close() {
            decision = Some(Decision::Close);
        }
        if matches!(decision, Some(Decision::Close | Decision::Show(..))) {
            self.open = false;
        }
        decision
    }

    fn target_ui(&mut self, ui: &mut egui::Ui, doc: &Document, width: f32) {
        let mut all = vec![(Target::NextStone, next_stone_label(doc))];
        all.extend(choices(doc));
        let shown = all
            .iter()
            .find(|(t, _)| *t == self.target)
            .map_or_else(|| next_stone_label(doc), |(_, label)| label.clone());
        ui.horizontal(|ui| {
            let label = ui.label("For");
            // A long stone's title is cut short at the preview's edge; the list has it whole.
            egui::ComboBox::from_id_salt("packet target")
                .selected_text(shown)
                .width((width - 60.0).min(560.0))
                .truncate()
                .show_ui(ui, |ui| {
                    for (target, label) in &all {
                        ui.selectable_value(&mut self.target, *target, label);
                    }
                })
                .response
                .labelled_by(label.id)
                .on_hover_text("The stepping stone or the north star the packet argues for");
        });
    }
}

/// One line that names an entry: a link that opens it on its panel.
fn link(ui: &mut egui::Ui, text: &str, hover: &str, to: (Panel, ItemRef)) -> Option<Decision> {
    ui.add(egui::Link::new(text))
        .on_hover_text(hover)
        .clicked()
        .then_some(Decision::Show(to.0, to.1))
}

fn proofs_ui(ui: &mut egui::Ui, proofs: &[Proof]) -> Option<Decision> {
    if proofs.is_empty() {
        empty_hint(ui, written::NO_PROOF);
        return None;
    }
    let mut decision = None;
    for proof in proofs.iter().take(SHOWN) {
        ui.push_id(("proof", proof.evidence.0), |ui| {
            let to = (Panel::Evidence, ItemRef::Evidence(proof.evidence));
            if let Some(d) = link(ui, &proof.text, "Open this entry on the Evidence panel", to) {
                decision = Some(d);
            }
        });
    }
    more(ui, proofs.len());
    decision
}

/// The count of lines a list leaves out of the preview.
fn more(ui: &mut egui::Ui, len: usize) {
    if len > SHOWN {
        empty_hint(
            ui,
            &format!("and {} more, in the saved packet", len - SHOWN),
        );
    }
}

fn weak(ui: &mut egui::Ui, text: &str) {
    ui.add(egui::Label::new(egui::RichText::new(text).weak()).wrap());
}

/// A score as the packet writes it, "not scored" in the colour of the unknown.
fn score_label(ui: &mut egui::Ui, value: Option<u8>, theme: Theme) {
    let text = egui::RichText::new(score(value));
    ui.label(if value.is_some() {
        text
    } else {
        text.color(theme.muted()).italics()
    });
}

fn skills_ui(ui: &mut egui::Ui, p: &Packet, theme: Theme) -> Option<Decision> {
    section(ui, "Skills");
    if let Some(line) = written::covers(p) {
        weak(ui, &line);
    }
    if p.skills.is_empty() {
        empty_hint(ui, written::NO_SKILLS);
        return None;
    }
    egui::Grid::new("packet skills")
        .striped(true)
        .num_columns(4)
        .show(ui, |ui| {
            for head in ["Skill", "Level", "Target", "Evidence"] {
                ui.strong(head);
            }
            ui.end_row();
            for row in &p.skills {
                ui.label(&row.name);
                score_label(ui, row.level, theme);
                score_label(ui, row.target, theme);
                ui.label(row.proofs.len().to_string());
                ui.end_row();
            }
        });
    let mut decision = None;
    for row in &p.skills {
        ui.push_id(("skill", row.skill.0), |ui| {
            ui.add_space(4.0);
            ui.strong(&row.name);
            if let Some(d) = ui.indent("proofs", |ui| proofs_ui(ui, &row.proofs)).inner {
                decision = Some(d);
            }
        });
    }
    decision
}

/// The packet, section by section, as the Markdown and the HTML write it.
fn body_ui(ui: &mut egui::Ui, p: &Packet, today: NaiveDate, theme: Theme) -> Option<Decision> {
    let h = &p.heading;
    let mut decision = None;
    let mut take = |d: Option<Decision>| {
        if d.is_some() {
            decision = d;
        }
    };
    ui.label(
        egui::RichText::new(format!("{} ({})", h.title, h.year))
            .size(18.0)
            .strong(),
    );
    weak(ui, &written::byline(p, today));
    for note in &h.notes {
        ui.colored_label(theme.warn(), note);
    }
    take(skills_ui(ui, p, theme));
    section(ui, &written::progress_heading(p));
    if p.progress.is_empty() {
        empty_hint(ui, written::no_progress(p));
    } else {
        take(proofs_ui(ui, &p.progress));
    }
    section(ui, "Still to prove");
    if p.gaps.is_empty() {
        empty_hint(ui, written::no_gaps(p));
    }
    for gap in p.gaps.iter().take(SHOWN) {
        ui.colored_label(theme.warn(), &gap.text);
    }
    more(ui, p.gaps.len());
    section(ui, "Bets that built it");
    if p.bets.is_empty() {
        empty_hint(ui, written::NO_BETS);
    }
    for bet in p.bets.iter().take(SHOWN) {
        ui.push_id(("bet", bet.bet.0), |ui| {
            let to = (Panel::Portfolio, ItemRef::Bet(bet.bet));
            take(link(
                ui,
                &bet.title,
                "Open this bet on the Portfolio panel",
                to,
            ));
            ui.indent("why", |ui| {
                for why in &bet.why {
                    weak(ui, why);
                }
            });
        });
    }
    more(ui, p.bets.len());
    section(ui, "Who can vouch");
    if p.vouchers.is_empty() {
        empty_hint(ui, written::NO_VOUCHERS);
    }
    for (i, v) in p.vouchers.iter().take(SHOWN).enumerate() {
        ui.push_id(("voucher", i), |ui| {
            match v.person {
                Some(id) => {
                    let to = (Panel::People, ItemRef::Person(id));
                    take(link(ui, &v.who, "Open this person on the People panel", to));
                }
                None => {
                    ui.strong(&v.who);
                }
            }
            ui.indent("saw", |ui| take(proofs_ui(ui, &v.saw)));
        });
    }
    more(ui, p.vouchers.len());
    section(ui, "Review history");
    if p.reviews.is_empty() {
        empty_hint(ui, written::NO_REVIEWS);
    }
    for r in p.reviews.iter().take(SHOWN) {
        ui.push_id(("review", r.review.0), |ui| {
            let date = r
                .date
                .map_or_else(|| "No date".to_owned(), |d| d.to_string());
            ui.strong(date);
            ui.indent("lines", |ui| {
                for line in &r.lines {
                    weak(ui, line);
                }
            });
        });
    }
    more(ui, p.reviews.len());
    decision
}
