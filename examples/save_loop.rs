//! Saves a large document to the path given, over and over, until killed: for the test that
//! kills it mid-save and checks the file on disk still loads (`.ci/kill-during-save`).

fn main() {
    let path = std::env::args().nth(1).expect("usage: save_loop FILE");
    let path = std::path::Path::new(&path);
    let mut doc = career_spec::model::stress::stress_document(3);
    for n in 0u64.. {
        doc.profile.name = format!("Save {n}");
        career_spec::file::save(path, &doc).expect("saved");
    }
}
