//! The output folder: build beside, then swap, so a failed or killed build leaves the
//! previous site whole and readers never see a half-written one.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

const STAGING: &str = ".guong-staging-";
/// Marks a folder as guong's output, so a later build may replace what is in it.
pub const MARKER: &str = ".guong-output";
const OLD: &str = ".guong-old-";

pub struct Staging {
    pub out: PathBuf,
    pub dir: PathBuf,
}

/// Refuses an output folder that would overwrite the site's own files.
pub fn check_out_dir(root: &Path, out: &Path) -> Result<(), String> {
    let canon = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_owned());
    let out_c = canon(out);
    let root_c = canon(root);
    let forbidden = [root_c.clone(), root_c.join("content"), root_c.join("themes"), PathBuf::from("/")];
    if forbidden.iter().any(|f| *f == out_c) || root_c.starts_with(&out_c) {
        return Err(format!(
            "không thể ghi trang vào {}: thư mục này chứa nội dung của trang / refusing to write the site into {}",
            out.display(),
            out.display()
        ));
    }
    if out_c.starts_with(root_c.join("content")) || out_c.starts_with(root_c.join("themes")) {
        return Err(format!("thư mục đầu ra {} nằm trong content/ hoặc themes/ / output inside content/ or themes/", out.display()));
    }
    // Never take over a folder of someone else's files: only an empty one, or ours.
    if let Ok(mut entries) = std::fs::read_dir(out) {
        if entries.next().is_some() && !out.join(MARKER).exists() {
            return Err(format!(
                "thư mục {} đã có tệp không phải do guong tạo; chọn thư mục khác hoặc làm trống nó / {} holds files guong did not write; use another folder or empty it",
                out.display(),
                out.display()
            ));
        }
    }
    Ok(())
}

impl Staging {
    /// Creates a fresh staging folder inside `out`, after removing any left by an
    /// interrupted build.
    pub fn new(out: &Path) -> io::Result<Staging> {
        fs::create_dir_all(out)?;
        fs::write(out.join(MARKER), "Thư mục này do guong tạo; guong build thay thế nội dung của nó.\nThis folder is written by guong build.\n")?;
        for entry in fs::read_dir(out)?.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with(STAGING) || name.starts_with(OLD) {
                let _ = fs::remove_dir_all(entry.path());
            }
        }
        let dir = out.join(format!("{STAGING}{}", std::process::id()));
        fs::create_dir_all(&dir)?;
        Ok(Staging { out: out.to_owned(), dir })
    }

    pub fn outlet_dir(&self, id: &str) -> PathBuf {
        self.dir.join(id)
    }

    /// Puts each built outlet in place of the old one: a rename each way.
    pub fn commit(self, ids: &[&str]) -> io::Result<()> {
        for id in ids {
            let new = self.dir.join(id);
            let live = self.out.join(id);
            let old = self.out.join(format!("{OLD}{}-{id}", std::process::id()));
            let had_old = live.exists();
            if had_old {
                fs::rename(&live, &old)?;
            }
            if let Err(e) = fs::rename(&new, &live) {
                if had_old {
                    let _ = fs::rename(&old, &live);
                }
                return Err(e);
            }
            if had_old {
                let _ = fs::remove_dir_all(&old);
            }
        }
        fs::remove_dir_all(&self.dir)
    }

    pub fn abandon(self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// Writes a file, creating its folders.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    fs::write(path, bytes)
}

/// Copies a folder's files into `to` (used for static files and media).
pub fn copy_tree(from: &Path, to: &Path) -> io::Result<usize> {
    let mut n = 0;
    if !from.is_dir() {
        return Ok(0);
    }
    for entry in walkdir::WalkDir::new(from).follow_links(false) {
        let entry = entry.map_err(io::Error::other)?;
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(from).map_err(io::Error::other)?;
        let dest = to.join(rel);
        if let Some(dir) = dest.parent() {
            fs::create_dir_all(dir)?;
        }
        fs::copy(entry.path(), &dest)?;
        n += 1;
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_the_site_itself() {
        let root = Path::new("/tmp/site");
        assert!(check_out_dir(root, root).is_err());
        assert!(check_out_dir(root, &root.join("content")).is_err());
        assert!(check_out_dir(root, &root.join("content/x")).is_err());
        assert!(check_out_dir(root, Path::new("/")).is_err());
        assert!(check_out_dir(root, &root.join("public")).is_ok());
    }

    #[test]
    fn refuses_a_folder_of_other_files_until_marked() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        fs::create_dir_all(&out).unwrap();
        assert!(check_out_dir(dir.path(), &out).is_ok(), "empty is fine");
        fs::write(out.join("thesis.docx"), "x").unwrap();
        assert!(check_out_dir(dir.path(), &out).is_err());
        fs::write(out.join(MARKER), "").unwrap();
        assert!(check_out_dir(dir.path(), &out).is_ok());
    }
}
