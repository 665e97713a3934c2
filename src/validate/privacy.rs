//! Sensitive data of third parties (Decree 13/2023/NĐ-CP, Article 2: health and, by the
//! plan's practice, poverty): a sentence of a story's body that names a person other
//! than the exemplar beside a word of `criteria.yaml`'s `sensitive` list.

use crate::diagnostic::{Diagnostic, Pos, msg};
use crate::model::Story;
use regex::Regex;
use std::sync::OnceLock;

/// Health and hardship words checked on every site, beside `criteria.yaml`'s own
/// (Decree 13/2023/NĐ-CP, Article 2, clause 4: health, and by the plan's practice,
/// poverty). "liệt" alone would also find "liệt sĩ", "quyết liệt": only its phrases.
pub(super) const BUILT_IN: &[&str] = &[
    "tai biến",
    "đột quỵ",
    "bị liệt",
    "nằm liệt",
    "liệt nửa người",
    "bại liệt",
    "tiểu đường",
    "đái tháo đường",
    "ung thư",
    "khuyết tật",
    "tàn tật",
    "khiếm thị",
    "khiếm thính",
    "điều trị dài ngày",
    "bệnh hiểm nghèo",
    "chạy thận",
    "suy thận",
    "tâm thần",
    "HIV",
    "chất độc da cam",
    "hộ nghèo",
    "cận nghèo",
    "thoát nghèo",
    "nhà dột nát",
    "dột nát",
    "mồ côi",
    "nghiện",
];

/// The site's list and the built-in one, once each.
pub(super) fn words(site: &[String]) -> Vec<String> {
    let mut out: Vec<String> = BUILT_IN.iter().map(|w| (*w).to_owned()).collect();
    for w in site {
        if !out.iter().any(|o| o.to_lowercase() == w.to_lowercase()) {
            out.push(w.clone());
        }
    }
    out
}

/// A child named with the grade or age of one under 16 ("Em Lê Minh Đức, học sinh lớp
/// 8", "cháu Hùng, 9 tuổi"): a guardian's consent is needed (Decree 13/2023, Art. 20).
fn minor() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)\b(?:học sinh\s+)?lớp\s+([1-9])\b|\b(1[0-5]|[1-9])\s+tuổi\b").expect("valid regex")
    })
}

/// A sentence that speaks of someone named before without naming them: a kinship word
/// alone at its start ("Bà sống một mình, căn nhà cũ dột nát.").
fn pronoun_start(sentence: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"^\s*(?:Ông|Bà|Anh|Chị|Em|Cháu|Cụ)\s+(\p{Ll}+)").expect("valid regex"));
    // "Bà con", "Anh chị em": people in general, not someone named before.
    re.captures(sentence)
        .and_then(|c| c.get(1))
        .is_some_and(|w| !matches!(w.as_str(), "con" | "chị" | "em" | "anh" | "bà" | "ông" | "cháu" | "các" | "những"))
}

/// A person named the way stories name people: a kinship word, then one to four
/// capitalised syllables ("bà Lê Thị Nguyệt", "cháu Hùng").
pub(super) fn person() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // The kinship word in either case ("Ông Lê Văn Thành" at a sentence's start),
        // the name capitalised.
        Regex::new(
            r"\b(?i:ông|bà|anh|chị|em|cháu|cụ|chú|cô|bác|dì|thím|mợ)\s+((?:\p{Lu}\p{Ll}*)(?:\s+\p{Lu}\p{Ll}*){0,3})",
        )
        .expect("valid regex")
    })
}

fn whole_word(hay: &str, needle: &str) -> bool {
    let mut from = 0;
    while let Some(i) = hay[from..].find(needle) {
        let (a, b) = (from + i, from + i + needle.len());
        let before = hay[..a].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = hay[b..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if before && after {
            return true;
        }
        from = b;
    }
    false
}

/// One pattern for every sensitive word, in any case: lines without one are passed
/// over at the speed of a scan. Built once per run (`TextRules`): a regex's lazy DFA
/// is filled as it scans, and a fresh copy per story would fill it again each time.
pub(super) fn prefilter(words: &[String]) -> Option<Regex> {
    if words.is_empty() {
        return None;
    }
    let alternatives: Vec<String> = words.iter().map(|w| regex::escape(&w.to_lowercase())).collect();
    Regex::new(&format!("(?i){}", alternatives.join("|"))).ok()
}

/// Where a finding points: a line of the body and a byte offset in it.
struct At<'a> {
    s: &'a Story,
    n: usize,
    line: &'a str,
}

impl At<'_> {
    fn pos(&self, sentence: &str, offset: usize) -> Pos {
        let start = sentence.as_ptr() as usize - self.line.as_ptr() as usize + offset;
        Pos::new(self.s.body_line + self.n, self.line[..start].chars().count() + 1)
    }
    fn sensitive(&self, pos: Pos, name: &str, word: &str) -> Diagnostic {
        Diagnostic::warning(
            "third-party-sensitive",
            &self.s.path,
            pos,
            msg!("privacy.third-party-sensitive", name, word),
        )
        .with_help(msg!("privacy.third-party-sensitive.help"))
    }
    fn minor(&self, pos: Pos, name: &str, what: &str) -> Diagnostic {
        Diagnostic::warning("minor-named", &self.s.path, pos, msg!("privacy.minor-named", name, what))
            .with_help(msg!("privacy.minor-named.help"))
    }
}

/// Sensitive data of people other than the exemplar: their health or hardship in the
/// sentence that names them (or in the next, when it speaks of them as "Bà …"), and a
/// child named with a grade or age under 16.
pub(super) fn check(s: &Story, sensitive: &[String], any: Option<&Regex>, out: &mut Vec<Diagnostic>) {
    let sensitive: Vec<(String, String)> = sensitive.iter().map(|w| (w.clone(), w.to_lowercase())).collect();
    // Whose story it is: the subject, and the people its title names ("Máy cuộn rơm của
    // anh Hoàng Văn Lâm": a practice's story is about its holder too).
    let mut own: Vec<&str> = s.subject.name.split_whitespace().last().into_iter().collect();
    own.extend(person().captures_iter(&s.title).filter_map(|c| c.get(1)?.as_str().split_whitespace().last()));
    let is_exemplar = |name: &str| {
        // "chị Hoa" names Lê Thị Hoa; a household's or collective's name holds its head.
        let last = name.split_whitespace().last().unwrap_or(name);
        (!s.subject.name.is_empty() && s.subject.name.contains(name)) || own.contains(&last)
    };
    // The lines the prefilter finds a sensitive word on, in one pass over the body (one
    // search per line cost more in starting the search than in searching).
    let flagged: Option<std::collections::BTreeSet<usize>> = any.map(|re| {
        let (mut line, mut at) = (0, 0);
        re.find_iter(&s.body)
            .map(|m| {
                line += s.body.as_bytes()[at..m.start()].iter().filter(|&&b| b == b'\n').count();
                at = m.start();
                line
            })
            .collect()
    });
    for (n, line) in s.body.lines().enumerate() {
        let words = !sensitive.is_empty() && flagged.as_ref().is_none_or(|f| f.contains(&n));
        let young = line.contains("lớp") || line.contains("tuổi");
        if !words && !young {
            continue;
        }
        let at = At { s, n, line };
        // The last person named in this paragraph, for a sentence that names no one.
        let mut last: Option<(String, Pos)> = None;
        for sentence in line.split_inclusive(['.', '!', '?', ';']) {
            let all: Vec<(String, Pos, bool)> = person()
                .captures_iter(sentence)
                .filter_map(|m| {
                    let name = m.get(1)?.as_str();
                    // Initials ("bà N.") are what the help asks for: no one is named.
                    let initial = name.chars().count() == 1;
                    Some((name.to_owned(), at.pos(sentence, m.get(0)?.start()), is_exemplar(name) || initial))
                })
                .collect();
            let latest = all.last().map(|(name, pos, own)| (!own).then(|| (name.clone(), *pos)));
            let named: Vec<(String, Pos)> =
                all.into_iter().filter(|(_, _, own)| !own).map(|(name, pos, _)| (name, pos)).collect();
            if young && let Some(m) = minor().find(sentence) {
                for (name, pos) in &named {
                    out.push(at.minor(*pos, name, m.as_str()));
                }
            }
            let lower = sentence.to_lowercase();
            let word = if words { sensitive.iter().find(|(_, w)| whole_word(&lower, w)) } else { None };
            if let Some((word, _)) = word {
                for (name, pos) in &named {
                    out.push(at.sensitive(*pos, name, word));
                }
                if named.is_empty()
                    && pronoun_start(sentence)
                    && let Some((name, pos)) = &last
                {
                    out.push(at.sensitive(*pos, name, word));
                }
            }
            if let Some(p) = latest {
                last = p;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(name: &str, body: &str) -> Story {
        let text = format!(
            "---\ntitle: T\nkind: story\ndate: 2024-01-02\nsubject: {{ type: individual, name: \"{name}\", consent: true }}\ncommune: x\nfield: y\ncriteria: {{}}\nfield_evidence: e\nsummary: s\nauthor: a\n---\n{body}\n"
        );
        let file = crate::load::StoryFile { abs: "a.md".into(), rel: "a.md".into(), slug: "a".into() };
        crate::load::parse_bytes(file, text.into_bytes()).story.expect("a story")
    }

    #[test]
    fn a_third_party_with_health_details_is_flagged_not_the_exemplar() {
        let words = vec!["ung thư".to_owned(), "hộ nghèo".to_owned()];
        let mut out = Vec::new();
        let s = story("Trịnh Thị Lan", "Chị Lan thăm bà Lê Thị Nguyệt, bị ung thư giai đoạn cuối. Chị Lan không nghỉ.");
        check(&s, &words, prefilter(&words).as_ref(), &mut out);
        assert_eq!(out.len(), 1, "{out:?}");
        assert!(out[0].message.vi.contains("Lê Thị Nguyệt"));
        assert_eq!((out[0].pos.line, out[0].pos.column), (13, 14));
        let mut out = Vec::new();
        check(&story("Trịnh Thị Lan", "Chị Lan từng là hộ nghèo của thôn."), &words, None, &mut out);
        assert!(out.is_empty(), "the exemplar's own story: {out:?}");
        let mut out = Vec::new();
        check(
            &story("Trịnh Thị Lan", "Bà con hộ nghèo được hỗ trợ; ông Hùng làm thủ quỹ."),
            &words,
            prefilter(&words).as_ref(),
            &mut out,
        );
        assert!(out.is_empty(), "a name in another clause: {out:?}");
        // Found by the prefilter on the lines it is on, in either case, and only there.
        let body = "Chị Lan đi làm.\n\nChị Lan thăm ông Trần Văn Bình.\nChị Lan thăm bà Lê Thị Nguyệt, bị UNG THƯ.\nChị Lan giúp ông Trần Văn Bình, bị ung thư.";
        let mut out = Vec::new();
        check(&story("Trịnh Thị Lan", body), &words, prefilter(&words).as_ref(), &mut out);
        let lines: Vec<usize> = out.iter().map(|d| d.pos.line).collect();
        assert_eq!(lines, [16, 17], "{out:?}");
        let mut all = Vec::new();
        check(&story("Trịnh Thị Lan", body), &words, None, &mut all);
        assert_eq!(out, all, "the prefilter changes nothing found");
    }

    #[test]
    fn capitals_built_in_words_pronouns_and_children() {
        let words = words(&[]);
        let found = |body: &str| {
            let mut out = Vec::new();
            check(&story("Trịnh Thị Lan", body), &words, prefilter(&words).as_ref(), &mut out);
            out.iter().map(|d| d.code).collect::<Vec<_>>()
        };
        assert_eq!(found("Bà Lê Thị Nụ, 67 tuổi, bị tiểu đường."), ["third-party-sensitive"]);
        assert_eq!(found("Chị Lan thăm bà Lê Thị Gái. Bà sống một mình, nhà dột nát."), ["third-party-sensitive"]);
        assert_eq!(found("Em Lê Minh Đức, học sinh lớp 8, kể lại."), ["minor-named"]);
        assert!(found("Bà con hộ nghèo được giúp. Bà con vui.").is_empty());
        assert!(found("Nhân Ngày Thương binh - Liệt sĩ, ông Trần Văn Bình, 70 tuổi, phát biểu.").is_empty());
        assert!(found("Em Lê Văn An, học sinh lớp 10, kể lại.").is_empty(), "grade 10 is 15–16");
        assert!(found("Bà N., 67 tuổi, bị tiểu đường. Em Đ., học sinh lớp 8, kể lại.").is_empty(), "initials");
    }
}
