//! The currency every total is in: the one the person chose, or, in a file that never chose
//! one, the currency its offers are paid in when they all share it. Never a currency the
//! person did not give, and said so where it is taken from the offers.

use crate::model::{Document, MoneyRules, Offer};

/// Where the home currency came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HomeSource {
    /// The person chose it.
    Chosen,
    /// None was chosen: the currency the offers share is taken.
    Shared,
    /// None was chosen and the offers share none: not known.
    Unknown,
}

/// The currency every total is converted to, and where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Home {
    /// The currency, when known.
    pub currency: Option<String>,
    /// Chosen, taken from the offers, or not known.
    pub source: HomeSource,
}

/// The currency the offers are paid in when they share one. An offer with a rate of its own
/// is paid in another currency than home, so the offers paid without one decide; when every
/// offer has a rate, all of them do.
pub fn shared_currency(offers: &[Offer]) -> Option<String> {
    let own = |o: &&Offer| o.terms.rate_to_home.is_none();
    let deciding: Vec<&Offer> = if offers.iter().any(|o| own(&o)) {
        offers.iter().filter(own).collect()
    } else {
        offers.iter().collect()
    };
    let mut currencies = deciding
        .iter()
        .map(|o| o.compensation.currency.trim())
        .filter(|c| !c.is_empty());
    let first = currencies.next()?;
    currencies.all(|c| c == first).then(|| first.to_owned())
}

/// The home currency of a document: chosen, else the one its offers share, else not known.
pub fn home_currency(doc: &Document) -> Home {
    let chosen = doc
        .rules
        .money
        .home_currency
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    if let Some(c) = chosen {
        return Home {
            currency: Some(c.to_owned()),
            source: HomeSource::Chosen,
        };
    }
    match shared_currency(&doc.offers) {
        Some(c) => Home {
            currency: Some(c),
            source: HomeSource::Shared,
        },
        None => Home {
            currency: None,
            source: HomeSource::Unknown,
        },
    }
}

impl Home {
    /// The currency's name for sentences: itself, or "your currency" while not known.
    pub fn name(&self) -> &str {
        self.currency.as_deref().unwrap_or(UNKNOWN_HOME)
    }

    /// What to say once about a currency not chosen: where it was taken from, or that it is
    /// not known; nothing when the person chose it, or when there are no offers to weigh.
    pub fn note(&self, doc: &Document) -> Option<String> {
        match (self.source, &self.currency) {
            (HomeSource::Chosen, _) => None,
            (HomeSource::Shared, Some(c)) => Some(format!(
                "Your currency is not chosen yet: totals are in {c}, the currency your offers \
                 are paid in. Choose yours in the profile (Spec panel)."
            )),
            _ if doc.offers.is_empty() => None,
            _ if doc
                .offers
                .iter()
                .all(|o| o.compensation.currency.trim().is_empty()) =>
            {
                Some(
                    "Your currency is not chosen yet and no offer says what it is paid in: no \
                     total can be compared until you choose yours in the profile (Spec panel)."
                        .to_owned(),
                )
            }
            _ => Some(
                "Your currency is not chosen yet and your offers are paid in different \
                 currencies: no total can be compared until you choose it in the profile \
                 (Spec panel)."
                    .to_owned(),
            ),
        }
    }
}

/// How a home currency not known is named in sentences.
pub const UNKNOWN_HOME: &str = "your currency";

/// The money rules with the home currency resolved as [`home_currency`] finds it: what every
/// projection of the document's offers reasons with.
pub fn resolved_rules(doc: &Document) -> MoneyRules {
    MoneyRules {
        home_currency: home_currency(doc).currency,
        ..doc.rules.money.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::value::{
        Basis, NO_CURRENCY, compare_money, missing_rate, offer_terms, offer_total,
    };

    fn doc(currencies: &[(&str, Option<f64>)], chosen: Option<&str>) -> Document {
        let mut doc = crate::file::sample();
        doc.rules.money.home_currency = chosen.map(str::to_owned);
        let template = doc.offers[0].clone();
        doc.offers = currencies
            .iter()
            .enumerate()
            .map(|(k, (c, rate))| {
                let mut o = template.clone();
                o.id = crate::model::OfferId(k as u64 + 1);
                o.compensation.currency = (*c).to_owned();
                o.terms.rate_to_home = *rate;
                o
            })
            .collect();
        doc
    }

    #[test]
    fn a_chosen_currency_is_kept_whatever_the_offers_are_paid_in() {
        let home = home_currency(&doc(&[("EUR", None)], Some("£")));
        assert_eq!(home.currency.as_deref(), Some("£"));
        assert_eq!(home.source, HomeSource::Chosen);
        assert_eq!(home.note(&doc(&[], None)), None);
    }

    #[test]
    fn a_file_that_never_chose_takes_the_currency_its_offers_share() {
        let d = doc(&[("EUR", None), (" EUR ", None)], None);
        let home = home_currency(&d);
        assert_eq!(home.currency.as_deref(), Some("EUR"));
        assert_eq!(home.source, HomeSource::Shared);
        let note = home.note(&d).expect("said once");
        assert!(note.contains("in EUR") && !note.contains('$'), "{note}");
        // An empty choice is no choice.
        let d = doc(&[("EUR", None)], Some("  "));
        assert_eq!(home_currency(&d).source, HomeSource::Shared);
    }

    #[test]
    fn an_offer_with_a_rate_is_not_what_home_is_taken_from() {
        let d = doc(&[("EUR", None), ("CHF", Some(1.05))], None);
        assert_eq!(home_currency(&d).currency.as_deref(), Some("EUR"));
        let d = doc(&[("CHF", Some(1.05)), ("CHF", Some(1.05))], None);
        assert_eq!(home_currency(&d).currency.as_deref(), Some("CHF"));
    }

    #[test]
    fn offers_in_different_currencies_leave_home_unknown_and_say_so() {
        let d = doc(&[("EUR", None), ("$", None)], None);
        let home = home_currency(&d);
        assert_eq!(home.currency, None);
        assert_eq!(home.source, HomeSource::Unknown);
        assert_eq!(home.name(), UNKNOWN_HOME);
        assert!(
            home.note(&d)
                .expect("said")
                .contains("different currencies")
        );
        // Offers that name no currency are not said to differ.
        let blank = doc(&[("", None), (" ", None)], None);
        let note = home_currency(&blank).note(&blank).expect("said");
        assert!(
            note.contains("no offer says what it is paid in") && !note.contains("different"),
            "{note}"
        );
        // With no offers there is nothing to say yet.
        assert_eq!(home_currency(&doc(&[], None)).note(&doc(&[], None)), None);
    }

    #[test]
    fn an_offer_with_no_currency_is_not_compared_in_any_currency_even_with_a_rate() {
        let mut doc = crate::file::sample();
        doc.offers[1].compensation.currency = String::new();
        doc.offers[1].terms.rate_to_home = Some(0.86);
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let (a, b) = (&doc.offers[0], &doc.offers[1]);
        let t = offer_terms(&doc, b);
        assert!(t.currency_missing && t.rate_missing);
        assert!(
            t.rate_words().starts_with("currency not set"),
            "{}",
            t.rate_words()
        );
        assert!(missing_rate(&doc, b, today).is_some_and(|w| w.contains("currency is not set")));
        assert_eq!(offer_total(&doc, b, 4, today, Basis::Gross), None);
        let m = compare_money(&doc, a, b, 4, today);
        assert_eq!(m.suggested, None);
        assert_eq!(m.figure(1, 123_456.0), NO_CURRENCY);
        assert_eq!(m.figure(0, 123_456.0), "£123,456");
        // Spaces are no currency either; a currency typed in is compared at its rate again.
        doc.offers[1].compensation.currency = "  ".into();
        assert!(offer_terms(&doc, &doc.offers[1]).currency_missing);
        doc.offers[1].compensation.currency = "€".into();
        let m = compare_money(&doc, &doc.offers[0], &doc.offers[1], 4, today);
        assert_eq!(m.missing, [None, None]);
    }

    #[test]
    fn an_offer_written_without_a_currency_reads_as_not_set_never_as_dollars() {
        let text = crate::file::to_string(&crate::file::sample())
            .expect("serialises")
            .replacen("currency: \"£\",", "", 1);
        let doc = crate::file::from_str(&text).expect("a hand-written offer loads");
        let unset: Vec<&crate::model::Offer> = doc
            .offers
            .iter()
            .filter(|o| o.compensation.currency_set().is_none())
            .collect();
        assert_eq!(unset.len(), 1, "one offer lost its currency");
        let t = offer_terms(&doc, unset[0]);
        assert!(t.currency_missing);
        assert!(!t.rate_words().contains('$'), "{}", t.rate_words());
    }
}
