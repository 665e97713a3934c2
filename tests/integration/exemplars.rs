//! The exemplar registry end to end on the fixture site: two stories about one exemplar
//! count once in the report (JSON, CSV and HTML alike); a withdrawn consent leaves no
//! trace in any file of any outlet; the workflow holds stories back; bad registry input
//! gets located findings; profile pages and feeds read by independent parsers.

use crate::support::Site;
use serde_json::Value;
use std::path::Path;

const HOA: &str = "content/stories/2024/chi-hoa-dua-luoi.md";

/// The fixture with a registry: Hoa's practice (selected for 2024, replicated in two
/// units) with a second story; a person (Trần Văn Khải) with one story and a photo.
pub(crate) fn registry_site() -> Site {
    let site = Site::new("site");
    site.write(
        "content/exemplars/dua-luoi-tho-tan.yaml",
        r#"name: "Mô hình dưa lưới nhà màng"
type: practice
holder: individual
unit: tho-tan
field: nong-nghiep
profile: "Dưa lưới trồng trong nhà màng, tưới nhỏ giọt."
consent: { given: 2024-01-05, form: written, held_by: tho-tan }
recognition:
  - { form: bang-khen-chu-tich-ubnd-tinh, year: 2024, name: "Bằng khen của Chủ tịch UBND tỉnh Thanh Hóa" }
proposed: { by: tho-tan, date: 2024-01-10 }
appraised: { by: tho-tan, date: 2024-02-01, opinion: "Đủ tiêu chuẩn." }
selected: { year: 2024, date: 2024-03-01, decision: "Số 15/QĐ-UBND" }
measure: "hộ"
replicated_in:
  - { unit: dong-tien, date: 2024-09-01, scale: 12, source: "Báo cáo của UBND xã Đồng Tiến" }
  - { unit: an-nong, date: 2025-02-01, scale: 3 }
"#,
    );
    let hoa = site.read(HOA);
    let story: String = hoa
        .lines()
        .filter(|l| !l.starts_with("subject:") && !l.starts_with("recognition:") && !l.starts_with("  - { form:"))
        .map(|l| if l.starts_with("date:") { format!("{l}\nexemplar: dua-luoi-tho-tan") } else { l.to_owned() })
        .collect::<Vec<_>>()
        .join("\n");
    site.write(HOA, &format!("{story}\n"));
    let second = crate::support::another_story(&story, "Dưa lưới nhà màng Thọ Tân vào vụ thu")
        .replace("date: 2024-03-15", "date: 2024-10-20");
    site.write("content/stories/2024/dua-luoi-vu-thu.md", &second);
    site.write(
        "content/exemplars/tran-van-khai.yaml",
        r#"name: "Trần Văn Khải"
type: individual
unit: dong-tien
field: quoc-phong-an-ninh
profile: "Tổ trưởng tổ an ninh thôn."
consent: { given: 2024-04-01, form: written, held_by: dong-tien }
proposed: { by: dong-tien, date: 2024-04-10 }
appraised: { by: dong-tien, date: 2024-05-01 }
"#,
    );
    site.write(
        "content/stories/2024/anh-khai-to-an-ninh.md",
        r#"---
title: "Anh Trần Văn Khải, tổ trưởng tổ an ninh"
kind: story
date: 2024-06-01
exemplar: tran-van-khai
commune: dong-tien
field: quoc-phong-an-ninh
summary: "Tổ an ninh thôn do anh Khải phụ trách giữ bình yên xóm làng."
criteria:
  chap-hanh: "Chấp hành tốt các quy định của địa phương."
  hoan-thanh-xuat-sac: "Hoàn thành mọi nhiệm vụ được giao trong năm."
  sang-tao: "Áp dụng cách làm mới, có hiệu quả."
  tuong-than-tuong-ai: "Giúp đỡ các hộ khó khăn trong thôn."
field_evidence: "Đáp ứng tiêu chuẩn của lĩnh vực."
author: "Phòng Văn hóa và Thông tin huyện"
image: media/khai.jpg
image_alt: "Anh Khải đi tuần"
---
Anh Khải đi tuần mỗi tối.
"#,
    );
    std::fs::copy(site.path().join("content/media/xoay-gps.jpg"), site.path().join("content/media/khai.jpg")).unwrap();
    site
}

fn check_json(site: &Site) -> Vec<Value> {
    let run = site.guong(&["check", "--format", "json"]);
    let v: Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    v["findings"].as_array().cloned().unwrap_or_default()
}

#[test]
fn the_registry_site_checks_clean() {
    let site = registry_site();
    let run = site.guong(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let errors: Vec<Value> = check_json(&site).into_iter().filter(|f| f["severity"] == "error").collect();
    assert!(errors.is_empty(), "{errors:?}");
}

fn report(site: &Site, year: &str, format: &str) -> String {
    let run = site.guong(&["report", "--year", year, "--format", format]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

fn unit<'a>(r: &'a Value, id: &str) -> &'a Value {
    r["units"].as_array().unwrap().iter().find(|u| u["id"] == id).unwrap()
}

/// Two stories about one exemplar count once toward the unit's quota; the district's
/// quota counts the council's selection; JSON, CSV and HTML carry the same numbers.
#[test]
fn two_stories_about_one_exemplar_count_once() {
    let site = registry_site();
    let r: Value = serde_json::from_str(&report(&site, "2024", "json")).unwrap();
    let tho_tan = unit(&r, "tho-tan");
    assert_eq!((tho_tan["count"].as_u64(), tho_tan["stories"].as_u64()), (Some(1), Some(2)));
    assert_eq!(tho_tan["selected"], 1);
    assert_eq!(tho_tan["replicated"], 1, "one replication made in 2024 (the other in 2025)");
    assert_eq!(unit(&r, "dong-tien")["adopted"], 1);
    assert_eq!(unit(&r, "dong-tien")["count"], 1, "Khải");
    let d = &r["district"];
    assert_eq!(d["counts"], "selected");
    assert_eq!((d["total"].as_u64(), d["selected"].as_u64()), (Some(1), Some(1)));
    assert_eq!((d["proposed"].as_u64(), d["appraised"].as_u64()), (Some(2), Some(2)));
    assert_eq!(d["stories"], 4, "Hoa's two, Khải's, the militia's");
    assert_eq!(d["publicised"], 3);
    assert_eq!(r["replications"].as_array().unwrap().len(), 1);
    assert_eq!(r["replications"][0]["unit_name"], "xã Đồng Tiến");
    // One commendation (of 2024: only the period's count), though two stories show it.
    let levels = r["recognition_by_level"].as_array().unwrap();
    assert_eq!(levels.iter().map(|l| l["count"].as_u64().unwrap()).sum::<u64>(), 1);

    // The CSV, read by a CSV parser.
    let csv_text = report(&site, "2024", "csv");
    let mut rd = csv::Reader::from_reader(csv_text.trim_start_matches('\u{feff}').as_bytes());
    let head = rd.headers().unwrap().clone();
    let col = |name: &str| head.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}"));
    for row in rd.records().map(Result::unwrap) {
        // Issue 32: "Mã đơn vị" holds the statistics code; guong's id closes the row.
        let u = unit(&r, &row[col("Mã định danh")]);
        assert_eq!(&row[col("Mã đơn vị")], u["code"].as_str().unwrap_or(""));
        for (name, key) in [
            ("Số điển hình được giới thiệu", "count"),
            ("Số bài", "stories"),
            ("Đề xuất", "proposed"),
            ("Thẩm định", "appraised"),
            ("Tiêu biểu", "selected"),
            ("Nhân rộng", "replicated"),
            ("Làm theo", "adopted"),
        ] {
            assert_eq!(row[col(name)], u[key].to_string(), "{name} of {}", &row[col("Mã đơn vị")]);
        }
    }

    // The HTML, read by an HTML parser: the workflow's table and the units' table.
    let doc = scraper::Html::parse_document(&report(&site, "2024", "html"));
    let cell = scraper::Selector::parse("td[data-n]").unwrap();
    let mut seen = 0;
    for td in doc.select(&cell) {
        let key = td.value().attr("data-n").unwrap();
        assert_eq!(td.text().collect::<String>(), d[key].to_string(), "{key}");
        seen += 1;
    }
    assert_eq!(seen, 7);
    let row = scraper::Selector::parse("tr[data-unit=\"tho-tan\"] td").unwrap();
    let cells: Vec<String> = doc.select(&row).map(|c| c.text().collect()).collect();
    assert_eq!(&cells[1..3], ["1", "2"], "exemplars, then stories: {cells:?}");
    assert!(doc.root_element().text().collect::<String>().contains("Mô hình dưa lưới nhà màng"), "replications listed");
}

/// Every file under `dir`, as text (`.gz` copies unpacked; other binary files lossily).
fn all_text(dir: &Path) -> Vec<(String, String)> {
    use std::io::Read;
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let bytes = std::fs::read(e.path()).unwrap();
            let bytes = if e.path().extension().is_some_and(|x| x == "gz") {
                let mut out = Vec::new();
                flate2::read::GzDecoder::new(&bytes[..]).read_to_end(&mut out).unwrap();
                out
            } else {
                bytes
            };
            (e.path().display().to_string(), String::from_utf8_lossy(&bytes).into_owned())
        })
        .collect()
}

/// Decree 13/2023: once consent is withdrawn, the next build leaves no trace of the
/// person in any file of any outlet (pages, feeds, search index, sitemap, nginx
/// redirects, photos), and `check` names the story.
#[test]
fn a_withdrawn_consent_leaves_no_trace() {
    let site = registry_site();
    let run = site.guong(&["build"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let traces = |dir: &Path| -> Vec<String> {
        all_text(dir)
            .into_iter()
            .filter(|(_, t)| {
                t.contains("Trần Văn Khải") || t.contains("anh-khai-to-an-ninh") || t.contains("tran-van-khai")
            })
            .map(|(p, _)| p)
            .collect()
    };
    let public = site.path().join("public");
    let before = traces(&public);
    assert!(before.iter().any(|p| p.ends_with("guong/tran-van-khai/index.html")), "{before:?}");
    assert!(before.iter().any(|p| p.ends_with("tim-kiem/chi-muc/d-0.json")), "{before:?}");
    let photos = |dir: &Path| {
        walkdir::WalkDir::new(dir)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file() && e.path().to_string_lossy().contains("/media/"))
            .count()
    };
    let photos_before = photos(&public);

    let ex = site.read("content/exemplars/tran-van-khai.yaml");
    site.write(
        "content/exemplars/tran-van-khai.yaml",
        &ex.replace("held_by: dong-tien }", "held_by: dong-tien, withdrawn: 2024-09-01 }"),
    );
    let findings = check_json(&site);
    let withdrawn: Vec<&Value> = findings.iter().filter(|f| f["code"] == "consent-withdrawn").collect();
    assert_eq!(withdrawn.len(), 1, "{findings:?}");
    assert_eq!(withdrawn[0]["path"], "content/stories/2024/anh-khai-to-an-ninh.md");
    assert_eq!(withdrawn[0]["line"], 5, "at `exemplar:`");

    let run = site.guong(&["build"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let after = traces(&public);
    assert!(after.is_empty(), "traces left: {after:?}");
    assert!(photos(&public) < photos_before, "the photo's variants are gone too");
    // Nor in the staging or bookkeeping beside the outlets.
    let left: Vec<String> = walkdir::WalkDir::new(site.path())
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| {
            e.path().to_string_lossy().contains("anh-khai-to-an-ninh")
                && !e.path().starts_with(site.path().join("content"))
        })
        .map(|e| e.path().display().to_string())
        .collect();
    assert!(left.is_empty(), "{left:?}");
    // The report names no one either.
    assert!(!report(&site, "2024", "html").contains("Trần Văn Khải"));
}

/// A story waits for its exemplar's appraisal (`publish_stage`), shown by `review`.
#[test]
fn stories_wait_for_the_workflow() {
    let site = registry_site();
    let ex = site.read("content/exemplars/tran-van-khai.yaml");
    site.write(
        "content/exemplars/tran-van-khai.yaml",
        &ex.replace("appraised: { by: dong-tien, date: 2024-05-01 }\n", ""),
    );
    assert_eq!(site.guong(&["build"]).code, 0);
    assert!(!site.exists("public/cong-thong-tin/bai-viet/anh-khai-to-an-ninh/index.html"), "held back");
    assert!(site.exists("public/cong-thong-tin/bai-viet/chi-hoa-dua-luoi/index.html"));
    let run = site.guong(&["review", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let r: Value = serde_json::from_str(&run.stdout).unwrap();
    let queue = |id: &str| r["queues"].as_array().unwrap().iter().find(|q| q["id"] == id).unwrap()["items"].clone();
    assert_eq!(queue("to-appraise")[0]["id"], "tran-van-khai");
    assert_eq!(queue("to-appraise")[0]["since"], "2024-04-10");
    assert_eq!(queue("held")[0]["path"], "content/stories/2024/anh-khai-to-an-ninh.md");
    let text = site.guong(&["review"]).stdout;
    assert!(text.contains("Chờ thẩm định (1)") && text.contains("Xã Đồng Tiến"), "{text}");
    // The same site publishing from the proposal on.
    let cfg = site.read("content/site.yaml");
    site.write("content/site.yaml", &format!("publish_stage: proposed\n{cfg}"));
    assert_eq!(site.guong(&["build"]).code, 0);
    assert!(site.exists("public/cong-thong-tin/bai-viet/anh-khai-to-an-ninh/index.html"));
}

/// Bad registry input: each finding at its file, line and column, never a panic.
#[test]
fn bad_registry_input_is_located() {
    let site = registry_site();
    site.write(
        "content/exemplars/sai.yaml",
        r#"name: "Tập thể A"
type: collective
unit: dong-tien
field: y-te
profile: "p"
proposed: { by: phong-khong-co, date: 2024-05-01 }
appraised: { by: dong-tien, date: 2024-04-01 }
declined: { by: dong-tien, date: 2024-06-01, reason: "Hồ sơ chưa đủ." }
replicated_in:
  - { unit: an-nong, date: 2024-07-01 }
"#,
    );
    site.write(
        "content/exemplars/ca-nhan.yaml",
        r#"name: "Lê Văn B"
type: individual
unit: dong-tein
field: y-te
profile: "p"
consent: { given: 2024-05-01, form: written, held_by: dong-tien, withdrawn: 2024-04-01 }
selected: { year: 2024, date: 2024-06-01, decision: "Số 1" }
"#,
    );
    site.write(
        "content/exemplars/mo-hinh.yaml",
        r#"name: "Mô hình C"
type: practice
unit: dong-tien
field: y-te
profile: "p"
proposed: { by: dong-tien, date: 2024-05-01 }
replicated_in:
  - { unit: xa-khong-co, date: 2024-07-01 }
  - { unit: an-nong, date: 2024-01-01, scale: 3 }
"#,
    );
    let story = site.read("content/stories/2024/anh-khai-to-an-ninh.md");
    site.write(
        "content/stories/2024/mot.md",
        &story.replace("exemplar: tran-van-khai", "exemplar: tran-van-kha").replace("title: \"Anh", "title: \"Một"),
    );
    site.write(
        "content/stories/2024/hai.md",
        &story.replace("exemplar: tran-van-khai", "exemplar: sai").replace("title: \"Anh", "title: \"Hai"),
    );
    site.write(
        "content/stories/2024/ba.md",
        &story
            .replace(
                "exemplar: tran-van-khai",
                "exemplar: dua-luoi-tho-tan\nsubject: { type: individual, name: \"X\", consent: true }",
            )
            .replace("title: \"Anh", "title: \"Ba"),
    );
    let run = site.guong(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let mut found: Vec<(String, String, u64)> = check_json(&site)
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_owned(),
                f["code"].as_str().unwrap().to_owned(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect();
    found.sort();
    let want: Vec<(String, String, u64)> = [
        ("content/exemplars/ca-nhan.yaml", "consent-dates", 6),
        ("content/exemplars/ca-nhan.yaml", "exemplar-stage", 7),
        ("content/exemplars/ca-nhan.yaml", "unknown-commune", 3),
        ("content/exemplars/mo-hinh.yaml", "replication-invalid", 9),
        ("content/exemplars/mo-hinh.yaml", "replication-invalid", 9),
        ("content/exemplars/mo-hinh.yaml", "unknown-commune", 8),
        ("content/exemplars/sai.yaml", "exemplar-stage", 7),
        ("content/exemplars/sai.yaml", "replication-invalid", 9),
        ("content/exemplars/sai.yaml", "unknown-proposer", 6),
        ("content/stories/2024/ba.md", "exemplar-kind", 3),
        ("content/stories/2024/ba.md", "exemplar-owns", 6),
        ("content/stories/2024/hai.md", "exemplar-declined", 5),
        ("content/stories/2024/mot.md", "unknown-exemplar", 5),
    ]
    .iter()
    .map(|(p, c, l)| ((*p).to_owned(), (*c).to_owned(), *l))
    .collect();
    assert_eq!(found, want, "{}", run.stdout);
    assert!(run.stdout.contains("có phải `tran-van-khai`?"), "{}", run.stdout);
}

/// Profile pages and feeds, read by an HTML parser and an RSS parser.
#[test]
fn profile_pages_feeds_and_unit_pages() {
    let site = registry_site();
    assert_eq!(site.guong(&["build"]).code, 0);
    for outlet in ["cong-thong-tin", "trung-tam-van-hoa"] {
        let page = site.read(&format!("public/{outlet}/guong/dua-luoi-tho-tan/index.html"));
        let doc = scraper::Html::parse_document(&page);
        let sel = |s: &str| scraper::Selector::parse(s).unwrap();
        let h1: String = doc.select(&sel("h1")).next().unwrap().text().collect();
        assert_eq!(h1, "Mô hình dưa lưới nhà màng");
        let stories: Vec<&str> =
            doc.select(&sel("a[href*=\"/bai-viet/\"]")).filter_map(|a| a.value().attr("href")).collect();
        assert!(stories.iter().any(|h| h.ends_with("/bai-viet/chi-hoa-dua-luoi/")), "{outlet}: {stories:?}");
        assert!(stories.iter().any(|h| h.ends_with("/bai-viet/dua-luoi-vu-thu/")), "{outlet}: {stories:?}");
        let rows: Vec<String> =
            doc.select(&sel("table.replications tbody tr")).map(|r| r.text().collect::<Vec<_>>().join("|")).collect();
        assert_eq!(rows.len(), 2, "{outlet}: {rows:?}");
        assert!(rows[0].contains("Xã Đồng Tiến") && rows[0].contains("12 hộ"), "{rows:?}");
        assert!(page.contains("Nơi đã làm theo"));
        assert!(page.contains("Gương điển hình tiêu biểu năm 2024"));

        let feed = site.read(&format!("public/{outlet}/guong/dua-luoi-tho-tan/rss.xml"));
        let channel = rss::Channel::read_from(feed.as_bytes()).unwrap();
        assert_eq!(channel.items().len(), 2, "{outlet}");
        let story = site.read(&format!("public/{outlet}/bai-viet/chi-hoa-dua-luoi/index.html"));
        assert!(story.contains("/guong/dua-luoi-tho-tan/"), "the story links its exemplar");
        assert!(story.contains("Thông tin cá nhân được công bố với sự đồng ý"), "the consent, stated");
        assert!(site.read(&format!("public/{outlet}/guong/index.html")).contains("Trần Văn Khải"));
    }
    let portal = "public/cong-thong-tin";
    let tho_tan = site.read(&format!("{portal}/dia-phuong/tho-tan/index.html"));
    assert!(tho_tan.contains("/guong/dua-luoi-tho-tan/"), "the unit lists its exemplar");
    let dong_tien = site.read(&format!("{portal}/dia-phuong/dong-tien/index.html"));
    assert!(dong_tien.contains("Mô hình đã làm theo") && dong_tien.contains("/guong/dua-luoi-tho-tan/"));
    assert!(site.read(&format!("{portal}/sitemap.xml")).contains("/guong/dua-luoi-tho-tan/"));
}

/// `guong new --exemplar`: the story names its exemplar, takes its unit and field, and
/// has no `subject` or `recognition` to fill in.
#[test]
fn new_story_about_an_exemplar() {
    let site = registry_site();
    let run = site.guong(&[
        "new",
        "practice",
        "--exemplar",
        "dua-luoi-tho-tan",
        "--title",
        "Dưa lưới vụ xuân",
        "--date",
        "2025-03-01",
    ]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let text = site.read("content/stories/2025/dua-luoi-vu-xuan.md");
    assert!(text.contains("\nexemplar: dua-luoi-tho-tan") && text.contains("\ncommune: tho-tan\n"), "{text}");
    assert!(text.contains("\nfield: nong-nghiep\n") && !text.contains("subject:") && !text.contains("recognition:"));
    let run = site.guong(&["check", "--format", "json", "content/stories/2025/dua-luoi-vu-xuan.md"]);
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    let codes: std::collections::BTreeSet<&str> =
        v["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert_eq!(
        codes.into_iter().collect::<Vec<_>>(),
        ["empty-value", "missing-evidence"],
        "only what is left to fill in"
    );
    // `new story` about a practice writes a practice's story (it wrote `kind: story`,
    // which `check` refuses).
    let run =
        site.guong(&["new", "story", "--exemplar", "dua-luoi-tho-tan", "--title", "Vụ thu", "--date", "2025-09-01"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = site.read("content/stories/2025/vu-thu.md");
    assert!(text.contains("\nkind: practice ") && text.contains("\nresults: "), "{text}");
    let run = site.guong(&["check", "--format", "json", "content/stories/2025/vu-thu.md"]);
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    assert!(
        v["findings"].as_array().unwrap().iter().all(|f| f["code"] != "invalid-value" && f["code"] != "exemplar-kind"),
        "{v}"
    );
    let run = site.guong(&["new", "story", "--exemplar", "dua-luoi-tho-ta", "--title", "X"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("có phải `dua-luoi-tho-tan`?"), "{}", run.stderr);
}

/// `channels:` on a story: each use checked, and counted by channel in the report.
#[test]
fn other_channels_are_checked_and_counted() {
    let site = registry_site();
    let khai = site.read("content/stories/2024/anh-khai-to-an-ninh.md");
    let with = khai.replace(
        "image: media/khai.jpg",
        "channels:\n  - { channel: loudspeaker, date: 2024-06-05, place: \"Loa truyền thanh của thôn\" }\n  - { channel: meeting, date: 2024-06-20 }\nimage: media/khai.jpg",
    );
    site.write("content/stories/2024/anh-khai-to-an-ninh.md", &with);
    let r: Value = serde_json::from_str(&report(&site, "2024", "json")).unwrap();
    let n = |id: &str| r["by_channel"].as_array().unwrap().iter().find(|c| c["id"] == id).unwrap()["count"].clone();
    assert_eq!((n("loudspeaker"), n("meeting"), n("newspaper")), (1.into(), 1.into(), 0.into()));
    site.write(
        "content/stories/2024/anh-khai-to-an-ninh.md",
        &with.replace("channel: meeting, date: 2024-06-20", "channel: meting, date: 2024-06-31"),
    );
    let found = check_json(&site);
    let codes: Vec<(&str, u64)> = found
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| (f["code"].as_str().unwrap(), f["line"].as_u64().unwrap()))
        .collect();
    assert_eq!(codes, [("invalid-value", 18), ("invalid-date", 18)], "{found:?}");
    assert!(found.iter().any(|f| f["help"].as_str().is_some_and(|h| h.contains("meeting"))), "{found:?}");
}

/// The year's booklet (kỷ yếu): a cover with the contents, then one page per selected
/// exemplar, with a QR code to its profile; gone with the consent.
#[test]
fn the_booklet_of_the_selected_exemplars() {
    let site = registry_site();
    let cfg = site.read("content/site.yaml");
    site.write("content/site.yaml", &format!("broadcast: {{ booklet: true, share: true }}\n{cfg}"));
    assert_eq!(site.guong(&["build"]).code, 0);
    share_files(&site);
    let page = site.read("public/cong-thong-tin/ky-yeu/2024/index.html");
    let doc = scraper::Html::parse_document(&page);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    let main = doc.select(&sel("main.booklet")).next().unwrap();
    assert_eq!(main.value().attr("data-pages"), Some("2"));
    let pages: Vec<_> = doc.select(&sel("section.bk-page")).collect();
    assert_eq!(pages.len(), 2, "the cover, then Hoa's practice");
    let contents: Vec<String> = doc.select(&sel(".bk-contents li")).map(|l| l.text().collect()).collect();
    assert_eq!(contents.len(), 1);
    assert!(contents[0].contains("Mô hình dưa lưới nhà màng") && contents[0].contains("trang 2"), "{contents:?}");
    assert!(pages[1].html().contains("<svg") && pages[1].html().contains("/guong/dua-luoi-tho-tan/"), "a QR code");
    assert!(!site.exists("public/cong-thong-tin/ky-yeu/2023"), "no exemplar selected for 2023");
    let ex = site.read("content/exemplars/dua-luoi-tho-tan.yaml");
    site.write(
        "content/exemplars/dua-luoi-tho-tan.yaml",
        &ex.replace("held_by: tho-tan }", "held_by: tho-tan, withdrawn: 2024-12-01 }"),
    );
    assert_eq!(site.guong(&["build"]).code, 0);
    assert!(!site.exists("public/cong-thong-tin/ky-yeu/2024"), "withdrawn: no booklet names her");
}

/// Zalo and Facebook: the post's text, the square image and the Open Graph card, read
/// back by the image decoder; the story page's Open Graph names the card.
fn share_files(site: &Site) {
    let dir = site.path().join("public/cong-thong-tin/bai-viet/anh-khai-to-an-ninh");
    let text = site.read("public/cong-thong-tin/bai-viet/anh-khai-to-an-ninh/chia-se.txt");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "title, two lines, link: {text}");
    assert_eq!(lines[0], "Anh Trần Văn Khải, tổ trưởng tổ an ninh");
    assert_eq!(lines[2], "https://portal.example.vn/dien-hinh/bai-viet/anh-khai-to-an-ninh/");
    let square = image::open(dir.join("anh-vuong.jpg")).unwrap();
    assert_eq!((square.width(), square.height()), (1080, 1080), "cropped from the photo");
    let card = image::open(dir.join("anh-chia-se.jpg")).unwrap();
    assert_eq!((card.width(), card.height()), (1200, 630));
    // A story without a photo gets a title card of the same sizes.
    let plain = site.path().join("public/cong-thong-tin/bai-viet/doi-dan-quan-xuan-thinh/anh-chia-se.jpg");
    assert_eq!(image::image_dimensions(plain).unwrap(), (1200, 630));
    let page = site.read("public/cong-thong-tin/bai-viet/anh-khai-to-an-ninh/index.html");
    let doc = scraper::Html::parse_document(&page);
    let meta = |p: &str| {
        let sel = scraper::Selector::parse(&format!("meta[property=\"{p}\"]")).unwrap();
        doc.select(&sel).next().and_then(|m| m.value().attr("content")).unwrap_or_default().to_owned()
    };
    assert_eq!(meta("og:image"), "https://portal.example.vn/dien-hinh/bai-viet/anh-khai-to-an-ninh/anh-chia-se.jpg");
    assert_eq!((meta("og:image:width").as_str(), meta("og:image:height").as_str()), ("1200", "630"));
}
