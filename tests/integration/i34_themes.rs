//! Issue 34 (architecture round 2): i34_themes. Themes share the base theme: every page
//! kind of both themes is snapshotted (insta, as `snapshots.rs`), no template hard-codes
//! a Vietnamese word (every word through `labels`), and `guong new theme NAME` scaffolds
//! a theme that builds.
//!
//! The current year (in the footer) is the only thing that changes from run to run; it
//! is replaced by `[năm]`.

use crate::support::{Site, repo, sample_site};
use std::path::Path;

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path(repo().join("tests/integration/snapshots"));
    s.set_prepend_module_to_snapshot(false);
    s.add_filter(r"© \d{4}", "© [năm]");
    s
}

const THEMES: [(&str, &str); 2] = [("cong-thong-tin", "ctt"), ("trung-tam-van-hoa", "ttvh")];

fn read(root: &Path, rel: &str) -> String {
    std::fs::read_to_string(root.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn every_page_kind_of_both_themes_from_the_fixture_site() {
    let site = Site::new("site");
    let run = site.guong(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pages = [
        ("home", "index.html"),
        ("story", "bai-viet/chi-hoa-dua-luoi/index.html"),
        ("list_column", "chuyen-muc/nguoi-tot-viec-tot/index.html"),
        ("list_unit", "dia-phuong/tho-tan/index.html"),
        ("communes", "dia-phuong/index.html"),
        ("columns", "chuyen-muc/index.html"),
        ("follow", "theo-doi/index.html"),
        ("search", "tim-kiem/index.html"),
        ("not_found", "404.html"),
        ("redirect", "bai-viet/hoa-dua-luoi-cu/index.html"),
    ];
    settings().bind(|| {
        for (theme, short) in THEMES {
            for (kind, rel) in pages {
                let text = read(site.path(), &format!("public/{theme}/{rel}"));
                insta::assert_snapshot!(format!("i34_{short}_{kind}"), text);
            }
        }
    });
}

/// The exemplars' pages, the booklet, the print sheet and the weekly bulletin, which the
/// fixture site does not make: from the sample site (an edit of `content/` shows here as
/// a snapshot to review).
#[test]
fn every_page_kind_of_both_themes_from_the_sample_site() {
    let site = sample_site();
    let run = crate::support::guong_in(site.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pages = [
        ("exemplar", "guong/bep-an-nghia-tinh-thi-tran-trieu-son/index.html"),
        ("exemplars", "guong/index.html"),
        ("booklet", "ky-yeu/2024/index.html"),
        ("print_sheet", "bai-viet/chi-le-thi-hoa-va-mo-hinh-dua-luoi-nha-mang/in/index.html"),
        ("bulletin", "ban-tin/nguoi-tot-viec-tot/2024-tuan-24/index.html"),
    ];
    settings().bind(|| {
        for (theme, short) in THEMES {
            for (kind, rel) in pages {
                let text = read(site.path(), &format!("public/{theme}/{rel}"));
                insta::assert_snapshot!(format!("i34_{short}_{kind}"), text);
            }
        }
    });
}

/// The text of a template outside `{{ … }}`, `{% … %}` and `{# … #}`: what it writes as it is.
fn literal_text(template: &str) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(i) = rest.find(['{']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let close = match tail.get(..2) {
            Some("{{") => "}}",
            Some("{%") => "%}",
            Some("{#") => "#}",
            _ => {
                out.push('{');
                rest = &tail[1..];
                continue;
            }
        };
        match tail.find(close) {
            Some(j) => rest = &tail[j + 2..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

/// Lines of a template with a Vietnamese letter (a letter outside ASCII: ă, ơ, đ, ê, …)
/// written as it is, not through `labels`.
fn hard_coded(template: &str) -> Vec<String> {
    literal_text(template)
        .lines()
        .filter(|l| l.chars().any(|c| c.is_alphabetic() && !c.is_ascii()))
        .map(|l| l.trim().to_owned())
        .collect()
}

#[test]
fn the_check_for_hard_coded_words_finds_them() {
    assert_eq!(
        hard_coded("<p>{{ labels.home }}</p>{% if x == \"Xã\" %}{% endif %}{# ghi chú #}"),
        Vec::<String>::new()
    );
    assert_eq!(hard_coded("<p>Trang chủ</p>\n<a aria-label=\"{{ a }}\">x</a>"), ["<p>Trang chủ</p>"]);
    assert_eq!(hard_coded("<p>{{ n }} bài</p>"), ["<p> bài</p>"]);
}

#[test]
fn no_template_hard_codes_a_vietnamese_word() {
    let mut dirs = vec![repo().join("src/emit/templates/base")];
    for (theme, _) in THEMES {
        dirs.push(repo().join("themes").join(theme).join("templates"));
    }
    let mut found = Vec::new();
    let mut files = 0;
    for dir in dirs {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = e.path();
            if path.extension().is_some_and(|x| x == "html") {
                files += 1;
                for line in hard_coded(&std::fs::read_to_string(&path).unwrap()) {
                    found.push(format!("{}: {line}", path.strip_prefix(repo()).unwrap().display()));
                }
            }
        }
    }
    assert!(files > 20, "{files} templates read");
    assert!(found.is_empty(), "words written in templates, not through labels:\n{}", found.join("\n"));
}

#[test]
fn the_culture_centre_theme_is_its_frame_its_style_sheet_and_its_labels() {
    let dir = repo().join("themes/trung-tam-van-hoa");
    let templates: Vec<String> = std::fs::read_dir(dir.join("templates"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(templates, ["base.html"]);
    assert!(dir.join("static/style.css").is_file() && dir.join("labels.yaml").is_file());
}

fn title_and_h1(html: &str) -> (String, String) {
    let doc = scraper::Html::parse_document(html);
    let text = |sel: &str| {
        let s = scraper::Selector::parse(sel).unwrap();
        doc.select(&s).next().map(|e| e.text().collect::<String>().trim().to_owned()).unwrap_or_default()
    };
    (text("title"), text("h1"))
}

#[test]
fn new_theme_scaffolds_a_theme_an_outlet_builds_with() {
    let site = Site::new("site");
    let run = site.guong(&["new", "theme", "van-hoa-xa"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("themes/van-hoa-xa/"), "{}", run.stdout);
    for rel in ["templates/base.html", "static/style.css", "static/favicon.svg", "labels.yaml"] {
        assert!(site.exists(&format!("themes/van-hoa-xa/{rel}")), "{rel}");
    }
    let templates = std::fs::read_dir(site.path().join("themes/van-hoa-xa/templates")).unwrap().count();
    assert_eq!(templates, 1, "only the frame: every page comes from the base theme");

    // The culture centre's outlet switched to the new theme builds, with every page.
    let config = site.read("content/site.yaml");
    assert!(config.contains("theme: trung-tam-van-hoa"));
    site.write("content/site.yaml", &config.replace("theme: trung-tam-van-hoa", "theme: van-hoa-xa"));
    let run = site.guong(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = "public/trung-tam-van-hoa";
    let (title, h1) = title_and_h1(&site.read(&format!("{out}/chuyen-muc/index.html")));
    assert_eq!((title.as_str(), h1.as_str()), ("Chuyên mục | Người tốt, việc tốt", "Chuyên mục"));
    let (_, h1) = title_and_h1(&site.read(&format!("{out}/404.html")));
    assert_eq!(h1, "Không tìm thấy trang");
    for rel in ["index.html", "bai-viet/chi-hoa-dua-luoi/index.html", "dia-phuong/index.html", "theo-doi/index.html"] {
        let page = site.read(&format!("{out}/{rel}"));
        assert!(page.contains("<meta name=\"theme-color\" content=\"#1a1a1a\">"), "{rel}: the new theme's label");
    }
    assert!(site.exists(&format!("{out}/style.css")) && site.exists(&format!("{out}/tim-kiem/index.html")));
}

#[test]
fn new_theme_refuses_an_existing_folder_and_a_name_that_is_not_a_slug() {
    let site = Site::new("site");
    let run = site.guong(&["new", "theme", "cong-thong-tin"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("themes/cong-thong-tin đã có"), "{}", run.stderr);
    let en = site.guong(&["--lang", "en", "new", "theme", "cong-thong-tin"]);
    assert_eq!(en.code, 2, "{}", en.stderr);
    assert!(en.stderr.contains("themes/cong-thong-tin already exists"), "{}", en.stderr);
    assert!(site.read("themes/cong-thong-tin/templates/story.html").contains("story-grid"), "left as it was");
    for bad in ["Văn Hóa", "van_hoa", "van-", "../ra-ngoai"] {
        let run = site.guong(&["new", "theme", bad]);
        assert_eq!(run.code, 2, "{bad}: {}", run.stderr);
        assert!(run.stderr.contains("tên giao diện") && run.stderr.contains("không hợp lệ"), "{}", run.stderr);
        assert!(!site.exists(&format!("themes/{bad}")), "{bad}");
    }
    // A story takes no name.
    let run = site.guong(&["new", "story", "ten", "--commune", "tho-tan", "--field", "y-te", "--title", "X"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
}

/// `guong new theme` without a name used to get clap's message about `--commune`,
/// `--field` and `--title`, which a theme does not take.
#[test]
fn new_without_what_it_needs_says_what_is_missing_for_its_kind() {
    let site = Site::new("site");
    let run = site.guong(&["new", "theme"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("guong new theme van-hoa-xa"), "{}", run.stderr);
    assert!(!run.stderr.contains("--commune"), "nothing about a story's options: {}", run.stderr);
    let run = site.guong(&["new", "story", "--commune", "tho-tan"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("thiếu --title, --field"), "{}", run.stderr);
    let run = site.guong(&["--lang", "en", "new", "practice", "--exemplar", "x"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("missing --title:"), "{}", run.stderr);
    assert!(!site.exists("content/stories/2026"), "nothing written");
}
