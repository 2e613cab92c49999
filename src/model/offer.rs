//! Opportunities and job offers, their pay, and the weighted criteria they are scored on.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::portfolio::{BetKind, Phase, WorkType};
use super::{CriterionId, OfferId, SkillId, StoneId};

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

/// An opportunity or job offer. Staying in the current job can be one too. A new one has
/// nothing chosen for it: no kind, phase, type of work or direction until the person says.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
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
    /// Core role or big swing; `None` until the person says. Left out of the file while
    /// unset, as are `phase`, `work` and `direction`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<BetKind>,
    /// The phase the role would start; `None` until the person says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<Phase>,
    /// The type of work; `None` until the person says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub work: Option<WorkType>,
    /// When it would start.
    pub start: Option<NaiveDate>,
    /// Whether it came unasked ("it was offered to me").
    pub unasked: bool,
    /// Whether this is staying in the current job.
    pub is_current: bool,
    /// The measuring stick: closer to or further from the north star; `None` until the person
    /// marks it, which is not the same as sideways.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// Free notes.
    pub notes: String,
    /// A score for each criterion.
    pub scores: Vec<Score>,
    /// Pay over the years.
    pub compensation: Compensation,
    /// What the equity is and its odds. Left out of the file while it is the default (public
    /// equity at its grant value), as are `terms` and `leaving`: an offer that uses none of
    /// the money model reads and writes as it did, and the file stays small.
    #[serde(skip_serializing_if = "is_default")]
    pub equity: super::Equity,
    /// The currency rate, taxes, cost of living and expected promotion it is paid under.
    #[serde(skip_serializing_if = "is_default")]
    pub terms: super::MoneyTerms,
    /// For the current job: what leaving it costs.
    #[serde(skip_serializing_if = "is_default")]
    pub leaving: super::Leaving,
    /// The stepping stones it serves.
    pub stones: Vec<StoneId>,
    /// The skills it builds.
    pub skills: Vec<SkillId>,
    /// The north star its scores were last given under; none until one is given in the
    /// window. Once the north star is rewritten, its scores are named for re-scoring.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scored_under: Option<ScoredUnder>,
}

/// The north star as it stood when an offer was scored: its role and year, and the day.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ScoredUnder {
    /// The north star's target role then.
    pub role: String,
    /// Its target year then.
    pub year: i32,
    /// The day the score was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
}

impl ScoredUnder {
    /// The north star as it stands in `doc`, on `today`.
    pub fn now(star: &super::NorthStar, today: NaiveDate) -> Self {
        Self {
            role: star.target_role.trim().to_owned(),
            year: star.target_year,
            date: Some(today),
        }
    }

    /// Whether `star` is another north star than this one: its role or its year rewritten.
    pub fn differs_from(&self, star: &super::NorthStar) -> bool {
        self.role.trim() != star.target_role.trim() || self.year != star.target_year
    }
}

/// An offer's score on one criterion, 1 (poor) to 5 (excellent), and why.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Score {
    /// The criterion scored.
    pub criterion: CriterionId,
    /// The score, 1 to 5, or `None` while not scored yet (a note may come first). Left out of
    /// the file while unset: a score not given is not a middling one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<u8>,
    /// Why this score.
    pub note: String,
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
    /// The currency symbol or code shown beside amounts; empty while not set, and then no
    /// figure of the offer is comparable (a default currency would be a guess).
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

impl Compensation {
    /// The currency the offer is paid in, when the person set one.
    pub fn currency_set(&self) -> Option<&str> {
        Some(self.currency.trim()).filter(|c| !c.is_empty())
    }
}

impl Default for Compensation {
    fn default() -> Self {
        Self {
            currency: String::new(),
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

/// Whether a value is its type's default: such parts are left out of the file.
fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}
