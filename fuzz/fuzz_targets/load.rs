//! Arbitrary bytes through the loader (size limit, UTF-8, parse, migrate, validate): it must
//! never panic, and whatever loads must save and load back equal.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = career_spec::file::from_bytes(data) {
        let text = career_spec::file::to_string(&doc).expect("a loaded document serialises");
        let back = career_spec::file::from_str(&text).expect("a saved document loads");
        assert_eq!(back, doc);
    }
});
