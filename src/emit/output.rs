//! The output folder: built beside, then swapped, so a failed or killed build leaves the
//! previous site whole and readers never see a half-written one. One build at a time
//! writes into a folder (a lock), and each outlet is swapped in by one atomic exchange.

use crate::console::errln;
use crate::diagnostic::msg;
use crate::error::Error;
use std::fs;
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

const STAGING: &str = crate::kept::files::STAGING;
/// Marks a folder as guong's output, so a later build may replace what is in it.
pub(crate) const MARKER: &str = crate::kept::files::OUTPUT_MARKER;
const MARKER_TEXT: &str =
    "Thư mục này do guong tạo; guong build thay thế nội dung của nó.\nThis folder is written by guong build.\n";
const OLD: &str = crate::kept::files::OLD;
const LOCK: &str = crate::kept::files::OUTPUT_LOCK;

pub(crate) struct Staging {
    pub out: PathBuf,
    pub dir: PathBuf,
}

/// `p` made absolute and normalised: `..` resolved, and symbolic links resolved in the
/// longest part of it that exists (the rest does not exist yet, so it holds no link).
pub(crate) fn resolve(p: &Path) -> PathBuf {
    let abs = if p.is_absolute() { p.to_owned() } else { std::env::current_dir().unwrap_or_default().join(p) };
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::ParentDir => {
                // Resolve what exists so far first: `link/..` is the link target's parent.
                out = out.canonicalize().unwrap_or(out);
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    let mut existing = out.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.file_name().map(|n| n.to_owned()), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_owned();
            }
            _ => break,
        }
    }
    let mut resolved = existing.canonicalize().unwrap_or(existing);
    for name in rest.into_iter().rev() {
        resolved.push(name);
    }
    resolved
}

/// Whether `p` (resolved) is the site's sources: `content/`, `themes/` or in them.
fn in_sources(root: &Path, p: &Path) -> bool {
    let root = resolve(root);
    ["content", "themes", "templates"].iter().any(|d| p.starts_with(root.join(d)))
}

/// Refuses an output folder that would overwrite the site's own files, resolved
/// lexically and through symbolic links, existing or not.
pub(crate) fn check_out_dir(root: &Path, out: &Path, force: bool) -> Result<(), Error> {
    let out_c = resolve(out);
    let root_c = resolve(root);
    if out_c == root_c || root_c.starts_with(&out_c) || out_c.parent().is_none() {
        return Err(Error::Misuse(msg!("output.sources", folder = out.display())));
    }
    if in_sources(root, &out_c) {
        return Err(Error::Misuse(msg!("output.inside-sources", folder = out.display())));
    }
    if out_c.exists() && !out_c.is_dir() {
        return Err(Error::Misuse(msg!("output.not-folder", folder = out.display())));
    }
    // Never take over a folder of someone else's files: only an empty one, or ours.
    if let Ok(mut entries) = std::fs::read_dir(out)
        && !force
        && entries.next().is_some()
        && !out.join(MARKER).exists()
    {
        return Err(Error::Misuse(msg!("output.foreign-files", folder = out.display())));
    }
    Ok(())
}

/// Whether the file at `path` is one guong wrote (a report), judged by how it starts.
fn written_by_guong(path: &Path) -> bool {
    let mut head = vec![0u8; 2048];
    let n = fs::File::open(path).and_then(|mut f| io::Read::read(&mut f, &mut head)).unwrap_or(0);
    let head = String::from_utf8_lossy(&head[..n]);
    head.contains("<meta name=\"generator\" content=\"guong\">")
        || head.starts_with("\u{feff}Năm,Mã đơn vị,")
        || (head.starts_with("{\n  \"year\": ") && head.contains("\"as_of\""))
        || (head.starts_with("PK\u{3}\u{4}") && crate::report::stamp::is_stamped(path))
}

/// Writes one file that a command was asked to write (`report --out`): never into the
/// site's sources, never over a file guong did not write unless `force`, never through
/// a symbolic link (a new file is renamed into place).
pub(crate) fn write_file_safely(root: &Path, path: &Path, bytes: &[u8], force: bool) -> Result<(), Error> {
    // The folder is resolved through links; the file's own name is not followed (a link
    // there is replaced, not written through).
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    if name.is_empty() || in_sources(root, &resolve(dir).join(&name)) {
        return Err(Error::Misuse(msg!("output.file-in-sources", file = path.display())));
    }
    if let Ok(meta) = fs::symlink_metadata(path) {
        if meta.is_dir() {
            return Err(Error::Misuse(msg!("output.file-is-folder", file = path.display())));
        }
        if !force && (!meta.is_file() || !written_by_guong(path)) {
            return Err(Error::Misuse(msg!("output.file-exists", file = path.display())));
        }
    }
    let tmp = dir.join(format!(".{name}.guong-{}", std::process::id()));
    let result = fs::File::create(&tmp)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
        .and_then(|()| fs::rename(&tmp, path));
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(Error::write(path, e));
    }
    Ok(())
}

/// Replaces the file at `path` in one step (a new file renamed over it): a reader sees
/// the old bytes or the new, never a part.
pub(crate) fn replace_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.guong-{}", std::process::id()));
    let result = fs::write(&tmp, bytes).and_then(|()| fs::rename(&tmp, path));
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// One build at a time in an output folder. The lock is the operating system's
/// (`flock`): it goes with the process, so a killed build never leaves it behind.
pub(crate) struct OutputLock {
    _file: fs::File,
}

impl OutputLock {
    /// Takes the lock on `out`, waiting for a build that holds it (whose process id is
    /// printed) to finish.
    pub(crate) fn acquire(out: &Path, waiting: impl FnOnce(&str)) -> io::Result<OutputLock> {
        fs::create_dir_all(out)?;
        // The folder is guong's from now on (`check_out_dir` has let it be taken).
        if !out.join(MARKER).exists() {
            fs::write(out.join(MARKER), MARKER_TEXT)?;
        }
        let mut file =
            fs::OpenOptions::new().create(true).truncate(false).read(true).write(true).open(out.join(LOCK))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                let holder = fs::read_to_string(out.join(LOCK)).unwrap_or_default();
                waiting(holder.trim());
                file.lock()?;
            }
            Err(fs::TryLockError::Error(e)) => return Err(e),
        }
        file.set_len(0)?;
        file.write_all(format!("{}\n", std::process::id()).as_bytes())?;
        Ok(OutputLock { _file: file })
    }
}

/// Exchanges two paths in one step (`renameat2(RENAME_EXCHANGE)`): at every instant
/// `live` names a whole folder, the old one or the new one.
#[cfg(target_os = "linux")]
fn exchange(new: &Path, live: &Path) -> io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, new, CWD, live, RenameFlags::EXCHANGE).map_err(io::Error::from)
}

/// Elsewhere: two renames (a kill between them leaves `live` missing until the next
/// build, which puts it back from the leftover).
#[cfg(not(target_os = "linux"))]
fn exchange(new: &Path, live: &Path) -> io::Result<()> {
    let parked = new.with_extension("parked");
    fs::rename(live, &parked)?;
    if let Err(e) = fs::rename(new, live) {
        let _ = fs::rename(&parked, live);
        return Err(e);
    }
    fs::rename(&parked, new)
}

/// Stops the process at a named point when `GUONG_FAILPOINT` says so: how the tests
/// kill a build at an exact step, without timing (as the `fail` crate does).
pub(crate) fn failpoint(name: &str) {
    if std::env::var("GUONG_FAILPOINT").is_ok_and(|v| v == name) {
        errln!("guong: failpoint {name}");
        std::process::abort();
    }
}

/// Removes the staging and old folders an interrupted full build left in `out`. The
/// caller holds the output lock.
pub(crate) fn clear_stale(out: &Path) -> io::Result<()> {
    for entry in fs::read_dir(out)?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(STAGING) || name.starts_with(OLD) {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
    Ok(())
}

impl Staging {
    /// Creates a fresh staging folder inside `out`, after removing any left by an
    /// interrupted build. The caller holds the output lock (which marks the folder).
    pub(crate) fn new(out: &Path) -> io::Result<Staging> {
        fs::create_dir_all(out)?;
        clear_stale(out)?;
        let dir = out.join(format!("{STAGING}{}", std::process::id()));
        fs::create_dir_all(&dir)?;
        Ok(Staging { out: out.to_owned(), dir })
    }

    pub(crate) fn outlet_dir(&self, id: &str) -> PathBuf {
        self.dir.join(id)
    }

    /// Puts each built outlet in place of the old one by one exchange, then calls
    /// `swapped(id)` (which records what that outlet now holds) before the next.
    pub(crate) fn commit(self, ids: &[&str], mut swapped: impl FnMut(&str) -> io::Result<()>) -> io::Result<()> {
        for id in ids {
            let new = self.dir.join(id);
            let live = self.out.join(id);
            if fs::symlink_metadata(&live).is_ok() {
                exchange(&new, &live)?;
            } else {
                fs::rename(&new, &live)?;
            }
            failpoint(&format!("after-swap:{id}"));
            swapped(id)?;
            // `new` now names the old outlet.
            let _ = fs::remove_dir_all(&new);
        }
        fs::remove_dir_all(&self.dir)
    }

    pub(crate) fn abandon(self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_the_site_itself() {
        let root = Path::new("/tmp/site");
        assert!(check_out_dir(root, root, false).is_err());
        assert!(check_out_dir(root, &root.join("content"), false).is_err());
        assert!(check_out_dir(root, &root.join("content/x"), false).is_err());
        assert!(check_out_dir(root, Path::new("/"), false).is_err());
        assert!(check_out_dir(root, &root.join("public"), false).is_ok());
        // Not yet existing, and reached through `..`.
        assert!(check_out_dir(root, &root.join("public/../content/new"), false).is_err());
        assert!(check_out_dir(root, &root.join("public/../themes"), false).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn resolves_links_in_what_exists() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path().join("site");
        fs::create_dir_all(root.join("content")).unwrap();
        std::os::unix::fs::symlink(root.join("content"), d.path().join("link")).unwrap();
        assert!(check_out_dir(&root, &d.path().join("link/new/deeper"), false).is_err());
        // `link/..` is the parent of the link's target (as the kernel reads it): the site.
        assert!(check_out_dir(&root, &d.path().join("link/../content/x"), false).is_err());
        assert!(check_out_dir(&root, &d.path().join("out"), false).is_ok());
    }

    #[test]
    fn refuses_a_folder_of_other_files_until_marked_or_forced() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        fs::create_dir_all(&out).unwrap();
        assert!(check_out_dir(dir.path(), &out, false).is_ok(), "empty is fine");
        fs::write(out.join("thesis.docx"), "x").unwrap();
        assert!(check_out_dir(dir.path(), &out, false).is_err());
        assert!(check_out_dir(dir.path(), &out, true).is_ok());
        fs::write(out.join(MARKER), "").unwrap();
        assert!(check_out_dir(dir.path(), &out, false).is_ok());
    }

    #[test]
    fn a_report_never_overwrites_sources_or_other_files() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path();
        fs::create_dir_all(root.join("content")).unwrap();
        fs::write(root.join("content/site.yaml"), "x").unwrap();
        assert!(write_file_safely(root, &root.join("content/site.yaml"), b"r", true).is_err());
        assert_eq!(fs::read(root.join("content/site.yaml")).unwrap(), b"x");
        fs::write(root.join("notes.txt"), "mine").unwrap();
        assert!(write_file_safely(root, &root.join("notes.txt"), b"r", false).is_err());
        let html = "<!DOCTYPE html>\n<meta name=\"generator\" content=\"guong\">\n";
        fs::write(root.join("r.html"), html).unwrap();
        write_file_safely(root, &root.join("r.html"), b"new", false).unwrap();
        assert_eq!(fs::read(root.join("r.html")).unwrap(), b"new");
        write_file_safely(root, &root.join("notes.txt"), b"forced", true).unwrap();
        assert_eq!(fs::read(root.join("notes.txt")).unwrap(), b"forced");
    }

    #[cfg(unix)]
    #[test]
    fn a_report_replaces_a_link_instead_of_following_it() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path();
        fs::create_dir_all(root.join("content")).unwrap();
        fs::write(root.join("content/site.yaml"), "x").unwrap();
        std::os::unix::fs::symlink(root.join("content/site.yaml"), root.join("r.html")).unwrap();
        assert!(write_file_safely(root, &root.join("r.html"), b"r", false).is_err());
        write_file_safely(root, &root.join("r.html"), b"r", true).unwrap();
        assert_eq!(fs::read(root.join("content/site.yaml")).unwrap(), b"x", "the link's target is untouched");
    }

    #[test]
    fn a_second_lock_waits_for_the_first() {
        let d = tempfile::tempdir().unwrap();
        let first = OutputLock::acquire(d.path(), |_| panic!("free")).unwrap();
        let path = d.path().to_owned();
        let (tx, rx) = std::sync::mpsc::channel();
        let t = std::thread::spawn(move || {
            let _second = OutputLock::acquire(&path, |holder| tx.send(holder.to_owned()).unwrap()).unwrap();
        });
        // The second saw the first's process id, and waits until it is released.
        assert_eq!(rx.recv().unwrap(), std::process::id().to_string());
        drop(first);
        t.join().unwrap();
    }

    #[test]
    fn commit_exchanges_each_outlet_whole() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("public");
        fs::create_dir_all(out.join("a")).unwrap();
        fs::write(out.join("a/old.html"), "old").unwrap();
        let s = Staging::new(&out).unwrap();
        fs::create_dir_all(s.outlet_dir("a")).unwrap();
        fs::write(s.outlet_dir("a").join("new.html"), "new").unwrap();
        let mut seen = Vec::new();
        s.commit(&["a"], |id| {
            seen.push(id.to_owned());
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, ["a"]);
        assert!(out.join("a/new.html").exists() && !out.join("a/old.html").exists());
        let left: Vec<_> = fs::read_dir(&out)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .filter(|n| n.to_string_lossy().starts_with(".guong-staging"))
            .collect();
        assert!(left.is_empty());
    }
}
