//! Who the spec belongs to, where they are heading, and the crafts they build on the way.

use serde::{Deserialize, Serialize};

use super::{SkillId, StoneId};

/// Who the spec belongs to.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Profile {
    /// The person's name.
    pub name: String,
    /// The role held today.
    pub current_role: String,
    /// The year the career started; the timeline begins here. `None` until the person gives
    /// it: the career then starts with the earliest bet (see `Document::career_start`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub career_start_year: Option<i32>,
    /// The person's own function (product, engineering...), to tell how many of the people
    /// they know share it; empty while not given, and then that share is not judged.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub function: String,
    /// The domain they work in (payments, health...), for the same reason.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub domain: String,
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

impl NorthStar {
    /// The stepping stones not reached yet, in the order the stones are kept: the order the
    /// person lists them in (and moves them to), whatever their years say.
    pub fn open_stones(&self) -> impl Iterator<Item = &SteppingStone> {
        self.stones.iter().filter(|s| !s.done)
    }

    /// The next stepping stone: the first not reached, in the order the stones are kept. The
    /// one definition every panel, command and export names as "next".
    pub fn next_stone(&self) -> Option<&SteppingStone> {
        self.open_stones().next()
    }
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
    /// The skills of the matrix it needs, each once, in the order ticked (every panel lists
    /// them in the matrix's order). None named is "not said yet", never "needs none": the
    /// promotion packet then covers the whole matrix.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<SkillId>,
}

/// A craft being built, scored 1 (none) to 5 (mastery). Each score is `None` until the
/// person gives it, and is left out of the file while unset: a new or imported skill has none.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Skill {
    /// Its id.
    pub id: SkillId,
    /// The craft, e.g. "Zero-to-one building".
    pub name: String,
    /// The level today, 1 to 5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    /// The level the north star needs, 1 to 5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<u8>,
    /// How much the person enjoys this work, 1 to 5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enjoyment: Option<u8>,
    /// How much the person avoids this work when they can, 1 to 5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avoidance: Option<u8>,
    /// Version 4's mark of a skill whose numbers were placeholders (an imported one). Read
    /// from older files only, where the step to version 5 turns it into unset scores; never
    /// written.
    #[serde(rename = "unscored", skip_serializing)]
    pub v4_unscored: bool,
}

impl Skill {
    /// The four scores, once the person has given all of them: the only skills the analysis
    /// reasons from.
    pub fn scored(&self) -> Option<ScoredSkill<'_>> {
        Some(ScoredSkill {
            skill: self,
            level: self.level?,
            target: self.target?,
            enjoyment: self.enjoyment?,
            avoidance: self.avoidance?,
        })
    }

    /// Whether the person has given all four scores.
    pub fn is_scored(&self) -> bool {
        self.scored().is_some()
    }

    /// The scores not given yet, by name: "level", "target"...
    pub fn unscored_parts(&self) -> Vec<&'static str> {
        [
            ("level", self.level),
            ("target", self.target),
            ("enjoyment", self.enjoyment),
            ("avoidance", self.avoidance),
        ]
        .into_iter()
        .filter(|(_, v)| v.is_none())
        .map(|(name, _)| name)
        .collect()
    }
}

/// A skill with all four scores given, read as plain numbers; its name and id through
/// `Deref`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScoredSkill<'a> {
    /// The skill.
    pub skill: &'a Skill,
    /// The level today, 1 to 5.
    pub level: u8,
    /// The level the north star needs, 1 to 5.
    pub target: u8,
    /// How much the person enjoys this work, 1 to 5.
    pub enjoyment: u8,
    /// How much the person avoids this work, 1 to 5.
    pub avoidance: u8,
}

impl std::ops::Deref for ScoredSkill<'_> {
    type Target = Skill;

    fn deref(&self) -> &Skill {
        self.skill
    }
}
