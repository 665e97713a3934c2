//! The sample site in a real browser (headless Chromium, driven by tests/browser/run.mjs
//! with playwright-core and axe-core), published with `guong publish` and served by
//! nginx with the configuration guong writes, its Content-Security-Policy included:
//! every page of every outlet is opened and no policy violation may be reported.

use crate::nginx::{LocalSite, Nginx, OUTLETS, files, url_of};
use crate::support::repo;
use std::process::Command;

#[test]
#[cfg_attr(
    not(browser_tests),
    ignore = "needs Chromium, Node packages and nginx: run with GUONG_BROWSER_TESTS=1 after `apt-get install chromium nginx-light` and `npm ci --prefix tests/browser` (.ci/run does all three)"
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
    let site = LocalSite::new();
    let to = tempfile::tempdir().unwrap();
    site.publish(to.path(), &[]);
    let current = to.path().join("current");
    let _server = Nginx::start(&current.join("nginx"), site.ports);
    // Every page of each outlet (not the moved addresses, which only redirect).
    let mut pages = serde_json::Map::new();
    for (i, outlet) in OUTLETS.iter().enumerate() {
        let dir = current.join(outlet);
        let origin = format!("http://127.0.0.1:{}", site.ports[i]);
        let list: Vec<serde_json::Value> = files(&dir)
            .into_iter()
            .filter(|r| r.ends_with(".html"))
            .filter(|r| !std::fs::read_to_string(dir.join(r)).unwrap().contains("http-equiv=\"refresh\""))
            .map(|r| format!("{origin}{}", url_of(i, &r)).into())
            .collect();
        pages.insert((*outlet).to_owned(), list.into());
    }
    let list = to.path().join("pages.json");
    std::fs::write(&list, serde_json::to_string(&pages).unwrap()).unwrap();
    let shots = repo().join("target/browser-screenshots");
    // The walk-through (home, story, Đồng Tiến's page, searching "dong tien") on the two
    // district outlets; every page of all three under the policy.
    let bases: Vec<String> = OUTLETS.iter().take(2).enumerate().map(|(i, o)| format!("{o}={}", site.base(i))).collect();
    let out = Command::new("node")
        .arg(repo().join("tests/browser/run.mjs"))
        .arg(&shots)
        .arg(&list)
        .args(&bases)
        .env("CHROMIUM", &chromium)
        .output()
        .expect("node runs");
    println!("{}", String::from_utf8_lossy(&out.stdout));
    eprintln!("{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "the browser test failed:\n{}", String::from_utf8_lossy(&out.stderr));
}
