//! The bounds of the rules a person may tune: each threshold, share and span within what the
//! analysis is written for, and each pair (a cadence's least and most) in order.

use super::{COUNT_MAX, Checker, DAYS_MAX, MONTHS_MAX, evidence, money, people};
use crate::model::Document;

/// Each rule within the bounds the analysis is written for, and each pair of rules in order.
pub(super) fn rules(c: &mut Checker, doc: &Document) {
    let r = &doc.rules;
    for (path, value) in [
        (
            path!(rules.established_after_years),
            r.established_after_years,
        ),
        (
            path!(rules.swing_cadence_min_years),
            r.swing_cadence_min_years,
        ),
        (
            path!(rules.swing_cadence_max_years),
            r.swing_cadence_max_years,
        ),
        (path!(rules.max_same_phase_years), r.max_same_phase_years),
    ] {
        c.number(&path, value, 0.0..=50.0);
    }
    if r.swing_cadence_max_years < r.swing_cadence_min_years {
        c.push(
            path!(rules.swing_cadence_max_years),
            format!(
                "must not be less than {}",
                path!(rules.swing_cadence_min_years)
            ),
        );
    }
    for (path, value) in [
        (path!(rules.swing_success_rate), r.swing_success_rate),
        (path!(rules.drift_medium_share), r.drift_medium_share),
        (path!(rules.drift_high_share), r.drift_high_share),
        (path!(rules.metric_on_track_share), r.metric_on_track_share),
    ] {
        c.number(&path, value, 0.0..=1.0);
    }
    for (path, value, range) in [
        (
            path!(rules.max_early_swings),
            r.max_early_swings,
            0..=COUNT_MAX,
        ),
        (
            path!(rules.tour_min_months),
            r.tour_min_months,
            1..=MONTHS_MAX,
        ),
        (
            path!(rules.tour_max_months),
            r.tour_max_months,
            1..=MONTHS_MAX,
        ),
        (
            path!(rules.landing_phase_days),
            r.landing_phase_days,
            1..=365,
        ),
        (
            path!(rules.repeat_threshold),
            r.repeat_threshold,
            1..=COUNT_MAX,
        ),
        (
            path!(rules.self_review_days),
            r.self_review_days,
            1..=DAYS_MAX,
        ),
        (
            path!(rules.drift_min_answers),
            r.drift_min_answers,
            0..=COUNT_MAX,
        ),
        (path!(rules.review_days), r.review_days, 1..=DAYS_MAX),
    ] {
        c.count(&path, value, range);
    }
    money::rules(c, &r.money);
    people::rules(c, &r.people);
    evidence::rules(c, &r.evidence);
    if r.tour_max_months < r.tour_min_months {
        c.push(
            path!(rules.tour_max_months),
            format!("must not be less than {}", path!(rules.tour_min_months)),
        );
    }
}
