//! Load, save, check and export, with the sample and with the stress document.

use criterion::{Criterion, criterion_group, criterion_main};

use career_spec::file;
use career_spec::model::validate::validate;
use career_spec::stress::stress_document;

fn documents() -> [(&'static str, career_spec::model::Document); 2] {
    [("sample", file::sample()), ("stress", stress_document(1))]
}

fn bench(c: &mut Criterion) {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
    let folder = tempfile::tempdir().expect("temp folder");
    for (name, doc) in documents() {
        let text = file::to_string(&doc).expect("serialises");
        c.bench_function(&format!("load/{name}"), |b| {
            b.iter(|| file::from_str(std::hint::black_box(&text)).expect("loads"));
        });
        let path = folder.path().join(format!("{name}.ron"));
        c.bench_function(&format!("save/{name}"), |b| {
            b.iter(|| file::save(&path, std::hint::black_box(&doc)).expect("saves"));
        });
        c.bench_function(&format!("check/{name}"), |b| {
            b.iter(|| validate(std::hint::black_box(&doc)));
        });
        c.bench_function(&format!("export/{name}"), |b| {
            b.iter(|| career_spec::export::markdown(std::hint::black_box(&doc), today));
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(2));
    targets = bench
}
criterion_main!(benches);
