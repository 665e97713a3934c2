//! Issue 29: the Word forms (`guong forms`) and the import (`guong import`). The forms
//! are read back with independent readers (the zip crate and quick-xml here, python-docx
//! and LibreOffice where GUONG_OFFICE_TESTS is set), filled the way Word fills content
//! controls, imported, checked and built.

use crate::support::{guong_in, sample_site, snapshot};
use quick_xml::Reader;
use quick_xml::events::Event;
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

const MARK_OPEN: char = '\u{27e6}';
const MARK_CLOSE: char = '\u{27e7}';

fn parts(path: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut out = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut b = Vec::new();
        f.read_to_end(&mut b).unwrap();
        out.insert(f.name().to_owned(), b);
    }
    out
}

fn write_zip(path: &Path, parts: &BTreeMap<String, Vec<u8>>) {
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let o = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    // [Content_Types].xml first, as Word writes it.
    let mut names: Vec<&String> = parts.keys().collect();
    names.sort_by_key(|n| (n.as_str() != "[Content_Types].xml", n.as_str()));
    for n in names {
        z.start_file(n.as_str(), o).unwrap();
        z.write_all(&parts[n]).unwrap();
    }
    z.finish().unwrap();
}

/// The content controls of a document: tag → (alias, drop-down values).
fn controls(xml: &str) -> BTreeMap<String, Vec<String>> {
    let mut r = Reader::from_str(xml);
    let mut out = BTreeMap::new();
    let mut tag: Option<String> = None;
    let mut items: Vec<String> = Vec::new();
    loop {
        match r.read_event().unwrap() {
            Event::Empty(e) if e.name().as_ref() == b"w:tag" => {
                tag = e.try_get_attribute("w:val").unwrap().map(|a| String::from_utf8(a.value.to_vec()).unwrap());
            }
            Event::Empty(e) if e.name().as_ref() == b"w:listItem" => {
                items.push(String::from_utf8(e.try_get_attribute("w:value").unwrap().unwrap().value.to_vec()).unwrap());
            }
            Event::End(e) if e.name().as_ref() == b"w:sdtPr" => {
                if let Some(t) = tag.take() {
                    out.insert(t, std::mem::take(&mut items));
                }
                items.clear();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

fn forms(root: &Path, out: &Path, extra: &[&str]) {
    let o = out.display().to_string();
    let mut args = vec!["forms", "--out", &o, "--date", "2024-05-01"];
    args.extend_from_slice(extra);
    let r = guong_in(root, &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// A PNG photo of 800 × 600.
fn png() -> Vec<u8> {
    let img = image::RgbImage::from_fn(800, 600, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 90]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

const DRAWING: &str = r#"<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="1800000" cy="1350000"/><wp:docPr id="100" name="Ảnh 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="100" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdPhoto1"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1800000" cy="1350000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"#;

/// Fills a form as Word does: each control's placeholder replaced by the text (a
/// drop-down's shown text, a date as dd/mm/yyyy), `showingPlcHdr` removed; a photo
/// pasted into `photo.1`.
fn fill(form: &Path, to: &Path, values: &[(&str, &str)], photo: bool) {
    let mut p = parts(form);
    let mut xml = String::from_utf8(p["word/document.xml"].clone()).unwrap();
    let mut all: Vec<(String, String)> = values.iter().map(|(k, v)| ((*k).to_owned(), esc(v))).collect();
    if photo {
        all.push(("photo.1".into(), DRAWING.to_owned()));
    }
    for (tag, value) in all {
        let marker = format!("{MARK_OPEN}{tag}{MARK_CLOSE}");
        let at = xml.find(&marker).unwrap_or_else(|| panic!("no control {tag}"));
        let s = at + xml[at..].find("<w:sdtContent>").unwrap() + "<w:sdtContent>".len();
        let e = s + xml[s..].find("</w:sdtContent>").unwrap();
        let block = xml[s..e].starts_with("<w:p>");
        let runs = if tag.starts_with("photo.") && !tag.ends_with("alt") && !tag.ends_with("caption") {
            value
        } else {
            value
                .split("\n\n")
                .map(|para| format!("<w:r><w:t xml:space=\"preserve\">{para}</w:t></w:r>"))
                .collect::<Vec<_>>()
                .join(if block { "</w:p><w:p>" } else { "" })
        };
        let content = if block { format!("<w:p>{runs}</w:p>") } else { runs };
        xml.replace_range(s..e, &content);
        let pr = xml[at..s].replace("<w:showingPlcHdr/>", "");
        xml.replace_range(at..s, &pr);
    }
    p.insert("word/document.xml".into(), xml.into_bytes());
    if photo {
        let rels = String::from_utf8(p["word/_rels/document.xml.rels"].clone()).unwrap().replace(
            "</Relationships>",
            r#"<Relationship Id="rIdPhoto1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>"#,
        );
        p.insert("word/_rels/document.xml.rels".into(), rels.into_bytes());
        p.insert("word/media/image1.png".into(), png());
    }
    write_zip(to, &p);
}

/// LibreOffice re-saves a file as an officer's office suite would.
fn libreoffice_resave(file: &Path, dir: &Path) -> PathBuf {
    let out_dir = dir.join("lo-out");
    let out = std::process::Command::new("soffice")
        .args(["--headless", "--norestore", &format!("-env:UserInstallation=file://{}/lo", dir.display())])
        .args(["--convert-to", "docx:MS Word 2007 XML", "--outdir"])
        .arg(&out_dir)
        .arg(file)
        .output()
        .expect("LibreOffice (soffice) is installed");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out_dir.join(file.file_name().unwrap())
}

const STORY_TITLE: &str = "Chị Nguyễn Thị Lan và vườn rau sạch ở Thọ Tân";

fn story_values() -> Vec<(&'static str, &'static str)> {
    vec![
        ("title", STORY_TITLE),
        ("kind", "Gương điển hình"),
        ("date", "15/05/2024"),
        ("commune", "Xã Thọ Tân"),
        ("field", "Nông nghiệp"),
        ("exemplar", "Chưa có hồ sơ gương điển hình"),
        ("subject.type", "Cá nhân"),
        ("subject.name", "Nguyễn Thị Lan"),
        ("subject.consent", "Đã có phiếu đồng ý (Nghị định 13/2023/NĐ-CP)"),
        ("author", "Công chức Văn hóa - Xã hội xã Thọ Tân"),
        ("criteria.chap-hanh", "Gia đình chấp hành tốt quy định của địa phương, đóng góp đầy đủ các khoản."),
        ("criteria.hoan-thanh-xuat-sac", "Năm 2023 vườn rau cho thu nhập 180 triệu đồng, theo xác nhận của UBND xã."),
        ("criteria.sang-tao", "Làm nhà lưới 1.200 m² và tưới nhỏ giọt tự động, giảm 40% lượng nước."),
        ("criteria.tuong-than-tuong-ai", "Hướng dẫn miễn phí 15 hộ trong thôn trồng rau theo cách của mình."),
        ("criteria.nong-thon-moi-kieu-mau", "Góp 120 ngày công làm đường nội đồng của thôn năm 2023."),
        ("field_evidence", "Sản xuất rau theo quy trình VietGAP, không dùng thuốc trừ sâu hóa học."),
        (
            "summary",
            "Từ 1.200 m² nhà lưới, chị Nguyễn Thị Lan trồng rau sạch theo VietGAP và hướng dẫn 15 hộ cùng làm.",
        ),
        (
            "body",
            "Sáng nào chị Lan cũng ra vườn từ sớm để kiểm tra hệ thống tưới.\n\nNăm 2021 chị vay vốn làm nhà lưới đầu tiên; đến nay vườn rộng 1.200 m².",
        ),
        ("photo.1.caption", "Vườn rau trong nhà lưới"),
        ("photo.1.alt", "Chị Lan đứng giữa hai luống rau cải trong nhà lưới"),
    ]
}

fn story_rel() -> &'static str {
    "content/stories/2024/chi-nguyen-thi-lan-va-vuon-rau-sach-o-tho-tan.md"
}

/// The front matter of a story file, read with serde_yaml.
fn front(path: &Path) -> serde_yaml::Value {
    let text = std::fs::read_to_string(path).unwrap();
    let fm = text.strip_prefix("---\n").unwrap().split("\n---\n").next().unwrap();
    serde_yaml::from_str(fm).unwrap()
}

#[test]
fn the_forms_carry_tagged_controls_filled_from_the_configuration() {
    let site = sample_site();
    let out = site.path().join("forms");
    forms(site.path(), &out, &[]);
    let story = parts(&out.join("bai-viet.docx"));
    for name in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"] {
        assert!(story.contains_key(name), "{name}");
    }
    let c = controls(std::str::from_utf8(&story["word/document.xml"]).unwrap());
    for tag in ["title", "kind", "date", "commune", "field", "exemplar", "summary", "body", "photo.1", "photo.1.alt"] {
        assert!(c.contains_key(tag), "no control `{tag}`");
    }
    // The units valid on 1/5/2024: the 34 units and the district; not the 2025 communes.
    assert_eq!(c["commune"].len(), 35, "{:?}", c["commune"]);
    assert!(c["commune"].contains(&"tho-tan".to_owned()) && !c["commune"].contains(&"tho-phu-2025".to_owned()));
    assert_eq!(c["field"].len(), 14);
    assert_eq!(c["kind"], ["story", "practice"]);
    assert!(c.contains_key("criteria.nong-thon-moi-kieu-mau"), "the local criterion, named as such");
    let xml = String::from_utf8(story["word/document.xml"].clone()).unwrap();
    assert!(xml.contains("Tiêu chuẩn riêng: Góp phần xây dựng nông thôn mới kiểu mẫu"));
    assert!(xml.contains("Tối đa 300 ký tự"), "the summary's limit is said");
    let nom = controls(std::str::from_utf8(&parts(&out.join("de-xuat-guong.docx"))["word/document.xml"]).unwrap());
    for tag in [
        "name",
        "type",
        "unit",
        "profile",
        "achievements.sang-tao",
        "recognition.1.form",
        "proposed.by",
        "proposed.date",
    ] {
        assert!(nom.contains_key(tag), "no control `{tag}` in the nomination");
    }
    let consent = controls(std::str::from_utf8(&parts(&out.join("phieu-dong-y.docx"))["word/document.xml"]).unwrap());
    for tag in
        ["consent.channels.web", "consent.channels.loudspeaker", "consent.photos", "consent.given", "consent.guardian"]
    {
        assert!(consent.contains_key(tag), "no control `{tag}` in the consent form");
    }
    // --unit narrows the lists; in 2026 the 2025 communes are offered.
    let narrow = site.path().join("narrow");
    forms(site.path(), &narrow, &["--unit", "dan-luc", "--force"]);
    let c = controls(std::str::from_utf8(&parts(&narrow.join("bai-viet.docx"))["word/document.xml"]).unwrap());
    assert_eq!(c["commune"], ["dan-luc"]);
    assert!(!c.contains_key("criteria.nong-thon-moi-kieu-mau"), "Thọ Tân's criterion is not Dân Lực's");
    // Never over a file without --force.
    let again = guong_in(site.path(), &["forms", "--out", &out.display().to_string()]);
    assert_eq!(again.code, 2, "{}", again.stderr);
    assert!(again.stderr.contains("--force"));
}

fn import(root: &Path, files: &[&Path], extra: &[&str]) -> crate::support::Run {
    let mut args: Vec<String> = vec!["import".into()];
    args.extend(files.iter().map(|f| f.display().to_string()));
    args.extend(extra.iter().map(|s| (*s).to_owned()));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    guong_in(root, &refs)
}

fn round_trip(through_libreoffice: bool) {
    let site = sample_site();
    let root = site.path();
    let dir = tempfile::tempdir().unwrap();
    forms(root, dir.path(), &["--unit", "tho-tan"]);
    let filled = dir.path().join("bai-viet-da-dien.docx");
    fill(&dir.path().join("bai-viet.docx"), &filled, &story_values(), true);
    let filled = if through_libreoffice { libreoffice_resave(&filled, dir.path()) } else { filled };
    let before = snapshot(&root.join("content"));
    let dry = import(root, &[&filled], &["--dry-run"]);
    assert_eq!(dry.code, 0, "{}", dry.stderr);
    assert!(dry.stdout.contains(story_rel()), "{}", dry.stdout);
    assert_eq!(snapshot(&root.join("content")), before, "--dry-run writes nothing");
    let r = import(root, &[&filled], &[]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let fm = front(&root.join(story_rel()));
    assert_eq!(fm["title"].as_str(), Some(STORY_TITLE));
    assert_eq!(fm["commune"].as_str(), Some("tho-tan"));
    assert_eq!(fm["field"].as_str(), Some("nong-nghiep"));
    assert_eq!(fm["kind"].as_str(), Some("story"));
    assert_eq!(fm["draft"].as_bool(), Some(true));
    assert_eq!(fm["subject"]["consent"].as_bool(), Some(true));
    assert_eq!(fm["date"].as_str(), Some("2024-05-15"));
    assert!(fm["criteria"]["nong-thon-moi-kieu-mau"].as_str().unwrap().starts_with("Góp 120"));
    let image = fm["image"].as_str().unwrap();
    assert_eq!(image, "media/2024/chi-nguyen-thi-lan-va-vuon-rau-sach-o-tho-tan-1.png");
    assert!(root.join("content").join(image).exists());
    let text = std::fs::read_to_string(root.join(story_rel())).unwrap();
    assert!(text.contains("\n\nNăm 2021 chị vay vốn"), "paragraphs kept: {text}");
    let sheet = dir
        .path()
        .join(if through_libreoffice { "lo-out" } else { "" })
        .join("kiem-tra-chi-nguyen-thi-lan-va-vuon-rau-sach-o-tho-tan.docx");
    assert!(sheet.exists(), "the findings sheet");
    let check = guong_in(root, &["check"]);
    assert_eq!(check.code, 0, "{}", check.stdout);
    // Again: refused without --force, and nothing changes.
    let after = snapshot(&root.join("content"));
    let again = import(root, &[&filled], &[]);
    assert_eq!(again.code, 2, "{}", again.stderr);
    assert!(again.stderr.contains("--force"), "{}", again.stderr);
    assert_eq!(snapshot(&root.join("content")), after);
    // A reviewer clears the draft; the build publishes the page with its photo.
    std::fs::write(root.join(story_rel()), text.replace("draft: true", "draft: false")).unwrap();
    let b = guong_in(root, &["build"]);
    assert_eq!(b.code, 0, "{}", b.stderr);
    let page = root.join("public/cong-thong-tin/bai-viet/chi-nguyen-thi-lan-va-vuon-rau-sach-o-tho-tan/index.html");
    let html = scraper::Html::parse_document(&std::fs::read_to_string(&page).unwrap());
    let img = scraper::Selector::parse("img").unwrap();
    assert!(
        html.select(&img).any(|i| i.value().attr("alt") == Some("Chị Lan đứng giữa hai luống rau cải trong nhà lưới")),
        "the page shows the photo with its alt text"
    );
}

#[test]
fn a_filled_story_form_becomes_a_draft_that_checks_and_builds() {
    round_trip(false);
}

#[test]
#[cfg_attr(not(office_tests), ignore = "needs LibreOffice: run with GUONG_OFFICE_TESTS=1")]
fn a_story_form_resaved_by_libreoffice_imports_the_same() {
    round_trip(true);
}

#[test]
#[cfg_attr(not(office_tests), ignore = "needs python-docx: run with GUONG_OFFICE_TESTS=1")]
fn python_docx_reads_the_forms() {
    let site = sample_site();
    let dir = tempfile::tempdir().unwrap();
    forms(site.path(), dir.path(), &[]);
    for f in ["bai-viet.docx", "de-xuat-guong.docx", "phieu-dong-y.docx"] {
        let out = std::process::Command::new("python3")
            .args(["-c", "import docx,sys; d=docx.Document(sys.argv[1]); print(len(d.tables), d.paragraphs[3].text)"])
            .arg(dir.path().join(f))
            .output()
            .unwrap();
        assert!(out.status.success(), "{f}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains("PHIẾU"), "{f}");
    }
}

#[test]
fn a_nomination_and_its_consent_become_one_exemplar_record_at_stage_proposed() {
    let site = sample_site();
    let root = site.path();
    let dir = tempfile::tempdir().unwrap();
    forms(root, dir.path(), &[]);
    let nom = dir.path().join("de-xuat.docx");
    fill(
        &dir.path().join("de-xuat-guong.docx"),
        &nom,
        &[
            ("name", "Nguyễn Thị Lan"),
            ("type", "Cá nhân"),
            ("unit", "Xã Thọ Tân"),
            ("field", "Nông nghiệp"),
            ("profile", "Nông dân, trồng rau sạch từ năm 2019."),
            ("achievements.sang-tao", "Nhà lưới 1.200 m², tưới nhỏ giọt."),
            ("recognition.1.form", "Giấy khen của Chủ tịch Ủy ban nhân dân xã"),
            ("recognition.1.year", "2023"),
            ("proposed.by", "Xã Thọ Tân"),
            ("proposed.date", "02/05/2024"),
        ],
        false,
    );
    let consent = dir.path().join("dong-y.docx");
    fill(
        &dir.path().join("phieu-dong-y.docx"),
        &consent,
        &[
            ("consent.name", "Nguyễn Thị Lan"),
            ("consent.channels.web", "Đồng ý"),
            ("consent.channels.loudspeaker", "Đồng ý"),
            ("consent.channels.print", "Không đồng ý"),
            ("consent.channels.social", "Không đồng ý"),
            ("consent.photos", "Đồng ý"),
            ("consent.given", "03/05/2024"),
            ("consent.held_by", "Xã Thọ Tân"),
            ("consent.minor", "Không"),
        ],
        false,
    );
    let r = import(root, &[&consent, &nom], &[]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    let rel = root.join("content/exemplars/nguyen-thi-lan-tho-tan.yaml");
    let y: serde_yaml::Value = serde_yaml::from_str(&std::fs::read_to_string(&rel).unwrap()).unwrap();
    assert_eq!(y["type"].as_str(), Some("individual"));
    assert_eq!(y["proposed"]["by"].as_str(), Some("tho-tan"));
    assert_eq!(y["proposed"]["date"].as_str(), Some("2024-05-02"));
    assert_eq!(y["recognition"][0]["form"].as_str(), Some("giay-khen-chu-tich-ubnd-xa"));
    assert_eq!(y["recognition"][0]["year"].as_i64(), Some(2023));
    assert_eq!(y["consent"]["given"].as_str(), Some("2024-05-03"));
    let channels: Vec<&str> =
        y["consent"]["channels"].as_sequence().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
    assert_eq!(channels, ["web", "loudspeaker"]);
    assert!(y["profile"].as_str().unwrap().contains("Nhà lưới 1.200 m²"));
    let review = guong_in(root, &["review", "--format", "json"]);
    assert!(
        review.stdout.contains("nguyen-thi-lan-tho-tan"),
        "the record is in the workflow's queue: {}",
        review.stdout
    );
}

#[test]
fn three_mistakes_are_each_written_beside_their_field_on_the_findings_sheet() {
    let site = sample_site();
    let root = site.path();
    let dir = tempfile::tempdir().unwrap();
    forms(root, dir.path(), &["--unit", "tho-tan"]);
    let long = "Chị Lan trồng rau sạch. ".repeat(20);
    let mut values: Vec<(&str, &str)> = story_values()
        .into_iter()
        .filter(|(k, _)| !matches!(*k, "summary" | "criteria.sang-tao" | "subject.consent"))
        .collect();
    values.push(("summary", long.as_str()));
    values.push(("criteria.sang-tao", "Vườn rau sạch nhất cả nước."));
    values.push(("subject.consent", "Chưa có phiếu đồng ý"));
    let filled = dir.path().join("loi.docx");
    fill(&dir.path().join("bai-viet.docx"), &filled, &values, false);
    let r = import(root, &[&filled], &[]);
    assert_eq!(r.code, 1, "errors found: {}\n{}", r.stdout, r.stderr);
    let sheet = dir.path().join("kiem-tra-chi-nguyen-thi-lan-va-vuon-rau-sach-o-tho-tan.docx");
    let xml = String::from_utf8(parts(&sheet)["word/document.xml"].clone()).unwrap();
    // Each row: the field's label, then its value, then its findings.
    let rows: Vec<String> = xml
        .split("<w:tr>")
        .skip(1)
        .map(|r| {
            let mut t = String::new();
            let mut rd = Reader::from_str(r);
            loop {
                match rd.read_event() {
                    Ok(Event::Text(x)) => t.push_str(&x.xml10_content().unwrap()),
                    Ok(Event::GeneralRef(_)) => t.push('&'),
                    Ok(Event::End(e)) if e.name().as_ref() == b"w:tc" => t.push('|'),
                    Ok(Event::Eof) | Err(_) => break,
                    _ => {}
                }
            }
            t
        })
        .collect();
    let row = |label: &str| {
        rows.iter()
            .find(|r| r.starts_with(&format!("{label}|")))
            .unwrap_or_else(|| panic!("no row {label}: {rows:#?}"))
            .clone()
    };
    assert!(row("Tóm tắt").contains("summary-too-long"), "{}", row("Tóm tắt"));
    assert!(row("Minh chứng: Có mô hình mới, cách làm hay, sáng kiến").contains("nhất cả nước"));
    assert!(row("Sự đồng ý").contains("Lỗi:"), "{}", row("Sự đồng ý"));
    assert!(rows.iter().any(|r| r.starts_with("Tiêu đề|") && r.ends_with("Đạt|")), "a field without findings says so");
}

/// Each hostile input is refused with a message naming the file, and writes nothing.
#[test]
fn hostile_inputs_are_refused_and_nothing_is_written() {
    let site = sample_site();
    let root = site.path();
    let dir = tempfile::tempdir().unwrap();
    let before = snapshot(&root.join("content"));
    let zip_of = |name: &str, entries: &[(&str, Vec<u8>)]| {
        let p = dir.path().join(name);
        let map: BTreeMap<String, Vec<u8>> = entries.iter().map(|(n, b)| ((*n).to_owned(), b.clone())).collect();
        write_zip(&p, &map);
        p
    };
    let empty = dir.path().join("rong.docx");
    std::fs::write(&empty, b"").unwrap();
    let text = dir.path().join("van-ban.docx");
    std::fs::write(&text, "Đây là văn bản thường").unwrap();
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.resize(512, 0);
    ole.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    let encrypted = dir.path().join("mat-khau.docx");
    std::fs::write(&encrypted, &ole).unwrap();
    let xlsx = zip_of(
        "bang-tinh.docx",
        &[("[Content_Types].xml", b"<Types/>".to_vec()), ("xl/workbook.xml", b"<workbook/>".to_vec())],
    );
    let bomb = zip_of("bom.docx", &[("word/document.xml", vec![b' '; 40 * 1024 * 1024])]);
    // A real form whose photo is an EMF image (text in .VnTime is converted: i29_corpus).
    forms(root, dir.path(), &[]);
    let mut emf = parts(&dir.path().join("bai-viet.docx"));
    let xml = String::from_utf8(emf["word/document.xml"].clone()).unwrap();
    emf.insert(
        "word/document.xml".into(),
        xml.replacen("</w:body>", &format!("<w:p>{}</w:p></w:body>", DRAWING), 1).into_bytes(),
    );
    let rels = String::from_utf8(emf["word/_rels/document.xml.rels"].clone()).unwrap().replace(
        "</Relationships>",
        r#"<Relationship Id="rIdPhoto1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.emf"/></Relationships>"#,
    );
    emf.insert("word/_rels/document.xml.rels".into(), rels.into_bytes());
    emf.insert("word/media/image1.emf".into(), vec![1, 0, 0, 0]);
    let emf_file = dir.path().join("anh-emf.docx");
    write_zip(&emf_file, &emf);
    let cases: [(&Path, &str); 6] = [
        (&empty, "tệp rỗng"),
        (&text, "không phải tệp Word .docx"),
        (&encrypted, "có mật khẩu"),
        (&xlsx, "tệp Excel được đổi đuôi"),
        (&bomb, "vượt quá giới hạn"),
        (&emf_file, "media/image1.emf"),
    ];
    for (file, want) in cases {
        let r = import(root, &[file], &[]);
        assert_eq!(r.code, 2, "{}: {}", file.display(), r.stderr);
        assert!(r.stderr.contains(&file.display().to_string()), "the message names the file: {}", r.stderr);
        assert!(r.stderr.contains(want), "{}: wanted {want}: {}", file.display(), r.stderr);
        assert_eq!(snapshot(&root.join("content")), before, "{}: nothing written", file.display());
    }
    // With a good file alongside a bad one, nothing at all is written either.
    let good = dir.path().join("tot.docx");
    let site_forms = dir.path().join("f2");
    forms(root, &site_forms, &["--unit", "tho-tan"]);
    fill(&site_forms.join("bai-viet.docx"), &good, &story_values(), true);
    let r = import(root, &[&good, &bomb], &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(snapshot(&root.join("content")), before, "all files or none");
}

/// A free Word document (no controls): headings, emphasis, lists, tables and links
/// become Markdown; the front matter keeps what was found, the rest is left to the
/// editor with findings.
#[test]
fn a_free_word_document_becomes_markdown() {
    let site = sample_site();
    let root = site.path();
    let dir = tempfile::tempdir().unwrap();
    forms(root, dir.path(), &[]);
    let mut p = parts(&dir.path().join("bai-viet.docx"));
    let body = r#"<w:body><w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Ông Lê Văn Hòa giữ nghề đan cói</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Nghề của làng</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Ông </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Hòa</w:t></w:r><w:r><w:t xml:space="preserve"> dạy nghề cho </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>30 học viên</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Chiếu cói</w:t></w:r></w:p><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Làn cói</w:t></w:r></w:p><w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>Xem thêm</w:t></w:r></w:hyperlink></w:p><w:sectPr/></w:body>"#;
    let xml = String::from_utf8(p["word/document.xml"].clone()).unwrap();
    let start = xml.find("<w:body>").unwrap();
    let end = xml.find("</w:body>").unwrap() + "</w:body>".len();
    let mut xml = xml;
    xml.replace_range(start..end, body);
    p.insert("word/document.xml".into(), xml.into_bytes());
    let rels = String::from_utf8(p["word/_rels/document.xml.rels"].clone()).unwrap().replace(
        "</Relationships>",
        r#"<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://trieuson.thanhhoa.gov.vn/" TargetMode="External"/></Relationships>"#,
    );
    p.insert("word/_rels/document.xml.rels".into(), rels.into_bytes());
    let file = dir.path().join("bai-tu-do.docx");
    write_zip(&file, &p);
    let r = import(root, &[&file], &[]);
    assert_eq!(r.code, 1, "the editor has keys to fill: {}", r.stderr);
    let year = chrono::Datelike::year(&chrono::Local::now().date_naive());
    let rel = root.join(format!("content/stories/{year}/ong-le-van-hoa-giu-nghe-dan-coi.md"));
    let text = std::fs::read_to_string(&rel).unwrap();
    let body = text.rsplit("\n---\n").next().unwrap().trim();
    assert_eq!(
        body,
        "# Nghề của làng\n\nÔng **Hòa** dạy nghề cho _30 học viên_.\n\n- Chiếu cói\n- Làn cói\n\n[Xem thêm](https://trieuson.thanhhoa.gov.vn/)"
    );
    assert_eq!(front(&rel)["title"].as_str(), Some("Ông Lê Văn Hòa giữ nghề đan cói"));
}
