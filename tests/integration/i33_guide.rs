//! Issue 33, items 8 and 9: the Vietnamese user guide (`docs/huong-dan/`, an mdBook) holds
//! together. Every chapter is in `SUMMARY.md` and every entry there is a file; every relative
//! link or image leads to a file of the repository; every `guong <subcommand>` the guide
//! shows is one the binary has, with only options its `--help` lists; and its prose keeps
//! one tone-mark convention (the old style, hòa, khỏe, thủy) in NFC text. The Markdown is
//! read with pulldown-cmark, the commands checked against the real binary's help.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::support::{guong_in, repo};

fn book() -> PathBuf {
    repo().join("docs/huong-dan")
}

/// Every Markdown file of the book's `src/`, with its text, by file name.
fn chapters() -> BTreeMap<String, String> {
    let src = book().join("src");
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(&src).unwrap_or_else(|e| panic!("{}: {e}", src.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "md") {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            out.insert(name, std::fs::read_to_string(&path).unwrap());
        }
    }
    assert!(out.contains_key("SUMMARY.md"), "docs/huong-dan/src/SUMMARY.md is missing");
    out
}

/// What a chapter's Markdown holds, as the parser sees it.
#[derive(Default)]
struct Parts {
    /// Link and image targets.
    links: Vec<String>,
    /// Inline code spans.
    code_spans: Vec<String>,
    /// Lines of fenced or indented code blocks.
    code_lines: Vec<String>,
    /// Text outside code (the prose).
    prose: String,
}

fn parse(text: &str) -> Parts {
    let mut parts = Parts::default();
    let mut in_block = false;
    let mut block = String::new();
    for event in Parser::new_ext(text, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                parts.links.push(dest_url.to_string());
            }
            Event::Start(Tag::CodeBlock(_)) => {
                in_block = true;
                block.clear();
            }
            Event::End(TagEnd::CodeBlock) => {
                in_block = false;
                parts.code_lines.extend(block.lines().map(str::to_owned));
            }
            Event::Text(t) if in_block => block.push_str(&t),
            Event::Text(t) => {
                parts.prose.push_str(&t);
                parts.prose.push(' ');
            }
            Event::Code(c) => parts.code_spans.push(c.to_string()),
            Event::SoftBreak | Event::HardBreak => parts.prose.push(' '),
            _ => {}
        }
    }
    parts
}

fn is_external(link: &str) -> bool {
    link.starts_with("http://") || link.starts_with("https://") || link.starts_with("mailto:")
}

#[test]
fn every_chapter_is_in_the_summary_and_every_entry_is_a_chapter() {
    let toml = std::fs::read_to_string(book().join("book.toml")).expect("docs/huong-dan/book.toml");
    assert!(toml.contains("language = \"vi\""), "book.toml must set language = \"vi\":\n{toml}");
    assert!(toml.contains("title = \""), "book.toml must set a title:\n{toml}");
    let all = chapters();
    let listed: BTreeSet<String> =
        parse(&all["SUMMARY.md"]).links.iter().map(|l| l.split('#').next().unwrap().to_owned()).collect();
    let files: BTreeSet<String> = all.keys().filter(|n| *n != "SUMMARY.md").cloned().collect();
    let unlisted: Vec<&String> = files.difference(&listed).collect();
    let missing: Vec<&String> = listed.difference(&files).collect();
    assert!(unlisted.is_empty(), "chapters not in SUMMARY.md: {unlisted:?}");
    assert!(missing.is_empty(), "SUMMARY.md lists files that do not exist in src/: {missing:?}");
    assert!(files.len() >= 10, "the guide has only {} chapters: {files:?}", files.len());
}

#[test]
fn every_relative_link_of_the_guide_leads_to_a_file_of_the_repository() {
    let src = book().join("src");
    let root = repo().canonicalize().unwrap();
    let mut broken = Vec::new();
    let mut checked = 0;
    for (name, text) in chapters() {
        for link in parse(&text).links {
            if is_external(&link) || link.starts_with('#') {
                continue;
            }
            // The anchor is optional (headings' ids are mdBook's to make); the file is not.
            let file = link.split(['#', '?']).next().unwrap();
            let target = src.join(file);
            checked += 1;
            match target.canonicalize() {
                Ok(real) if real.starts_with(&root) => {}
                Ok(real) => broken.push(format!("{name}: {link} leaves the repository ({})", real.display())),
                Err(_) => broken.push(format!("{name}: {link} ({} does not exist)", target.display())),
            }
        }
    }
    assert!(broken.is_empty(), "broken links in docs/huong-dan/src:\n{}", broken.join("\n"));
    assert!(checked > 20, "only {checked} relative links found: is the guide parsed?");
}

/// A command the guide shows: its subcommand (or a top-level option such as `--version`)
/// and the options given to it, where the line is a whole command.
fn commands(parts: &Parts) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for line in parts.code_lines.iter().chain(&parts.code_spans) {
        let line = line.trim();
        let line = line.strip_prefix("$ ").unwrap_or(line);
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.first() == Some(&"guong") && words.len() > 1 {
            // "guong serve: http://…" and "guong 0.5.7" are guong's own output, not commands.
            if words[1].starts_with(|c: char| c.is_ascii_lowercase() || c == '-') && !words[1].ends_with(':') {
                let options: Vec<String> = words[2..]
                    .iter()
                    .filter(|w| w.starts_with("--"))
                    .map(|w| w.split('=').next().unwrap().to_owned())
                    .collect();
                out.push((words[1].to_owned(), options));
            }
            continue;
        }
        // `guong check` inside a longer line (a hook, a message): the subcommand only.
        for (i, _) in line.match_indices("guong ") {
            let before = line[..i].chars().next_back();
            if before.is_some_and(|c| !(c.is_whitespace() || c == '`' || c == '(')) {
                continue;
            }
            let rest = &line[i + 6..];
            let word: String = rest.chars().take_while(|c| c.is_ascii_lowercase() || *c == '-').collect();
            // A whole word ("guong tạo" in a message is not a subcommand `t`).
            let whole = rest[word.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            if !word.is_empty() && whole {
                out.push((word, Vec::new()));
            }
        }
    }
    out
}

/// Whether `help` names the option `flag` as a whole word (`--to` is not `--top`).
fn has_option(help: &str, flag: &str) -> bool {
    help.match_indices(flag)
        .any(|(i, _)| help[i + flag.len()..].chars().next().is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '-')))
}

#[test]
fn every_guong_command_of_the_guide_is_a_real_subcommand_with_real_options() {
    let mut shown: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for text in chapters().values() {
        for (sub, options) in commands(&parse(text)) {
            shown.entry(sub).or_default().extend(options);
        }
    }
    for core in ["check", "build", "new", "serve", "publish", "report", "review", "plan"] {
        assert!(shown.contains_key(core), "the guide never shows `guong {core}`: {:?}", shown.keys());
    }
    let top = guong_in(&repo(), &["--help"]);
    assert_eq!(top.code, 0, "{}", top.stderr);
    let mut wrong = Vec::new();
    for (sub, options) in &shown {
        // A top-level option (`guong --version`) is looked up in the top-level help.
        if sub.starts_with('-') {
            if !has_option(&top.stdout, sub) {
                wrong.push(format!("`guong {sub}`: not an option of guong"));
            }
            continue;
        }
        let run = guong_in(&repo(), &[sub.as_str(), "--help"]);
        if run.code != 0 {
            wrong.push(format!("`guong {sub}` is not a subcommand (exit {}): {}", run.code, run.stderr.trim()));
            continue;
        }
        for option in options {
            if !has_option(&run.stdout, option) {
                wrong.push(format!("`guong {sub} {option}`: `guong {sub} --help` has no such option"));
            }
        }
    }
    assert!(wrong.is_empty(), "the guide shows commands guong does not have:\n{}", wrong.join("\n"));
}

/// The syllable endings where the new style puts the tone mark (hoà, khoẻ, thuỷ); the old
/// style, the guide's and the sample's (`tone_style: old`), writes hòa, khỏe, thủy.
const NEW_STYLE_ENDINGS: [&str; 15] =
    ["oá", "oà", "oả", "oã", "oạ", "oé", "oè", "oẻ", "oẽ", "oẹ", "uý", "uỳ", "uỷ", "uỹ", "uỵ"];

#[test]
fn the_guide_writes_tone_marks_in_the_old_style_and_in_nfc() {
    use unicode_normalization::UnicodeNormalization;
    let mut wrong = Vec::new();
    for (name, text) in chapters() {
        if text.nfc().collect::<String>() != text {
            wrong.push(format!("{name}: not NFC"));
        }
        // Code and quoted output may show the other style on purpose (a `tone-style` finding).
        let prose = parse(&text).prose.to_lowercase();
        for word in prose.split(|c: char| !c.is_alphabetic()) {
            let new_style = NEW_STYLE_ENDINGS
                .iter()
                .any(|e| word.ends_with(e) && !(e.starts_with('u') && word.ends_with(&format!("q{e}"))));
            if new_style {
                wrong.push(format!("{name}: “{word}” (old style: the mark on the first vowel)"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_guide_links_the_table_of_codes_instead_of_copying_it() {
    let all = chapters();
    let header = "| code | severity | meaning |";
    assert!(all.values().all(|t| !t.contains(header)), "the guide copies the README's table of codes");
    let links: Vec<String> = all.values().flat_map(|t| parse(t).links).collect();
    assert!(
        links.iter().any(|l| l.ends_with("README.md#finding-codes")),
        "no chapter links the README's table of codes: {links:?}"
    );
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    assert!(readme.contains("\n## Finding codes\n"), "the README's heading `## Finding codes` (the anchor) moved");
}

/// The two commands a newcomer runs first, byte for byte (CI runs the second: `.ci/run`).
const NEWCOMER: &str = "\ncargo run -- build     # builds the sample site into public/ (cong-thong-tin, trung-tam-van-hoa, xa-tho-phu, xa-…)\ncargo test             # runs every test (unit and integration)\n";

#[test]
fn the_readme_keeps_the_newcomer_commands_and_its_documents_links_resolve() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    assert!(readme.contains(NEWCOMER), "README.md lost its two first commands:{NEWCOMER}");
    let ci = std::fs::read_to_string(repo().join(".ci/run")).unwrap();
    assert!(ci.lines().any(|l| l.ends_with(" cargo test")), "CI no longer runs the README's `cargo test`");
    // The README, and the reference and changelog it links once split from it.
    let mut broken = Vec::new();
    for doc in ["README.md", "docs/REFERENCE.md", "CHANGELOG.md", "docs/FORMATS.md"] {
        let path = repo().join(doc);
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        for link in parse(&text).links {
            if is_external(&link) || link.starts_with('#') {
                continue;
            }
            let file = link.split(['#', '?']).next().unwrap();
            if !path.parent().unwrap().join(file).exists() {
                broken.push(format!("{doc}: {link}"));
            }
        }
    }
    assert!(broken.is_empty(), "broken links: {broken:?}");
}

#[test]
fn command_lines_are_read_as_commands() {
    // The reader of the guide's commands, on the shapes the guide uses.
    let parts = parse(
        "Run `guong check --strict`.\n\n```console\n$ guong build --outlet xa-tho-phu\nguong serve: http://127.0.0.1:1111/\n```\n\n```sh\nexec guong check $files\ncargo run -- build\n```\n",
    );
    let got = commands(&parts);
    let want: Vec<(String, Vec<String>)> = vec![
        ("build".into(), vec!["--outlet".into()]),
        ("check".into(), vec![]),
        ("check".into(), vec!["--strict".into()]),
    ];
    assert_eq!(got, want);
    assert!(has_option("  --to <DIR>  x", "--to") && !has_option("  --top  x", "--to"));
    let message = parse("```text\nguong 0.5.7\nguong: a.docx không phải báo cáo do guong tạo (thiếu guong )\n```\n");
    assert!(commands(&message).is_empty(), "{:?}", commands(&message));
}

/// The guide builds as a book with mdBook (the tool the Rust project writes its books
/// with): every chapter becomes a page in Vietnamese, with its heading.
#[test]
#[cfg_attr(
    not(office_tests),
    ignore = "needs mdBook: run with GUONG_OFFICE_TESTS=1 after `cargo install mdbook --locked` (.ci/run does it)"
)]
fn the_guide_builds_as_a_book() {
    let out = tempfile::tempdir().unwrap();
    let run = std::process::Command::new("mdbook")
        .arg("build")
        .arg(book())
        .arg("--dest-dir")
        .arg(out.path())
        .output()
        .expect("mdbook is installed (cargo install mdbook --locked)");
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    for rel in chapters().keys().filter(|k| *k != "SUMMARY.md") {
        let page = out.path().join(rel.replace(".md", ".html").replace("README.html", "index.html"));
        let html = std::fs::read_to_string(&page).unwrap_or_else(|e| panic!("{}: {e}", page.display()));
        let doc = scraper::Html::parse_document(&html);
        let root = doc.select(&scraper::Selector::parse("html").unwrap()).next().unwrap();
        assert_eq!(root.value().attr("lang"), Some("vi"), "{rel}");
        let h1 = scraper::Selector::parse("main h1").unwrap();
        assert!(doc.select(&h1).next().is_some(), "{rel}: a page with its heading");
    }
}
