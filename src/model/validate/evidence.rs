//! Checks on the evidence of impact and the rules for what it says.

use std::collections::HashSet;

use super::{Checker, DAYS_MAX};
use crate::model::{AUDIENCE_CHARS, Document, EvidenceRules, MEASURE_MAX, UNIT_CHARS, WHAT_CHARS};

/// Every piece of evidence (its ids are checked with every list's): a date inside the
/// calendar, texts within their lengths, numbers within a quadrillion either way and a scale
/// of none or more, links to items that exist.
pub(super) fn evidence(c: &mut Checker, doc: &Document) {
    let skills: HashSet<_> = doc.skills.iter().map(|s| s.id).collect();
    let stones: HashSet<_> = doc.north_star.stones.iter().map(|s| s.id).collect();
    let bets: HashSet<_> = doc.bets.iter().map(|b| b.id).collect();
    let metrics: HashSet<_> = doc.metrics.iter().map(|m| m.id).collect();
    let people: HashSet<_> = doc.people.iter().map(|p| p.id).collect();
    for (i, e) in doc.evidence.iter().enumerate() {
        c.date(&path!(evidence[i].date), e.date);
        c.text(&path!(evidence[i].what), &e.what, WHAT_CHARS);
        c.text(&path!(evidence[i].unit), &e.unit, UNIT_CHARS);
        c.text(&path!(evidence[i].scale_of), &e.scale_of, UNIT_CHARS);
        c.text(&path!(evidence[i].audience), &e.audience, AUDIENCE_CHARS);
        let either_way = -MEASURE_MAX..=MEASURE_MAX;
        if let Some(v) = e.result {
            c.number(&path!(evidence[i].result), v, either_way.clone());
        }
        if let Some(v) = e.before {
            c.number(&path!(evidence[i].before), v, either_way);
        }
        if let Some(v) = e.scale {
            c.number(&path!(evidence[i].scale), v, 0.0..=MEASURE_MAX);
        }
        for (j, id) in e.seen_by.iter().enumerate() {
            c.refers(&path!(evidence[i].seen_by[j]), *id, &people, "person");
        }
        for (j, id) in e.skills.iter().enumerate() {
            c.refers(&path!(evidence[i].skills[j]), *id, &skills, "skill");
        }
        for (j, id) in e.stones.iter().enumerate() {
            c.refers(
                &path!(evidence[i].stones[j]),
                *id,
                &stones,
                "stepping stone",
            );
        }
        for (j, id) in e.bets.iter().enumerate() {
            c.refers(&path!(evidence[i].bets[j]), *id, &bets, "bet");
        }
        for (j, id) in e.metrics.iter().enumerate() {
            c.refers(&path!(evidence[i].metrics[j]), *id, &metrics, "metric");
        }
    }
}

/// The rules: a level on the matrix's scale, a stretch within ten years.
pub(super) fn rules(c: &mut Checker, r: &EvidenceRules) {
    c.score(
        &path!(rules.evidence.proven_from_level),
        r.proven_from_level,
    );
    c.count(
        &path!(rules.evidence.quiet_days),
        r.quiet_days,
        1..=DAYS_MAX,
    );
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::model::validate::{refused_paths, sorted_paths};
    use crate::model::{
        AUDIENCE_CHARS, BetId, Document, Evidence, EvidenceId, MEASURE_MAX, MetricId, PersonId,
        SkillId, StoneId, UNIT_CHARS, WHAT_CHARS,
    };

    #[test]
    fn evidence_is_held_to_dates_numbers_and_links_the_app_can_run() {
        let mut d = Document::new_empty(NaiveDate::from_ymd_opt(2026, 1, 1).expect("d"));
        d.evidence.push(Evidence {
            id: EvidenceId(1),
            date: NaiveDate::from_ymd_opt(2200, 12, 31),
            what: "é".repeat(WHAT_CHARS),
            unit: "%".repeat(UNIT_CHARS),
            scale_of: "u".repeat(UNIT_CHARS),
            audience: "a".repeat(AUDIENCE_CHARS),
            result: Some(-MEASURE_MAX),
            before: Some(MEASURE_MAX),
            scale: Some(0.0),
            ..Evidence::default()
        });
        assert!(refused_paths(&d).is_empty());
        let e = &mut d.evidence[0];
        e.date = NaiveDate::from_ymd_opt(2201, 1, 1);
        e.what.push('x');
        e.unit.push('x');
        e.scale_of.push('x');
        e.audience.push('x');
        (e.result, e.before, e.scale) = (Some(f64::NAN), Some(MEASURE_MAX * 10.0), Some(-1.0));
        e.seen_by = vec![PersonId(9)];
        e.skills = vec![SkillId(99)];
        e.stones = vec![StoneId(99)];
        e.bets = vec![BetId(99)];
        e.metrics = vec![MetricId(99)];
        d.evidence.push(Evidence {
            id: EvidenceId(1),
            ..Evidence::default()
        });
        assert_eq!(
            refused_paths(&d),
            sorted_paths([
                "evidence[1].id",
                "evidence[0].date",
                "evidence[0].what",
                "evidence[0].unit",
                "evidence[0].scale_of",
                "evidence[0].audience",
                "evidence[0].result",
                "evidence[0].before",
                "evidence[0].scale",
                "evidence[0].seen_by[0]",
                "evidence[0].skills[0]",
                "evidence[0].stones[0]",
                "evidence[0].bets[0]",
                "evidence[0].metrics[0]",
            ])
        );
    }

    #[test]
    fn the_evidence_rules_are_held_to_their_ranges() {
        let mut d = Document::new_empty(NaiveDate::from_ymd_opt(2026, 1, 1).expect("d"));
        (
            d.rules.evidence.proven_from_level,
            d.rules.evidence.quiet_days,
        ) = (5, super::DAYS_MAX);
        assert!(refused_paths(&d).is_empty());
        (
            d.rules.evidence.proven_from_level,
            d.rules.evidence.quiet_days,
        ) = (0, 0);
        assert_eq!(
            refused_paths(&d),
            sorted_paths([
                "rules.evidence.proven_from_level",
                "rules.evidence.quiet_days"
            ])
        );
    }
}
