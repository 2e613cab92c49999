//! One function per step from an older schema version to the next. Version 1 is the first
//! format, so there is nothing older to migrate yet; a new version adds its step here as
//! `fn v1_to_v2(old: v1::Document) -> v2::Document` and a match arm below.

use super::LoadError;
use crate::model::Document;

/// Reads a file of an older version and brings it up to the current one, one step at a time.
pub(super) fn from_older(_text: &str, version: u32) -> Result<Document, LoadError> {
    // Version 0 never existed; every real version below the current one has an arm here.
    Err(LoadError::UnknownVersion { found: version })
}
