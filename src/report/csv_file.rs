//! The report as CSV, one row per unit: UTF-8 with a BOM so that Excel opens Vietnamese
//! correctly; the unit's statistics code (not guong's id, which closes the row), the
//! fields by name; every text cell kept from being read as a formula.

use super::Report;

/// A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, a tab or a carriage
/// return first) is written after an apostrophe, which spreadsheets show as text.
pub(super) fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() }
}

pub(super) const HEADER: [&str; 17] = [
    "Năm",
    "Mã đơn vị",
    "Tên đơn vị",
    "Loại",
    "Số điển hình được giới thiệu",
    "Số bài",
    "Chỉ tiêu",
    "Còn thiếu",
    "Đạt chỉ tiêu",
    "Sáp nhập vào",
    "Lĩnh vực",
    "Đề xuất",
    "Thẩm định",
    "Tiêu biểu",
    "Nhân rộng",
    "Làm theo",
    "Mã định danh",
];

impl Report {
    /// One row per unit, under `HEADER`.
    pub(crate) fn csv(&self) -> Vec<u8> {
        let mut out = "\u{feff}".as_bytes().to_vec();
        {
            let mut w = csv::Writer::from_writer(&mut out);
            // A sample's rows are an illustration: a last column says so on each row.
            let note = self.sample.as_deref().map(cell);
            let mut header = HEADER.to_vec();
            header.extend(note.as_ref().map(|_| "Ghi chú"));
            let _ = w.write_record(&header);
            for u in &self.units {
                let fields: Vec<String> = u.fields_named.iter().map(|(f, n)| format!("{f}: {n}")).collect();
                let mut row = vec![
                    self.year.to_string(),
                    cell(u.code.as_deref().unwrap_or_default()),
                    cell(&u.full_name),
                    if u.kind == "thi-tran" { "thị trấn".into() } else { "xã".into() },
                    u.count.to_string(),
                    u.stories.to_string(),
                    u.quota.map_or(String::new(), |q| q.to_string()),
                    u.short.to_string(),
                    if u.quota.is_none() {
                        "—".into()
                    } else if u.met {
                        "Đạt".into()
                    } else {
                        "Chưa đạt".into()
                    },
                    cell(&u.merged_into_name.clone().unwrap_or_default()),
                    cell(&fields.join("; ")),
                    u.proposed.to_string(),
                    u.appraised.to_string(),
                    u.selected.to_string(),
                    u.replicated.to_string(),
                    u.adopted.to_string(),
                    cell(&u.id),
                ];
                row.extend(note.clone());
                let _ = w.write_record(&row);
            }
            let _ = w.flush();
        }
        out
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn formulas_are_written_as_text() {
        assert_eq!(super::cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(super::cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(super::cell("-1+2"), "'-1+2");
        assert_eq!(super::cell("xã Thọ Tân"), "xã Thọ Tân");
    }
}
