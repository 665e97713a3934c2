//! Text typed in the 8-bit Vietnamese fonts of before Unicode, converted to Unicode.
//!
//! Word keeps such text as the characters Windows' Western code page (1252) gives the
//! font's bytes, so a `.VnTime` "Triệu Sơn" is stored as `TriÖu S¬n` and a `VNI-Times`
//! one as `Trieäu Sôn`. Two encodings were in use in offices:
//! - **TCVN3** (TCVN 5712:1993, the "ABC" fonts `.VnTime`, `.VnArial`…): one byte a
//!   letter; the fonts whose name ends in `H` (`.VnTimeH`) draw the same bytes as capitals.
//!   The table is TCVN 5712's VN3 set (as glibc's `TCVN5712-1` decodes it: a unit test
//!   compares them where `iconv` is installed);
//! - **VNI** (`VNI-Times`…): a letter, then a byte for its marks.
//!
//! A font's text is converted only when none of it is already Unicode Vietnamese (a
//! document set in `.VnTime` but typed with a Unicode keyboard is left as it is).

/// The letters of TCVN3 (VN3): code-page character → Unicode letter.
#[rustfmt::skip]
const TCVN3: [(char, char); 74] = [
    ('¡', 'Ă'), ('¢', 'Â'), ('£', 'Ê'), ('¤', 'Ô'), ('¥', 'Ơ'), ('¦', 'Ư'), ('§', 'Đ'),
    ('¨', 'ă'), ('©', 'â'), ('ª', 'ê'), ('«', 'ô'), ('¬', 'ơ'), ('\u{ad}', 'ư'), ('®', 'đ'),
    ('µ', 'à'), ('¶', 'ả'), ('·', 'ã'), ('¸', 'á'), ('¹', 'ạ'), ('»', 'ằ'), ('¼', 'ẳ'),
    ('½', 'ẵ'), ('¾', 'ắ'), ('Æ', 'ặ'), ('Ç', 'ầ'), ('È', 'ẩ'), ('É', 'ẫ'), ('Ê', 'ấ'),
    ('Ë', 'ậ'), ('Ì', 'è'), ('Î', 'ẻ'), ('Ï', 'ẽ'), ('Ð', 'é'), ('Ñ', 'ẹ'), ('Ò', 'ề'),
    ('Ó', 'ể'), ('Ô', 'ễ'), ('Õ', 'ế'), ('Ö', 'ệ'), ('×', 'ì'), ('Ø', 'ỉ'), ('Ü', 'ĩ'),
    ('Ý', 'í'), ('Þ', 'ị'), ('ß', 'ò'), ('á', 'ỏ'), ('â', 'õ'), ('ã', 'ó'), ('ä', 'ọ'),
    ('å', 'ồ'), ('æ', 'ổ'), ('ç', 'ỗ'), ('è', 'ố'), ('é', 'ộ'), ('ê', 'ờ'), ('ë', 'ở'),
    ('ì', 'ỡ'), ('í', 'ớ'), ('î', 'ợ'), ('ï', 'ù'), ('ñ', 'ủ'), ('ò', 'ũ'), ('ó', 'ú'),
    ('ô', 'ụ'), ('õ', 'ừ'), ('ö', 'ử'), ('÷', 'ữ'), ('ø', 'ứ'), ('ù', 'ự'), ('ú', 'ỳ'),
    ('û', 'ỷ'), ('ü', 'ỹ'), ('ý', 'ý'), ('þ', 'ỵ'),
];

/// VNI's letters of their own: code-page character → Unicode letter.
#[rustfmt::skip]
const VNI_LETTERS: [(char, char); 18] = [
    ('ô', 'ơ'), ('ö', 'ư'), ('ñ', 'đ'), ('ì', 'ì'), ('í', 'í'), ('æ', 'ỉ'), ('ò', 'ị'), ('ó', 'ĩ'), ('î', 'ỵ'),
    ('Ô', 'Ơ'), ('Ö', 'Ư'), ('Ñ', 'Đ'), ('Ì', 'Ì'), ('Í', 'Í'), ('Æ', 'Ỉ'), ('Ò', 'Ị'), ('Ó', 'Ĩ'), ('Î', 'Ỵ'),
];

/// VNI's marks, written after the vowel they go on: code-page character (its lower and
/// upper case) → combining marks.
const VNI_MARKS: [(char, char, &str); 17] = [
    ('ù', 'Ù', "\u{301}"),
    ('ø', 'Ø', "\u{300}"),
    ('û', 'Û', "\u{309}"),
    ('õ', 'Õ', "\u{303}"),
    ('ï', 'Ï', "\u{323}"),
    ('â', 'Â', "\u{302}"),
    ('ê', 'Ê', "\u{306}"),
    ('á', 'Á', "\u{302}\u{301}"),
    ('à', 'À', "\u{302}\u{300}"),
    ('å', 'Å', "\u{302}\u{309}"),
    ('ã', 'Ã', "\u{302}\u{303}"),
    ('ä', 'Ä', "\u{302}\u{323}"),
    ('é', 'É', "\u{306}\u{301}"),
    ('è', 'È', "\u{306}\u{300}"),
    ('ú', 'Ú', "\u{306}\u{309}"),
    ('ü', 'Ü', "\u{306}\u{303}"),
    ('ë', 'Ë', "\u{306}\u{323}"),
];

/// Which legacy encoding a font is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Encoding {
    Tcvn3,
    Vni,
}

impl Encoding {
    /// The encoding's name as users know it.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Encoding::Tcvn3 => "TCVN3",
            Encoding::Vni => "VNI",
        }
    }
}

/// The legacy encoding of a font, by its name.
pub(crate) fn encoding(font: &str) -> Option<Encoding> {
    let f = font.trim().to_ascii_lowercase();
    if f.starts_with(".vn") {
        Some(Encoding::Tcvn3)
    } else if f.starts_with("vni-") || f.starts_with("vni ") {
        Some(Encoding::Vni)
    } else {
        None
    }
}

/// Whether text holds a letter only Unicode Vietnamese has (it was typed in Unicode).
pub(crate) fn is_unicode_vietnamese(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c, 'ă' | 'Ă' | 'đ' | 'Đ' | 'ĩ' | 'Ĩ' | 'ũ' | 'Ũ' | 'ơ' | 'Ơ' | 'ư' | 'Ư' | '\u{1ea0}'..='\u{1ef9}')
            || ('\u{300}'..='\u{323}').contains(&c)
    })
}

/// Text of a run in a legacy font, in Unicode (NFC).
pub(crate) fn convert(font: &str, text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    match encoding(font) {
        Some(Encoding::Tcvn3) => {
            let capitals = font.trim_end().ends_with('H');
            let s: String = text.chars().map(|c| TCVN3.iter().find(|(k, _)| *k == c).map_or(c, |(_, u)| *u)).collect();
            if capitals { s.to_uppercase() } else { s }
        }
        Some(Encoding::Vni) => {
            let mut out = String::with_capacity(text.len() * 2);
            let mut after_vowel = false;
            for c in text.chars() {
                if let Some((_, u)) = VNI_LETTERS.iter().find(|(k, _)| *k == c) {
                    out.push(*u);
                    after_vowel = matches!(u, 'ơ' | 'Ơ' | 'ư' | 'Ư');
                    continue;
                }
                match VNI_MARKS.iter().find(|(l, u, _)| *l == c || *u == c) {
                    Some((_, _, marks)) if after_vowel => out.push_str(marks),
                    _ => out.push(c),
                }
                after_vowel = "aeouyAEOUY".contains(c);
            }
            out.nfc().collect()
        }
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tcvn3_and_vni_text_becomes_unicode() {
        assert_eq!(convert(".VnTime", "TriÖu S¬n, Thanh Ho¸"), "Triệu Sơn, Thanh Hoá");
        assert_eq!(convert(".VnTime", "ng\u{ad}êi tèt, viÖc tèt"), "người tốt, việc tốt");
        assert_eq!(convert(".VnTimeH", "gi¶i th\u{ad}ëng"), "GIẢI THƯỞNG");
        assert_eq!(convert(".VnTime", "§oµn Thanh niªn"), "Đoàn Thanh niên");
        assert_eq!(convert("VNI-Times", "Trieäu Sôn, Thanh Hoùa"), "Triệu Sơn, Thanh Hóa");
        assert_eq!(convert("VNI-Times", "ngöôøi toát, vieäc toát"), "người tốt, việc tốt");
        assert_eq!(convert("VNI-Times", "Ñoaøn Thanh nieân, nhaân roäng, khoûe"), "Đoàn Thanh niên, nhân rộng, khỏe");
        assert_eq!(convert("VNI-Times", "TRIEÄU SÔN"), "TRIỆU SƠN");
        assert_eq!(convert("Times New Roman", "TriÖu"), "TriÖu");
        assert!(is_unicode_vietnamese("Triệu Sơn") && !is_unicode_vietnamese("TriÖu S¬n"));
    }

    /// The table agrees with glibc's `TCVN5712-1` decoder, an independent reading of the
    /// standard (`iconv` is part of every Debian system).
    #[test]
    fn the_tcvn3_table_is_the_standards() {
        for (cp, letter) in TCVN3 {
            let byte = u8::try_from(u32::from(cp)).expect("a code page 1252 character of 0xA1-0xFF");
            let mut child = std::process::Command::new("iconv")
                .args(["-f", "TCVN5712-1", "-t", "UTF-8"])
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .spawn()
                .expect("iconv (glibc) runs");
            use std::io::Write;
            child.stdin.take().expect("stdin").write_all(&[byte]).expect("write");
            let out = child.wait_with_output().expect("iconv");
            assert_eq!(String::from_utf8_lossy(&out.stdout), letter.to_string(), "byte {byte:#x}");
        }
    }
}
