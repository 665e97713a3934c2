//! Issue 32, item 6: the sample itself. Slugs name what the story is about (and the old
//! ones still lead there), decision numbers rise with their dates, no invented
//! commendation sits on a real public body, and the review's wording corrections hold.

use crate::support::{copy_dir, guong_in, repo, sample_site};
use std::path::Path;
use unicode_normalization::UnicodeNormalization;

/// The ASCII words of a Vietnamese text, as a slug would spell them.
fn ascii_words(text: &str) -> Vec<String> {
    let plain: String = text
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            c => c,
        })
        .collect();
    plain
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// (file name without `.md`, front matter as YAML, body) of every sample story.
fn stories() -> Vec<(String, serde_yaml::Value, String)> {
    let mut out = Vec::new();
    for year in std::fs::read_dir(repo().join("content/stories")).unwrap() {
        for f in std::fs::read_dir(year.unwrap().path()).unwrap() {
            let path = f.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let rest = text.strip_prefix("---\n").unwrap();
            let (front, body) = rest.split_once("\n---\n").unwrap();
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            out.push((stem, serde_yaml::from_str(front).unwrap(), body.to_owned()));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn every_slug_is_made_of_its_titles_words() {
    for (slug, front, _) in stories() {
        let title = ascii_words(front["title"].as_str().unwrap());
        let strangers: Vec<&str> = slug.split('-').filter(|w| !title.iter().any(|t| t == w)).collect();
        assert!(strangers.is_empty(), "{slug}: {strangers:?} are not words of its title {:?}", front["title"]);
    }
}

#[test]
fn a_renamed_story_keeps_its_old_address() {
    let site = sample_site();
    let run = guong_in(site.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut renamed = 0;
    for (slug, front, _) in stories() {
        let outlets: Vec<String> = std::fs::read_dir(site.path().join("public"))
            .unwrap()
            .map(|d| d.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        for old in front["aliases"].as_sequence().into_iter().flatten() {
            let old = old.as_str().unwrap();
            let Some(outlet) =
                outlets.iter().find(|o| site.path().join("public").join(o).join("bai-viet").join(&slug).exists())
            else {
                continue; // no outlet carries it (a draft, or no consent)
            };
            let page = site.path().join(format!("public/{outlet}/bai-viet/{old}/index.html"));
            let html = std::fs::read_to_string(&page).unwrap_or_else(|e| panic!("{}: {e}", page.display()));
            let doc = scraper::Html::parse_document(&html);
            let refresh = scraper::Selector::parse("meta[http-equiv=refresh]").unwrap();
            let content = doc.select(&refresh).next().and_then(|m| m.value().attr("content")).unwrap_or_default();
            assert!(content.contains(&format!("/bai-viet/{slug}/")), "{old} → {content:?}, not {slug}");
            renamed += 1;
        }
    }
    assert!(renamed >= 10, "{renamed} old addresses checked");
}

fn check_json(root: &Path) -> serde_json::Value {
    let run = guong_in(root, &["check", "--format", "json", "--lang", "en"]);
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
}

fn codes_of(v: &serde_json::Value, code: &str) -> Vec<(String, u64)> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == code)
        .map(|f| (f["path"].as_str().unwrap().to_owned(), f["line"].as_u64().unwrap()))
        .collect()
}

#[test]
fn decision_numbers_rise_with_their_dates() {
    let site = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("content"), &site.path().join("content"));
    assert_eq!(codes_of(&check_json(site.path()), "decision-order"), []);
    // The sample as it was: 15 on 1/3/2024, then 8 on 22/3/2024 (same issuer, same year).
    let swap = |file: &str, from: &str, to: &str| {
        let p = site.path().join("content/exemplars").join(file);
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(text.contains(from), "{file} holds {from}");
        std::fs::write(&p, text.replace(from, to)).unwrap();
    };
    swap("mo-hinh-dua-luoi-nha-mang-tho-tan.yaml", "Số 8/QĐ-UBND", "Số 15/QĐ-UBND");
    swap("camera-an-ninh-tho-vuc.yaml", "Số 15/QĐ-UBND", "Số 8/QĐ-UBND");
    let text = std::fs::read_to_string(site.path().join("content/exemplars/camera-an-ninh-tho-vuc.yaml")).unwrap();
    let line = text.lines().position(|l| l.contains("decision:")).unwrap() as u64 + 1;
    let found = codes_of(&check_json(site.path()), "decision-order");
    assert_eq!(found, [("content/exemplars/camera-an-ninh-tho-vuc.yaml".to_owned(), line)]);
    // A commune's decisions are numbered apart from the district's: no finding for them.
    swap("camera-an-ninh-tho-vuc.yaml", "Số 8/QĐ-UBND", "Số 15/QĐ-UBND");
    swap("mo-hinh-dua-luoi-nha-mang-tho-tan.yaml", "Số 15/QĐ-UBND", "Số 8/QĐ-UBND");
    assert_eq!(codes_of(&check_json(site.path()), "decision-order"), []);
}

#[test]
fn the_review_s_wording_holds() {
    let mut all = String::new();
    for (_, front, body) in stories() {
        all.push_str(&serde_yaml::to_string(&front).unwrap());
        all.push_str(&body);
    }
    for dir in ["content/exemplars"] {
        for f in std::fs::read_dir(repo().join(dir)).unwrap() {
            all.push_str(&std::fs::read_to_string(f.unwrap().path()).unwrap());
        }
    }
    let columns = std::fs::read_to_string(repo().join("content/columns.yaml")).unwrap();
    let cols: serde_yaml::Value = serde_yaml::from_str(&columns).unwrap();
    for c in cols["columns"].as_sequence().unwrap() {
        let title = c["title"].as_str().unwrap();
        assert!(!title.contains("Bác Hồ"), "a column title says “Bác Hồ”, not “Chủ tịch Hồ Chí Minh”: {title}");
    }
    // A cooperative's members are "thành viên" (Luật Hợp tác xã 2012 and 2023); the
    // commune police's part-time force is "Công an xã bán chuyên trách"; at lower
    // secondary, physics is taught within "Khoa học tự nhiên" (Chương trình 2018).
    for wrong in ["xã viên", "công an viên bán chuyên trách", "dạy Vật lý", "môn Vật lý"] {
        assert!(!all.contains(wrong), "the sample still says “{wrong}”");
    }
    // An invented commendation is not put on the district's real one-stop office.
    let office = std::fs::read_to_string(repo().join("content/exemplars/bo-phan-mot-cua-huyen.yaml")).unwrap();
    let office: serde_yaml::Value = serde_yaml::from_str(&office).unwrap();
    assert!(office.get("recognition").is_none(), "the district's one-stop office carries an invented commendation");
}

#[test]
fn a_reorganisation_not_yet_decided_is_said_to_be_planned() {
    // Nghị quyết 1686/NQ-UBTVQH15 decided the communes of 1/7/2025 on 16/6/2025: a story
    // dated before it says the new commune "dự kiến" (is planned), not that it is.
    let decided = chrono::NaiveDate::from_ymd_opt(2025, 6, 16).unwrap();
    for (slug, front, body) in stories() {
        let date = front["date"].as_str().map(|d| d.parse::<chrono::NaiveDate>().unwrap());
        let Some(date) = date.filter(|d| *d < decided) else { continue };
        for sentence in body.split(['.', '\n']).filter(|s| s.contains("1/7/2025") && s.contains("mới")) {
            assert!(sentence.contains("dự kiến"), "{slug} ({date}): “{}” before the decision", sentence.trim());
        }
    }
}

#[test]
fn the_files_under_docs_say_they_are_a_sample() {
    // Item 5: what is shown of the sample outside the site (the channels' examples, the
    // reports) carries the notice too. Images and PDFs are regenerated with the texts.
    let docs = repo().join("docs");
    let mut texts = 0;
    for e in walkdir::WalkDir::new(&docs).into_iter().filter_map(Result::ok) {
        let path = e.path();
        let ext = path.extension().and_then(|x| x.to_str()).unwrap_or_default();
        if !["txt", "csv", "html", "json"].contains(&ext) {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        assert!(text.contains("Bài mẫu minh họa"), "{} does not say it is a sample", path.display());
        texts += 1;
    }
    assert!(texts >= 6, "{texts} text files under docs/");
}
