//! A hostile configuration: the first byte picks which of the four files the rest
//! replaces in a copy of the fixture site (`tests/fixtures/site`). Loading and checking
//! must never panic; when the configuration passes `check`, a whole build must finish
//! with an exit code of the contract and write nothing outside its output folder.
#![no_main]

use guong::fuzz::Project;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

const FILES: [&str; 4] = ["content/site.yaml", "content/communes.yaml", "content/criteria.yaml", "content/columns.yaml"];

fn copy(from: &Path, to: &Path) {
    for e in walkdir::WalkDir::new(from).into_iter().filter_map(Result::ok) {
        let dest = to.join(e.path().strip_prefix(from).unwrap());
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(e.path(), &dest).unwrap();
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = tempfile::tempdir().unwrap();
    copy(&repo.join("tests/fixtures/site"), dir.path());
    copy(&repo.join("themes"), &dir.path().join("themes"));
    std::fs::write(dir.path().join(FILES[usize::from(pick) % FILES.len()]), rest).unwrap();
    let Ok(project) = Project::load(dir.path()) else { return };
    if project.has_errors() {
        return;
    }
    let out = dir.path().join("public");
    let code = guong::fuzz::build(dir.path(), &out);
    assert!(code <= 2, "exit code {code}");
    for e in walkdir::WalkDir::new(dir.path()).into_iter().filter_map(Result::ok) {
        let p = e.path();
        let source = p.starts_with(dir.path().join("content")) || p.starts_with(dir.path().join("themes"));
        assert!(p == dir.path() || source || p.starts_with(&out), "written outside the output: {}", p.display());
    }
});
