//! The document's lists of items, each named once in the table at the bottom: its id, the
//! [`Item`] and [`ItemRef`] that carry it through an edit, and how to find, replace and move
//! its items all come from that one row.

use super::{
    Bet, CareerReview, CeilingAssessment, Criterion, Document, DriftItem, DriftReview, Evidence,
    Explanation, Id, LandingItem, Metric, Offer, Person, Skill, SteppingStone, VoiceEntry,
};

/// An item held in one of the document's lists.
pub trait ListItem: Clone {
    /// The typed id items of this list are known by.
    type Id: Id;
    /// Where the list sits in the file, in the field names the file uses: `drift.items`.
    const PATH: &'static str;
    /// This item's id.
    fn id(&self) -> Self::Id;
    /// The list in the document.
    fn list(doc: &Document) -> &Vec<Self>;
    /// The list in the document, to change it.
    fn list_mut(doc: &mut Document) -> &mut Vec<Self>;
}

/// The id of an item of one of the document's lists.
pub trait ItemId: Id {
    /// The item it finds.
    type Item: ListItem<Id = Self>;
}

impl Document {
    /// The item with this id, in whichever list holds items of its kind.
    pub fn get<I: ItemId>(&self, id: I) -> Option<&I::Item> {
        I::Item::list(self).iter().find(|x| x.id() == id)
    }
}

/// Replaces the item with the same id, or adds it at the end of its list.
fn upsert<T: ListItem>(doc: &mut Document, item: &T) {
    let list = T::list_mut(doc);
    match list.iter_mut().find(|x| x.id() == item.id()) {
        Some(slot) => *slot = item.clone(),
        None => list.push(item.clone()),
    }
}

/// Moves the item with this id to `to` in its list, or to the end when `to` is past it.
fn move_to<T: ListItem>(doc: &mut Document, id: T::Id, to: usize) {
    let list = T::list_mut(doc);
    if let Some(from) = list.iter().position(|x| x.id() == id) {
        let item = list.remove(from);
        let to = to.min(list.len());
        list.insert(to, item);
    }
}

/// Takes the item with this id out of its list, and nothing else.
fn take_out<T: ListItem>(doc: &mut Document, id: T::Id) {
    T::list_mut(doc).retain(|x| x.id() != id);
}

/// Declares every list of the document, one row each:
/// `Variant(ItemType, IdType) at path.to.list`, with the doc comment its id, its [`Item`] and
/// its [`ItemRef`] variant take.
///
/// To add a list: add one row here (and its clean-up in `edit::remove_item`, whose match the
/// compiler will send you to, if others refer to its items).
macro_rules! item_lists {
    ($($(#[$doc:meta])* $variant:ident($item:ty, $id:ident) at $($field:ident).+;)*) => {
        $(
            $(#[$doc])*
            #[derive(
                Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash,
                serde::Serialize, serde::Deserialize,
            )]
            #[serde(transparent)]
            pub struct $id(pub u64);

            impl std::fmt::Display for $id {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    write!(f, "{}", self.0)
                }
            }

            impl Id for $id {
                fn raw(self) -> u64 {
                    self.0
                }
                fn from_raw(raw: u64) -> Self {
                    Self(raw)
                }
            }

            impl ItemId for $id {
                type Item = $item;
            }

            impl ListItem for $item {
                type Id = $id;
                const PATH: &'static str = stringify!($($field).+);
                fn id(&self) -> $id {
                    self.id
                }
                fn list(doc: &Document) -> &Vec<Self> {
                    &doc.$($field).+
                }
                fn list_mut(doc: &mut Document) -> &mut Vec<Self> {
                    &mut doc.$($field).+
                }
            }
        )*

        /// An item held in one of the document's lists.
        // An offer, with its money terms, is the largest item; items are made one edit at a
        // time, never stored in bulk, so boxing it would buy nothing.
        #[allow(clippy::large_enum_variant)]
        #[derive(Clone, Debug, PartialEq)]
        pub enum Item {
            $($(#[$doc])* $variant($item),)*
        }

        /// Every list's path in the file and the ids it holds, in the order of the table: what
        /// checks every list alike (its ids are unique) goes through these.
        pub(crate) const ALL_LISTS: &[fn(&Document) -> (&'static str, Vec<u64>)] = &[$(|doc| {
            let ids = <$item as ListItem>::list(doc).iter().map(|x| x.id.raw()).collect();
            (<$item as ListItem>::PATH, ids)
        },)*];

        /// Which item of which list.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ItemRef {
            $($(#[$doc])* $variant($id),)*
        }

        $(
            impl From<$id> for ItemRef {
                fn from(id: $id) -> Self {
                    Self::$variant(id)
                }
            }
        )*

        impl Item {
            /// Which item this is.
            pub fn item_ref(&self) -> ItemRef {
                match self {
                    $(Self::$variant(x) => ItemRef::$variant(x.id),)*
                }
            }

            /// Replaces the item with the same id in its list, or adds it at the end.
            pub fn upsert_into(&self, doc: &mut Document) {
                match self {
                    $(Self::$variant(x) => upsert(doc, x),)*
                }
            }
        }

        impl ItemRef {
            /// Moves the item to `to` in its list, or to the end when `to` is past it.
            pub fn move_in(self, doc: &mut Document, to: usize) {
                match self {
                    $(Self::$variant(id) => move_to::<$item>(doc, id, to),)*
                }
            }

            /// Takes the item out of its list, leaving whatever refers to it as it is.
            pub fn take_out_of(self, doc: &mut Document) {
                match self {
                    $(Self::$variant(id) => take_out::<$item>(doc, id),)*
                }
            }
        }
    };
}

item_lists! {
    /// A stepping stone on the way to the north star.
    Stone(SteppingStone, StoneId) at north_star.stones;
    /// A skill in the skills matrix.
    Skill(Skill, SkillId) at skills;
    /// A bet in the career portfolio.
    Bet(Bet, BetId) at bets;
    /// An offer or opportunity.
    Offer(Offer, OfferId) at offers;
    /// A criterion offers are scored on.
    Criterion(Criterion, CriterionId) at criteria;
    /// An item of the drift checklist.
    DriftItem(DriftItem, DriftItemId) at drift.items;
    /// A dated run of the drift checklist.
    DriftReview(DriftReview, ReviewId) at drift.reviews;
    /// A dated ceilings self-assessment.
    Assessment(CeilingAssessment, AssessmentId) at ceilings;
    /// An item of the 30/60/90 landing plan.
    LandingItem(LandingItem, LandingItemId) at landing.items;
    /// An entry of the voice log.
    VoiceEntry(VoiceEntry, VoiceEntryId) at voice.entries;
    /// An explanation counted for "write what you repeat".
    Explanation(Explanation, ExplanationId) at voice.explanations;
    /// A career metric with a target.
    Metric(Metric, MetricId) at metrics;
    /// A career review in the review history.
    CareerReview(CareerReview, CareerReviewId) at reviews;
    /// A person the career depends on.
    Person(Person, PersonId) at people;
    /// A piece of evidence of impact.
    Evidence(Evidence, EvidenceId) at evidence;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document {
        Document::new_empty(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date"))
    }

    #[test]
    fn each_list_is_found_in_the_file_at_its_path() {
        let mut doc = crate::stress::stress_document(7);
        crate::stress::add_career_reviews(
            &mut doc,
            chrono::NaiveDate::from_ymd_opt(2024, 1, 1).expect("date"),
            7,
        );
        let file = serde_json::to_value(&doc).expect("serialises");
        let ids = |path: &str| -> Vec<u64> {
            let pointer = format!("/{}", path.replace('.', "/"));
            let list = file.pointer(&pointer).and_then(|v| v.as_array());
            let list = list.unwrap_or_else(|| panic!("no list at {path}"));
            list.iter().filter_map(|x| x["id"].as_u64()).collect()
        };
        for (path, expected) in ALL_LISTS.iter().map(|list| list(&doc)) {
            assert!(!expected.is_empty(), "the stress document fills {path}");
            assert_eq!(ids(path), expected, "{path}");
        }
    }

    #[test]
    fn an_item_is_found_replaced_and_moved_by_its_id() {
        let mut d = doc();
        let last = d.criteria.last().expect("criteria").clone();
        assert_eq!(d.get(last.id), Some(&last));
        Item::Criterion(Criterion {
            name: "Renamed".into(),
            ..last.clone()
        })
        .upsert_into(&mut d);
        assert_eq!(d.get(last.id).map(|c| c.name.as_str()), Some("Renamed"));
        ItemRef::Criterion(last.id).move_in(&mut d, 0);
        assert_eq!(d.criteria[0].id, last.id);
        ItemRef::Criterion(last.id).take_out_of(&mut d);
        assert_eq!(d.get(last.id), None);
    }
}
