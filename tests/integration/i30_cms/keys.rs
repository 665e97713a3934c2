//! The key path of every finding code that has one: a table of inputs, each triggering
//! one code, and the key path `check --format json` must give it.

use crate::support::{Site, sample_site};
use serde_json::Value;
use std::path::Path;

const BASE: &str = "content/stories/2024/chi-hoa-dua-luoi.md";

/// The findings of `guong check --format json` in `root`, read with serde_json.
pub(crate) fn findings(root: &Path, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["check", "--format", "json"];
    args.extend_from_slice(extra);
    findings_of(&crate::support::guong_in(root, &args).stdout)
}

/// The findings of a `check --format json` report.
pub(crate) fn findings_of(json: &str) -> Vec<Value> {
    let report: Value = serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {json}"));
    report["findings"].as_array().cloned().unwrap_or_default()
}

type Row = (&'static str, &'static str, fn(&str) -> String, &'static str);

fn set(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} not in the base story");
    text.replacen(from, to, 1)
}

/// (file slug, code, edit of the base story, expected key path).
const ROWS: &[Row] = &[
    (
        "missing-title",
        "missing-key",
        |t| set(t, "title: \"Chị Lê Thị Hoa và mô hình dưa lưới nhà màng\"\n", ""),
        "title",
    ),
    ("unknown-key", "unknown-key", |t| set(t, "kind: practice\n", "kind: practice\ntieu_de: x\n"), "tieu_de"),
    (
        "wrong-type",
        "wrong-type",
        |t| set(t, "summary: \"", "summary: [\"").replacen(".\"\nresults", ".\"]\nresults", 1),
        "summary",
    ),
    (
        "empty-value",
        "empty-value",
        |t| set(t, "author: \"Phòng Văn hóa và Thông tin huyện\"", "author: \"\""),
        "author",
    ),
    ("invalid-value", "invalid-value", |t| set(t, "type: individual", "type: ca-nhan"), "subject.type"),
    ("invalid-date", "invalid-date", |t| set(t, "date: 2024-03-15", "date: 2024-02-30"), "date"),
    ("too-long", "too-long", |t| set(t, "title: \"Chị", &format!("title: \"{} Chị", "dài ".repeat(60))), "title"),
    ("unknown-commune", "unknown-commune", |t| set(t, "commune: tho-tan", "commune: tho-tam"), "commune"),
    ("unknown-field", "unknown-field", |t| set(t, "field: nong-nghiep", "field: nong-ngiep"), "field"),
    (
        "unknown-criterion",
        "unknown-criterion",
        |t| set(t, "  sang-tao:", "  sang-taoo: \"x\"\n  sang-tao:"),
        "criteria.sang-taoo",
    ),
    (
        "missing-evidence",
        "missing-evidence",
        |t| set(t, "  sang-tao: \"Áp dụng cách làm mới, có hiệu quả.\"\n", ""),
        "criteria.sang-tao",
    ),
    ("missing-consent", "missing-consent", |t| set(t, "consent: true", "consent: false"), "subject.consent"),
    (
        "unknown-column",
        "unknown-column",
        |t| set(t, "tags: [dua-luoi]", "tags: [dua-luoi]\ncolumns: [nguoi-tot]"),
        "columns.0",
    ),
    (
        "unknown-outlet",
        "unknown-outlet",
        |t| set(t, "tags: [dua-luoi]", "tags: [dua-luoi]\noutlets: [cong-thong-tin, cong]"),
        "outlets.1",
    ),
    (
        "unknown-recognition",
        "unknown-recognition",
        |t| set(t, "form: bang-khen-chu-tich-ubnd-tinh", "form: bang-khen"),
        "recognition.0.form",
    ),
    ("recognition-after", "recognition-after-date", |t| set(t, "year: 2023", "year: 2030"), "recognition.0.year"),
    ("practice-only", "practice-only", |t| set(t, "kind: practice", "kind: story"), "results"),
    ("missing-results", "missing-key", |t| set(t, "results: \"Thu 12 tấn dưa mỗi vụ.\"\n", ""), "results"),
    (
        "missing-alt",
        "missing-image-alt",
        |t| set(t, "tags: [dua-luoi]", "tags: [dua-luoi]\nimage: media/xoay-gps.jpg"),
        "image_alt",
    ),
    (
        "missing-image",
        "missing-image",
        |t| set(t, "tags: [dua-luoi]", "tags: [dua-luoi]\nimage: media/khong-co.jpg\nimage_alt: \"Ảnh\""),
        "image",
    ),
    ("unused-key", "unused-key", |t| set(t, "tags: [dua-luoi]", "tags: [dua-luoi]\nimage_alt: \"Ảnh\""), "image_alt"),
    (
        "summary-too-long",
        "summary-too-long",
        |t| set(t, "summary: \"Mô hình", &format!("summary: \"{} Mô hình", "dài ".repeat(80))),
        "summary",
    ),
    ("exaggeration", "exaggeration", |t| set(t, "summary: \"Mô hình", "summary: \"Nhất cả nước. Mô hình"), "summary"),
    ("exaggeration-body", "exaggeration", |t| set(t, "Nhiều hộ đã học theo.", "Mô hình chưa từng có."), "body"),
    ("not-nfc", "not-nfc", |t| set(t, "author: \"Phòng", "author: \"Pho\u{300}ng"), "author"),
    ("control-char", "control-char", |t| set(t, "summary: \"Mô hình", "summary: \"Mô\u{7} hình"), "summary"),
    ("empty-body", "empty-body", |t| t[..t.find("---\n## ").unwrap() + 4].to_owned(), "body"),
    (
        "alias-conflict",
        "alias-conflict",
        |t| set(t, "aliases: [hoa-dua-luoi-cu]", "aliases: [alias-conflict]"),
        "aliases",
    ),
    ("personal-data", "personal-data", |t| set(t, "Nhiều hộ đã học theo.", "Gọi chị Hoa: 0912 345 678."), "body"),
    ("unsafe-html", "unsafe-html", |t| set(t, "Nhiều hộ đã học theo.", "<script>alert(1)</script>"), "body"),
];

/// Every row's code is found in its file with its key path; the duplicate id of the
/// copies (a check across files) is at `id`.
#[test]
fn every_finding_with_a_key_names_its_key_path() {
    let site = Site::new("site");
    let base = site.read(BASE);
    for (slug, _, edit, _) in ROWS {
        site.write(&format!("content/stories/2024/{slug}.md"), &edit(&base));
    }
    let found = findings(site.path(), &[]);
    let mut missing = Vec::new();
    for (slug, code, _, key) in ROWS {
        let path = format!("content/stories/2024/{slug}.md");
        let hit = found.iter().filter(|f| f["path"] == path.as_str() && f["code"] == *code);
        let keys: Vec<&str> = hit.map(|f| f["key"].as_str().unwrap_or("<none>")).collect();
        if !keys.contains(key) {
            missing.push(format!("{slug}: {code} wants key {key}, found {keys:?}"));
        }
    }
    // Each copy repeats the base story's id: a finding across files, at `id`.
    let dup = found.iter().find(|f| f["code"] == "duplicate-id").expect("a duplicate id");
    assert_eq!(dup["key"], "id");
    assert!(missing.is_empty(), "{}", missing.join("\n"));
    // Findings about no one key carry no `key` field (the JSON only gains a field).
    let theme = found.iter().find(|f| f["path"] == "content/site.yaml");
    assert!(theme.is_none_or(|f| f.get("key").is_none()));
}

/// A story about an exemplar of the registry: what the registry owns, at its key.
#[test]
fn exemplar_findings_name_their_key() {
    let dir = sample_site();
    let rel = "content/stories/2023/anh-hoang-van-lam-cai-tien-may-cuon-rom-cho-dong-ruong-nho.md";
    let text = std::fs::read_to_string(dir.path().join(rel)).unwrap();
    let rows: [(&str, String, &str); 3] = [
        (
            "unknown-exemplar",
            set(&text, "exemplar: may-cuon-rom-co-nho-khuyen-nong", "exemplar: may-cuon-rom"),
            "exemplar",
        ),
        (
            "exemplar-owns",
            set(
                &text,
                "commune: khuyen-nong",
                "subject: { type: individual, name: \"Lâm\", consent: true }\ncommune: khuyen-nong",
            ),
            "subject",
        ),
        ("exemplar-kind", set(&text, "kind: practice", "kind: story").replace("results:", "x_results:"), "kind"),
    ];
    for (code, edited, key) in rows {
        std::fs::write(dir.path().join(rel), &edited).unwrap();
        let found = findings(dir.path(), &[]);
        let keys: Vec<&str> =
            found.iter().filter(|f| f["path"] == rel && f["code"] == code).filter_map(|f| f["key"].as_str()).collect();
        assert!(keys.contains(&key), "{code}: wants {key}, found {keys:?} in {found:#?}");
    }
}
