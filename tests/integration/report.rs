//! `guong report` on the fixture site, whose counts are known: 2023 one story (Nưa),
//! 2024 two (Thọ Tân, Xuân Thịnh), 2025 one published (Thọ Phú) and one draft.

use crate::support::Site;
use serde_json::Value;

fn json(site: &Site, year: &str) -> Value {
    let run = site.guong(&["report", "--year", year, "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("valid JSON")
}

fn unit<'a>(r: &'a Value, id: &str) -> &'a Value {
    r["units"].as_array().unwrap().iter().find(|u| u["id"] == id).unwrap_or_else(|| panic!("no unit {id}"))
}

#[test]
fn json_numbers_for_2024() {
    let site = Site::new("site");
    let r = json(&site, "2024");
    assert_eq!(r["year"], 2024);
    assert_eq!(r["quotas"]["district"], 5);
    assert_eq!(r["quotas"]["commune"], 2);
    assert_eq!(r["district"]["total"], 2);
    assert_eq!(r["district"]["met"], false);
    assert_eq!(r["district"]["short"], 3);
    assert_eq!(r["district"]["district_level"], 0);
    // Units of 2024: Tân Ninh (from 2025) is not listed; the merged ones are.
    let ids: Vec<&str> = r["units"].as_array().unwrap().iter().map(|u| u["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["an-nong", "dong-tien", "thi-tran-nua", "tho-phu", "tho-tan", "xuan-loc", "xuan-thinh"]);
    let tho_tan = unit(&r, "tho-tan");
    assert_eq!(
        (tho_tan["count"].as_u64(), tho_tan["quota"].as_u64(), tho_tan["short"].as_u64()),
        (Some(1), Some(2), Some(1))
    );
    // Names as they were in the period (issue 32): Thọ Tân went into Thọ Phú on 01/7/2025,
    // after 2024, so the 2024 report does not say so; Xuân Thịnh went on 01/01/2025.
    assert!(tho_tan["merged_into"].is_null(), "{}", tho_tan["merged_into"]);
    assert_eq!(tho_tan["fields"]["nong-nghiep"], 1);
    let xt = unit(&r, "xuan-thinh");
    assert_eq!(
        (xt["count"].as_u64(), xt["short"].as_u64(), xt["merged_into"].as_str()),
        (Some(1), Some(1), Some("xuan-loc"))
    );
    assert_eq!(unit(&r, "tho-phu")["count"], 0, "a story counts in the unit it names, not its successor");
    assert_eq!(r["short_units"].as_array().unwrap().len(), 7);
    let needs: Vec<(String, u64)> = r["short_units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| (u["id"].as_str().unwrap().to_owned(), u["needs"].as_u64().unwrap()))
        .collect();
    assert!(needs.contains(&("dong-tien".into(), 2)) && needs.contains(&("tho-tan".into(), 1)));
    let by = |key: &str, id: &str| {
        r[key].as_array().unwrap().iter().find(|c| c["id"] == id).unwrap()["count"].as_u64().unwrap()
    };
    assert_eq!(by("by_kind", "practice"), 1);
    assert_eq!(by("by_kind", "story"), 1);
    assert_eq!(by("by_subject", "individual"), 1);
    assert_eq!(by("by_subject", "collective"), 1);
    assert_eq!(by("by_subject", "household"), 0);
    assert_eq!(by("by_field", "nong-nghiep"), 1);
    assert_eq!(by("by_field", "quoc-phong-an-ninh"), 1);
    // The story's provincial award is of 2023: not a commendation of 2024.
    assert_eq!(by("recognition_by_level", "province"), 0);
    // All years side by side.
    let years: Vec<(i64, i64)> = r["years"]
        .as_array()
        .unwrap()
        .iter()
        .map(|y| (y["year"].as_i64().unwrap(), y["total"].as_i64().unwrap()))
        .collect();
    // 2025: Thọ Phú's story is dated 01/8/2025, after the district ended (30/6/2025).
    assert_eq!(years, [(2023, 1), (2024, 2), (2025, 0), (2099, 0)]);
    assert!(r["rule"].as_str().unwrap().contains("đơn vị ghi trong bài"));
}

#[test]
fn json_numbers_for_2025_skip_the_draft_and_the_new_unit_quota() {
    let site = Site::new("site");
    let r = json(&site, "2025");
    // The published story (01/8/2025) is Thọ Phú's, but after the district's end; the
    // draft (01/02/2025) is not counted at all.
    assert_eq!(r["district"]["total"], 0, "the draft is not counted, nor a story after 30/6/2025");
    assert_eq!(unit(&r, "an-nong")["count"], 0);
    // The district's report ends with the district (30/6/2025): the story of 01/8/2025
    // and the commune created on 01/7/2025 are the new commune's own report's.
    assert_eq!(r["to"], "2025-06-30");
    assert_eq!(unit(&r, "tho-phu")["count"], 0);
    assert!(r["units"].as_array().unwrap().iter().all(|u| u["id"] != "tan-ninh"), "created after the district");
    assert!(unit(&r, "tho-phu")["quota"].is_null(), "half a year is not judged against the yearly quota");
    assert!(r["units"].as_array().unwrap().iter().all(|u| u["id"] != "xuan-thinh"), "Xuân Thịnh ended in 2024");
}

#[test]
fn csv_has_a_bom_and_a_header() {
    let site = Site::new("site");
    let out = site.path().join("r.csv");
    let run = site.guong(&["report", "--year", "2024", "--format", "csv", "--out", &out.display().to_string()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let bytes = std::fs::read(&out).unwrap();
    assert_eq!(&bytes[..3], b"\xef\xbb\xbf");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some(
            "Năm,Mã đơn vị,Tên đơn vị,Loại,Số điển hình được giới thiệu,Số bài,Chỉ tiêu,Còn thiếu,Đạt chỉ tiêu,Sáp nhập vào,Lĩnh vực,Đề xuất,Thẩm định,Tiêu biểu,Nhân rộng,Làm theo,Mã định danh"
        )
    );
    assert_eq!(text.lines().count(), 8, "a header and one row per unit");
    // Issue 32: the code column holds the statistics code, the field column the field's name.
    assert!(text.contains("2024,15748,xã Thọ Tân,xã,1,1,2,1,Chưa đạt,,Nông nghiệp: 1,0,0,0,0,0,tho-tan"), "{text}");
    // A merge after the period (01/7/2025) is not the 2024 report's; Xuân Thịnh's (01/01/2025) is.
    assert!(text.contains("2024,,thị trấn Nưa,thị trấn,0,0,2,2,Chưa đạt,,"), "{text}");
    assert!(text.contains(",xã Xuân Thịnh,xã,1,1,2,1,Chưa đạt,xã Xuân Lộc,"), "{text}");
}

#[test]
fn html_has_a_bar_per_unit_and_the_quota_line() {
    let site = Site::new("site");
    let run = site.guong(&["report", "--year", "2024"]);
    assert_eq!(run.code, 0);
    let doc = scraper::Html::parse_document(&run.stdout);
    let sel = scraper::Selector::parse("svg rect.bar").unwrap();
    let bars: Vec<(String, String, String)> = doc
        .select(&sel)
        .map(|r| {
            let v = r.value();
            (
                v.attr("data-unit").unwrap().to_owned(),
                v.attr("data-count").unwrap().to_owned(),
                v.attr("class").unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(bars.len(), 7);
    assert!(bars.contains(&("tho-tan".into(), "1".into(), "bar short".into())));
    assert!(bars.contains(&("dong-tien".into(), "0".into(), "bar short".into())));
    assert_eq!(doc.select(&scraper::Selector::parse("svg line.quota").unwrap()).count(), 1);
    assert!(run.stdout.contains("<html lang=\"vi\">") && run.stdout.contains("@page { size: A4"));
    assert!(!run.stdout.contains("<script"), "no JavaScript needed");
}

#[test]
fn check_exits_1_when_short_and_0_when_met() {
    let site = Site::new("site");
    assert_eq!(site.guong(&["report", "--year", "2024", "--check", "--format", "json"]).code, 1);
    let relaxed = site
        .read("content/site.yaml")
        .replace("quotas: { district: 5, commune: 2 }", "quotas: { district: 1, commune: 0 }");
    site.write("content/site.yaml", &relaxed);
    assert_eq!(site.guong(&["report", "--year", "2024", "--check", "--format", "json"]).code, 0);
}

#[test]
fn the_build_writes_the_report_only_when_asked() {
    let site = Site::new("site");
    assert_eq!(site.guong(&["build"]).code, 0);
    assert!(!site.exists("public/cong-thong-tin/noi-bo"));
    let with = site.read("content/site.yaml").replace(
        "outlets:\n",
        "plan: { from: 2023, to: 2025 }\nreport_page: { path: noi-bo/bao-cao, outlets: [cong-thong-tin] }\noutlets:\n",
    );
    site.write("content/site.yaml", &with);
    let run = site.guong(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for y in ["2023", "2024", "2025"] {
        assert!(site.exists(&format!("public/cong-thong-tin/noi-bo/bao-cao/{y}/index.html")), "{y}");
    }
    assert!(site.exists("public/cong-thong-tin/noi-bo/bao-cao/index.html"));
    assert!(!site.exists("public/trung-tam-van-hoa/noi-bo"));
    let page = site.read("public/cong-thong-tin/noi-bo/bao-cao/2024/index.html");
    assert!(page.contains("noindex"));
    assert!(!site.read("public/cong-thong-tin/sitemap.xml").contains("noi-bo"), "unlisted");
}

/// Resolution 1686/2025 made new communes, even where they kept an old name: the 2025
/// report lists the old and the new Thọ Phú apart, and the district's total stops with
/// the district on 30/6/2025.
#[test]
fn the_2025_report_separates_the_old_and_the_new_tho_phu() {
    let run = crate::support::guong_in(&crate::support::repo(), &["report", "--year", "2025", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let r: Value = serde_json::from_str(&run.stdout).unwrap();
    let old = unit(&r, "tho-phu");
    assert_eq!(old["count"].as_u64(), Some(1), "January's story");
    assert_eq!(old["valid_until"], "2025-06-30");
    assert_eq!(old["merged_into"], "tho-phu-2025");
    // The district's report ends on 30/6/2025: the new commune is in its own report.
    assert!(r["units"].as_array().unwrap().iter().all(|u| u["id"] != "tho-phu-2025"));
    let run = crate::support::guong_in(
        &crate::support::repo(),
        &["report", "--year", "2025", "--unit", "tho-phu-2025", "--format", "json"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let own: Value = serde_json::from_str(&run.stdout).unwrap();
    let new = unit(&own, "tho-phu-2025");
    assert_eq!(new["count"].as_u64(), Some(1), "September's story");
    assert_eq!(new["valid_from"], "2025-07-01");
    assert!(new["quota"].is_null(), "created during the year: listed without a quota");
    // The district quota counts the exemplars the district's council selected for 2025
    // until 30/6/2025: two. Thọ Phú's own selection in August is the new commune's.
    assert_eq!(r["district"]["counts"], "selected");
    assert_eq!(r["district"]["total"], 2);
    assert_eq!(r["district"]["selected"], 2, "the selections until 30/6/2025 (not the new commune's of August)");
    assert_eq!(r["district"]["until"], "2025-06-30");
}

/// A Word or Excel report written by guong is written again without `--force` (it was
/// refused on the second run, as if someone else's); another program's file is not.
#[test]
fn a_word_or_excel_report_is_written_again_but_not_over_another_file() {
    let site = Site::new("site");
    for format in ["docx", "xlsx"] {
        let out = format!("bao-cao.{format}");
        for run in 1..=2 {
            let r = site.guong(&["report", "--year", "2024", "--format", format, "--out", &out]);
            assert_eq!(r.code, 0, "{format}, run {run}: {}", r.stderr);
        }
        // Another program's file of the same kind (a zip with its own properties).
        let other = format!("cua-nguoi-khac.{format}");
        let mut zip = zip::ZipWriter::new(std::fs::File::create(site.path().join(&other)).unwrap());
        zip.start_file("docProps/custom.xml", zip::write::SimpleFileOptions::default()).unwrap();
        std::io::Write::write_all(
            &mut zip,
            br#"<Properties><property name="generator"><vt:lpwstr>Word</vt:lpwstr></property></Properties>"#,
        )
        .unwrap();
        zip.finish().unwrap();
        let r = site.guong(&["report", "--year", "2024", "--format", format, "--out", &other]);
        assert_eq!(r.code, 2, "{format}: {}", r.stderr);
        assert!(std::fs::metadata(site.path().join(&other)).unwrap().len() < 1000, "left as it was");
        // guong's own report, corrected by hand and saved (its properties kept, a part
        // changed): not overwritten without --force.
        let mut src = zip::ZipArchive::new(std::fs::File::open(site.path().join(&out)).unwrap()).unwrap();
        let edited = site.path().join(format!("sua-tay.{format}"));
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&edited).unwrap());
        for i in 0..src.len() {
            let mut part = src.by_index(i).unwrap();
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut part, &mut bytes).unwrap();
            if part.name().ends_with(".xml") && !part.name().starts_with("docProps/") && !part.name().contains("rels") {
                bytes = String::from_utf8(bytes).unwrap().replacen("><", "> <", 1).into_bytes();
            }
            zip.start_file(part.name().to_owned(), zip::write::SimpleFileOptions::default()).unwrap();
            std::io::Write::write_all(&mut zip, &bytes).unwrap();
        }
        zip.finish().unwrap();
        let name = format!("sua-tay.{format}");
        let r = site.guong(&["report", "--year", "2024", "--format", format, "--out", &name]);
        assert_eq!(r.code, 2, "{format}: a report edited by hand is not overwritten: {}", r.stderr);
        let r = site.guong(&["report", "--year", "2024", "--format", format, "--out", &name, "--force"]);
        assert_eq!(r.code, 0, "{format}: {}", r.stderr);
    }
}
