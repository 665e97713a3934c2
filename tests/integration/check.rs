//! `guong check` on fixture stories, one per finding: code, message and exact place.

use crate::support::{Site, repo};

/// (case file under tests/fixtures/check, code, line, column, words of the Vietnamese message)
const CASES: &[(&str, &str, usize, usize, &str)] = &[
    ("yaml-syntax", "yaml-syntax", 2, 8, "dấu ngoặc kép mở ở dòng 2 chưa được đóng"),
    ("no-front-matter", "no-front-matter", 1, 1, "không có phần khai báo"),
    ("unclosed-front-matter", "unclosed-front-matter", 1, 1, "không có dòng `---` đóng lại"),
    ("missing-key", "missing-key", 1, 1, "thiếu khóa bắt buộc `summary`"),
    ("unknown-key", "unknown-key", 3, 1, "khóa `titel` không có trong mẫu bài viết; có phải `title`?"),
    ("wrong-type", "wrong-type", 8, 12, "`subject.consent` phải là `true` hoặc `false`"),
    ("invalid-value", "invalid-value", 3, 7, "`kind` không nhận giá trị `stroy`; có phải `story`?"),
    (
        "unknown-commune",
        "unknown-commune",
        9,
        10,
        "đơn vị `dong-tein` không có trong danh mục xã, thị trấn (communes.yaml); có phải `dong-tien`?",
    ),
    (
        "unknown-field",
        "unknown-field",
        10,
        8,
        "lĩnh vực `quoc-phong` không có trong danh mục 14 lĩnh vực; có phải `quoc-phong-an-ninh`?",
    ),
    ("unknown-criterion", "unknown-criterion", 16, 3, "tiêu chuẩn `sang-kien` không có trong criteria.yaml"),
    ("missing-evidence", "missing-evidence", 14, 3, "tiêu chuẩn `sang-tao` chưa có minh chứng"),
    ("missing-evidence-key", "missing-evidence", 11, 1, "thiếu minh chứng cho tiêu chuẩn chung `tuong-than-tuong-ai`"),
    (
        "local-criterion",
        "missing-evidence",
        11,
        1,
        "tiêu chuẩn riêng của địa phương, lĩnh vực `nong-thon-moi-kieu-mau`",
    ),
    ("missing-consent", "missing-consent", 8, 12, "chưa ghi nhận sự đồng ý của cá nhân `Nguyễn Văn Bình`"),
    (
        "unknown-column",
        "unknown-column",
        19,
        31,
        "chuyên mục `nguoi-tot` không có trong columns.yaml; có phải `nguoi-tot-viec-tot`?",
    ),
    (
        "unknown-outlet",
        "unknown-outlet",
        19,
        11,
        "kênh đăng `cong-thong-tn` không có trong site.yaml; có phải `cong-thong-tin`?",
    ),
    (
        "unknown-recognition",
        "unknown-recognition",
        20,
        11,
        "hình thức khen thưởng `bang-khen-chu-tich-tinh` không có; có phải `bang-khen-chu-tich-ubnd-tinh` (Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh)?",
    ),
    ("missing-image", "missing-image", 19, 8, "không tìm thấy ảnh `content/media/khong-co.jpg`"),
    ("missing-image-alt", "missing-image-alt", 19, 1, "ảnh chưa có lời mô tả (`image_alt`)"),
    ("invalid-path", "invalid-path", 19, 8, "đường dẫn ảnh `../../etc/passwd` đi ra ngoài thư mục content/"),
    ("invalid-date", "invalid-date", 4, 7, "ngày `2024-02-30` không tồn tại trong lịch"),
    ("empty-body", "empty-body", 19, 1, "bài viết không có nội dung"),
    ("practice-only", "practice-only", 19, 1, "khóa `results` chỉ dùng cho bài mô hình mới, cách làm hay"),
    ("practice-missing", "missing-key", 1, 1, "phải có `replication`"),
    ("too-long", "too-long", 2, 8, "tiêu đề dài 225 ký tự; tối đa 200"),
    (
        "commune-dissolved",
        "commune-dissolved",
        9,
        10,
        "xã Xuân Thịnh không còn tồn tại từ ngày 01/01/2025; vào ngày của bài (01/3/2025), địa bàn thuộc xã Xuân Lộc; ghi `commune: xuan-loc`",
    ),
    ("commune-not-yet", "commune-not-yet", 9, 10, "xã Tân Ninh chỉ được thành lập từ ngày 01/7/2025"),
    ("exaggeration", "exaggeration", 21, 16, "cụm từ “chưa từng có” có thể bị coi là cường điệu"),
    ("pdf-artefact", "pdf-artefact", 17, 43, "chữ “TƢỢNG” có ký tự `Ƣ`; sửa Ƣ → Ư: “TƯỢNG”"),
    ("not-nfc", "not-nfc", 21, 3, "không phải Unicode dựng sẵn NFC"),
    ("personal-data", "personal-data", 21, 19, "“0912 345 678” trông giống số điện thoại"),
    ("summary-too-long", "summary-too-long", 17, 10, "tóm tắt dài 350 ký tự"),
    (
        "alias-conflict",
        "alias-conflict",
        19,
        1,
        "slug cũ `doi-dan-quan-xuan-thinh` đã thuộc về content/stories/2024/doi-dan-quan-xuan-thinh.md",
    ),
    ("duplicate-id", "duplicate-id", 19, 5, "trùng với content/stories/2024/chi-hoa-dua-luoi.md"),
    ("recognition-after-date", "recognition-after-date", 21, 11, "khen thưởng năm 2025 nhưng bài đề năm 2024"),
    ("bom-crlf", "bom", 1, 1, "tệp bắt đầu bằng dấu BOM"),
    ("bom-crlf", "line-endings", 1, 4, "kiểu xuống dòng Windows (CRLF)"),
    ("invalid-utf8", "invalid-utf8", 2, 17, "tệp không phải văn bản UTF-8"),
    ("Bai-Co-Dau-Tiếng", "invalid-slug", 1, 1, "đổi tên tệp thành `bai-co-dau-tieng.md`"),
];

fn with_case(case: &str) -> (Site, String) {
    let site = Site::new("site");
    let bytes = std::fs::read(repo().join("tests/fixtures/check").join(format!("{case}.md"))).unwrap();
    let rel = format!("content/stories/2024/{case}.md");
    std::fs::write(site.path().join(&rel), bytes).unwrap();
    (site, rel)
}

/// All words of `want` appear in `got` in order (the message may say more between).
fn says(got: &str, want: &str) -> bool {
    if got.contains(want) {
        return true;
    }
    let mut rest = got;
    for part in want.split("; ") {
        match rest.find(part) {
            Some(i) => rest = &rest[i + part.len()..],
            None => return false,
        }
    }
    true
}

#[test]
fn the_fixture_site_is_clean() {
    let site = Site::new("site");
    let run = site.guong(&["check"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.stdout, "");
}

#[test]
fn each_case_reports_its_code_message_and_position() {
    let mut failures = Vec::new();
    for &(case, code, line, col, words) in CASES {
        let (site, rel) = with_case(case);
        let run = site.guong(&["check"]);
        let prefix = format!("{rel}:{line}:{col}: ");
        let found = run.stdout.lines().any(|l| {
            l.starts_with(&prefix)
                && (l.contains(&format!("error[{code}]")) || l.contains(&format!("warning[{code}]")))
                && says(l, words)
        });
        if !found {
            failures.push(format!("{case}: wanted {prefix}…[{code}] «{words}», got:\n{}", run.stdout));
        }
        let is_error = run.stdout.lines().any(|l| l.starts_with(&rel) && l.contains(": error["));
        assert_eq!(run.code, if is_error { 1 } else { 0 }, "{case}: exit code");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn warnings_pass_but_fail_under_strict() {
    let (site, _) = with_case("exaggeration");
    assert_eq!(site.guong(&["check"]).code, 0);
    let strict = site.guong(&["check", "--strict"]);
    assert_eq!(strict.code, 1);
    assert!(strict.stdout.contains("error[exaggeration]"), "{}", strict.stdout);
}

#[test]
fn two_broken_files_are_both_reported() {
    let site = Site::new("site");
    for case in ["unknown-commune", "missing-consent"] {
        let bytes = std::fs::read(repo().join("tests/fixtures/check").join(format!("{case}.md"))).unwrap();
        std::fs::write(site.path().join(format!("content/stories/2024/{case}.md")), bytes).unwrap();
    }
    let run = site.guong(&["check"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("content/stories/2024/unknown-commune.md:9:10: error[unknown-commune]"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("content/stories/2024/missing-consent.md:8:12: error[missing-consent]"),
        "{}",
        run.stdout
    );
}

#[test]
fn one_file_reports_every_problem() {
    let site = Site::new("site");
    site.write(
        "content/stories/2024/nhieu-loi.md",
        "---\ntitle: \"Nhiều lỗi\"\nkind: stori\ndate: 2024-13-01\nsubject: { type: individual, name: \"A\" }\ncommune: x\nfield: y\ncriteria: {}\nsummary: \"s\"\nauthor: \"a\"\nfoo: 1\n---\nBody\n",
    );
    let run = site.guong(&["check", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let codes: Vec<&str> = v["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
    for want in ["invalid-value", "invalid-date", "missing-key", "unknown-key"] {
        assert!(codes.contains(&want), "{want} missing from {codes:?}");
    }
}

#[test]
fn json_output_parses_and_matches_the_human_output() {
    let (site, rel) = with_case("unknown-field");
    let run = site.guong(&["check", "--format", "json", "--lang", "en"]);
    assert_eq!(run.code, 1);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("valid JSON");
    assert_eq!(v["errors"], 1);
    assert!(v["files"].as_u64().unwrap() >= 7);
    let f = &v["findings"][0];
    assert_eq!(f["path"], rel.as_str());
    assert_eq!((f["line"].as_u64(), f["column"].as_u64()), (Some(10), Some(8)));
    assert_eq!(f["severity"], "error");
    assert_eq!(f["code"], "unknown-field");
    assert_eq!(f["message"], "the field `quoc-phong` is not one of the 14 fields");
    assert_eq!(f["help"], "did you mean `quoc-phong-an-ninh`?");
}

#[test]
fn english_messages_keep_the_same_prefix() {
    let (site, rel) = with_case("missing-consent");
    let vi = site.guong(&["check"]).stdout;
    let en = site.guong(&["check", "--lang", "en"]).stdout;
    let prefix = format!("{rel}:8:12: error[missing-consent]: ");
    assert!(vi.starts_with(&prefix) && en.starts_with(&prefix), "{vi}\n{en}");
    assert!(en.contains("no consent recorded"), "{en}");
}

#[test]
fn paths_restrict_the_report_to_those_files() {
    let site = Site::new("site");
    for case in ["unknown-commune", "missing-consent"] {
        let bytes = std::fs::read(repo().join("tests/fixtures/check").join(format!("{case}.md"))).unwrap();
        std::fs::write(site.path().join(format!("content/stories/2024/{case}.md")), bytes).unwrap();
    }
    let run = site.guong(&["check", "content/stories/2024/missing-consent.md"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("missing-consent.md"));
    assert!(!run.stdout.contains("unknown-commune.md"), "{}", run.stdout);
    let clean = site.guong(&["check", "content/stories/2024/chi-hoa-dua-luoi.md"]);
    assert_eq!(clean.code, 0, "{}", clean.stdout);
}

#[test]
fn duplicate_slugs_across_years_are_errors() {
    let site = Site::new("site");
    let text = site.read("content/stories/2024/doi-dan-quan-xuan-thinh.md").replace("2024-06-11", "2023-06-11");
    site.write("content/stories/2023/doi-dan-quan-xuan-thinh.md", &text);
    let run = site.guong(&["check"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("error[duplicate-slug]: slug `doi-dan-quan-xuan-thinh` đã được dùng cho content/stories/2023/doi-dan-quan-xuan-thinh.md"), "{}", run.stdout);
}

#[test]
fn configuration_errors_point_into_the_configuration() {
    let site = Site::new("site");
    let text = site.read("content/site.yaml").replace("theme: trung-tam-van-hoa", "theme: khong-co");
    site.write("content/site.yaml", &text);
    let run = site.guong(&["check"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("content/site.yaml:20:12: error[unknown-theme]"), "{}", run.stdout);

    let broken = site.read("content/site.yaml").replace("per_page: 2", "per_page: hai");
    site.write("content/site.yaml", &broken);
    let run = site.guong(&["check"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("content/site.yaml:4:11: error[config-invalid]"), "{}", run.stdout);
}

#[test]
fn misuse_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(crate::support::guong_in(dir.path(), &["check"]).code, 2);
    assert_eq!(crate::support::guong_in(dir.path(), &["check", "--format", "xml"]).code, 2);
    let site = Site::new("site");
    assert_eq!(site.guong(&["check", "content/stories/khong-co.md"]).code, 2);
}

/// The sample site has no error and one warning: the story of the exemplar who withdrew
/// consent, to delete. Every story dated after 30/6/2025 has its commune's outlet (one per
/// new commune, from the declaration `outlets_per_unit`): no `outlet-ended`.
#[test]
fn the_sample_site_checks_clean_but_for_the_withdrawn_consent() {
    let run = crate::support::guong_in(&repo(), &["check", "--format", "json"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let findings = v.as_array().or_else(|| v["findings"].as_array()).expect("a list of findings").clone();
    let codes: Vec<&str> = findings.iter().map(|f| f["code"].as_str().unwrap()).collect();
    let mut codes = codes;
    codes.sort_unstable();
    assert_eq!(codes, ["consent-withdrawn"], "{}", run.stdout);
    let files: Vec<&str> = findings.iter().map(|f| f["path"].as_str().unwrap()).collect();
    for f in files {
        assert!(f.starts_with("content/stories/2025/"), "{f}");
    }
}

/// `agencies.yaml`: a story crediting an agency by a name it did not bear on the story's
/// date is warned about; one naming it by id is shown with the name of that date.
#[test]
fn agencies_are_credited_by_the_name_of_the_day() {
    let site = Site::new("site");
    site.write(
        "content/agencies.yaml",
        "agencies:\n  - id: phong-vhtt\n    level: district\n    names:\n      - { name: \"Phòng Văn hóa và Thông tin huyện Triệu Sơn\", until: 2023-12-31 }\n      - { name: \"Phòng Văn hóa, Khoa học và Thông tin huyện Triệu Sơn\", from: 2024-01-01 }\n",
    );
    let story = "content/stories/2024/chi-hoa-dua-luoi.md";
    let text = site.read(story);
    let author_line = text.lines().find(|l| l.starts_with("author:")).unwrap().to_owned();
    site.write(story, &text.replace(&author_line, "author: \"Phòng Văn hóa và Thông tin huyện\""));
    let run = site.guong(&["check"]);
    let line = run
        .stdout
        .lines()
        .chain(run.stderr.lines())
        .find(|l| l.contains("[agency-name]") && l.starts_with(story))
        .map(str::to_owned);
    let line = line.unwrap_or_else(|| panic!("no agency-name warning:\n{}{}", run.stdout, run.stderr));
    assert!(line.starts_with(&format!("{story}:")), "{line}");
    assert!(line.contains("mang tên “Phòng Văn hóa, Khoa học và Thông tin huyện Triệu Sơn”"), "{line}");
    assert!(line.contains("`author: phong-vhtt`"), "{line}");
    // By id: no warning, and the page and its JSON-LD carry the name of the story's date.
    site.write(story, &text.replace(&author_line, "author: phong-vhtt"));
    let run = site.guong(&["check"]);
    let all = format!("{}{}", run.stdout, run.stderr);
    assert!(!all.lines().any(|l| l.starts_with(story) && l.contains("[agency-name]")), "{all}");
    assert_eq!(site.guong(&["build"]).code, 0);
    let page = site.read("public/cong-thong-tin/bai-viet/chi-hoa-dua-luoi/index.html");
    assert!(page.contains("Phòng Văn hóa, Khoa học và Thông tin huyện Triệu Sơn"));
    assert!(!page.contains("phong-vhtt"), "the id is never shown");
}

/// Once `tags.yaml` labels tags, a tag without a label is warned about, and a labelled
/// one is printed with its label.
#[test]
fn tags_are_shown_by_their_labels() {
    let site = Site::new("site");
    site.write("content/tags.yaml", "dua-luoi: \"dưa lưới\"\n");
    let story = "content/stories/2024/chi-hoa-dua-luoi.md";
    let text = site.read(story);
    site.write(story, &text.replace("tags: [dua-luoi]", "tags: [dua-luoi, dua-luoj]"));
    let run = site.guong(&["check"]);
    let all = format!("{}{}", run.stdout, run.stderr);
    let line = all.lines().find(|l| l.contains("[tag-label]")).unwrap_or_else(|| panic!("no tag-label:\n{all}"));
    assert!(line.starts_with(story) && line.contains("`dua-luoj`") && line.contains("có phải `dua-luoi`?"), "{line}");
    assert_eq!(all.matches("[tag-label]").count(), 1, "{all}");
    assert_eq!(site.guong(&["build"]).code, 0);
    let page = site.read("public/cong-thong-tin/bai-viet/chi-hoa-dua-luoi/index.html");
    assert!(page.contains("<span class=\"tag\">dưa lưới</span>"), "the label, not the slug");
}

/// A story of the fixture site, with the sample site's `criteria.yaml` (phrases, forms).
fn with_sample_criteria(rel: &str, text: &str) -> Site {
    let site = Site::new("site");
    site.write("content/criteria.yaml", &std::fs::read_to_string(repo().join("content/criteria.yaml")).unwrap());
    site.write(rel, text);
    site
}

const STORY: &str = "---\ntitle: \"Tổ an ninh thôn Đông\"\nkind: story\ndate: 2024-03-02\nsubject: { type: collective, name: \"Tổ an ninh\" }\ncommune: dong-tien\nfield: quoc-phong-an-ninh\ncriteria:\n  chap-hanh: \"Chấp hành tốt.\"\n  hoan-thanh-xuat-sac: \"Hoàn thành tốt.\"\n  sang-tao: \"Lập nhóm báo tin.\"\n  tuong-than-tuong-ai: \"Giúp hộ nghèo.\"\nfield_evidence: \"Thôn bình yên.\"\nsummary: \"Tổ an ninh giữ bình yên.\"\nauthor: \"Công an xã\"\n---\nThân bài.\n";

fn lines_of<'a>(stdout: &'a str, rel: &str) -> Vec<&'a str> {
    stdout.lines().filter(|l| l.starts_with(rel)).collect()
}

#[test]
fn an_impossible_date_hides_no_other_error() {
    let rel = "content/stories/2024/ngay-sai.md";
    let text = STORY
        .replace("2024-03-02", "2024-02-30")
        .replace("commune: dong-tien", "commune: dong-tein")
        .replace("field: quoc-phong-an-ninh", "field: quoc-phong")
        .replace("author: \"Công an xã\"\n", "author: \"Công an xã\"\ncolumns: [nguoi-tot]\nfoo: 1\n");
    let site = Site::new("site");
    site.write(rel, &text);
    let run = site.guong(&["check", rel]);
    assert_eq!(run.code, 1);
    let found: Vec<String> =
        lines_of(&run.stdout, rel).iter().map(|l| l.split(": ").take(2).collect::<Vec<_>>().join(": ")).collect();
    assert_eq!(
        found,
        [
            format!("{rel}:4:7: error[invalid-date]"),
            format!("{rel}:6:10: error[unknown-commune]"),
            format!("{rel}:7:8: error[unknown-field]"),
            format!("{rel}:16:11: error[unknown-column]"),
            format!("{rel}:17:1: error[unknown-key]"),
        ],
        "{}",
        run.stdout
    );
    // Never published: build refuses the site.
    assert_eq!(site.guong(&["build"]).code, 1);
}

#[test]
fn an_unknown_form_is_answered_with_a_form_of_its_level() {
    let rel = "content/stories/2024/bang-khen.md";
    let text = STORY.replace(
        "author: \"Công an xã\"\n",
        "author: \"Công an xã\"\nrecognition:\n  - form: bang-khen-ubnd-tinh\n    year: 2023\n  - form: giay-khen-ubnd-huyen\n    year: 2023\n",
    );
    let site = with_sample_criteria(rel, &text);
    let run = site.guong(&["check", rel]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains(&format!(
        "{rel}:17:11: error[unknown-recognition]: hình thức khen thưởng `bang-khen-ubnd-tinh` không có trong criteria.yaml; có phải `bang-khen-chu-tich-ubnd-tinh` (Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh)?"
    )), "{}", run.stdout);
    assert!(run.stdout.contains("có phải `giay-khen-chu-tich-ubnd-huyen`"), "{}", run.stdout);
    assert!(!run.stdout.contains("bang-khen-bo-nganh"), "{}", run.stdout);
}

#[test]
fn the_other_tone_placement_is_flagged_with_its_fix() {
    let rel = "content/stories/2024/dau-thanh.md";
    let text = STORY
        .replace("Tổ an ninh thôn Đông", "Tổ an ninh thôn Đông, Thanh Hoá")
        .replace("Tổ an ninh giữ bình yên.", "Tổ giữ thôn xóm hoà thuận.")
        .replace("Thân bài.", "Uỷ ban nhân dân xã khen ngợi; sức khoẻ, thuỷ lợi, hoàn thành.");
    let site = Site::new("site");
    site.write(rel, &text);
    let run = site.guong(&["check", rel]);
    assert_eq!(run.code, 0, "warnings only");
    let found = lines_of(&run.stdout, rel);
    let want = [
        format!(
            "{rel}:2:37: warning[tone-style]: “Hoá” bỏ dấu thanh kiểu mới; trang này bỏ dấu kiểu cũ (hòa, khỏe, thủy); sửa Hoá → Hóa"
        ),
        format!("{rel}:14:27: warning[tone-style]: “hoà”"),
        format!("{rel}:17:1: warning[tone-style]: “Uỷ”"),
        format!("{rel}:17:35: warning[tone-style]: “khoẻ”"),
        format!("{rel}:17:41: warning[tone-style]: “thuỷ”"),
    ];
    assert_eq!(found.len(), want.len(), "{}", run.stdout);
    for (got, want) in found.iter().zip(&want) {
        assert!(got.starts_with(want.as_str()), "{got}\nwanted {want}");
    }
    assert!(found[1].ends_with("sửa hoà → hòa (quy ước chọn ở `tone_style` trong site.yaml)"), "{}", found[1]);

    // A site that writes the new way flags the old placement instead.
    let site_yaml = site.read("content/site.yaml");
    site.write("content/site.yaml", &format!("tone_style: new\n{site_yaml}"));
    site.write(
        rel,
        &text
            .replace("Thanh Hoá", "Thanh Hóa")
            .replace("Uỷ ban", "Ủy ban")
            .replace("khoẻ", "khỏe")
            .replace("thuỷ", "thủy")
            .replace("hoà", "hòa"),
    );
    let run = site.guong(&["check", "--lang", "en", rel]);
    let found = lines_of(&run.stdout, rel);
    assert_eq!(found.len(), 5, "{}", run.stdout);
    assert!(found[0].ends_with("write Hóa → Hoá (the convention is `tone_style` in site.yaml)"), "{}", found[0]);
}

#[test]
fn instructions_are_not_exaggeration_and_measured_claims_ask_for_a_source() {
    let rel = "content/stories/2024/cum-tu.md";
    let text = STORY.replace(
        "Thân bài.",
        "Anh dặn tổ viên tuyệt đối không để xảy ra sai sót.\nXã đã tạo điều kiện tốt nhất cho tổ.\nĐến nay 100% người dân trong thôn tham gia.\nKết quả: 100% hài lòng, theo kết quả khảo sát của UBND xã tháng 3/2024.\nThôn có tỷ lệ hộ khá cao nhất huyện, là thôn đầu tiên của xã có camera; tuần đầu tiên, tổ trực đủ.\nĐây là mô hình chưa từng có.",
    );
    let site = with_sample_criteria(rel, &text);
    let run = site.guong(&["check", rel]);
    assert_eq!(run.code, 0, "warnings only: {}", run.stdout);
    let found: Vec<String> =
        lines_of(&run.stdout, rel).iter().map(|l| l.split(": ").take(2).collect::<Vec<_>>().join(": ")).collect();
    assert_eq!(
        found,
        [
            format!("{rel}:19:9: warning[claim-needs-source]"),
            format!("{rel}:21:26: warning[claim-needs-source]"),
            format!("{rel}:21:46: warning[claim-needs-source]"),
            format!("{rel}:22:16: warning[exaggeration]"),
        ],
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("khẳng định “100% người dân” cần dẫn nguồn; ghi rõ nguồn ngay trong câu: theo khảo sát, báo cáo hay quyết định nào"), "{}", run.stdout);
    assert!(run.stdout.contains("khẳng định “đầu tiên của xã” cần dẫn nguồn"), "{}", run.stdout);
    let strict = site.guong(&["check", "--strict", rel]);
    assert!(strict.stdout.contains("error[claim-needs-source]"), "{}", strict.stdout);
}

#[test]
fn pdf_artefacts_name_the_letter_found() {
    let rel = "content/stories/2024/pdf.md";
    let text = STORY.replace("Thân bài.", "Công tác tăng cƣờng an ninh.\nĐỐI TƢỢNG TUYÊN TRUYỀN");
    let site = Site::new("site");
    site.write(rel, &text);
    let run = site.guong(&["check", rel]);
    let found = lines_of(&run.stdout, rel);
    assert_eq!(
        found,
        [
            format!(
                "{rel}:17:16: warning[pdf-artefact]: chữ “cƣờng” có ký tự `ƣ` (lỗi khi chép từ PDF); sửa ƣ → ư: “cường”; `guong check` báo mỗi dòng một lần"
            ),
            format!(
                "{rel}:18:6: warning[pdf-artefact]: chữ “TƢỢNG” có ký tự `Ƣ` (lỗi khi chép từ PDF); sửa Ƣ → Ư: “TƯỢNG”; `guong check` báo mỗi dòng một lần"
            ),
        ],
        "{}",
        run.stdout
    );
}

/// The human and JSON outputs of `check` with its timing taken out.
fn check_outputs(site: &Site) -> (i32, String, String) {
    let human = site.guong(&["check"]);
    let json = site.guong(&["check", "--format", "json"]);
    assert_eq!(human.code, json.code);
    (human.code, human.stdout, json.stdout)
}

/// `check` keeps what it found of each story file in `.guong-cache/checked/`. A second
/// run takes the unchanged files from there and says exactly what the first said; a
/// change to anything a finding depends on (the story, a photo it shows, the
/// configuration, the cache itself) is seen.
#[test]
fn a_check_from_the_cache_says_the_same_and_sees_every_change() {
    let site = Site::new("site");
    for &(case, ..) in CASES {
        let bytes = std::fs::read(repo().join("tests/fixtures/check").join(format!("{case}.md"))).unwrap();
        std::fs::write(site.path().join(format!("content/stories/2024/{case}.md")), bytes).unwrap();
    }
    let shows = std::fs::read_to_string(repo().join("tests/fixtures/check/valid.md")).unwrap().replace(
        "author: \"Công an xã Đồng Tiến\"\n",
        "author: \"Công an xã Đồng Tiến\"\nimage: media/xoay-gps.jpg\nimage_alt: \"Anh Bình\"\n",
    );
    site.write("content/stories/2024/co-anh.md", &shows);
    let first = check_outputs(&site);
    assert_eq!(first.0, 1, "the cases hold errors");
    assert!(site.exists(".guong-cache/checked"), "the first run keeps its results");
    let stories = std::fs::read_dir(site.path().join("content/stories"))
        .unwrap()
        .map(|d| std::fs::read_dir(d.unwrap().path()).unwrap().count())
        .sum::<usize>();
    // Every file from the cache but the two showing a missing photo (which may come).
    let again = site.guong(&["check"]);
    assert!(
        again.stderr.contains(&format!("({} bài không đổi: dùng kết quả của lần kiểm tra trước)", stories - 2)),
        "{}",
        again.stderr
    );
    assert_eq!(check_outputs(&site), first, "the same findings, in the same order, from the cache");

    // The photo a clean story shows, broken: the story's finding appears.
    let photo = site.path().join("content/media/xoay-gps.jpg");
    let good = std::fs::read(&photo).unwrap();
    std::fs::write(&photo, &good[..good.len() / 3]).unwrap();
    let broken = site.guong(&["check"]);
    assert!(
        broken
            .stdout
            .lines()
            .any(|l| l.starts_with("content/stories/2024/co-anh.md:") && l.contains("[invalid-image]")),
        "{}",
        broken.stdout
    );
    std::fs::write(&photo, &good).unwrap();
    assert_eq!(check_outputs(&site), first);

    // The missing photo, come: its finding goes.
    std::fs::write(site.path().join("content/media/khong-co.jpg"), &good).unwrap();
    assert!(!site.guong(&["check"]).stdout.contains("[missing-image]"));
    std::fs::remove_file(site.path().join("content/media/khong-co.jpg")).unwrap();
    assert_eq!(check_outputs(&site), first);

    // A story edited: its own finding moves with it.
    let rel = "content/stories/2024/unknown-commune.md";
    site.write(rel, &site.read(rel).replace("commune: dong-tein", "commune: dong-tien"));
    let fixed = site.guong(&["check"]);
    assert!(!fixed.stdout.contains("[unknown-commune]"), "{}", fixed.stdout);
    assert!(fixed.stderr.contains(&format!("({} bài không đổi", stories - 3)), "{}", fixed.stderr);

    // The configuration: a unit the valid stories name, removed from the registry.
    let communes = site.read("content/communes.yaml");
    site.write(
        "content/communes.yaml",
        &communes.replace("  - { id: dong-tien, name: \"Đồng Tiến\", type: xa }\n", ""),
    );
    let unknown = site.guong(&["check"]);
    assert!(
        unknown.stdout.contains("content/stories/2024/co-anh.md:9:10: error[unknown-commune]"),
        "{}",
        unknown.stdout
    );
    assert!(!unknown.stderr.contains("không đổi"), "a new configuration uses nothing kept: {}", unknown.stderr);
    site.write("content/communes.yaml", &communes);
    site.write(rel, &site.read(rel).replace("commune: dong-tien", "commune: dong-tein"));

    // The cache's files damaged, or cut short: ignored, and made again.
    let shards: Vec<_> =
        std::fs::read_dir(site.path().join(".guong-cache/checked")).unwrap().map(|e| e.unwrap().path()).collect();
    assert!(shards.len() > 1, "the cache is cut in shards");
    let damage = |cut: bool| {
        for f in &shards {
            let mut bytes = std::fs::read(f).unwrap();
            if cut {
                bytes.truncate(bytes.len() / 3);
            } else {
                let mid = bytes.len() / 2;
                bytes[mid] ^= 0x55;
            }
            std::fs::write(f, &bytes).unwrap();
        }
    };
    damage(false);
    let damaged = site.guong(&["check"]);
    assert!(!damaged.stderr.contains("không đổi"), "{}", damaged.stderr);
    assert_eq!(check_outputs(&site), first);
    damage(true);
    assert!(!site.guong(&["check"]).stderr.contains("không đổi"));
    assert_eq!(check_outputs(&site), first);
}

/// English counts agree with their numbers ("1 stories", "1 warnings" before).
#[test]
fn english_counts_say_one_story_and_two_stories() {
    let site = crate::support::Site::new("site");
    let mut files: Vec<_> = walkdir::WalkDir::new(site.path().join("content/stories"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.into_path())
        .collect();
    files.sort();
    let run = site.guong(&["--lang", "en", "check"]);
    let n = files.len();
    assert!(run.stderr.contains(&format!("Checked {n} stories in")), "{}", run.stderr);
    for f in &files[1..] {
        std::fs::remove_file(f).unwrap();
    }
    let run = site.guong(&["--lang", "en", "check"]);
    assert!(run.stderr.contains("Checked 1 story in"), "{}", run.stderr);
    let counts = regex::Regex::new(r"(\d+) (errors?|warnings?)\b").unwrap();
    for c in counts.captures_iter(&run.stderr) {
        assert_eq!(&c[1] == "1", !c[2].ends_with('s'), "{}", run.stderr);
    }
}

/// A practice run by one person, without consent: the finding names the person who
/// runs it, not the practice as a person ("cá nhân `Mô hình …`" before).
#[test]
fn a_practice_without_consent_names_whoever_runs_it() {
    let site = crate::support::Site::new("site");
    site.write(
        "content/exemplars/mo-hinh-thu.yaml",
        "name: \"Mô hình nuôi ong lấy mật\"\ntype: practice\nholder: individual\nunit: dong-tien\nfield: y-te\n\
         profile: \"Hồ sơ thử.\"\nproposed: { by: dong-tien, date: 2023-01-02 }\n",
    );
    let run = site.guong(&["check"]);
    assert!(
        run.stdout.contains("chưa ghi nhận sự đồng ý của cá nhân thực hiện mô hình `Mô hình nuôi ong lấy mật`"),
        "{}",
        run.stdout
    );
    let en = site.guong(&["--lang", "en", "check"]);
    assert!(
        en.stdout.contains("the person or household who runs the practice `Mô hình nuôi ong lấy mật`"),
        "{}",
        en.stdout
    );
}
