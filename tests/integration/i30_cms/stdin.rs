//! `guong check --stdin --as PATH`: unsaved text checked as if it were PATH, the checks
//! across files included, with nothing written (no file, no cache).

use super::keys::findings_of;
use crate::support::{Site, snapshot};
use std::io::Write;
use std::process::{Command, Stdio};

const BASE: &str = "content/stories/2024/chi-hoa-dua-luoi.md";

/// `guong check --stdin --as rel --format json` fed `text`: exit code and stdout.
pub(crate) fn check_stdin(site: &Site, rel: &str, text: &str) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_guong"))
        .args(["check", "--format", "json", "--stdin", "--as", rel])
        .current_dir(site.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn a_draft_is_checked_as_the_file_it_would_be_and_nothing_is_written() {
    let site = Site::new("site");
    // A first full check writes the cache; the draft's check must change nothing after it.
    assert_eq!(site.guong(&["check"]).code, 0, "the fixture is clean");
    let before = snapshot(site.path());
    let draft = site.read(BASE).replace("  sang-tao: \"Áp dụng cách làm mới, có hiệu quả.\"\n", "");
    let rel = "content/stories/2025/moi.md";
    let (code, out) = check_stdin(&site, rel, &draft);
    assert_eq!(code, 1, "{out}");
    let found = findings_of(&out);
    let evidence = found.iter().find(|f| f["code"] == "missing-evidence").expect("missing evidence");
    assert_eq!((evidence["path"].as_str(), evidence["key"].as_str()), (Some(rel), Some("criteria.sang-tao")));
    // Across files: the draft repeats the base story's permanent id.
    assert!(found.iter().any(|f| f["code"] == "duplicate-id" && f["path"] == rel && f["key"] == "id"), "{out}");
    assert_eq!(snapshot(site.path()), before, "check --stdin wrote something");
}

#[test]
fn a_draft_of_an_existing_file_stands_in_for_it() {
    let site = Site::new("site");
    // The story checked as itself: no duplicate with the file it replaces.
    let (code, out) = check_stdin(&site, BASE, &site.read(BASE));
    assert_eq!(code, 0, "{out}");
    assert!(findings_of(&out).is_empty(), "{out}");
    // The same slug in another year is a duplicate of it.
    let other = site.read(BASE).replace("id: 3f6c2a9e-1b7d-4c2e-9a51-0d8e6b2f7c10\n", "");
    let (code, out) = check_stdin(&site, "content/stories/2023/chi-hoa-dua-luoi.md", &other);
    assert_eq!(code, 1);
    assert!(findings_of(&out).iter().any(|f| f["code"] == "duplicate-slug"), "{out}");
}

#[test]
fn only_a_story_path_may_be_drafted() {
    let site = Site::new("site");
    for rel in ["content/site.yaml", "content/stories/../site.yaml", "/etc/passwd.md"] {
        let (code, _) = check_stdin(&site, rel, "---\ntitle: x\n---\n");
        assert_eq!(code, 2, "{rel}");
    }
    assert_eq!(site.guong(&["check", "--stdin"]).code, 2, "--stdin needs --as");
}
