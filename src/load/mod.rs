//! Stage 1: find the story files and read each into text, front matter and body.

pub(crate) mod changes;
pub mod config;
pub(crate) mod docx;
pub(crate) mod frontmatter;
pub(crate) mod known;
pub(crate) mod source;
pub(crate) mod story;
pub(crate) mod values;

use crate::diagnostic::{Diagnostic, Pos, Text, msg};
use crate::model::Story;
use crate::yaml::{self, SpanMap};
pub use config::config;
use std::path::{Path, PathBuf};
use story as fm;
use walkdir::WalkDir;

pub(crate) const STORIES_DIR: &str = "content/stories";

/// A story file as found on disk.
#[derive(Debug, Clone)]
pub struct StoryFile {
    /// Its absolute path.
    pub abs: PathBuf,
    /// Relative to the site root, `/`-separated.
    pub rel: String,
    /// The file name without `.md`: the story's address.
    pub slug: String,
}

impl StoryFile {
    /// The site's root: `abs` without the parts of `rel`.
    pub fn root(&self) -> PathBuf {
        let up = self.rel.split('/').filter(|p| !p.is_empty()).count();
        self.abs.ancestors().nth(up).map_or_else(|| self.abs.clone(), Path::to_owned)
    }
}

/// Every `.md` under `content/stories`, sorted by path so runs are deterministic.
pub(crate) fn find_stories(root: &Path) -> Result<Vec<StoryFile>, Diagnostic> {
    Ok(find_all(root)?.0)
}

/// Story files, and the story paths that are links pointing outside the site.
pub(crate) fn find_all(root: &Path) -> Result<(Vec<StoryFile>, Vec<String>), Diagnostic> {
    let dir = root.join(STORIES_DIR);
    let mut out = Vec::new();
    let mut bad_links = Vec::new();
    if !dir.exists() {
        return Ok((out, bad_links));
    }
    for entry in WalkDir::new(&dir).follow_links(false).sort_by_file_name() {
        let entry = entry
            .map_err(|e| Diagnostic::error("io-error", STORIES_DIR, Pos::START, msg!("load.io-error", error = e)))?;
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        if entry.file_type().is_symlink() {
            // A story may be a link within the site; one pointing outside is refused.
            let inside = match (path.canonicalize(), root.canonicalize()) {
                (Ok(t), Ok(r)) => t.starts_with(r) && t.is_file(),
                _ => false,
            };
            if !inside {
                bad_links.push(rel_path(root, path));
                continue;
            }
        } else if !entry.file_type().is_file() {
            continue;
        }
        let rel = rel_path(root, path);
        let slug = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        out.push(StoryFile { abs: path.to_owned(), rel, slug });
    }
    Ok((out, bad_links))
}

/// The finding for a story path that is a link pointing outside the site.
pub(crate) fn outside_link(rel: &str) -> Diagnostic {
    Diagnostic::error("invalid-path", rel, Pos::START, msg!("load.invalid-path"))
        .with_help(msg!("load.invalid-path.help"))
}

/// FIFOs, devices, sockets, and links to them or out of the site, under `content/` and
/// `themes/`: never read by any stage (reading could block or never end), each reported
/// once. Story files linking out of the site get their own error (`outside_link`).
pub(crate) fn special_files(root: &Path) -> Vec<Diagnostic> {
    let Ok(site) = root.canonicalize() else { return Vec::new() };
    let mut out = Vec::new();
    for dir in ["content", "themes", "templates"] {
        for e in WalkDir::new(root.join(dir)).follow_links(false).sort_by_file_name().into_iter().filter_map(Result::ok)
        {
            let t = e.file_type();
            let what = if t.is_symlink() {
                let target = e.path().canonicalize().ok();
                let usable = target.as_ref().is_some_and(|t| t.starts_with(&site) && (t.is_file() || t.is_dir()));
                let story =
                    e.path().starts_with(root.join(STORIES_DIR)) && e.path().extension().is_some_and(|x| x == "md");
                if usable || story {
                    continue;
                }
                msg!("load.special-file.link")
            } else if t.is_file() || t.is_dir() {
                continue;
            } else {
                msg!("load.special-file.special")
            };
            out.push(
                Diagnostic::warning(
                    "special-file",
                    &rel_path(root, e.path()),
                    Pos::START,
                    msg!("load.special-file", what),
                )
                .with_help(msg!("load.special-file.help")),
            );
        }
    }
    out
}

/// `path` relative to `root`, with `/` separators (as shown in findings).
pub(crate) fn rel_path(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// A story file after reading: its text and spans are kept for validation.
pub struct Parsed {
    pub file: StoryFile,
    pub text: String,
    pub spans: SpanMap,
    /// Line of the opening fence.
    pub fence: Pos,
    /// The story, when every required key could be read.
    pub story: Option<Story>,
    /// A story complete but for its date (already reported): validated, never published.
    pub undated: Option<Story>,
    pub diags: Vec<Diagnostic>,
}

/// Who a story naming an exemplar is about, and the exemplar's commendations, taken
/// from the registry, so every later stage reads a story alike. What the story itself
/// wrote of them is left for `validate` to refuse.
pub(crate) fn attach_exemplar(p: &mut Parsed, exemplars: &crate::model::Exemplars) {
    for s in p.story.iter_mut().chain(p.undated.iter_mut()) {
        let Some(e) = s.exemplar.as_deref().and_then(|id| exemplars.get(id)) else { continue };
        s.subject = crate::model::story::Subject {
            kind: e.subject_type(),
            name: e.name.clone(),
            consent: !e.consent_missing(),
            consent_valid: true,
        };
        s.recognition = e.recognition.clone();
    }
}

/// Reads and parses one story file. Never fails: problems become findings.
pub(crate) fn parse_story(file: StoryFile) -> Parsed {
    let read = source::read_text(&file.root(), &file.abs, &file.rel);
    parse_read(file, read)
}

/// A story file read, from the cache when it is known clean there, else parsed.
pub(crate) enum Loaded {
    /// Known from the cache (`known::Entry::take`): its story, body filled from the
    /// file, and its findings.
    Known(Box<(StoryFile, known::Taken)>),
    /// Parsed anew, with the XXH3 of its bytes when they could be read.
    Parsed(Box<Parsed>, Option<u64>),
}

/// Reads one story file; `prior` is what the cache knows of it, and `unchanged` the
/// hash its bytes are known to have (from their stamps: `emit::fingerprint`), if known.
/// A file known unchanged and kept in the cache is not read now: its body is read when
/// first needed, and must still hash to the same.
pub(crate) fn load_story(file: StoryFile, prior: Option<known::Kept>, root: &Path, unchanged: Option<u64>) -> Loaded {
    if let (Some(hash), Some(kept)) = (unchanged, prior)
        && let Some((story, diags, src)) = kept.take(root, &file.rel, hash)
    {
        let story = story.map(|mut s| {
            let (abs, rel, root) = (file.abs.clone(), file.rel.clone(), root.to_owned());
            s.body = crate::model::story::Body::later(move || body_of(&root, &abs, &rel, hash));
            s
        });
        return Loaded::Known(Box::new((file, (story, diags, src))));
    }
    let bytes = match source::read_bytes(root, &file.abs, &file.rel) {
        Ok(b) => b,
        Err(d) => return Loaded::Parsed(Box::new(parse_read(file, Err(d))), None),
    };
    let hash = xxhash_rust::xxh3::xxh3_64(&bytes);
    let Some((story, diags, src)) = prior.and_then(|e| e.take(root, &file.rel, hash)) else {
        let read = source::decode(&file.rel, bytes);
        return Loaded::Parsed(Box::new(parse_read(file, read)), Some(hash));
    };
    let Some(mut s) = story else { return Loaded::Known(Box::new((file, (None, diags, src)))) };
    // The body, from the file's text. When decoding found nothing to mend, the text is
    // the bytes themselves: only their UTF-8 is checked again.
    let mended = diags.iter().any(|d| matches!(d.code, "bom" | "line-endings" | "control-char"));
    let text = if mended {
        source::decode(&file.rel, bytes).ok().map(|(t, _)| t)
    } else {
        // SAFETY: simdutf8 has just validated these very bytes as UTF-8.
        simdutf8::basic::from_utf8(&bytes).is_ok().then(|| unsafe { String::from_utf8_unchecked(bytes) })
    };
    // Where the body starts; the text itself becomes the body (no second copy).
    let start = text.as_deref().and_then(|t| Some(t.len() - frontmatter::split(&file.rel, t).ok()?.body.len()));
    match (text, start) {
        (Some(mut text), Some(start)) => {
            text.drain(..start);
            s.body = crate::model::story::Body::new(text);
            Loaded::Known(Box::new((file, (Some(s), diags, src))))
        }
        // Not as it was when kept (it cannot be, with the same hash): parsed anew.
        _ => Loaded::Parsed(Box::new(parse_story(file)), None),
    }
}

/// A story file's body, read now, if the file's bytes still hash to `hash`.
fn body_of(root: &Path, abs: &Path, rel: &str, hash: u64) -> Option<String> {
    let bytes = source::read_bytes(root, abs, rel).ok()?;
    if xxhash_rust::xxh3::xxh3_64(&bytes) != hash {
        return None;
    }
    let (text, _) = source::decode(rel, bytes).ok()?;
    Some(frontmatter::split(rel, &text).ok()?.body.to_owned())
}

/// Parses a story from bytes already in memory (for tools and fuzzing).
pub fn parse_bytes(file: StoryFile, bytes: Vec<u8>) -> Parsed {
    let read = source::decode(&file.rel, bytes);
    parse_read(file, read)
}

fn parse_read(file: StoryFile, read: Result<(String, Vec<Diagnostic>), Diagnostic>) -> Parsed {
    let mut diags = Vec::new();
    let parsed = |text: String, spans: SpanMap, story: Option<Story>, diags: Vec<Diagnostic>| Parsed {
        file: file.clone(),
        text,
        spans,
        fence: Pos::START,
        story,
        undated: None,
        diags,
    };
    let (text, mut findings) = match read {
        Ok(ok) => ok,
        Err(d) => return parsed(String::new(), SpanMap::default(), None, vec![d]),
    };
    diags.append(&mut findings);
    let split = match frontmatter::split(&file.rel, &text) {
        Ok(s) => s,
        Err(d) => {
            diags.push(d);
            return parsed(text, SpanMap::default(), None, diags);
        }
    };
    let origin = Pos::new(split.fm_line, 1);
    let mut value = match yaml::parse_value(split.front_matter) {
        Ok(v) => v,
        Err(e) => {
            let mut pos = e.pos.map_or(origin, |p| p.shifted(origin));
            let mut help = msg!("load.yaml-syntax.help");
            // The parser stops where an unclosed quote finally fails; point at the quote.
            if let Some(q) = unclosed_quote(split.front_matter, origin, pos) {
                pos = q;
                help = msg!("load.yaml-syntax.help.quote", line = q.line);
            }
            diags.push(
                Diagnostic::error(
                    "yaml-syntax",
                    &file.rel,
                    pos,
                    msg!("load.yaml-syntax", message = Text::new(explain_vi(&e.message), e.message)),
                )
                .with_help(help),
            );
            return parsed(text.clone(), SpanMap::default(), None, diags);
        }
    };
    let spans = SpanMap::build(split.front_matter, split.fm_line);
    if values::worth_a_look(split.front_matter) {
        let found = values::scrub(&mut value);
        diags.extend(values::findings(&found, &file.rel, &spans, origin));
    }
    let (body, body_line) = (split.body.to_owned(), split.body_line);
    let read = {
        let mut reader = fm::Reader { path: &file.rel, spans: &spans, fence: Pos::START, diags: &mut diags };
        fm::build(&mut reader, &file.slug, &value, &body, body_line)
    };
    let (story, undated) = match read {
        Some(fm::Read::Story(mut s)) => {
            s.front_hash = front_hash(&mut s);
            (Some(s), None)
        }
        Some(fm::Read::Undated(s)) => (None, Some(s)),
        None => (None, None),
    };
    Parsed { file: file.clone(), text, spans, fence: Pos::START, story, undated, diags }
}

/// `Story::front_hash`: the story as parsed (its body aside, which is not serialized),
/// without its title and what comes of the body.
fn front_hash(s: &mut Story) -> u64 {
    let title = std::mem::take(&mut s.title);
    let photos = std::mem::take(&mut s.body_photos);
    let (body_hash, body_line) = (std::mem::take(&mut s.body_hash), std::mem::take(&mut s.body_line));
    let hash = postcard::to_stdvec(&*s).map_or(u64::MAX, |bytes| xxhash_rust::xxh3::xxh3_64(&bytes));
    (s.title, s.body_photos, s.body_hash, s.body_line) = (title, photos, body_hash, body_line);
    hash
}

/// The parser's commonest complaints, in words an editor reads.
fn explain_vi(message: &str) -> String {
    const KNOWN: &[(&str, &str)] = &[
        ("duplicate entry with key", "một khóa xuất hiện hai lần"),
        ("repetition limit exceeded", "quá nhiều tham chiếu lặp lại (alias `*`): tệp bị từ chối để bảo vệ máy"),
        ("recursion limit exceeded", "các giá trị lồng nhau quá sâu"),
        ("nesting too deep", "các dấu ngoặc [ ] hoặc { } lồng nhau quá sâu: tệp bị từ chối để bảo vệ máy"),
        ("found character that cannot start any token", "có ký tự không hợp lệ (thường là phím Tab dùng để thụt lề)"),
        (
            "mapping values are not allowed in this context",
            "có dấu hai chấm `:` không đúng chỗ (đặt giá trị trong ngoặc kép)",
        ),
        ("did not find expected key", "không tìm thấy khóa như mong đợi (kiểm tra thụt lề và ngoặc kép)"),
    ];
    match KNOWN.iter().find(|(en, _)| message.contains(en)) {
        Some((_, vi)) => format!("{vi} ({message})"),
        None => message.to_owned(),
    }
}

/// The first line before `err` whose double quotes do not pair up (an unclosed value).
fn unclosed_quote(fm: &str, origin: Pos, err: Pos) -> Option<Pos> {
    for (i, line) in fm.split('\n').enumerate() {
        let line_no = origin.line + i;
        if line_no > err.line {
            break;
        }
        let trimmed = line.trim_start();
        if trimmed.starts_with('#') {
            continue;
        }
        let mut quotes = Vec::new();
        let mut escaped = false;
        for (b, c) in line.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => quotes.push(b),
                '#' if quotes.len() % 2 == 0 && line[..b].ends_with(' ') => break,
                _ => escaped = false,
            }
            if c != '\\' {
                escaped = false;
            }
        }
        if quotes.len() % 2 == 1 && line_no < err.line {
            let b = quotes[quotes.len() - 1];
            return Some(Pos::new(line_no, line[..b].chars().count() + 1));
        }
    }
    None
}

/// The fixture's valid story (`tests/fixtures/check/valid.md`) as the file `rel` of a site
/// at `root` (not written there), and its bytes.
#[cfg(test)]
pub(crate) fn valid_story(root: &Path, rel: &str) -> (StoryFile, Vec<u8>) {
    let text = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check/valid.md"))
        .expect("the fixture story");
    let slug = Path::new(rel).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    (StoryFile { abs: root.join(rel), rel: rel.into(), slug }, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reports_key_leaves_out_the_title_and_the_body() {
        let (file, text) = valid_story(Path::new("/site"), "content/stories/2024/a.md");
        let text = String::from_utf8(text).unwrap();
        let hash = |t: &str| parse_bytes(file.clone(), t.as_bytes().to_vec()).story.expect("a story").front_hash;
        let title = text.lines().find(|l| l.starts_with("title:")).unwrap();
        let summary = text.lines().find(|l| l.starts_with("summary:")).unwrap();
        let before = hash(&text);
        assert_eq!(hash(&text.replace(title, "title: \"Một tiêu đề khác hẳn\"")), before, "a title");
        assert_eq!(hash(&format!("{text}\nMột đoạn mới với ![ảnh](anh.jpg).\n")), before, "the body");
        assert_ne!(hash(&text.replace(summary, "summary: \"Tóm tắt khác.\"")), before, "the summary");
        assert_ne!(hash(&text.replace("date: 2024", "date: 2023")), before, "the date");
    }

    #[test]
    fn an_unclosed_quote_is_found() {
        let fm = "title: \"Anh Bình\nkind: story\nname: \"x\"\n";
        assert_eq!(unclosed_quote(fm, Pos::new(2, 1), Pos::new(4, 5)), Some(Pos::new(2, 8)));
        assert_eq!(unclosed_quote("a: \"ok\"\n", Pos::new(2, 1), Pos::new(3, 1)), None);
    }

    fn parse(text: &str) -> Parsed {
        let file = StoryFile { abs: "a.md".into(), rel: "content/stories/2024/a.md".into(), slug: "a".into() };
        parse_bytes(file, text.as_bytes().to_vec())
    }

    #[test]
    fn an_impossible_date_leaves_an_undated_story_to_check() {
        let p = parse(
            "---\ntitle: \"T\"\nkind: story\ndate: 2024-02-30\nsubject: { type: collective, name: \"X\" }\ncommune: x\nfield: y\ncriteria: {}\nfield_evidence: e\nsummary: s\nauthor: a\n---\nBody\n",
        );
        assert!(p.story.is_none(), "never published");
        let s = p.undated.expect("kept for the other checks");
        assert_eq!((s.commune.as_str(), s.field.as_str()), ("x", "y"));
        let codes: Vec<_> = p.diags.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["invalid-date"]);
    }

    #[test]
    fn a_story_missing_another_required_key_is_not_kept() {
        let p = parse("---\nkind: story\ndate: 2024-02-30\n---\nBody\n");
        assert!(p.story.is_none() && p.undated.is_none());
    }

    /// A story file known unchanged (by the hash its stamps gave) and kept in the cache is
    /// not read until its body is needed; changed by then, its body is refused.
    #[test]
    fn a_known_story_reads_its_body_when_needed_and_only_as_it_was() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path();
        let rel = "content/stories/2024/a.md";
        let (file, text) = valid_story(root, rel);
        std::fs::create_dir_all(root.join("content/stories/2024")).unwrap();
        std::fs::write(root.join(rel), &text).unwrap();
        let hash = xxhash_rust::xxh3::xxh3_64(&text);
        let parsed = parse_story(file.clone());
        let story = parsed.story.as_ref().unwrap();
        let src = known::Source::new(root, hash, &[]).unwrap();
        known::save(root, 1, &[known::Keep::New(rel, &src, Some(story), &[])], &known::Cache::open(root, 1));
        let cache = known::Cache::open(root, 1);
        let kept = cache.entries()[rel];
        let load = || match load_story(file.clone(), Some(kept), root, Some(hash)) {
            Loaded::Known(k) => k.1.0.expect("its story"),
            Loaded::Parsed(..) => panic!("taken from the cache"),
        };
        let lazy = load();
        assert_eq!(format!("{:?}", lazy.body), "<not read yet>");
        assert_eq!(&*lazy.body, &*story.body, "the body, read when needed");
        assert!(!lazy.body.unreadable());
        let late = load();
        std::fs::write(root.join(rel), String::from_utf8(text).unwrap().replace("Anh Bình", "Anh Bính")).unwrap();
        assert_eq!(&*late.body, "", "not the body of another text");
        assert!(late.body.unreadable(), "and the build is told");
        // Not known unchanged: read now, and parsed anew as the hash differs.
        assert!(matches!(load_story(file, Some(kept), root, None), Loaded::Parsed(..)));
    }
}
