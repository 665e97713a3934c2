//! Words for full-text search: a text cut into lower-case words (Vietnamese syllables,
//! numbers) and each word's search key with its diacritics dropped, so that "duong"
//! finds "đường", "Dương" and "dưỡng" while the spelling itself is kept for ranking.

use unicode_normalization::UnicodeNormalization;

/// Words longer than this (characters) are not indexed: no syllable is, only noise.
pub(crate) const MAX_WORD: usize = 32;

fn is_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036f}').contains(&c)
}

fn in_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // Vietnamese letters (Latin-1, Latin Extended-A and B, Latin Extended Additional)
    // without the table lookup; × and ÷ are the only non-letters there.
    match c {
        '\u{00d7}' | '\u{00f7}' => false,
        '\u{00c0}'..='\u{024f}' | '\u{1e00}'..='\u{1eff}' => true,
        c => c.is_alphanumeric() || is_mark(c),
    }
}

fn short(w: &str) -> bool {
    !w.is_empty() && (w.len() <= MAX_WORD || w.chars().count() <= MAX_WORD)
}

/// The words of `text`, lower case, in order (repeats included).
pub(crate) fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !in_word(c))
        .filter(|w| short(w))
        .map(|w| if w.chars().all(|c| !c.is_uppercase()) { w.to_owned() } else { w.to_lowercase() })
}

/// The distinct words of `text`, sorted, joined by single spaces: what a story's body
/// brings to the search index, kept once per rendered body.
pub(crate) fn distinct(text: &str) -> String {
    // Each spelling once (most words of a story repeat), then lower case.
    let mut seen: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
    seen.extend(text.split(|c: char| !in_word(c)).filter(|w| short(w)));
    let mut all: Vec<std::borrow::Cow<str>> = seen
        .into_iter()
        .map(|w| if w.chars().any(char::is_uppercase) { w.to_lowercase().into() } else { w.into() })
        .collect();
    all.sort_unstable();
    all.dedup();
    all.join(" ")
}

/// A word's search key: diacritics dropped and `đ` → `d` ("Đường" → "duong").
pub(crate) fn fold(word: &str) -> String {
    word.nfd()
        .filter(|c| !is_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_vietnamese_words() {
        assert_eq!(fold("Đường"), "duong");
        assert_eq!(fold("dưỡng"), "duong");
        assert_eq!(fold("hoà"), fold("hòa"));
        assert_eq!(fold("2024"), "2024");
    }

    #[test]
    fn cuts_text_into_lower_case_words() {
        let w: Vec<String> = words("Chị Lê Thị Hoa (xã Thọ Phú), năm 2024: 12,5 tấn!").collect();
        assert_eq!(w, ["chị", "lê", "thị", "hoa", "xã", "thọ", "phú", "năm", "2024", "12", "5", "tấn"]);
        assert_eq!(distinct("lúa lúa Rau"), "lúa rau");
        assert_eq!(distinct("Đường đường ĐƯỜNG × 2,5 Ủy"), "2 5 đường ủy");
    }
}
