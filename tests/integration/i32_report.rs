//! Issue 32, true to the office: the report's counts and form. Each test checks the
//! report of the sample site against a count the test makes itself from the files.

use crate::support::{guong_in, sample_site};
use chrono::NaiveDate;
use std::path::Path;

fn report(root: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["report", "--format", "json"];
    all.extend_from_slice(args);
    let r = guong_in(root, &all);
    assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    serde_json::from_str(&r.stdout).unwrap()
}

/// The units of `communes.yaml` (not the district) that existed on some day from `from`
/// to `to`, read here with serde_yaml, not by guong.
fn units_between(root: &Path, from: NaiveDate, to: NaiveDate) -> usize {
    let text = std::fs::read_to_string(root.join("content/communes.yaml")).unwrap();
    let v: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    let day =
        |u: &serde_yaml::Value, k: &str| u.get(k).and_then(|d| d.as_str()).map(|d| d.parse::<NaiveDate>().unwrap());
    v["communes"]
        .as_sequence()
        .unwrap()
        .iter()
        .filter(|u| day(u, "valid_from").is_none_or(|f| f <= to) && day(u, "valid_until").is_none_or(|e| e >= from))
        .count()
}

#[test]
fn percentages_are_rounded_to_the_nearest_whole_number() {
    let site = sample_site();
    for year in ["2023", "2024", "2025"] {
        let r = report(site.path(), &["--year", year]);
        let d = &r["direction"];
        let (with, total) = (d["units_with_criteria"].as_u64().unwrap(), d["units_total"].as_u64().unwrap());
        let nearest = (with as f64 * 100.0 / total as f64).round() as u64;
        assert_eq!(d["percent"].as_u64().unwrap(), nearest, "{year}: {with}/{total}");
    }
}

#[test]
fn the_district_report_ends_with_the_district() {
    // The district ended on 30/6/2025: its 2025 report covers 1/1-30/6/2025 and the
    // units of those days only (not old and new units of one territory added up), and
    // does not judge half a year against the yearly quota without saying so.
    let site = sample_site();
    let r = report(site.path(), &["--year", "2025"]);
    assert_eq!((r["from"].as_str().unwrap(), r["to"].as_str().unwrap()), ("2025-01-01", "2025-06-30"));
    let (from, to) = (NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(), NaiveDate::from_ymd_opt(2025, 6, 30).unwrap());
    assert_eq!(r["direction"]["units_total"].as_u64().unwrap() as usize, units_between(site.path(), from, to));
    assert_eq!(r["units"].as_array().unwrap().len(), units_between(site.path(), from, to));
    assert_eq!(r["district"]["judged"], false);
    assert!(r["district"]["note"].as_str().unwrap().contains("chưa đủ một năm"), "{}", r["district"]);
    // Nothing after the district, under its name.
    let r = guong_in(site.path(), &["report", "--from", "2025-07-01", "--to", "2025-12-31"]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(r.stderr.contains("--unit"), "{}", r.stderr);
    let r = guong_in(site.path(), &["report", "--year", "2026"]);
    assert_eq!(r.code, 2, "{}", r.stdout);
}

#[test]
fn a_report_longer_than_a_year_never_judges_the_whole_period() {
    let site = sample_site();
    let r = report(site.path(), &["--from", "2023-01-01", "--to", "2025-12-31"]);
    assert_eq!(r["district"]["judged"], false);
    assert!(r["short_units"].as_array().unwrap().is_empty());
    assert!(r["units"].as_array().unwrap().iter().all(|u| u["quota"].is_null()));
    let html = guong_in(site.path(), &["report", "--from", "2023-01-01", "--to", "2025-06-30"]);
    assert_eq!(html.code, 0, "{}", html.stderr);
    let doc = scraper::Html::parse_document(&html.stdout);
    // Judged nowhere for the whole period (the table of years judges each year).
    let verdicts = scraper::Selector::parse("section strong.ok, section strong.bad, td.status").unwrap();
    let found: Vec<String> = doc.select(&verdicts).map(|e| e.text().collect()).collect();
    assert!(found.iter().all(|t| t.trim().is_empty() || t.contains("Chưa tính")), "{found:?}");
    let text: String = doc.root_element().text().collect();
    assert!(text.contains("theo từng năm"), "{text}");
    // `--check` of such a period does not fail on a quota it does not judge.
    let r =
        guong_in(site.path(), &["report", "--from", "2023-01-01", "--to", "2025-06-30", "--check", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn only_the_commendations_of_the_period_are_counted_and_listed() {
    // The 2024 report counted a 1988 medal and 2023 awards; being selected as typical
    // was listed as a commendation.
    let site = sample_site();
    for year in [2023, 2024] {
        let r = report(site.path(), &["--year", &year.to_string()]);
        let annex = r["annex"].as_array().unwrap();
        let mut listed = 0;
        for a in annex {
            let c = a["commendations"].as_str().unwrap();
            for part in c.split("; ").filter(|p| !p.is_empty()) {
                assert!(part.ends_with(&format!("({year})")), "{year}: {c}");
                listed += 1;
            }
            assert!(!c.contains("Tiêu biểu"), "{c}");
        }
        assert!(listed > 0 || year == 2023, "{year}: some award of the year is listed");
        // Independently: the exemplars' records, read here, hold awards of other years.
        let mut other_years = 0;
        for e in std::fs::read_dir(site.path().join("content/exemplars")).unwrap() {
            let v: serde_yaml::Value =
                serde_yaml::from_str(&std::fs::read_to_string(e.unwrap().path()).unwrap()).unwrap();
            for rec in v["recognition"].as_sequence().into_iter().flatten() {
                other_years += usize::from(rec["year"].as_i64() != Some(year as i64));
            }
        }
        assert!(other_years > 0, "the sample has awards of other years to leave out");
    }
}

#[test]
fn the_sample_says_it_is_a_sample_on_every_output_that_leaves_the_site() {
    // Item 5: the fiction notice was on the web pages only.
    let site = sample_site();
    let r = guong_in(site.path(), &["build", "--outlet", "cong-thong-tin"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let notice = "Bài mẫu minh họa";
    let out = site.path().join("public/cong-thong-tin");
    let mut seen = std::collections::BTreeMap::<&str, usize>::new();
    for e in walkdir::WalkDir::new(&out).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
        let rel = e.path().strip_prefix(&out).unwrap().to_string_lossy().into_owned();
        let kind = if rel.ends_with("/in/index.html") {
            "A4 sheet"
        } else if rel.starts_with("ky-yeu/") && rel.ends_with("index.html") {
            "booklet"
        } else if rel.ends_with("chia-se.txt") {
            "share text"
        } else if rel.ends_with("doc-tren-loa.txt") || rel.starts_with("ban-tin/") && rel.ends_with(".txt") {
            "script"
        } else if rel.ends_with("rss.xml") || rel.ends_with("podcast.xml") {
            "feed"
        } else {
            continue;
        };
        let bytes = std::fs::read(e.path()).unwrap();
        if kind == "feed" {
            let feed = feed_rs::parser::parse(bytes.as_slice()).unwrap();
            assert!(feed.description.as_ref().is_some_and(|d| d.content.contains(notice)), "{rel}");
            for entry in &feed.entries {
                let summary = entry.summary.as_ref().map_or("", |s| s.content.as_str());
                let content = entry.content.as_ref().and_then(|c| c.body.as_deref()).unwrap_or("");
                assert!(summary.contains(notice) || content.contains(notice), "{rel}: {:?}", entry.title);
            }
        } else {
            let text = String::from_utf8(bytes).unwrap();
            let shown: String = if kind == "share text" || kind == "script" {
                text
            } else {
                scraper::Html::parse_document(&text).root_element().text().collect()
            };
            assert!(shown.contains(notice), "{kind} {rel}");
        }
        *seen.entry(kind).or_default() += 1;
    }
    assert!(seen.len() == 5 && seen.values().all(|n| *n > 0), "{seen:?}");
}

#[test]
fn the_report_of_a_sample_says_so() {
    let site = sample_site();
    let r = report(site.path(), &["--year", "2024"]);
    assert!(r["sample"].as_str().is_some_and(|s| s.starts_with("Bài mẫu minh họa")), "{}", r["sample"]);
    let html = guong_in(site.path(), &["report", "--year", "2024"]);
    let text: String = scraper::Html::parse_document(&html.stdout).root_element().text().collect();
    assert!(text.contains("Bài mẫu minh họa"));
    // A real site's report does not.
    let yaml = std::fs::read_to_string(site.path().join("content/site.yaml")).unwrap();
    std::fs::write(site.path().join("content/site.yaml"), yaml.replace("sample: true", "sample: false")).unwrap();
    assert!(report(site.path(), &["--year", "2024"])["sample"].is_null());
}

/// The CSV's rows and the Excel file's sheets, read by the csv crate and calamine.
fn csv_and_sheets(root: &Path) -> (Vec<Vec<String>>, Vec<Vec<Vec<String>>>) {
    let csv = guong_in(root, &["report", "--year", "2024", "--format", "csv"]);
    assert_eq!(csv.code, 0, "{}", csv.stderr);
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).from_reader(csv.stdout.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<Vec<String>> = reader.records().map(|r| r.unwrap().iter().map(String::from).collect()).collect();
    let path = root.join("bao-cao.xlsx");
    let x = guong_in(root, &["report", "--year", "2024", "--format", "xlsx", "--out", "bao-cao.xlsx", "--force"]);
    assert_eq!(x.code, 0, "{}", x.stderr);
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&path).unwrap();
    let sheets = book
        .worksheets()
        .into_iter()
        .map(|(_, range)| range.rows().map(|r| r.iter().map(|c| c.to_string()).collect()).collect())
        .collect();
    (rows, sheets)
}

#[test]
fn the_report_s_csv_and_excel_files_of_a_sample_say_so_on_every_row() {
    let notice = "Bài mẫu minh họa";
    let site = sample_site();
    let (rows, sheets) = csv_and_sheets(site.path());
    // Names as they were in the period: no 2024 row says where its unit went in 2025.
    assert!(rows.iter().flatten().all(|c| !c.contains("2025")), "{rows:?}");
    assert_eq!(rows[0].last().map(String::as_str), Some("Ghi chú"));
    assert!(rows.len() > 20 && rows[1..].iter().all(|r| r.last().is_some_and(|c| c.starts_with(notice))), "{rows:?}");
    assert_eq!(sheets.len(), 3);
    assert!(sheets[0].iter().any(|r| r.iter().any(|c| c.starts_with(notice))), "the summary sheet");
    for sheet in &sheets[1..] {
        assert_eq!(sheet[0].last().map(String::as_str), Some("Ghi chú"));
        assert!(sheet.len() > 1 && sheet[1..].iter().all(|r| r.last().is_some_and(|c| c.starts_with(notice))));
    }
    // A real site's files carry no such column.
    let yaml = std::fs::read_to_string(site.path().join("content/site.yaml")).unwrap();
    std::fs::write(site.path().join("content/site.yaml"), yaml.replace("sample: true", "sample: false")).unwrap();
    let (rows, sheets) = csv_and_sheets(site.path());
    assert!(
        rows.iter().flatten().chain(sheets.iter().flatten().flatten()).all(|c| !c.contains(notice) && c != "Ghi chú")
    );
}
