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
