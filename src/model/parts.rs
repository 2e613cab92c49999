//! The parts of the document, one type each.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::{
    AssessmentId, BetId, CriterionId, DriftItemId, ExplanationId, LandingItemId, OfferId, ReviewId,
    SkillId, StoneId, VoiceEntryId,
};

/// An enum whose variants a person picks from a list, with the words shown for each.
macro_rules! labelled_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $label:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* $variant),*
        }

        impl $name {
            /// Every variant, in the order lists show them.
            pub const ALL: &'static [Self] = &[$(Self::$variant),*];

            /// The words a person sees for this variant.
            pub fn label(self) -> &'static str {
                match self {
                    $(Self::$variant => $label),*
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}

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

labelled_enum! {
    /// Whether a bet or an offer is a steady core role or a big swing.
    BetKind {
        /// Incremental growth on an existing product: builds the core craft.
        Core => "Core",
        /// A zero-to-one bet: fails about half the time, pays in stories and learning.
        BigSwing => "Big swing",
    }
}

labelled_enum! {
    /// Whether a role is mostly for learning or for impact.
    Phase {
        /// A role one is new to: the most learning.
        Learning => "Learning",
        /// Work one already knows: the most impact.
        Impact => "Impact",
    }
}

labelled_enum! {
    /// The type of product work a bet or an offer is.
    WorkType {
        /// Building features on an existing product.
        Feature => "Feature work",
        /// Growth: acquisition, activation, retention, monetisation.
        Growth => "Growth",
        /// Scaling a product that already works.
        Scaling => "Scaling",
        /// Building something new from nothing.
        ZeroToOne => "Zero-to-one",
        /// Managing people.
        PeopleManagement => "People management",
        /// Platforms and internal tools.
        Platform => "Platform",
        /// Anything else.
        Other => "Other",
    }
}

labelled_enum! {
    /// Where a bet stands.
    BetStatus {
        /// Not started yet.
        Planned => "Planned",
        /// Under way.
        Active => "Active",
        /// Over, with its outcome not set yet: counted neither as a success nor as a failure.
        Ended => "Ended, outcome not set",
        /// Ended well.
        Succeeded => "Succeeded",
        /// Ended without reaching its goal.
        Failed => "Failed",
        /// Turned into something else.
        Pivoted => "Pivoted",
    }
}

/// A role or project in the career portfolio.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Bet {
    /// Its id.
    pub id: BetId,
    /// The role or project, e.g. "Checkout PM".
    pub title: String,
    /// The company or team.
    pub organisation: String,
    /// Core role or big swing.
    pub kind: BetKind,
    /// Learning or impact.
    pub phase: Phase,
    /// The type of work.
    pub work: WorkType,
    /// Where it stands.
    pub status: BetStatus,
    /// When it starts, as a fractional year (2021.5 is mid-2021).
    pub start: f64,
    /// When it ends, as a fractional year.
    pub end: f64,
    /// Whether it is a tour of duty: a concrete goal of about 12–18 months.
    pub tour_of_duty: bool,
    /// The story it gave (or is meant to give).
    pub story: String,
    /// The skills it builds.
    pub skills: Vec<SkillId>,
    /// The stepping stones it leads toward.
    pub stones: Vec<StoneId>,
}

impl Default for Bet {
    fn default() -> Self {
        Self {
            id: BetId::default(),
            title: String::new(),
            organisation: String::new(),
            kind: BetKind::Core,
            phase: Phase::Impact,
            work: WorkType::Feature,
            status: BetStatus::Planned,
            start: 2025.0,
            end: 2027.0,
            tour_of_duty: false,
            story: String::new(),
            skills: Vec::new(),
            stones: Vec::new(),
        }
    }
}

labelled_enum! {
    /// Whether a move brings the person closer to the north star.
    Direction {
        /// Closer to the 5-year destination.
        Closer => "Closer",
        /// Neither closer nor further.
        Sideways => "Sideways",
        /// Further from it.
        Further => "Further",
    }
}

/// An opportunity or job offer. Staying in the current job can be one too.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Offer {
    /// Its id.
    pub id: OfferId,
    /// The company.
    pub company: String,
    /// The role offered.
    pub role: String,
    /// Where the work is.
    pub location: String,
    /// Core role or big swing.
    pub kind: BetKind,
    /// The phase the role would start.
    pub phase: Phase,
    /// The type of work.
    pub work: WorkType,
    /// When it would start.
    pub start: Option<NaiveDate>,
    /// Whether it came unasked ("it was offered to me").
    pub unasked: bool,
    /// Whether this is staying in the current job.
    pub is_current: bool,
    /// The measuring stick: closer to or further from the north star.
    pub direction: Direction,
    /// Free notes.
    pub notes: String,
    /// A score for each criterion.
    pub scores: Vec<Score>,
    /// Pay over the years.
    pub compensation: Compensation,
    /// The stepping stones it serves.
    pub stones: Vec<StoneId>,
    /// The skills it builds.
    pub skills: Vec<SkillId>,
}

impl Default for Offer {
    fn default() -> Self {
        Self {
            id: OfferId::default(),
            company: String::new(),
            role: String::new(),
            location: String::new(),
            kind: BetKind::Core,
            phase: Phase::Impact,
            work: WorkType::Feature,
            start: None,
            unasked: false,
            is_current: false,
            direction: Direction::Sideways,
            notes: String::new(),
            scores: Vec::new(),
            compensation: Compensation::default(),
            stones: Vec::new(),
            skills: Vec::new(),
        }
    }
}

/// An offer's score on one criterion, 1 (poor) to 5 (excellent).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Score {
    /// The criterion scored.
    pub criterion: CriterionId,
    /// The score, 1 to 5.
    pub score: u8,
    /// Why this score.
    pub note: String,
}

impl Default for Score {
    fn default() -> Self {
        Self {
            criterion: CriterionId::default(),
            score: 3,
            note: String::new(),
        }
    }
}

labelled_enum! {
    /// How an equity grant vests over the years.
    Vesting {
        /// Four years, nothing before the one-year cliff, then a quarter each year.
        FourYearCliff => "4 years, 1-year cliff",
        /// A quarter at the one-year cliff, then monthly over the next three years.
        MonthlyAfterCliff => "Monthly after the cliff",
        /// More early: 40 %, 30 %, 20 %, 10 %.
        FrontLoaded => "Front-loaded",
        /// The percentages per year given in `custom_vesting`.
        Custom => "Custom",
    }
}

/// Pay: base, bonus, equity and sign-on, as yearly amounts in one currency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Compensation {
    /// The currency symbol or code shown beside amounts.
    pub currency: String,
    /// Base salary per year.
    pub base: f64,
    /// Target bonus as a percentage of base.
    pub bonus_pct: f64,
    /// Sign-on bonus paid in each year, first year first.
    pub sign_on: Vec<f64>,
    /// The value of the equity grant at signing.
    pub equity_grant: f64,
    /// How the grant vests.
    pub vesting: Vesting,
    /// Percentages vested in each year, for `Vesting::Custom`.
    pub custom_vesting: Vec<f64>,
    /// Expected yearly refresher grant value.
    pub refresher: f64,
    /// Expected yearly raise, in percent.
    pub raise_pct: f64,
}

impl Default for Compensation {
    fn default() -> Self {
        Self {
            currency: "$".to_owned(),
            base: 0.0,
            bonus_pct: 0.0,
            sign_on: Vec::new(),
            equity_grant: 0.0,
            vesting: Vesting::FourYearCliff,
            custom_vesting: Vec::new(),
            refresher: 0.0,
            raise_pct: 0.0,
        }
    }
}

labelled_enum! {
    /// What a criterion stands for, where the app reasons about it specially.
    CriterionTag {
        /// An ordinary criterion.
        General => "General",
        /// How well the move fits the north star.
        NorthStarFit => "North-star fit",
        /// Pay.
        Compensation => "Compensation",
    }
}

/// A weighted criterion offers are scored on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Criterion {
    /// Its id.
    pub id: CriterionId,
    /// Its name.
    pub name: String,
    /// Its weight, 0 to 10.
    pub weight: f64,
    /// What the app reasons about it specially, if anything.
    pub tag: CriterionTag,
}

impl Default for Criterion {
    fn default() -> Self {
        Self {
            id: CriterionId::default(),
            name: String::new(),
            weight: 1.0,
            tag: CriterionTag::General,
        }
    }
}

impl Criterion {
    /// The default criteria: what a career move should be judged on, beyond pay.
    pub fn defaults() -> Vec<Self> {
        [
            ("North-star fit", 5.0, CriterionTag::NorthStarFit),
            ("Learning", 4.0, CriterionTag::General),
            ("Impact", 3.0, CriterionTag::General),
            ("Skill acquisition", 3.0, CriterionTag::General),
            ("Compensation", 2.0, CriterionTag::Compensation),
            ("Manager and mentorship", 3.0, CriterionTag::General),
            ("Bandwidth and home life", 3.0, CriterionTag::General),
        ]
        .into_iter()
        .zip(1..)
        .map(|((name, weight, tag), id)| Self {
            id: CriterionId(id),
            name: name.to_owned(),
            weight,
            tag,
        })
        .collect()
    }
}

labelled_enum! {
    /// An answer on the drift checklist.
    Answer {
        /// Yes.
        Yes => "Yes",
        /// No.
        No => "No",
        /// Not sure.
        NotSure => "Not sure",
    }
}

/// The drift checklist and its history.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Drift {
    /// The questions asked.
    pub items: Vec<DriftItem>,
    /// Every dated run of the checklist.
    pub reviews: Vec<DriftReview>,
}

/// One question of the drift checklist.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DriftItem {
    /// Its id.
    pub id: DriftItemId,
    /// The question.
    pub question: String,
    /// Why it matters, shown beside the question.
    pub hint: String,
    /// The answer that signals drift.
    pub risky_answer: Answer,
}

impl Default for DriftItem {
    fn default() -> Self {
        Self {
            id: DriftItemId::default(),
            question: String::new(),
            hint: String::new(),
            risky_answer: Answer::Yes,
        }
    }
}

impl DriftItem {
    /// The default checklist: the pitfalls that let a career drift, as questions.
    pub fn defaults() -> Vec<Self> {
        [
            (
                "Am I considering this mainly because it was offered to me?",
                "Saying yes to whatever arrives is how careers drift.",
                Answer::Yes,
            ),
            (
                "Does it bring me closer to my 5-year north star?",
                "Hold every move against the destination, not against today.",
                Answer::No,
            ),
            (
                "Would I go looking for this if nobody had offered it?",
                "If not, the offer is doing the choosing.",
                Answer::No,
            ),
            (
                "Am I treating a recent setback as a catastrophe rather than as feedback?",
                "Setbacks are data to iterate on; fear of them makes choices small.",
                Answer::Yes,
            ),
            (
                "On a new bet, am I asking for a big team and attention before it has traction?",
                "Early limelight brings scrutiny and pruning; build quietly until it works.",
                Answer::Yes,
            ),
            (
                "Is my home life out of balance, or would this tip it?",
                "A career plan that swallows home life does not last.",
                Answer::Yes,
            ),
        ]
        .into_iter()
        .zip(1..)
        .map(|((question, hint, risky_answer), id)| Self {
            id: DriftItemId(id),
            question: question.to_owned(),
            hint: hint.to_owned(),
            risky_answer,
        })
        .collect()
    }
}

/// One dated run of the drift checklist, on an offer or as a periodic self-review.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DriftReview {
    /// Its id.
    pub id: ReviewId,
    /// When it was run.
    pub date: Option<NaiveDate>,
    /// The offer it was run on; none for a periodic self-review.
    pub offer: Option<OfferId>,
    /// The answers given.
    pub answers: Vec<DriftAnswer>,
    /// A closing note.
    pub note: String,
}

/// The answer to one checklist question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DriftAnswer {
    /// The question answered.
    pub item: DriftItemId,
    /// The answer.
    pub answer: Answer,
    /// Why.
    pub note: String,
}

impl Default for DriftAnswer {
    fn default() -> Self {
        Self {
            item: DriftItemId::default(),
            answer: Answer::NotSure,
            note: String::new(),
        }
    }
}

labelled_enum! {
    /// The six ceilings that stall careers.
    Ceiling {
        /// No time to think beyond the day job.
        Bandwidth => "Bandwidth",
        /// No connections beyond one's own bubble.
        Network => "Network",
        /// No guidance.
        Mentorship => "Mentorship",
        /// No room to grow new skills.
        Learning => "Learning",
        /// No way to tell one's story.
        Storytelling => "Storytelling",
        /// No view of the options.
        Opportunity => "Opportunity",
    }
}

/// A dated self-assessment of the ceilings.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CeilingAssessment {
    /// Its id.
    pub id: AssessmentId,
    /// When it was made.
    pub date: Option<NaiveDate>,
    /// One score per ceiling.
    pub scores: Vec<CeilingScore>,
}

/// How clear of one ceiling the person is: 1 (pressed hard against it) to 5 (far from it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CeilingScore {
    /// The ceiling.
    pub ceiling: Ceiling,
    /// The score, 1 to 5.
    pub score: u8,
    /// What points to it.
    pub note: String,
}

impl Default for CeilingScore {
    fn default() -> Self {
        Self {
            ceiling: Ceiling::Bandwidth,
            score: 3,
            note: String::new(),
        }
    }
}

labelled_enum! {
    /// The three steps of landing in a new role.
    LandingPhase {
        /// Days 1–30: a listening tour.
        ListenAndLearn => "Listen and learn",
        /// Days 31–60: a vision, and agreement on the problems.
        Align => "Align",
        /// Days 61–90: quick wins.
        Execute => "Execute",
    }
}

/// The 30/60/90 plan for a new role.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LandingPlan {
    /// The role being landed.
    pub role: String,
    /// Its first day.
    pub start: Option<NaiveDate>,
    /// The plan's items.
    pub items: Vec<LandingItem>,
}

/// One item of the landing plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LandingItem {
    /// Its id.
    pub id: LandingItemId,
    /// The phase it belongs to.
    pub phase: LandingPhase,
    /// What to do.
    pub title: String,
    /// Whether it is done.
    pub done: bool,
}

impl Default for LandingItem {
    fn default() -> Self {
        Self {
            id: LandingItemId::default(),
            phase: LandingPhase::ListenAndLearn,
            title: String::new(),
            done: false,
        }
    }
}

labelled_enum! {
    /// What kind of thing was made visible.
    VoiceKind {
        /// An update sent to the manager.
        Update => "Update to manager",
        /// A summary of what was learned.
        LearningSummary => "Learning summary",
        /// A post or doc inside the company.
        InternalPost => "Internal post",
        /// A post outside the company.
        ExternalPost => "External post",
        /// A talk.
        Talk => "Talk",
        /// Someone mentored.
        Mentoring => "Mentoring",
    }
}

/// The product-marketing log: making one's work visible.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Voice {
    /// Who the cadence was promised to.
    pub manager: String,
    /// The promise: one update every this many days (30 is one a month); 0 for none.
    pub cadence_days: u32,
    /// What was made visible.
    pub entries: Vec<VoiceEntry>,
    /// Explanations given, counted, for "write what you repeat".
    pub explanations: Vec<Explanation>,
}

impl Default for Voice {
    fn default() -> Self {
        Self {
            manager: String::new(),
            cadence_days: 30,
            entries: Vec::new(),
            explanations: Vec::new(),
        }
    }
}

/// One thing made visible.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct VoiceEntry {
    /// Its id.
    pub id: VoiceEntryId,
    /// When.
    pub date: Option<NaiveDate>,
    /// What kind.
    pub kind: VoiceKind,
    /// Its title.
    pub title: String,
    /// Where it can be read.
    pub link: String,
    /// The skill or metric it speaks to.
    pub speaks_to: String,
}

impl Default for VoiceEntry {
    fn default() -> Self {
        Self {
            id: VoiceEntryId::default(),
            date: None,
            kind: VoiceKind::Update,
            title: String::new(),
            link: String::new(),
            speaks_to: String::new(),
        }
    }
}

/// Something explained out loud, counted: explained twice, it should be written down.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Explanation {
    /// Its id.
    pub id: ExplanationId,
    /// What was explained.
    pub topic: String,
    /// How many times.
    pub count: u32,
    /// The log entry it became, once written down.
    pub written: Option<VoiceEntryId>,
}

/// The thresholds the app reasons with. Part of the document, so a person can see and change
/// them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Rules {
    /// Years into a career before big swings make sense.
    pub established_after_years: f64,
    /// Big swings started before then that count as too many.
    pub max_early_swings: u32,
    /// Fewest years between big swings.
    pub swing_cadence_min_years: f64,
    /// Most years between big swings before one is due.
    pub swing_cadence_max_years: f64,
    /// Years in the same phase (learning or impact) before it is time to alternate.
    pub max_same_phase_years: f64,
    /// The share of big swings expected to succeed.
    pub swing_success_rate: f64,
    /// Shortest tour of duty, in months.
    pub tour_min_months: u32,
    /// Longest tour of duty, in months.
    pub tour_max_months: u32,
    /// Days in each step of a landing plan.
    pub landing_phase_days: u32,
    /// Times an explanation is given before it should be written down.
    pub repeat_threshold: u32,
    /// Share of checklist answers that signal drift (not sure counts half) from which the
    /// risk is medium.
    pub drift_medium_share: f64,
    /// Share from which the drift risk is high.
    pub drift_high_share: f64,
    /// Days between periodic drift self-reviews.
    pub self_review_days: u32,
    /// Fewest answered questions before a run of the drift checklist says anything: below
    /// it the run counts as not run yet.
    pub drift_min_answers: u32,
    /// Days between career reviews (91 is a quarter).
    pub review_days: u32,
    /// How far a metric may sit from its path, as a share of the whole way from its first
    /// value to its target, and still count as on track.
    pub metric_on_track_share: f64,
}

impl Default for Rules {
    fn default() -> Self {
        Self {
            established_after_years: 4.0,
            max_early_swings: 1,
            swing_cadence_min_years: 2.0,
            swing_cadence_max_years: 3.0,
            max_same_phase_years: 4.0,
            swing_success_rate: 0.5,
            tour_min_months: 12,
            tour_max_months: 18,
            landing_phase_days: 30,
            repeat_threshold: 2,
            drift_medium_share: 0.25,
            drift_high_share: 0.5,
            self_review_days: 90,
            drift_min_answers: 3,
            review_days: 91,
            metric_on_track_share: 0.1,
        }
    }
}
