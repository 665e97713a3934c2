//! Writes one outlet's files into its staging folder. A file whose bytes are those the
//! live output already has (by the hash in the last build's manifest) is hard-linked
//! from it instead: it keeps its inode and time, so rsync and CDNs see only real
//! changes, and the old tree's removal frees nothing but names.

use super::compress;
use rustc_hash::FxHashMap as HashMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use xxhash_rust::xxh3::xxh3_128;

/// Where an outlet's files go: the output folder (`OutletWriter`), or the preview's
/// memory (`serve`).
pub(crate) trait Sink: Sync {
    /// A file made by the build, at its URL path within the outlet (`/bai-viet/x/`,
    /// `/rss.xml`, `/style.css`).
    fn page(&self, path: &str, bytes: Vec<u8>) -> io::Result<()>;
    /// A file published as it is on disk, at `url`: a theme's static file, or a photo
    /// variant in the cache (`link`: guong's own file, which may be hard-linked).
    fn file(&self, url: &str, disk: &Path, link: bool) -> io::Result<()>;
}

pub(crate) struct OutletWriter {
    dir: PathBuf,
    live: PathBuf,
    old: HashMap<String, u128>,
    new: Mutex<HashMap<String, u128>>,
    /// The `.gz` copies made by this build, by the hash of the bytes they hold: the first
    /// one's path, or none when the copy was not worth writing.
    zipped: Mutex<HashMap<u128, Option<String>>>,
    /// Whether `.gz` copies are written (`precompress` in `site.yaml`).
    gzip: bool,
    pub written: AtomicUsize,
    pub linked: AtomicUsize,
}

fn manifest_path(out: &Path, outlet: &str) -> PathBuf {
    out.join(crate::kept::files::manifest(outlet))
}

impl OutletWriter {
    pub(crate) fn new(out: &Path, dir: PathBuf, outlet: &str) -> OutletWriter {
        let live = out.join(outlet);
        let old = if live.is_dir() {
            fs::read_to_string(manifest_path(out, outlet)).map(|t| parse_manifest(&t)).unwrap_or_default()
        } else {
            HashMap::default()
        };
        OutletWriter {
            dir,
            live,
            old,
            new: Mutex::new(HashMap::default()),
            zipped: Mutex::new(HashMap::default()),
            gzip: true,
            written: AtomicUsize::new(0),
            linked: AtomicUsize::new(0),
        }
    }

    /// With `false`, no `.gz` copies: the web server compresses as it serves.
    pub(crate) fn precompress(mut self, gzip: bool) -> OutletWriter {
        self.gzip = gzip;
        self
    }

    /// Puts `bytes` at `rel` (a path inside the outlet, `/`-separated). Refuses a path
    /// that would leave the outlet's folder, and a second file at the same path (two
    /// outputs on one URL would silently replace each other).
    pub(crate) fn put(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let hash = xxh3_128(bytes);
        self.claim(rel, hash)?;
        let dest = self.dir.join(rel);
        if let Some(parent) = dest.parent() {
            fs::create_dir_all(parent)?;
        }
        let same = self.old.get(rel) == Some(&hash)
            && fs::metadata(self.live.join(rel)).is_ok_and(|m| m.len() == bytes.len() as u64);
        if same && fs::hard_link(self.live.join(rel), &dest).is_ok() {
            self.linked.fetch_add(1, Ordering::Relaxed);
        } else {
            fs::write(&dest, bytes)?;
            self.written.fetch_add(1, Ordering::Relaxed);
        }
        self.compressed(rel, bytes, hash, same)
    }

    /// Writes `rel.gz` beside a compressible file (`compress::wanted`) when the copy is
    /// worth it (`compress::worth`); an unchanged file's copy is linked from the live
    /// output, as the file itself is, and bytes this outlet has already compressed (by
    /// `hash`) are linked from their first copy: the same bytes are never compressed twice.
    fn compressed(&self, rel: &str, bytes: &[u8], hash: u128, same: bool) -> io::Result<()> {
        if !self.gzip || !compress::wanted(rel, bytes.len()) {
            return Ok(());
        }
        let gz = format!("{rel}.gz");
        self.claim(&gz, 0)?;
        let dest = self.dir.join(&gz);
        if same && fs::hard_link(self.live.join(&gz), &dest).is_ok() {
            return Ok(());
        }
        let first = self.zipped.lock().map_err(|_| io::Error::other("writer poisoned"))?.get(&hash).cloned();
        match first {
            Some(None) => return Ok(()),
            Some(Some(first)) if fs::hard_link(self.dir.join(&first), &dest).is_ok() => return Ok(()),
            _ => {}
        }
        let z = compress::gzip(bytes);
        let keep = compress::worth(bytes.len(), z.len());
        if keep {
            fs::write(&dest, z)?;
        }
        self.zipped.lock().map_err(|_| io::Error::other("writer poisoned"))?.insert(hash, keep.then_some(gz));
        Ok(())
    }

    /// Claims `rel` for one output: a second claim is an error.
    fn claim(&self, rel: &str, hash: u128) -> io::Result<()> {
        check_rel(rel)?;
        let mut seen = self.new.lock().map_err(|_| io::Error::other("writer poisoned"))?;
        if seen.insert(rel.to_owned(), hash).is_some() {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                format!("hai tệp cùng ghi vào `{rel}` / two outputs at `{rel}`"),
            ));
        }
        Ok(())
    }

    /// Records what the output now holds, for the next build (after the swap).
    pub(crate) fn save_manifest(&self, out: &Path, outlet: &str) -> io::Result<()> {
        // Copied files (hash 0: statics, recordings) are not recorded.
        let new = self.new.lock().map_err(|_| io::Error::other("writer poisoned"))?;
        let v: Vec<(&str, u128)> = new.iter().filter(|(_, h)| **h != 0).map(|(p, h)| (p.as_str(), *h)).collect();
        fs::write(manifest_path(out, outlet), manifest_text(v))
    }

    /// The last build's pages that this build did not write and `drops` (a page's file)
    /// says are gone.
    pub(crate) fn dropped(&self, drops: impl Fn(&str) -> bool) -> std::collections::HashSet<String> {
        let Ok(new) = self.new.lock() else { return Default::default() };
        self.old.keys().filter(|rel| !new.contains_key(*rel) && drops(rel)).cloned().collect()
    }

    /// The pages this build wrote (files relative to the outlet).
    pub(crate) fn new_pages(&self) -> Vec<String> {
        self.new
            .lock()
            .map(|n| n.iter().filter(|(_, h)| **h != 0).map(|(p, _)| p.clone()).collect())
            .unwrap_or_default()
    }

    /// After an incremental build: the manifest's name in the output folder, and its
    /// text (the last build's pages, less `dropped`, with this build's written over them).
    pub(crate) fn manifest_after(&self, outlet: &str, dropped: &std::collections::HashSet<String>) -> (String, String) {
        let new = self.new.lock().map(|n| n.clone()).unwrap_or_default();
        let mut all: Vec<(&str, u128)> = self
            .old
            .iter()
            .filter(|(p, _)| !dropped.contains(*p) && !new.contains_key(*p))
            .map(|(p, h)| (p.as_str(), *h))
            .collect();
        all.extend(new.iter().filter(|(_, h)| **h != 0).map(|(p, h)| (p.as_str(), *h)));
        (crate::kept::files::manifest(outlet), manifest_text(all))
    }

    pub(crate) fn forget_manifest(out: &Path, outlet: &str) -> io::Result<()> {
        match fs::remove_file(manifest_path(out, outlet)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

impl Sink for OutletWriter {
    fn page(&self, path: &str, bytes: Vec<u8>) -> io::Result<()> {
        self.put(&crate::assemble::urls::file_for(path), &bytes)
    }

    /// Hard-linked from the image cache (copied where links cannot be made); a theme's
    /// file is copied, so that editing the output never edits the theme.
    fn file(&self, url: &str, disk: &Path, link: bool) -> io::Result<()> {
        let rel = url.trim_start_matches('/');
        // A file linked from the image cache is recorded by its cache name, which a hash of
        // its source names: the manifest then lists it like a page, unread.
        let recorded = if link { xxh3_128(disk.as_os_str().as_encoded_bytes()) | 1 } else { 0 };
        self.claim(rel, recorded)?;
        let dest = self.dir.join(rel);
        if let Some(parent) = dest.parent() {
            fs::create_dir_all(parent)?;
        }
        if link && fs::hard_link(disk, &dest).is_ok() {
            self.linked.fetch_add(1, Ordering::Relaxed);
        } else {
            fs::copy(disk, &dest)?;
            self.written.fetch_add(1, Ordering::Relaxed);
        }
        // A theme's style sheet or icon; photos are already compressed.
        if self.gzip && compress::wanted(rel, fs::metadata(&dest)?.len() as usize) {
            let bytes = fs::read(&dest)?;
            self.compressed(rel, &bytes, xxh3_128(&bytes), false)?;
        }
        Ok(())
    }
}

/// A path inside an outlet: relative, `/`-separated, no empty, `.` or `..` part, no
/// backslash or NUL. The last wall behind the checks on ids: whatever a configuration
/// or template produces, nothing is written outside the outlet's folder.
fn manifest_text(mut v: Vec<(&str, u128)>) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    v.sort_unstable();
    let mut text = Vec::with_capacity(v.iter().map(|(p, _)| p.len() + 34).sum());
    for (p, h) in v {
        text.extend((0..32).rev().map(|i| HEX[((h >> (4 * i)) & 0xf) as usize]));
        text.push(b'\t');
        text.extend_from_slice(p.as_bytes());
        text.push(b'\n');
    }
    // Hex digits, tabs, newlines and the paths' own UTF-8.
    String::from_utf8(text).unwrap_or_default()
}

/// A manifest's lines (`hash<TAB>path`) by path; a line that is not one is skipped.
fn parse_manifest(text: &str) -> HashMap<String, u128> {
    let mut map = HashMap::with_capacity_and_hasher(text.len() / 80, Default::default());
    for l in text.lines() {
        if let Some((h, p)) = l.split_once('\t')
            && let Ok(h) = u128::from_str_radix(h, 16)
        {
            map.insert(p.to_owned(), h);
        }
    }
    map
}

fn check_rel(rel: &str) -> io::Result<()> {
    let ok = !rel.is_empty()
        && !rel.contains(['\\', '\0'])
        && rel.split('/').all(|part| !part.is_empty() && part != "." && part != "..");
    if ok {
        Ok(())
    } else {
        Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("đường dẫn `{rel}` ra ngoài thư mục của kênh / the path `{rel}` leaves the outlet's folder"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_outside_the_outlet_and_second_writes_are_refused() {
        let out = tempfile::tempdir().unwrap();
        let w = OutletWriter::new(out.path(), out.path().join("s"), "a");
        for bad in ["../x", "a/../../x", "/etc/x", "a//b", "./x", "a\\..\\x", ""] {
            assert!(w.put(bad, b"x").is_err(), "{bad}");
        }
        assert!(!out.path().join("x").exists());
        w.put("dia-phuong/a/index.html", b"1").unwrap();
        let e = w.put("dia-phuong/a/index.html", b"2").unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(out.path().join("s/dia-phuong/a/index.html")).unwrap(), b"1");
    }

    #[test]
    fn unchanged_files_are_linked_changed_ones_written() {
        let out = tempfile::tempdir().unwrap();
        let first = OutletWriter::new(out.path(), out.path().join("s1"), "a");
        first.put("x/index.html", b"same").unwrap();
        first.put("y.xml", b"old").unwrap();
        fs::rename(out.path().join("s1"), out.path().join("a")).unwrap();
        first.save_manifest(out.path(), "a").unwrap();

        let second = OutletWriter::new(out.path(), out.path().join("s2"), "a");
        second.put("x/index.html", b"same").unwrap();
        second.put("y.xml", b"new").unwrap();
        assert_eq!(second.linked.load(Ordering::Relaxed), 1);
        assert_eq!(second.written.load(Ordering::Relaxed), 1);
        use std::os::unix::fs::MetadataExt;
        let a = fs::metadata(out.path().join("a/x/index.html")).unwrap().ino();
        let b = fs::metadata(out.path().join("s2/x/index.html")).unwrap().ino();
        assert_eq!(a, b, "the same file, not a copy");
        assert_eq!(fs::read(out.path().join("s2/y.xml")).unwrap(), b"new");
    }
}
