//! Reliability, round 2: the configuration, the themes and the build process as hostile
//! input. Each test pins one case of the attacker's review (issue 19); its number is in
//! the test's comment.

use crate::hostile::bounded;
use crate::support::{Site, another_story, assert_same_tree, snapshot};
use std::path::Path;
use std::process::Command;

/// The findings of `check --format json`: (path, line, code).
pub(crate) fn findings(site: &Site) -> Vec<(String, u64, String)> {
    let (_, out, err) = bounded(site.path(), &["check", "--format", "json"]);
    assert!(!err.contains("panicked"), "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_owned(),
                f["line"].as_u64().unwrap_or(0),
                f["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

pub(crate) fn has(found: &[(String, u64, String)], path: &str, line: u64, code: &str) -> bool {
    found.iter().any(|(p, l, c)| p == path && (line == 0 || *l == line) && c == code)
}

/// Every file under `dir` (the test's temporary folder), to prove nothing was written
/// outside the output.
fn all_files(dir: &Path) -> Vec<std::path::PathBuf> {
    walkdir::WalkDir::new(dir).into_iter().filter_map(Result::ok).map(|e| e.path().to_owned()).collect()
}

#[test]
fn configuration_ids_that_are_paths_or_markup_are_refused_where_they_are_read() {
    // Case 4: `../` in a unit or field id wrote outside --out; `"` broke out of an href.
    let site = Site::new("site");
    let communes = site
        .read("content/communes.yaml")
        .replace("id: an-nong,", "id: \"../../../thoat\",")
        .replace("id: dong-tien,", "id: 'dong\"><b>x',");
    site.write("content/communes.yaml", &communes);
    let criteria = site.read("content/criteria.yaml").replace("id: y-te,", "id: \"../y-te\",");
    site.write("content/criteria.yaml", &criteria);
    let f = findings(&site);
    let line_of =
        |file: &str, needle: &str| site.read(file).lines().position(|l| l.contains(needle)).unwrap() as u64 + 1;
    assert!(has(&f, "content/communes.yaml", line_of("content/communes.yaml", "thoat"), "config-invalid"), "{f:?}");
    assert!(has(&f, "content/communes.yaml", line_of("content/communes.yaml", "dong\""), "config-invalid"), "{f:?}");
    assert!(has(&f, "content/criteria.yaml", line_of("content/criteria.yaml", "../y-te"), "config-invalid"), "{f:?}");
    let before = all_files(site.path());
    let (code, _, _) = bounded(site.path(), &["build"]);
    assert_eq!(code, 1);
    // `dia-phuong/../../../thoat` from the outlet or its staging folder: nothing named so.
    for p in all_files(site.path()) {
        assert!(p.file_name().is_none_or(|n| n != "thoat"), "written outside: {}", p.display());
    }
    assert!(!site.path().parent().unwrap().join("thoat").exists());
    assert!(all_files(site.path()).iter().all(|p| before.contains(p)
        || p.starts_with(site.path().join("public"))
        || p.starts_with(site.path().join(".guong-cache"))));
}

#[test]
fn numbers_out_of_range_are_findings_not_crashes() {
    // Case 8: `images.quality: 101` panicked; a huge plan range exhausted memory.
    let site = Site::new("site");
    let cfg = site.read("content/site.yaml").replace(
        "outlets:\n",
        "images: { quality: 101 }\nplan: { from: 1, to: 2000000000 }\nreport_page: { path: noi-bo/bao-cao }\nper_page: 0\noutlets:\n",
    );
    site.write("content/site.yaml", &cfg.replace("per_page: 2\n", ""));
    let f = findings(&site);
    let codes: Vec<&str> = f.iter().filter(|(p, ..)| p == "content/site.yaml").map(|(_, _, c)| c.as_str()).collect();
    assert!(
        codes.iter().filter(|c| **c == "config-invalid").count() >= 4,
        "quality, plan.from, plan.to, per_page: {f:?}"
    );
    let (code, _, err) = bounded(site.path(), &["build"]);
    assert_eq!(code, 1, "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let left: Vec<_> = std::fs::read_dir(site.path().join("public"))
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(left.iter().all(|n| !n.to_string_lossy().starts_with(".guong-staging")), "{left:?}");
}

#[test]
fn pages_are_never_silently_replaced() {
    // Case 6: report_page.path over a public page; a theme's static rss.xml.
    let site = Site::new("site");
    let cfg = site.read("content/site.yaml").replace("outlets:\n", "report_page: { path: tim-kiem }\noutlets:\n");
    site.write("content/site.yaml", &cfg);
    site.write("themes/cong-thong-tin/static/rss.xml", "<rss/>");
    site.write("themes/cong-thong-tin/static/dia-phuong/tho-phu/index.html", "<p>x</p>");
    let f = findings(&site);
    assert!(has(&f, "content/site.yaml", 0, "url-collision"), "{f:?}");
    assert!(has(&f, "themes/cong-thong-tin/static/rss.xml", 0, "url-collision"), "{f:?}");
    assert!(has(&f, "themes/cong-thong-tin/static/dia-phuong/tho-phu/index.html", 0, "url-collision"), "{f:?}");
    assert_eq!(bounded(site.path(), &["build"]).0, 1);
}

#[test]
fn a_control_character_never_makes_a_feed_ill_formed() {
    // Case 7: `\x0b` in a title made every feed carrying the story ill-formed XML.
    let site = Site::new("site");
    crate::hostile::place(&site, "control-chars.md");
    let (code, _, err) = bounded(site.path(), &["build"]);
    assert_eq!(code, 0, "{err}");
    for feed in ["public/cong-thong-tin/rss.xml", "public/cong-thong-tin/dia-phuong/dong-tien/rss.xml"] {
        let bytes = std::fs::read(site.path().join(feed)).unwrap();
        let parsed = feed_rs::parser::parse(&bytes[..]).unwrap_or_else(|e| panic!("{feed}: {e}"));
        let titles: Vec<String> =
            parsed.entries.iter().filter_map(|e| e.title.as_ref().map(|t| t.content.clone())).collect();
        assert!(titles.iter().any(|t| t == "Tổ an ninh thôn Đồng Hòa"), "{feed}: {titles:?}");
        // And a strict XML reader agrees.
        let mut reader = quick_xml::Reader::from_reader(&bytes[..]);
        let mut buf = Vec::new();
        loop {
            match reader.read_event_into(&mut buf) {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(quick_xml::events::Event::Text(t)) => {
                    assert!(!t.iter().any(|b| *b < 0x20 && !b"\t\n\r".contains(b)), "{feed}")
                }
                Ok(_) => {}
                Err(e) => panic!("{feed}: {e}"),
            }
            buf.clear();
        }
    }
}

#[test]
fn a_recursive_macro_is_a_finding_not_a_stack_overflow() {
    // Case 8: a macro calling itself overflowed the stack (exit 134) and killed serve.
    let site = Site::new("site");
    site.write(
        "themes/cong-thong-tin/templates/macros.html",
        &format!(
            "{}\n{{% macro loop(n) %}}{{{{ self::loop(n=n) }}}}{{% endmacro loop %}}\n",
            site.read("themes/cong-thong-tin/templates/macros.html")
        ),
    );
    let (code, _, err) = bounded(site.path(), &["build"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("themes/cong-thong-tin/templates/macros.html:")
            && err.contains("error[template-error]")
            && err.contains("đệ quy"),
        "{err}"
    );
}

#[test]
fn a_template_cannot_read_the_environment() {
    // Case 8: `get_env` published the build's environment (tokens in CI).
    let site = Site::new("site");
    let t = site.read("themes/cong-thong-tin/templates/404.html");
    site.write(
        "themes/cong-thong-tin/templates/404.html",
        &t.replacen("<h1>", "<h1>{{ get_env(name=\"GUONG_SECRET\") }}", 1),
    );
    let out = Command::new(env!("CARGO_BIN_EXE_guong"))
        .arg("build")
        .env("GUONG_SECRET", "bi-mat-123")
        .current_dir(site.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("get_env"), "{err}");
    for (path, bytes) in snapshot(&site.path().join("public")) {
        assert!(!String::from_utf8_lossy(&bytes).contains("bi-mat-123"), "{path}");
    }
}

#[cfg(unix)]
#[test]
fn special_files_are_skipped_with_a_warning_never_read() {
    // Case 8: a FIFO under content/ hung build (and check, as an image); a link to
    // /dev/zero was read until memory ran out.
    let site = Site::new("site");
    let fifo = site.path().join("content/media/ong.jpg");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    std::os::unix::fs::symlink("/dev/zero", site.path().join("content/media/zero.jpg")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", site.path().join("themes/cong-thong-tin/static/zero.css")).unwrap();
    let f = findings(&site);
    assert!(has(&f, "content/media/ong.jpg", 1, "special-file"), "{f:?}");
    assert!(has(&f, "content/media/zero.jpg", 1, "special-file"), "{f:?}");
    assert!(has(&f, "themes/cong-thong-tin/static/zero.css", 1, "special-file"), "{f:?}");
    let (code, _, err) = bounded(site.path(), &["build"]);
    assert_eq!(code, 0, "{err}");
    assert!(!site.exists("public/cong-thong-tin/zero.css"));
    // A story that names the FIFO as its photo gets a finding, not a hang.
    let story = site
        .read("content/stories/2024/doi-dan-quan-xuan-thinh.md")
        .replace("kind: story\n", "kind: story\nimage: media/ong.jpg\nimage_alt: \"Ảnh\"\n");
    site.write("content/stories/2024/doi-dan-quan-xuan-thinh.md", &story);
    let f = findings(&site);
    assert!(
        f.iter().any(|(p, _, c)| p == "content/stories/2024/doi-dan-quan-xuan-thinh.md"
            && (c == "invalid-image" || c == "missing-image")),
        "{f:?}"
    );
}

#[test]
fn the_output_is_never_the_sources_and_a_report_never_overwrites_them() {
    // Case 5: `report --out content/site.yaml` overwrote the configuration; `build --out
    // content/new` wrote the site into the sources.
    let site = Site::new("site");
    let config = site.read("content/site.yaml");
    for out in [
        "content/site.yaml",
        "content/stories/2024/doi-dan-quan-xuan-thinh.md",
        "themes/x.html",
        "public/../content/bao-cao.html",
    ] {
        let (code, _, err) = bounded(site.path(), &["report", "--out", out, "--force"]);
        assert_eq!(code, 2, "{out}: {err}");
    }
    assert_eq!(site.read("content/site.yaml"), config);
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(site.path().join("content/site.yaml"), site.path().join("bao-cao.html")).unwrap();
        assert_eq!(bounded(site.path(), &["report", "--out", "bao-cao.html"]).0, 2, "a link is not a report");
        assert_eq!(site.read("content/site.yaml"), config);
    }
    site.write("ghi-chu.txt", "của tôi");
    assert_eq!(bounded(site.path(), &["report", "--out", "ghi-chu.txt"]).0, 2);
    assert_eq!(site.read("ghi-chu.txt"), "của tôi");
    // Its own report it replaces, as often as asked.
    assert_eq!(bounded(site.path(), &["report", "--out", "bao-cao-2024.html", "--year", "2024"]).0, 0);
    assert_eq!(bounded(site.path(), &["report", "--out", "bao-cao-2024.html", "--year", "2024"]).0, 0);
    for out in ["content/new", "public/../content/new", "themes/moi"] {
        let (code, _, err) = bounded(site.path(), &["build", "--out", out]);
        assert_eq!(code, 2, "{out}: {err}");
        assert!(!site.exists(out), "{out}");
    }
}

/// A site big enough that two builds overlap.
fn many_stories(n: usize) -> Site {
    let site = Site::new("site");
    let template = site.read("content/stories/2024/doi-dan-quan-xuan-thinh.md");
    for i in 0..n {
        site.write(
            &format!("content/stories/2024/bai-{i}.md"),
            &another_story(&template, &format!("Trung đội số {i}")),
        );
    }
    site
}

#[test]
fn two_builds_at_once_publish_a_whole_site() {
    // Case 2: the second build deleted the first's staging folder; 1,540 of 2,086 files
    // went live, and both exited 0.
    let site = many_stories(300);
    let spawn = || {
        Command::new(env!("CARGO_BIN_EXE_guong"))
            .arg("build")
            .current_dir(site.path())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    assert!(a.status.success(), "{}", String::from_utf8_lossy(&a.stderr));
    assert!(b.status.success(), "{}", String::from_utf8_lossy(&b.stderr));
    let both = snapshot(&site.path().join("public"));
    assert_eq!(bounded(site.path(), &["build", "--out", "alone"]).0, 0);
    let alone = snapshot(&site.path().join("alone"));
    let pages = |m: &std::collections::BTreeMap<String, Vec<u8>>| {
        m.iter().filter(|(k, _)| !k.starts_with('.')).map(|(k, v)| (k.clone(), v.clone())).collect()
    };
    assert_same_tree(&pages(&both), &pages(&alone), "two builds at once against one alone");
    assert!(both.keys().filter(|k| k.starts_with("cong-thong-tin/bai-viet/bai-")).count() >= 300);
}

#[test]
fn a_build_killed_between_two_outlets_leaves_true_records() {
    // Cases 3 and 10: killed after the first outlet's swap, the fingerprint and manifests
    // still described the old inputs: reverting the input then kept the killed build's
    // pages ("nothing changed"), and a full rebuild hard-linked them.
    let site = Site::new("site");
    assert_eq!(bounded(site.path(), &["build"]).0, 0);
    let path = "content/stories/2024/doi-dan-quan-xuan-thinh.md";
    let original = site.read(path);
    site.write(path, &original.replace("Trung đội có 31 đồng chí", "Trung đội có 40 đồng chí"));
    let killed = Command::new(env!("CARGO_BIN_EXE_guong"))
        .args(["build", "--full"])
        .env("GUONG_FAILPOINT", "after-swap:cong-thong-tin")
        .current_dir(site.path())
        .output()
        .unwrap();
    assert!(!killed.status.success());
    // At no point is an outlet missing: the first is new, the second still the old one.
    assert!(site.read("public/cong-thong-tin/bai-viet/doi-dan-quan-xuan-thinh/index.html").contains("40 đồng chí"));
    assert!(site.exists("public/trung-tam-van-hoa/index.html"));
    // A failed build now keeps things as they are, and says so truthfully.
    site.write("content/stories/2024/hong.md", "---\ntitle: \"Hỏng\"\n---\nx\n");
    let before = snapshot(&site.path().join("public"));
    assert_eq!(bounded(site.path(), &["build"]).0, 1);
    assert_same_tree(&snapshot(&site.path().join("public")), &before, "a failed build after the kill");
    std::fs::remove_file(site.path().join("content/stories/2024/hong.md")).unwrap();
    // Back to the old input: the output must be what a fresh build makes.
    site.write(path, &original);
    let (code, _, err) = bounded(site.path(), &["build"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("Không có gì thay đổi"), "{err}");
    assert_eq!(bounded(site.path(), &["build", "--out", "fresh"]).0, 0);
    let site_pages =
        |dir: &str| snapshot(&site.path().join(dir)).into_iter().filter(|(k, _)| !k.starts_with('.')).collect();
    assert_same_tree(
        &site_pages("public"),
        &site_pages("fresh"),
        "after the kill and a rebuild, against a fresh build",
    );
    assert!(site.read("public/cong-thong-tin/bai-viet/doi-dan-quan-xuan-thinh/index.html").contains("31 đồng chí"));
}

#[test]
fn a_closed_pipe_ends_check_quietly_with_its_exit_code() {
    // `guong check | head -1` with many findings panicked on the broken pipe (exit 101).
    let site = Site::new("site");
    for i in 0..2000 {
        site.write(&format!("content/stories/2024/hong-{i}.md"), "---\ntitle: \"Hỏng\"\nkind: nope\n---\nx\n");
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_guong"))
        .arg("check")
        .current_dir(site.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
    drop(stdout); // as `head -1` does
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(1), "{err}");
}
