//! All the files of an import, or none: each is written beside its place under a
//! temporary name first; then each is renamed into place (a file it replaces, with
//! `--force`, set aside until the end); on any failure, everything done is undone and
//! the folders made are removed.

use std::path::{Path, PathBuf};

/// A file to write: its path relative to the site root, and its bytes.
pub(crate) struct Out {
    pub rel: String,
    pub bytes: Vec<u8>,
}

fn tmp(path: &Path, what: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(format!(".guong-{what}-{}", std::process::id()));
    path.with_file_name(name)
}

/// The folders `dir` needs made, outermost first.
fn missing_dirs(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = dir.ancestors().take_while(|d| !d.exists()).map(Path::to_path_buf).collect();
    v.reverse();
    v
}

/// Writes every file or none; the error names the file that failed.
pub(crate) fn write_all(root: &Path, outs: &[Out]) -> Result<(), (PathBuf, std::io::Error)> {
    let mut made: Vec<PathBuf> = Vec::new();
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
    let undo_stage = |staged: &[(PathBuf, PathBuf)], made: &[PathBuf]| {
        for (t, _) in staged {
            let _ = std::fs::remove_file(t);
        }
        for d in made.iter().rev() {
            let _ = std::fs::remove_dir(d);
        }
    };
    for o in outs {
        let path = root.join(&o.rel);
        let dir = path.parent().unwrap_or(root);
        let missing = missing_dirs(dir);
        if let Err(e) = std::fs::create_dir_all(dir) {
            undo_stage(&staged, &made);
            return Err((dir.to_owned(), e));
        }
        made.extend(missing);
        let t = tmp(&path, "new");
        if let Err(e) = std::fs::write(&t, &o.bytes) {
            undo_stage(&staged, &made);
            let _ = std::fs::remove_file(&t);
            return Err((path, e));
        }
        staged.push((t, path));
    }
    let mut done: Vec<(PathBuf, Option<PathBuf>)> = Vec::new();
    for (t, path) in &staged {
        let aside = path.exists().then(|| tmp(path, "old"));
        let moved = match &aside {
            Some(a) => std::fs::rename(path, a),
            None => Ok(()),
        }
        .and_then(|()| std::fs::rename(t, path));
        if let Err(e) = moved {
            if let Some(a) = &aside
                && !path.exists()
            {
                let _ = std::fs::rename(a, path);
            }
            for (p, a) in done.iter().rev() {
                let _ = std::fs::remove_file(p);
                if let Some(a) = a {
                    let _ = std::fs::rename(a, p);
                }
            }
            undo_stage(&staged, &made);
            return Err((path.clone(), e));
        }
        done.push((path.clone(), aside));
    }
    for (_, a) in done {
        if let Some(a) = a {
            let _ = std::fs::remove_file(a);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failure_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("blocker"), "x").unwrap();
        let outs = [
            Out { rel: "content/stories/2024/a.md".into(), bytes: b"a".to_vec() },
            // A folder cannot be made where a file is.
            Out { rel: "blocker/b.md".into(), bytes: b"b".to_vec() },
        ];
        assert!(write_all(dir.path(), &outs).is_err());
        assert!(!dir.path().join("content").exists(), "the folders made are removed");
        let ok = [Out { rel: "content/x/a.md".into(), bytes: b"a".to_vec() }];
        write_all(dir.path(), &ok).unwrap();
        assert_eq!(std::fs::read(dir.path().join("content/x/a.md")).unwrap(), b"a");
    }
}
