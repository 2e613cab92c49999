//! Every value `check` accepts is one the app can run: the rules and numbers at their bounds,
//! dates at the ends of the calendar it allows, lists empty or long, through every command and
//! every panel.

use std::process::Command;

use career_spec::app::picker::ScriptedPicker;
use career_spec::app::{AppConfig, CareerApp};
use career_spec::edit::Session;
use career_spec::model::Document;
use career_spec::model::validate::validate;
use career_spec::views::Panel;
use chrono::NaiveDate;
use proptest::prelude::*;

mod support;
use support::{today, window};

fn check(doc: &Document) -> std::process::Output {
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("career.ron");
    std::fs::write(
        &path,
        career_spec::file::to_string(doc).expect("serialises"),
    )
    .expect("written");
    Command::new(env!("CARGO_BIN_EXE_career-spec"))
        .arg("check")
        .arg(&path)
        .output()
        .expect("the binary runs")
}

/// The values that passed `check` and then panicked the landing, voice and calendar analysis
/// (and the window on every start with the Landing panel open) are refused, naming the field.
#[test]
fn rules_that_cannot_be_run_are_refused_by_check() {
    type Spoil = fn(&mut Document);
    let cases: [(&str, Spoil); 3] = [
        ("rules.landing_phase_days", |d| {
            d.rules.landing_phase_days = 0;
        }),
        ("voice.cadence_days", |d| {
            d.voice.cadence_days = u32::MAX;
        }),
        ("rules.self_review_days", |d| {
            d.rules.self_review_days = u32::MAX;
        }),
    ];
    for (field, spoil) in cases {
        let mut doc = career_spec::file::sample();
        spoil(&mut doc);
        let out = check(&doc);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{field}: {stdout}");
        assert!(stdout.contains(&format!("{field}: ")), "{field}: {stdout}");
    }
}

/// A date far outside the years the app reasons about is named, as a year is.
#[test]
fn dates_outside_the_calendar_are_refused_by_check() {
    let mut doc = career_spec::file::sample();
    doc.landing.start = NaiveDate::from_ymd_opt(99_999, 1, 1);
    let problems = validate(&doc);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "landing.start");
    assert!(problems[0].message.contains("1900–2200"), "{}", problems[0]);
}

/// Every command a person can run on a file, as the binary runs them.
fn run_every_command(doc: &Document) {
    let _ = career_spec::export::markdown(doc, today());
    let _ = career_spec::export::calendar::ics(doc, today());
    let _ = career_spec::export::review::since(doc, None, today());
    let _ = career_spec::export::people::due_text(doc, today());
    let _ = career_spec::analysis::evidence::skill_proofs(doc, today());
    let _ = career_spec::analysis::evidence::findings(doc, today());
    for (target, _) in career_spec::analysis::packet::choices(doc)
        .into_iter()
        .chain([(
            career_spec::analysis::packet::Target::NextStone,
            String::new(),
        )])
    {
        let _ = career_spec::export::packet::markdown(doc, target, today());
        let _ = career_spec::export::packet::html(doc, target, today());
    }
    if let [a, b, ..] = doc.offers.as_slice() {
        let _ = career_spec::cli::compare::render(doc, a, b, today());
    }
}

/// Every panel drawn for a few frames, with its first item selected where it has one.
fn show_every_panel(doc: &Document) {
    let config = AppConfig::for_tests(today(), ScriptedPicker::answering(vec![]));
    let app = CareerApp::new(Session::untitled(doc.clone()), config);
    let mut h = window(app);
    for panel in Panel::ALL {
        h.state_mut().show(*panel, None);
        h.run_steps(3);
    }
    let first = [
        doc.bets
            .first()
            .map(|b| (Panel::Portfolio, career_spec::edit::ItemRef::Bet(b.id))),
        doc.offers
            .first()
            .map(|o| (Panel::Offers, career_spec::edit::ItemRef::Offer(o.id))),
        doc.evidence
            .first()
            .map(|e| (Panel::Evidence, career_spec::edit::ItemRef::Evidence(e.id))),
    ];
    for (panel, item) in first.into_iter().flatten() {
        h.state_mut().show(panel, Some(item));
        h.run_steps(3);
    }
    // The promotion packet's preview, on the next stone.
    h.state_mut()
        .queue(career_spec::views::Command::PromotionPacket);
    h.run_steps(3);
}

/// A whole number at an edge: nothing, one, about a year, about ten years, the most there is.
fn edge() -> impl Strategy<Value = u32> {
    prop_oneof![
        Just(0),
        Just(1),
        Just(365),
        Just(366),
        Just(3650),
        Just(3661),
        Just(u32::MAX)
    ]
}

/// A number at one end of a range.
fn end(low: f64, high: f64) -> impl Strategy<Value = f64> {
    prop_oneof![Just(low), Just(high)]
}

fn date_at_an_end() -> impl Strategy<Value = Option<NaiveDate>> {
    prop_oneof![
        Just(None),
        Just(NaiveDate::from_ymd_opt(1900, 1, 1)),
        Just(NaiveDate::from_ymd_opt(2200, 12, 31)),
        Just(Some(today())),
    ]
}

/// What is changed from the sample (or from the long stress document, or an empty one):
/// every whole-number rule at an edge, the fractional ones at an end of their range, dates
/// moved to the ends of the calendar.
#[derive(Clone, Debug)]
struct Spoil {
    long: bool,
    empty: bool,
    counts: [u32; 9],
    years: [f64; 4],
    shares: [f64; 3],
    date: Option<NaiveDate>,
    bet_year: f64,
    stone_year: i32,
    /// The person's currency: not chosen, a sign, or as long as `check` allows.
    home: Option<String>,
    /// Which of kind, phase, type of work and (for offers) direction are left unset; the
    /// first also leaves every other person's relation and cadence unset.
    unset: [bool; 4],
    /// The people side: the rules' slack, guidance days and fewest people, and a cadence.
    people: [u32; 4],
    /// The share from which a network is narrow.
    narrow: f64,
    /// The evidence side: the level from which a skill needs proof and the days of a quiet
    /// stretch, and every measured number (results, befores, scales) at an end of its range;
    /// with the first of `unset`, every text as long as `check` allows.
    evidence: (u8, u32, f64),
}

fn spoils() -> impl Strategy<Value = Spoil> {
    (
        (any::<bool>(), any::<bool>()),
        prop::array::uniform9(edge()),
        prop::array::uniform4(end(0.0, 50.0)),
        prop::array::uniform3(end(0.0, 1.0)),
        date_at_an_end(),
        end(1900.0, 2200.0),
        prop_oneof![Just(1900), Just(2200)],
        prop_oneof![
            Just(None),
            Just(Some("€".to_owned())),
            Just(Some(
                "¤".repeat(career_spec::model::validate::HOME_CURRENCY_CHARS)
            )),
        ],
        (
            prop::array::uniform4(any::<bool>()),
            prop::array::uniform4(edge()),
            end(0.0, 1.0),
        ),
        (
            0..=6u8,
            edge(),
            prop_oneof![
                Just(0.0),
                Just(career_spec::model::MEASURE_MAX),
                Just(-career_spec::model::MEASURE_MAX),
                Just(-0.5)
            ],
        ),
    )
        .prop_map(
            |(
                (long, empty),
                counts,
                years,
                shares,
                date,
                bet_year,
                stone_year,
                home,
                (unset, people, narrow),
                evidence,
            )| {
                Spoil {
                    long,
                    empty,
                    counts,
                    years,
                    shares,
                    date,
                    bet_year,
                    stone_year,
                    home,
                    unset,
                    people,
                    narrow,
                    evidence,
                }
            },
        )
}

fn spoiled(s: &Spoil) -> Document {
    let mut doc = if s.long {
        career_spec::stress::stress_document(7)
    } else {
        career_spec::file::sample()
    };
    if s.empty {
        let rules = doc.rules.clone();
        doc = Document::new_empty(today());
        doc.rules = rules;
    }
    doc.rules.money.home_currency.clone_from(&s.home);
    let r = &mut doc.rules;
    [
        r.landing_phase_days,
        r.self_review_days,
        r.review_days,
        r.repeat_threshold,
        r.drift_min_answers,
        r.max_early_swings,
        r.tour_min_months,
        r.tour_max_months,
        doc.voice.cadence_days,
    ] = s.counts;
    (r.tour_min_months, r.tour_max_months) = (
        r.tour_min_months.min(r.tour_max_months),
        r.tour_min_months.max(r.tour_max_months),
    );
    let [established, cadence_a, cadence_b, same_phase] = s.years;
    r.established_after_years = established;
    r.swing_cadence_min_years = cadence_a.min(cadence_b);
    r.swing_cadence_max_years = cadence_a.max(cadence_b);
    r.max_same_phase_years = same_phase;
    [
        r.swing_success_rate,
        r.metric_on_track_share,
        r.drift_medium_share,
    ] = s.shares;
    r.drift_high_share = r.drift_medium_share;
    doc.profile.career_start_year = Some(s.stone_year);
    doc.north_star.target_year = s.stone_year;
    doc.landing.start = s.date;
    for stone in &mut doc.north_star.stones {
        stone.year = s.stone_year;
    }
    let [kind, phase, work, direction] = s.unset;
    // Every other bet and offer loses what is unset, so that set and unset meet in one run.
    for bet in doc.bets.iter_mut().step_by(2) {
        bet.kind = bet.kind.filter(|_| !kind);
        bet.phase = bet.phase.filter(|_| !phase);
        bet.work = bet.work.filter(|_| !work);
    }
    for bet in &mut doc.bets {
        bet.start = s.bet_year;
        bet.end = s.bet_year;
    }
    for entry in &mut doc.voice.entries {
        entry.date = s.date;
    }
    for review in &mut doc.drift.reviews {
        review.date = s.date;
    }
    for assessment in &mut doc.ceilings {
        assessment.date = s.date;
    }
    for offer in doc.offers.iter_mut().step_by(2) {
        offer.kind = offer.kind.filter(|_| !kind);
        offer.phase = offer.phase.filter(|_| !phase);
        offer.work = offer.work.filter(|_| !work);
        offer.direction = offer.direction.filter(|_| !direction);
    }
    for offer in &mut doc.offers {
        offer.start = s.date;
        offer.scored_under = Some(career_spec::model::ScoredUnder {
            role: String::new(),
            year: s.stone_year,
            date: s.date,
        });
    }
    for metric in &mut doc.metrics {
        metric.first_date = s.date;
    }
    for review in &mut doc.reviews {
        review.date = s.date;
    }
    let p = &mut doc.rules.people;
    [
        p.overdue_after_days,
        p.mentor_within_days,
        p.narrow_min_people,
        _,
    ] = s.people;
    p.narrow_share = s.narrow;
    for (i, person) in doc.people.iter_mut().enumerate() {
        let unset = kind && i % 2 == 0;
        person.every_days = Some(s.people[3]).filter(|_| !unset);
        person.relation = person.relation.filter(|_| !unset);
        person.connected = s.date;
        for touch in &mut person.touches {
            touch.date = s.date;
        }
    }
    let (level, quiet, measure) = s.evidence;
    (
        doc.rules.evidence.proven_from_level,
        doc.rules.evidence.quiet_days,
    ) = (level, quiet);
    for (i, e) in doc.evidence.iter_mut().enumerate() {
        e.date = s.date;
        // Every other entry measured nothing, so that known and unknown meet in one run.
        let unset = kind && i % 2 == 0;
        e.result = Some(measure).filter(|_| !unset);
        e.before = Some(measure).filter(|_| !unset);
        e.scale = Some(measure.max(0.0)).filter(|_| !unset);
        if kind {
            use career_spec::model::{AUDIENCE_CHARS, UNIT_CHARS, WHAT_CHARS};
            e.what = "Wide win ".repeat(WHAT_CHARS / 9);
            e.unit = "%".repeat(UNIT_CHARS);
            e.scale_of = "ü".repeat(UNIT_CHARS);
            e.audience = "W".repeat(AUDIENCE_CHARS);
        }
    }
    accepted(doc)
}

/// The document with every whole number `check` refuses put back to its default, so that what
/// is left is exactly what `check` accepts, wherever its bounds lie.
fn accepted(mut doc: Document) -> Document {
    let defaults = career_spec::model::Rules::default();
    for problem in validate(&doc) {
        let (r, d) = (&mut doc.rules, &defaults);
        match problem.path.as_str() {
            "rules.landing_phase_days" => r.landing_phase_days = d.landing_phase_days,
            "rules.self_review_days" => r.self_review_days = d.self_review_days,
            "rules.review_days" => r.review_days = d.review_days,
            "rules.repeat_threshold" => r.repeat_threshold = d.repeat_threshold,
            "rules.drift_min_answers" => r.drift_min_answers = d.drift_min_answers,
            "rules.max_early_swings" => r.max_early_swings = d.max_early_swings,
            "rules.tour_min_months" | "rules.tour_max_months" => {
                (r.tour_min_months, r.tour_max_months) = (d.tour_min_months, d.tour_max_months);
            }
            "voice.cadence_days" => doc.voice.cadence_days = 30,
            "rules.people.overdue_after_days" => {
                r.people.overdue_after_days = d.people.overdue_after_days;
            }
            "rules.people.mentor_within_days" => {
                r.people.mentor_within_days = d.people.mentor_within_days;
            }
            "rules.people.narrow_min_people" => {
                r.people.narrow_min_people = d.people.narrow_min_people;
            }
            "rules.evidence.proven_from_level" => {
                r.evidence.proven_from_level = d.evidence.proven_from_level;
            }
            "rules.evidence.quiet_days" => r.evidence.quiet_days = d.evidence.quiet_days,
            path if path.starts_with("people[") && path.ends_with("].every_days") => {
                for person in &mut doc.people {
                    person.every_days = person.every_days.map(|_| 30);
                }
            }
            _ => {}
        }
    }
    doc
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// A document that passes `check` runs through every command and every panel.
    #[test]
    fn what_check_accepts_runs_everywhere(s in spoils()) {
        let doc = spoiled(&s);
        let problems = validate(&doc);
        prop_assert!(problems.is_empty(), "{:?}", problems);
        run_every_command(&doc);
        show_every_panel(&doc);
    }
}
