//! Checks on the words themselves, anywhere in a story file: inflated claims, PDF
//! artefacts, text not in Unicode NFC, and what looks like personal data.

use crate::diagnostic::{Diagnostic, Pos, Text};
use regex::Regex;
use unicode_normalization::{UnicodeNormalization, is_nfc};

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
        // No `\b` in the pattern: Unicode word boundaries push the regex engine off its
        // fast path; boundaries are checked on the (rare) matches instead.
        let exaggeration = (!alts.is_empty()).then(|| Regex::new(&format!(r"(?i){}", alts.join("|"))).ok()).flatten();
        let pat = |re: &str| Regex::new(re).expect("built-in pattern");
        // Digits are ASCII, so ASCII boundaries (`(?-u:\b)`) are exact here, and fast.
        let personal = vec![
            (pat(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "địa chỉ thư điện tử", "an e-mail address"),
            (
                pat(r"(?:\+84|(?-u:\b)0)(?:[35789]\d|2\d{2})(?:[ .-]?\d){6,7}(?-u:\b)"),
                "số điện thoại",
                "a phone number",
            ),
            (pat(r"(?-u:\b)\d{12}(?-u:\b)"), "số căn cước công dân (12 chữ số)", "a citizen ID number (12 digits)"),
            (pat(r"(?-u:\b)\d{9}(?-u:\b)"), "số chứng minh nhân dân (9 chữ số)", "an old ID card number (9 digits)"),
        ];
        TextRules { exaggeration, personal, allowed: allow.iter().map(|a| bare(a)).collect() }
    }

    /// Scans the whole (normalised) file text. The `id:` line is skipped: a UUID is not
    /// personal data. Each check runs over the whole text at once; lines are only
    /// looked at where something was found.
    pub fn scan(&self, path: &str, text: &str, out: &mut Vec<Diagnostic>) {
        let lines = LineIndex::new(text);
        let skip = |at: usize| lines.line_text(text, at).starts_with("id:");
        if let Some(re) = &self.exaggeration {
            for m in re.find_iter(text) {
                let before = text[..m.start()].chars().next_back();
                let after = text[m.end()..].chars().next();
                if before.is_some_and(char::is_alphanumeric)
                    || after.is_some_and(char::is_alphanumeric)
                    || skip(m.start())
                {
                    continue; // inside a longer word
                }
                out.push(
                    Diagnostic::warning(
                        "exaggeration",
                        path,
                        lines.pos(text, m.start()),
                        Text::new(
                            format!(
                                "cụm từ “{}” có thể bị coi là cường điệu, thổi phồng thành tích (Kế hoạch, mục IV.3)",
                                m.as_str()
                            ),
                            format!(
                                "“{}” may read as an inflated claim, which the plan forbids (section IV.3)",
                                m.as_str()
                            ),
                        ),
                    )
                    .with_help(Text::new(
                        "viết khách quan, nêu việc làm và số liệu cụ thể thay cho lời khen chung",
                        "be objective: state deeds and figures instead of praise",
                    )),
                );
            }
        }
        if text.contains(['ƣ', 'Ƣ']) || !is_nfc(text) {
            for (i, line) in text.split('\n').enumerate() {
                self.scan_letters(path, i + 1, line, out);
            }
        }
        let mut flagged_lines = std::collections::HashSet::new();
        for (re, vi, en) in &self.personal {
            for m in re.find_iter(text) {
                let line = lines.line_of(m.start());
                if skip(m.start()) || flagged_lines.contains(&line) || self.allowed.contains(&bare(m.as_str())) {
                    continue;
                }
                flagged_lines.insert(line); // one personal-data finding per line is enough to act on
                out.push(
                    Diagnostic::warning(
                        "personal-data",
                        path,
                        lines.pos(text, m.start()),
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
            }
        }
    }

    /// PDF artefacts and decomposed text on one line.
    fn scan_letters(&self, path: &str, line_no: usize, line: &str, out: &mut Vec<Diagnostic>) {
        let col = |byte: usize| line[..byte].chars().count() + 1;
        if let Some(b) = line.find(['ƣ', 'Ƣ']) {
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
    }
}

/// Byte offsets of line starts, to turn a match's offset into a line and column.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }
    /// 0-based line of a byte offset.
    fn line_of(&self, at: usize) -> usize {
        self.starts.partition_point(|&s| s <= at) - 1
    }
    fn line_text<'t>(&self, text: &'t str, at: usize) -> &'t str {
        let l = self.line_of(at);
        let end = self.starts.get(l + 1).map_or(text.len(), |e| e - 1);
        &text[self.starts[l]..end]
    }
    fn pos(&self, text: &str, at: usize) -> Pos {
        let l = self.line_of(at);
        Pos::new(l + 1, text[self.starts[l]..at].chars().count() + 1)
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
