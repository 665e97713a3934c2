//! Phrases of `criteria.yaml` found in a text, each in its context: a phrase only counts
//! as a whole word sequence, and not where the words around it make it ordinary wording
//! ("tuyệt đối không để xảy ra sai sót" is an instruction, "tạo điều kiện tốt nhất" a
//! turn of phrase).

use crate::model::criteria::Phrase;
use regex::Regex;
use unicode_normalization::UnicodeNormalization;

/// How far around a match its context is looked for, in bytes (a few words).
const CONTEXT: usize = 80;

/// A list of phrases compiled into one pattern.
pub(super) struct PhraseSet {
    re: Option<Regex>,
    /// The phrases, in the pattern's order, their context words in lower case.
    phrases: Vec<Phrase>,
}

fn lower(s: &str) -> String {
    s.nfc().collect::<String>().to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")
}

fn lower_all(words: &[String]) -> Vec<String> {
    words.iter().map(|w| lower(w)).filter(|w| !w.is_empty()).collect()
}

/// Letters, digits and combining marks: what a word is made of.
pub(super) fn in_word(c: char) -> bool {
    c.is_alphanumeric() || unicode_normalization::char::canonical_combining_class(c) != 0
}

impl PhraseSet {
    pub(super) fn new(list: &[Phrase]) -> PhraseSet {
        let phrases: Vec<Phrase> = list
            .iter()
            .filter(|p| !p.phrase.trim().is_empty())
            .map(|p| Phrase {
                phrase: lower(&p.phrase),
                followed_by: lower_all(&p.followed_by),
                not_followed_by: lower_all(&p.not_followed_by),
                not_preceded_by: lower_all(&p.not_preceded_by),
            })
            .collect();
        // One group per phrase, to know which one matched; any run of spaces or a line
        // break between words. No `\b`: Unicode word boundaries push the regex engine
        // off its fast path; boundaries are checked on the (rare) matches instead.
        let alts: Vec<String> = phrases
            .iter()
            .map(|p| format!("({})", p.phrase.split(' ').map(regex::escape).collect::<Vec<_>>().join(r"\s+")))
            .collect();
        let re = (!alts.is_empty()).then(|| Regex::new(&format!(r"(?i){}", alts.join("|"))).ok()).flatten();
        PhraseSet { re, phrases }
    }

    /// The phrases found in `text`, in their context.
    pub(super) fn find(&self, text: &str) -> Vec<Found> {
        let Some(re) = &self.re else { return Vec::new() };
        let mut out = Vec::new();
        for caps in re.captures_iter(text) {
            let Some((i, m)) = caps.iter().enumerate().skip(1).find_map(|(i, g)| g.map(|m| (i - 1, m))) else {
                continue;
            };
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            if before.is_some_and(in_word) || after.is_some_and(in_word) {
                continue; // inside a longer word
            }
            if let Some(follower) = self.phrases[i].counts(text, m.start(), m.end()) {
                let shown = match follower {
                    Some(w) => format!("{} {w}", m.as_str()),
                    None => m.as_str().to_owned(),
                };
                out.push(Found { start: m.start(), end: m.end(), shown });
            }
        }
        out
    }
}

/// A phrase found: its bytes in the text, and how a message shows it (with the words of
/// `followed_by` that made it a claim: “đầu tiên của huyện”).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Found {
    pub start: usize,
    pub end: usize,
    pub shown: String,
}

impl Phrase {
    /// Whether the phrase at `start..end` of `text` is a claim, judged by its neighbours:
    /// `Some` if it is, with the `followed_by` words that made it one.
    fn counts(&self, text: &str, start: usize, end: usize) -> Option<Option<&str>> {
        let next = lower(&text[end..floor(text, end + CONTEXT)]);
        let prev = lower(&text[ceil(text, start.saturating_sub(CONTEXT))..start]);
        // A context word ends at a word's end ("không", not "khôngx"); punctuation (",")
        // needs no boundary.
        let follows = |w: &String| {
            next.strip_prefix(w.as_str())
                .is_some_and(|rest| !w.ends_with(in_word) || rest.chars().next().is_none_or(|c| !in_word(c)))
        };
        let precedes = |w: &String| {
            prev.strip_suffix(w.as_str())
                .is_some_and(|rest| !w.starts_with(in_word) || rest.chars().next_back().is_none_or(|c| !in_word(c)))
        };
        if self.not_followed_by.iter().any(follows) || self.not_preceded_by.iter().any(precedes) {
            return None;
        }
        if self.followed_by.is_empty() {
            return Some(None);
        }
        self.followed_by.iter().find(|w| follows(w)).map(|w| Some(w.as_str()))
    }
}

/// The largest char boundary of `s` at or before `i`.
fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `s` at or after `i`.
fn ceil(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(list: &[Phrase], text: &str) -> Vec<String> {
        PhraseSet::new(list).find(text).into_iter().map(|f| f.shown).collect()
    }

    #[test]
    fn whole_words_only_any_case_any_spacing() {
        let list = [Phrase::from("tốt nhất")];
        assert_eq!(found(&list, "Mô hình TỐT NHẤT ở đây"), ["TỐT NHẤT"]);
        assert_eq!(found(&list, "mô hình tốt\n  nhất"), ["tốt\n  nhất"]);
        assert!(found(&list, "tốt nhấtx").is_empty());
    }

    #[test]
    fn not_preceded_by_makes_ordinary_phrasing() {
        let list = [Phrase { not_preceded_by: vec!["điều kiện".into()], ..Phrase::from("tốt nhất") }];
        assert!(found(&list, "xã đã tạo điều kiện tốt nhất cho bà con").is_empty());
        assert!(found(&list, "những Điều  Kiện tốt nhất").is_empty());
        assert_eq!(found(&list, "là mô hình tốt nhất huyện"), ["tốt nhất"]);
        assert_eq!(found(&list, "tốt nhất"), ["tốt nhất"]);
    }

    #[test]
    fn not_followed_by_and_followed_by() {
        let abs = Phrase { not_followed_by: vec!["không".into(), "chưa".into()], ..Phrase::from("tuyệt đối") };
        assert!(found(std::slice::from_ref(&abs), "tuyệt đối không để xảy ra sai sót").is_empty());
        assert!(found(std::slice::from_ref(&abs), "Tuyệt đối chưa có vi phạm").is_empty());
        assert_eq!(found(std::slice::from_ref(&abs), "an toàn tuyệt đối"), ["tuyệt đối"]);
        assert_eq!(found(std::slice::from_ref(&abs), "tuyệt đối khôngx"), ["tuyệt đối"]);
        let first = Phrase { followed_by: vec!["của huyện".into()], ..Phrase::from("đầu tiên") };
        assert_eq!(found(std::slice::from_ref(&first), "xã đầu tiên của Huyện có"), ["đầu tiên của huyện"]);
        assert!(found(std::slice::from_ref(&first), "Tuần đầu tiên, bếp chỉ nấu cháo").is_empty());
    }
}
