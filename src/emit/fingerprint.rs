//! A build's inputs in one hash: every file under `content/`, `themes/` and `templates/`, the options
//! and the day. When it matches the last successful build's, the output is already what
//! this build would write, and nothing needs doing (as `make` would say).

use std::fs;
use std::path::Path;
use xxhash_rust::xxh3::Xxh3;

pub const FILE: &str = ".guong-fingerprint";
/// Larger inputs are refused by the build anyway; the fingerprint then gives up.
const MAX_HASHED: u64 = 256 * 1024 * 1024;

/// The inputs' hash, and the same cut in two: each story file's own, and everything
/// else's (configuration, exemplars, photos, themes, templates, the options, the
/// version), for an incremental build to tell which stories changed.
pub struct Parts {
    pub whole: u128,
    pub others: u128,
    /// Story files (`content/stories/…/*.md`, site-relative) and their hashes.
    pub stories: std::collections::BTreeMap<String, u64>,
}

pub fn parts(root: &Path, options: &str) -> Option<Parts> {
    let mut h = Xxh3::new();
    let mut others = Xxh3::new();
    let mut stories = std::collections::BTreeMap::new();
    for part in [env!("CARGO_PKG_VERSION").as_bytes(), options.as_bytes()] {
        h.update(part);
        others.update(part);
    }
    for dir in ["content", "themes", "templates"] {
        let mut files: Vec<_> = walkdir::WalkDir::new(root.join(dir))
            .follow_links(false)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| !e.file_type().is_dir())
            .map(|e| e.into_path())
            .collect();
        files.sort();
        for f in files {
            let rel = f.strip_prefix(root).ok()?;
            h.update(rel.as_os_str().as_encoded_bytes());
            h.update(&[0]);
            // A link's target counts too: following it is what the build does. A FIFO,
            // device or link to one is never read (the build skips it too).
            let bytes = match fs::metadata(&f) {
                Ok(m) if m.is_file() => crate::load::source::read_regular(&f, MAX_HASHED).ok()?,
                _ => b"\0special".to_vec(),
            };
            h.update(&bytes);
            h.update(&[0]);
            let rel_s = crate::load::rel_path(Path::new(""), rel);
            if rel_s.starts_with("content/stories/") && rel_s.ends_with(".md") {
                stories.insert(rel_s, xxhash_rust::xxh3::xxh3_64(&bytes));
            } else {
                others.update(rel.as_os_str().as_encoded_bytes());
                others.update(&[0]);
                others.update(&bytes);
                others.update(&[0]);
            }
        }
    }
    Some(Parts { whole: h.digest128(), others: others.digest128(), stories })
}

pub fn stored(out: &Path) -> Option<u128> {
    u128::from_str_radix(fs::read_to_string(out.join(FILE)).ok()?.trim(), 16).ok()
}

/// Forgets the last build's fingerprint (before the output changes).
pub fn forget(out: &Path) -> std::io::Result<()> {
    match fs::remove_file(out.join(FILE)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

pub fn store(out: &Path, fp: u128) -> std::io::Result<()> {
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
}
