//! Issue 32, item 1: the report in the form of Decree 30/2020, for agencies too. Each
//! test reads the outputs with independent readers (serde_json, the csv crate, a ZIP and
//! XML reader for Word, calamine for Excel, scraper for HTML) and checks them against
//! the sample's files read here with serde_yaml.

use crate::support::{guong_in, sample_site};
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

fn json(root: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["report", "--format", "json"];
    all.extend_from_slice(args);
    let r = guong_in(root, &all);
    assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    serde_json::from_str(&r.stdout).unwrap()
}

/// `guong report ARGS --out FILE`: the file's path.
fn report_file(root: &Path, args: &[&str], name: &str) -> PathBuf {
    let out = root.join(name);
    let mut all = vec!["report"];
    all.extend_from_slice(args);
    let path = out.display().to_string();
    all.extend(["--out", &path, "--force"]);
    let r = guong_in(root, &all);
    assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    out
}

fn yaml(path: &Path) -> serde_yaml::Value {
    serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The exemplars of the sample, by id.
fn exemplars(root: &Path) -> BTreeMap<String, serde_yaml::Value> {
    std::fs::read_dir(root.join("content/exemplars"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), yaml(&p)))
        .collect()
}

fn date(v: &serde_yaml::Value) -> Option<NaiveDate> {
    v.as_str().and_then(|s| s.parse().ok())
}

/// One part of a ZIP package, as text.
fn part(path: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(name).unwrap_or_else(|e| panic!("{name}: {e}")).read_to_string(&mut text).unwrap();
    text
}

/// A section of a Word document as its `w:sectPr` says, and where it ends: after
/// `after` paragraphs of the body (tables' included).
#[derive(Debug, Default)]
struct Sect {
    after: usize,
    w: u32,
    h: u32,
    orient: Option<String>,
    title_pg: bool,
    start: Option<u32>,
    /// headerReference type → relationship id.
    headers: BTreeMap<String, String>,
}

struct Word {
    paragraphs: Vec<String>,
    sections: Vec<Sect>,
}

fn attr(e: &quick_xml::events::BytesStart, name: &[u8]) -> Option<String> {
    e.attributes()
        .filter_map(Result::ok)
        .find(|a| a.key.as_ref() == name)
        .map(|a| String::from_utf8(a.value.into_owned()).unwrap())
}

fn read_word(path: &Path) -> Word {
    use quick_xml::events::Event;
    let xml = part(path, "word/document.xml");
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut paragraphs, mut sections) = (Vec::new(), Vec::new());
    let (mut text, mut in_t, mut sect): (String, bool, Option<Sect>) = (String::new(), false, None);
    loop {
        let ev = reader.read_event().unwrap();
        match &ev {
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(ev, Event::Empty(_));
                match e.name().as_ref() {
                    b"w:p" if !empty => text.clear(),
                    b"w:t" if !empty => in_t = true,
                    b"w:sectPr" => sect = Some(Sect { after: paragraphs.len(), ..Sect::default() }),
                    b"w:pgSz" => {
                        let s = sect.as_mut().unwrap();
                        s.w = attr(e, b"w:w").unwrap().parse().unwrap();
                        s.h = attr(e, b"w:h").unwrap().parse().unwrap();
                        s.orient = attr(e, b"w:orient");
                    }
                    b"w:titlePg" => sect.as_mut().unwrap().title_pg = attr(e, b"w:val").is_none_or(|v| v != "0"),
                    b"w:pgNumType" => sect.as_mut().unwrap().start = attr(e, b"w:start").map(|s| s.parse().unwrap()),
                    b"w:headerReference" => {
                        let (kind, id) = (attr(e, b"w:type").unwrap(), attr(e, b"r:id").unwrap());
                        sect.as_mut().unwrap().headers.insert(kind, id);
                    }
                    _ => {}
                }
            }
            Event::End(e) => match e.name().as_ref() {
                b"w:p" => paragraphs.push(std::mem::take(&mut text)),
                b"w:t" => in_t = false,
                b"w:sectPr" => sections.push(sect.take().unwrap()),
                _ => {}
            },
            Event::Text(t) if in_t => text.push_str(&t.decode().unwrap()),
            Event::Eof => break,
            _ => {}
        }
    }
    // An empty `<w:sectPr/>` would have no end: none is written.
    assert!(sect.is_none());
    Word { paragraphs, sections }
}

/// The text of a header part's field instructions (`w:instrText`, `w:fldSimple`).
fn fields(xml: &str) -> Vec<String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let (mut out, mut inside) = (Vec::new(), false);
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) if e.name().as_ref() == b"w:instrText" => inside = true,
            Event::End(e) if e.name().as_ref() == b"w:instrText" => inside = false,
            Event::Text(t) if inside => out.push(t.decode().unwrap().trim().to_owned()),
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"w:fldSimple" => {
                out.push(attr(&e, b"w:instr").unwrap().trim().to_owned());
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// The document's relationships: id → part name under `word/`.
fn relationships(path: &Path) -> BTreeMap<String, String> {
    let xml = part(path, "word/_rels/document.xml.rels");
    let doc = quick_xml::Reader::from_str(&xml);
    let mut reader = doc;
    let mut out = BTreeMap::new();
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Empty(e) | quick_xml::events::Event::Start(e)
                if e.name().as_ref() == b"Relationship" =>
            {
                out.insert(attr(&e, b"Id").unwrap(), attr(&e, b"Target").unwrap());
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// The paragraph that starts with `start`, and its index.
fn find(w: &Word, start: &str) -> (usize, String) {
    let i = w.paragraphs.iter().position(|p| p.starts_with(start)).unwrap_or_else(|| panic!("no {start}"));
    (i, w.paragraphs[i].clone())
}

#[test]
fn an_agency_has_its_own_report_in_every_format() {
    // `--unit hoi-nong-dan-huyen` exited 2: only communes.yaml's units had a report.
    let site = sample_site();
    let root = site.path();
    let agency = "hoi-nong-dan-huyen";
    let all = exemplars(root);
    let proposed_by = |id: &str| all.get(id).is_some_and(|e| e["proposed"]["by"].as_str() == Some(agency));
    for year in [2023, 2024] {
        let r = json(root, &["--unit", agency, "--year", &year.to_string()]);
        assert_eq!(r["agency"]["id"], agency);
        assert_eq!(r["agency"]["name"], "Hội Nông dân huyện Triệu Sơn");
        assert!(r["unit"].is_null());
        // Its proposals of the year, counted here from the exemplars' files.
        let mine = all
            .values()
            .filter(|e| e["proposed"]["by"].as_str() == Some(agency))
            .filter(|e| date(&e["proposed"]["date"]).is_some_and(|d| d.year() == year))
            .count();
        assert_eq!(r["district"]["proposed"].as_u64(), Some(mine as u64), "{year}");
        // The annex holds its exemplars (or stories it wrote), never another body's.
        let annex = r["annex"].as_array().unwrap();
        assert!(!annex.is_empty(), "{year}: the sample's association proposed practices publicised that year");
        for a in annex {
            let id = a["id"].as_str().unwrap();
            assert!(id.starts_with("bai-viet/") || proposed_by(id), "{year}: {id} is not the association's");
        }
        // No quota is the association's: nothing judged, nothing short.
        assert_eq!(r["district"]["judged"], false);
        assert!(r["short_units"].as_array().unwrap().is_empty());
        assert!(r["units"].as_array().unwrap().iter().all(|u| u["quota"].is_null()));
        // The units listed are those of its exemplars.
        for u in r["units"].as_array().unwrap() {
            let n = |k: &str| u[k].as_u64().unwrap();
            assert!(["count", "proposed", "appraised", "selected", "replicated"].iter().any(|k| n(k) > 0), "{u}");
        }
    }
    // An office that wrote stories: what they are about is listed, as it is counted.
    let r = json(root, &["--unit", "phong-van-hoa-thong-tin", "--year", "2024"]);
    let written = std::fs::read_dir(root.join("content/stories/2024"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .filter(|t| {
            t.contains("\nauthor: \"Phòng Văn hóa và Thông tin huyện\"")
                || t.contains("\nauthor: phong-van-hoa-thong-tin")
        })
        .count();
    assert!(written > 0 && r["district"]["stories"].as_u64() > Some(0), "{}", r["district"]);
    assert!(r["district"]["stories"].as_u64() <= Some(written as u64), "only its stories: {written}");
    assert!(r["annex"].as_array().unwrap().len() as u64 >= r["district"]["publicised"].as_u64().unwrap());
    // The other formats: its name in the header, the council as the addressee.
    let docx = report_file(root, &["--unit", agency, "--year", "2024", "--format", "docx"], "hnd.docx");
    let w = read_word(&docx);
    let all_text = w.paragraphs.join("\n");
    assert!(all_text.contains("HỘI NÔNG DÂN HUYỆN TRIỆU SƠN"), "{all_text}");
    assert!(all_text.contains("/BC-HND"), "{all_text}");
    assert!(
        all_text.contains("Kính gửi: Hội đồng Thi đua - Khen thưởng huyện Triệu Sơn (qua Phòng Nội vụ)."),
        "{all_text}"
    );
    assert!(!all_text.contains("Các đơn vị đề xuất"), "{all_text}");
    assert!(all_text.contains("Hội Nông dân huyện Triệu Sơn đề xuất"), "{all_text}");
    let html = guong_in(root, &["report", "--unit", agency, "--year", "2024"]);
    assert_eq!(html.code, 0, "{}", html.stderr);
    let doc = scraper::Html::parse_document(&html.stdout);
    let title: String = doc.select(&scraper::Selector::parse("title").unwrap()).next().unwrap().text().collect();
    assert!(title.contains("Hội Nông dân huyện Triệu Sơn"), "{title}");
    let shown: String = doc.root_element().text().collect();
    assert!(!shown.contains("Không có đơn vị nào chưa đạt chỉ tiêu"), "no unit is judged in an agency's report");
    let r = json(root, &["--unit", agency, "--year", "2024"]);
    let csv_path = report_file(root, &["--unit", agency, "--year", "2024", "--format", "csv"], "hnd.csv");
    let mut csv = csv::Reader::from_path(&csv_path).unwrap();
    assert_eq!(csv.records().count(), r["units"].as_array().unwrap().len());
    let xlsx = report_file(root, &["--unit", agency, "--year", "2024", "--format", "xlsx"], "hnd.xlsx");
    use calamine::{Reader, open_workbook_auto};
    let mut wb = open_workbook_auto(&xlsx).unwrap();
    let summary = wb.worksheet_range("Tổng hợp").unwrap();
    let labels: Vec<String> = summary.rows().map(|r| r[0].to_string()).collect();
    assert!(labels.iter().all(|l| !l.starts_with("Chỉ tiêu")), "no quota is the association's: {labels:?}");
    let list = wb.worksheet_range("Danh sách gương").unwrap();
    assert_eq!(list.rows().count() - 1, r["annex"].as_array().unwrap().len());

    // An unknown id is still a misuse, with the nearest of units and agencies.
    let bad = guong_in(root, &["report", "--unit", "hoi-nong-dan-huyenn"]);
    assert_eq!(bad.code, 2, "{}", bad.stdout);
    assert!(bad.stderr.contains("có phải `hoi-nong-dan-huyen`?"), "{}", bad.stderr);
    let bad = guong_in(root, &["report", "--unit", "tho-tann"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("có phải `tho-tan`?"), "{}", bad.stderr);
    // A year the association did not exist in is refused, as a unit's is.
    let bad = guong_in(root, &["report", "--unit", agency, "--from", "2025-07-01", "--to", "2025-12-31"]);
    assert_eq!(bad.code, 2, "{}", bad.stdout);
}

#[test]
fn the_word_report_has_page_numbers_a_landscape_annex_and_annex_headings() {
    let site = sample_site();
    let root = site.path();
    let docx = report_file(root, &["--year", "2024", "--format", "docx"], "bao-cao.docx");
    let w = read_word(&docx);
    // Three sections: the report, Annex I (landscape), Annex II.
    assert_eq!(w.sections.len(), 3, "{:?}", w.sections);
    let (report, annex1, annex2) = (&w.sections[0], &w.sections[1], &w.sections[2]);
    assert!(report.w < report.h && annex2.w < annex2.h, "portrait: {report:?} {annex2:?}");
    assert_eq!(annex1.orient.as_deref(), Some("landscape"));
    assert_eq!((annex1.w, annex1.h), (report.h, report.w), "the A4 sizes swapped");
    let (i1, _) = find(&w, "Phụ lục I");
    let (i2, _) = find(&w, "Phụ lục II");
    assert!(report.after <= i1 && i1 < annex1.after && annex1.after <= i2, "{i1} {i2} {:?}", w.sections);
    // Page numbers: a PAGE field in each section's header, none on the first page; the
    // annexes numbered from 1.
    let rels = relationships(&docx);
    for s in &w.sections {
        let id = s.headers.get("default").unwrap_or_else(|| panic!("no header: {s:?}"));
        let xml = part(&docx, &format!("word/{}", rels[id]));
        assert!(fields(&xml).iter().any(|f| f == "PAGE"), "{xml}");
    }
    assert!(report.title_pg, "the first page shows no number");
    if let Some(first) = report.headers.get("first") {
        assert!(!fields(&part(&docx, &format!("word/{}", rels[first]))).iter().any(|f| f == "PAGE"));
    }
    assert_eq!((annex1.start, annex2.start), (Some(1), Some(1)));
    // Each annex names the report it goes with, its number and date left to fill.
    for start in ["Phụ lục I", "Phụ lục II"] {
        let (i, _) = find(&w, start);
        let with = &w.paragraphs[i + 2];
        assert!(with.starts_with("(Kèm theo Báo cáo số") && with.contains("/BC-PNV ngày"), "{with}");
        assert!(with.contains("tháng") && with.ends_with("của Phòng Nội vụ huyện Triệu Sơn)"), "{with}");
    }
    // The district's report speaks of the units; it goes to the province.
    let text = w.paragraphs.join("\n");
    assert!(text.contains("Các đơn vị đề xuất"));
    assert!(text.contains("Kính gửi: Ban Thi đua - Khen thưởng tỉnh Thanh Hóa."), "{text}");
}

#[test]
fn a_communes_report_goes_through_the_home_affairs_office_and_speaks_of_itself() {
    // The plan (VI.4): communes report "về Hội đồng Thi đua - Khen thưởng huyện (qua
    // phòng Nội vụ)"; the commune's report said "Các đơn vị đề xuất" of its own numbers.
    let site = sample_site();
    let root = site.path();
    let docx = report_file(root, &["--unit", "tho-tan", "--year", "2024", "--format", "docx"], "tho-tan.docx");
    let w = read_word(&docx);
    let text = w.paragraphs.join("\n");
    assert!(text.contains("Kính gửi: Hội đồng Thi đua - Khen thưởng huyện Triệu Sơn (qua Phòng Nội vụ)."), "{text}");
    assert!(!text.contains("Các đơn vị đề xuất"), "{text}");
    let r = json(root, &["--unit", "tho-tan", "--year", "2024"]);
    let d = &r["district"];
    let own = format!(
        "Trong năm 2024, {} gương điển hình của xã Thọ Tân được đề xuất; {} gương đã được thẩm định;",
        d["proposed"], d["appraised"]
    );
    assert!(text.contains(&own), "{own}\n{text}");
    let (i, _) = find(&w, "Phụ lục I");
    let with = &w.paragraphs[i + 2];
    assert!(with.contains("/BC-UBND ngày") && with.ends_with("của Ủy ban nhân dân xã Thọ Tân)"), "{with}");
    // After the district, a new commune reports to the province.
    let docx = report_file(root, &["--unit", "tho-phu-2025", "--year", "2025", "--format", "docx"], "tho-phu.docx");
    let text = read_word(&docx).paragraphs.join("\n");
    assert!(text.contains("Kính gửi: Sở Nội vụ tỉnh Thanh Hóa."), "{text}");
    assert!(!text.contains("Các đơn vị đề xuất"), "{text}");
}

/// Units of `communes.yaml` that share their type and name with another, read here.
fn twins(root: &Path) -> Vec<(String, String)> {
    let v = yaml(&root.join("content/communes.yaml"));
    let units: Vec<(String, String)> = v["communes"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|u| {
            let kind = u["type"].as_str().unwrap();
            (u["id"].as_str().unwrap().to_owned(), format!("{kind} {}", u["name"].as_str().unwrap()))
        })
        .collect();
    units.iter().filter(|(id, n)| units.iter().any(|(i, m)| i != id && m == n)).cloned().collect()
}

#[test]
fn a_report_names_units_as_they_were_in_its_period() {
    // The 2024 report said "xã Thọ Phú (đến 30/6/2025)": in 2024 there was one Thọ Phú.
    let site = sample_site();
    let root = site.path();
    let twins = twins(root);
    assert!(twins.len() >= 2, "the sample has units that share a name");
    for year in ["2023", "2024"] {
        let r = json(root, &["--year", year]);
        let text = r.to_string();
        assert!(!text.contains("(đến 30/6/2025)"), "{year}");
        let listed: Vec<&serde_json::Value> = r["units"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|u| twins.iter().any(|(id, _)| u["id"] == id.as_str()))
            .collect();
        assert!(!listed.is_empty());
        for u in listed {
            let name = u["full_name"].as_str().unwrap();
            assert!(name.ends_with(u["name"].as_str().unwrap()) && !name.contains('('), "{year}: {name}");
        }
        for format in ["html", "csv"] {
            let out = guong_in(root, &["report", "--year", year, "--format", format]);
            assert!(!out.stdout.contains("(đến 30/6/2025)"), "{year} {format}");
        }
        let docx = report_file(root, &["--year", year, "--format", "docx"], "r.docx");
        assert!(!read_word(&docx).paragraphs.join("\n").contains("(đến 30/6/2025)"), "{year} docx");
    }
    // The district's last half-year still tells the new commune from the old one it
    // will be merged into.
    let r = json(root, &["--year", "2025"]);
    let tho_tan = r["units"].as_array().unwrap().iter().find(|u| u["id"] == "tho-tan").unwrap();
    assert_eq!(tho_tan["merged_into_name"], "xã Thọ Phú (từ 01/7/2025)");
    let tho_phu = r["units"].as_array().unwrap().iter().find(|u| u["id"] == "tho-phu").unwrap();
    assert_eq!(tho_phu["full_name"], "xã Thọ Phú");
}

#[test]
fn the_csv_holds_statistics_codes_and_field_names() {
    // The code column held guong's ids ("tho-tan") and the field column field ids.
    let site = sample_site();
    let root = site.path();
    let v = yaml(&root.join("content/communes.yaml"));
    let codes: BTreeMap<String, Vec<String>> = v["communes"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|u| {
            let codes = u["codes"].as_sequence().into_iter().flatten();
            (u["id"].as_str().unwrap().to_owned(), codes.map(|c| c["code"].as_str().unwrap().to_owned()).collect())
        })
        .collect();
    let criteria = yaml(&root.join("content/criteria.yaml"));
    let fields: Vec<(String, String)> = criteria["fields"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|f| (f["id"].as_str().unwrap().to_owned(), f["name"].as_str().unwrap().to_owned()))
        .collect();
    let path = report_file(root, &["--year", "2024", "--format", "csv"], "r.csv");
    let bytes = std::fs::read(&path).unwrap();
    let mut csv = csv::Reader::from_reader(&bytes[3..]);
    let head: Vec<String> = csv.headers().unwrap().iter().map(str::to_owned).collect();
    let col = |name: &str| head.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}"));
    let (code, field, id) = (col("Mã đơn vị"), col("Lĩnh vực"), col("Mã định danh"));
    let mut named = 0;
    for row in csv.records() {
        let row = row.unwrap();
        let known = &codes[&row[id]];
        assert!(known.contains(&row[code].to_owned()), "{}: {} not in {known:?}", &row[id], &row[code]);
        assert!(row[code].len() == 5 && row[code].chars().all(|c| c.is_ascii_digit()), "{}", &row[code]);
        for part in row[field].split("; ").filter(|p| !p.is_empty()) {
            let (name, n) = part.rsplit_once(": ").unwrap();
            assert!(fields.iter().any(|(_, f)| f == name), "{part}: not a field's name");
            assert!(fields.iter().all(|(i, _)| i != name), "{part}: a field's id");
            assert!(n.parse::<usize>().unwrap() > 0);
            named += 1;
        }
    }
    assert!(named > 0, "some unit has exemplars in 2024");
}

#[test]
fn csv_cells_are_not_formulas() {
    // The field column now holds names, which the configuration writes: a name a
    // spreadsheet would run ("=SUM(…)") stays text.
    let site = sample_site();
    let root = site.path();
    let path = root.join("content/criteria.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("name: \"Nông nghiệp\""));
    std::fs::write(&path, text.replacen("name: \"Nông nghiệp\"", "name: \"=SUM(1+1)\"", 1)).unwrap();
    let out = guong_in(root, &["report", "--year", "2024", "--format", "csv"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let mut csv = csv::Reader::from_reader(out.stdout.trim_start_matches('\u{feff}').as_bytes());
    let cells: Vec<String> =
        csv.records().flat_map(|r| r.unwrap().iter().map(str::to_owned).collect::<Vec<_>>()).collect();
    assert!(cells.iter().any(|c| c.starts_with("'=SUM(1+1): ")), "{cells:?}");
    assert!(cells.iter().all(|c| !c.starts_with(['=', '+', '@'])), "{cells:?}");
}

/// LibreOffice opens the agency's and the commune's Word reports and lays Annex I on
/// landscape pages (the PDF's pages wider than high).
#[test]
#[cfg_attr(
    not(office_tests),
    ignore = "needs LibreOffice: run with GUONG_OFFICE_TESTS=1 after `apt-get install libreoffice-writer-nogui` (.ci/run does it)"
)]
fn libreoffice_opens_the_new_forms() {
    let site = sample_site();
    let root = site.path();
    for (args, name) in [
        (vec!["--unit", "hoi-nong-dan-huyen", "--year", "2024", "--format", "docx"], "hnd.docx"),
        (vec!["--unit", "tho-tan", "--year", "2024", "--format", "docx"], "tho-tan.docx"),
        (vec!["--year", "2024", "--format", "docx"], "huyen.docx"),
    ] {
        let docx = report_file(root, &args, name);
        let out = std::process::Command::new("soffice")
            .args(["--headless", "--norestore", &format!("-env:UserInstallation=file://{}/lo", root.display())])
            .args(["--convert-to", "pdf", "--outdir"])
            .arg(root)
            .arg(&docx)
            .output()
            .expect("LibreOffice (soffice) is installed");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let pdf = std::fs::read(docx.with_extension("pdf")).unwrap();
        assert!(pdf.starts_with(b"%PDF"), "{name}");
        // Page sizes, as the PDF's MediaBox entries write them (points).
        let text = String::from_utf8_lossy(&pdf);
        let boxes: Vec<(f64, f64)> = text
            .match_indices("/MediaBox")
            .filter_map(|(i, _)| {
                let rest = &text[i..];
                let inside = &rest[rest.find('[')? + 1..rest.find(']')?];
                let n: Vec<f64> = inside.split_whitespace().filter_map(|x| x.parse().ok()).collect();
                (n.len() == 4).then(|| (n[2] - n[0], n[3] - n[1]))
            })
            .collect();
        assert!(boxes.iter().any(|(w, h)| w > h), "{name}: a landscape page: {boxes:?}");
        assert!(boxes.iter().any(|(w, h)| w < h), "{name}: portrait pages: {boxes:?}");
    }
}

/// The date line and the annex headings are dated in a year the issuer existed: a report
/// made today by the district's office (ended 30/6/2025) is dated 2025, not this year;
/// a commune that exists today dates it this year.
#[test]
fn a_report_is_dated_in_a_year_its_issuer_existed() {
    let site = sample_site();
    let root = site.path();
    let this_year = json(root, &["--year", "2024"])["as_of"].as_str().unwrap()[..4].to_owned();
    assert!(this_year.as_str() > "2025", "the test runs after the district ended ({this_year})");
    let district = read_word(&report_file(root, &["--year", "2024", "--format", "docx"], "d.docx"));
    let dated: Vec<&String> = district.paragraphs.iter().filter(|p| p.contains("ngày      tháng      năm")).collect();
    assert!(dated.len() >= 3, "the date line and two annex headings: {dated:?}");
    assert!(dated.iter().all(|p| p.contains("năm 2025") && !p.contains(&format!("năm {this_year}"))), "{dated:?}");
    let commune =
        read_word(&report_file(root, &["--unit", "tho-phu-2025", "--year", "2025", "--format", "docx"], "c.docx"));
    let line = commune.paragraphs.iter().find(|p| p.starts_with("Thọ Phú, ngày")).expect("the commune's date line");
    assert!(line.ends_with(&format!("năm {this_year}")), "{line}");
}

/// Hostile input: a statistics code and a unit name from `communes.yaml` that a
/// spreadsheet would run as formulas reach the CSV as text (after an apostrophe), and
/// the CSV still parses to one cell each.
#[test]
fn formula_like_codes_and_names_reach_the_csv_as_text() {
    let site = crate::support::Site::new("site");
    let yaml = site.read("content/communes.yaml");
    let hostile = yaml.replace(
        r#"{ id: tho-tan, name: "Thọ Tân", type: xa, codes: [{ code: "15748" }]"#,
        r#"{ id: tho-tan, name: "=HYPERLINK(\"http://x.example\",\"a\")", type: xa, codes: [{ code: "=1+1" }]"#,
    );
    assert_ne!(hostile, yaml, "the fixture's Thọ Tân line");
    site.write("content/communes.yaml", &hostile);
    let run = guong_in(site.path(), &["report", "--year", "2024", "--format", "csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let body = run.stdout.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new().from_reader(body.as_bytes());
    let row =
        reader.records().map(Result::unwrap).find(|r| r.iter().next_back() == Some("tho-tan")).expect("Thọ Tân's row");
    assert_eq!(&row[1], "'=1+1");
    // The name is written "xã =HYPERLINK(…)": text, whatever it holds.
    assert!(row[2].contains("=HYPERLINK") && !row[2].starts_with('='), "{:?}", &row[2]);
    assert!(row.iter().all(|c| !c.starts_with(['=', '+', '@'])), "{row:?}");
}
