//! Reliability, round 3 (issue 36): each test pins one case of the probe; its number is
//! in the test's comment.

use crate::hostile::bounded;
use crate::reliability::{findings, has};
use crate::support::{Site, repo, snapshot};
use std::path::Path;
use std::process::Command;

const STORY: &str = "content/stories/2024/doi-dan-quan-xuan-thinh.md";
const OTHER: &str = "content/stories/2024/chi-hoa-dua-luoi.md";

/// The 1-based line of `content/<file>` that holds `needle`.
fn line_of(site: &Site, file: &str, needle: &str) -> u64 {
    site.read(file).lines().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle} in {file}")) as u64 + 1
}

/// Names `rel` (under content/) as the story's recording.
fn with_audio(site: &Site, story: &str, rel: &str) {
    let text = site.read(story).replacen("\nkind: ", &format!("\naudio: {rel}\nkind: "), 1);
    site.write(story, &text);
}

fn audio_fixture() -> Vec<u8> {
    std::fs::read(repo().join("tests/fixtures/audio/chuong.mp3")).unwrap()
}

#[cfg(unix)]
#[test]
fn a_recording_linked_out_of_the_site_is_refused_like_a_photo() {
    // Case 3: a recording linked from outside the tree was read and published (`check`
    // said the link was skipped), while a photo linked the same way was refused.
    let site = Site::new("site");
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("bi-mat.mp3"), audio_fixture()).unwrap();
    std::fs::create_dir_all(site.path().join("content/media")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("bi-mat.mp3"), site.path().join("content/media/ghi-am.mp3"))
        .unwrap();
    with_audio(&site, STORY, "media/ghi-am.mp3");
    let f = findings(&site);
    assert!(has(&f, STORY, line_of(&site, STORY, "audio:"), "invalid-path"), "{f:?}");
    let (code, _, err) = bounded(site.path(), &["build"]);
    assert_ne!(code, 0, "{err}");
    let public = site.path().join("public");
    assert!(!public.is_dir() || !snapshot(&public).keys().any(|p| p.ends_with(".mp3")), "not published");
}

#[cfg(unix)]
#[test]
fn a_configuration_file_linked_out_of_the_site_is_refused_unread() {
    // Case 3: the same for configuration.
    let site = Site::new("site");
    let outside = tempfile::tempdir().unwrap();
    std::fs::rename(site.path().join("content/columns.yaml"), outside.path().join("columns.yaml")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("columns.yaml"), site.path().join("content/columns.yaml")).unwrap();
    let f = findings(&site);
    assert!(has(&f, "content/columns.yaml", 0, "invalid-path"), "{f:?}");
    assert_ne!(bounded(site.path(), &["build"]).0, 0);
}

#[cfg(unix)]
#[test]
fn a_theme_folder_linked_out_of_the_site_is_skipped_as_check_says() {
    // Case 3: the same for themes: a theme's `static/` folder that is a link out of the
    // site was published (`check` said it was skipped).
    let site = Site::new("site");
    let outside = tempfile::tempdir().unwrap();
    let static_dir = site.path().join("themes/cong-thong-tin/static");
    crate::support::copy_dir(&static_dir, &outside.path().join("tinh"));
    std::fs::write(outside.path().join("tinh/bi-mat.txt"), "bi-mat-456").unwrap();
    std::fs::remove_dir_all(&static_dir).unwrap();
    std::os::unix::fs::symlink(outside.path().join("tinh"), &static_dir).unwrap();
    let f = findings(&site);
    assert!(has(&f, "themes/cong-thong-tin/static", 0, "special-file"), "{f:?}");
    let (code, _, err) = bounded(site.path(), &["build"]);
    assert_eq!(code, 0, "{err}");
    assert!(!site.exists("public/cong-thong-tin/bi-mat.txt"), "not published");
}

#[cfg(unix)]
#[test]
fn a_fifo_as_the_site_configuration_is_refused_at_once_by_every_command() {
    // Case 5: a FIFO as `content/site.yaml` hung `build` and `publish` forever.
    let site = Site::new("site");
    let to = tempfile::tempdir().unwrap();
    // A first build, so that the next one looks for what changed (reading site.yaml).
    assert_eq!(bounded(site.path(), &["build"]).0, 0);
    let fifo = site.path().join("content/site.yaml");
    std::fs::remove_file(&fifo).unwrap();
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let dest = to.path().join("web").display().to_string();
    for args in [&["check"][..], &["build"], &["build", "--out", "khac"], &["publish", "--to", &dest]] {
        let (code, out, err) = bounded(site.path(), args);
        assert_ne!(code, 0, "{args:?}: {out}{err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn a_configuration_file_of_deeply_nested_brackets_is_refused_at_once() {
    // Case 5: 1,000,000 levels of `[` (2 MB, under the 4 MB limit) in a configuration
    // file were parsed in quadratic time and never finished.
    let site = Site::new("site");
    let deep = format!("columns: {}{}\n", "[".repeat(1_000_000), "]".repeat(1_000_000));
    site.write("content/columns.yaml", &deep);
    let f = findings(&site);
    assert!(has(&f, "content/columns.yaml", 1, "config-invalid"), "{f:?}");
    let (code, _, err) = bounded(site.path(), &["build"]);
    assert_ne!(code, 0);
    assert!(err.contains("nesting too deep"), "{err}");
}

#[test]
fn two_stories_naming_one_recording_build_like_two_sharing_a_photo() {
    // Case 7a: two stories naming one recording failed the build (`io-error`: two writers
    // of one media file).
    let site = Site::new("site");
    site.write("content/media/chung.mp3", "");
    std::fs::write(site.path().join("content/media/chung.mp3"), audio_fixture()).unwrap();
    with_audio(&site, STORY, "media/chung.mp3");
    with_audio(&site, OTHER, "media/chung.mp3");
    let (code, out, err) = bounded(site.path(), &["build"]);
    assert_eq!(code, 0, "{out}{err}");
    let files: Vec<String> = snapshot(&site.path().join("public/cong-thong-tin"))
        .into_keys()
        .filter(|p| p.starts_with("media/") && p.ends_with(".mp3"))
        .collect();
    assert_eq!(files.len(), 1, "one file for both: {files:?}");
    for story in ["doi-dan-quan-xuan-thinh", "chi-hoa-dua-luoi"] {
        let page = site.read(&format!("public/cong-thong-tin/bai-viet/{story}/index.html"));
        assert!(page.contains(&files[0]), "{story} plays it");
    }
}

#[test]
fn a_unit_alias_that_is_another_units_id_or_anothers_alias_is_refused_where_written() {
    // Case 7b: such aliases passed `check`; nginx then sent one unit's page to another.
    let site = Site::new("site");
    let communes = site.read("content/communes.yaml");
    let bad = communes
        .replace(
            "{ id: dong-tien, name: \"Đồng Tiến\", type: xa }",
            "{ id: dong-tien, name: \"Đồng Tiến\", type: xa, aliases: [an-nong] }",
        )
        .replace(
            "{ id: tan-ninh, name: \"Tân Ninh\", type: xa, valid_from: 2025-07-01 }",
            "{ id: tan-ninh, name: \"Tân Ninh\", type: xa, valid_from: 2025-07-01, aliases: [nua] }",
        );
    assert_ne!(bad, communes);
    site.write("content/communes.yaml", &bad);
    let f = findings(&site);
    let file = "content/communes.yaml";
    assert!(has(&f, file, line_of(&site, file, "aliases: [an-nong]"), "config-invalid"), "an id: {f:?}");
    assert!(has(&f, file, line_of(&site, file, "id: tan-ninh"), "config-invalid"), "another's alias: {f:?}");
    assert_ne!(bounded(site.path(), &["build"]).0, 0);
}

#[test]
fn control_characters_written_as_yaml_escapes_are_found_in_parsed_values() {
    // Case 7c: `"\u0001"` and `"\v"` passed the control-character check (which read raw
    // bytes) and reached the OPML and the Word report as ill-formed XML.
    let site = Site::new("site");
    let story = site.read(STORY);
    let title = story.lines().find(|l| l.starts_with("title:")).unwrap().to_owned();
    site.write(STORY, &story.replace(&title, "title: \"Trung đội\\u0001 dân quân\\v cơ động\""));
    let communes = site.read("content/communes.yaml").replace("name: \"Đồng Tiến\"", "name: \"Đồng\\u0001Tiến\"");
    site.write("content/communes.yaml", &communes);
    let site_yaml = site
        .read("content/site.yaml")
        .replace("title: \"Gương điển hình huyện Triệu Sơn\"", "title: \"Gương điển hình\\v huyện Triệu Sơn\"");
    site.write("content/site.yaml", &site_yaml);
    let f = findings(&site);
    assert!(has(&f, STORY, 2, "control-char"), "{f:?}");
    assert!(
        has(&f, "content/communes.yaml", line_of(&site, "content/communes.yaml", "Đồng\\u0001"), "control-char"),
        "{f:?}"
    );
    assert!(has(&f, "content/site.yaml", line_of(&site, "content/site.yaml", "hình\\v"), "control-char"), "{f:?}");
    let (code, out, err) = bounded(site.path(), &["build"]);
    assert_eq!(code, 0, "{out}{err}");
    let dir = tempfile::tempdir().unwrap();
    let docx = dir.path().join("bao-cao.docx");
    let (code, _, err) = bounded(
        site.path(),
        &["report", "--year", "2024", "--format", "docx", "--out", docx.to_str().unwrap(), "--force"],
    );
    assert_eq!(code, 0, "{err}");
    let mut outputs: Vec<(String, Vec<u8>)> = snapshot(&site.path().join("public")).into_iter().collect();
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&docx).unwrap()).unwrap();
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).unwrap();
        let name = format!("docx:{}", part.name());
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut part, &mut bytes).unwrap();
        outputs.push((name, bytes));
    }
    let mut opml = 0;
    for (path, bytes) in outputs {
        if !(path.ends_with(".xml") || path.ends_with(".opml") || path.ends_with(".html") || path.ends_with(".json")) {
            continue;
        }
        let bad = bytes.iter().any(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'));
        assert!(!bad, "{path} holds a control character");
        if path.ends_with(".opml") {
            opml += 1;
            let text = String::from_utf8(bytes).unwrap();
            assert!(text.contains("Đồng Tiến") || text.contains("Đồng Tiến"), "{path}");
        }
    }
    assert!(opml > 0, "an OPML file was checked");
}

#[test]
fn decomposed_configuration_and_titles_that_do_not_show_as_written_get_findings() {
    // Case 8: NFD text in configuration got no `not-nfc`; a title with U+202E, or made
    // only of combining marks, passed.
    let site = Site::new("site");
    let nfd = "Tri\u{1ec}u S\u{1a1}n".replace('\u{1ec}', "e\u{323}\u{302}").replace('\u{1a1}', "o\u{31b}");
    let site_yaml =
        site.read("content/site.yaml").replacen("district: \"Triệu Sơn\"", &format!("district: \"{nfd}\""), 1);
    site.write("content/site.yaml", &site_yaml);
    let story = site.read(STORY);
    let title = story.lines().find(|l| l.starts_with("title:")).unwrap().to_owned();
    site.write(STORY, &story.replace(&title, "title: \"Trung đội \u{202e}dân quân\""));
    let other = site.read(OTHER);
    let title = other.lines().find(|l| l.starts_with("title:")).unwrap().to_owned();
    site.write(OTHER, &other.replace(&title, "title: \"\u{301}\u{300}\u{323}\""));
    let f = findings(&site);
    assert!(has(&f, "content/site.yaml", 1, "not-nfc"), "{f:?}");
    assert!(has(&f, STORY, 2, "invalid-value"), "U+202E: {f:?}");
    assert!(has(&f, OTHER, 2, "invalid-value"), "only combining marks: {f:?}");
    let (code, out, _) = bounded(site.path(), &["check"]);
    assert_ne!(code, 0);
    assert!(out.contains("U+202E"), "{out}");
}

#[test]
fn an_mp3_whose_header_declares_less_than_it_holds_is_refused() {
    // Case 8: an MP3 whose header declared 58 s followed by 190 MB of frames was
    // published with a 58 s duration. Here: the fixture's header (an `Info` tag: 3 s),
    // then its frames eleven times (33 s of sound).
    let site = Site::new("site");
    let mp3 = audio_fixture();
    let second = (46..mp3.len() - 1).find(|&i| mp3[i] == 0xff && mp3[i + 1] == mp3[46]).expect("a second frame");
    let mut long = mp3.clone();
    for _ in 0..10 {
        long.extend_from_slice(&mp3[second..]);
    }
    std::fs::create_dir_all(site.path().join("content/media")).unwrap();
    std::fs::write(site.path().join("content/media/dai.mp3"), &long).unwrap();
    with_audio(&site, STORY, "media/dai.mp3");
    let f = findings(&site);
    assert!(has(&f, STORY, line_of(&site, STORY, "audio:"), "invalid-audio"), "{f:?}");
    let (_, out, _) = bounded(site.path(), &["check", "--lang", "en"]);
    assert!(out.contains("declares 3.0 s but the file holds 33."), "{out}");
    // The file as exported (its header right) is accepted.
    std::fs::write(site.path().join("content/media/dai.mp3"), &mp3).unwrap();
    let f = findings(&site);
    assert!(!f.iter().any(|(p, _, c)| p == STORY && c == "invalid-audio"), "{f:?}");
}

#[cfg(unix)]
#[test]
fn new_writes_nothing_through_a_year_folder_linked_out_of_the_site() {
    // Case 8: `guong new` wrote through `content/stories/<year>`, a link out of the site.
    let site = Site::new("site");
    let outside = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(outside.path(), site.path().join("content/stories/2026")).unwrap();
    let args = [
        "new",
        "story",
        "--commune",
        "tho-phu",
        "--field",
        "nong-nghiep",
        "--title",
        "Bài ra ngoài",
        "--date",
        "2026-05-01",
    ];
    let (code, _, err) = bounded(site.path(), &args);
    assert_ne!(code, 0, "{err}");
    assert!(err.contains("outside the site") || err.contains("ngoài thư mục trang"), "{err}");
    assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0, "nothing written outside");
    assert!(!Path::new(&site.path().join("content/stories/2026/bai-ra-ngoai.md")).exists());
}
