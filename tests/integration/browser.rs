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

/// Full-text search of a 10,000-story outlet (made by `benches/gen_sites.py`), served by
/// nginx with its `.gz` copies: each query's script and index files, logged by the
/// browser from a cold cache, stay under 150 KB, and queries typed with tone marks rank
/// their own spelling first (tests/browser/search.mjs).
#[test]
#[cfg_attr(
    not(browser_tests),
    ignore = "needs Chromium, Node packages, nginx and python3: run with GUONG_BROWSER_TESTS=1 (.ci/run installs them)"
)]
fn searching_ten_thousand_stories_downloads_little() {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let tmp = tempfile::tempdir().unwrap();
    let made = Command::new("python3")
        .arg(repo().join("benches/gen_sites.py"))
        .arg("10000")
        .arg(tmp.path().join("gen"))
        .output()
        .expect("python3 runs");
    assert!(made.status.success(), "gen_sites.py: {}", String::from_utf8_lossy(&made.stderr));
    let root = tmp.path().join("gen/guong");
    // Search needs none of the loudspeaker scripts, sheets, booklets or share images.
    let site = root.join("content/site.yaml");
    let text = std::fs::read_to_string(&site).unwrap();
    let text = ["scripts", "print", "booklet", "share"]
        .iter()
        .fold(text, |t, k| t.replace(&format!("  {k}: true"), &format!("  {k}: false")));
    std::fs::write(&site, text).unwrap();
    let ports: [u16; 3] = crate::nginx::free_ports();
    let out = tmp.path().join("out");
    let bases: Vec<String> = OUTLETS.iter().zip(ports).map(|(o, p)| format!("{o}=http://127.0.0.1:{p}/")).collect();
    let mut args = vec!["build".to_owned(), "--out".into(), out.display().to_string()];
    for b in &bases {
        args.extend(["--base-url".to_owned(), b.clone()]);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let built = crate::support::guong_in(&root, &args);
    assert_eq!(built.code, 0, "{}", built.stderr);
    let _server = Nginx::start(&out.join("nginx"), ports);
    let run = Command::new("node")
        .arg(repo().join("tests/browser/search.mjs"))
        .arg(format!("http://127.0.0.1:{}/tim-kiem/", ports[0]))
        .arg("150")
        .env("CHROMIUM", &chromium)
        .output()
        .expect("node runs");
    println!("{}", String::from_utf8_lossy(&run.stdout));
    assert!(run.status.success(), "the search test failed:\n{}", String::from_utf8_lossy(&run.stderr));
}
