//! Writes one outlet's files into its staging folder. A file whose bytes are those the
//! live output already has (by the hash in the last build's manifest) is hard-linked
//! from it instead: it keeps its inode and time, so rsync and CDNs see only real
//! changes, and the old tree's removal frees nothing but names.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use xxhash_rust::xxh3::xxh3_128;

pub struct OutletWriter {
    dir: PathBuf,
    live: PathBuf,
    old: HashMap<String, u128>,
    new: Mutex<Vec<(String, u128)>>,
    pub written: AtomicUsize,
    pub linked: AtomicUsize,
}

fn manifest_path(out: &Path, outlet: &str) -> PathBuf {
    out.join(format!(".guong-manifest-{outlet}"))
}

impl OutletWriter {
    pub fn new(out: &Path, dir: PathBuf, outlet: &str) -> OutletWriter {
        let live = out.join(outlet);
        let old = if live.is_dir() {
            fs::read_to_string(manifest_path(out, outlet))
                .map(|t| {
                    t.lines()
                        .filter_map(|l| {
                            let (h, p) = l.split_once('\t')?;
                            Some((p.to_owned(), u128::from_str_radix(h, 16).ok()?))
                        })
                        .collect()
                })
                .unwrap_or_default()
        } else {
            HashMap::new()
        };
        OutletWriter { dir, live, old, new: Mutex::new(Vec::new()), written: AtomicUsize::new(0), linked: AtomicUsize::new(0) }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Puts `bytes` at `rel` (a path inside the outlet, `/`-separated).
    pub fn put(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let hash = xxh3_128(bytes);
        let dest = self.dir.join(rel);
        if let Some(parent) = dest.parent() {
            fs::create_dir_all(parent)?;
        }
        let same = self.old.get(rel) == Some(&hash) && fs::metadata(self.live.join(rel)).is_ok_and(|m| m.len() == bytes.len() as u64);
        if same && fs::hard_link(self.live.join(rel), &dest).is_ok() {
            self.linked.fetch_add(1, Ordering::Relaxed);
        } else {
            fs::write(&dest, bytes)?;
            self.written.fetch_add(1, Ordering::Relaxed);
        }
        if let Ok(mut v) = self.new.lock() {
            v.push((rel.to_owned(), hash));
        }
        Ok(())
    }

    /// Records what the output now holds, for the next build (after the swap).
    pub fn save_manifest(&self, out: &Path, outlet: &str) -> io::Result<()> {
        let mut v = self.new.lock().map(|v| v.clone()).unwrap_or_default();
        v.sort();
        let mut text = String::with_capacity(v.len() * 80);
        for (p, h) in v {
            text.push_str(&format!("{h:032x}\t{p}\n"));
        }
        fs::write(manifest_path(out, outlet), text)
    }

    pub fn count(&self) -> usize {
        self.written.load(Ordering::Relaxed) + self.linked.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
