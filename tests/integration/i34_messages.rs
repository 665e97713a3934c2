//! Issue 34 (architecture round 2): messages as data. The figure of the closing note,
//! re-runnable: message lines left in the Rust code, and the longest functions.
//!
//! `cargo test --test integration i34_messages:: -- --nocapture` prints the figures;
//! `GUONG_MEASURE_ROOT=/path/to/other/checkout` measures another tree (e.g. before).
//!
//! How lines are counted (non-test code of `src/`: `#[cfg(test)]` items and `tests.rs`
//! files left out):
//! - *message lines*: lines inside a `Text::new(…)` or `Error::misuse(…)` call or a
//!   `match … lang … { … }` block that hold a string literal (a `Text::new` of two
//!   variables carries no message);
//! - *Vietnamese lines*: lines holding a string literal with a Vietnamese letter,
//!   anywhere (catches `(vi, en)` tuples and the like the first count misses).

use crate::support::repo;
use std::path::{Path, PathBuf};

/// The non-test text of a Rust file: `#[cfg(test)]` items blanked (lines kept, so
/// line counts stay those of the file).
fn non_test(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let item = &rest[at..];
        // The item ends at its `;` (e.g. `mod tests;`) or its closing brace.
        let end = match (item.find('{'), item.find(';')) {
            (Some(b), Some(s)) if s < b => s + 1,
            (Some(b), _) => b + closing(&item[b..]).unwrap_or(item.len() - b),
            (None, Some(s)) => s + 1,
            (None, None) => item.len(),
        };
        out.extend(item[..end].chars().map(|c| if c == '\n' { '\n' } else { ' ' }));
        rest = &item[end..];
    }
    out.push_str(rest);
    out
}

/// Byte length up to and including the bracket closing the one `text` starts with;
/// string and character literals and comments are skipped.
fn closing(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let (open, close) = match b.first()? {
        b'(' => (b'(', b')'),
        b'{' => (b'{', b'}'),
        _ => return None,
    };
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => i = string_end(b, i)?,
            b'/' if b.get(i + 1) == Some(&b'/') => i = i + text[i..].find('\n')?,
            b'\'' => i = char_end(b, i),
            c if c == open => depth += 1,
            c if c == close => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Index of the closing quote of the string literal opening at `i` (raw strings of the
/// `r"…"` and `r#"…"#` kinds included).
fn string_end(b: &[u8], i: usize) -> Option<usize> {
    let mut hashes = 0;
    let raw = i > 0 && (b[i - 1] == b'r' || b[i - 1] == b'#');
    if raw {
        let mut k = i;
        while k > 0 && b[k - 1] == b'#' {
            hashes += 1;
            k -= 1;
        }
    }
    let mut j = i + 1;
    while j < b.len() {
        if !raw && b[j] == b'\\' {
            j += 2;
            continue;
        }
        if b[j] == b'"' && b[j + 1..].iter().take(hashes).filter(|&&c| c == b'#').count() == hashes {
            return Some(j + hashes);
        }
        j += 1;
    }
    None
}

/// Past a character literal at `i`, or `i` itself for a lifetime.
fn char_end(b: &[u8], i: usize) -> usize {
    if b.get(i + 1) == Some(&b'\\') {
        return (i + 2..b.len()).find(|&k| b[k] == b'\'').unwrap_or(i);
    }
    if b.get(i + 2) == Some(&b'\'') {
        return i + 2;
    }
    // A multi-byte character: up to 5 bytes on.
    (i + 2..(i + 6).min(b.len())).find(|&k| b[k] == b'\'').unwrap_or(i)
}

/// Line numbers (0-based) of the lines of the calls opened by `needle` (which ends with
/// the bracket) whose part inside the call holds a string literal.
fn lines_in_calls(text: &str, needle: &str) -> Vec<usize> {
    let mut lines = Vec::new();
    for (at, _) in text.match_indices(needle) {
        let open = at + needle.len() - 1;
        if let Some(len) = closing(&text[open..]) {
            let first = text[..at].matches('\n').count();
            let call = &text[at..open + len];
            lines.extend(call.split('\n').enumerate().filter(|(_, l)| l.contains('"')).map(|(i, _)| first + i));
        }
    }
    lines
}

/// Line numbers of the lines of `match … lang … { … }` blocks (`match lang`,
/// `match (self, lang)`) that hold a string literal.
fn lang_matches(text: &str) -> Vec<usize> {
    let word = regex::Regex::new(r"\blang\b").unwrap();
    let mut lines = Vec::new();
    for (at, _) in text.match_indices("match ") {
        let Some(brace) = text[at..].find('{').map(|b| at + b) else { continue };
        if !word.is_match(&text[at..brace]) || text[at..brace].contains(';') {
            continue;
        }
        if let Some(len) = closing(&text[brace..]) {
            let first = text[..at].matches('\n').count();
            let block = &text[at..brace + len];
            lines.extend(block.split('\n').enumerate().filter(|(_, l)| l.contains('"')).map(|(i, _)| first + i));
        }
    }
    lines
}

fn is_vietnamese(c: char) -> bool {
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ".contains(c.to_lowercase().next().unwrap_or(c))
}

#[derive(Default, Debug)]
struct Figures {
    message_lines: usize,
    vietnamese_lines: usize,
    msg_calls: usize,
    by_file: Vec<(usize, String)>,
}

fn rust_files(src: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(src)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs") && !p.ends_with("tests.rs"))
        .collect();
    files.sort();
    files
}

fn measure(root: &Path) -> Figures {
    let mut f = Figures::default();
    for path in rust_files(&root.join("src")) {
        let text = non_test(&std::fs::read_to_string(&path).unwrap());
        let lines: Vec<&str> = text.lines().collect();
        let mut counted = vec![false; lines.len() + 1];
        let found = ["Text::new(", "Error::misuse("].iter().flat_map(|n| lines_in_calls(&text, n));
        for n in found.chain(lang_matches(&text)) {
            counted[n] = true;
        }
        let here = counted.iter().filter(|&&c| c).count();
        f.message_lines += here;
        f.vietnamese_lines += lines
            .iter()
            .filter(|l| l.contains('"') && !l.trim_start().starts_with("//") && l.chars().any(is_vietnamese))
            .count();
        f.msg_calls += text.matches("msg!(\"").count();
        if here > 0 {
            f.by_file.push((here, path.strip_prefix(root).unwrap().display().to_string()));
        }
    }
    f.by_file.sort_by(|a, b| b.cmp(a));
    f
}

/// Functions of the non-test code with their length in lines, longest first.
fn longest_functions(root: &Path, under: &str) -> Vec<(usize, String)> {
    let fn_start = regex::Regex::new(r"(?m)^\s*(pub(\([a-z]+\))? )?(const )?(async )?fn ([a-z0-9_]+)").unwrap();
    let mut out = Vec::new();
    for path in rust_files(&root.join(under)) {
        let text = non_test(&std::fs::read_to_string(&path).unwrap());
        for m in fn_start.captures_iter(&text) {
            let at = m.get(0).unwrap().start();
            let Some(body) = text[at..].find(['{', ';']).filter(|&i| text.as_bytes()[at + i] == b'{') else { continue };
            let Some(len) = closing(&text[at + body..]) else { continue };
            let lines = text[at..at + body + len].trim_start_matches('\n').lines().count();
            let name = format!("{}::{}", path.strip_prefix(root).unwrap().display(), &m[5]);
            out.push((lines, name));
        }
    }
    out.sort_by(|a, b| b.cmp(a));
    out
}

fn root() -> PathBuf {
    std::env::var_os("GUONG_MEASURE_ROOT").map_or_else(repo, PathBuf::from)
}

#[test]
fn message_lines_left_in_rust_code() {
    let root = root();
    let f = measure(&root);
    let entries = std::fs::read_to_string(root.join("src/diagnostic/messages.yaml"))
        .map(|t| t.lines().filter(|l| l.starts_with("    vi: ")).count())
        .unwrap_or(0);
    println!("measured: {}", root.display());
    println!(
        "message lines (in Text::new(…), Error::misuse(…), match lang {{…}}, with a string literal): {}",
        f.message_lines
    );
    println!("lines with a Vietnamese string literal (non-test code): {}", f.vietnamese_lines);
    println!("msg! calls: {}; catalogue entries (codes and messages): {entries}", f.msg_calls);
    for (n, file) in &f.by_file {
        println!("  {n:4} {file}");
    }
    if std::env::var_os("GUONG_MEASURE_ROOT").is_none() {
        // The ratchet: messages go into the catalogue, not back into the code.
        assert!(
            f.message_lines == 0,
            "{} message lines in the code: every message is in src/diagnostic/messages.yaml",
            f.message_lines
        );
        for dir in ["src/validate/", "src/load/"] {
            let left: Vec<_> = f.by_file.iter().filter(|(_, p)| p.starts_with(dir)).collect();
            assert!(left.is_empty(), "message text back in {dir}: {left:?}");
        }
    }
}

#[test]
fn longest_functions_of_validate_and_load() {
    let root = root();
    for under in ["src/validate", "src/load", "src"] {
        let fns = longest_functions(&root, under);
        println!("longest functions under {under}:");
        for (n, name) in fns.iter().take(8) {
            println!("  {n:4} {name}");
        }
    }
}

#[test]
fn the_counter_counts_what_it_says() {
    let text = "fn a() {\n    let t = Text::new(\n        \"một\",\n        \"one\",\n    );\n    let u = Text::new(vi, en);\n}\n#[cfg(test)]\nmod tests {\n    fn b() { Text::new(\"x\", \"y\"); }\n}\n";
    let code = non_test(text);
    assert!(!code.contains("\"x\""), "test items are blanked");
    assert_eq!(code.lines().count(), text.lines().count(), "lines are kept");
    assert_eq!(lines_in_calls(&code, "Text::new("), [2, 3], "a Text::new of two variables carries no message");
    let other = "let x = msg!(\"id\", v = Text::new(a, b));\nmatch lang {\n    Lang::Vi => \"một\",\n    Lang::En => \"one\",\n}\n";
    assert!(lines_in_calls(other, "Text::new(").is_empty(), "the id of the msg! around is not counted");
    assert_eq!(lang_matches(other), [2, 3]);
}
