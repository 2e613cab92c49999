//! What leaving the current job gives up: grants still vesting, the next bonus and a sign-on
//! to pay back, each by the offer's start date.

use super::*;

fn leaving() -> Leaving {
    Leaving {
        grants: vec![UnvestedGrant {
            name: "2025 grant".into(),
            value: 40_000.0,
            granted: Some(date(2025, 3, 1)),
            ..UnvestedGrant::default()
        }],
        next_bonus: 18_000.0,
        bonus_date: Some(date(2027, 3, 15)),
        clawback: 5_000.0,
        clawback_until: Some(date(2026, 6, 30)),
    }
}

fn home_terms(tax: f64) -> Terms {
    let pay = Compensation {
        currency: "£".into(),
        ..Compensation::default()
    };
    let own = MoneyTerms {
        cash_tax_pct: Some(tax),
        equity_tax_pct: Some(tax),
        ..MoneyTerms::default()
    };
    terms(&pay, &own, &rules())
}

#[test]
fn leaving_forfeits_what_would_vest_or_be_paid_after_the_start() {
    // Starting 2027-01-04: the first quarter vested 2026-03-01 and is kept; the quarters of
    // 2027, 2028 and 2029 fall in years 1, 2 and 3 of the new job; the bonus of March 2027
    // is lost; the sign-on was owed only until mid-2026.
    let f = forfeits(&leaving(), home_terms(40.0), date(2027, 1, 4));
    let amounts: Vec<(f64, usize)> = f.items.iter().map(|i| (i.amount, i.year)).collect();
    assert_eq!(
        amounts,
        vec![(10_000.0, 0), (10_000.0, 1), (10_000.0, 2), (18_000.0, 0)]
    );
    assert!(close(f.total_home(), 48_000.0));
    assert!(f.notes.is_empty());
    // Starting in February 2026, nothing has vested and the sign-on is owed.
    let f = forfeits(&leaving(), home_terms(40.0), date(2026, 2, 1));
    assert!(close(f.total_home(), 40_000.0 + 18_000.0 + 5_000.0));
    assert!(f.items.iter().any(|i| i.kind == ForfeitKind::Clawback));
    // In the year-by-year projection, the first year loses 10,000 of equity and the bonus:
    // 28,000 gross; after 40 % tax 6,000 + 10,800.
    let pay = Compensation {
        currency: "£".into(),
        base: 100_000.0,
        ..Compensation::default()
    };
    let own = MoneyTerms {
        cash_tax_pct: Some(0.0),
        equity_tax_pct: Some(0.0),
        ..MoneyTerms::default()
    };
    let start = date(2027, 1, 4);
    let f = forfeits(&leaving(), home_terms(40.0), start);
    let years = project(
        Inputs {
            pay: &pay,
            equity: &Equity::default(),
            terms: &own,
            start: Some(start),
        },
        &rules(),
        2,
        start,
        Some(&f),
    );
    assert!(close(years[0].forfeit[0], 28_000.0));
    assert!(close(years[0].forfeit[1], 16_800.0));
    assert!(close(years[0].gross, 72_000.0));
    assert!(close(years[1].gross, 90_000.0));
}

#[test]
fn a_missing_date_counts_as_lost() {
    let mut l = leaving();
    l.grants[0].granted = None;
    l.bonus_date = None;
    l.clawback_until = None;
    let f = forfeits(&l, home_terms(0.0), date(2027, 1, 4));
    assert!(close(f.total_home(), 63_000.0));
    assert_eq!(f.notes.len(), 3, "{:?}", f.notes);
}

#[test]
fn monthly_vesting_after_the_cliff_forfeits_by_the_month() {
    let grant = UnvestedGrant {
        value: 48_000.0,
        granted: Some(date(2024, 1, 1)),
        vesting: Vesting::MonthlyAfterCliff,
        ..UnvestedGrant::default()
    };
    let l = Leaving {
        grants: vec![grant],
        ..Leaving::default()
    };
    // Leaving on 2026-01-01: the cliff (12,000) and months 13 to 24 (12 × 1,000) vested;
    // 24,000 is left, due over the next two years.
    let f = forfeits(&l, home_terms(0.0), date(2026, 1, 1));
    assert!(close(f.total_home(), 24_000.0), "{}", f.total_home());
}

#[test]
fn a_cliff_on_the_start_anniversary_falls_in_the_second_calendar_year() {
    // Granted 2024-01-04 with a one-year cliff, quarters on 2025, 2026, 2027 and 2028-01-04.
    // Leaving on 2027-01-04 keeps the third quarter (due that very day) and gives up the
    // fourth, due on the first anniversary of the new job: its second year, not its first.
    let leaving = Leaving {
        grants: vec![UnvestedGrant {
            name: "Grant".into(),
            value: 40_000.0,
            granted: Some(date(2024, 1, 4)),
            vesting: Vesting::FourYearCliff,
            custom_vesting: Vec::new(),
        }],
        ..Leaving::default()
    };
    let f = forfeits(&leaving, home_terms(0.0), date(2027, 1, 4));
    let years: Vec<(usize, f64)> = f.items.iter().map(|i| (i.year, i.amount)).collect();
    assert_eq!(years, [(1, 10_000.0)]);
    // A day later, the third quarter is given up too, in the first year.
    let f = forfeits(&leaving, home_terms(0.0), date(2026, 1, 5));
    let years: Vec<(usize, f64)> = f.items.iter().map(|i| (i.year, i.amount)).collect();
    assert_eq!(years, [(0, 10_000.0), (1, 10_000.0)]);
    assert!(close(f.total_home(), 20_000.0));
}
