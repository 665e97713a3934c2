//! Issue 31: plans as data. The report's title and opening sentence quote the plan in
//! force (read back from the Word file with zip + quick-xml, and python-docx where
//! GUONG_OFFICE_TESTS is set); a bad plan record is a located, bilingual finding; the
//! review of a whole period judges each year by the quotas of its own plan (read back
//! from JSON with serde_json and from Excel with calamine).

use crate::support::{Site, guong_in, sample_site};
use std::io::Read;
use std::path::{Path, PathBuf};

/// `guong report ARGS --out NAME`: the file's path.
fn report_file(root: &Path, args: &[&str], name: &str) -> PathBuf {
    let mut all = vec!["report"];
    all.extend_from_slice(args);
    all.extend(["--out", name, "--force"]);
    let r = guong_in(root, &all);
    assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    root.join(name)
}

fn json(root: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["report", "--format", "json"];
    all.extend_from_slice(args);
    let r = guong_in(root, &all);
    assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    serde_json::from_str(&r.stdout).unwrap()
}

/// The text of every paragraph of a Word file's body, read with zip and quick-xml.
pub(crate) fn paragraphs(path: &Path) -> Vec<String> {
    use quick_xml::events::Event;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml").unwrap().read_to_string(&mut xml).unwrap();
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut out, mut text, mut in_t) = (Vec::new(), String::new(), false);
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) if e.name().as_ref() == b"w:t" => in_t = true,
            Event::End(e) if e.name().as_ref() == b"w:t" => in_t = false,
            Event::End(e) if e.name().as_ref() == b"w:p" => out.push(std::mem::take(&mut text)),
            Event::Text(t) if in_t => text.push_str(&t.decode().unwrap()),
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// The sample's plans as site.yaml writes them, read with serde_yaml.
fn plans(root: &Path) -> Vec<serde_yaml::Value> {
    let site: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string(root.join("content/site.yaml")).unwrap()).unwrap();
    site["plans"].as_sequence().expect("the sample writes `plans:`").clone()
}

/// The sample with the district's plan given a number and a date (the office fills them in).
fn numbered_sample() -> tempfile::TempDir {
    let site = sample_site();
    let path = site.path().join("content/site.yaml");
    let yaml = std::fs::read_to_string(&path).unwrap();
    let numbered = yaml.replacen(
        "    issuer: \"Ủy ban nhân dân huyện Triệu Sơn\"\n",
        "    issuer: \"Ủy ban nhân dân huyện Triệu Sơn\"\n    number: \"45/KH-UBND\"\n    date: 2023-03-10\n",
        1,
    );
    assert_ne!(yaml, numbered);
    std::fs::write(&path, numbered).unwrap();
    site
}

#[test]
fn the_word_report_quotes_the_title_number_and_date_of_the_plan_in_force() {
    let site = numbered_sample();
    let root = site.path();
    let plan = &plans(root)[0];
    let title = plan["title"].as_str().unwrap();
    let docx = report_file(root, &["--year", "2024", "--format", "docx"], "bao-cao-2024.docx");
    let p = paragraphs(&docx);
    let heading = p.iter().position(|t| t == "BÁO CÁO").expect("the title block");
    assert_eq!(p[heading + 1], format!("Kết quả thực hiện {title}, năm 2024"));
    let basis = p.iter().find(|t| t.starts_with("Thực hiện ")).expect("the opening sentence");
    let subject = title.strip_prefix("Kế hoạch ").unwrap();
    assert_eq!(
        basis,
        &format!(
            "Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2023 của Ủy ban nhân dân huyện Triệu Sơn về việc {subject}, Phòng Nội vụ báo cáo kết quả năm 2024 như sau:"
        )
    );
    assert!(p.iter().all(|t| !t.contains("tổng kết và nhân rộng các điển hình")), "the old hard-coded title");
    // The JSON says the same, field by field.
    let r = json(root, &["--year", "2024"]);
    let cited = &r["plans"][0];
    assert_eq!(r["plans"].as_array().unwrap().len(), 1);
    assert_eq!((cited["number"].as_str(), cited["date"].as_str()), (Some("45/KH-UBND"), Some("2023-03-10")));
    assert_eq!(cited["date_label"], "10/3/2023");
    assert_eq!(cited["title"], title);
}

#[test]
fn a_plan_without_number_is_cited_by_its_title_and_an_illustration_says_so() {
    let site = sample_site();
    let root = site.path();
    let docx = report_file(root, &["--year", "2023", "--format", "docx"], "bao-cao-2023.docx");
    let p = paragraphs(&docx);
    let basis = p.iter().find(|t| t.starts_with("Thực hiện ")).unwrap();
    assert!(
        basis.starts_with("Thực hiện Kế hoạch tuyên truyền gương điển hình tiên tiến trong phong trào thi đua yêu nước giai đoạn 2023 - 2025 của Ủy ban nhân dân huyện Triệu Sơn, "),
        "{basis}"
    );
    assert!(!basis.contains(" số "), "no invented number: {basis}");
    // 2026: a new commune's report answers to the next plan, an illustration.
    let next = &plans(root)[1];
    assert_eq!(next["illustration"].as_bool(), Some(true));
    let docx = report_file(root, &["--unit", "tho-phu-2025", "--year", "2026", "--format", "docx"], "tho-phu.docx");
    let p = paragraphs(&docx);
    let heading = p.iter().position(|t| t == "BÁO CÁO").unwrap();
    assert_eq!(p[heading + 1], format!("Kết quả thực hiện {}, năm 2026", next["title"].as_str().unwrap()));
    let basis = p.iter().find(|t| t.starts_with("Thực hiện ")).unwrap();
    assert!(basis.contains("Kế hoạch số 99/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh Thanh Hóa"), "{basis}");
    assert!(basis.contains("(minh họa)"), "an invented number says so: {basis}");
    let r = json(root, &["--unit", "tho-phu-2025", "--year", "2026"]);
    assert_eq!(r["quotas"]["commune"], next["quotas"]["commune"].as_u64().unwrap());
}

#[test]
#[cfg_attr(not(office_tests), ignore = "needs python-docx: run with GUONG_OFFICE_TESTS=1")]
fn python_docx_reads_the_plan_in_the_report() {
    let site = numbered_sample();
    let root = site.path();
    let docx = report_file(root, &["--year", "2024", "--format", "docx"], "bao-cao.docx");
    let script = "import docx,sys\nd=docx.Document(sys.argv[1])\nfor p in d.paragraphs:\n    print(p.text)";
    let out = std::process::Command::new("python3").args(["-c", script]).arg(&docx).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    let title = plans(root)[0]["title"].as_str().unwrap().to_owned();
    assert!(text.lines().any(|l| l == format!("Kết quả thực hiện {title}, năm 2024")), "{text}");
    assert!(text.contains("Kế hoạch số 45/KH-UBND ngày 10/3/2023 của Ủy ban nhân dân huyện Triệu Sơn"), "{text}");
}

/// `check --format json` of the sample with `plans:` replaced by `plans_yaml`: (code,
/// line, message) of each finding on site.yaml.
fn plan_findings(plans_yaml: &str, lang: &str) -> Vec<(String, u64, String)> {
    let site = sample_site();
    let path = site.path().join("content/site.yaml");
    let yaml = std::fs::read_to_string(&path).unwrap();
    let (start, end) = (yaml.find("\nplans:\n").unwrap() + 1, yaml.find("# Báo cáo chỉ tiêu").unwrap());
    std::fs::write(&path, format!("{}{plans_yaml}{}", &yaml[..start], &yaml[end..])).unwrap();
    let run = guong_in(site.path(), &["check", "--format", "json", "--lang", lang]);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["path"] == "content/site.yaml")
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_owned(),
                f["line"].as_u64().unwrap(),
                f["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// The line of site.yaml (1-based) holding `needle` in the text written by `plan_findings`.
fn line_of(plans_yaml: &str, needle: &str) -> u64 {
    let yaml = std::fs::read_to_string(crate::support::repo().join("content/site.yaml")).unwrap();
    let before = &yaml[..yaml.find("\nplans:\n").unwrap() + 1];
    let at = plans_yaml.find(needle).unwrap();
    (before.lines().count() + plans_yaml[..at].lines().count() + usize::from(plans_yaml[..at].ends_with('\n'))) as u64
}

#[test]
fn a_bad_plan_record_is_a_located_bilingual_finding() {
    let bad = "plans:\n  - id: a\n    title: \"Kế hoạch A\"\n    issuer: \"Ủy ban nhân dân huyện Triệu Sơn\"\n    from: 2023-01-01\n    to: 2025-12-31\n    quotas: { district: 5, commune: 2 }\n  - id: b\n    issuer: \"Ủy ban nhân dân tỉnh Thanh Hóa\"\n    from: 2025-07-01\n    to: 2030-12-31\n    quotas: { district: 0, commune: 2 }\n  - id: c\n    title: \"Kế hoạch C\"\n    issuer: \"X\"\n    from: 2040-01-01\n    to: 2035-12-31\n    quotas: { district: 0, commune: 2 }\n";
    let vi = plan_findings(bad, "vi");
    let en = plan_findings(bad, "en");
    let has = |list: &[(String, u64, String)], code: &str, line: u64, words: &str| {
        assert!(
            list.iter().any(|(c, l, m)| c == code && *l == line && m.contains(words)),
            "{code} at {line} with “{words}” in {list:#?}"
        );
    };
    // The second plan starts before the first ends: reported at its `from`, naming both.
    let b_from = line_of(bad, "from: 2025-07-01");
    has(&vi, "config-invalid", b_from, "chồng thời gian với kế hoạch `a` (01/01/2023 - 31/12/2025)");
    has(&en, "config-invalid", b_from, "overlaps plan `a`");
    // No title: a citation needs one.
    has(&vi, "missing-key", line_of(bad, "- id: b"), "kế hoạch `b` thiếu `title`");
    has(&en, "missing-key", line_of(bad, "- id: b"), "plan `b` has no `title`");
    // Ends before it starts.
    let c_to = line_of(bad, "to: 2035-12-31");
    has(&vi, "invalid-date", c_to, "kết thúc (31/12/2035) trước ngày bắt đầu (01/01/2040)");
    has(&en, "invalid-date", c_to, "ends (2035-12-31) before it starts (2040-01-01)");
    // A day that does not exist is the YAML reader's finding, located.
    let wrong = bad.replace("to: 2025-12-31", "to: 2025-02-30");
    let f = plan_findings(&wrong, "vi");
    assert!(f.iter().any(|(c, l, _)| c == "config-invalid" && *l == line_of(&wrong, "to: 2025-02-30")), "{f:#?}");
    // Both forms at once: the short form's key is named.
    let both = format!("quotas: {{ district: 5, commune: 2 }}\n{}", &bad[..bad.find("  - id: b").unwrap()]);
    let f = plan_findings(&both, "en");
    assert!(f.iter().any(|(c, _, m)| c == "config-invalid" && m.contains("`quotas`")), "{f:#?}");
    // And the sample itself is clean.
    let sample = guong_in(&crate::support::repo(), &["check", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&sample.stdout).unwrap();
    assert_eq!(v["errors"], 0, "{}", sample.stdout);
}

#[test]
fn the_short_form_still_reads_as_one_plan() {
    let site = Site::new("site");
    let r: serde_json::Value =
        serde_json::from_str(&site.guong(&["report", "--year", "2024", "--format", "json"]).stdout).unwrap();
    let plans = r["plans"].as_array().unwrap();
    assert_eq!(plans.len(), 1, "{plans:?}");
    assert_eq!(plans[0]["quotas"]["commune"], r["quotas"]["commune"]);
    assert!(plans[0]["title"].as_str().unwrap().starts_with("Kế hoạch tuyên truyền gương điển hình tiên tiến"));
}

#[test]
fn the_review_of_the_period_judges_each_year_by_its_own_plan() {
    let site = sample_site();
    let root = site.path();
    // Two plans: 2023-2024 (at least 2 per commune) and 2025 (at least 1).
    let path = root.join("content/site.yaml");
    let yaml = std::fs::read_to_string(&path).unwrap();
    let split = yaml
        .replacen("    to: 2025-12-31\n    quotas: { district: 5, commune: 2 }\n", "    to: 2024-12-31\n    quotas: { district: 5, commune: 2 }\n  - id: huyen-2025\n    title: \"Kế hoạch tuyên truyền gương điển hình tiên tiến năm 2025\"\n    issuer: \"Ủy ban nhân dân huyện Triệu Sơn\"\n    from: 2025-01-01\n    to: 2025-12-31\n    quotas: { district: 3, commune: 1 }\n", 1);
    assert_ne!(yaml, split);
    std::fs::write(&path, split).unwrap();
    let r = json(root, &["--from", "2023-01-01", "--to", "2025-12-31"]);
    // Never "met" for the whole period against one year's quota.
    assert_eq!((r["district"]["judged"].as_bool(), r["district"]["met"].as_bool()), (Some(false), Some(false)));
    assert!(r["district"]["note"].as_str().unwrap().contains("từng năm"));
    assert!(r["units"].as_array().unwrap().iter().all(|u| u["quota"].is_null()), "no unit judged for the period");
    let years = r["years"].as_array().unwrap();
    let by_year: Vec<(i64, &str, u64, u64)> = years
        .iter()
        .map(|y| {
            (
                y["year"].as_i64().unwrap(),
                y["plan"].as_str().unwrap(),
                y["quota_commune"].as_u64().unwrap(),
                y["quota_district"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        by_year,
        vec![(2023, "huyen-2023-2025", 2, 5), (2024, "huyen-2023-2025", 2, 5), (2025, "huyen-2025", 1, 3)]
    );
    // Each year's communes judged against that year's quota, with the units of that year.
    for y in years {
        let q = y["quota_commune"].as_u64().unwrap();
        let units = y["units"].as_object().unwrap();
        let met = units.values().filter(|n| n.as_u64().unwrap() >= q).count() as u64;
        assert!(y["units_met"].as_u64().unwrap() <= met, "{y}");
        if y["units_with_quota"].as_u64().unwrap() == units.len() as u64 {
            assert_eq!(y["units_met"].as_u64().unwrap(), met, "{y}");
        }
        assert_eq!(
            y["district_met"].as_bool().unwrap(),
            y["total"].as_u64().unwrap() >= y["quota_district"].as_u64().unwrap()
        );
    }
    // A 2024 unit id is there in 2023-2024 and gone in 2025 (merged on 01/01/2025).
    assert!(years[0]["units"].get("xuan-thinh").is_some() && years[2]["units"].get("xuan-thinh").is_none());
    // The Excel file's sheet of years says the same, read with calamine.
    let xlsx = report_file(root, &["--from", "2023-01-01", "--to", "2025-12-31", "--format", "xlsx"], "tong-ket.xlsx");
    use calamine::{Reader, open_workbook_auto};
    let mut wb = open_workbook_auto(&xlsx).unwrap();
    let sheet = wb.worksheet_range("Các năm").unwrap();
    let rows: Vec<Vec<String>> = sheet.rows().map(|r| r.iter().map(|c| c.to_string()).collect()).collect();
    assert_eq!(rows.len(), 1 + years.len(), "{rows:?}");
    for (row, y) in rows[1..].iter().zip(years) {
        assert_eq!(row[0], y["year"].to_string());
        assert_eq!(row[1], y["plan"].as_str().unwrap());
        assert_eq!(row[2], y["quota_district"].to_string());
        assert_eq!(row[5], y["quota_commune"].to_string());
        assert_eq!(row[6], y["units_met"].to_string());
        assert_eq!(row[4], if y["district_met"].as_bool().unwrap() { "Đạt" } else { "Chưa đạt" });
    }
    // The Word file cites both plans and does not say the period met its quota.
    let docx = report_file(root, &["--from", "2023-01-01", "--to", "2025-12-31", "--format", "docx"], "tong-ket.docx");
    let p = paragraphs(&docx);
    let basis = p.iter().find(|t| t.starts_with("Thực hiện ")).unwrap();
    assert!(basis.contains("giai đoạn 2023 - 2025 của") && basis.contains("năm 2025 của"), "{basis}");
    let whole = p.iter().find(|t| t.starts_with("Toàn huyện có ")).unwrap();
    assert!(!whole.contains("đạt chỉ tiêu") && whole.contains("từng năm"), "{whole}");
}

/// The declaration the sample would carry: one outlet for every commune of 01/7/2025.
const PER_UNIT: &str = "
outlets_per_unit:
  - id: \"xa-{slug}\"
    title: \"Gương điển hình tiên tiến {official_name}\"
    publisher: \"Trang thông tin điện tử {official_name}\"
    description: \"Gương điển hình tiên tiến, mô hình mới, cách làm hay trên địa bàn {official_name}.\"
    base_url: \"https://{host}.thanhhoa.gov.vn/guong-sang\"
    theme: cong-thong-tin
    columns: all
    owner: \"Ủy ban nhân dân {official_name}\"
    valid_from: 2025-07-01
";

/// The new communes' registry ids and the outlet each is published on (Thọ Phú's is
/// written by hand in the sample and is not doubled).
const COMMUNE_OUTLETS: &[(&str, &str)] = &[
    ("trieu-son", "xa-trieu-son"),
    ("tan-ninh", "xa-tan-ninh"),
    ("tho-binh-2025", "xa-tho-binh"),
    ("tho-ngoc-2025", "xa-tho-ngoc"),
    ("tho-phu-2025", "xa-tho-phu"),
    ("hop-tien-2025", "xa-hop-tien"),
    ("an-nong-2025", "xa-an-nong"),
    ("dong-tien-2025", "xa-dong-tien"),
];

fn with_per_unit(decl: &str) -> tempfile::TempDir {
    let site = sample_site();
    let path = site.path().join("content/site.yaml");
    let yaml = std::fs::read_to_string(&path).unwrap();
    let (yaml, _) = crate::support::split_per_unit(&yaml);
    std::fs::write(&path, format!("{yaml}{decl}")).unwrap();
    site
}

/// Every story of the sample: slug → its front matter, read with serde_yaml.
fn front_matters(root: &Path) -> std::collections::BTreeMap<String, serde_yaml::Value> {
    walkdir::WalkDir::new(root.join("content/stories"))
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| {
            let text = std::fs::read_to_string(e.path()).unwrap();
            let fm = text.trim_start_matches('\u{feff}').split("---").nth(1).unwrap().to_owned();
            (e.path().file_stem().unwrap().to_string_lossy().into_owned(), serde_yaml::from_str(&fm).unwrap())
        })
        .collect()
}

#[test]
fn one_declaration_gives_every_new_commune_its_outlet_and_the_report_counts_what_they_publish() {
    let site = with_per_unit(PER_UNIT);
    let root = site.path();
    let check = guong_in(root, &["check", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    assert_eq!(v["errors"], 0, "{}", check.stdout);
    let codes: Vec<&str> = v["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert!(!codes.contains(&"outlet-ended"), "every story has an outlet: {}", check.stdout);
    let started = std::time::Instant::now();
    let build = guong_in(root, &["build"]);
    eprintln!("build with {} commune outlets: {:?}", COMMUNE_OUTLETS.len(), started.elapsed());
    assert_eq!(build.code, 0, "{}", build.stderr);
    let public = root.join("public");
    let mut outlets: Vec<String> = std::fs::read_dir(&public)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| public.join(n).join("index.html").is_file())
        .collect();
    outlets.sort();
    for (_, o) in COMMUNE_OUTLETS {
        assert!(outlets.iter().any(|x| x == o), "{o} in {outlets:?}");
    }
    assert_eq!(outlets.len(), 2 + COMMUNE_OUTLETS.len(), "the district's two and one per commune: {outlets:?}");
    let stories = front_matters(root);
    let day = |v: &serde_yaml::Value| v.as_str().map(|s| s.to_owned()).unwrap_or_else(|| format!("{v:?}"));
    for (unit, outlet) in COMMUNE_OUTLETS {
        // Every story of the commune from 01/7/2025 to the end of 2025 (none waits for its
        // exemplar's appraisal) is on its outlet, titled.
        let own: Vec<(&String, &serde_yaml::Value)> = stories
            .iter()
            .filter(|(_, fm)| fm["commune"].as_str() == Some(unit))
            .filter(|(_, fm)| day(&fm["date"]).as_str() >= "2025-07-01" && day(&fm["date"]).starts_with("2025"))
            .filter(|(_, fm)| fm["draft"].as_bool() != Some(true))
            .collect();
        for (slug, fm) in &own {
            let page = public.join(outlet).join("bai-viet").join(slug).join("index.html");
            let html = std::fs::read_to_string(&page).unwrap_or_else(|e| panic!("{}: {e}", page.display()));
            let doc = scraper::Html::parse_document(&html);
            let h1: String = doc.select(&scraper::Selector::parse("h1").unwrap()).next().unwrap().text().collect();
            assert_eq!(h1.trim(), fm["title"].as_str().unwrap(), "{slug}");
        }
        // The commune's 2025 report counts exactly the stories its outlet published in 2025
        // from the commune's first day.
        let built = std::fs::read_dir(public.join(outlet).join("bai-viet"))
            .map(|d| {
                d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                    .filter(|slug| {
                        stories.get(slug).is_some_and(|fm| {
                            let d = day(&fm["date"]);
                            d.as_str() >= "2025-07-01" && d.starts_with("2025")
                        })
                    })
                    .count()
            })
            .unwrap_or(0);
        let r = json(root, &["--unit", unit, "--year", "2025"]);
        assert_eq!(r["units"][0]["stories"].as_u64().unwrap() as usize, built, "{unit}");
        assert_eq!(built, own.len(), "{unit}");
    }
}

#[test]
fn a_story_no_outlet_publishes_is_not_counted_and_review_lists_its_exemplar() {
    // The sample without its declaration: Triệu Sơn (from 01/7/2025) has no outlet.
    let site = with_per_unit("\n");
    let root = site.path();
    let stories = front_matters(root);
    let (slug, fm) = stories
        .iter()
        .find(|(_, fm)| fm["commune"].as_str() == Some("trieu-son") && fm["draft"].as_bool() != Some(true))
        .expect("a story of the new commune Triệu Sơn");
    let r = json(root, &["--unit", "trieu-son", "--year", "2025"]);
    assert_eq!(r["units"][0]["stories"], 0, "{slug} is published nowhere, so not counted");
    let review = guong_in(root, &["review", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&review.stdout).unwrap();
    let queue = v["queues"].as_array().unwrap().iter().find(|q| q["id"] == "to-publicise").unwrap();
    let exemplar = fm["exemplar"].as_str().unwrap();
    let item = queue["items"].as_array().unwrap().iter().find(|i| i["id"] == exemplar);
    let item = item.unwrap_or_else(|| panic!("{exemplar} not in {queue}"));
    assert!(item["note"].as_str().unwrap().contains("không kênh nào đăng"), "{item}");
    // With the declaration, it is counted.
    let site = with_per_unit(PER_UNIT);
    let r = json(site.path(), &["--unit", "trieu-son", "--year", "2025"]);
    assert_eq!(r["units"][0]["stories"], 1);
}

#[test]
fn a_bad_declaration_is_located_and_names_the_unit() {
    let bad = PER_UNIT.replace("https://{host}.", "https://{name}.").replace("xa-{slug}", "xa-{nmae}");
    let site = with_per_unit(&bad);
    let run = guong_in(site.path(), &["check", "--format", "json", "--lang", "en"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let yaml = std::fs::read_to_string(site.path().join("content/site.yaml")).unwrap();
    let line = |needle: &str| yaml[..yaml.find(needle).unwrap()].lines().count() as u64;
    let found = |code: &str, at: u64, words: &str| {
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == code && f["line"] == at && f["message"].as_str().unwrap().contains(words))
    };
    assert!(found("config-invalid", line("id: \"xa-{nmae}\""), "`{nmae}`"), "{}", run.stdout);
    assert!(found("invalid-value", line("base_url: \"https://{name}"), "unit `trieu-son`"), "{}", run.stdout);
}
