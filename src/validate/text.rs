//! Checks on the words themselves, anywhere in a story file: inflated claims, PDF
//! artefacts, text not in Unicode NFC, and what looks like personal data.

use crate::diagnostic::{Diagnostic, Pos, Text};
use regex::Regex;
use unicode_normalization::{is_nfc, UnicodeNormalization};

/// Compiled once per run from `criteria.yaml`, shared by every file.
pub struct TextRules {
    exaggeration: Option<Regex>,
    personal: Vec<(Regex, &'static str, &'static str)>,
    /// Public contacts from `privacy.allow`, compared without spaces, dots and dashes.
    allowed: Vec<String>,
}

fn bare(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, ' ' | '.' | '-')).collect::<String>().to_lowercase()
}

impl TextRules {
    pub fn new(phrases: &[String]) -> TextRules {
        Self::with_allowed(phrases, &[])
    }

    pub fn with_allowed(phrases: &[String], allow: &[String]) -> TextRules {
        let alts: Vec<String> = phrases
            .iter()
            .map(|p| p.nfc().collect::<String>())
            .filter(|p| !p.trim().is_empty())
            .map(|p| regex::escape(p.trim()))
            .collect();
        // Word boundaries keep "số một" from matching inside longer words.
        let exaggeration = (!alts.is_empty()).then(|| Regex::new(&format!(r"(?i)\b(?:{})\b", alts.join("|"))).ok()).flatten();
        let pat = |re: &str| Regex::new(re).expect("built-in pattern");
        let personal = vec![
            (pat(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "địa chỉ thư điện tử", "an e-mail address"),
            (pat(r"(?:\+84|\b0)(?:[35789]\d|2\d{2})(?:[ .-]?\d){6,7}\b"), "số điện thoại", "a phone number"),
            (pat(r"\b\d{12}\b"), "số căn cước công dân (12 chữ số)", "a citizen ID number (12 digits)"),
            (pat(r"\b\d{9}\b"), "số chứng minh nhân dân (9 chữ số)", "an old ID card number (9 digits)"),
        ];
        TextRules { exaggeration, personal, allowed: allow.iter().map(|a| bare(a)).collect() }
    }

    /// Scans the whole (normalised) file text. The `id:` line is skipped: a UUID is not
    /// personal data.
    pub fn scan(&self, path: &str, text: &str, out: &mut Vec<Diagnostic>) {
        for (i, line) in text.split('\n').enumerate() {
            let line_no = i + 1;
            if line.starts_with("id:") {
                continue;
            }
            let col = |byte: usize| line[..byte].chars().count() + 1;
            if let Some(re) = &self.exaggeration {
                for m in re.find_iter(line) {
                    out.push(
                        Diagnostic::warning(
                            "exaggeration",
                            path,
                            Pos::new(line_no, col(m.start())),
                            Text::new(
                                format!("cụm từ “{}” có thể bị coi là cường điệu, thổi phồng thành tích (Kế hoạch, mục IV.3)", m.as_str()),
                                format!("“{}” may read as an inflated claim, which the plan forbids (section IV.3)", m.as_str()),
                            ),
                        )
                        .with_help(Text::new(
                            "viết khách quan, nêu việc làm và số liệu cụ thể thay cho lời khen chung",
                            "be objective: state deeds and figures instead of praise",
                        )),
                    );
                }
            }
            if let Some(b) = line.find(['ƣ', 'Ƣ']) {
                let fixed: String = line.replace('ƣ', "ư").replace('Ƣ', "Ư");
                let word_start = line[..b].rfind(' ').map_or(0, |s| s + 1);
                let word_end = line[b..].find(' ').map_or(line.len(), |e| b + e);
                let fixed_word = fixed_slice(&line[word_start..word_end]);
                out.push(
                    Diagnostic::warning(
                        "pdf-artefact",
                        path,
                        Pos::new(line_no, col(b)),
                        Text::new(
                            format!("chữ “{}” có ký tự `ƣ` (lỗi khi chép từ PDF)", &line[word_start..word_end]),
                            format!("“{}” holds `ƣ`, an artefact of copying from PDF", &line[word_start..word_end]),
                        ),
                    )
                    .with_help(Text::new(
                        format!("thay `ƣ` bằng `ư`: “{fixed_word}”; `guong check` báo mỗi dòng một lần"),
                        format!("replace `ƣ` with `ư`: “{fixed_word}”; reported once per line"),
                    )),
                );
                let _ = fixed;
            }
            if !is_nfc(line) {
                let b = first_non_nfc(line);
                out.push(
                    Diagnostic::warning(
                        "not-nfc",
                        path,
                        Pos::new(line_no, col(b)),
                        Text::new(
                            "chữ Việt ở đây gõ dạng tổ hợp (dấu tách rời chữ, không phải Unicode dựng sẵn NFC): tìm kiếm và sắp xếp sẽ sai",
                            "the Vietnamese here is decomposed (not Unicode NFC): search and sorting will go wrong",
                        ),
                    )
                    .with_help(Text::new(
                        "gõ lại bằng bảng mã Unicode dựng sẵn, hoặc dùng chức năng chuyển mã sang “Unicode dựng sẵn” của Unikey",
                        "retype it with precomposed Unicode, or convert it to NFC (Unikey: “Unicode dựng sẵn”)",
                    )),
                );
            }
            for (re, vi, en) in &self.personal {
                if let Some(m) = re.find_iter(line).find(|m| !self.allowed.contains(&bare(m.as_str()))) {
                    out.push(
                        Diagnostic::warning(
                            "personal-data",
                            path,
                            Pos::new(line_no, col(m.start())),
                            Text::new(
                                format!("“{}” trông giống {vi}: không công bố dữ liệu cá nhân", m.as_str()),
                                format!("“{}” looks like {en}: do not publish personal data", m.as_str()),
                            ),
                        )
                        .with_help(Text::new(
                            "xóa thông tin này khỏi bài, trừ khi là số liên hệ công khai của cơ quan",
                            "remove it from the story, unless it is an agency's public contact",
                        )),
                    );
                    break; // one personal-data finding per line is enough to act on
                }
            }
        }
    }
}

fn fixed_slice(word: &str) -> String {
    word.replace('ƣ', "ư").replace('Ƣ', "Ư").trim_matches(|c: char| !c.is_alphanumeric()).to_owned()
}

/// Byte offset of the first character whose run is not in NFC.
fn first_non_nfc(line: &str) -> usize {
    let mut start = 0;
    for (i, c) in line.char_indices() {
        // A base character starts a new run; check the run that ends before it.
        if unicode_normalization::char::canonical_combining_class(c) == 0 && i > start {
            if !is_nfc(&line[start..i]) {
                return start;
            }
            start = i;
        }
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<(&'static str, usize, usize)> {
        let rules = TextRules::new(&["nhất cả nước".into(), "chưa từng có".into()]);
        let mut out = Vec::new();
        rules.scan("a.md", text, &mut out);
        out.iter().map(|d| (d.code, d.pos.line, d.pos.column)).collect()
    }

    #[test]
    fn exaggeration_is_case_insensitive_with_position() {
        assert_eq!(codes("x\nMô hình Chưa Từng Có ở đây"), [("exaggeration", 2, 9)]);
    }

    #[test]
    fn pdf_artefact_is_found() {
        assert_eq!(codes("ĐỐI TƢỢNG"), [("pdf-artefact", 1, 6)]);
    }

    #[test]
    fn decomposed_text_is_not_nfc() {
        let nfd: String = "Xin chào Đồng Tiến".nfd().collect();
        let found = codes(&nfd);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "not-nfc");
    }

    #[test]
    fn personal_data_patterns() {
        assert_eq!(codes("gọi 0912 345 678 nhé")[0].0, "personal-data");
        assert_eq!(codes("CCCD 038123456789")[0].0, "personal-data");
        assert_eq!(codes("thư: a.b@gmail.com")[0].0, "personal-data");
        assert!(codes("năm 2024, 1.200 hộ, 15/3/2024").is_empty());
        assert!(codes("id: 123456789012").is_empty());
    }

    #[test]
    fn public_contacts_can_be_allowed() {
        let rules = TextRules::with_allowed(&[], &["0237.3867.123".into()]);
        let mut out = Vec::new();
        rules.scan("a.md", "Đường dây nóng: 0237 3867 123", &mut out);
        assert!(out.is_empty(), "{out:?}");
        rules.scan("a.md", "Gọi 0912 345 678", &mut out);
        assert_eq!(out.len(), 1);
    }
}
