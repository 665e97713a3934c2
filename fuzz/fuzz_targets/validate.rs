//! Parsing then validating a story against the fixture site's configuration
//! (`tests/fixtures/site`), loaded once.
#![no_main]

use guong::fuzz::{parse_bytes, StoryFile};
use guong::fuzz::Config;
use guong::fuzz::TextRules;
use libfuzzer_sys::fuzz_target;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

struct Site {
    root: PathBuf,
    cfg: Config,
    rules: TextRules,
}

fn site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/site");
        let mut diags = Vec::new();
        let cfg = guong::fuzz::config(&root, &mut diags).unwrap_or_else(|| panic!("fixture site config: {diags:?}"));
        let rules = TextRules::from_config(&cfg);
        Site { root, cfg, rules }
    })
}

fuzz_target!(|data: &[u8]| {
    let s = site();
    let file = StoryFile {
        abs: s.root.join("content/stories/2024/fuzz.md"),
        rel: "content/stories/2024/fuzz.md".into(),
        slug: "fuzz".into(),
    };
    let parsed = parse_bytes(file, data.to_vec());
    let _ = guong::fuzz::story(&parsed, &s.cfg, &s.rules, &s.root);
});
