//! Where the tone mark goes in `oa`, `oe`, `uy`: the old placement ("kiểu cũ": hòa, khỏe,
//! thủy, Ủy) puts it on the first vowel, the new one (hoà, khoẻ, thuỷ, Uỷ) on the
//! second. Only open syllables differ: with a final consonant (hoàn, toán, thuận) or
//! another vowel (ngoài, khuya) both conventions write the same.

use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

/// The convention a site writes in (`tone_style` in site.yaml).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ToneStyle {
    /// hòa, khỏe, thủy
    #[default]
    Old,
    /// hoà, khoẻ, thuỷ
    New,
}

impl ToneStyle {
    pub fn id(self) -> &'static str {
        match self {
            ToneStyle::Old => "old",
            ToneStyle::New => "new",
        }
    }
}

/// The five tone marks, as combining characters.
const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];

/// Initial consonants a syllable may open with (`q` is left out: in `quý` the `u`
/// belongs to the initial, and the mark is always on `y`).
const ONSETS: &[&str] = &[
    "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "r",
    "s", "t", "th", "tr", "v", "x",
];

/// `word` (one syllable) rewritten in `want`'s placement, when it is one of the
/// syllables the two conventions write differently and it is written the other way.
/// Case is kept: `Uỷ` → `Ủy`, `HOÀ` → `HÒA`.
pub(crate) fn restyle(word: &str, want: ToneStyle) -> Option<String> {
    // Letters with their marks: a base letter followed by its combining marks.
    let mut letters: Vec<(char, Vec<char>)> = Vec::new();
    for c in word.nfd() {
        if unicode_normalization::char::canonical_combining_class(c) != 0 {
            letters.last_mut()?.1.push(c);
        } else {
            letters.push((c, Vec::new()));
        }
    }
    let [onset @ .., (v1, m1), (v2, m2)] = letters.as_slice() else { return None };
    let pair = (v1.to_lowercase().next()?, v2.to_lowercase().next()?);
    if !matches!(pair, ('o', 'a') | ('o', 'e') | ('u', 'y')) {
        return None;
    }
    // Only a tone mark, and exactly one, on the pair (`ă`, `ê`, `ơ` are other vowels).
    if !m1.iter().chain(m2).all(|m| TONES.contains(m)) || m1.len() + m2.len() != 1 {
        return None;
    }
    if onset.iter().any(|(_, marks)| !marks.is_empty()) {
        return None;
    }
    let initial: String = onset.iter().map(|(c, _)| c.to_lowercase().collect::<String>()).collect();
    if !ONSETS.contains(&initial.as_str()) {
        return None;
    }
    let (written, tone) = if m1.is_empty() { (ToneStyle::New, m2[0]) } else { (ToneStyle::Old, m1[0]) };
    if written == want {
        return None;
    }
    let mut out: String = onset.iter().map(|(c, _)| *c).collect();
    out.push(*v1);
    if want == ToneStyle::Old {
        out.push(tone);
    }
    out.push(*v2);
    if want == ToneStyle::New {
        out.push(tone);
    }
    Some(out.nfc().collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ToneStyle::{New, Old};

    #[test]
    fn the_new_placement_is_turned_old() {
        for (new, old) in [
            ("hoà", "hòa"),
            ("Hoá", "Hóa"),
            ("Uỷ", "Ủy"),
            ("khoẻ", "khỏe"),
            ("thuỷ", "thủy"),
            ("toạ", "tọa"),
            ("xoã", "xõa"),
            ("HOÀ", "HÒA"),
            ("oà", "òa"),
            ("loã", "lõa"),
        ] {
            assert_eq!(restyle(new, Old).as_deref(), Some(old), "{new}");
            assert_eq!(restyle(old, New).as_deref(), Some(new), "{old}");
            assert_eq!(restyle(old, Old), None, "{old}");
            assert_eq!(restyle(new, New), None, "{new}");
        }
    }

    #[test]
    fn syllables_written_alike_in_both_are_left_alone() {
        for w in [
            "hoàn", "toán", "thuận", "ngoài", "khuya", "khuyên", "quý", "quỳ", "Quý", "hoa", "thuy", "hoặc", "thuở",
            "Chloé", "là", "ý", "",
        ] {
            assert_eq!(restyle(w, Old), None, "{w}");
            assert_eq!(restyle(w, New), None, "{w}");
        }
    }

    #[test]
    fn decomposed_text_is_understood() {
        let nfd: String = "hoà".nfd().collect();
        assert_eq!(restyle(&nfd, Old).as_deref(), Some("hòa"));
    }
}
