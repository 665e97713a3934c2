//! Stage 3: meaning. Checks each story against the plan's criteria and the registry,
//! the configuration against itself, and the stories against each other.

mod agencies;
mod audio;
mod body;
mod calendar;
mod config;
mod consent;
mod decisions;
mod exemplars;
mod gather;
mod hosting;
mod library;
pub(crate) mod limits;
mod outlets;
mod per_unit;
mod phrases;
mod plans;
mod privacy;
mod refs;
mod tags;
mod text;
mod title;

pub(crate) use config::config;
pub(crate) use library::library;
pub use text::TextRules;

use crate::diagnostic::Diagnostic;
use crate::load::Parsed;
use crate::model::Config;
use std::path::Path;

/// All findings about one parsed story file (beyond those of parsing itself).
pub fn story(p: &Parsed, cfg: &Config, rules: &TextRules, root: &Path) -> Vec<Diagnostic> {
    story_reading(p, cfg, rules, &Files::new(root))
}

/// The files of the site a story's check reads besides the story (its photos, its
/// recording), noted as the rules read them and handed to the kept checks
/// (`load::known::Source`): a story is taken from the cache only while they are as they
/// were. Passed to the rules that read files, in place of the bare root.
pub(crate) struct Files<'a> {
    /// The site's root.
    pub(crate) root: &'a Path,
    read: std::cell::RefCell<Vec<std::path::PathBuf>>,
}

impl<'a> Files<'a> {
    /// Nothing read yet.
    pub(crate) fn new(root: &'a Path) -> Files<'a> {
        Files { root, read: std::cell::RefCell::new(Vec::new()) }
    }

    /// Notes that the check read (or looked for) `path`.
    pub(crate) fn note(&self, path: &Path) {
        self.read.borrow_mut().push(path.to_owned());
    }

    /// The files noted, in order.
    pub(crate) fn into_read(self) -> Vec<std::path::PathBuf> {
        self.read.into_inner()
    }
}

/// `story`, with the files its rules read noted in `files`.
pub(crate) fn story_reading(p: &Parsed, cfg: &Config, rules: &TextRules, files: &Files) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // A story without a usable date (already reported) is checked all the same; only
    // the checks that need its date are left out.
    let found = p.story.as_ref().map(|s| (s, true)).or(p.undated.as_ref().map(|s| (s, false)));
    if let Some((s, dated)) = found {
        refs::check(s, dated, &p.spans, cfg, files, &mut out);
        title::check(s, &p.spans, &mut out);
        exemplars::story(s, &p.spans, cfg, &mut out);
        if dated {
            outlets::check(s, &p.spans, cfg, &mut out);
            agencies::story(s, &p.spans, cfg, &mut out);
            hosting::story(s, &p.spans, cfg, &mut out);
        }
        tags::check(s, &p.spans, cfg, &mut out);
        body::check(&s.path, &s.body, s.body_line, files, &cfg.site.embeds, &mut out);
        privacy::check(s, &rules.sensitive_words, rules.sensitive.as_ref(), &mut out);
        audio::check(s, &p.spans, files, &mut out);
    }
    if !p.text.is_empty() {
        rules.scan(&p.file.rel, &p.text, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{StoryFile, parse_bytes};

    /// The files a check reads are noted in the `Files` passed to it, and only there: the
    /// story's photo, a photo of its body, its recording (missing ones too: they may come).
    #[test]
    fn the_files_a_check_reads_are_noted_where_it_is_told() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/site");
        let mut diags = Vec::new();
        let cfg = crate::load::config(&root, &mut diags).expect("fixture configuration");
        let text = "---\ntitle: \"Anh Bình\"\nkind: story\ndate: 2024-02-03\nsubject: { type: individual, name: \"Bình\", consent: true }\ncommune: tho-tan\nfield: y-te\nimage: ./media/khong-co.jpg\nimage_alt: \"Ảnh\"\naudio: media/khong-co.mp3\nsummary: s\nauthor: a\n---\nThân bài.\n\n![Ảnh thân bài](./media/than-bai.jpg)\n";
        let file = StoryFile {
            abs: root.join("content/stories/2024/a.md"),
            rel: "content/stories/2024/a.md".into(),
            slug: "a".into(),
        };
        let p = parse_bytes(file, text.as_bytes().to_vec());
        let files = Files::new(&root);
        let _ = story_reading(&p, &cfg, &TextRules::from_config(&cfg), &files);
        let read: Vec<String> = files
            .into_read()
            .iter()
            .map(|f| f.strip_prefix(root.join("content")).unwrap().display().to_string().replace("./", ""))
            .collect();
        for want in ["media/khong-co.jpg", "media/than-bai.jpg", "media/khong-co.mp3"] {
            assert!(read.iter().any(|r| r == want), "{want} not noted: {read:?}");
        }
    }

    #[test]
    fn an_impossible_date_hides_no_other_finding() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/site");
        let mut diags = Vec::new();
        let cfg = crate::load::config(&root, &mut diags).expect("fixture configuration");
        let text = "---\ntitle: \"Anh Bình\"\nkind: story\ndate: 2024-02-30\nsubject: { type: individual, name: \"Bình\", consent: true }\ncommune: dong-tein\nfield: quoc-phong\ncriteria:\n  chap-hanh: \"a\"\n  hoan-thanh-xuat-sac: \"b\"\n  sang-tao: \"c\"\n  tuong-than-tuong-ai: \"d\"\nfield_evidence: e\nsummary: s\nauthor: a\ncolumns: [nguoi-tot]\nrecognition:\n  - { form: bang-khen-chu-tich-ubnd-tinh, year: 2030 }\n---\nBody\n";
        let file = StoryFile {
            abs: root.join("content/stories/2024/a.md"),
            rel: "content/stories/2024/a.md".into(),
            slug: "a".into(),
        };
        let p = parse_bytes(file, text.as_bytes().to_vec());
        let mut found: Vec<_> = p.diags.iter().map(|d| (d.code, d.pos.line)).collect();
        found.extend(story(&p, &cfg, &TextRules::from_config(&cfg), &root).iter().map(|d| (d.code, d.pos.line)));
        // The date is its own finding; no check that needs the date (a commendation
        // "after" a date that does not exist) speaks of it.
        assert_eq!(found, [("invalid-date", 4), ("unknown-commune", 6), ("unknown-field", 7), ("unknown-column", 16)]);
    }

    /// Positions are parsed from the YAML only for a finding (a tenth of `check`'s time
    /// when every story asked for them): a story without findings never parses them.
    #[test]
    fn a_story_without_findings_parses_no_positions() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/site");
        let mut diags = Vec::new();
        let cfg = crate::load::config(&root, &mut diags).expect("fixture configuration");
        let rules = TextRules::from_config(&cfg);
        let mut clean = 0;
        for name in [
            "2023/bep-an-nua.md",
            "2024/chi-hoa-dua-luoi.md",
            "2024/doi-dan-quan-xuan-thinh.md",
            "2025/hop-tac-xa-tho-phu.md",
        ] {
            let rel = format!("content/stories/{name}");
            let slug = name.rsplit('/').next().unwrap_or(name).trim_end_matches(".md").to_owned();
            let file = StoryFile { abs: root.join(&rel), rel: rel.clone(), slug };
            let p = parse_bytes(file, std::fs::read(root.join(&rel)).expect("fixture story"));
            let found = story(&p, &cfg, &rules, &root);
            if p.diags.is_empty() && found.is_empty() {
                clean += 1;
                assert!(!p.spans.parsed(), "{rel}: positions parsed without a finding");
            }
        }
        assert!(clean >= 2, "the fixture has stories without findings");
        // And a finding still gets its position.
        let text =
            std::fs::read_to_string(root.join("content/stories/2024/chi-hoa-dua-luoi.md")).expect("fixture story");
        let bad = text.replacen("\nfield: ", "\nfield: khong-co-", 1);
        let file = StoryFile {
            abs: root.join("content/stories/2024/x.md"),
            rel: "content/stories/2024/x.md".into(),
            slug: "x".into(),
        };
        let p = parse_bytes(file, bad.clone().into_bytes());
        let found = story(&p, &cfg, &rules, &root);
        let field = found.iter().find(|d| d.code == "unknown-field").expect("an unknown field");
        let line = bad.lines().position(|l| l.starts_with("field:")).expect("a field line") + 1;
        assert_eq!((field.pos.line, field.pos.column), (line, 8));
        assert!(p.spans.parsed());
    }
}
