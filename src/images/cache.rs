//! The image cache: `.guong-cache/images/` under the site root. Entries are named by a
//! BLAKE3 hash of the source bytes and the processing parameters, a hash whose output is
//! fixed by its specification (unlike `DefaultHasher`, which may change between Rust
//! releases and would rename every entry).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub(crate) const DIR: &str = crate::kept::files::IMAGES;
/// Bump when processing changes, so old entries are not reused.
pub(crate) const VERSION: &str = crate::kept::files::IMAGES_VERSION;

/// The lock that builds sharing the cache hold (`InUse`), beside the entries.
pub(crate) const LOCK: &str = crate::kept::files::IMAGES_LOCK;

/// A build's hold on the cache, from its first photo to its last copy: shared by every
/// build that uses the cache at once (two builds of one site into two folders), so that
/// none prunes entries another one is writing or about to copy. The operating system's
/// lock (`flock`): it goes with the process, so a killed build never leaves it behind.
pub struct InUse {
    file: fs::File,
}

impl InUse {
    /// Takes a shared hold on the cache of the site at `root`, waiting while a build
    /// prunes it.
    pub fn take(root: &Path) -> io::Result<InUse> {
        let path = root.join(LOCK);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir)?;
        }
        let file = fs::OpenOptions::new().create(true).truncate(false).read(true).write(true).open(path)?;
        file.lock_shared()?;
        Ok(InUse { file })
    }

    /// Whether this build is the only one holding the cache, and now holds it alone: the
    /// shared hold made exclusive, without waiting. When another build holds it, the
    /// answer is no and this build must not prune (the hold may then be gone: only a
    /// build at its end asks).
    pub fn alone(&self) -> bool {
        self.file.try_lock().is_ok()
    }
}

pub(crate) struct Cache {
    pub dir: PathBuf,
}

impl Cache {
    pub(crate) fn new(root: &Path) -> Cache {
        Cache { dir: root.join(DIR) }
    }

    pub(crate) fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// Writes atomically: a reader never sees half a file.
    pub(crate) fn put(&self, name: &str, bytes: &[u8]) -> io::Result<()> {
        fs::create_dir_all(&self.dir)?;
        let tmp = self.dir.join(format!(".tmp-{}-{name}", std::process::id()));
        fs::write(&tmp, bytes)?;
        fs::rename(&tmp, self.dir.join(name))
    }

    /// Removes every entry not in `keep`; returns how many were removed.
    pub(crate) fn prune(&self, keep: &std::collections::HashSet<String>) -> usize {
        let Ok(entries) = fs::read_dir(&self.dir) else { return 0 };
        let mut n = 0;
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if !keep.contains(&name) && fs::remove_file(e.path()).is_ok() {
                n += 1;
            }
        }
        n
    }
}

/// Hex of the hash of `bytes` and `params`, shortened to 32 characters.
pub(crate) fn key(bytes: &[u8], params: &str) -> String {
    let mut h = blake3::Hasher::new();
    h.update(VERSION.as_bytes());
    h.update(params.as_bytes());
    h.update(bytes);
    h.finalize().to_hex()[..32].to_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn keys_are_stable_across_releases() {
        // Pinned: if this changes, every cached image would be recomputed.
        assert_eq!(super::key(b"abc", "q=80"), super::key(b"abc", "q=80"));
        assert_eq!(super::key(b"abc", "q=80").len(), 32);
        assert_ne!(super::key(b"abc", "q=80"), super::key(b"abc", "q=70"));
        assert_eq!(super::key(b"", ""), "68aee29249c5e98f5933d60222007032");
    }
}
