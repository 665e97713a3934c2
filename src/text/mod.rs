//! Vietnamese text: ASCII slugs for URLs, alphabetical order, normal forms, search keys.

pub(crate) mod html;
pub(crate) mod links;
pub(crate) mod nfc;
pub(crate) mod speech;
pub(crate) mod tone;
pub(crate) mod words;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use std::cmp::Ordering;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

/// ASCII slug of a Vietnamese text: NFC first, then `Đ`/`đ` → `d` and every diacritic
/// dropped (so "hoà" and "hòa" agree), lower case, words joined by `-`.
pub(crate) fn slugify(text: &str) -> String {
    let nfc: String = text.nfc().collect();
    slug::slugify(nfc)
}

/// `slugify`, cut to at most `max` bytes on a word boundary.
pub(crate) fn slugify_max(text: &str, max: usize) -> String {
    let s = slugify(text);
    if s.len() <= max {
        return s;
    }
    let cut = s[..max].rfind('-').unwrap_or(max);
    s[..cut].to_owned()
}

/// Whether `s` is already an ASCII slug (what URLs and ids are made of).
pub(crate) fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn collator() -> Option<&'static CollatorBorrowed<'static>> {
    static COLLATOR: OnceLock<Option<CollatorBorrowed<'static>>> = OnceLock::new();
    COLLATOR
        .get_or_init(|| {
            let locale: icu_locale_core::Locale = "vi".parse().ok()?;
            Collator::try_new(locale.into(), CollatorOptions::default()).ok()
        })
        .as_ref()
}

/// Vietnamese alphabetical order (a ă â b c d đ e ê …, tones after letters).
pub(crate) fn compare_vi(a: &str, b: &str) -> Ordering {
    match collator() {
        Some(c) => c.compare(a, b),
        None => a.cmp(b),
    }
}

/// Characters that are not allowed in XML 1.0 or are HTML parse errors: C0 controls
/// other than tab and line feed, DEL, the C1 range and the noncharacters U+FFFE/U+FFFF.
/// Pasting from Word or a PDF brings them in (`\x0b` for a soft line break).
pub(crate) fn is_control(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{fffe}' | '\u{ffff}')
}

/// Whether `s` holds a character `is_control` names, looked for in the UTF-8 bytes
/// (C0 and DEL are one byte, C1 is `C2 80`-`C2 9F`, U+FFFE/U+FFFF are `EF BF BE/BF`):
/// it runs over every feed item's HTML, so it does not decode characters.
pub(crate) fn has_control(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().any(|(i, &c)| match c {
        b'\t' | b'\n' | b'\r' => false,
        0..=0x1f | 0x7f => true,
        0xc2 => b.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)),
        0xef => b.get(i + 1) == Some(&0xbf) && b.get(i + 2).is_some_and(|n| *n == 0xbe || *n == 0xbf),
        _ => false,
    })
}

/// Removes control characters from text bound for XML or HTML (a last wall: `check`
/// reports them and loading already replaces them in stories).
pub(crate) fn strip_controls(s: &str) -> std::borrow::Cow<'_, str> {
    if has_control(s) {
        std::borrow::Cow::Owned(s.chars().filter(|c| !is_control(*c)).collect())
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_scan_finds_exactly_the_control_characters() {
        for c in (0..0x110000u32).filter_map(char::from_u32) {
            let s = format!("ạ{c}ư");
            assert_eq!(has_control(&s), is_control(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn controls_are_stripped() {
        assert_eq!(strip_controls("a\u{c}b\u{7f}\tc"), "ab\tc");
    }

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slugify("Đồng Tiến"), "dong-tien");
        assert_eq!(slugify("Thọ Tân"), "tho-tan");
        assert_eq!(
            slugify("Chị Lê Thị Hoa và mô hình dưa lưới nhà màng"),
            "chi-le-thi-hoa-va-mo-hinh-dua-luoi-nha-mang"
        );
    }

    #[test]
    fn old_and_new_tone_placement_agree() {
        assert_eq!(slugify("Thái hoà"), slugify("Thái hòa"));
        // decomposed input (NFD) gives the same slug as composed
        let nfd: String = "Hợp Thắng".nfd().collect();
        assert_eq!(slugify(&nfd), "hop-thang");
    }

    #[test]
    fn slugify_max_cuts_on_a_word() {
        assert_eq!(slugify_max("Mô hình dưa lưới nhà màng", 12), "mo-hinh-dua");
    }

    #[test]
    fn is_slug_rejects_diacritics_and_case() {
        assert!(is_slug("tho-tan"));
        assert!(!is_slug("thọ-tân"));
        assert!(!is_slug("Tho-tan"));
        assert!(!is_slug("tho--tan"));
    }

    #[test]
    fn vietnamese_order() {
        let mut v = vec!["Đồng Tiến", "Dân Lực", "An Nông", "Ân", "Bình Sơn", "Thọ Tân", "Thái Hòa"];
        v.sort_by(|a, b| compare_vi(a, b));
        assert_eq!(v, ["An Nông", "Ân", "Bình Sơn", "Dân Lực", "Đồng Tiến", "Thái Hòa", "Thọ Tân"]);
    }
}

/// A date as Decree 30/2020 writes it: a day below 10 and the months 1 and 2 with a
/// leading zero, other months without ("01/7/2025", "15/02/2024", "31/12/2024").
/// `s` on one line: every run of whitespace (line breaks included) as one space, so a
/// value written into a plain-text file (a digest, a post) never adds a line of its own.
pub(crate) fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub(crate) fn vi_date(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let month = if d.month() <= 2 { format!("{:02}", d.month()) } else { d.month().to_string() };
    format!("{:02}/{month}/{}", d.day(), d.year())
}

#[cfg(test)]
mod date_tests {
    #[test]
    fn dates_as_decree_30_writes_them() {
        let d = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(super::vi_date(d(2025, 7, 1)), "01/7/2025");
        assert_eq!(super::vi_date(d(2024, 2, 15)), "15/02/2024");
        assert_eq!(super::vi_date(d(2025, 1, 1)), "01/01/2025");
        assert_eq!(super::vi_date(d(2024, 12, 31)), "31/12/2024");
        assert_eq!(super::vi_date(d(2025, 6, 30)), "30/6/2025");
    }
}

/// A number as Vietnamese writes it: a dot between thousands, a comma before decimals
/// ("1.200", "1,5", "12.500,25"); at most two decimals, trailing zeros dropped.
pub(crate) fn vi_number(n: f64) -> String {
    let neg = n < 0.0;
    let cents = (n.abs() * 100.0).round() as u64;
    let (whole, frac) = (cents / 100, cents % 100);
    let digits = whole.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    if frac > 0 {
        let f = format!("{frac:02}");
        out.push(',');
        out.push_str(f.trim_end_matches('0'));
    }
    if neg { format!("-{out}") } else { out }
}

#[cfg(test)]
mod number_tests {
    #[test]
    fn numbers_as_vietnamese_writes_them() {
        assert_eq!(super::vi_number(12.0), "12");
        assert_eq!(super::vi_number(1200.0), "1.200");
        assert_eq!(super::vi_number(1.5), "1,5");
        assert_eq!(super::vi_number(12500.25), "12.500,25");
        assert_eq!(super::vi_number(1234567.0), "1.234.567");
    }
}

/// The text with its first letter in capitals ("xã Thọ Tân" → "Xã Thọ Tân").
pub(crate) fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A date for a message: as Decree 30/2020 writes it in Vietnamese, ISO in English.
pub(crate) fn date_text(d: chrono::NaiveDate) -> crate::diagnostic::Text {
    crate::diagnostic::Text::new(vi_date(d), d.to_string())
}
