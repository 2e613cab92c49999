//! An import of a LinkedIn Positions.csv of 100,000 rows (each with a quoted description
//! across two lines) into an empty spec: reading the CSV, the plan, and landing it; and one
//! of a million rows, read, planned and refused as more than a spec holds. It took time
//! growing with the square of the rows before; it now grows with the rows.

use std::fmt::Write as _;

use criterion::{Criterion, criterion_group, criterion_main};

use career_spec::import::{self, linkedin};
use career_spec::model::Document;

/// A Positions.csv of `rows` positions, each at its own company.
fn positions(rows: usize) -> Vec<u8> {
    let mut text = String::from("Company Name,Title,Description,Location,Started On,Finished On\n");
    for i in 0..rows {
        let year = 1950 + i % 60;
        writeln!(
            text,
            "Company {i},Title {i},\"Shipped things, many\nthings\",Somewhere,Mar {year},Dec {}",
            year + 1
        )
        .expect("written");
    }
    text.into_bytes()
}

fn bench(c: &mut Criterion) {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
    let csv = positions(100_000);
    let check = linkedin::read_bytes(&csv).expect("read");
    assert_eq!(check.positions.len(), 100_000, "every row is read");
    c.bench_function("import/100k rows", |b| {
        b.iter(|| {
            let export = linkedin::read_bytes(std::hint::black_box(&csv)).expect("read");
            let mut doc = Document::new_empty(today);
            import::merge(&mut doc, &export, today);
            assert_eq!(doc.bets.len(), 100_000);
            doc
        });
    });
    // A million short rows: more than a spec holds, read, planned and refused by their count.
    let mut million = String::from("Company Name,Title,Started On,Finished On\n");
    for i in 0..1_000_000 {
        writeln!(
            million,
            "Co {i},PM {i},Mar {},Dec {}",
            1950 + i % 60,
            2010 + i % 10
        )
        .expect("written");
    }
    c.bench_function("import/1M rows refused", |b| {
        b.iter(|| {
            let export =
                linkedin::read_bytes(std::hint::black_box(million.as_bytes())).expect("read");
            let doc = Document::new_empty(today);
            let plan = import::plan(&doc, &export, today);
            assert!(import::fits::too_many(&doc, &plan).is_some(), "refused");
            plan.rows.len()
        });
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(std::time::Duration::from_secs(5));
    targets = bench
}
criterion_main!(benches);
