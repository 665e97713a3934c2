//! Snapshots (insta) of what users and their feed readers see: a story page, a unit
//! page, a feed, and `check` on every broken fixture together. A change to any of them
//! shows up as a diff to review (`cargo insta review`), never silently.
//!
//! The current year (in the footer) is the only thing that changes from run to run; it
//! is replaced by `[năm]`.

use crate::support::{Site, repo};

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path(repo().join("tests/integration/snapshots"));
    s.set_prepend_module_to_snapshot(false);
    s.add_filter(r"© \d{4}", "© [năm]");
    s
}

fn built() -> Site {
    let site = Site::new("site");
    let run = site.guong(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

#[test]
fn a_story_page_a_unit_page_and_a_feed() {
    let site = built();
    settings().bind(|| {
        insta::assert_snapshot!("story_page", site.read("public/cong-thong-tin/bai-viet/chi-hoa-dua-luoi/index.html"));
        insta::assert_snapshot!("unit_page", site.read("public/trung-tam-van-hoa/dia-phuong/tho-phu/index.html"));
        insta::assert_snapshot!("unit_feed", site.read("public/cong-thong-tin/dia-phuong/tho-tan/rss.xml"));
    });
}

#[test]
fn check_on_every_broken_fixture() {
    let site = Site::new("site");
    let mut cases: Vec<_> =
        std::fs::read_dir(repo().join("tests/fixtures/check")).unwrap().flatten().map(|e| e.path()).collect();
    cases.sort();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        std::fs::copy(case, site.path().join("content/stories/2024").join(name)).unwrap();
    }
    let run = site.guong(&["check"]);
    assert_eq!(run.code, 1);
    let en = site.guong(&["check", "--lang", "en"]);
    settings().bind(|| {
        insta::assert_snapshot!("check_vi", run.stdout);
        insta::assert_snapshot!("check_en", en.stdout);
    });
}
