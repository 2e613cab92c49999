//! The window's size bounds, and the options that shape it in screenshot mode, as the command
//! line gives them: its size and the item selected, so that a panel can be looked at with its
//! inspector open.

use std::fmt;

use crate::edit::ItemRef;
use crate::model::{BetId, Document, EvidenceId, MetricId, OfferId, PersonId, SkillId, StoneId};
use crate::views::Panel;

/// The smallest window the app lays itself out for, in points: below it the offer table and
/// the inspector no longer fit side by side at all.
pub const MIN_SIZE: [f32; 2] = [860.0, 560.0];
/// The largest window a screenshot is taken of: an 8K screen.
pub const MAX_SIZE: [f32; 2] = [7680.0, 4320.0];

/// Reads `WxH` (points, whole numbers) for `--size`.
pub fn parse_size(text: &str) -> Result<[f32; 2], String> {
    let (w, h) = text.split_once(['x', 'X', '×']).ok_or_else(|| {
        format!("\"{text}\" is not a size; write it as WIDTHxHEIGHT, e.g. 900x600")
    })?;
    let number = |part: &str| {
        part.trim()
            .parse::<u16>()
            .map(f32::from)
            .map_err(|_| format!("\"{part}\" in \"{text}\" is not a whole number"))
    };
    let size = [number(w)?, number(h)?];
    if size[0] < MIN_SIZE[0] || size[1] < MIN_SIZE[1] {
        return Err(format!(
            "{text} is smaller than the window can be ({}x{})",
            MIN_SIZE[0], MIN_SIZE[1]
        ));
    }
    if size[0] > MAX_SIZE[0] || size[1] > MAX_SIZE[1] {
        return Err(format!(
            "{text} is larger than a screenshot is taken at ({}x{})",
            MAX_SIZE[0], MAX_SIZE[1]
        ));
    }
    Ok(size)
}

/// An item to select for `--select`: the kinds that open an inspector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selection {
    /// An offer, on the Offers panel.
    Offer(OfferId),
    /// A bet, on the Portfolio panel.
    Bet(BetId),
    /// A stepping stone, on the Spec panel.
    Stone(StoneId),
    /// A skill, on the Spec panel.
    Skill(SkillId),
    /// A career metric, on the Review panel.
    Metric(MetricId),
    /// A person, on the People panel.
    Person(PersonId),
    /// A piece of evidence, on the Evidence panel.
    Evidence(EvidenceId),
}

impl Selection {
    /// The panel that shows the item in its inspector.
    pub fn panel(self) -> Panel {
        match self {
            Self::Offer(_) => Panel::Offers,
            Self::Bet(_) => Panel::Portfolio,
            Self::Stone(_) | Self::Skill(_) => Panel::Spec,
            Self::Metric(_) => Panel::Review,
            Self::Person(_) => Panel::People,
            Self::Evidence(_) => Panel::Evidence,
        }
    }

    /// The item, as the views name it.
    pub fn item(self) -> ItemRef {
        match self {
            Self::Offer(id) => ItemRef::Offer(id),
            Self::Bet(id) => ItemRef::Bet(id),
            Self::Stone(id) => ItemRef::Stone(id),
            Self::Skill(id) => ItemRef::Skill(id),
            Self::Metric(id) => ItemRef::Metric(id),
            Self::Person(id) => ItemRef::Person(id),
            Self::Evidence(id) => ItemRef::Evidence(id),
        }
    }

    /// Whether the document holds the item.
    pub fn is_in(self, doc: &Document) -> bool {
        match self {
            Self::Offer(id) => doc.offers.iter().any(|o| o.id == id),
            Self::Bet(id) => doc.bets.iter().any(|b| b.id == id),
            Self::Stone(id) => doc.north_star.stones.iter().any(|s| s.id == id),
            Self::Skill(id) => doc.skills.iter().any(|s| s.id == id),
            Self::Metric(id) => doc.metrics.iter().any(|m| m.id == id),
            Self::Person(id) => doc.get(id).is_some(),
            Self::Evidence(id) => doc.get(id).is_some(),
        }
    }
}

impl fmt::Display for Selection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Offer(id) => write!(f, "offer {}", id.0),
            Self::Bet(id) => write!(f, "bet {}", id.0),
            Self::Stone(id) => write!(f, "stepping stone {}", id.0),
            Self::Skill(id) => write!(f, "skill {}", id.0),
            Self::Metric(id) => write!(f, "metric {}", id.0),
            Self::Person(id) => write!(f, "person {}", id.0),
            Self::Evidence(id) => write!(f, "evidence {}", id.0),
        }
    }
}

/// Reads `offer:ID`, `bet:ID`, `stone:ID`, `skill:ID`, `metric:ID`, `person:ID` or `evidence:ID` for
/// `--select`.
pub fn parse_selection(text: &str) -> Result<Selection, String> {
    let (kind, id) = text
        .split_once(':')
        .ok_or_else(|| format!("\"{text}\" is not KIND:ID (offer:2, bet:4, skill:1)"))?;
    let id: u64 = id
        .trim()
        .parse()
        .map_err(|_| format!("\"{id}\" in \"{text}\" is not an id (a whole number)"))?;
    match kind.trim().to_lowercase().as_str() {
        "offer" => Ok(Selection::Offer(OfferId(id))),
        "bet" => Ok(Selection::Bet(BetId(id))),
        "stone" => Ok(Selection::Stone(StoneId(id))),
        "skill" => Ok(Selection::Skill(SkillId(id))),
        "metric" => Ok(Selection::Metric(MetricId(id))),
        "person" => Ok(Selection::Person(PersonId(id))),
        "evidence" => Ok(Selection::Evidence(EvidenceId(id))),
        other => Err(format!(
            "\"{other}\" cannot be selected; the kinds are offer, bet, stone, skill, metric, \
             person and evidence"
        )),
    }
}

/// The panel to show: the one named, else the selected item's, else none (the one kept from
/// the last run, or the first). A selection on another panel than the one named is a
/// mistake, not a choice.
pub fn panel_for(named: Option<Panel>, select: Option<Selection>) -> Result<Option<Panel>, String> {
    match (named, select) {
        (Some(panel), Some(s)) if panel != s.panel() => Err(format!(
            "{s} is shown on the {} panel, not on {}",
            s.panel().cli_name(),
            panel.cli_name()
        )),
        (Some(panel), _) => Ok(Some(panel)),
        (None, Some(s)) => Ok(Some(s.panel())),
        (None, None) => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_read_and_kept_within_what_the_window_can_be() {
        assert_eq!(parse_size("900x600"), Ok([900.0, 600.0]));
        assert_eq!(parse_size("1280×800"), Ok([1280.0, 800.0]));
        assert!(
            parse_size("900")
                .expect_err("no height")
                .contains("WIDTHxHEIGHT")
        );
        assert!(
            parse_size("900xsix")
                .expect_err("words")
                .contains("\"six\"")
        );
        assert!(
            parse_size("320x200")
                .expect_err("too small")
                .contains("860x560")
        );
        assert!(
            parse_size("9000x600")
                .expect_err("too large")
                .contains("larger")
        );
    }

    #[test]
    fn selections_name_their_kind_and_id() {
        assert_eq!(parse_selection("offer:2"), Ok(Selection::Offer(OfferId(2))));
        assert_eq!(parse_selection("Bet:4"), Ok(Selection::Bet(BetId(4))));
        assert_eq!(parse_selection("skill:1"), Ok(Selection::Skill(SkillId(1))));
        let metric = parse_selection("metric:2").expect("a metric");
        assert_eq!(metric, Selection::Metric(MetricId(2)));
        assert_eq!(metric.panel(), Panel::Review);
        let person = parse_selection("person:7").expect("a person");
        assert_eq!(person.panel(), Panel::People);
        assert!(person.is_in(&crate::file::sample()));
        let evidence = parse_selection("evidence:1").expect("a win");
        assert_eq!(evidence.panel(), Panel::Evidence);
        assert!(evidence.is_in(&crate::file::sample()));
        let unknown = parse_selection("evidence:99").expect("a win");
        assert!(
            !unknown.is_in(&crate::file::sample()),
            "the sample keeps three"
        );
        let stone = parse_selection("stone:2").expect("a stepping stone");
        assert_eq!(stone.panel(), Panel::Spec);
        assert_eq!(stone.item(), ItemRef::Stone(StoneId(2)));
        assert!(stone.is_in(&crate::file::sample()));
        assert!(!Selection::Stone(StoneId(9)).is_in(&crate::file::sample()));
        assert!(
            parse_selection("landing:1")
                .expect_err("not selectable")
                .contains("offer, bet, stone, skill, metric, person and evidence")
        );
        assert!(
            parse_selection("offer")
                .expect_err("no id")
                .contains("KIND:ID")
        );
        assert!(
            parse_selection("offer:two")
                .expect_err("not a number")
                .contains("not an id")
        );
    }

    #[test]
    fn the_panel_follows_the_selection_unless_named() {
        let bet = Some(Selection::Bet(BetId(4)));
        assert_eq!(panel_for(None, None), Ok(None));
        assert_eq!(panel_for(None, bet), Ok(Some(Panel::Portfolio)));
        assert_eq!(panel_for(Some(Panel::Drift), None), Ok(Some(Panel::Drift)));
        assert_eq!(
            panel_for(Some(Panel::Portfolio), bet),
            Ok(Some(Panel::Portfolio))
        );
        assert_eq!(
            panel_for(Some(Panel::Spec), bet),
            Err("bet 4 is shown on the portfolio panel, not on spec".to_owned())
        );
    }

    #[test]
    fn a_selection_is_found_only_in_a_document_that_holds_it() {
        let doc = crate::file::sample();
        assert!(Selection::Offer(OfferId(2)).is_in(&doc));
        assert!(Selection::Bet(BetId(4)).is_in(&doc));
        assert!(Selection::Skill(SkillId(1)).is_in(&doc));
        assert!(!Selection::Offer(OfferId(99)).is_in(&doc));
        assert_eq!(Selection::Skill(SkillId(3)).to_string(), "skill 3");
    }
}
