//! One function per step from an older schema version to the next, applied in order.
//!
//! A step that only adds fields with defaults (or new choices in a list) leaves the old text
//! readable as the current document: such versions are read in one pass, so the places of any
//! problems in the text still hold, and then brought up step by step. A step that renames or
//! reshapes would read the old text with its own types in `from_older`.

use super::{CURRENT_VERSION, LoadError};
use crate::model::Document;

/// Whether a file of this version reads as the current document as it is, every step since
/// having only added to the format.
pub(super) fn reads_as_current(version: u32) -> bool {
    (1..=CURRENT_VERSION).contains(&version)
}

/// Brings a document read from a file of version `from` up to the current version.
pub(super) fn upgrade(doc: Document, from: u32) -> Document {
    let mut doc = doc;
    if from < 2 {
        doc = v1_to_v2(doc);
    }
    if from < 3 {
        doc = v2_to_v3(doc);
    }
    if from < 4 {
        doc = v3_to_v4(doc);
    }
    if from < 5 {
        doc = v4_to_v5(doc);
    }
    if from < 6 {
        doc = v5_to_v6(doc);
    }
    if from < 7 {
        doc = v6_to_v7(doc);
    }
    if from < 8 {
        doc = v7_to_v8(doc);
    }
    doc
}

/// Version 2 added the pair of offers compared in the window (`compared`), the answers a
/// checklist run needs before it is judged (`rules.drift_min_answers`) and the bet status
/// `Ended` (over, outcome not set yet). A version-1 file has none of them and gets their
/// defaults as it is read: no pair chosen yet, the default minimum, and its statuses as they
/// were written (a stale one is named by the portfolio, never changed behind the person's
/// back). So nothing in the document itself changes.
fn v1_to_v2(doc: Document) -> Document {
    doc
}

/// Version 3 added `unscored` to skills (brought in by an import, not scored yet) and what
/// an offer is really worth: its equity as exit scenarios (`equity`), its currency's rate,
/// taxes, cost of living and promotion path (`terms`), what leaving the current job costs
/// (`leaving`) and the rules' defaults for them (`rules.money`). A version-2 file has none of
/// them and reads with their defaults: every skill scored, public equity at its grant value,
/// the home currency, no tax, nothing forfeited, which is every figure as version 2 showed
/// it. So nothing in the document itself changes.
fn v2_to_v3(doc: Document) -> Document {
    doc
}

/// Version 4 added `focus_on` to career reviews: the skills, metrics and stones a review's
/// focus means to move. A version-3 review has no links and reads with none, its focus the
/// words the person wrote. So nothing in the document itself changes.
fn v3_to_v4(doc: Document) -> Document {
    doc
}

/// Version 5 made "not scored yet" a state of its own: an offer's score on a criterion may
/// be unset (a note may come before it), and an unscored criterion no longer counts as a
/// middling 3 anywhere; a skill's four scores are each unset until given. A version-4 file
/// wrote every score it had, so each reads as given, and a criterion it left unscored stays
/// unscored, which is what it was; a skill it marked `unscored` (its numbers placeholders)
/// loses the placeholders. Version 5 also lets the home currency be not chosen: versions 3
/// and 4 wrote "$" whether or not the person chose it, so a "$" beside offers none of which
/// is paid in dollars or converted by a rate was never chosen, and is dropped; the offers'
/// own currency is then taken, and said so.
fn v4_to_v5(doc: Document) -> Document {
    let mut doc = doc;
    let dollars_unused = doc
        .offers
        .iter()
        .all(|o| o.compensation.currency.trim() != "$" && o.terms.rate_to_home.is_none());
    if doc.rules.money.home_currency.as_deref() == Some("$")
        && !doc.offers.is_empty()
        && dollars_unused
    {
        doc.rules.money.home_currency = None;
    }
    for skill in &mut doc.skills {
        // Version 4 kept placeholders beside a flag; version 5 keeps nothing it was not given.
        if std::mem::take(&mut skill.v4_unscored) {
            skill.level = None;
            skill.target = None;
            skill.enjoyment = None;
            skill.avoidance = None;
        }
    }
    doc
}

/// Version 6 added the people a career depends on (`people`), the rules for keeping in
/// touch with them (`rules.people`) and the person's own function and domain
/// (`profile.function`, `profile.domain`). A version-5 file knows no one and reads with no
/// people, the default rules and neither function nor domain given; nothing is guessed from
/// the bets or the offers. So nothing in the document itself changes.
fn v5_to_v6(doc: Document) -> Document {
    doc
}

/// Version 7 added evidence of impact (`evidence`) and the rules for what it says
/// (`rules.evidence`). A version-6 file kept none and reads with no evidence and the default
/// rules; no win is guessed from the voice log, the bets or the reviews. So nothing in the
/// document itself changes.
fn v6_to_v7(doc: Document) -> Document {
    doc
}

/// Version 8 let a stepping stone name the skills it needs (`north_star.stones[].skills`). A
/// version-7 stone named none and reads naming none: its promotion packet covers every skill
/// of the matrix, as version 7's did, and says so; no skill is guessed from the bets or the
/// evidence linked to the stone. So nothing in the document itself changes.
fn v7_to_v8(doc: Document) -> Document {
    doc
}

/// Reads a file of an older version whose text the current types cannot read, and brings it
/// up to the current one. Every version so far reads as the current document.
pub(super) fn from_older(_text: &str, version: u32) -> Result<Document, LoadError> {
    // Version 0 never existed; a version that needs its own types gets an arm here.
    Err(LoadError::UnknownVersion { found: version })
}
