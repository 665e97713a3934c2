//! The report as the office files it: a Word document in the administrative form of
//! Decree 30/2020/NĐ-CP (Appendix I): A4, Times New Roman 13-14, margins 20/20/30/15 mm,
//! the two-column header with the national motto, "Số: …/BC-…", place and date left for
//! the officer, title, "Kính gửi", the plan's reporting headings, "Nơi nhận" and the
//! signature block; then the annexes (the exemplars; the units in the registry's order).

use super::Report;
use crate::model::Config;
use docx_rs::{
    AlignmentType, BreakType, Docx, LineSpacing, PageMargin, Paragraph, Run, RunFonts, SpecialIndentType, Table,
    TableCell, TableRow, WidthType,
};

const FONT: &str = "Times New Roman";
/// Half-points: 14 pt for the body, 13 pt for the header, 12 and 11 for "Nơi nhận".
const BODY: usize = 28;
const HEAD: usize = 26;
/// The text width of A4 (11,906 twips) less margins of 30 mm and 15 mm.
const TEXT_WIDTH: usize = 11906 - 1701 - 851;

/// Who issues the report and to whom, as the header and signature print them.
pub struct Form {
    /// The upper line of the issuing body ("UBND HUYỆN TRIỆU SƠN"), if any.
    pub parent: String,
    pub issuer: String,
    /// The number's symbol: "BC-PNV".
    pub symbol: String,
    pub place: String,
    pub addressee: String,
    /// "TRƯỞNG PHÒNG"; for a People's Committee, "TM. ỦY BAN NHÂN DÂN" above "CHỦ TỊCH".
    pub signer: Vec<String>,
    /// How the body names the issuer ("Phòng Nội vụ", "Ủy ban nhân dân xã Thọ Phú").
    pub name: String,
}

impl Form {
    pub fn of(r: &Report, cfg: &Config) -> Form {
        let site = &cfg.site;
        match &r.unit {
            None => Form {
                parent: format!("UBND HUYỆN {}", site.district.to_uppercase()),
                issuer: "PHÒNG NỘI VỤ".into(),
                symbol: "BC-PNV".into(),
                place: site.district.clone(),
                addressee: format!("Ban Thi đua - Khen thưởng tỉnh {}", site.province),
                signer: vec!["TRƯỞNG PHÒNG".into()],
                name: "Phòng Nội vụ".into(),
            },
            Some(u) => {
                // Until the district ended, communes reported to its council; after, the
                // province's Home Affairs Department follows emulation work.
                let district_end = cfg.registry.units.iter().find_map(|x| x.valid_until.filter(|_| x.id == "huyen"));
                let addressee = if district_end.is_none_or(|end| r.to <= end) {
                    format!("Hội đồng Thi đua - Khen thưởng huyện {}", site.district)
                } else {
                    format!("Sở Nội vụ tỉnh {}", site.province)
                };
                Form {
                    parent: "ỦY BAN NHÂN DÂN".into(),
                    issuer: u.official_name.to_uppercase(),
                    symbol: "BC-UBND".into(),
                    place: u.name.clone(),
                    addressee,
                    signer: vec!["TM. ỦY BAN NHÂN DÂN".into(), "CHỦ TỊCH".into()],
                    name: format!("Ủy ban nhân dân {}", u.official_name),
                }
            }
        }
    }
}

fn run(text: impl Into<String>) -> Run {
    Run::new().add_text(text).fonts(RunFonts::new().ascii(FONT).hi_ansi(FONT).east_asia(FONT).cs(FONT))
}

fn centered(r: Run) -> Paragraph {
    Paragraph::new().add_run(r).align(AlignmentType::Center)
}

/// A body paragraph: justified, first line indented 1 cm, 6 pt after.
fn para(text: impl Into<String>) -> Paragraph {
    Paragraph::new()
        .add_run(run(text).size(BODY))
        .align(AlignmentType::Both)
        .indent(None, Some(SpecialIndentType::FirstLine(567)), None, None)
        .line_spacing(LineSpacing::new().after(120).line(264))
}

fn heading(text: impl Into<String>) -> Paragraph {
    Paragraph::new()
        .add_run(run(text).size(BODY).bold())
        .align(AlignmentType::Both)
        .indent(None, Some(SpecialIndentType::FirstLine(567)), None, None)
        .line_spacing(LineSpacing::new().before(120).after(120))
        .keep_next(true)
}

/// A line the officer fills in.
fn placeholder() -> Paragraph {
    para("……………………………………………………………………………………………………")
}

fn cell(text: &str, width: usize, bold: bool, size: usize) -> TableCell {
    let r = run(text).size(size);
    TableCell::new().width(width, WidthType::Dxa).add_paragraph(Paragraph::new().add_run(if bold {
        r.bold()
    } else {
        r
    }))
}

fn header(r: &Report, f: &Form) -> Table {
    let (left, right) = (3600, TEXT_WIDTH - 3600);
    let year = r.as_of.format("%Y");
    let mut l = TableCell::new().width(left, WidthType::Dxa);
    if !f.parent.is_empty() {
        l = l.add_paragraph(centered(run(&f.parent).size(HEAD)));
    }
    l = l
        .add_paragraph(centered(run(&f.issuer).size(HEAD).bold()))
        .add_paragraph(centered(run("________").size(HEAD)))
        .add_paragraph(centered(run(format!("Số:        /{}", f.symbol)).size(HEAD)));
    let rc = TableCell::new()
        .width(right, WidthType::Dxa)
        .add_paragraph(centered(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").size(24).bold()))
        .add_paragraph(centered(run("Độc lập - Tự do - Hạnh phúc").size(HEAD).bold()))
        .add_paragraph(centered(run("________________________").size(HEAD)))
        .add_paragraph(centered(run(format!("{}, ngày      tháng      năm {year}", f.place)).size(BODY).italic()));
    Table::without_borders(vec![TableRow::new(vec![l, rc])])
        .set_grid(vec![left, right])
        .width(TEXT_WIDTH, WidthType::Dxa)
}

fn signature(f: &Form) -> Table {
    let (left, right) = (4600, TEXT_WIDTH - 4600);
    let l = TableCell::new()
        .width(left, WidthType::Dxa)
        .add_paragraph(Paragraph::new().add_run(run("Nơi nhận:").size(24).bold().italic()))
        .add_paragraph(Paragraph::new().add_run(run("- Như trên;").size(22)))
        .add_paragraph(Paragraph::new().add_run(run("- Lưu: VT.").size(22)));
    let mut rc = TableCell::new().width(right, WidthType::Dxa);
    for line in &f.signer {
        rc = rc.add_paragraph(centered(run(line).size(BODY).bold()));
    }
    rc = rc.add_paragraph(centered(run("(Ký, ghi rõ họ tên, đóng dấu)").size(BODY).italic()));
    Table::without_borders(vec![TableRow::new(vec![l, rc])])
        .set_grid(vec![left, right])
        .width(TEXT_WIDTH, WidthType::Dxa)
}

/// The body's paragraphs: sections I to V, as the plan asks the report to be written.
fn body(r: &Report, f: &Form) -> Vec<Paragraph> {
    let d = &r.district;
    let mut p = vec![para(format!(
        "Thực hiện Kế hoạch phát hiện, bồi dưỡng, tổng kết và nhân rộng các điển hình tiên tiến giai đoạn 2023 - 2025, {} báo cáo kết quả {} như sau:",
        f.name, r.period_label
    ))];
    p.push(heading("I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"));
    let dir = &r.direction;
    p.push(para(match &r.unit {
        None => format!(
            "Có {}/{} xã, thị trấn ({}%) ban hành tiêu chí điển hình tiên tiến riêng của đơn vị (chỉ tiêu của Kế hoạch: 100%){}.",
            dir.units_with_criteria,
            dir.units_total,
            dir.percent,
            if dir.names.is_empty() { String::new() } else { format!(": {}", dir.names.join(", ")) }
        ),
        Some(u) if dir.units_with_criteria > 0 => {
            format!("{} đã ban hành tiêu chí điển hình tiên tiến riêng.", crate::text::capitalize(&u.official_name))
        }
        Some(u) => {
            format!("{} chưa ban hành tiêu chí điển hình tiên tiến riêng.", crate::text::capitalize(&u.official_name))
        }
    }));
    if let Some(u) = &r.unit
        && !u.predecessors.is_empty()
    {
        let since = u.valid_from.map(crate::text::vi_date).unwrap_or_default();
        p.push(para(format!(
            "{} được thành lập từ ngày {since} trên cơ sở sắp xếp {}; số liệu tính từ ngày thành lập.",
            u.title,
            u.predecessors.join(", ")
        )));
    }
    p.push(placeholder());
    p.push(heading("II. KẾT QUẢ THỰC HIỆN"));
    p.push(heading("1. Phát hiện, thẩm định, lựa chọn điển hình"));
    p.push(para(format!(
        "Các đơn vị đề xuất {} gương điển hình; {} gương đã được thẩm định; {} gương được chọn là điển hình tiêu biểu; {} trường hợp không được chọn.",
        d.proposed, d.appraised, d.selected, d.declined
    )));
    p.push(heading("2. Tuyên truyền điển hình"));
    p.push(para(format!("Có {} gương điển hình được giới thiệu qua {} bài viết đã đăng.", d.publicised, d.stories)));
    for o in r.by_outlet.iter().filter(|o| o.stories > 0) {
        p.push(para(format!("- {}: {} bài viết về {} gương điển hình.", o.title, o.stories, o.exemplars)));
    }
    let list = |items: &[super::Count]| {
        let v: Vec<String> = items.iter().filter(|c| c.count > 0).map(|c| format!("{} {}", c.label, c.count)).collect();
        if v.is_empty() { "chưa có".to_owned() } else { v.join("; ") }
    };
    p.push(para(format!("Qua các kênh khác (số lượt): {}.", list(&r.by_channel))));
    p.push(para(format!("Theo chuyên mục: {}.", list(&r.by_column))));
    p.push(para(format!("Theo lĩnh vực: {}.", list(&r.by_field))));
    p.push(para(format!("Theo loại: {}.", list(&r.by_kind))));
    p.push(heading("3. Nhân rộng mô hình mới, cách làm hay"));
    p.push(para(match r.replications.len() {
        0 => "Chưa ghi nhận lượt nhân rộng mô hình nào.".to_owned(),
        n => format!("Có {n} lượt nhân rộng mô hình được ghi nhận."),
    }));
    for x in &r.replications {
        let scale = x
            .scale
            .map(|s| format!(", quy mô {} {}", crate::text::vi_number(s), x.measure.clone().unwrap_or_default()));
        p.push(para(format!(
            "- {} ({}): {} làm theo từ ngày {}{}.",
            x.practice,
            x.from_unit,
            crate::text::capitalize(&x.unit_name),
            x.date_label,
            scale.unwrap_or_default()
        )));
    }
    p.push(heading("4. Khen thưởng"));
    p.push(para(format!(
        "Khen thưởng, danh hiệu của các gương điển hình theo cấp: {}.",
        list(&r.recognition_by_level)
    )));
    p.push(heading("5. Kết quả thực hiện chỉ tiêu"));
    p.extend(quotas(r));
    p.push(heading("III. ĐÁNH GIÁ CHUNG"));
    p.push(heading("1. Ưu điểm"));
    p.push(placeholder());
    p.push(heading("2. Hạn chế, nguyên nhân"));
    p.push(placeholder());
    p.push(heading("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"));
    p.push(placeholder());
    p.push(heading("V. KIẾN NGHỊ, ĐỀ XUẤT"));
    p.push(placeholder());
    p.push(para(format!(
        "Trên đây là báo cáo kết quả phát hiện, bồi dưỡng, tuyên truyền và nhân rộng điển hình tiên tiến {} của {}./.",
        r.period_label, f.name
    )));
    p
}

fn quotas(r: &Report) -> Vec<Paragraph> {
    let d = &r.district;
    let mut p = Vec::new();
    match &r.unit {
        Some(_) => {
            if let Some(u) = r.units.first() {
                p.push(para(match u.quota {
                    Some(q) => format!(
                        "Đơn vị có {} gương điển hình được giới thiệu (chỉ tiêu: ít nhất {q}): {}.",
                        u.count,
                        if u.met {
                            "đạt chỉ tiêu".to_owned()
                        } else {
                            format!("chưa đạt, còn thiếu {}", u.short)
                        }
                    ),
                    None => format!("Đơn vị có {} gương điển hình được giới thiệu.", u.count),
                }));
            }
        }
        None => {
            let what = if d.counts == "selected" {
                "gương điển hình tiêu biểu được chọn"
            } else {
                "điển hình được tuyên truyền"
            };
            p.push(para(format!(
                "Toàn huyện có {} {what} (chỉ tiêu: ít nhất {}): {}.",
                d.total,
                d.quota,
                match (&d.note, d.met) {
                    (Some(note), _) if !d.judged => note.clone(),
                    (_, true) => "đạt chỉ tiêu".to_owned(),
                    _ => format!("chưa đạt, còn thiếu {}", d.short),
                }
            )));
            let with: Vec<_> = r.units.iter().filter(|u| u.quota.is_some()).collect();
            if !with.is_empty() {
                p.push(para(format!(
                    "Có {}/{} xã, thị trấn đạt chỉ tiêu ít nhất {} gương điển hình được giới thiệu (chi tiết tại Phụ lục II).",
                    with.iter().filter(|u| u.met).count(),
                    with.len(),
                    r.quotas.commune
                )));
            }
        }
    }
    p
}

fn table(head: &[(&str, usize)], rows: Vec<Vec<String>>) -> Table {
    let header = TableRow::new(head.iter().map(|(t, w)| cell(t, *w, true, 20)).collect());
    let mut out = vec![header];
    for r in rows {
        out.push(TableRow::new(r.iter().zip(head).map(|(t, (_, w))| cell(t, *w, false, 20)).collect()).cant_split());
    }
    Table::new(out).set_grid(head.iter().map(|(_, w)| *w).collect()).width(TEXT_WIDTH, WidthType::Dxa)
}

/// Annex I, the exemplars; annex II, the units in the registry's order with their codes.
fn annexes(r: &Report) -> (Vec<Paragraph>, Table, Vec<Paragraph>, Table) {
    let title = |n: &str, what: String| {
        vec![
            centered(run(format!("Phụ lục {n}")).size(BODY).bold()),
            centered(run(what).size(BODY).bold()),
            centered(run(format!("(Kèm theo Báo cáo kết quả {})", r.period_label)).size(BODY).italic()),
        ]
    };
    let mut t1 = title("I", "DANH SÁCH GƯƠNG ĐIỂN HÌNH TIÊN TIẾN".into());
    t1[0] = t1[0].clone().page_break_before(true);
    let rows = r
        .annex
        .iter()
        .map(|a| {
            let links = a.publicity.iter().map(|p| format!("{}: {}", p.outlet, p.url)).collect::<Vec<_>>().join("; ");
            // Being selected as typical is not a commendation: it stands with the name.
            let commendations = a.commendations.clone();
            let selected = if a.selected.is_empty() { String::new() } else { format!("; {}", a.selected) };
            vec![
                a.no.to_string(),
                format!("{} ({}){selected}", a.name, a.kind.to_lowercase()),
                a.unit.clone(),
                a.field.clone(),
                a.summary.clone(),
                if links.is_empty() { "Chưa đăng".into() } else { format!("Bài viết: {links}") },
                commendations,
                a.proposer.clone(),
            ]
        })
        .collect();
    let a1 = table(
        &[
            ("TT", 450),
            ("Tên cá nhân, tập thể, mô hình", 1400),
            ("Địa chỉ, đơn vị", 1100),
            ("Lĩnh vực", 900),
            ("Tóm tắt thành tích", 2000),
            ("Hình thức, địa chỉ tuyên truyền", 1504),
            ("Khen thưởng", 1000),
            ("Cơ quan đề xuất", 1000),
        ],
        rows,
    );
    let mut t2 = title("II", "KẾT QUẢ THEO ĐƠN VỊ".into());
    t2[0] = t2[0].clone().page_break_before(true);
    let mut units: Vec<&super::UnitRow> = r.units.iter().collect();
    units.sort_by_key(|u| u.order);
    let rows = units
        .iter()
        .enumerate()
        .map(|(i, u)| {
            vec![
                (i + 1).to_string(),
                u.code.clone().unwrap_or_default(),
                crate::text::capitalize(&u.full_name),
                u.count.to_string(),
                u.stories.to_string(),
                u.quota.map_or("—".into(), |q| q.to_string()),
                match u.quota {
                    None => "Chưa tính".into(),
                    Some(_) if u.met => "Đạt".into(),
                    Some(_) => format!("Thiếu {}", u.short),
                },
                u.proposed.to_string(),
                u.appraised.to_string(),
                u.selected.to_string(),
                u.replicated.to_string(),
            ]
        })
        .collect();
    let a2 = table(
        &[
            ("TT", 450),
            ("Mã đơn vị hành chính", 900),
            ("Đơn vị", 1900),
            ("Số điển hình được giới thiệu", 950),
            ("Số bài", 700),
            ("Chỉ tiêu", 700),
            ("Kết quả", 904),
            ("Đề xuất", 700),
            ("Thẩm định", 750),
            ("Tiêu biểu", 700),
            ("Nhân rộng", 700),
        ],
        rows,
    );
    (t1, a1, t2, a2)
}

/// The Word file's bytes.
pub fn docx(r: &Report, cfg: &Config) -> Result<Vec<u8>, String> {
    let f = Form::of(r, cfg);
    let mut doc = Docx::new()
        .page_size(11906, 16838)
        .page_margin(PageMargin::new().top(1134).bottom(1134).left(1701).right(851).header(567).footer(567))
        .default_fonts(RunFonts::new().ascii(FONT).hi_ansi(FONT).east_asia(FONT).cs(FONT))
        .default_size(BODY)
        .created_at(&format!("{}T00:00:00Z", r.as_of))
        .updated_at(&format!("{}T00:00:00Z", r.as_of))
        .add_table(header(r, &f))
        .add_paragraph(Paragraph::new())
        .add_paragraph(centered(run("BÁO CÁO").size(BODY).bold()))
        .add_paragraph(centered(
            run(format!(
                "Kết quả phát hiện, bồi dưỡng, tuyên truyền và nhân rộng điển hình tiên tiến {}",
                r.period_label
            ))
            .size(BODY)
            .bold(),
        ))
        .add_paragraph(centered(run("________").size(BODY)))
        .add_paragraph(centered(run(format!("Kính gửi: {}.", f.addressee)).size(BODY)));
    if let Some(notice) = &r.sample {
        doc = doc.add_paragraph(centered(run(notice.clone()).size(BODY).italic()));
    }
    for p in body(r, &f) {
        doc = doc.add_paragraph(p);
    }
    doc = doc.add_table(signature(&f));
    let (t1, a1, t2, a2) = annexes(r);
    for p in t1 {
        doc = doc.add_paragraph(p);
    }
    doc = doc.add_table(a1);
    for p in t2 {
        doc = doc.add_paragraph(p);
    }
    doc = doc.add_table(a2).add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::TextWrapping)));
    let mut out = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut out).map_err(|e| e.to_string())?;
    deflate(out.into_inner()).map_err(|e| e.to_string())
}

/// The package re-written with its parts deflated (docx-rs stores them as they are, a
/// tenth of the size), in the same order, dated 1980-01-01 so that builds are repeatable.
fn deflate(stored: Vec<u8>) -> zip::result::ZipResult<Vec<u8>> {
    let mut src = zip::ZipArchive::new(std::io::Cursor::new(stored))?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for i in 0..src.len() {
        let mut part = src.by_index(i)?;
        if part.is_dir() {
            continue;
        }
        out.start_file(part.name().to_owned(), options)?;
        std::io::copy(&mut part, &mut out)?;
    }
    Ok(out.finish()?.into_inner())
}
