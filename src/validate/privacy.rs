//! Sensitive data of third parties (Decree 13/2023/NĐ-CP, Article 2: health and, by the
//! plan's practice, poverty): a sentence of a story's body that names a person other
//! than the exemplar beside a word of `criteria.yaml`'s `sensitive` list.

use crate::diagnostic::{Diagnostic, Pos, Text};
use crate::model::Story;
use regex::Regex;
use std::sync::OnceLock;

/// A person named the way stories name people: a kinship word, then one to four
/// capitalised syllables ("bà Lê Thị Nguyệt", "cháu Hùng").
fn person() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"\b(?:ông|bà|anh|chị|em|cháu|cụ|chú|cô|bác|dì|thím|mợ)\s+((?:\p{Lu}\p{Ll}*)(?:\s+\p{Lu}\p{Ll}*){0,3})",
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
pub fn prefilter(words: &[String]) -> Option<Regex> {
    if words.is_empty() {
        return None;
    }
    let alternatives: Vec<String> = words.iter().map(|w| regex::escape(&w.to_lowercase())).collect();
    Regex::new(&format!("(?i){}", alternatives.join("|"))).ok()
}

pub fn check(s: &Story, sensitive: &[String], any: Option<&Regex>, out: &mut Vec<Diagnostic>) {
    if sensitive.is_empty() {
        return;
    }
    let sensitive: Vec<(String, String)> = sensitive.iter().map(|w| (w.clone(), w.to_lowercase())).collect();
    let own: Vec<&str> = s.subject.name.split_whitespace().collect();
    let is_exemplar = |name: &str| {
        // "chị Hoa" names Lê Thị Hoa; a household's or collective's name holds its head.
        let last = name.split_whitespace().last().unwrap_or(name);
        s.subject.name.contains(name) || own.last().is_some_and(|l| *l == last)
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
        if flagged.as_ref().is_some_and(|f| !f.contains(&n)) {
            continue;
        }
        for sentence in line.split_inclusive(['.', '!', '?', ';']) {
            let lower = sentence.to_lowercase();
            let Some((word, _)) = sensitive.iter().find(|(_, w)| whole_word(&lower, w)) else { continue };
            for m in person().captures_iter(sentence) {
                let name = m.get(1).map_or("", |g| g.as_str());
                if is_exemplar(name) {
                    continue;
                }
                let col = line
                    [..sentence.as_ptr() as usize - line.as_ptr() as usize + m.get(0).map_or(0, |g| g.start())]
                    .chars()
                    .count()
                    + 1;
                out.push(
                    Diagnostic::warning(
                        "third-party-sensitive",
                        &s.path,
                        Pos::new(s.body_line + n, col),
                        Text::new(
                            format!("câu này nêu tên “{name}” cùng thông tin về sức khỏe, hoàn cảnh (“{word}”): đó là dữ liệu cá nhân nhạy cảm của người thứ ba (Nghị định 13/2023/NĐ-CP)"),
                            format!("this sentence names “{name}” beside health or hardship details (“{word}”): sensitive personal data of a third party (Decree 13/2023/ND-CP)"),
                        ),
                    )
                    .with_help(Text::new(
                        "bỏ tên hoặc chỉ ghi chữ cái đầu (“bà N.”), hoặc ghi nhận sự đồng ý của người đó",
                        "drop the name or write initials only (“bà N.”), or record that person's consent",
                    )),
                );
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
}
