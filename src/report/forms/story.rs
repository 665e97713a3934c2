//! `bai-viet.docx`: a story (or a practice) as the front matter asks for it, with one box
//! per criterion that applies, the summary's limit, the body, and a table of photos.

use super::xml::{BOLD, Control, Doc, Kind, NOTE, PLAIN};
use super::{FIELD, LABEL, Scope, how_to, masthead, row, yes_no};

/// Photos the form has rows for.
pub(crate) const PHOTOS: usize = 3;

fn text(tag: &str, alias: &str, hint: &str) -> Control {
    Control::new(tag, alias, Kind::Text { multi: false }, hint)
}

fn long(tag: &str, alias: &str, hint: &str) -> Control {
    Control::new(tag, alias, Kind::Text { multi: true }, hint)
}

fn general(s: &Scope<'_>, d: &mut Doc) {
    d.heading(1, "I. THÔNG TIN CHUNG");
    d.table_start(&[LABEL, FIELD]);
    row(d, "Tiêu đề", "Không quá 200 ký tự.", &text("title", "Tiêu đề", "[Nhập tiêu đề bài viết]"));
    let kinds = vec![
        ("Gương điển hình".to_owned(), "story".to_owned()),
        ("Mô hình mới, cách làm hay".to_owned(), "practice".to_owned()),
    ];
    row(d, "Loại bài", "", &Control::new("kind", "Loại bài", Kind::Choice(kinds), "[Chọn loại bài]"));
    row(
        d,
        "Ngày của bài",
        "Năm của ngày này là năm tính chỉ tiêu.",
        &Control::new("date", "Ngày", Kind::Date, "[Chọn ngày]"),
    );
    let units = Kind::Choice(s.unit_choices());
    row(
        d,
        "Đơn vị",
        "Xã, thị trấn (hoặc huyện) của gương điển hình.",
        &Control::new("commune", "Đơn vị", units, "[Chọn đơn vị]"),
    );
    let fields = Kind::Choice(s.field_choices());
    row(d, "Lĩnh vực", "", &Control::new("field", "Lĩnh vực", fields, "[Chọn lĩnh vực]"));
    let ex = Kind::Choice(s.exemplar_choices("Chưa có hồ sơ gương điển hình"));
    row(
        d,
        "Gương điển hình",
        "Chọn nếu người, tập thể, mô hình đã có hồ sơ; nếu chưa, điền ba dòng dưới.",
        &Control::new("exemplar", "Gương điển hình", ex, "[Chọn gương điển hình đã có hồ sơ]"),
    );
    let types = vec![
        ("Cá nhân".to_owned(), "individual".to_owned()),
        ("Hộ gia đình".to_owned(), "household".to_owned()),
        ("Tập thể".to_owned(), "collective".to_owned()),
    ];
    row(
        d,
        "Đối tượng",
        "Khi chưa có hồ sơ.",
        &Control::new("subject.type", "Đối tượng", Kind::Choice(types), "[Chọn đối tượng]"),
    );
    row(d, "Tên người, hộ, tập thể", "Khi chưa có hồ sơ.", &text("subject.name", "Tên", "[Nhập tên]"));
    let consent = yes_no("Đã có phiếu đồng ý (Nghị định 13/2023/NĐ-CP)", "Chưa có phiếu đồng ý");
    row(
        d,
        "Sự đồng ý",
        "Cá nhân, hộ gia đình phải đồng ý công khai thông tin (gửi kèm phiếu đồng ý).",
        &Control::new("subject.consent", "Sự đồng ý", consent, "[Chọn]"),
    );
    let mut cols = vec![("Không".to_owned(), String::new())];
    cols.extend(s.cfg.columns.iter().map(|c| (c.title.clone(), c.id.clone())));
    row(
        d,
        "Chuyên mục thêm",
        "Không bắt buộc.",
        &Control::new("columns", "Chuyên mục", Kind::Choice(cols), "[Chọn chuyên mục]"),
    );
    row(d, "Tác giả", "Họ tên, chức vụ, đơn vị người viết.", &text("author", "Tác giả", "[Nhập tác giả]"));
    d.table_end();
}

fn criteria(s: &Scope<'_>, d: &mut Doc) {
    d.heading(1, "II. MINH CHỨNG THEO TIÊU CHUẨN");
    d.para(None, &[("Mỗi tiêu chuẩn ghi việc làm, số liệu cụ thể, kiểm chứng được; không dùng lời cường điệu (“nhất cả nước”, “chưa từng có”…).", NOTE)]);
    d.table_start(&[LABEL, FIELD]);
    for (i, c) in s.cfg.criteria.general.iter().enumerate() {
        let label = format!("{}. {}", i + 1, c.title);
        row(d, &label, &c.text, &long(&format!("criteria.{}", c.id), &c.title, "[Nhập minh chứng]"));
    }
    for (c, scope) in s.local_criteria() {
        let label = format!("Tiêu chuẩn riêng: {}", c.title);
        let note = format!("{} Áp dụng cho {scope}; bài khác để trống.", c.text);
        row(d, &label, &note, &long(&format!("criteria.{}", c.id), &c.title, "[Nhập minh chứng nếu thuộc phạm vi]"));
    }
    row(
        d,
        "Tiêu chuẩn của lĩnh vực",
        "Đáp ứng yêu cầu riêng của lĩnh vực đã chọn (Kế hoạch, mục V.2) như thế nào.",
        &long("field_evidence", "Tiêu chuẩn lĩnh vực", "[Nhập minh chứng]"),
    );
    row(
        d,
        "Kết quả đạt được",
        "Chỉ với mô hình mới, cách làm hay: có số liệu.",
        &long("results", "Kết quả", "[Nhập kết quả]"),
    );
    row(
        d,
        "Cách nhân rộng",
        "Chỉ với mô hình mới, cách làm hay.",
        &long("replication", "Nhân rộng", "[Nhập cách nhân rộng]"),
    );
    d.table_end();
}

fn body(d: &mut Doc) {
    d.heading(1, "III. TÓM TẮT VÀ NỘI DUNG");
    d.table_start(&[LABEL, FIELD]);
    row(d, "Tóm tắt", "Tối đa 300 ký tự; hiện ở trang chủ và bản tin.", &long("summary", "Tóm tắt", "[Nhập tóm tắt]"));
    d.table_end();
    d.para(None, &[("Nội dung bài viết", BOLD)]);
    d.para(
        None,
        &[(
            "Viết trong khung dưới: mỗi ý một đoạn; tiêu đề mục dùng kiểu Heading; có thể in đậm, in nghiêng, \
             gạch đầu dòng, bảng, liên kết. Không ghi số căn cước, số điện thoại của người dân.",
            NOTE,
        )],
    );
    d.block_control(&Control::new("body", "Nội dung", Kind::Rich, "[Nhập nội dung bài viết]"));
}

fn photos(d: &mut Doc) {
    d.heading(1, "IV. ẢNH");
    d.para(None, &[("Dán ảnh (JPEG, PNG) vào ô “Ảnh”; ảnh thứ nhất là ảnh đại diện. Mô tả ảnh dành cho người khiếm thị: tả điều ảnh cho thấy.", NOTE)]);
    let w = [600, 3000, 2500, super::xml::TEXT_WIDTH - 6100];
    d.table_start(&w);
    d.row_start(true);
    for (i, h) in ["TT", "Ảnh", "Chú thích", "Mô tả ảnh (bắt buộc khi có ảnh)"].iter().enumerate() {
        d.cell(w[i], true, &[&[(h, BOLD)]]);
    }
    d.row_end();
    for n in 1..=PHOTOS {
        d.row_start(false);
        d.cell(w[0], false, &[&[(&n.to_string(), PLAIN)]]);
        d.control_cell(w[1], &Control::new(format!("photo.{n}"), format!("Ảnh {n}"), Kind::Rich, "[Dán ảnh]"));
        d.control_cell(w[2], &long(&format!("photo.{n}.caption"), &format!("Chú thích ảnh {n}"), "[Chú thích]"));
        d.control_cell(w[3], &long(&format!("photo.{n}.alt"), &format!("Mô tả ảnh {n}"), "[Mô tả ảnh]"));
        d.row_end();
    }
    d.table_end();
}

/// `word/document.xml` of the story form.
pub(super) fn form(s: &Scope<'_>) -> Vec<u8> {
    let mut d = Doc::new();
    masthead(
        &mut d,
        "PHIẾU BÀI VIẾT GƯƠNG ĐIỂN HÌNH TIÊN TIẾN",
        "(gửi biên tập viên để đăng trên các kênh của địa phương)",
    );
    how_to(&mut d, s.date);
    general(s, &mut d);
    criteria(s, &mut d);
    body(&mut d);
    photos(&mut d);
    d.finish()
}
