//! The question File > New asks before it starts a spec: the person's currency, which every
//! total of money is in. The locale's currency is proposed, never taken without a click.

use crate::model::validate::HOME_CURRENCY_CHARS;

/// The name of the question's one field.
pub const FIELD: &str = "Currency for the new spec";

/// What the person decided.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Decision {
    /// Start a spec in this currency.
    Create(String),
    /// Start nothing.
    Cancel,
}

/// The question, with what is typed so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct NewSpec {
    currency: String,
    proposed: bool,
}

impl NewSpec {
    /// The question, with the locale's currency proposed when it is known.
    pub(super) fn new(proposal: Option<&str>) -> Self {
        Self {
            currency: proposal.unwrap_or_default().to_owned(),
            proposed: proposal.is_some(),
        }
    }

    /// The currency as it would be kept: trimmed, and none while empty or past its bound.
    fn chosen(&self) -> Option<String> {
        let c = self.currency.trim();
        (!c.is_empty() && c.chars().count() <= HOME_CURRENCY_CHARS && !c.contains(char::is_control))
            .then(|| c.to_owned())
    }

    /// Shows the question; the decision once made.
    pub(super) fn show(&mut self, ctx: &egui::Context) -> Option<Decision> {
        let mut decision = None;
        egui::Modal::new(egui::Id::unique("new spec currency")).show(ctx, |ui| {
            ui.set_max_width(400.0);
            ui.heading("New career spec");
            ui.label("Which currency do you live on? Every total of money is shown in it.");
            ui.add_space(6.0);
            let field = ui
                .horizontal(|ui| {
                    let label = ui.label(FIELD);
                    ui.add(
                        egui::TextEdit::singleline(&mut self.currency)
                            .hint_text("€, £, $, CHF…")
                            .char_limit(HOME_CURRENCY_CHARS)
                            // Wide enough for the whole hint: at 90 points it ended in "CH…".
                            .desired_width(120.0),
                    )
                    .labelled_by(label.id)
                })
                .inner;
            // Read before the focus is asked back below: once it is, the field no longer
            // says it lost it, and Enter did nothing.
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.memory(|m| m.focused().is_none()) {
                field.request_focus();
            }
            let hint = if self.proposed {
                "Proposed from your system's language settings: change it if you live on another."
            } else {
                "Type a sign or a code; it can be changed later in the profile (Spec panel)."
            };
            ui.label(egui::RichText::new(hint).weak());
            ui.add_space(8.0);
            let chosen = self.chosen();
            ui.horizontal(|ui| {
                let create = ui.add_enabled(chosen.is_some(), egui::Button::new("Create"));
                if let Some(c) = &chosen
                    && (create.clicked() || entered)
                {
                    decision = Some(Decision::Create(c.clone()));
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    decision = Some(Decision::Cancel);
                }
            });
        });
        decision
    }
}
