//! `de-xuat-guong.docx`: the nomination (the `proposed` stage of an exemplar record):
//! who, which unit and field, the profile, achievements per criterion, commendations,
//! the proposing body and the date.

use super::xml::{BOLD, Control, Doc, Kind, NOTE, PLAIN, TEXT_WIDTH};
use super::{FIELD, LABEL, Scope, how_to, masthead, row};

/// Commendation rows the form has.
pub(crate) const COMMENDATIONS: usize = 3;

fn long(tag: &str, alias: &str, hint: &str) -> Control {
    Control::new(tag, alias, Kind::Text { multi: true }, hint)
}

fn who(s: &Scope<'_>, d: &mut Doc) {
    d.heading(1, "I. GƯƠNG ĐIỂN HÌNH ĐƯỢC ĐỀ XUẤT");
    d.table_start(&[LABEL, FIELD]);
    row(
        d,
        "Tên",
        "Họ tên cá nhân, tên hộ, tập thể hoặc mô hình.",
        &Control::new("name", "Tên", Kind::Text { multi: false }, "[Nhập tên]"),
    );
    let types = ["individual", "household", "collective", "practice"]
        .into_iter()
        .map(|t| {
            let label = match t {
                "individual" => "Cá nhân",
                "household" => "Hộ gia đình",
                "collective" => "Tập thể",
                _ => "Mô hình mới, cách làm hay",
            };
            (label.to_owned(), t.to_owned())
        })
        .collect();
    row(d, "Loại", "", &Control::new("type", "Loại", Kind::Choice(types), "[Chọn loại]"));
    row(d, "Đơn vị", "", &Control::new("unit", "Đơn vị", Kind::Choice(s.unit_choices()), "[Chọn đơn vị]"));
    row(d, "Lĩnh vực", "", &Control::new("field", "Lĩnh vực", Kind::Choice(s.field_choices()), "[Chọn lĩnh vực]"));
    row(
        d,
        "Tóm tắt lý lịch, quá trình",
        "Nghề nghiệp, công việc, thời gian; thành tích chính có số liệu.",
        &long("profile", "Lý lịch", "[Nhập tóm tắt]"),
    );
    d.table_end();
}

fn achievements(s: &Scope<'_>, d: &mut Doc) {
    d.heading(1, "II. THÀNH TÍCH THEO TIÊU CHUẨN");
    d.table_start(&[LABEL, FIELD]);
    for (i, c) in s.cfg.criteria.general.iter().enumerate() {
        let label = format!("{}. {}", i + 1, c.title);
        row(d, &label, &c.text, &long(&format!("achievements.{}", c.id), &c.title, "[Nhập thành tích]"));
    }
    for (c, scope) in s.local_criteria() {
        let label = format!("Tiêu chuẩn riêng: {}", c.title);
        let note = format!("{} Áp dụng cho {scope}.", c.text);
        row(d, &label, &note, &long(&format!("achievements.{}", c.id), &c.title, "[Nhập nếu thuộc phạm vi]"));
    }
    d.table_end();
}

fn commendations(s: &Scope<'_>, d: &mut Doc) {
    d.heading(1, "III. KHEN THƯỞNG ĐÃ NHẬN");
    d.para(None, &[("Ghi tên như trên quyết định; năm là năm ký quyết định.", NOTE)]);
    let w = [600, 4200, 1200, TEXT_WIDTH - 6000];
    d.table_start(&w);
    d.row_start(true);
    for (i, h) in ["TT", "Hình thức, danh hiệu", "Năm", "Số, ngày quyết định"].iter().enumerate() {
        d.cell(w[i], true, &[&[(h, BOLD)]]);
    }
    d.row_end();
    let forms: Vec<(String, String)> =
        s.cfg.criteria.commendations.iter().map(|c| (c.name.clone(), c.id.clone())).collect();
    for n in 1..=COMMENDATIONS {
        d.row_start(false);
        d.cell(w[0], false, &[&[(&n.to_string(), PLAIN)]]);
        let tag = format!("recognition.{n}");
        d.control_cell(w[1], &Control::new(format!("{tag}.form"), "Hình thức", Kind::Choice(forms.clone()), "[Chọn]"));
        d.control_cell(w[2], &Control::new(format!("{tag}.year"), "Năm", Kind::Text { multi: false }, "[Năm]"));
        d.control_cell(
            w[3],
            &Control::new(format!("{tag}.decision"), "Quyết định", Kind::Text { multi: false }, "[Số, ngày]"),
        );
        d.row_end();
    }
    d.table_end();
}

fn proposer(s: &Scope<'_>, d: &mut Doc) {
    d.heading(1, "IV. ĐƠN VỊ ĐỀ XUẤT");
    let mut by = s.unit_choices();
    by.extend(s.cfg.agencies.iter().filter_map(|a| a.name_on(s.date).map(|n| (n.to_owned(), a.id.clone()))));
    d.table_start(&[LABEL, FIELD]);
    row(d, "Cơ quan, đơn vị đề xuất", "", &Control::new("proposed.by", "Đơn vị đề xuất", Kind::Choice(by), "[Chọn]"));
    row(d, "Ngày đề xuất", "", &Control::new("proposed.date", "Ngày đề xuất", Kind::Date, "[Chọn ngày]"));
    d.table_end();
}

/// `word/document.xml` of the nomination form.
pub(super) fn form(s: &Scope<'_>) -> Vec<u8> {
    let mut d = Doc::new();
    masthead(
        &mut d,
        "PHIẾU ĐỀ XUẤT GƯƠNG ĐIỂN HÌNH TIÊN TIẾN",
        "(Kế hoạch tuyên truyền gương điển hình tiên tiến, mục VI)",
    );
    how_to(&mut d, s.date);
    who(s, &mut d);
    achievements(s, &mut d);
    commendations(s, &mut d);
    proposer(s, &mut d);
    d.finish()
}
