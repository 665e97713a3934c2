//! The sample site in a real browser (headless Chromium, driven by tests/browser/run.mjs
//! with playwright-core and axe-core), served by `guong serve`.

use crate::support::{copy_dir, repo};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

#[test]
#[cfg_attr(
    not(browser_tests),
    ignore = "needs Chromium and Node packages: run with GUONG_BROWSER_TESTS=1 after `apt-get install chromium` and `npm ci --prefix tests/browser` (.ci/run does both)"
)]
fn both_outlets_in_headless_chromium() {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        std::path::Path::new(&chromium).exists(),
        "Chromium is not installed: `apt-get install chromium` (or set CHROMIUM to its path)"
    );
    assert!(
        repo().join("tests/browser/node_modules/playwright-core").exists(),
        "the Node packages are missing: `npm ci --prefix tests/browser`"
    );
    let site = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("content"), &site.path().join("content"));
    copy_dir(&repo().join("themes"), &site.path().join("themes"));
    let mut serve = Command::new(env!("CARGO_BIN_EXE_guong"))
        .args(["serve", "--port", "0"])
        .current_dir(site.path())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(serve.stdout.take().unwrap()).lines();
    let origin = loop {
        let line = lines.next().expect("serve printed its address").unwrap();
        if let Some(rest) = line.strip_prefix("guong serve: ") {
            break rest.trim_end_matches('/').to_owned();
        }
    };
    std::thread::spawn(move || for _ in lines {});
    let shots = repo().join("target/browser-screenshots");
    let out = Command::new("node")
        .arg(repo().join("tests/browser/run.mjs"))
        .args([origin.as_str(), &shots.display().to_string(), "cong-thong-tin", "trung-tam-van-hoa"])
        .env("CHROMIUM", &chromium)
        .output()
        .expect("node runs");
    let _ = serve.kill();
    let _ = serve.wait();
    println!("{}", String::from_utf8_lossy(&out.stdout));
    eprintln!("{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "the browser test failed:\n{}", String::from_utf8_lossy(&out.stderr));
}
