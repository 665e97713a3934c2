//! Issue 29: real Word documents imported as free stories and compared with reviewed
//! Markdown snapshots: ten documents written by Microsoft Word (python-docx's test suite,
//! MIT), stories typed in the legacy fonts TCVN3 and VNI, lists made by styles, and
//! footnotes, endnotes and numbered lists written by LibreOffice (see
//! `tests/fixtures/word-corpus/README.md`). The Markdown is also read back by
//! pulldown-cmark, to see that what Word numbered is a numbered list and every note a
//! footnote.

use crate::support::{guong_in, repo, sample_site};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn corpus() -> Vec<PathBuf> {
    let dir = repo().join("tests/fixtures/word-corpus");
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(&dir)
        .into_iter()
        .map(|e| e.expect("the corpus folder reads").into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "docx"))
        .collect();
    files.sort();
    files
}

fn listing(root: &Path) -> BTreeSet<String> {
    walkdir::WalkDir::new(root.join("content"))
        .into_iter()
        .map(|e| e.expect("content reads"))
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().strip_prefix(root).unwrap().display().to_string())
        .collect()
}

/// What one import wrote: its new files and the story's Markdown.
struct Imported {
    code: i32,
    stderr: String,
    files: Vec<String>,
    story: String,
}

fn import(root: &Path, file: &Path) -> Imported {
    let before = listing(root);
    // The findings sheets go to a folder of their own, not beside the corpus's files.
    let sheets = tempfile::tempdir().expect("a temporary folder");
    let sheets = sheets.path().display().to_string();
    let r = guong_in(root, &["import", &file.display().to_string(), "--sheets", &sheets]);
    let files: Vec<String> = listing(root).difference(&before).cloned().collect();
    let story = files
        .iter()
        .find(|f| f.ends_with(".md"))
        .map(|f| std::fs::read_to_string(root.join(f)).expect("the story reads"))
        .unwrap_or_default();
    Imported { code: r.code, stderr: r.stderr, files, story }
}

/// The story without what changes from run to run (its random id, today's date, the year
/// of its folder).
fn stable(text: &str, files: &[String]) -> String {
    let year = chrono::Datelike::year(&chrono::Local::now().date_naive()).to_string();
    let mut out = String::new();
    for f in files.iter().filter(|f| !f.ends_with(".md")) {
        out.push_str(&format!("# wrote {}\n", f.replace(&year, "[năm]")));
    }
    for line in text.lines() {
        let line = if line.starts_with("id: ") {
            "id: [id]".to_owned()
        } else if line.starts_with("date: ") {
            "date: [hôm nay]".to_owned()
        } else {
            line.replace(&format!("/{year}/"), "/[năm]/")
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path(repo().join("tests/integration/snapshots"));
    s.set_prepend_module_to_snapshot(false);
    s
}

/// Counts of what pulldown-cmark reads in a story's body.
#[derive(Debug, Default, PartialEq, Eq)]
struct Shape {
    numbered: usize,
    bulleted: usize,
    notes: usize,
    tables: usize,
    links: usize,
    images: usize,
}

fn shape(story: &str) -> Shape {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let body = story.splitn(3, "---\n").nth(2).unwrap_or_default();
    let mut s = Shape::default();
    for e in Parser::new_ext(body, Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES) {
        match e {
            Event::Start(Tag::List(Some(_))) => s.numbered += 1,
            Event::Start(Tag::List(None)) => s.bulleted += 1,
            Event::Start(Tag::FootnoteDefinition(_)) => s.notes += 1,
            Event::Start(Tag::Table(_)) => s.tables += 1,
            Event::Start(Tag::Link { .. }) => s.links += 1,
            Event::Start(Tag::Image { .. }) => s.images += 1,
            _ => {}
        }
    }
    s
}

#[test]
fn every_document_of_the_corpus_imports_as_its_reviewed_markdown() {
    let site = sample_site();
    let root = site.path();
    let files = corpus();
    assert!(files.len() >= 14, "the corpus is there: {files:?}");
    for file in &files {
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        let got = import(root, file);
        if got.code == 2 {
            // Refused (a document of pictures only has no title): the message is the snapshot.
            assert!(got.files.is_empty(), "{name}: nothing is written when refused");
            let message = got.stderr.replace(&file.display().to_string(), "[file]");
            settings().bind(|| insta::assert_snapshot!(format!("i29_corpus_{name}"), message));
            continue;
        }
        // A free document lacks what only the editor knows (unit, field…): findings, exit 1.
        assert!(matches!(got.code, 0 | 1), "{name}: {}", got.stderr);
        assert!(!got.story.is_empty(), "{name}: a story was written: {}", got.stderr);
        let front: serde_yaml::Value =
            serde_yaml::from_str(got.story.split("---\n").nth(1).unwrap()).expect("the front matter is YAML");
        assert_eq!(front["draft"].as_bool(), Some(true), "{name}: imported as a draft");
        assert!(!got.stderr.contains("panicked"), "{name}: {}", got.stderr);
        settings().bind(|| insta::assert_snapshot!(format!("i29_corpus_{name}"), stable(&got.story, &got.files)));
    }
}

#[test]
fn numbered_lists_notes_and_tables_read_back_as_markdown_structures() {
    let site = sample_site();
    let root = site.path();
    let dir = repo().join("tests/fixtures/word-corpus");
    let notes = import(root, &dir.join("notes-lists.docx"));
    assert_eq!(
        shape(&notes.story),
        Shape { numbered: 1, bulleted: 1, notes: 2, tables: 1, links: 1, images: 0 },
        "{}",
        notes.story
    );
    let styled = import(root, &dir.join("lists-styles.docx"));
    assert_eq!(
        shape(&styled.story),
        Shape { numbered: 1, bulleted: 1, images: 1, ..Shape::default() },
        "{}",
        styled.story
    );
    assert_eq!(styled.files.iter().filter(|f| f.starts_with("content/media/")).count(), 1, "{:?}", styled.files);
    // A picture linked to a file on the writer's computer is named, not read.
    let linked = import(root, &dir.join("python-docx/shp-inline-shape-access.docx"));
    assert!(linked.stderr.contains("monty-truth.png"), "the linked picture is named: {}", linked.stderr);
}

#[test]
fn text_in_legacy_fonts_is_converted_and_said() {
    let site = sample_site();
    let root = site.path();
    let dir = repo().join("tests/fixtures/word-corpus");
    let t = import(root, &dir.join("tcvn3.docx"));
    let front: serde_yaml::Value = serde_yaml::from_str(t.story.split("---\n").nth(1).unwrap()).unwrap();
    assert_eq!(front["title"].as_str(), Some("Bà Lê Thị Hằng giữ nghề dệt chiếu cói"));
    assert!(t.story.contains("BÀI MẪU MINH HỌA"), "a .VnTimeH run is in capitals: {}", t.story);
    assert!(t.story.contains("Đoạn này gõ bằng Unicode: ủy ban"), "{}", t.story);
    assert!(t.stderr.contains("`.VnTime`") && t.stderr.contains("TCVN3"), "the conversion is said: {}", t.stderr);
    let v = import(root, &dir.join("vni.docx"));
    assert!(v.story.contains("title: \"Ông Nguyễn Văn Tùng làm kinh tế giỏi\""), "{}", v.story);
    assert!(v.story.contains("tạo việc làm cho 12 người"), "{}", v.story);
    assert!(v.stderr.contains("VNI-Times") && v.stderr.contains("VNI"), "{}", v.stderr);
}
