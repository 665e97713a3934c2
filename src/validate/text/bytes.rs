//! The byte scans of the text checks: each answers, over a whole story, a question a
//! regular expression or a walk over characters answered ten times slower (digit runs,
//! NFC, misplaced tone marks), and each is tested against that slower way.

use super::in_word;
use crate::text::tone::ToneStyle;
use unicode_normalization::is_nfc;

/// Whether `text` has `n` ASCII digits in a row. Such a run covers one of every `n`
/// bytes, so only those are looked at, and the run measured around a digit found.
pub(super) fn digit_run(text: &str, n: usize) -> bool {
    let b = text.as_bytes();
    if n == 0 {
        return true;
    }
    let mut i = n - 1;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let before = b[..i].iter().rev().take_while(|c| c.is_ascii_digit()).count();
            let after = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if before + 1 + after >= n {
                return true;
            }
            // The next run to find starts after this one.
            i += after + n;
        } else {
            i += n;
        }
    }
    false
}

/// `oa`, `oe`, `uy` with the tone mark where `style` does not put it (precomposed text:
/// decomposed text is `not-nfc` first), at the end of a word (inside one, as in `toàn`,
/// `hoàng`, the mark is on the second vowel either way): the byte offsets of the pairs'
/// first vowels. A scan of the bytes for the unmarked letter, then a look at its
/// neighbour: a regular expression for the same pairs took a tenth of `check`'s time.
pub(super) fn tone_pairs(text: &str, style: ToneStyle) -> impl Iterator<Item = usize> + '_ {
    const MARKED_A_E: &str = "àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ";
    const MARKED_Y: &str = "ỳýỷỹỵỲÝỶỸỴ";
    const MARKED_O: &str = "òóỏõọÒÓỎÕỌ";
    const MARKED_U: &str = "ùúủũụÙÚỦŨỤ";
    let b = text.as_bytes();
    let ends_word = |at: usize| text[at..].chars().next().is_none_or(|c| !in_word(c));
    // A pair can only be where two bytes in a row are of these kinds: for the old
    // placement, o or u then the lead byte of a marked vowel (every one here is two
    // bytes led by C3 or C5, or three led by E1); for the new, the last byte of a marked
    // vowel then an ASCII a, e or y. Two table lookups per byte find the few candidates.
    let (first, second) = match style {
        ToneStyle::Old => (&PAIR_OLD.0, &PAIR_OLD.1),
        ToneStyle::New => (&PAIR_NEW.0, &PAIR_NEW.1),
    };
    let candidates = b.windows(2).enumerate().filter(move |(_, w)| first[w[0] as usize] & second[w[1] as usize]);
    candidates.filter_map(move |(i, _)| match style {
        // o + marked a/e, u + marked y: the unmarked vowel is ASCII, at `i`.
        ToneStyle::Old => {
            let set = if b[i] | 0x20 == b'o' { MARKED_A_E } else { MARKED_Y };
            let next = text.get(i + 1..)?.chars().next()?;
            (set.contains(next) && ends_word(i + 1 + next.len_utf8())).then_some(i)
        }
        // marked o + a/e, marked u + y: the ASCII vowel is at `i + 1`, the marked one
        // before it.
        ToneStyle::New => {
            let at = i + 1;
            let set = if b[at] | 0x20 == b'y' { MARKED_U } else { MARKED_O };
            let prev = text[..at].chars().next_back()?;
            (set.contains(prev) && ends_word(at + 1)).then_some(at - prev.len_utf8())
        }
    })
}

/// Byte tables of `tone_pairs`: which bytes may start, and which may end, a candidate.
type PairTables = ([bool; 256], [bool; 256]);

const PAIR_OLD: PairTables = (table(b"oOuU", 0, 0), table(b"\xc3\xc5\xe1", 0, 0));
const PAIR_NEW: PairTables = (table(b"", 0x80, 0xbf), table(b"aAeEyY", 0, 0));

/// A table true at `bytes` and at `lo..=hi` (empty when `lo > hi` or both are 0).
const fn table(bytes: &[u8], lo: u8, hi: u8) -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    let mut c = lo as usize;
    while lo != 0 && c <= hi as usize {
        t[c] = true;
        c += 1;
    }
    t
}

/// Whether `text` is in NFC, answered without the normalisation tables when every
/// character is a starter whose NFC quick check is "yes": below U+0300 (Latin, with
/// Vietnamese's precomposed letters of Latin-1 and Extended-A/B), the precomposed
/// letters of Latin Extended Additional (U+1E00–U+1EFF: ạ, ả, ấ, …, ỹ), and general
/// punctuation from the dashes on (U+2010–U+206F). Anything else asks `is_nfc`.
pub(super) fn surely_nfc(text: &str) -> bool {
    quick_nfc(text) || is_nfc(text)
}

/// The ranges of `surely_nfc`, read from the UTF-8 bytes: one-byte characters, two-byte
/// ones up to U+02FF (lead byte up to 0xCB), E1 B8–BB (U+1E00–U+1EFF), E2 80 90–E2 81 AF
/// (U+2010–U+206F). `text` is valid UTF-8, so a lead byte is followed by its continuation
/// bytes, and a continuation byte (80–BF) is never taken for a lead. Each byte is looked
/// at with its two successors, without branches, a block at a time, so that the compiler
/// can compare many bytes per instruction.
fn quick_nfc(text: &str) -> bool {
    const BLOCK: usize = 4096;
    let b = text.as_bytes();
    let outside = |c0: u8, c1: u8, c2: u8| {
        // Lead bytes of characters outside the ranges whatever follows: CC–DF, E0, E3–FF.
        let lead = (c0.wrapping_sub(0xcc) < 0x14) | (c0 == 0xe0) | (c0 >= 0xe3);
        let e1 = (c0 == 0xe1) & (c1.wrapping_sub(0xb8) >= 4);
        let e2 = (c0 == 0xe2) & !(((c1 == 0x80) & (c2 >= 0x90)) | ((c1 == 0x81) & (c2 <= 0xaf)));
        lead | e1 | e2
    };
    // The last two bytes, with zeros after them; then the rest, by blocks of three
    // parallel slices (each byte, its successor, the one after).
    let n = b.len();
    let tail = (n.saturating_sub(2)..n).any(|i| {
        let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
        outside(b[i], at(1), at(2))
    });
    if tail {
        return false;
    }
    let mut start = 0;
    while start + 2 < n {
        let end = (start + BLOCK).min(n - 2);
        let (x, y, z) = (&b[start..end], &b[start + 1..end + 1], &b[start + 2..end + 2]);
        let bad = x.iter().zip(y).zip(z).fold(false, |bad, ((&c0, &c1), &c2)| bad | outside(c0, c1, c2));
        if bad {
            return false;
        }
        start = end;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn the_pair_scan_finds_what_the_pattern_finds_at_word_ends() {
        let patterns = [
            (ToneStyle::Old, "[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]"),
            (ToneStyle::New, "[òóỏõọÒÓỎÕỌ][aAeE]|[ùúủũụÙÚỦŨỤ][yY]"),
        ];
        let text = "Thanh Hoá, hoà bình, hòa, toàn, hoàng, HOÀ, khoẻ, khỏe, Thuỷ, thủy, quý, Uỷ, oà oà, xoè2, hoà\nhóa";
        for (style, pattern) in patterns {
            let re = Regex::new(pattern).unwrap();
            let want: Vec<usize> = re
                .find_iter(text)
                .filter(|m| text[m.end()..].chars().next().is_none_or(|c| !in_word(c)))
                .map(|m| m.start())
                .collect();
            let got: Vec<usize> = tone_pairs(text, style).collect();
            assert_eq!(got, want, "{style:?}");
            assert!(got.len() >= 4, "{style:?}: {got:?}");
        }
    }

    #[test]
    fn runs_of_digits_anywhere() {
        for (text, n, want) in [
            ("", 9, false),
            ("123456789", 9, true),
            ("12345678", 9, false),
            ("số 0912345678 nhé", 9, true),
            ("12345678 12345678", 9, false),
            ("a123456789", 9, true),
            ("1234 56789 123456789012", 12, true),
            ("1234567890x", 12, false),
        ] {
            assert_eq!(digit_run(text, n), want, "{text:?} {n}");
            // Against the plain count, at every shift.
            for k in 0..text.len() {
                let t = format!("{}{text}", "x".repeat(k));
                let plain = t.as_bytes().split(|c| !c.is_ascii_digit()).any(|r| r.len() >= n);
                assert_eq!(digit_run(&t, n), plain, "{t:?}");
            }
        }
    }

    #[test]
    fn the_quick_nfc_ranges_hold_only_starters_that_stay_as_they_are() {
        let ranges = ['\0'..='\u{2ff}', '\u{1e00}'..='\u{1eff}', '\u{2010}'..='\u{206f}'];
        for c in ranges.into_iter().flatten() {
            assert_eq!(unicode_normalization::char::canonical_combining_class(c), 0, "U+{:04X}", c as u32);
            let one = c.to_string();
            assert!(is_nfc(&one), "U+{:04X}", c as u32);
            // Followed by a letter or a combining mark, it is what NFC would make of it.
            for next in ['a', 'ơ', '\u{301}', '\u{323}'] {
                let pair = format!("{c}{next}");
                assert_eq!(surely_nfc(&pair), pair.nfc().collect::<String>() == pair, "U+{:04X} + {next:?}", c as u32);
            }
        }
        assert!(!surely_nfc("Hoa\u{300}"), "a combining grave after a is not NFC");
        // Across the blocks of the scan, at every shift near a block's end.
        for c in ['ạ', '\u{300}', '‘', 'Ω', 'ƒ', '中', '\u{2070}', '😀'] {
            let plain = matches!(c, '\0'..='\u{2ff}' | '\u{1e00}'..='\u{1eff}' | '\u{2010}'..='\u{206f}');
            for k in (0..6).chain(4088..4100).chain(8186..8196) {
                let t = format!("{}{c}{}", "ư".repeat(k / 2), "a".repeat(k % 7));
                assert_eq!(quick_nfc(&t), plain, "U+{:04X} after {k}", c as u32);
            }
        }
        // The byte reading agrees with the characters' ranges, at every code point.
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            let plain = matches!(c, '\0'..='\u{2ff}' | '\u{1e00}'..='\u{1eff}' | '\u{2010}'..='\u{206f}');
            assert_eq!(quick_nfc(&format!("a{c}b")), plain, "U+{:04X}", c as u32);
        }
    }
}
