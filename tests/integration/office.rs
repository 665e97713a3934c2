//! The report as the office files it, read back by independent readers: the Word file
//! by a ZIP and XML reader (and by LibreOffice where installed), the Excel file by
//! calamine; every number checked against the JSON, every heading of Decree 30/2020's
//! form and of the plan's report present.

use crate::support::repo;
use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};

fn guong_to(args: &[&str], out: &Path) {
    let mut all: Vec<String> = args.iter().map(|s| (*s).to_owned()).collect();
    all.extend(["--out".to_owned(), out.display().to_string(), "--force".to_owned()]);
    let refs: Vec<&str> = all.iter().map(String::as_str).collect();
    let run = crate::support::guong_in(&repo(), &refs);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
}

fn json(args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    let run = crate::support::guong_in(&repo(), &all);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap()
}

/// A Word document as a reader sees it: its paragraphs' text (outside tables), and its
/// tables as rows of cells' text.
struct Word {
    xml: String,
    paragraphs: Vec<String>,
    tables: Vec<Vec<Vec<String>>>,
}

fn read_docx(path: &Path) -> Word {
    use quick_xml::events::Event;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).expect("a ZIP package");
    let mut xml = String::new();
    zip.by_name("word/document.xml").expect("word/document.xml").read_to_string(&mut xml).unwrap();
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut paragraphs, mut tables) = (Vec::new(), Vec::new());
    let (mut depth, mut text, mut in_t) = (0usize, String::new(), false);
    let mut row: Vec<String> = Vec::new();
    let mut table: Vec<Vec<String>> = Vec::new();
    let mut cell = String::new();
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) => match e.name().as_ref() {
                b"w:tbl" => {
                    depth += 1;
                    table.clear();
                }
                b"w:tr" => row.clear(),
                b"w:tc" => cell.clear(),
                b"w:p" => text.clear(),
                b"w:t" => in_t = true,
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                b"w:tbl" => {
                    depth -= 1;
                    tables.push(std::mem::take(&mut table));
                }
                b"w:tr" => table.push(std::mem::take(&mut row)),
                b"w:tc" => row.push(cell.trim().to_owned()),
                b"w:p" => {
                    if depth == 0 {
                        paragraphs.push(text.clone());
                    } else {
                        if !cell.is_empty() {
                            cell.push('\n');
                        }
                        cell.push_str(&text);
                    }
                }
                b"w:t" => in_t = false,
                _ => {}
            },
            Event::Text(t) if in_t => text.push_str(&t.decode().unwrap()),
            Event::GeneralRef(r) if in_t => {
                let name = r.decode().unwrap();
                text.push_str(match name.as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                });
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Word { xml, paragraphs, tables }
}

fn tmp(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join(name);
    (dir, p)
}

/// The 2024 district report: Word, Excel, CSV and HTML carry the JSON's numbers.
#[test]
fn the_district_report_in_every_format_carries_the_same_numbers() {
    let r = json(&["report", "--year", "2024"]);
    let d = &r["district"];
    let (_dir, docx) = tmp("bao-cao.docx");
    guong_to(&["report", "--year", "2024", "--format", "docx"], &docx);
    let w = read_docx(&docx);

    // Decree 30/2020's form: A4, margins, Times New Roman 14, the header and the motto.
    assert!(w.xml.contains(r#"w:w="11906""#) && w.xml.contains(r#"w:h="16838""#), "A4");
    assert!(w.xml.contains(r#"w:left="1701""#) && w.xml.contains(r#"w:right="851""#), "30 mm and 15 mm");
    assert!(w.xml.contains("Times New Roman") && w.xml.contains(r#"w:sz w:val="28""#));
    let header: Vec<&String> = w.tables[0].iter().flatten().collect();
    let header = header.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n");
    for want in [
        "UBND HUYỆN TRIỆU SƠN",
        "PHÒNG NỘI VỤ",
        "/BC-PNV",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Triệu Sơn, ngày",
    ] {
        assert!(header.contains(want), "the header lacks {want}: {header}");
    }
    let body = w.paragraphs.join("\n");
    for want in [
        "BÁO CÁO",
        "Kính gửi:",
        "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI",
        "II. KẾT QUẢ THỰC HIỆN",
        "III. ĐÁNH GIÁ CHUNG",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
        "V. KIẾN NGHỊ, ĐỀ XUẤT",
        "Phụ lục I",
        "Phụ lục II",
    ] {
        assert!(w.paragraphs.iter().any(|p| p.starts_with(want)), "no paragraph starts with {want}");
    }
    let flow = format!(
        "Các đơn vị đề xuất {} gương điển hình; {} gương đã được thẩm định; {} gương được chọn là điển hình tiêu biểu; {} trường hợp không được chọn.",
        d["proposed"], d["appraised"], d["selected"], d["declined"]
    );
    assert!(body.contains(&flow), "{flow}\n{body}");
    assert!(
        body.contains(&format!("Có {} gương điển hình được giới thiệu qua {} bài viết", d["publicised"], d["stories"]))
    );
    assert!(body.contains(&format!("Toàn huyện có {} gương điển hình tiêu biểu được chọn", d["total"])));
    for c in r["by_column"].as_array().unwrap().iter().filter(|c| c["count"].as_u64() > Some(0)) {
        let want = format!("{} {}", c["label"].as_str().unwrap(), c["count"]);
        assert!(body.contains(&want), "by column: {want}");
    }
    let loud = r["by_channel"].as_array().unwrap().iter().find(|c| c["id"] == "loudspeaker").unwrap();
    assert!(loud["count"].as_u64() >= Some(1), "the sample's stories read on the loudspeakers");
    assert!(body.contains(&format!("Loa truyền thanh cơ sở {}", loud["count"])), "{body}");
    let dir = &r["direction"];
    assert!(body.contains(&format!("Có {}/{} xã, thị trấn", dir["units_with_criteria"], dir["units_total"])));
    // The signature block.
    let sign = w.tables[1].iter().flatten().cloned().collect::<Vec<_>>().join("\n");
    assert!(sign.contains("Nơi nhận:") && sign.contains("TRƯỞNG PHÒNG"), "{sign}");

    // Annex I: one row per exemplar of the JSON's annex; annex II: one per unit.
    let annex = &w.tables[2];
    assert_eq!(annex.len() - 1, r["annex"].as_array().unwrap().len());
    let units = &w.tables[3];
    let json_units = r["units"].as_array().unwrap();
    assert_eq!(units.len() - 1, json_units.len());
    let mut by_order: Vec<&Value> = json_units.iter().collect();
    by_order.sort_by_key(|u| u["order"].as_u64());
    for (row, u) in units[1..].iter().zip(&by_order) {
        assert_eq!(row[1], u["code"].as_str().unwrap_or(""), "code of {}", u["id"]);
        for (i, key) in
            [(3, "count"), (4, "stories"), (7, "proposed"), (8, "appraised"), (9, "selected"), (10, "replicated")]
        {
            assert_eq!(row[i], u[key].to_string(), "{key} of {}", u["id"]);
        }
    }

    // Excel, read by calamine.
    use calamine::{Reader, open_workbook_auto};
    let (_d2, xlsx) = tmp("bao-cao.xlsx");
    guong_to(&["report", "--year", "2024", "--format", "xlsx"], &xlsx);
    let mut wb = open_workbook_auto(&xlsx).unwrap();
    let sheet = wb.worksheet_range("Đơn vị").unwrap();
    let rows: Vec<Vec<String>> = sheet.rows().map(|r| r.iter().map(|c| c.to_string()).collect()).collect();
    assert_eq!(rows.len() - 1, json_units.len());
    for row in &rows[1..] {
        let u = json_units.iter().find(|u| u["id"] == row[2]).unwrap();
        for (i, key) in [
            (4, "count"),
            (5, "stories"),
            (9, "proposed"),
            (10, "appraised"),
            (11, "selected"),
            (12, "replicated"),
            (13, "adopted"),
        ] {
            assert_eq!(row[i], u[key].to_string(), "{key} of {}", u["id"]);
        }
    }
    let summary = wb.worksheet_range("Tổng hợp").unwrap();
    let cells: Vec<Vec<String>> = summary.rows().map(|r| r.iter().map(|c| c.to_string()).collect()).collect();
    let value = |label: &str| cells.iter().find(|r| r[0] == label).map(|r| r[1].clone()).unwrap();
    assert_eq!(value("Được chọn tiêu biểu"), d["selected"].to_string());
    assert_eq!(value("Số bài đã đăng"), d["stories"].to_string());
    assert_eq!(wb.worksheet_range("Danh sách gương").unwrap().rows().count() - 1, r["annex"].as_array().unwrap().len());

    // The HTML: the workflow's numbers and the units' table.
    let run = crate::support::guong_in(&repo(), &["report", "--year", "2024"]);
    let doc = scraper::Html::parse_document(&run.stdout);
    let cell = scraper::Selector::parse("td[data-n]").unwrap();
    for td in doc.select(&cell) {
        let key = td.value().attr("data-n").unwrap();
        assert_eq!(td.text().collect::<String>(), d[key].to_string(), "{key}");
    }
    let channel = scraper::Selector::parse("tr[data-channel=\"loudspeaker\"] td.n").unwrap();
    assert_eq!(doc.select(&channel).next().unwrap().text().collect::<String>(), loud["count"].to_string());
    let annex_rows = scraper::Selector::parse("tr[data-annex]").unwrap();
    assert_eq!(doc.select(&annex_rows).count(), r["annex"].as_array().unwrap().len());
}

/// A new commune's own report: it starts on the commune's first day, names the units it
/// was made of, and is addressed as a commune's report is after the district ended.
#[test]
fn a_new_communes_report_starts_on_its_first_day() {
    let r = json(&["report", "--year", "2025", "--unit", "tho-phu-2025"]);
    assert_eq!(r["from"], "2025-07-01");
    assert_eq!(r["to"], "2025-12-31");
    assert_eq!(r["units"].as_array().unwrap().len(), 1);
    assert_eq!(r["units"][0]["id"], "tho-phu-2025");
    let pre: Vec<&str> = r["unit"]["predecessors"].as_array().unwrap().iter().map(|p| p.as_str().unwrap()).collect();
    assert!(pre.contains(&"xã Thọ Tân") && pre.contains(&"xã Xuân Lộc"), "{pre:?}");
    let (_dir, docx) = tmp("tho-phu.docx");
    guong_to(&["report", "--year", "2025", "--unit", "tho-phu-2025", "--format", "docx"], &docx);
    let w = read_docx(&docx);
    let header = w.tables[0].iter().flatten().cloned().collect::<Vec<_>>().join("\n");
    assert!(
        header.contains("ỦY BAN NHÂN DÂN") && header.contains("XÃ THỌ PHÚ") && header.contains("/BC-UBND"),
        "{header}"
    );
    let body = w.paragraphs.join("\n");
    assert!(body.contains("từ ngày 01/7/2025 đến ngày 31/12/2025"), "{body}");
    assert!(body.contains("Xã Thọ Phú được thành lập từ ngày 01/7/2025 trên cơ sở sắp xếp"), "{body}");
    assert!(body.contains("Kính gửi: Sở Nội vụ tỉnh Thanh Hóa."), "{body}");

    // The district's 2025 report stops with the district.
    let d = json(&["report", "--year", "2025"]);
    assert_eq!(d["district"]["until"], "2025-06-30");
    // An old unit's report ends with the unit.
    let old = json(&["report", "--year", "2025", "--unit", "tho-tan"]);
    assert_eq!((old["from"].as_str(), old["to"].as_str()), (Some("2025-01-01"), Some("2025-06-30")));
}

/// Any period: the plan's whole 2023-2025, counted once per exemplar across the years.
#[test]
fn a_period_of_several_years() {
    let r = json(&["report", "--from", "2023-01-01", "--to", "2025-12-31"]);
    // The district's report ends with the district (30/6/2025).
    assert_eq!(r["period_label"], "từ ngày 01/01/2023 đến ngày 30/6/2025");
    assert_eq!(r["district"]["judged"], false);
    let years: u64 = ["2023", "2024", "2025"]
        .iter()
        .map(|y| json(&["report", "--year", y])["district"]["selected"].as_u64().unwrap())
        .sum();
    assert_eq!(r["district"]["selected"].as_u64(), Some(years), "selections add up over the years");
    assert!(r["units"].as_array().unwrap().iter().all(|u| u["quota"].is_null()), "the quota is yearly");
    let bad = crate::support::guong_in(&repo(), &["report", "--from", "2025-02-01", "--to", "2025-01-01"]);
    assert_eq!(bad.code, 2);
    let bad = crate::support::guong_in(&repo(), &["report", "--unit", "tho-tann"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("có phải `tho-tan`?"), "{}", bad.stderr);
}

/// LibreOffice opens the Word and Excel files without repair and renders the Word file
/// to PDF (the closing note's rendering).
#[test]
#[cfg_attr(
    not(office_tests),
    ignore = "needs LibreOffice: run with GUONG_OFFICE_TESTS=1 after `apt-get install libreoffice-writer-nogui libreoffice-calc-nogui` (.ci/run does it)"
)]
fn libreoffice_opens_and_renders_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let docx = dir.path().join("bao-cao-2024.docx");
    let xlsx = dir.path().join("bao-cao-2024.xlsx");
    guong_to(&["report", "--year", "2024", "--format", "docx"], &docx);
    guong_to(&["report", "--year", "2024", "--format", "xlsx"], &xlsx);
    let convert = |file: &Path, to: &str| {
        let out = std::process::Command::new("soffice")
            .args(["--headless", "--norestore", &format!("-env:UserInstallation=file://{}/lo", dir.path().display())])
            .args(["--convert-to", to, "--outdir"])
            .arg(dir.path())
            .arg(file)
            .output()
            .expect("LibreOffice (soffice) is installed");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    };
    convert(&docx, "pdf");
    let pdf = std::fs::read(dir.path().join("bao-cao-2024.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF"), "a PDF");
    convert(&docx, "txt:Text (encoded):UTF8");
    let text = std::fs::read_to_string(dir.path().join("bao-cao-2024.txt")).unwrap();
    for want in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "II. KẾT QUẢ THỰC HIỆN", "V. KIẾN NGHỊ, ĐỀ XUẤT", "Phụ lục II"]
    {
        assert!(text.contains(want), "LibreOffice reads no {want}");
    }
    convert(&xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2");
    let sheet = std::fs::read_to_string(dir.path().join("bao-cao-2024-Đơn vị.csv")).unwrap();
    let r = json(&["report", "--year", "2024"]);
    assert_eq!(sheet.lines().count() - 1, r["units"].as_array().unwrap().len(), "{sheet}");
}
