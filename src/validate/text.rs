//! Checks on the words themselves, anywhere in a story file: inflated claims, claims
//! that need a source, the tone-mark convention, PDF artefacts, text not in Unicode NFC,
//! and what looks like personal data.

use super::phrases::{PhraseSet, in_word};
use crate::diagnostic::{Diagnostic, Pos, Text, msg};
use crate::model::Config;
use crate::model::criteria::Phrase;
use crate::text::nfc::{first_non_nfc, not_nfc};
use crate::text::tone::{self, ToneStyle};
use regex::Regex;
use unicode_normalization::{UnicodeNormalization, is_nfc};

mod bytes;
use bytes::{digit_run, surely_nfc, tone_pairs};

/// Compiled once per run from the configuration, shared by every file.
pub struct TextRules {
    exaggeration: PhraseSet,
    claims: PhraseSet,
    /// `source_markers`, in lower case: a claim on a line holding one is sourced.
    sources: Vec<String>,
    tone: ToneStyle,
    personal: Vec<(Regex, &'static str, &'static str)>,
    /// Finds lines with a word of `sensitive_words` (`privacy::prefilter`).
    pub sensitive: Option<Regex>,
    /// `criteria.yaml`'s `sensitive` and the built-in words (`privacy::words`).
    pub sensitive_words: Vec<String>,
    /// Public contacts from `privacy.allow`, compared without spaces, dots and dashes.
    allowed: Vec<String>,
}

fn bare(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, ' ' | '.' | '-')).collect::<String>().to_lowercase()
}

fn personal_patterns() -> Vec<(Regex, &'static str, &'static str)> {
    let pat = |re: &str| Regex::new(re).expect("built-in pattern");
    // Digits are ASCII, so ASCII boundaries (`(?-u:\b)`) are exact here, and fast.
    vec![
        (pat(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "địa chỉ thư điện tử", "an e-mail address"),
        (pat(r"(?:\+84|(?-u:\b)0)(?:[35789]\d|2\d{2})(?:[ .-]?\d){6,7}(?-u:\b)"), "số điện thoại", "a phone number"),
        (pat(r"(?-u:\b)\d{12}(?-u:\b)"), "số căn cước công dân (12 chữ số)", "a citizen ID number (12 digits)"),
        (pat(r"(?-u:\b)\d{9}(?-u:\b)"), "số chứng minh nhân dân (9 chữ số)", "an old ID card number (9 digits)"),
    ]
}

impl TextRules {
    /// The rules a site sets: phrases and source markers of `criteria.yaml`, `tone_style`
    /// and `privacy.allow` of `site.yaml`.
    pub fn from_config(cfg: &Config) -> TextRules {
        let c = &cfg.criteria;
        TextRules {
            exaggeration: PhraseSet::new(&c.exaggeration),
            claims: PhraseSet::new(&c.needs_source),
            sources: c.source_markers.iter().map(|m| m.nfc().collect::<String>().to_lowercase()).collect(),
            tone: cfg.site.tone_style,
            personal: personal_patterns(),
            sensitive: super::privacy::prefilter(&super::privacy::words(&c.sensitive)),
            sensitive_words: super::privacy::words(&c.sensitive),
            allowed: cfg.site.privacy.allow.iter().map(|a| bare(a)).collect(),
        }
    }

    /// Only these exaggeration phrases, the old tone placement, nothing allowed.
    pub fn new(phrases: &[Phrase]) -> TextRules {
        TextRules {
            exaggeration: PhraseSet::new(phrases),
            claims: PhraseSet::new(&[]),
            sources: Vec::new(),
            tone: ToneStyle::Old,
            personal: personal_patterns(),
            sensitive: None,
            sensitive_words: Vec::new(),
            allowed: Vec::new(),
        }
    }

    /// Scans the whole (normalised) file text. The `id:` line is skipped: a UUID is not
    /// personal data. Each check runs over the whole text at once; lines are only
    /// looked at where something was found.
    pub fn scan(&self, path: &str, text: &str, out: &mut Vec<Diagnostic>) {
        let lines = LineIndex::new(text);
        let skip = |at: usize| lines.line_text(text, at).starts_with("id:");
        let inflated: Vec<_> = self.exaggeration.find(text).into_iter().filter(|f| !skip(f.start)).collect();
        for f in &inflated {
            let m = &f.shown;
            out.push(
                Diagnostic::warning(
                    "exaggeration",
                    path,
                    lines.pos(text, f.start),
                    msg!("text.exaggeration", phrase = m),
                )
                .with_help(msg!("text.exaggeration.help")),
            );
        }
        for f in self.claims.find(text) {
            let overlaps = inflated.iter().any(|i| f.start < i.end && i.start < f.end);
            if overlaps || skip(f.start) || self.sourced(lines.line_text(text, f.start)) {
                continue;
            }
            let m = &f.shown;
            out.push(
                Diagnostic::warning(
                    "claim-needs-source",
                    path,
                    lines.pos(text, f.start),
                    msg!("text.claim-needs-source", claim = m),
                )
                .with_help(msg!("text.claim-needs-source.help")),
            );
        }
        self.scan_tones(path, text, &lines, out);
        if text.contains('ƣ') || text.contains('Ƣ') || !surely_nfc(text) {
            for (i, line) in text.split('\n').enumerate() {
                self.scan_letters(path, i + 1, line, out);
            }
        }
        let mut flagged_lines = std::collections::HashSet::new();
        // An e-mail address needs an `@`: without one, its pattern (Unicode `\w`, slow
        // to scan with) is not run at all.
        // An ID number needs nine digits in a row: without them, neither ID pattern runs.
        let has_at = text.contains('@');
        let has_run = digit_run(text, 9);
        for (k, (re, vi, en)) in self.personal.iter().enumerate() {
            if (k == 0 && !has_at) || (k >= 2 && !has_run) {
                continue;
            }
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
                        msg!("text.personal-data", found = m.as_str(), like = Text::new(*vi, *en)),
                    )
                    .with_help(msg!("text.personal-data.help")),
                );
            }
        }
    }

    /// Whether a line cites a source (`source_markers`).
    fn sourced(&self, line: &str) -> bool {
        if self.sources.is_empty() {
            return false;
        }
        let line = line.nfc().collect::<String>().to_lowercase();
        self.sources.iter().any(|m| line.contains(m.as_str()))
    }

    /// Syllables written in the other tone-mark placement than the site's (`tone_style`).
    fn scan_tones(&self, path: &str, text: &str, lines: &LineIndex, out: &mut Vec<Diagnostic>) {
        let (site_vi, site_en, other_vi, other_en, examples) = match self.tone {
            ToneStyle::Old => ("kiểu cũ", "old", "kiểu mới", "new", "hòa, khỏe, thủy"),
            ToneStyle::New => ("kiểu mới", "new", "kiểu cũ", "old", "hoà, khoẻ, thuỷ"),
        };
        // The scan finds the rare vowel pairs written the other way; only the words
        // around them are looked at.
        for at in tone_pairs(text, self.tone) {
            let (s, e) = word_around(text, at);
            let word = &text[s..e];
            let Some(fixed) = tone::restyle(word, self.tone) else { continue };
            if lines.line_text(text, s).starts_with("id:") {
                continue;
            }
            out.push(
                Diagnostic::warning(
                    "tone-style",
                    path,
                    lines.pos(text, s),
                    msg!(
                        "text.tone-style",
                        word,
                        other = Text::new(other_vi, other_en),
                        site = Text::new(site_vi, site_en),
                        examples
                    ),
                )
                .with_help(msg!("text.tone-style.help", word, fixed)),
            );
        }
    }

    /// PDF artefacts and decomposed text on one line.
    fn scan_letters(&self, path: &str, line_no: usize, line: &str, out: &mut Vec<Diagnostic>) {
        let col = |byte: usize| line[..byte].chars().count() + 1;
        if let Some(b) = line.find(['ƣ', 'Ƣ']) {
            let (word_start, word_end) = word_around(line, b);
            let word = &line[word_start..word_end];
            // Name the letters this word really holds: `Ƣ` in a heading, `ƣ` in running text.
            let found: Vec<(char, char)> =
                [('Ƣ', 'Ư'), ('ƣ', 'ư')].into_iter().filter(|(bad, _)| word.contains(*bad)).collect();
            let letters = found.iter().map(|(bad, _)| format!("`{bad}`")).collect::<Vec<_>>().join(", ");
            let fixes = found.iter().map(|(bad, good)| format!("{bad} → {good}")).collect::<Vec<_>>().join(", ");
            let fixed_word = fixed_slice(word);
            out.push(
                Diagnostic::warning(
                    "pdf-artefact",
                    path,
                    Pos::new(line_no, col(b)),
                    msg!("text.pdf-artefact", word, letters),
                )
                .with_help(msg!("text.pdf-artefact.help", fixes, fixed_word)),
            );
        }
        if !is_nfc(line) {
            out.push(not_nfc(path, Pos::new(line_no, col(first_non_nfc(line)))));
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
    word.replace('ƣ', "ư").replace('Ƣ', "Ư")
}

/// Byte range of the word around byte `at` of `s`.
fn word_around(s: &str, at: usize) -> (usize, usize) {
    let start = s[..at].char_indices().rev().find(|&(_, c)| !in_word(c)).map_or(0, |(i, c)| i + c.len_utf8());
    let end = s[at..].char_indices().find(|&(_, c)| !in_word(c)).map_or(s.len(), |(i, _)| at + i);
    (start, end)
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
        let rules = TextRules { allowed: vec![bare("0237.3867.123")], ..TextRules::new(&[]) };
        let mut out = Vec::new();
        rules.scan("a.md", "Đường dây nóng: 0237 3867 123", &mut out);
        assert!(out.is_empty(), "{out:?}");
        rules.scan("a.md", "Gọi 0912 345 678", &mut out);
        assert_eq!(out.len(), 1);
    }

    /// The rules of the sample site's `criteria.yaml`, old tone placement.
    fn sample_rules() -> TextRules {
        let c: crate::model::criteria::Criteria =
            crate::yaml::from_str(include_str!("../../content/criteria.yaml")).expect("sample criteria.yaml");
        TextRules {
            claims: PhraseSet::new(&c.needs_source),
            sources: c.source_markers.iter().map(|m| m.to_lowercase()).collect(),
            ..TextRules::new(&c.exaggeration)
        }
    }

    fn found(rules: &TextRules, text: &str) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        rules.scan("a.md", text, &mut out);
        out
    }

    #[test]
    fn instructions_and_turns_of_phrase_are_not_exaggeration() {
        let rules = sample_rules();
        for ok in [
            "Anh dặn tổ tuyệt đối không để xảy ra sai sót.",
            "Xã đã tạo điều kiện tốt nhất cho bà con vay vốn.",
            "Tuyệt đối chưa để một hộ nào thiếu nước.",
        ] {
            assert!(found(&rules, ok).is_empty(), "{ok}: {:?}", found(&rules, ok));
        }
        let claims = found(&rules, "Đây là mô hình tốt nhất, an toàn tuyệt đối.");
        assert_eq!(
            claims.iter().map(|d| (d.code, d.pos.column)).collect::<Vec<_>>(),
            [("exaggeration", 16), ("exaggeration", 34)]
        );
    }

    #[test]
    fn measured_claims_ask_for_their_source() {
        let rules = sample_rules();
        for (text, claim) in [
            ("Kết quả: 100% hài lòng với dịch vụ.", "100% hài lòng"),
            ("100% người dân tham gia hiến đất.", "100% người dân"),
            ("Sản lượng cao nhất huyện năm 2024.", "nhất huyện"),
            ("Năng suất lúa đứng thứ nhì, sau xã dẫn đầu, và cao nhất tỉnh.", "nhất tỉnh"),
            ("Là hợp tác xã duy nhất của huyện làm lúa hữu cơ.", "duy nhất của huyện"),
            ("Cánh đồng đầu tiên của xã theo hình thức liên kết.", "đầu tiên của xã"),
        ] {
            let out = found(&rules, text);
            assert_eq!(out.len(), 1, "{text}: {out:?}");
            assert_eq!(out[0].code, "claim-needs-source", "{text}");
            assert!(out[0].message.vi.contains(&format!("“{claim}”")), "{}", out[0].message.vi);
            assert!(out[0].help.as_ref().unwrap().vi.contains("khảo sát, báo cáo hay quyết định"));
        }
    }

    #[test]
    fn a_cited_claim_and_ordinary_firsts_pass() {
        let rules = sample_rules();
        for ok in [
            "100% người dân hài lòng, theo kết quả khảo sát của UBND xã tháng 3/2024.",
            "Tuần đầu tiên, bếp chỉ nấu cháo hai buổi sáng.",
            "Ông là người đầu tiên đăng ký hiến đất.",
            "Mảnh vườn là nguồn thu nhập duy nhất của gia đình.",
            "Thôn hoàn thành 100% chỉ tiêu thu quỹ.",
        ] {
            assert!(found(&rules, ok).is_empty(), "{ok}: {:?}", found(&rules, ok));
        }
    }

    #[test]
    fn pdf_artefact_names_the_letter_found() {
        let upper = found(&TextRules::new(&[]), "ĐỐI TƢỢNG");
        assert!(upper[0].message.vi.contains("có ký tự `Ƣ`") && !upper[0].message.vi.contains('ƣ'), "{:?}", upper[0]);
        assert!(upper[0].help.as_ref().unwrap().vi.contains("Ƣ → Ư: “TƯỢNG”"), "{:?}", upper[0].help);
        let lower = found(&TextRules::new(&[]), "tăng cƣờng, (cƣ)");
        assert_eq!((lower[0].pos.line, lower[0].pos.column), (1, 7));
        assert!(lower[0].message.vi.contains("chữ “cƣờng” có ký tự `ƣ`") && !lower[0].message.vi.contains('Ƣ'));
        assert!(lower[0].help.as_ref().unwrap().vi.contains("ƣ → ư: “cường”"), "{:?}", lower[0].help);
        assert!(lower[0].help.as_ref().unwrap().en.contains("replace ƣ → ư"), "{:?}", lower[0].help);
    }

    #[test]
    fn the_new_tone_placement_is_flagged_on_an_old_style_site() {
        let rules = TextRules::new(&[]);
        let out = found(&rules, "title: \"Thanh Hoá\"\n---\nỦy ban hoàn thành, Uỷ ban khoẻ mạnh; thuỷ lợi.\n");
        let got: Vec<_> =
            out.iter().map(|d| (d.code, d.pos.line, d.pos.column, d.help.as_ref().unwrap().vi.clone())).collect();
        let fix = |f: &str| format!("sửa {f} (quy ước chọn ở `tone_style` trong site.yaml)");
        assert_eq!(
            got,
            [
                ("tone-style", 1, 15, fix("Hoá → Hóa")),
                ("tone-style", 3, 20, fix("Uỷ → Ủy")),
                ("tone-style", 3, 27, fix("khoẻ → khỏe")),
                ("tone-style", 3, 38, fix("thuỷ → thủy")),
            ]
        );
        assert!(out[0].message.vi.contains("“Hoá” bỏ dấu thanh kiểu mới; trang này bỏ dấu kiểu cũ"));
    }

    #[test]
    fn a_new_style_site_flags_the_old_placement() {
        let rules = TextRules { tone: ToneStyle::New, ..TextRules::new(&[]) };
        let out = found(&rules, "Thanh Hóa, hoà bình, hoàn thành");
        assert_eq!(out.len(), 1, "{out:?}");
        assert_eq!(
            (out[0].pos.column, out[0].help.as_ref().unwrap().en.as_str()),
            (7, "write Hóa → Hoá (the convention is `tone_style` in site.yaml)")
        );
    }
}
