//! The editors' admin in headless Chromium (tests/browser/cms.mjs) against Decap CMS's
//! local backend (decap-server) on a copy of the sample site, with `guong serve` serving
//! the admin and checking drafts: a story created through the form with a criterion left
//! empty gets guong's message at that field and is not saved; filled, it is saved, passes
//! `check` and is published by `build`; an existing story's summary edited through the
//! form changes that value only.

use super::admin::serve;
use crate::support::{Site, repo, sample_site};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const EXISTING: &str = "2023/anh-hoang-van-lam-cai-tien-may-cuon-rom-cho-dong-ruong-nho";
const CREATED: &str = "content/stories/2025/anh-nguyen-van-thu-va-mo-hinh-nuoi-ong.md";

struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Front matter (parsed with serde_yaml) and body of a story file.
fn story(text: &str) -> (serde_yaml::Mapping, String) {
    let rest = text.strip_prefix("---\n").expect("front matter");
    let (front, body) = rest.split_once("\n---\n").expect("closing fence");
    (serde_yaml::from_str(front).expect("YAML"), body.to_owned())
}

/// A free port on this machine.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Waits until something listens on `port`.
fn listening(port: u16, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "{what} did not start");
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// `guong cms` on the site, and Decap's local backend (decap-server) saving into it, on
/// a free port (its default, 8081, may be taken) named in the admin's configuration.
fn admin_with_decap(site: &Site) -> Killed {
    let modules = repo().join("tests/browser/node_modules");
    assert!(modules.join("decap-server").exists(), "the Node packages are missing: `npm ci --prefix tests/browser`");
    let dist = modules.join("decap-cms/dist");
    assert_eq!(site.guong(&["cms", "--decap", dist.to_str().unwrap()]).code, 0);
    let port = free_port();
    let config = site.read("admin/config.yml");
    let local = format!("local_backend:\n  url: http://localhost:{port}/api/v1");
    site.write("admin/config.yml", &config.replace("local_backend: true", &local));
    let decap = Killed(
        Command::new("node")
            .arg(modules.join("decap-server/dist/index.js"))
            .env("GIT_REPO_DIRECTORY", site.path())
            .env("PORT", port.to_string())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("node runs"),
    );
    listening(port, "decap-server");
    decap
}

/// The admin served by a plain web server (as nginx would serve it for a forge), with
/// no `guong serve` behind it: the form saves, and says guong did not check the draft
/// (`guong check` in the forge's CI does).
#[test]
#[cfg_attr(
    not(browser_tests),
    ignore = "needs Chromium and the Node packages (decap-cms, decap-server, playwright-core): run with GUONG_BROWSER_TESTS=1 after `npm ci --prefix tests/browser`"
)]
fn without_guong_serve_the_form_saves_and_says_it_was_not_checked() {
    let site = Site { dir: sample_site() };
    let _decap = admin_with_decap(&site);
    let port = free_port();
    let _web = Killed(
        Command::new("python3")
            .args(["-m", "http.server", "--bind", "127.0.0.1", &port.to_string()])
            .current_dir(site.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3 runs"),
    );
    listening(port, "python3 -m http.server");
    let out = Command::new("node")
        .arg(repo().join("tests/browser/cms-unchecked.mjs"))
        .arg(format!("http://127.0.0.1:{port}"))
        .output()
        .expect("node runs");
    println!("{}", String::from_utf8_lossy(&out.stdout));
    assert!(out.status.success(), "the browser test failed:\n{}", String::from_utf8_lossy(&out.stderr));
    let saved = site.read("content/stories/2025/chi-tran-thi-mau-va-vuon-cam.md");
    let (front, _) = story(&saved);
    assert_eq!(front.get("commune").and_then(|v| v.as_str()), Some("tho-tan"));
}

#[test]
#[cfg_attr(
    not(browser_tests),
    ignore = "needs Chromium and the Node packages (decap-cms, decap-server, playwright-core): run with GUONG_BROWSER_TESTS=1 after `npm ci --prefix tests/browser`"
)]
fn a_story_through_the_form_gets_guongs_findings_at_its_fields() {
    let site = Site { dir: sample_site() };
    let _decap = admin_with_decap(&site);
    let server = serve(&site, &[]);
    let before = site.read(&format!("content/stories/{EXISTING}.md"));
    let shots = repo().join("target/browser-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let out = Command::new("node")
        .arg(repo().join("tests/browser/cms.mjs"))
        .arg(format!("http://127.0.0.1:{}", server.port))
        .arg(&shots)
        .arg(EXISTING)
        .output()
        .expect("node runs");
    println!("{}", String::from_utf8_lossy(&out.stdout));
    assert!(out.status.success(), "the browser test failed:\n{}", String::from_utf8_lossy(&out.stderr));
    drop(server);
    // Saved through the form: passes `check` (the patched admin only warns) and is published.
    assert!(site.exists(CREATED), "the story was not written");
    let check = site.guong(&["check"]);
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
    let built = tempfile::tempdir().unwrap();
    assert_eq!(site.guong(&["build", "--out", built.path().to_str().unwrap()]).code, 0);
    let page = built.path().join("cong-thong-tin/bai-viet/anh-nguyen-van-thu-va-mo-hinh-nuoi-ong/index.html");
    assert!(page.exists(), "not published: {}", page.display());
    // The edited story: the summary changed, every other key and value and the body kept.
    let (mut was, was_body) = story(&before);
    let (mut now, now_body) = story(&site.read(&format!("content/stories/{EXISTING}.md")));
    assert_eq!(
        now.remove("summary").and_then(|v| v.as_str().map(str::to_owned)).as_deref(),
        Some("Tóm tắt mới, sửa qua trang biên tập.")
    );
    was.remove("summary");
    assert_eq!(now, was, "keys or values changed through the form");
    assert_eq!(now_body.trim_end(), was_body.trim_end(), "the body changed");
}
