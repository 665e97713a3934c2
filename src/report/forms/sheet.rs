//! `kiem-tra-<slug>.docx`: the findings sheet an editor sends back to the commune after
//! `guong import`: each form field that has a finding, what was written there and what
//! `guong check` says of it, side by side; then the findings no field holds.

use super::xml::{BOLD, Doc, Fmt, NOTE, PLAIN, TEXT_WIDTH};

/// One line of the sheet: a field of the form, its value, and the findings on it.
pub(crate) struct Line {
    /// The form's label for the field ("Tóm tắt", "Minh chứng: Hoàn thành xuất sắc …").
    pub label: String,
    pub value: String,
    /// Each finding: (error?, the message in Vietnamese).
    pub findings: Vec<(bool, String)>,
}

/// What the sheet says at its top.
pub(crate) struct Head {
    pub title: String,
    /// The file imported, and where it was written.
    pub source: String,
    pub written: Vec<String>,
    pub errors: usize,
    pub warnings: usize,
}

const ERROR: Fmt = Fmt { bold: true, italic: false, size: 0, gray: false };

fn finding_paras(findings: &[(bool, String)]) -> Vec<(String, bool)> {
    findings.iter().map(|(e, m)| (format!("{} {m}", if *e { "Lỗi:" } else { "Lưu ý:" }), *e)).collect()
}

/// The sheet's `word/document.xml`.
pub(crate) fn document(head: &Head, lines: &[Line]) -> Vec<u8> {
    let mut d = Doc::new();
    d.title("PHIẾU KẾT QUẢ KIỂM TRA BÀI VIẾT");
    d.centered(&[(&head.title, Fmt { italic: true, ..BOLD })]);
    d.para(None, &[("Tệp đã nhập: ", BOLD), (&head.source, PLAIN)]);
    for w in &head.written {
        d.para(None, &[("Đã ghi: ", BOLD), (w, PLAIN)]);
    }
    let summary = if head.errors + head.warnings == 0 {
        "Không có lỗi, không có lưu ý: bài chờ biên tập viên duyệt để đăng.".to_owned()
    } else {
        format!(
            "{} lỗi, {} lưu ý. Lỗi phải sửa thì bài mới đăng được; lưu ý nên xem lại. Sửa trong phiếu đã gửi rồi gửi lại.",
            head.errors, head.warnings
        )
    };
    d.para(None, &[(&summary, BOLD)]);
    let w = [2700, 3300, TEXT_WIDTH - 6000];
    d.table_start(&w);
    d.row_start(true);
    for (i, h) in ["Mục trong phiếu", "Nội dung đã ghi", "Kết quả kiểm tra"].iter().enumerate() {
        d.cell(w[i], true, &[&[(h, BOLD)]]);
    }
    d.row_end();
    for l in lines {
        d.row_start(false);
        d.cell(w[0], false, &[&[(&l.label, BOLD)]]);
        let value: String = l.value.chars().take(600).collect();
        d.cell(w[1], false, &[&[(&value, PLAIN)]]);
        let paras = finding_paras(&l.findings);
        let runs: Vec<[(&str, Fmt); 1]> =
            paras.iter().map(|(t, e)| [(t.as_str(), if *e { ERROR } else { PLAIN })]).collect();
        let refs: Vec<&[(&str, Fmt)]> = runs.iter().map(|r| &r[..]).collect();
        if refs.is_empty() {
            d.cell(w[2], false, &[&[("Đạt", PLAIN)]]);
        } else {
            d.cell(w[2], false, &refs);
        }
        d.row_end();
    }
    d.table_end();
    d.para(None, &[("Phiếu do guong lập từ kết quả `guong check`; mã lỗi và vị trí trong tệp ghi ở cuối mỗi dòng cho biên tập viên.", NOTE)]);
    d.finish()
}
