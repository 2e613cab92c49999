//! Who the spec belongs to, where they are heading, and the crafts they build on the way.

use serde::{Deserialize, Serialize};

use super::ids::{SkillId, StoneId};

/// Who the spec belongs to.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Profile {
    /// The person's name.
    pub name: String,
    /// The role held today.
    pub current_role: String,
    /// The year the career started; the timeline begins here.
    pub career_start_year: i32,
}

/// The 5-year vision, and the steps that work backward from it to today.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct NorthStar {
    /// Where the person wants to be, e.g. "CPO at a mid-stage startup".
    pub target_role: String,
    /// The year they want to be there.
    pub target_year: i32,
    /// Why this destination matters to them.
    pub why: String,
    /// Stepping stones, in the order they are meant to be reached.
    pub stones: Vec<SteppingStone>,
}

/// One step on the way to the north star.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SteppingStone {
    /// Its id.
    pub id: StoneId,
    /// What being there looks like, e.g. "Lead a team of PMs".
    pub title: String,
    /// The year it should be reached.
    pub year: i32,
    /// Whether it has been reached.
    pub done: bool,
}

/// A craft being built, scored 1 (none) to 5 (mastery).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Skill {
    /// Its id.
    pub id: SkillId,
    /// The craft, e.g. "Zero-to-one building".
    pub name: String,
    /// The level today, 1 to 5.
    pub level: u8,
    /// The level the north star needs, 1 to 5.
    pub target: u8,
    /// How much the person enjoys this work, 1 to 5.
    pub enjoyment: u8,
    /// How much the person avoids this work when they can, 1 to 5.
    pub avoidance: u8,
    /// Whether the four numbers above are placeholders the person has not scored yet (a skill
    /// brought in by an import). The analysis reasons from no unscored skill. Left out of the
    /// file while false, so a spec without imports reads and writes as before.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unscored: bool,
}

impl Skill {
    /// Whether the person has scored this skill, so its numbers can be reasoned from.
    pub fn is_scored(&self) -> bool {
        !self.unscored
    }

    /// Whether the person's numbers differ from `other`'s: giving any of them a value is
    /// what scoring a skill means.
    pub fn scores_differ(&self, other: &Self) -> bool {
        (self.level, self.target, self.enjoyment, self.avoidance)
            != (other.level, other.target, other.enjoyment, other.avoidance)
    }
}

impl Default for Skill {
    fn default() -> Self {
        Self {
            id: SkillId::default(),
            name: String::new(),
            level: 2,
            target: 4,
            enjoyment: 3,
            avoidance: 1,
            unscored: false,
        }
    }
}
