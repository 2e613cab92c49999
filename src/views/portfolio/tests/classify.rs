//! The "To classify" list: the bets no insight counts yet, classified with a click each.

use super::*;
use crate::model::{Phase, WorkType};

/// Three roles as an import brings them: dates, company and title, nothing classified.
fn imported() -> Document {
    let mut doc = Document::new_empty(today());
    for (id, title, start, end) in [
        (1, "Associate PM", 2016.0, 2019.5),
        (2, "Product Manager", 2019.5, 2022.25),
        (3, "Senior PM", 2022.25, 2027.0),
    ] {
        doc.bets.push(Bet {
            id: BetId(id),
            title: title.to_owned(),
            organisation: "Acme".to_owned(),
            start,
            end,
            ..Bet::default()
        });
    }
    doc
}

fn small(doc: Document) -> H {
    let mut h = Harness::builder().with_size([900.0, 600.0]).build_ui_state(
        |ui, s: &mut Standalone<PortfolioView>| s.ui(ui),
        Standalone::new(PortfolioView::default(), doc, today()),
    );
    h.run();
    h
}

fn click(h: &mut H, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

#[test]
fn unclassified_bets_are_listed_and_classified_with_a_click_each() {
    let mut h = small(imported());
    h.get_by_label("To classify (3)");
    h.get_by_label("3 roles to classify are left out.");

    click(&mut h, "Big swing: Product Manager");
    assert_eq!(bet(&h, 2).kind, Some(BetKind::BigSwing));
    assert_eq!((bet(&h, 1).kind, bet(&h, 3).kind), (None, None));
    click(&mut h, "Learning: Product Manager");
    click(&mut h, "Type of work: Product Manager");
    click(&mut h, "Zero-to-one");
    assert_eq!(bet(&h, 2).work, Some(WorkType::ZeroToOne));
    // Classified, it leaves the list and counts again.
    h.get_by_label("To classify (2)");
    assert!(h.query_by_label("Core: Product Manager").is_none());
    h.get_by_label("2 roles to classify are left out.");

    // Each click is one step back.
    undo(&mut h);
    assert_eq!(bet(&h, 2).work, None);
    assert_eq!(bet(&h, 2).phase, Some(Phase::Learning));
    h.get_by_label("To classify (3)");
}

#[test]
fn a_classified_portfolio_has_no_list() {
    let h = small(crate::file::sample());
    assert!(h.query_by_label_contains("To classify").is_none());
}
