//! A build's inputs in one hash: every file under `content/`, `themes/` and `templates/`, the options
//! and the day. When it matches the last successful build's, the output is already what
//! this build would write, and nothing needs doing (as `make` would say).

use serde::{Deserialize, Serialize};
use std::fs;
use std::path::Path;
use xxhash_rust::xxh3::Xxh3;

pub(crate) const FILE: &str = crate::kept::files::FINGERPRINT;
/// Each input file's hash, with the size and times it had then (`Stamps`).
pub(crate) const STAMPS: &str = crate::kept::files::INPUTS;
const MAGIC: &[u8] = crate::kept::files::INPUTS_MAGIC;
/// Larger inputs are refused by the build anyway; the fingerprint then gives up.
const MAX_HASHED: u64 = 256 * 1024 * 1024;

/// The inputs' hash, and the same cut in two: each story file's own, and everything
/// else's (configuration, exemplars, photos, themes, templates, the options, the
/// version), for an incremental build to tell which stories changed.
pub(crate) struct Parts {
    pub whole: u128,
    pub others: u128,
    /// Story files (`content/stories/…/*.md`, site-relative) and their hashes.
    pub stories: std::collections::BTreeMap<String, u64>,
}

pub(crate) fn parts(root: &Path, options: &str) -> Option<Parts> {
    let mut h = Xxh3::new();
    let mut others = Xxh3::new();
    let mut stories = std::collections::BTreeMap::new();
    for part in [crate::kept::program().as_bytes(), options.as_bytes()] {
        h.update(part);
        others.update(part);
    }
    let mut files = Vec::new();
    let mut dirs: Vec<std::path::PathBuf> = ["content", "themes", "templates"].iter().map(|d| root.join(d)).collect();
    // A province view's sources (`gather:`) are inputs too, wherever they are.
    for src in gathered_sites(root) {
        dirs.extend(["content", "themes"].iter().map(|d| root.join(&src).join(d)));
    }
    for dir in dirs {
        let mut found: Vec<_> = walkdir::WalkDir::new(dir)
            .follow_links(false)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| !e.file_type().is_dir())
            .map(|e| e.into_path())
            .collect();
        found.sort();
        files.extend(found);
    }
    let mut stamps = Stamps::open(root);
    let hashes = stamps.hash_all(root, &files)?;
    for (f, hash) in files.iter().zip(hashes) {
        let rel = f.strip_prefix(root).ok()?;
        let bytes = hash.to_le_bytes();
        h.update(rel.as_os_str().as_encoded_bytes());
        h.update(&[0]);
        h.update(&bytes);
        let rel_s = crate::load::rel_path(Path::new(""), rel);
        if rel_s.starts_with("content/stories/") && rel_s.ends_with(".md") {
            stories.insert(rel_s, hash);
        } else {
            others.update(rel.as_os_str().as_encoded_bytes());
            others.update(&[0]);
            others.update(&bytes);
        }
    }
    stamps.save(root);
    Some(Parts { whole: h.digest128(), others: others.digest128(), stories })
}

/// The folders of the sites the outlets gather (`gather:`'s paths), read from
/// `site.yaml` alone; none when it does not read (the build then says why).
fn gathered_sites(root: &Path) -> Vec<String> {
    #[derive(Deserialize)]
    struct Site {
        #[serde(default)]
        outlets: Vec<Outlet>,
    }
    #[derive(Deserialize)]
    struct Outlet {
        #[serde(default)]
        gather: Vec<Source>,
    }
    #[derive(Deserialize)]
    struct Source {
        path: String,
    }
    let Ok(text) = fs::read_to_string(root.join(crate::model::config::SITE)) else { return Vec::new() };
    if !text.contains("gather:") {
        return Vec::new();
    }
    let site: Option<Site> = crate::yaml::from_str(&text).ok();
    site.map(|s| s.outlets.into_iter().flat_map(|o| o.gather).map(|g| g.path).collect()).unwrap_or_default()
}

/// What a file's metadata says of its content: size, modification and change times,
/// inode. Two equal stamps, taken long enough after the file last changed, mean the same
/// bytes, as git and make take them to (`Stamps`).
#[derive(Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Debug)]
struct Stamp {
    len: u64,
    modified: i128,
    changed: i128,
    inode: u64,
}

impl Stamp {
    fn of(m: &fs::Metadata) -> Stamp {
        #[cfg(unix)]
        let (changed, inode) = {
            use std::os::unix::fs::MetadataExt;
            (i128::from(m.ctime()) * 1_000_000_000 + i128::from(m.ctime_nsec()), m.ino())
        };
        #[cfg(not(unix))]
        let (changed, inode) = (0, 0);
        let modified = m
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos() as i128);
        Stamp { len: m.len(), modified, changed, inode }
    }
}

/// A file changed this shortly before its stamp was taken may change again within the
/// clock's resolution without its stamp changing: it is read again next time.
const SETTLED_NS: i128 = 2_000_000_000;

/// The input files' hashes from the last build of this site, by path, so that a file
/// whose stamp has not changed is not read again (`.guong-cache/inputs`). A file
/// stamped while it was still settling (`SETTLED_NS`) is always read.
#[derive(Default)]
struct Stamps {
    /// When the kept stamps were taken (nanoseconds since 1970).
    taken: i128,
    known: rustc_hash::FxHashMap<String, (Stamp, u64)>,
    /// This run's stamps, taken at `now`, and whether any differs from `known`.
    now: i128,
    fresh: Vec<(String, Stamp, u64)>,
    changed: bool,
}

type StoredStamps = (i128, Vec<(String, Stamp, u64)>);

impl Stamps {
    fn open(root: &Path) -> Stamps {
        let now =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as i128);
        let kept = fs::read(root.join(STAMPS))
            .ok()
            .and_then(|b| postcard::from_bytes::<StoredStamps>(crate::kept::unseal(MAGIC, &b)?).ok());
        let (taken, list) = kept.unwrap_or_default();
        let known = list.into_iter().map(|(p, s, h)| (p, (s, h))).collect();
        Stamps { taken, known, now, fresh: Vec::new(), changed: false }
    }

    /// Each file's hash (of its bytes; a constant for a FIFO, device or link to one,
    /// which the build never reads), reading only the files whose stamps changed.
    fn hash_all(&mut self, root: &Path, files: &[std::path::PathBuf]) -> Option<Vec<u64>> {
        use rayon::prelude::*;
        // Per file: its path, stamp (none for a special file), hash, and whether it was read.
        type Found = (String, Option<Stamp>, u64, bool);
        let found: Vec<Option<Found>> = files
            .par_iter()
            .map(|f| {
                let rel = crate::load::rel_path(root, f);
                // A link's target counts too: following it is what the build does.
                let Ok(m) = fs::metadata(f).map_err(|_| ()).and_then(|m| if m.is_file() { Ok(m) } else { Err(()) })
                else {
                    return Some((rel, None, xxhash_rust::xxh3::xxh3_64(b"\0special"), false));
                };
                let stamp = Stamp::of(&m);
                let settled = stamp.changed.max(stamp.modified) < self.taken - SETTLED_NS;
                if let Some((s, h)) = self.known.get(&rel)
                    && *s == stamp
                    && settled
                {
                    return Some((rel, Some(stamp), *h, false));
                }
                match crate::load::source::read_in(root, f, MAX_HASHED) {
                    Ok(bytes) => Some((rel, Some(stamp), xxhash_rust::xxh3::xxh3_64(&bytes), true)),
                    // A link out of the site is never read, by the build either.
                    Err(e) if crate::load::source::is_outside(&e) => {
                        Some((rel, None, xxhash_rust::xxh3::xxh3_64(b"\0outside"), false))
                    }
                    Err(_) => None,
                }
            })
            .collect();
        let mut hashes = Vec::with_capacity(found.len());
        for (rel, stamp, hash, read) in found.into_iter().collect::<Option<Vec<_>>>()? {
            self.changed |= read;
            if let Some(s) = stamp {
                self.fresh.push((rel, s, hash));
            }
            hashes.push(hash);
        }
        self.changed |= self.fresh.len() != self.known.len();
        Some(hashes)
    }

    /// Keeps this run's stamps, when any was read anew (a cache that cannot be
    /// written is no error: the next build reads every file).
    fn save(self, root: &Path) {
        if !self.changed {
            return;
        }
        if let Ok(data) = postcard::to_stdvec(&(self.now, &self.fresh)) {
            let _ = crate::kept::replace(&root.join(STAMPS), &crate::kept::seal(MAGIC, &data));
        }
    }
}

pub(crate) fn stored(out: &Path) -> Option<u128> {
    u128::from_str_radix(fs::read_to_string(out.join(FILE)).ok()?.trim(), 16).ok()
}

/// Forgets the last build's fingerprint (before the output changes).
pub(crate) fn forget(out: &Path) -> std::io::Result<()> {
    match fs::remove_file(out.join(FILE)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

pub(crate) fn store(out: &Path, fp: u128) -> std::io::Result<()> {
    fs::write(out.join(FILE), format!("{fp:032x}\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compute(root: &Path, options: &str) -> Option<u128> {
        parts(root, options).map(|p| p.whole)
    }

    #[test]
    fn any_input_changes_the_fingerprint() {
        let d = tempfile::tempdir().unwrap();
        fs::create_dir_all(d.path().join("content/stories")).unwrap();
        fs::write(d.path().join("content/site.yaml"), "a").unwrap();
        let a = compute(d.path(), "x").unwrap();
        assert_eq!(a, compute(d.path(), "x").unwrap());
        assert_ne!(a, compute(d.path(), "y").unwrap(), "options count");
        fs::write(d.path().join("content/stories/b.md"), "b").unwrap();
        assert_ne!(a, compute(d.path(), "x").unwrap(), "a new file counts");
    }

    /// A file rewritten with bytes of the same size, moments after the last build: its
    /// stamp may not show it (the clock's resolution), so it is read again.
    #[test]
    fn a_file_changed_within_the_clocks_resolution_is_read_again() {
        let d = tempfile::tempdir().unwrap();
        fs::create_dir_all(d.path().join("content/stories")).unwrap();
        let story = d.path().join("content/stories/a.md");
        fs::write(&story, "một").unwrap();
        let first = parts(d.path(), "x").unwrap();
        assert!(d.path().join(STAMPS).is_file(), "the stamps are kept");
        fs::write(&story, "hai").unwrap();
        let second = parts(d.path(), "x").unwrap();
        assert_ne!(first.stories["content/stories/a.md"], second.stories["content/stories/a.md"]);
        assert_ne!(first.whole, second.whole);
    }

    /// Files that had settled when their stamps were taken are not read again, and any
    /// change of size, time or inode is seen.
    #[test]
    fn settled_files_are_taken_from_their_stamps() {
        let d = tempfile::tempdir().unwrap();
        fs::create_dir_all(d.path().join("content/stories")).unwrap();
        let files: Vec<_> = ["a", "b"].iter().map(|n| d.path().join(format!("content/stories/{n}.md"))).collect();
        for f in &files {
            fs::write(f, "bài").unwrap();
        }
        std::thread::sleep(std::time::Duration::from_nanos(SETTLED_NS as u64 + 100_000_000));
        let mut first = Stamps::open(d.path());
        let hashes = first.hash_all(d.path(), &files).unwrap();
        assert!(first.changed, "nothing was known");
        first.save(d.path());
        let mut again = Stamps::open(d.path());
        assert_eq!(again.hash_all(d.path(), &files).unwrap(), hashes);
        assert!(!again.changed, "no file read again");
        fs::write(&files[1], "bài mới").unwrap();
        let mut third = Stamps::open(d.path());
        let now = third.hash_all(d.path(), &files).unwrap();
        assert!(third.changed);
        assert_eq!(now[0], hashes[0]);
        assert_eq!(now[1], xxhash_rust::xxh3::xxh3_64("bài mới".as_bytes()));
    }
}
