//! Stories already checked: each story file as parsed (without its body) and its
//! findings, kept in `.guong-cache/checked/` (in 64 files by path, so that a change
//! rewrites one), so that `check`, `build` and the reports
//! parse and check again only the files that changed, as a compiler's incremental cache
//! does.
//!
//! A story is taken from the cache only when everything its findings depend on is as it
//! was when it was checked:
//! - the file's path and bytes (XXH3 of the bytes read now);
//! - the configuration files, by their text (`Config::inputs`);
//! - the guong program itself (its version, size and modification time: `kept::program`);
//! - each file the check read besides the story (a photo, a recording: the files
//!   `validate::Files` noted, passed in explicitly), by size and modification time.
//!
//! Anything else (a missing, damaged or older cache, another program) means the story is
//! parsed and checked as if there were no cache. A story whose check read a file that is
//! not there (a missing photo) is never kept: the file may come. The checks across
//! stories (`validate::library`) run every time. A deleted story leaves the cache the
//! next time it is written.

use crate::diagnostic::{Diagnostic, Pos, Severity, Text, codes};
use crate::model::Story;
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The cache's folder: `SHARDS` files named `00` to `3f`.
pub(crate) const DIR: &str = crate::kept::files::CHECKED;
const MAGIC: &[u8] = crate::kept::files::CHECKED_MAGIC;

/// A file a story's check read, as it was.
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq, Debug)]
pub(crate) struct Dep {
    /// Relative to the site root.
    path: String,
    len: u64,
    modified: u128,
}

impl Dep {
    fn of(root: &Path, path: &Path) -> Option<Dep> {
        let (len, modified) = crate::kept::stamp(path)?;
        Some(Dep { path: super::rel_path(root, path), len, modified })
    }

    fn unchanged(&self, root: &Path) -> bool {
        crate::kept::stamp(&root.join(&self.path)) == Some((self.len, self.modified))
    }
}

/// What a story's findings were made from, besides the configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Source {
    /// XXH3 of the file's bytes.
    pub hash: u64,
    pub deps: Vec<Dep>,
}

impl Source {
    /// `touched` files, stamped now; `None` if one of them cannot be stamped.
    pub(crate) fn new(root: &Path, hash: u64, touched: &[PathBuf]) -> Option<Source> {
        let mut deps: Vec<Dep> = touched.iter().map(|p| Dep::of(root, p)).collect::<Option<_>>()?;
        deps.sort_by(|a, b| a.path.cmp(&b.path));
        deps.dedup();
        Some(Source { hash, deps })
    }
}

/// A finding as kept: `Diagnostic` with its code by name.
#[derive(Serialize, Deserialize)]
struct Finding {
    pos: Pos,
    error: bool,
    code: String,
    message: (String, String),
    help: Option<(String, String)>,
    key: Option<String>,
}

impl Finding {
    fn of(d: &Diagnostic) -> Finding {
        Finding {
            pos: d.pos,
            error: d.is_error(),
            code: d.code.to_owned(),
            message: (d.message.vi.clone(), d.message.en.clone()),
            help: d.help.as_ref().map(|h| (h.vi.clone(), h.en.clone())),
            key: d.key.clone(),
        }
    }

    /// The finding again, if its code is still one of guong's.
    fn diagnostic(self, path: &str) -> Option<Diagnostic> {
        let code = codes::find(&self.code)?.code.as_str();
        Some(Diagnostic {
            path: path.to_owned(),
            pos: self.pos,
            severity: if self.error { Severity::Error } else { Severity::Warning },
            code,
            message: Text::new(self.message.0, self.message.1),
            help: self.help.map(|(vi, en)| Text::new(vi, en)),
            key: self.key,
        })
    }
}

/// One kept story file (as read back).
#[derive(Deserialize)]
struct Entry {
    hash: u64,
    deps: Vec<Dep>,
    story: Option<Story>,
    findings: Vec<Finding>,
}

/// A story file taken from the cache: its story (body left empty for the caller, who
/// has the file's text), its findings, and what they were made from.
pub(crate) type Taken = (Option<Story>, Vec<Diagnostic>, Source);

/// A story file's entry in the cache, still encoded: each is decoded by the thread that
/// loads its file, and written back as it is when the file is unchanged.
#[derive(Clone, Copy)]
pub(crate) struct Kept<'a>(pub &'a [u8]);

impl Kept<'_> {
    /// The story file's story and findings, if its bytes hash to `hash` and every file
    /// its check read is as it was.
    pub(crate) fn take(self, root: &Path, path: &str, hash: u64) -> Option<Taken> {
        let e: Entry = postcard::from_bytes(self.0).ok()?;
        if e.hash != hash || !e.deps.iter().all(|d| d.unchanged(root)) {
            return None;
        }
        let diags = e.findings.into_iter().map(|f| f.diagnostic(path)).collect::<Option<_>>()?;
        Some((e.story, diags, Source { hash, deps: e.deps }))
    }
}

#[derive(Serialize)]
struct EntryRef<'a> {
    hash: u64,
    deps: &'a [Dep],
    story: Option<&'a Story>,
    findings: Vec<Finding>,
}

/// One story file to keep: its path, and either its entry as read (unchanged) or its
/// source, story and findings.
pub(crate) enum Keep<'a> {
    Same(&'a str, Kept<'a>),
    New(&'a str, &'a Source, Option<&'a Story>, &'a [Diagnostic]),
}

/// What every kept story depends on: the program and the configuration.
#[derive(Serialize, Deserialize, PartialEq, Eq)]
struct Header {
    /// `kept::program`.
    program: String,
    config: u64,
}

impl Header {
    fn now(config: u64) -> Option<Header> {
        Some(Header { program: crate::kept::program().to_owned(), config })
    }
}

/// The cache's files, once read: one per shard, so that a change rewrites a small part.
pub(crate) struct Cache {
    shards: Vec<Vec<u8>>,
}

/// How many files the cache is cut into; a story file's shard is the XXH3 of its path.
const SHARDS: usize = 64;

fn shard_of(path: &str) -> usize {
    (xxhash_rust::xxh3::xxh3_64(path.as_bytes()) % SHARDS as u64) as usize
}

fn shard_file(root: &Path, n: usize) -> std::path::PathBuf {
    root.join(DIR).join(format!("{n:02x}"))
}

impl Cache {
    /// The site's cache: each shard that is whole and was made by this program with this
    /// configuration (another counts as empty).
    pub(crate) fn open(root: &Path, config: u64) -> Cache {
        use rayon::prelude::*;
        let Some(header) = Header::now(config) else { return Cache { shards: vec![Vec::new(); SHARDS] } };
        let shards = (0..SHARDS)
            .into_par_iter()
            .map(|n| {
                let bytes = std::fs::read(shard_file(root, n)).unwrap_or_default();
                let usable = crate::kept::unseal(MAGIC, &bytes).and_then(read).is_some_and(|r| r.0 == header);
                if usable { bytes } else { Vec::new() }
            })
            .collect();
        Cache { shards }
    }

    /// Each kept story file's entry, by path.
    pub(crate) fn entries(&self) -> HashMap<&str, Kept<'_>> {
        self.shards
            .iter()
            .filter_map(|b| crate::kept::unseal(MAGIC, b).and_then(read))
            .flat_map(|(_, v)| v.into_iter().map(|(p, b)| (p, Kept(b))))
            .collect()
    }

    /// How many entries each shard holds.
    fn counts(&self) -> Vec<usize> {
        self.shards.iter().map(|b| crate::kept::unseal(MAGIC, b).and_then(read).map_or(0, |(_, v)| v.len())).collect()
    }
}

type Stored<'a> = (Header, Vec<(&'a str, &'a [u8])>);

fn read(data: &[u8]) -> Option<Stored<'_>> {
    postcard::from_bytes(data).ok()
}

/// An entry's bytes, written as one run of bytes (serde writes a `[u8]` byte by byte);
/// read back as the `&[u8]` of `Stored`, which postcard encodes alike.
struct Blob<'a>(&'a [u8]);

impl Serialize for Blob<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(self.0)
    }
}

/// Keeps `files` as the site's cache (`was`, as opened): each shard that holds a new
/// entry or lost one is written again, the others are left as they are. Each is written
/// beside and renamed into place, so a reader sees it old or new; a cache that cannot be
/// written is no error (the next run checks those stories again).
pub(crate) fn save(root: &Path, config: u64, files: &[Keep], was: &Cache) {
    use rayon::prelude::*;
    let Some(header) = Header::now(config) else { return };
    let mut by_shard: Vec<Vec<&Keep>> = vec![Vec::new(); SHARDS];
    for k in files {
        let (Keep::Same(p, _) | Keep::New(p, ..)) = k;
        by_shard[shard_of(p)].push(k);
    }
    let counts = was.counts();
    by_shard.par_iter().enumerate().for_each(|(n, keeps)| {
        let same = keeps.iter().filter(|k| matches!(k, Keep::Same(..))).count();
        if same == keeps.len() && same == counts[n] {
            return;
        }
        write_shard(&shard_file(root, n), &header, keeps);
    });
}

fn write_shard(file: &Path, header: &Header, keeps: &[&Keep]) {
    let fresh: Vec<Option<Vec<u8>>> = keeps
        .iter()
        .map(|k| match k {
            Keep::Same(..) => None,
            Keep::New(_, s, story, diags) => postcard::to_stdvec(&EntryRef {
                hash: s.hash,
                deps: &s.deps,
                story: *story,
                findings: diags.iter().map(Finding::of).collect(),
            })
            .ok(),
        })
        .collect();
    let entries: Vec<(&str, Blob)> = keeps
        .iter()
        .zip(&fresh)
        .filter_map(|(k, f)| match (k, f) {
            (Keep::Same(p, b), _) => Some((*p, Blob(b.0))),
            (Keep::New(p, ..), Some(f)) => Some((*p, Blob(&f[..]))),
            (Keep::New(..), None) => None,
        })
        .collect();
    if let Ok(data) = postcard::to_stdvec(&(header, &entries)) {
        let _ = crate::kept::replace(file, &crate::kept::seal(MAGIC, &data));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_files_read_back_as_they_were_and_are_written_back_unchanged() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path();
        let path = "content/stories/2024/a.md";
        let (file, text) = crate::load::valid_story(root, path);
        let mut story = crate::load::parse_bytes(file, text).story.expect("a valid story");
        let diags = vec![
            Diagnostic::warning("exaggeration", path, Pos::new(21, 16), Text::new("quá lời", "overstated"))
                .with_help(Text::new("bỏ", "drop it")),
            Diagnostic::error("unknown-commune", path, Pos::new(9, 10), Text::new("không có", "none")),
        ];
        let src = Source { hash: 42, deps: Vec::new() };
        let none = Cache::open(root, 7);
        save(root, 7, &[Keep::New(path, &src, Some(&story), &diags), Keep::New("b.md", &src, None, &[])], &none);
        let cache = Cache::open(root, 7);
        let entries = cache.entries();
        assert_eq!(entries.len(), 2);
        let kept = entries[path];
        assert!(kept.take(root, path, 41).is_none(), "other bytes");
        let (back, found, again) = kept.take(root, path, 42).expect("the same bytes");
        assert_eq!(found, diags, "the findings as they were, in order");
        assert_eq!(again, src);
        story.body = Default::default();
        assert_eq!(format!("{:?}", back.expect("its story")), format!("{story:?}"), "the story, but for its body");
        assert!(Cache::open(root, 8).entries().is_empty(), "another configuration keeps nothing");
        // Nothing new: no file is written again. One entry gone: its shard alone is.
        let files = || {
            let mut v: Vec<_> = std::fs::read_dir(root.join(DIR))
                .unwrap()
                .map(|e| {
                    let e = e.unwrap();
                    (e.file_name(), std::fs::read(e.path()).unwrap(), e.metadata().unwrap().modified().unwrap())
                })
                .collect();
            v.sort();
            v
        };
        let before = files();
        save(root, 7, &[Keep::Same(path, kept), Keep::Same("b.md", entries["b.md"])], &cache);
        assert_eq!(files(), before, "unchanged shards left alone");
        save(root, 7, &[Keep::Same(path, kept)], &cache);
        let after = files();
        let changed: Vec<_> = before.iter().zip(&after).filter(|(b, a)| b != a).map(|(b, _)| b.0.clone()).collect();
        assert_eq!(changed, [std::ffi::OsString::from(format!("{:02x}", shard_of("b.md")))]);
        let now = Cache::open(root, 7);
        assert_eq!(now.entries().into_keys().collect::<Vec<_>>(), [path]);
    }

    #[test]
    fn a_dependency_changed_in_size_or_time_is_seen() {
        let d = tempfile::tempdir().unwrap();
        let photo = d.path().join("content/media/a.jpg");
        std::fs::create_dir_all(photo.parent().unwrap()).unwrap();
        std::fs::write(&photo, b"one").unwrap();
        let src = Source::new(d.path(), 7, &[photo.clone(), photo.clone()]).unwrap();
        assert_eq!(src.deps.len(), 1, "each file once");
        assert_eq!(src.deps[0].path, "content/media/a.jpg");
        assert!(src.deps[0].unchanged(d.path()));
        std::fs::write(&photo, b"three").unwrap();
        assert!(!src.deps[0].unchanged(d.path()), "size");
        std::fs::remove_file(&photo).unwrap();
        assert!(!src.deps[0].unchanged(d.path()), "gone");
        assert!(Source::new(d.path(), 7, &[photo]).is_none(), "a file that cannot be stamped is no source");
    }
}
