//! A whole story file from bytes: decoding, splitting, YAML (serde_yaml), spans
//! (yaml-rust2) and the key-by-key model reader. It must never panic.
#![no_main]

use guong::fuzz::{parse_bytes, StoryFile};
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;

fuzz_target!(|data: &[u8]| {
    let file = StoryFile {
        abs: PathBuf::from("content/stories/2024/fuzz.md"),
        rel: "content/stories/2024/fuzz.md".into(),
        slug: "fuzz".into(),
    };
    let _ = parse_bytes(file, data.to_vec());
});
