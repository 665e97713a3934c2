//! An incremental build's changes, applied to the output in place, all or nothing.
//!
//! The changed files are written into `.guong-incoming/` beside the outlets, with the
//! new bookkeeping (manifests, state, fingerprint). Then one file, `JOURNAL`, lists
//! every move and deletion; renaming it into place is the commit point. Before it, a
//! failed or killed build leaves the previous site whole (the next build deletes the
//! folder). After it, the journal is applied, and a build killed while applying it is
//! finished by the next one before anything else (`recover`): the moves are renames,
//! so the journal can be applied twice.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub(crate) const DIR: &str = crate::kept::files::INCOMING;
const JOURNAL: &str = "JOURNAL";

/// The files an incremental build changes.
pub(crate) struct Incoming {
    out: PathBuf,
    dir: PathBuf,
}

/// What the journal does, besides moving in every file written under `outlet_dir`.
#[derive(Default)]
pub(crate) struct Ops {
    /// (outlet, file relative to it) to delete, with its `.gz` copy.
    pub deletes: Vec<(String, String)>,
    /// Bookkeeping files of the output folder (name, bytes), replaced last.
    pub books: Vec<(String, Vec<u8>)>,
}

impl Incoming {
    /// A fresh folder for the changes. The caller holds the output lock and has run
    /// `recover`.
    pub(crate) fn new(out: &Path) -> io::Result<Incoming> {
        let dir = out.join(DIR);
        if dir.exists() {
            fs::remove_dir_all(&dir)?;
        }
        fs::create_dir_all(dir.join("o"))?;
        Ok(Incoming { out: out.to_owned(), dir })
    }

    pub(crate) fn outlet_dir(&self, id: &str) -> PathBuf {
        self.dir.join("o").join(id)
    }

    /// Writes the journal (the commit point), then applies it.
    /// The output folder the changes are for.
    pub(crate) fn out(&self) -> &Path {
        &self.out
    }

    pub(crate) fn commit(self, ops: &Ops) -> io::Result<usize> {
        let mut journal = String::new();
        for e in walkdir::WalkDir::new(self.dir.join("o")).sort_by_file_name().min_depth(2) {
            let e = e.map_err(io::Error::other)?;
            if e.file_type().is_dir() {
                continue;
            }
            let rel = crate::load::rel_path(&self.dir.join("o"), e.path());
            let (outlet, file) = rel.split_once('/').unwrap_or((&rel, ""));
            journal.push_str(&format!("W\t{outlet}\t{file}\n"));
        }
        for (outlet, file) in &ops.deletes {
            journal.push_str(&format!("D\t{outlet}\t{file}\n"));
        }
        fs::create_dir_all(self.dir.join("b"))?;
        for (i, (name, bytes)) in ops.books.iter().enumerate() {
            fs::write(self.dir.join("b").join(i.to_string()), bytes)?;
            journal.push_str(&format!("B\t{i}\t{name}\n"));
        }
        let tmp = self.dir.join(format!("{JOURNAL}.tmp"));
        let mut f = fs::File::create(&tmp)?;
        f.write_all(journal.as_bytes())?;
        f.sync_all()?;
        super::output::failpoint("incremental-before-commit");
        fs::rename(&tmp, self.dir.join(JOURNAL))?;
        apply(&self.out)
    }

    /// Forgets the changes (a failed build): the output is as it was.
    pub(crate) fn abandon(self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// Finishes an incremental build that was killed after its commit point, or clears one
/// killed before it. Returns whether a journal was applied.
pub(crate) fn recover(out: &Path) -> io::Result<bool> {
    let dir = out.join(DIR);
    if dir.join(JOURNAL).is_file() {
        apply(out)?;
        return Ok(true);
    }
    if dir.exists() {
        fs::remove_dir_all(&dir)?;
    }
    Ok(false)
}

/// Applies the journal: moves, deletions, bookkeeping; then removes the folder.
fn apply(out: &Path) -> io::Result<usize> {
    let dir = out.join(DIR);
    let journal = fs::read_to_string(dir.join(JOURNAL))?;
    let mut moved = 0;
    for line in journal.lines() {
        let parts: Vec<&str> = line.split('\t').collect();
        match parts.as_slice() {
            ["W", outlet, file] => {
                let src = dir.join("o").join(outlet).join(file);
                if src.exists() {
                    let dst = out.join(outlet).join(file);
                    if let Some(parent) = dst.parent() {
                        fs::create_dir_all(parent)?;
                    }
                    fs::rename(&src, &dst)?;
                    moved += 1;
                    if moved == 1 {
                        super::output::failpoint("incremental-mid-apply");
                    }
                }
            }
            ["D", outlet, file] => {
                let base = out.join(outlet);
                for f in [base.join(file), base.join(format!("{file}.gz"))] {
                    match fs::remove_file(&f) {
                        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                        _ => {}
                    }
                }
                // Folders left empty go too (a story's `/bai-viet/<slug>/`).
                let mut p = base.join(file);
                while p.pop() && p != base && fs::remove_dir(&p).is_ok() {}
            }
            ["B", i, name] => {
                let src = dir.join("b").join(i);
                if src.exists() {
                    let dst = out.join(name);
                    if let Some(parent) = dst.parent() {
                        fs::create_dir_all(parent)?;
                    }
                    fs::rename(&src, dst)?;
                }
            }
            _ => return Err(io::Error::other(format!("{}: unreadable line `{line}`", dir.join(JOURNAL).display()))),
        }
    }
    fs::remove_file(dir.join(JOURNAL))?;
    fs::remove_dir_all(&dir)?;
    Ok(moved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_journal_moves_deletes_and_can_be_applied_again() {
        let out = tempfile::tempdir().unwrap();
        let o = out.path();
        fs::create_dir_all(o.join("a/bai-viet/cu")).unwrap();
        fs::write(o.join("a/bai-viet/cu/index.html"), "old").unwrap();
        fs::write(o.join("a/index.html"), "home").unwrap();
        let inc = Incoming::new(o).unwrap();
        fs::create_dir_all(inc.outlet_dir("a")).unwrap();
        fs::write(inc.outlet_dir("a").join("index.html"), "new home").unwrap();
        let ops = Ops {
            deletes: vec![("a".into(), "bai-viet/cu/index.html".into())],
            books: vec![(".guong-state.json".into(), b"{}".to_vec())],
        };
        assert_eq!(inc.commit(&ops).unwrap(), 1);
        assert_eq!(fs::read_to_string(o.join("a/index.html")).unwrap(), "new home");
        assert!(!o.join("a/bai-viet/cu").exists(), "the emptied folder goes too");
        assert!(o.join(".guong-state.json").is_file());
        assert!(!o.join(DIR).exists());
        assert!(!recover(o).unwrap(), "nothing left to do");
    }

    #[test]
    fn changes_not_committed_are_dropped() {
        let out = tempfile::tempdir().unwrap();
        let o = out.path();
        fs::create_dir_all(o.join("a")).unwrap();
        fs::write(o.join("a/index.html"), "home").unwrap();
        let inc = Incoming::new(o).unwrap();
        fs::create_dir_all(inc.outlet_dir("a")).unwrap();
        fs::write(inc.outlet_dir("a").join("index.html"), "half-built").unwrap();
        drop(inc); // killed before the commit point
        assert!(!recover(o).unwrap());
        assert_eq!(fs::read_to_string(o.join("a/index.html")).unwrap(), "home");
        assert!(!o.join(DIR).exists());
    }
}
