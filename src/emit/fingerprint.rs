//! A build's inputs in one hash: every file under `content/`, `themes/` and `templates/`, the options
//! and the day. When it matches the last successful build's, the output is already what
//! this build would write, and nothing needs doing (as `make` would say).

use std::fs;
use std::path::Path;
use xxhash_rust::xxh3::Xxh3;

const FILE: &str = ".guong-fingerprint";
/// Larger inputs are refused by the build anyway; the fingerprint then gives up.
const MAX_HASHED: u64 = 256 * 1024 * 1024;

pub fn compute(root: &Path, options: &str) -> Option<u128> {
    let mut h = Xxh3::new();
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    h.update(options.as_bytes());
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
            h.update(f.strip_prefix(root).ok()?.as_os_str().as_encoded_bytes());
            h.update(&[0]);
            // A link's target counts too: following it is what the build does. A FIFO,
            // device or link to one is never read (the build skips it too).
            match fs::metadata(&f) {
                Ok(m) if m.is_file() => h.update(&crate::load::source::read_regular(&f, MAX_HASHED).ok()?),
                _ => h.update(b"\0special"),
            }
            h.update(&[0]);
        }
    }
    Some(h.digest128())
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
