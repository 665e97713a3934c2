use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub(crate) fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub(crate) fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            fs::create_dir_all(&dest).unwrap();
        } else {
            fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// A temporary copy of the sample site (`content/` and `themes/` of the repository).
/// Where the sample's `site.yaml` declares one outlet per new commune (`outlets_per_unit`),
/// at its end.
pub(crate) const PER_UNIT: &str = "\n# Mỗi xã mới (từ 01/7/2025) một kênh";

/// The sample's `site.yaml` text split before its per-unit declaration: (the rest, the
/// declaration), for tests that edit every outlet written by hand.
pub(crate) fn split_per_unit(yaml: &str) -> (&str, &str) {
    yaml.find(PER_UNIT).map_or((yaml, ""), |i| yaml.split_at(i))
}

pub(crate) fn sample_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("content"), &dir.path().join("content"));
    copy_dir(&repo().join("themes"), &dir.path().join("themes"));
    dir
}

/// A temporary copy of `tests/fixtures/<name>` with the repository's themes.
pub(crate) struct Site {
    pub dir: tempfile::TempDir,
}

impl Site {
    pub(crate) fn new(name: &str) -> Site {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&repo().join("tests/fixtures").join(name), dir.path());
        copy_dir(&repo().join("themes"), &dir.path().join("themes"));
        Site { dir }
    }
    pub(crate) fn path(&self) -> &Path {
        self.dir.path()
    }
    pub(crate) fn write(&self, rel: &str, text: &str) {
        let p = self.path().join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }
    pub(crate) fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }
    pub(crate) fn exists(&self, rel: &str) -> bool {
        self.path().join(rel).exists()
    }
    pub(crate) fn guong(&self, args: &[&str]) -> Run {
        guong_in(self.path(), args)
    }
}

pub(crate) struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub(crate) fn guong_in(cwd: &Path, args: &[&str]) -> Run {
    let out: Output = Command::new(env!("CARGO_BIN_EXE_guong")).args(args).current_dir(cwd).output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Every file under `dir` with its bytes; the output lock (which holds the process id
/// of the last build) is bookkeeping, not output, and is left out.
/// The web server's files name the folder they were built in, which is written as
/// `<out>` so that builds into two folders compare.
pub(crate) fn snapshot(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let real = dir.canonicalize().unwrap().display().to_string();
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.file_name() != ".guong-lock")
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap().display().to_string();
            let bytes = std::fs::read(e.path()).unwrap();
            let bytes = if rel.starts_with("nginx/") {
                String::from_utf8(bytes).unwrap().replace(&real, "<out>").into_bytes()
            } else {
                bytes
            };
            (rel, bytes)
        })
        .collect()
}

/// A copy of a story as a new one: its title changed, without its permanent id and
/// former slugs (which belong to the original).
pub(crate) fn another_story(template: &str, title: &str) -> String {
    let mut out: String = template
        .lines()
        .filter(|l| !l.starts_with("id:") && !l.starts_with("aliases:"))
        .map(|l| if l.starts_with("title:") { format!("title: \"{title}\"") } else { l.to_owned() })
        .collect::<Vec<_>>()
        .join("\n");
    out.push('\n');
    out
}

/// Asserts two trees hold the same files with the same bytes, naming only the paths
/// that differ (a whole site's bytes are too long to print).
pub(crate) fn assert_same_tree(
    a: &std::collections::BTreeMap<String, Vec<u8>>,
    b: &std::collections::BTreeMap<String, Vec<u8>>,
    what: &str,
) {
    let only_a: Vec<&String> = a.keys().filter(|k| !b.contains_key(*k)).collect();
    let only_b: Vec<&String> = b.keys().filter(|k| !a.contains_key(*k)).collect();
    let differ: Vec<&String> = a.iter().filter(|(k, v)| b.get(*k).is_some_and(|w| w != *v)).map(|(k, _)| k).collect();
    assert!(
        only_a.is_empty() && only_b.is_empty() && differ.is_empty(),
        "{what}: only in the first {only_a:?}; only in the second {only_b:?}; different {differ:?}"
    );
}
