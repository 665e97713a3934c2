//! `phieu-dong-y.docx`: the consent of Decree 13/2023/NĐ-CP on personal data protection:
//! what is published, on which channels, whether photos may be shown, the right to
//! withdraw and how, the date, who keeps the paper, and a guardian for a minor.

use super::xml::{BOLD, Control, Doc, Kind, NOTE, PLAIN, TEXT_WIDTH};
use super::{FIELD, LABEL, Scope, how_to, masthead, row, yes_no};

/// The channels the form asks about: (key of `consent.channels`, what the form says).
pub(crate) const CHANNELS: [(&str, &str); 4] = [
    ("web", "Trang thông tin điện tử, cổng thông tin của địa phương"),
    ("loudspeaker", "Đài truyền thanh, loa truyền thanh cơ sở"),
    ("print", "Bản tin, tài liệu in, pa-nô"),
    ("social", "Mạng xã hội (Facebook, Zalo…) của cơ quan, đơn vị"),
];

fn who(s: &Scope<'_>, d: &mut Doc) {
    d.table_start(&[LABEL, FIELD]);
    let ex = Kind::Choice(s.exemplar_choices("Gửi kèm phiếu đề xuất (chưa có hồ sơ)"));
    row(
        d,
        "Gương điển hình",
        "Người, hộ gia đình có thông tin được đăng.",
        &Control::new("exemplar", "Gương điển hình", ex, "[Chọn]"),
    );
    row(
        d,
        "Họ tên người đồng ý",
        "",
        &Control::new("consent.name", "Người đồng ý", Kind::Text { multi: false }, "[Nhập họ tên]"),
    );
    row(
        d,
        "Thành viên khác của hộ đồng ý",
        "Với hộ gia đình: mỗi người một dòng; người không ghi ở đây sẽ không được nêu tên.",
        &Control::new("consent.members", "Thành viên", Kind::Text { multi: true }, "[Nhập họ tên]"),
    );
    d.table_end();
}

fn what(d: &mut Doc) {
    d.heading(1, "I. THÔNG TIN ĐƯỢC CÔNG KHAI");
    d.para(
        None,
        &[(
            "Họ tên; đơn vị (thôn, xã); việc làm, thành tích, khen thưởng nêu trong bài viết và hồ sơ đề xuất; \
             ảnh (nếu đồng ý dưới đây). Không công khai số căn cước, số điện thoại, địa chỉ chi tiết, \
             thông tin sức khỏe hay hoàn cảnh gia đình.",
            PLAIN,
        )],
    );
    d.heading(1, "II. KÊNH ĐĂNG VÀ ẢNH");
    d.table_start(&[LABEL, FIELD]);
    for (key, label) in CHANNELS {
        let c = Control::new(format!("consent.channels.{key}"), label, yes_no("Đồng ý", "Không đồng ý"), "[Chọn]");
        row(d, label, "", &c);
    }
    row(d, "Ảnh của tôi", "", &Control::new("consent.photos", "Ảnh", yes_no("Đồng ý", "Không đồng ý"), "[Chọn]"));
    d.table_end();
}

fn withdraw(d: &mut Doc) {
    d.heading(1, "III. QUYỀN RÚT LẠI SỰ ĐỒNG Ý");
    d.para(
        None,
        &[(
            "Tôi được biết: tôi có quyền rút lại sự đồng ý bất cứ lúc nào, bằng văn bản hoặc nói trực tiếp với \
             Ủy ban nhân dân xã nơi giữ phiếu này. Khi rút lại, bài viết và ảnh về tôi được gỡ khỏi mọi kênh \
             trong lần cập nhật tiếp theo; việc rút lại không ảnh hưởng đến những gì đã đăng trước đó \
             (Điều 12 Nghị định số 13/2023/NĐ-CP).",
            PLAIN,
        )],
    );
}

fn signed(s: &Scope<'_>, d: &mut Doc) {
    d.heading(1, "IV. NGÀY ĐỒNG Ý, NƠI GIỮ PHIẾU, NGƯỜI GIÁM HỘ");
    d.table_start(&[LABEL, FIELD]);
    row(d, "Ngày ký", "", &Control::new("consent.given", "Ngày ký", Kind::Date, "[Chọn ngày]"));
    row(
        d,
        "Nơi giữ phiếu",
        "",
        &Control::new("consent.held_by", "Nơi giữ phiếu", Kind::Choice(s.unit_choices()), "[Chọn]"),
    );
    row(
        d,
        "Người được nêu dưới 18 tuổi",
        "",
        &Control::new("consent.minor", "Dưới 18 tuổi", yes_no("Có", "Không"), "[Chọn]"),
    );
    row(
        d,
        "Cha, mẹ hoặc người giám hộ",
        "Bắt buộc khi người được nêu dưới 18 tuổi; người này ký thay.",
        &Control::new("consent.guardian", "Người giám hộ", Kind::Text { multi: false }, "[Nhập họ tên]"),
    );
    d.table_end();
    d.para(None, &[]);
    let w = TEXT_WIDTH / 2;
    d.table_start(&[w, TEXT_WIDTH - w]);
    d.row_start(false);
    d.cell(w, false, &[&[("CHA, MẸ HOẶC NGƯỜI GIÁM HỘ", BOLD)], &[("(nếu có; ký, ghi rõ họ tên)", NOTE)]]);
    d.cell(TEXT_WIDTH - w, false, &[&[("NGƯỜI ĐỒNG Ý", BOLD)], &[("(ký, ghi rõ họ tên)", NOTE)]]);
    d.row_end();
    d.table_end();
}

/// `word/document.xml` of the consent form.
pub(super) fn form(s: &Scope<'_>) -> Vec<u8> {
    let mut d = Doc::new();
    masthead(
        &mut d,
        "PHIẾU ĐỒNG Ý CÔNG KHAI THÔNG TIN CÁ NHÂN",
        "(theo Nghị định số 13/2023/NĐ-CP ngày 17 tháng 4 năm 2023 của Chính phủ về bảo vệ dữ liệu cá nhân)",
    );
    how_to(&mut d, s.date);
    who(s, &mut d);
    what(&mut d);
    withdraw(&mut d);
    signed(s, &mut d);
    d.finish()
}
