//! The hostile corpus (`tests/fixtures/hostile/`, written by its `make.py`): each input
//! gets its finding in bounded time, never a panic; nothing unsafe reaches the output;
//! nothing is written outside it; a failed or killed build leaves the old site whole.

use crate::support::{Site, repo, snapshot};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// (file, the finding it must get; None = accepted, but must come out escaped or cleaned)
const CORPUS: &[(&str, Option<&str>)] = &[
    ("alias-bomb.md", Some("yaml-syntax")),
    ("deep-flow-nesting.md", Some("yaml-syntax")),
    ("deep-block-nesting.md", Some("yaml-syntax")),
    ("huge-title.md", Some("too-long")),
    ("duplicate-keys.md", Some("yaml-syntax")),
    ("nul-byte.md", Some("nul-byte")),
    ("unclosed-fence.md", Some("unclosed-front-matter")),
    ("no-fence.md", Some("no-front-matter")),
    ("empty-file.md", Some("no-front-matter")),
    ("only-fences.md", Some("wrong-type")),
    ("front-matter-is-a-list.md", Some("wrong-type")),
    ("tab-indent.md", Some("yaml-syntax")),
    ("yaml-tag.md", Some("wrong-type")),
    ("yes-is-not-true.md", Some("wrong-type")),
    ("huge-year.md", Some("yaml-syntax")),
    ("invalid-utf8.md", Some("invalid-utf8")),
    ("windows-1258.md", Some("invalid-utf8")),
    ("mixed-line-endings.md", Some("line-endings")),
    ("bom.md", Some("bom")),
    ("script-in-body.md", Some("unsafe-html")),
    ("img-onerror.md", Some("unsafe-html")),
    ("svg-script.md", Some("unsafe-html")),
    ("iframe-evil.md", Some("unsafe-html")),
    ("javascript-link.md", Some("unsafe-html")),
    ("data-uri-link.md", Some("unsafe-html")),
    ("style-tag.md", Some("unsafe-html")),
    ("form-tag.md", Some("unsafe-html")),
    ("body-link-absolute-file.md", Some("unsafe-html")),
    ("image-traversal.md", Some("invalid-path")),
    ("image-absolute.md", Some("invalid-path")),
    ("body-image-traversal.md", Some("invalid-path")),
    ("citizen-id.md", Some("personal-data")),
    ("old-id-card.md", Some("personal-data")),
    ("phone-number.md", Some("personal-data")),
    ("email.md", Some("personal-data")),
    ("pdf-artefact.md", Some("pdf-artefact")),
    ("not-nfc.md", Some("not-nfc")),
    ("script-in-title.md", None),
    ("deep-blockquote.md", Some("too-deep")),
    ("flow-nesting-64k.md", Some("yaml-syntax")),
    ("deep-quote-html.md", Some("too-deep")),
    ("iframe-allowed-host-with-script.md", Some("unsafe-html")),
    ("many-links.md", None),
    ("heading-attribute-xss.md", Some("unsafe-html")),
    ("control-chars.md", Some("control-char")),
    ("self-alias.md", Some("alias-conflict")),
    ("repeated-heading.md", None),
    ("div-nesting.md", Some("too-deep")),
];

/// Runs guong with a deadline: a hostile input must not hang it. The deadline only
/// tells a hang from a slow run; it is far above any run on a loaded machine.
pub(crate) fn bounded(site: &Path, args: &[&str]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_guong"))
        .args(args)
        .current_dir(site)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(600);
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("guong {args:?} did not finish within the bound");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

pub(crate) fn place(site: &Site, file: &str) -> String {
    let rel = format!("content/stories/2024/{file}");
    std::fs::copy(repo().join("tests/fixtures/hostile").join(file), site.path().join(&rel)).unwrap();
    rel
}

/// No file of the output holds active content.
fn assert_output_inert(dir: &Path) {
    for e in walkdir::WalkDir::new(dir).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
        let Ok(text) = std::fs::read_to_string(e.path()) else { continue };
        // guong's own scripts: the structured data and the search page's script.
        let lower = text
            .to_lowercase()
            .replace("<script type=\"application/ld+json\">", "")
            .replace("<script src=\"https://portal.example.vn/dien-hinh/tim-kiem/tim-kiem.js\" defer>", "")
            .replace("<script src=\"https://vanhoa.example.vn/tim-kiem/tim-kiem.js\" defer>", "")
            .replace("<form id=\"tim-kiem-form\"", "")
            .replace("<form class=\"head-search\"", "");
        for bad in [
            "<script",
            "javascript:",
            "onerror=",
            "onfocus=",
            "autofocus",
            "data:text/html",
            "<iframe src=\"https://evil",
            "<form",
            "file:///etc",
        ] {
            assert!(!lower.contains(bad), "{} contains {bad}", e.path().display());
        }
    }
}

#[test]
fn the_corpus_has_thirty_inputs_at_least() {
    assert!(CORPUS.len() >= 30);
    for (file, _) in CORPUS {
        assert!(repo().join("tests/fixtures/hostile").join(file).exists(), "{file}");
    }
}

#[test]
fn every_hostile_input_gets_its_finding_and_nothing_unsafe_is_published() {
    let mut failures = Vec::new();
    for &(file, code) in CORPUS {
        let site = Site::new("site");
        let rel = place(&site, file);
        let (exit, stdout, stderr) = bounded(site.path(), &["check", "--format", "json"]);
        assert!(!stderr.contains("panicked"), "{file}: {stderr}");
        let v: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{file}: {e}: {stdout}"));
        let mine: Vec<&str> = v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["path"] == rel.as_str())
            .map(|f| f["code"].as_str().unwrap())
            .collect();
        match code {
            Some(c) if !mine.contains(&c) => failures.push(format!("{file}: wanted {c}, got {mine:?}")),
            None if !mine.is_empty() => failures.push(format!("{file}: wanted no finding, got {mine:?}")),
            _ => {}
        }
        let has_error = v["errors"].as_u64().unwrap() > 0;
        assert_eq!(exit, i32::from(has_error), "{file}");
        // Build: errors leave no output; the rest builds without active content.
        let (built, _, berr) = bounded(site.path(), &["build"]);
        assert!(!berr.contains("panicked"), "{file}: {berr}");
        if has_error {
            assert_eq!(built, 1, "{file}");
            assert!(!site.exists("public/cong-thong-tin"), "{file}: nothing written");
        } else {
            assert_eq!(built, 0, "{file}: {berr}");
            assert_output_inert(&site.path().join("public"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_fifty_megabyte_story_is_refused_unread() {
    let site = Site::new("site");
    let big = "Đồng Tiến ".repeat(5 * 1024 * 1024);
    site.write("content/stories/2024/qua-lon.md", &format!("---\ntitle: \"x\"\n---\n{big}"));
    let (code, out, _) = bounded(site.path(), &["check"]);
    assert_eq!(code, 1);
    assert!(out.contains("content/stories/2024/qua-lon.md:1:1: error[file-too-large]"), "{out}");
}

#[cfg(unix)]
#[test]
fn links_pointing_outside_the_site_are_refused() {
    let site = Site::new("site");
    std::os::unix::fs::symlink("/etc/passwd", site.path().join("content/stories/2024/lien-ket.md")).unwrap();
    std::fs::create_dir_all(site.path().join("content/media")).unwrap();
    std::os::unix::fs::symlink("/etc/hostname", site.path().join("content/media/anh.jpg")).unwrap();
    let text = site
        .read("content/stories/2024/doi-dan-quan-xuan-thinh.md")
        .replace("kind: story\n", "kind: story\nimage: media/anh.jpg\nimage_alt: \"Ảnh\"\n");
    site.write("content/stories/2024/doi-dan-quan-xuan-thinh.md", &text);
    let (code, out, _) = bounded(site.path(), &["check"]);
    assert_eq!(code, 1);
    assert!(out.contains("content/stories/2024/lien-ket.md:1:1: error[invalid-path]"), "{out}");
    assert!(out.contains("content/stories/2024/doi-dan-quan-xuan-thinh.md:4:8: error[invalid-path]"), "{out}");
}

#[test]
fn script_in_a_title_comes_out_escaped() {
    let site = Site::new("site");
    place(&site, "script-in-title.md");
    assert_eq!(bounded(site.path(), &["build"]).0, 0);
    let page = site.read("public/cong-thong-tin/bai-viet/script-in-title/index.html");
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let feed = site.read("public/cong-thong-tin/rss.xml");
    assert!(!feed.contains("<script>"), "{feed}");
}

#[test]
fn the_build_writes_only_inside_its_output() {
    let site = Site::new("site");
    let before: Vec<_> =
        walkdir::WalkDir::new(site.path()).into_iter().filter_map(Result::ok).map(|e| e.path().to_owned()).collect();
    assert_eq!(bounded(site.path(), &["build", "--out", "site-out"]).0, 0);
    // Besides the output, only the site's own cache (`.guong-cache`, as documented).
    for e in walkdir::WalkDir::new(site.path()).into_iter().filter_map(Result::ok) {
        let p = e.path();
        assert!(
            before.iter().any(|b| b == p)
                || p.starts_with(site.path().join("site-out"))
                || p.starts_with(site.path().join(".guong-cache")),
            "written outside the output: {}",
            p.display()
        );
    }
    // A folder of somebody else's files is never taken over.
    site.write("mine/luan-van.docx", "x");
    assert_eq!(bounded(site.path(), &["build", "--out", "mine"]).0, 2);
    assert_eq!(site.read("mine/luan-van.docx"), "x");
}

#[test]
fn a_killed_build_leaves_the_old_site_whole() {
    // Killed at an exact step (a failpoint), not after a guessed time: this once had a
    // 60-second limit that a loaded machine exceeded.
    let site = Site::new("site");
    assert_eq!(bounded(site.path(), &["build"]).0, 0);
    let before = snapshot(&site.path().join("public"));
    let template = site.read("content/stories/2024/doi-dan-quan-xuan-thinh.md");
    site.write("content/stories/2024/bai-moi.md", &crate::support::another_story(&template, "Bài mới"));
    let killed = Command::new(env!("CARGO_BIN_EXE_guong"))
        .args(["build", "--full"])
        .env("GUONG_FAILPOINT", "before-swap")
        .current_dir(site.path())
        .output()
        .unwrap();
    assert!(!killed.status.success(), "the failpoint stopped it");
    assert!(String::from_utf8_lossy(&killed.stderr).contains("failpoint before-swap"));
    let after: std::collections::BTreeMap<_, _> =
        snapshot(&site.path().join("public")).into_iter().filter(|(k, _)| !k.starts_with(".guong-staging-")).collect();
    crate::support::assert_same_tree(&after, &before, "the old site is whole");
    // The next build clears the stray staging folder.
    let (code, _, err) = bounded(site.path(), &["build"]);
    assert_eq!(code, 0, "{err}");
    let names: Vec<String> = std::fs::read_dir(site.path().join("public"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.starts_with(".guong-staging-")), "{names:?}");
    assert!(site.exists("public/cong-thong-tin/bai-viet/bai-moi/index.html"));
}
