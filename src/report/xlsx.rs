//! The report as an Excel workbook, for the province's forms: the summary, the units
//! in the registry's order with their statistics codes, and the list of exemplars.

use super::Report;
use chrono::Datelike;
use rust_xlsxwriter::{Format, Workbook, XlsxError};

fn err(e: XlsxError) -> String {
    e.to_string()
}

pub(crate) fn xlsx(r: &Report) -> Result<Vec<u8>, String> {
    let mut wb = Workbook::new();
    // How `report --out` knows the file is its own, to write it again.
    wb.set_properties(
        &rust_xlsxwriter::DocProperties::new()
            .set_custom_property(crate::kept::files::GENERATOR_PROPERTY, super::stamp::MARK),
    );
    let bold = Format::new().set_bold().set_text_wrap();
    summary(&mut wb, r, &bold)?;
    units(&mut wb, r, &bold)?;
    // A period of several years (the review of a plan's period) shows each year judged.
    if !r.years.is_empty() && r.from.year() != r.to.year() {
        years(&mut wb, r, &bold)?;
    }
    exemplars(&mut wb, r, &bold)?;
    let bytes = wb.save_to_buffer().map_err(err)?;
    super::stamp::stamp(bytes).map_err(|e| e.to_string())
}

/// The first sheet: the district's (or the unit's) figures.
fn summary(wb: &mut Workbook, r: &Report, bold: &Format) -> Result<(), String> {
    let s = wb.add_worksheet().set_name("Tổng hợp").map_err(err)?;
    s.write_with_format(0, 0, super::plans::title_line(r), bold).map_err(err)?;
    // A sample's figures are an illustration: every sheet says so (issue 32, item 5).
    if let Some(notice) = &r.sample {
        s.write_with_format(1, 0, notice.as_str(), bold).map_err(err)?;
    }
    let d = &r.district;
    let mut rows: Vec<(&str, usize)> = vec![
        ("Gương điển hình được đề xuất", d.proposed),
        ("Được thẩm định", d.appraised),
        ("Được chọn tiêu biểu", d.selected),
        ("Không được chọn", d.declined),
        ("Được giới thiệu (có bài đã đăng)", d.publicised),
        ("Số bài đã đăng", d.stories),
        ("Lượt nhân rộng mô hình", d.replicated),
        ("Chỉ tiêu toàn huyện: số đếm", d.total),
        ("Chỉ tiêu toàn huyện: mức tối thiểu", d.quota),
    ];
    if r.agency.is_some() {
        // No quota is an agency's (its report says why, in `district.note`).
        rows.truncate(7);
    }
    for (i, (label, n)) in rows.iter().enumerate() {
        s.write((i + 2) as u32, 0, *label).map_err(err)?;
        s.write((i + 2) as u32, 1, *n as u32).map_err(err)?;
    }
    s.set_column_width(0, 40).map_err(err)?;
    Ok(())
}

/// The units in the registry's order, with their statistics codes.
fn units(wb: &mut Workbook, r: &Report, bold: &Format) -> Result<(), String> {
    let s = wb.add_worksheet().set_name("Đơn vị").map_err(err)?;
    let head = [
        "TT",
        "Mã đơn vị hành chính",
        "Mã đơn vị",
        "Tên đơn vị",
        "Số điển hình được giới thiệu",
        "Số bài",
        "Chỉ tiêu",
        "Còn thiếu",
        "Đạt chỉ tiêu",
        "Đề xuất",
        "Thẩm định",
        "Tiêu biểu",
        "Nhân rộng",
        "Làm theo",
    ];
    for (c, h) in head.iter().enumerate() {
        s.write_with_format(0, c as u16, *h, bold).map_err(err)?;
    }
    let mut units: Vec<&super::UnitRow> = r.units.iter().collect();
    units.sort_by_key(|u| u.order);
    for (i, u) in units.iter().enumerate() {
        let row = (i + 1) as u32;
        s.write(row, 0, (i + 1) as u32).map_err(err)?;
        s.write(row, 1, u.code.clone().unwrap_or_default()).map_err(err)?;
        s.write(row, 2, &u.id).map_err(err)?;
        s.write(row, 3, crate::text::capitalize(&u.full_name)).map_err(err)?;
        for (c, n) in [(4, u.count), (5, u.stories)] {
            s.write(row, c, n as u32).map_err(err)?;
        }
        if let Some(q) = u.quota {
            s.write(row, 6, q as u32).map_err(err)?;
            s.write(row, 7, u.short as u32).map_err(err)?;
            s.write(row, 8, if u.met { "Đạt" } else { "Chưa đạt" }).map_err(err)?;
        } else {
            s.write(row, 8, "Chưa tính").map_err(err)?;
        }
        for (c, n) in [(9, u.proposed), (10, u.appraised), (11, u.selected), (12, u.replicated), (13, u.adopted)] {
            s.write(row, c, n as u32).map_err(err)?;
        }
    }
    noted(s, r, head.len(), r.units.len(), bold)?;
    s.set_column_width(3, 28).map_err(err)?;
    Ok(())
}

/// The years side by side, each judged by the quotas of the plan in force that year
/// (a period of several years is never judged as a whole against one year's quota).
fn years(wb: &mut Workbook, r: &Report, bold: &Format) -> Result<(), String> {
    let s = wb.add_worksheet().set_name("Các năm").map_err(err)?;
    let head = [
        "Năm",
        "Kế hoạch",
        "Chỉ tiêu toàn huyện",
        "Số đếm toàn huyện",
        "Toàn huyện",
        "Chỉ tiêu mỗi xã, thị trấn",
        "Số xã, thị trấn đạt",
        "Số xã, thị trấn tính chỉ tiêu",
    ];
    for (c, h) in head.iter().enumerate() {
        s.write_with_format(0, c as u16, *h, bold).map_err(err)?;
    }
    for (i, y) in r.years.iter().enumerate() {
        let row = (i + 1) as u32;
        s.write(row, 0, y.year).map_err(err)?;
        s.write(row, 1, y.plan.clone().unwrap_or_default()).map_err(err)?;
        for (c, n) in
            [(2, y.quota_district), (3, y.total), (5, y.quota_commune), (6, y.units_met), (7, y.units_with_quota)]
        {
            s.write(row, c, n as u32).map_err(err)?;
        }
        s.write(row, 4, if y.district_met { "Đạt" } else { "Chưa đạt" }).map_err(err)?;
    }
    noted(s, r, head.len(), r.years.len(), bold)?;
    s.set_column_width(1, 24).map_err(err)?;
    Ok(())
}

/// The list of exemplars (the annex).
fn exemplars(wb: &mut Workbook, r: &Report, bold: &Format) -> Result<(), String> {
    let wrap = Format::new().set_text_wrap();
    let s = wb.add_worksheet().set_name("Danh sách gương").map_err(err)?;
    let head = [
        "TT",
        "Tên cá nhân, tập thể, mô hình",
        "Loại",
        "Địa chỉ, đơn vị",
        "Lĩnh vực",
        "Tóm tắt thành tích",
        "Hình thức, địa chỉ tuyên truyền",
        "Khen thưởng",
        "Tiêu biểu",
        "Cơ quan đề xuất",
    ];
    for (c, h) in head.iter().enumerate() {
        s.write_with_format(0, c as u16, *h, bold).map_err(err)?;
    }
    for (i, a) in r.annex.iter().enumerate() {
        let row = (i + 1) as u32;
        let links = a.publicity.iter().map(|p| format!("{}: {}", p.outlet, p.url)).collect::<Vec<_>>().join("\n");
        s.write(row, 0, a.no as u32).map_err(err)?;
        for (c, v) in [
            (1, &a.name),
            (2, &a.kind),
            (3, &a.unit),
            (4, &a.field),
            (5, &a.summary),
            (6, &links),
            (7, &a.commendations),
            (8, &a.selected),
            (9, &a.proposer),
        ] {
            s.write_with_format(row, c, v.as_str(), &wrap).map_err(err)?;
        }
    }
    noted(s, r, head.len(), r.annex.len(), bold)?;
    for (c, w) in [(1, 30), (3, 20), (5, 60), (6, 50), (7, 30)] {
        s.set_column_width(c, w).map_err(err)?;
    }
    Ok(())
}

/// A sample's notice in a last column "Ghi chú", on the header and on each of `rows` rows.
fn noted(s: &mut rust_xlsxwriter::Worksheet, r: &Report, col: usize, rows: usize, bold: &Format) -> Result<(), String> {
    let Some(notice) = &r.sample else { return Ok(()) };
    let col = col as u16;
    s.write_with_format(0, col, "Ghi chú", bold).map_err(err)?;
    for row in 1..=rows {
        s.write(row as u32, col, notice.as_str()).map_err(err)?;
    }
    s.set_column_width(col, 30).map_err(err)?;
    Ok(())
}
