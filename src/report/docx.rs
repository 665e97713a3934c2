//! The report as the office files it: a Word document in the administrative form of
//! Decree 30/2020/NĐ-CP (Appendix I): A4, Times New Roman 13-14, margins 20/20/30/15 mm,
//! the two-column header with the national motto, "Số: …/BC-…", place and date left for
//! the officer, title, "Kính gửi", the plan's reporting headings, "Nơi nhận" and the
//! signature block, the page number at the top of every page but the first; then the
//! annexes (`docx_annex`).

use super::Report;
use super::docx_annex;
use super::docx_form::Form;
use crate::model::Config;
use docx_rs::{
    AlignmentType, BreakType, Docx, Header, LineSpacing, PageMargin, PageNum, PageNumType, PageOrientationType,
    PageSize, Paragraph, Run, RunFonts, Section, SpecialIndentType, Table, TableCell, TableRow, WidthType,
};

const FONT: &str = "Times New Roman";
/// Half-points: 14 pt for the body, 13 pt for the header, 12 and 11 for "Nơi nhận".
pub(super) const BODY: usize = 28;
const HEAD: usize = 26;
/// The text width of A4 (11,906 twips) less margins of 30 mm and 15 mm.
pub(super) const TEXT_WIDTH: usize = 11906 - 1701 - 851;

pub(super) fn run(text: impl Into<String>) -> Run {
    Run::new().add_text(text).fonts(RunFonts::new().ascii(FONT).hi_ansi(FONT).east_asia(FONT).cs(FONT))
}

pub(super) fn centered(r: Run) -> Paragraph {
    Paragraph::new().add_run(r).align(AlignmentType::Center)
}

/// A body paragraph: justified, first line indented 1 cm, 6 pt after.
pub(super) fn para(text: impl Into<String>) -> Paragraph {
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

pub(super) fn header(f: &Form) -> Table {
    let (left, right) = (3600, TEXT_WIDTH - 3600);
    let year = f.year;
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

pub(super) fn signature(f: &Form) -> Table {
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

/// Section I: who issued criteria of their own (the district's communes, or the unit);
/// an agency's is the officer's to write.
fn direction(r: &Report) -> Vec<Paragraph> {
    let dir = &r.direction;
    let mut p = Vec::new();
    match &r.unit {
        _ if r.agency.is_some() => {}
        None => p.push(para(format!(
            "Có {}/{} xã, thị trấn ({}%) ban hành tiêu chí điển hình tiên tiến riêng của đơn vị (chỉ tiêu của Kế hoạch: 100%){}.",
            dir.units_with_criteria,
            dir.units_total,
            dir.percent,
            if dir.names.is_empty() { String::new() } else { format!(": {}", dir.names.join(", ")) }
        ))),
        Some(u) => {
            let done = if dir.units_with_criteria > 0 { "đã" } else { "chưa" };
            p.push(para(format!("{} {done} ban hành tiêu chí điển hình tiên tiến riêng.", u.title)));
            if !u.predecessors.is_empty() {
                let since = u.valid_from.map(crate::text::vi_date).unwrap_or_default();
                p.push(para(format!(
                    "{} được thành lập từ ngày {since} trên cơ sở sắp xếp {}; số liệu tính từ ngày thành lập.",
                    u.title,
                    u.predecessors.join(", ")
                )));
            }
        }
    }
    p
}

/// The workflow's numbers, said by whom they are: the units of the district ("Các đơn
/// vị đề xuất …" is the district's sentence), the commune's own exemplars, or the
/// agency's proposals.
fn flow(r: &Report, f: &Form) -> String {
    let d = &r.district;
    let rest = format!(
        "{} gương đã được thẩm định; {} gương được chọn là điển hình tiêu biểu; {} trường hợp không được chọn.",
        d.appraised, d.selected, d.declined
    );
    match (&r.unit, &r.agency) {
        (_, Some(_)) => format!("Trong {}, {} đề xuất {} gương điển hình; {rest}", r.period_label, f.name, d.proposed),
        (Some(u), None) => format!(
            "Trong {}, {} gương điển hình của {} được đề xuất; {rest}",
            r.period_label, d.proposed, u.official_name
        ),
        (None, None) => format!("Các đơn vị đề xuất {} gương điển hình; {rest}", d.proposed),
    }
}

/// The body's paragraphs: sections I to V, as the plan asks the report to be written.
fn body(r: &Report, f: &Form) -> Vec<Paragraph> {
    let d = &r.district;
    let mut p = vec![para(super::plans::basis_line(r, &f.name))];
    p.push(heading("I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"));
    p.extend(direction(r));
    p.push(placeholder());
    p.push(heading("II. KẾT QUẢ THỰC HIỆN"));
    p.push(heading("1. Phát hiện, thẩm định, lựa chọn điển hình"));
    p.push(para(flow(r, f)));
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
        _ if r.agency.is_some() => p.push(para(format!(
            "Có {} gương điển hình được giới thiệu, thuộc {} xã, thị trấn (chi tiết tại Phụ lục II); {}.",
            d.publicised,
            r.units.len(),
            d.note.clone().unwrap_or_default()
        ))),
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

/// A Word document of guong's: A4 portrait with the decree's margins, the page number at
/// the top, Times New Roman 14, dated `as_of`, and marked as guong's.
pub(super) fn document(as_of: chrono::NaiveDate) -> Docx {
    Docx::new()
        .page_size(11906, 16838)
        .page_margin(margins())
        .header(page_number())
        .default_fonts(RunFonts::new().ascii(FONT).hi_ansi(FONT).east_asia(FONT).cs(FONT))
        .default_size(BODY)
        .created_at(&format!("{as_of}T00:00:00Z"))
        .updated_at(&format!("{as_of}T00:00:00Z"))
        // How `report --out` knows the file is its own, to write it again.
        .custom_property(crate::kept::files::GENERATOR_PROPERTY, super::stamp::MARK)
}

/// The page's margins (Decree 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm),
/// the page number 10 mm from the top edge.
fn margins() -> PageMargin {
    PageMargin::new().top(1134).bottom(1134).left(1701).right(851).header(567).footer(567)
}

/// The page number, centred in the top margin (Decree 30/2020, Appendix I: "được đặt
/// canh giữa theo chiều ngang trong phần lề trên của văn bản").
fn page_number() -> Header {
    Header::new().add_paragraph(Paragraph::new().add_page_num(PageNum::new()).align(AlignmentType::Center))
}

/// The report itself: header, title, "Kính gửi", body and signature; its first page
/// shows no number (Decree 30/2020: "không hiển thị số trang thứ nhất").
fn report(r: &Report, f: &Form) -> Section {
    let mut s = Section::new()
        .page_size(PageSize::new().size(11906, 16838))
        .page_margin(margins())
        .title_pg()
        .header(page_number())
        .add_table(header(f))
        .add_paragraph(Paragraph::new())
        .add_paragraph(centered(run("BÁO CÁO").size(BODY).bold()))
        .add_paragraph(centered(run(super::plans::title_line(r)).size(BODY).bold()))
        .add_paragraph(centered(run("________").size(BODY)))
        .add_paragraph(centered(run(format!("Kính gửi: {}.", f.addressee)).size(BODY)));
    if let Some(notice) = &r.sample {
        s = s.add_paragraph(centered(run(notice.clone()).size(BODY).italic()));
    }
    for p in body(r, f) {
        s = s.add_paragraph(p);
    }
    s.add_table(signature(f))
}

/// The Word file's bytes: the report (portrait), Annex I (its own landscape section)
/// and Annex II (portrait), each section starting a page, each annex numbered from 1.
pub(crate) fn docx(r: &Report, cfg: &Config) -> Result<Vec<u8>, String> {
    let f = Form::of(r, cfg);
    let mut annex1 = Section::new()
        .page_size(PageSize::new().size(16838, 11906).orient(PageOrientationType::Landscape))
        .page_margin(margins())
        .page_num_type(PageNumType::new().start(1))
        .header(page_number());
    for p in docx_annex::title(&f, "I", "DANH SÁCH GƯƠNG ĐIỂN HÌNH TIÊN TIẾN") {
        annex1 = annex1.add_paragraph(p);
    }
    annex1 = annex1.add_table(docx_annex::exemplars(r)).add_paragraph(Paragraph::new());
    // The last section is the document's own: Annex II.
    let mut doc =
        document(r.as_of).page_num_type(PageNumType::new().start(1)).add_section(report(r, &f)).add_section(annex1);
    for p in docx_annex::title(&f, "II", "KẾT QUẢ THEO ĐƠN VỊ") {
        doc = doc.add_paragraph(p);
    }
    doc = doc
        .add_table(docx_annex::units(r))
        .add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::TextWrapping)));
    let mut out = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut out).map_err(|e| e.to_string())?;
    super::stamp::stamp(out.into_inner()).map_err(|e| e.to_string())
}
