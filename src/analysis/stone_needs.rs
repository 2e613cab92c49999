//! The skills a stepping stone needs, as ticked in its inspector, and which of them an offer,
//! a bet or a person brings. A stone that names none has said nothing yet: every caller stays
//! silent about it rather than guess. They are always listed in the matrix's order, the order
//! the Spec panel shows the skills and the stone's inspector its boxes in, whatever order they
//! were ticked in.

use std::collections::{HashMap, HashSet};

use crate::model::{Document, Skill, SkillId, SteppingStone};

/// A stepping stone with the skills of the matrix it names, in the matrix's order.
#[derive(Clone, Debug)]
pub struct StoneNeeds<'a> {
    /// The stone.
    pub stone: &'a SteppingStone,
    /// The skills it names, in the matrix's order; never empty.
    pub skills: Vec<&'a Skill>,
    /// Where each of those skills stands in `skills`: a list of links is matched in one pass
    /// over it, however long the matrix and the stone's list grow.
    index: HashMap<SkillId, usize>,
}

impl<'a> StoneNeeds<'a> {
    /// The skills `stone` names; `None` while it names none.
    pub fn of(doc: &'a Document, stone: &'a SteppingStone) -> Option<Self> {
        let named: HashSet<SkillId> = stone.skills.iter().copied().collect();
        let skills: Vec<&Skill> = doc
            .skills
            .iter()
            .filter(|s| named.contains(&s.id))
            .collect();
        let index = skills.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
        (!skills.is_empty()).then_some(Self {
            stone,
            skills,
            index,
        })
    }

    /// The skills the next stepping stone names (the first not reached, in the order the
    /// north star keeps them); `None` with no such stone or while it names none.
    pub fn next(doc: &'a Document) -> Option<Self> {
        Self::of(doc, doc.north_star.next_stone()?)
    }

    /// The places in `skills` of those `has` holds, in the matrix's order, each once.
    pub fn positions(&self, has: &[SkillId]) -> Vec<usize> {
        let mut at: Vec<usize> = has
            .iter()
            .filter_map(|id| self.index.get(id).copied())
            .collect();
        at.sort_unstable();
        at.dedup();
        at
    }

    /// The names of the skills it needs that `has` holds, in the matrix's order.
    pub fn held(&self, has: &[SkillId]) -> Vec<&'a str> {
        self.positions(has)
            .into_iter()
            .map(|i| self.skills[i].name.as_str())
            .collect()
    }

    /// The names of the skills it needs that `has` holds, then of those it does not, each
    /// in the matrix's order.
    pub fn split(&self, has: &[SkillId]) -> (Vec<&'a str>, Vec<&'a str>) {
        let mut held = vec![false; self.skills.len()];
        for i in self.positions(has) {
            held[i] = true;
        }
        let (yes, no): (Vec<_>, Vec<_>) = self.skills.iter().zip(held).partition(|(_, h)| *h);
        let names =
            |v: Vec<(&&'a Skill, bool)>| v.into_iter().map(|(s, _)| s.name.as_str()).collect();
        (names(yes), names(no))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{SkillId, StoneId};

    fn doc() -> Document {
        let mut d = Document::default();
        for (id, name) in [(1, "Storytelling"), (2, "Hiring"), (3, "Finance")] {
            d.skills.push(Skill {
                id: SkillId(id),
                name: name.to_owned(),
                ..Skill::default()
            });
        }
        for (id, done, skills) in [
            (1, true, vec![1]),
            (2, false, vec![3, 1]),
            (3, false, vec![2]),
        ] {
            d.north_star.stones.push(SteppingStone {
                id: StoneId(id),
                title: format!("Stone {id}"),
                year: 2027,
                done,
                skills: skills.into_iter().map(SkillId).collect(),
            });
        }
        d
    }

    #[test]
    fn the_next_stone_is_the_first_not_reached_and_splits_in_the_matrix_order() {
        let d = doc();
        let needs = StoneNeeds::next(&d).expect("the second stone names skills");
        assert_eq!(needs.stone.id, StoneId(2));
        assert_eq!(
            needs.split(&[SkillId(1), SkillId(2)]),
            (vec!["Storytelling"], vec!["Finance"])
        );
        // Ticked Finance first, listed as the matrix lists them: Storytelling first.
        assert_eq!(needs.split(&[]), (vec![], vec!["Storytelling", "Finance"]));
        // A link given twice, or to a skill the stone does not name, counts once or not.
        assert_eq!(
            needs.held(&[SkillId(3), SkillId(2), SkillId(1), SkillId(3)]),
            ["Storytelling", "Finance"]
        );
        assert!(needs.held(&[SkillId(2)]).is_empty());
    }

    #[test]
    fn a_stone_that_names_no_skill_needs_nothing_said() {
        let mut d = doc();
        d.north_star.stones[1].skills.clear();
        assert!(StoneNeeds::next(&d).is_none());
        d.north_star.stones.iter_mut().for_each(|s| s.done = true);
        assert!(StoneNeeds::next(&d).is_none());
    }
}
