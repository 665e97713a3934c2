//! Issue 32, true to the office: each test pins one wrong output of the review.
//!
//! Item 3, the loudspeaker scripts: what an announcer reads of a story is checked
//! against the sentences an announcer would say, and a recording's transcript is the
//! text it reads, without the header meant for the announcer.

use crate::support::Site;

const STORY: &str = "content/stories/2024/doi-dan-quan-xuan-thinh.md";
const PORTAL: &str = "public/cong-thong-tin";

/// The fixture site with loudspeaker scripts on, and the militia story's body replaced.
fn with_scripts(body: &str) -> Site {
    let site = Site::new("site");
    let yaml = site.read("content/site.yaml");
    site.write("content/site.yaml", &yaml.replace("outlets:\n", "broadcast:\n  scripts: true\noutlets:\n"));
    let text = site.read(STORY).replace("Trung đội có 31 đồng chí, huấn luyện đạt loại giỏi.", body);
    site.write(STORY, &text);
    site
}

const BODY: &str = "\
Thực hiện Quyết định số 12/QĐ-UBND và Chỉ thị 34-CT/TW, theo Nghị quyết 1686/NQ-UBTVQH15, BCH Quân sự xã \
phối hợp với BCH Đoàn xã, HND, ĐTN và NHCSXH hỗ trợ 10 ha/thôn, mỗi ha 5 tr.đ; cả năm 120 tr từ quý I-IV.

Đồng chí PCT UBND xã phụ trách công tác TĐKT đề nghị ứng dụng KH&CN; liên hệ 0912 345 678.

Kết quả huấn luyện qua các năm như sau:

| Năm | Loại |
|---|---|
| 2023 | Giỏi |

Trung đội tiếp tục giữ vững danh hiệu.";

/// Each case of the review, as the script file says it (before the fix: "mười héc-ta
/// trên thôn", "mỗi ha", "năm tr.đ", "quý một-IV", "mười hai quyết định", "ba mươi tư
/// CT trên TW", "BCH" left as Ban Chấp hành for the militia, phone numbers read as
/// hundreds, TĐKT, PCT, NHCSXH, HND, ĐTN spelt out as letters, and "như sau:" read with
/// nothing after it).
#[test]
fn a_script_reads_an_office_s_writing_as_an_announcer_would() {
    let site = with_scripts(BODY);
    let run = site.guong(&["build"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let script = site.read(&format!("{PORTAL}/bai-viet/doi-dan-quan-xuan-thinh/doc-tren-loa.txt"));
    let (_, read) = script.split_once("\n----\n").expect("a header, then what is read");
    for spoken in [
        "Thực hiện Quyết định số mười hai của Ủy ban nhân dân",
        "Chỉ thị số ba mươi tư của Trung ương",
        "theo Nghị quyết số một nghìn sáu trăm tám mươi sáu của Ủy ban Thường vụ Quốc hội khóa mười lăm",
        "Ban Chỉ huy Quân sự xã phối hợp với Ban Chấp hành Đoàn xã, Hội Nông dân, Đoàn Thanh niên và \
         Ngân hàng Chính sách xã hội",
        "hỗ trợ mười héc-ta một thôn, mỗi héc-ta năm triệu đồng",
        "cả năm một trăm hai mươi triệu từ quý một đến quý bốn.",
        "Đồng chí Phó Chủ tịch Ủy ban nhân dân xã phụ trách công tác thi đua, khen thưởng đề nghị ứng dụng \
         khoa học và công nghệ",
        "liên hệ không chín một hai, ba bốn năm, sáu bảy tám.",
        "Trung đội tiếp tục giữ vững danh hiệu.",
    ] {
        assert!(read.contains(spoken), "«{spoken}» in:\n{read}");
    }
    assert!(!read.contains("như sau"), "the sentence leading into the table is not read:\n{read}");
    assert!(!read.chars().any(|c| c.is_ascii_digit()), "every number is spoken:\n{read}");
}

/// The player's transcript is what the recording says: the script's text, not its
/// header for the announcer ("phần đầu này không đọc", airtime, address).
#[test]
fn a_recording_s_transcript_is_its_text_without_the_announcer_s_header() {
    let site = with_scripts("Trung đội có 31 đồng chí, huấn luyện đạt loại giỏi.");
    let from = crate::support::repo().join("tests/fixtures/audio/chuong.mp3");
    std::fs::create_dir_all(site.path().join("content/media")).unwrap();
    std::fs::copy(from, site.path().join("content/media/dan-quan.mp3")).unwrap();
    let text =
        site.read(STORY).replace("field: quoc-phong-an-ninh", "field: quoc-phong-an-ninh\naudio: media/dan-quan.mp3");
    site.write(STORY, &text);
    let run = site.guong(&["build"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let page = site.read(&format!("{PORTAL}/bai-viet/doi-dan-quan-xuan-thinh/index.html"));
    let doc = scraper::Html::parse_document(&page);
    let transcript: String =
        doc.select(&scraper::Selector::parse("#ban-doc .transcript").unwrap()).next().unwrap().text().collect();
    assert!(transcript.starts_with("Trung đội dân quân cơ động xã Xuân Thịnh"), "{transcript}");
    assert!(transcript.contains("ba mươi mốt đồng chí"), "{transcript}");
    for header in ["BÀI ĐỌC TRÊN LOA", "không đọc", "Thời lượng", "Bài trên trang", "----"] {
        assert!(!transcript.contains(header), "«{header}» in the transcript:\n{transcript}");
    }
}
