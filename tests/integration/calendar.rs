//! The holiday calendar: `guong plan` lists the coming days with the stories for each,
//! a column selects stories by a calendar entry, and a bad calendar is located.

use crate::support::{Site, repo};
use serde_json::Value;

fn plan(cwd: &std::path::Path, args: &[&str]) -> Value {
    let mut all = vec!["plan", "--format", "json"];
    all.extend(args);
    let run = crate::support::guong_in(cwd, &all);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    serde_json::from_str(&run.stdout).unwrap()
}

/// The sample site in November 2026: three days ahead, for the new communes' outlets (the
/// district's are archives); the army's day suits the security stories of Thọ Phú's units.
#[test]
fn the_coming_days_of_the_sample_site() {
    let p = plan(&repo(), &["--from", "2026-11-01", "--next", "60"]);
    let ids: Vec<&str> = p["days"].as_array().unwrap().iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["dai-doan-ket", "nha-giao-viet-nam", "quan-doi-nhan-dan"]);
    let army = &p["days"][2];
    assert_eq!((army["date"].as_str(), army["in_days"].as_i64()), (Some("2026-12-22"), Some(51)));
    let outlets: Vec<&str> = army["outlets"].as_array().unwrap().iter().map(|o| o["id"].as_str().unwrap()).collect();
    assert_eq!(
        outlets,
        [
            "xa-tho-phu",
            "xa-trieu-son",
            "xa-tan-ninh",
            "xa-tho-binh",
            "xa-tho-ngoc",
            "xa-hop-tien",
            "xa-an-nong",
            "xa-dong-tien"
        ],
        "the district's outlets are archives by then; each new commune has its own"
    );
    let suitable: Vec<&str> =
        army["outlets"][0]["suitable"].as_array().unwrap().iter().map(|s| s["slug"].as_str().unwrap()).collect();
    assert!(suitable.contains(&"mo-hinh-camera-an-ninh-o-xa-tho-vuc-nguoi-dan-cung-giu-binh"), "{suitable:?}");
    let text = crate::support::guong_in(&repo(), &["plan", "--from", "2026-11-01", "--next", "60"]).stdout;
    assert!(text.contains("22/12/2026 — Ngày thành lập Quân đội nhân dân Việt Nam"), "{text}");
}

/// A story dated ahead of a day is listed as prepared for it; a column selects the
/// stories of an entry; a bad entry is found where it is written.
#[test]
fn scheduled_stories_calendar_columns_and_bad_entries() {
    let site = Site::new("site");
    site.write(
        "content/calendar.yaml",
        "days:\n  - id: thay-thuoc\n    date: \"02-27\"\n    name: \"Ngày Thầy thuốc Việt Nam\"\n    fields: [y-te]\n",
    );
    let cols = site.read("content/columns.yaml");
    site.write(
        "content/columns.yaml",
        &format!("{cols}  - id: tri-an-thay-thuoc\n    title: \"Tri ân thầy thuốc\"\n    rule: {{ calendar: [thay-thuoc] }}\n"),
    );
    let draft = site.read("content/stories/2025/ban-nhap.md").replace("date: 2025-", "date: 2099-02-");
    let draft: String = draft
        .lines()
        .map(|l| if l.starts_with("date:") { "date: 2026-02-20" } else { l })
        .collect::<Vec<_>>()
        .join("\n");
    site.write("content/stories/2025/ban-nhap.md", &format!("{draft}\n"));
    let p = plan(site.path(), &["--from", "2026-02-01", "--next", "30", "--outlet", "cong-thong-tin"]);
    let day = &p["days"][0];
    assert_eq!(day["id"], "thay-thuoc");
    let scheduled = &day["outlets"][0]["scheduled"];
    assert_eq!(scheduled[0]["slug"], "ban-nhap");
    assert_eq!(scheduled[0]["standing"], "draft");
    let suitable: Vec<&str> =
        day["outlets"][0]["suitable"].as_array().unwrap().iter().map(|s| s["slug"].as_str().unwrap()).collect();
    assert_eq!(suitable, ["hop-tac-xa-tho-phu"], "the published health story");
    // The text says the standing in Vietnamese (it said `draft`, `scheduled`), and no
    // line ends in a space.
    let text = site.guong(&["plan", "--from", "2026-02-01", "--next", "30", "--outlet", "cong-thong-tin"]).stdout;
    assert!(text.contains("(20/02/2026, bản nháp)") || text.contains("(20/2/2026, bản nháp)"), "{text}");
    assert!(!text.contains("draft") && !text.contains("scheduled"), "{text}");
    assert!(text.lines().all(|l| !l.ends_with(' ')), "{text:?}");

    assert_eq!(site.guong(&["build"]).code, 0);
    let col = site.read("public/cong-thong-tin/chuyen-muc/tri-an-thay-thuoc/index.html");
    assert!(col.contains("/bai-viet/hop-tac-xa-tho-phu/") && !col.contains("/bai-viet/chi-hoa-dua-luoi/"));

    site.write(
        "content/calendar.yaml",
        "days:\n  - id: thay-thuoc\n    date: \"02-30\"\n    name: \"X\"\n    fields: [y-tee]\n",
    );
    site.write(
        "content/columns.yaml",
        &format!(
            "{cols}  - id: tri-an-thay-thuoc\n    title: \"Tri ân thầy thuốc\"\n    rule: {{ calendar: [thay-thuc] }}\n"
        ),
    );
    let run = site.guong(&["check", "--format", "json"]);
    assert_eq!(run.code, 1);
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    let mut found: Vec<(String, String, u64)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_owned(),
                f["code"].as_str().unwrap().to_owned(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect();
    found.sort();
    assert_eq!(
        found,
        [
            ("content/calendar.yaml".to_owned(), "invalid-date".to_owned(), 3),
            ("content/calendar.yaml".to_owned(), "unknown-field".to_owned(), 5),
            ("content/columns.yaml".to_owned(), "invalid-value".to_owned(), 18),
        ],
        "{}",
        run.stdout
    );
}
