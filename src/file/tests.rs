use super::*;

#[test]
fn the_sample_loads_and_is_valid() {
    let doc = from_str(SAMPLE_RON).expect("sample loads");
    assert_eq!(doc.profile.name, "Priya Raman");
    assert_eq!(doc.offers.len(), 2);
}

#[test]
fn a_saved_document_reads_back_equal() {
    let doc = sample();
    let text = to_string(&doc).expect("serialises");
    assert_eq!(from_str(&text).expect("reads back"), doc);
}

#[test]
fn a_version_1_file_without_metrics_or_reviews_loads_with_none() {
    let doc = from_str(
        "(format: \"career-spec\", version: 1, spec: (profile: (name: \"A\", career_start_year: 2016), north_star: (target_year: 2031), rules: (repeat_threshold: 3)))",
    )
    .expect("a version-1 file loads");
    assert!(doc.metrics.is_empty());
    assert!(doc.reviews.is_empty());
    assert_eq!(doc.rules.review_days, 91);
    assert_eq!(doc.rules.repeat_threshold, 3);
}
