//! Every change to the document goes through here: views return [`Edit`]s, [`apply`] makes
//! them, and [`History`] records them for undo and redo and for the unsaved-changes flag.

mod history;
pub mod session;

pub use history::History;
pub use session::Session;

/// Which state of which open document a view is looking at. Equal versions mean an equal
/// document, so views may keep what they computed from it (the analysis, not the frame).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DocVersion {
    /// The session the document was opened in.
    pub session: u64,
    /// The revision of the document within it.
    pub revision: u64,
}

use crate::model::{Document, LandingPlan, NorthStar, OfferId, Profile, Rules, Voice};
pub use crate::model::{Item, ItemRef};

/// One change to the document.
// Edits live for one frame; boxing the large ones would only add noise at every call site.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Replaces the profile.
    Profile(Profile),
    /// Replaces the north star's own fields; its stepping stones are kept as they are.
    NorthStar(NorthStar),
    /// Replaces the landing plan's role and start; its items are kept as they are.
    LandingPlan(LandingPlan),
    /// Replaces the voice cadence and manager; entries and explanations are kept.
    Voice(Voice),
    /// Replaces the rules.
    Rules(Rules),
    /// Sets the pair of offers compared side by side.
    Compared(Option<[OfferId; 2]>),
    /// Replaces the item with the same id, or adds it at the end of its list.
    Upsert(Item),
    /// Removes an item, and every reference to it.
    Remove(ItemRef),
    /// Moves an item to another position in its list.
    Move(ItemRef, usize),
    /// Several edits as one undo step.
    Batch(Vec<Edit>),
}

/// Whether two edits may merge into one undo step when they come in one burst: a burst of
/// typing in one field, or one drag of one bar.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MergeKey {
    /// What is being changed.
    pub target: Option<ItemRef>,
    /// Which field or gesture; views name it.
    pub field: &'static str,
}

/// Applies one edit to the document.
pub fn apply(doc: &mut Document, edit: &Edit) {
    match edit {
        Edit::Profile(p) => doc.profile = p.clone(),
        Edit::NorthStar(n) => {
            let stones = std::mem::take(&mut doc.north_star.stones);
            doc.north_star = NorthStar {
                stones,
                ..n.clone()
            };
        }
        Edit::LandingPlan(l) => {
            let items = std::mem::take(&mut doc.landing.items);
            doc.landing = LandingPlan { items, ..l.clone() };
        }
        Edit::Voice(v) => {
            let entries = std::mem::take(&mut doc.voice.entries);
            let explanations = std::mem::take(&mut doc.voice.explanations);
            doc.voice = Voice {
                entries,
                explanations,
                ..v.clone()
            };
        }
        Edit::Rules(r) => doc.rules = r.clone(),
        Edit::Compared(pair) => doc.compared = *pair,
        Edit::Upsert(item) => item.upsert_into(doc),
        Edit::Remove(r) => remove_item(doc, *r),
        Edit::Move(r, to) => r.move_in(doc, *to),
        Edit::Batch(edits) => {
            for e in edits {
                apply(doc, e);
            }
        }
    }
}

/// Removes an item, then every reference to it, so the document stays valid.
fn remove_item(doc: &mut Document, r: ItemRef) {
    r.take_out_of(doc);
    match r {
        ItemRef::Stone(id) => {
            for bet in &mut doc.bets {
                bet.stones.retain(|s| *s != id);
            }
            for offer in &mut doc.offers {
                offer.stones.retain(|s| *s != id);
            }
            for person in &mut doc.people {
                person.has_done.retain(|s| *s != id);
            }
            for e in &mut doc.evidence {
                e.stones.retain(|s| *s != id);
            }
        }
        ItemRef::Skill(id) => {
            for stone in &mut doc.north_star.stones {
                stone.skills.retain(|s| *s != id);
            }
            for bet in &mut doc.bets {
                bet.skills.retain(|s| *s != id);
            }
            for offer in &mut doc.offers {
                offer.skills.retain(|s| *s != id);
            }
            for person in &mut doc.people {
                person.skills.retain(|s| *s != id);
            }
            for e in &mut doc.evidence {
                e.skills.retain(|s| *s != id);
            }
        }
        ItemRef::Offer(id) => {
            if doc.compared.is_some_and(|pair| pair.contains(&id)) {
                doc.compared = None;
            }
            for review in &mut doc.drift.reviews {
                if review.offer == Some(id) {
                    review.offer = None;
                }
            }
        }
        ItemRef::Criterion(id) => {
            for offer in &mut doc.offers {
                offer.scores.retain(|s| s.criterion != id);
            }
        }
        ItemRef::DriftItem(id) => {
            for review in &mut doc.drift.reviews {
                review.answers.retain(|a| a.item != id);
            }
        }
        ItemRef::VoiceEntry(id) => {
            for explanation in &mut doc.voice.explanations {
                if explanation.written == Some(id) {
                    explanation.written = None;
                }
            }
        }
        ItemRef::Bet(id) => {
            for e in &mut doc.evidence {
                e.bets.retain(|b| *b != id);
            }
        }
        // Past reviews keep a removed metric's numbers: they are history, and say "a removed
        // metric".
        ItemRef::Metric(id) => {
            for e in &mut doc.evidence {
                e.metrics.retain(|m| *m != id);
            }
        }
        ItemRef::Person(id) => {
            for e in &mut doc.evidence {
                e.seen_by.retain(|p| *p != id);
            }
        }
        // Nothing refers to these.
        ItemRef::DriftReview(_)
        | ItemRef::Assessment(_)
        | ItemRef::LandingItem(_)
        | ItemRef::Explanation(_)
        | ItemRef::CareerReview(_)
        | ItemRef::Evidence(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Bet, BetId, Offer, Score, Skill, SkillId, SteppingStone, StoneId};

    fn doc() -> Document {
        Document::new_empty(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date"))
    }

    #[test]
    fn upsert_replaces_by_id_or_appends() {
        let mut d = doc();
        let mut bet = Bet {
            id: BetId(1),
            title: "A".into(),
            ..Bet::default()
        };
        apply(&mut d, &Edit::Upsert(Item::Bet(bet.clone())));
        bet.title = "B".into();
        apply(&mut d, &Edit::Upsert(Item::Bet(bet)));
        assert_eq!(d.bets.len(), 1);
        assert_eq!(d.bets[0].title, "B");
    }

    #[test]
    fn removing_a_criterion_removes_its_scores() {
        let mut d = doc();
        let id = d.criteria[0].id;
        d.offers.push(Offer {
            id: OfferId(1),
            scores: vec![Score {
                criterion: id,
                score: Some(4),
                note: String::new(),
            }],
            ..Offer::default()
        });
        apply(&mut d, &Edit::Remove(ItemRef::Criterion(id)));
        assert!(d.offers[0].scores.is_empty());
        assert!(crate::model::validate::validate(&d).is_empty());
    }

    #[test]
    fn removing_a_skill_or_a_stone_unlinks_it_from_the_people_who_knew_it() {
        let mut d = crate::file::sample();
        let marcus = d.people[0].id;
        assert_eq!(d.people[0].skills, [SkillId(4), SkillId(5)]);
        apply(&mut d, &Edit::Remove(ItemRef::Skill(SkillId(4))));
        apply(&mut d, &Edit::Remove(ItemRef::Stone(StoneId(2))));
        let person = d.get(marcus).expect("kept");
        assert_eq!(person.skills, [SkillId(5)]);
        assert_eq!(person.has_done, [StoneId(3), StoneId(4)]);
        assert!(crate::model::validate::validate(&d).is_empty());
    }

    #[test]
    fn removing_a_skill_takes_it_off_every_stone_in_one_undo_step() {
        let mut d = crate::file::sample();
        let skill = SkillId(4);
        let needing: Vec<StoneId> = d
            .north_star
            .stones
            .iter()
            .filter(|s| s.skills.contains(&skill))
            .map(|s| s.id)
            .collect();
        assert!(needing.len() >= 2, "the sample's stones share a skill");
        let before = d.clone();
        let mut h = History::saved();
        h.apply(&mut d, &Edit::Remove(ItemRef::Skill(skill)), None, 0.0);
        assert!(
            d.north_star
                .stones
                .iter()
                .all(|s| !s.skills.contains(&skill))
        );
        assert!(
            d.north_star.stones.iter().any(|s| !s.skills.is_empty()),
            "the other skills stay named"
        );
        assert!(crate::model::validate::validate(&d).is_empty());
        assert!(h.undo(&mut d));
        assert_eq!(
            d, before,
            "one undo brings the skill and every stone's link back"
        );
    }

    #[test]
    fn removing_what_evidence_links_to_unlinks_it_and_keeps_the_evidence() {
        use crate::model::{BetId, Evidence, EvidenceId, MetricId, PersonId};
        let mut d = crate::file::sample();
        let (bet, metric, person) = (d.bets[0].id, d.metrics[0].id, d.people[0].id);
        let (skill, stone) = (d.skills[0].id, d.north_star.stones[0].id);
        let keep = (BetId(0), MetricId(0), PersonId(0));
        assert_ne!((bet, metric, person), keep);
        d.evidence.clear();
        d.evidence.push(Evidence {
            id: EvidenceId(1),
            what: "Shipped".into(),
            skills: vec![skill, d.skills[1].id],
            stones: vec![stone],
            bets: vec![bet],
            metrics: vec![metric],
            seen_by: vec![person],
            ..Evidence::default()
        });
        for r in [
            ItemRef::Skill(skill),
            ItemRef::Stone(stone),
            ItemRef::Bet(bet),
            ItemRef::Metric(metric),
            ItemRef::Person(person),
        ] {
            apply(&mut d, &Edit::Remove(r));
        }
        let e = d.get(EvidenceId(1)).expect("kept");
        assert_eq!(e.skills, [d.skills[0].id]);
        assert!(e.stones.is_empty() && e.bets.is_empty());
        assert!(e.metrics.is_empty() && e.seen_by.is_empty());
        assert!(crate::model::validate::validate(&d).is_empty());
    }

    #[test]
    fn removing_a_compared_offer_forgets_the_pair() {
        let mut d = doc();
        for id in [1, 2, 3] {
            d.offers.push(Offer {
                id: OfferId(id),
                ..Offer::default()
            });
        }
        apply(&mut d, &Edit::Compared(Some([OfferId(1), OfferId(2)])));
        apply(&mut d, &Edit::Remove(ItemRef::Offer(OfferId(3))));
        assert_eq!(
            d.compared,
            Some([OfferId(1), OfferId(2)]),
            "not in the pair"
        );
        apply(&mut d, &Edit::Remove(ItemRef::Offer(OfferId(2))));
        assert_eq!(d.compared, None);
        assert!(crate::model::validate::validate(&d).is_empty());
    }

    #[test]
    fn move_puts_an_item_at_its_new_index() {
        let mut d = doc();
        let last = d.criteria.last().expect("criteria").id;
        apply(&mut d, &Edit::Move(ItemRef::Criterion(last), 0));
        assert_eq!(d.criteria[0].id, last);
    }

    #[test]
    fn a_skill_is_scored_once_all_four_scores_are_given() {
        let mut d = doc();
        let skill = Skill {
            id: SkillId(1),
            name: "Storytelling".into(),
            ..Skill::default()
        };
        apply(&mut d, &Edit::Upsert(Item::Skill(skill.clone())));
        assert!(!d.skills[0].is_scored(), "a new skill has no scores");
        assert_eq!(d.scored_skills().count(), 0);
        let partly = Skill {
            level: Some(3),
            target: Some(4),
            ..skill
        };
        apply(&mut d, &Edit::Upsert(Item::Skill(partly.clone())));
        assert_eq!(d.skills[0].unscored_parts(), ["enjoyment", "avoidance"]);
        assert_eq!(d.scored_skills().count(), 0, "half a score is not one");
        apply(
            &mut d,
            &Edit::Upsert(Item::Skill(Skill {
                enjoyment: Some(2),
                avoidance: Some(1),
                ..partly
            })),
        );
        let scored = d.scored_skills().next().expect("scored");
        assert_eq!((scored.level, scored.target), (3, 4));
    }

    #[test]
    fn north_star_edit_keeps_stones() {
        let mut d = doc();
        d.north_star.stones.push(SteppingStone {
            id: StoneId(1),
            title: "Lead".into(),
            year: 2027,
            done: false,
            skills: Vec::new(),
        });
        let mut n = d.north_star.clone();
        n.stones.clear();
        n.target_role = "CPO".into();
        apply(&mut d, &Edit::NorthStar(n));
        assert_eq!(d.north_star.target_role, "CPO");
        assert_eq!(d.north_star.stones.len(), 1);
    }
}
