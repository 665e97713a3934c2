//! `guong serve` against a temporary copy of the fixture: live edits, broken YAML with
//! the last good site still served, a deleted story, no path traversal, and drafts and
//! scheduled stories only with `--drafts` and `--future`; and the
//! server under abuse: stalled clients, oversized requests, other methods, and watched
//! folders that are removed and come back.

use crate::support::{Site, copy_dir};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `guong serve`, ended when dropped (also used by the editors' tests, `i30_cms`).
pub(crate) struct Server {
    child: Child,
    pub(crate) port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(site: &Site) -> Server {
    start_with(site, &[])
}

pub(crate) fn start_with(site: &Site, flags: &[&str]) -> Server {
    let child = Command::new(env!("CARGO_BIN_EXE_guong"))
        .args(["serve", "--port", "0"])
        .args(flags)
        .current_dir(site.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    // Owned by a `Server` at once: a failure below still ends the process.
    let mut server = Server { child, port: 0 };
    let stdout = server.child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    // Generous: the first build of a sample site on a loaded machine.
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let line =
            rx.recv_timeout(deadline.saturating_duration_since(Instant::now())).expect("serve printed its address");
        if let Some(rest) = line.strip_prefix("guong serve: http://127.0.0.1:") {
            server.port = rest.trim_end_matches('/').parse().unwrap();
            // Keep draining its output so that it never blocks on a full pipe.
            std::thread::spawn(move || while rx.recv().is_ok() {});
            return server;
        }
    }
}

fn get(port: u16, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(PATIENCE)).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let text = String::from_utf8_lossy(&buf).into_owned();
    let code = text.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_owned()).unwrap_or_default();
    (code, body)
}

/// A live-reload stream, as a page opens it.
fn listen(port: u16) -> TcpStream {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(PATIENCE)).unwrap();
    write!(s, "GET /__guong/events HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
    s
}

/// The next state event on a live-reload stream (comments that keep it open are skipped).
fn next_state(s: &mut TcpStream) -> serde_json::Value {
    let mut block = Vec::new();
    let mut byte = [0u8; 1];
    loop {
        assert_eq!(s.read(&mut byte).unwrap_or(0), 1, "the stream ended");
        block.push(byte[0]);
        if block.ends_with(b"\n\n") {
            let text = String::from_utf8_lossy(&block);
            if let Some(data) = text.lines().find_map(|l| l.strip_prefix("data: ")) {
                return serde_json::from_str(data).unwrap();
            }
            block.clear();
        }
    }
}

/// The first state event of the live-reload stream.
fn state(port: u16) -> serde_json::Value {
    next_state(&mut listen(port))
}

/// How long a test waits for what should come at once: generous, for a loaded machine,
/// since it ends as soon as the awaited state is there.
const PATIENCE: Duration = Duration::from_secs(120);

/// Polls until `ok` holds (bounded: a failure, not a hang).
fn until(what: &str, mut ok: impl FnMut() -> bool) {
    let deadline = Instant::now() + PATIENCE;
    while !ok() {
        assert!(Instant::now() < deadline, "timed out waiting for: {what}");
        std::thread::sleep(Duration::from_millis(25));
    }
}

const STORY: &str = "/cong-thong-tin/bai-viet/chi-hoa-dua-luoi/";
const FILE: &str = "content/stories/2024/chi-hoa-dua-luoi.md";

#[test]
fn live_edits_errors_deletions_and_traversal() {
    let site = Site::new("site");
    let server = start(&site);
    let port = server.port;
    let (code, page) = get(port, STORY);
    assert_eq!(code, 200);
    assert!(page.contains("Chị Lê Thị Hoa và mô hình dưa lưới nhà màng"));
    assert!(page.contains("/__guong/live.js"), "serve injects its reload script");
    assert!(get(port, "/cong-thong-tin/rss.xml").1.contains("http://127.0.0.1:"), "links point at the preview");

    // An edited title: an atomic save (write beside, rename over), as editors do.
    let text = site.read(FILE).replace("Chị Lê Thị Hoa và mô hình dưa lưới nhà màng", "Chị Hoa và nhà màng mới");
    site.write("content/stories/2024/.chi-hoa.md.tmp", &text);
    std::fs::rename(site.path().join("content/stories/2024/.chi-hoa.md.tmp"), site.path().join(FILE)).unwrap();
    until("the new title is served", || get(port, STORY).1.contains("Chị Hoa và nhà màng mới"));
    assert!(get(port, "/cong-thong-tin/dia-phuong/tho-tan/rss.xml").1.contains("Chị Hoa và nhà màng mới"));

    // Half-written YAML: the error is shown, the last good page is still served.
    site.write(FILE, "---\ntitle: \"Chị Hoa\nkind: story\n");
    until("the overlay reports the error", || {
        let s = state(port);
        s["errors"].as_array().is_some_and(|e| e.iter().any(|l| l.as_str().unwrap().starts_with(FILE)))
    });
    let (code, page) = get(port, STORY);
    assert_eq!(code, 200);
    assert!(page.contains("Chị Hoa và nhà màng mới"), "the last good page");

    // Fixed: the overlay clears.
    site.write(FILE, &text.replace("Chị Hoa và nhà màng mới", "Chị Hoa đã sửa xong"));
    until("the error clears", || state(port)["errors"].as_array().is_some_and(Vec::is_empty));
    assert!(get(port, STORY).1.contains("Chị Hoa đã sửa xong"));

    // A deleted story leaves its commune page and feed.
    std::fs::remove_file(site.path().join("content/stories/2024/doi-dan-quan-xuan-thinh.md")).unwrap();
    until("the story is gone", || get(port, "/cong-thong-tin/bai-viet/doi-dan-quan-xuan-thinh/").0 == 404);
    let (_, unit) = get(port, "/cong-thong-tin/dia-phuong/xuan-thinh/");
    assert!(!unit.contains("/bai-viet/doi-dan-quan-xuan-thinh/"));
    assert!(!get(port, "/cong-thong-tin/dia-phuong/xuan-thinh/rss.xml").1.contains("doi-dan-quan-xuan-thinh"));
    assert!(
        !get(port, "/cong-thong-tin/dia-phuong/tho-phu/rss.xml").1.contains("doi-dan-quan-xuan-thinh"),
        "nor the unit it merged into"
    );

    // Nothing outside the output, however the path is spelled.
    for path in [
        "/../Cargo.toml",
        "/cong-thong-tin/../../Cargo.toml",
        "/cong-thong-tin/%2e%2e/%2e%2e/Cargo.toml",
        "/cong-thong-tin/../content/site.yaml",
    ] {
        assert_eq!(get(port, path).0, 404, "{path}");
    }
    // The built output on disk never received the reload script.
    assert!(!site.exists("public"), "serve writes nothing to public/");
}

#[test]
fn drafts_and_future_stories_are_shown_only_when_asked() {
    let site = Site::new("site");
    // The fixture's draft, and its story dated 2099.
    let pages = ["/cong-thong-tin/bai-viet/ban-nhap/", "/cong-thong-tin/bai-viet/tuong-lai/"];
    {
        let server = start(&site);
        assert_eq!(get(server.port, STORY).0, 200);
        for page in pages {
            assert_eq!(get(server.port, page).0, 404, "{page}: as `build` publishes");
        }
    }
    let server = start_with(&site, &["--drafts", "--future"]);
    for page in pages {
        assert_eq!(get(server.port, page).0, 200, "{page} with --drafts --future");
    }
    drop(server);
    let server = start_with(&site, &["--drafts"]);
    assert_eq!(get(server.port, pages[0]).0, 200, "the draft with --drafts");
    assert_eq!(get(server.port, pages[1]).0, 404, "but not the story dated 2099");
}

/// Sends `request` as it is and reads the answer to its end: (status, head, body).
fn exchange(port: u16, request: &[u8]) -> (u16, String, Vec<u8>) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(PATIENCE)).unwrap();
    // The server may answer, and stop reading, before all of an oversized request is sent.
    let _ = s.write_all(request);
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let split = buf.windows(4).position(|w| w == b"\r\n\r\n").map_or(buf.len(), |i| i + 4);
    let head = String::from_utf8_lossy(&buf[..split]).into_owned();
    let code = head.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    (code, head, buf[split..].to_vec())
}

fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().find_map(|l| l.split_once(':').filter(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.trim()))
}

#[test]
fn stalled_clients_do_not_block_other_requests() {
    let site = Site::new("site");
    // Far more than the socket buffers hold, so that the server's writes to a client that
    // never reads block.
    site.write("themes/cong-thong-tin/static/lon.txt", &"x".repeat(32 << 20));
    let server = start(&site);
    let mut live = listen(server.port);
    let before = next_state(&mut live);
    let stalled: Vec<TcpStream> = (0..6)
        .map(|i| {
            let mut s = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
            write!(s, "GET /cong-thong-tin/lon.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
            // The status line only: the server is busy answering, and the rest is never read.
            s.set_read_timeout(Some(PATIENCE)).unwrap();
            let mut status = [0u8; 12];
            s.read_exact(&mut status).unwrap_or_else(|e| panic!("stalled client {i} got no answer: {e}"));
            assert_eq!(&status, b"HTTP/1.1 200");
            s
        })
        .collect();
    let (code, page) = get(server.port, STORY);
    assert_eq!(code, 200, "answered while {} clients stall", stalled.len());
    assert!(page.contains("Chị Lê Thị Hoa và mô hình dưa lưới nhà màng"));
    // Live reload goes on: an open page hears of an edit, and a new page can listen.
    retitle(&site, "Tiêu đề khi có khách treo");
    let after = next_state(&mut live);
    assert_ne!(after["version"], before["version"]);
    assert!(get(server.port, STORY).1.contains("Tiêu đề khi có khách treo"));
    assert!(state(server.port)["errors"].as_array().is_some_and(Vec::is_empty));
}

#[test]
fn oversized_requests_are_refused() {
    let site = Site::new("site");
    let server = start(&site);
    let port = server.port;
    let pad = "a".repeat(64 << 10);
    let (code, ..) = exchange(
        port,
        format!("GET {STORY} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Dem: {pad}\r\n\r\n").as_bytes(),
    );
    assert_eq!(code, 431, "a 64 KiB header");
    let many: String = (0..200).map(|i| format!("X-Dem-{i}: 1\r\n")).collect();
    let (code, ..) = exchange(
        port,
        format!("GET {STORY} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n{many}\r\n").as_bytes(),
    );
    assert_eq!(code, 431, "200 headers");
    let (code, ..) =
        exchange(port, format!("GET /{pad} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").as_bytes());
    assert_eq!(code, 414, "a 64 KiB URL");

    // Bodies are never read: a large one is refused before any of it is.
    let body = "b".repeat(64 << 10);
    let huge = format!(
        "POST {STORY} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: 1099511627776\r\n\r\n{body}"
    );
    let (code, ..) = exchange(port, huge.as_bytes());
    assert!(code == 405 || code == 413, "a POST of 1 TiB: {code}");
    let (code, ..) = exchange(
        port,
        format!(
            "GET {STORY} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: 2097152\r\n\r\n{body}"
        )
        .as_bytes(),
    );
    assert_eq!(code, 413, "a GET with a 2 MiB body");
    let (code, _, page) = exchange(
        port,
        format!("GET {STORY} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: 5\r\n\r\nhello")
            .as_bytes(),
    );
    assert_eq!(code, 200, "a small body is ignored");
    assert!(String::from_utf8_lossy(&page).contains("nhà màng"));

    assert_eq!(get(port, STORY).0, 200, "the server still answers");
}

#[test]
fn only_get_and_head_are_allowed() {
    let site = Site::new("site");
    let server = start(&site);
    let port = server.port;
    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
        let (code, head, _) = exchange(
            port,
            format!(
                "{method} {STORY} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{{}}"
            )
            .as_bytes(),
        );
        assert_eq!(code, 405, "{method}");
        assert_eq!(header(&head, "Allow"), Some("GET, HEAD"), "{method}: {head}");
    }
    let (code, head, body) =
        exchange(port, format!("HEAD {STORY} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").as_bytes());
    assert_eq!(code, 200);
    assert!(body.is_empty(), "HEAD has no body");
    let length: usize = header(&head, "Content-Length").and_then(|v| v.parse().ok()).unwrap_or(0);
    assert!(length > 1000, "HEAD tells the length of the page: {head}");
    assert!(header(&head, "Content-Type").is_some_and(|t| t.starts_with("text/html")));
    // The live-reload stream answers a HEAD at once, without streaming.
    let (code, head, body) =
        exchange(port, b"HEAD /__guong/events HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    assert_eq!((code, body.len()), (200, 0));
    assert_eq!(header(&head, "Content-Type"), Some("text/event-stream"));
}

/// Gives the fixture story a new title, as an editor's save does.
fn retitle(site: &Site, title: &str) {
    let text = site.read(FILE);
    let old = text.lines().find_map(|l| l.strip_prefix("title: ")).expect("a title line").to_owned();
    site.write(FILE, &text.replacen(&format!("title: {old}"), &format!("title: \"{title}\""), 1));
}

fn error_count(port: u16) -> usize {
    state(port)["errors"].as_array().map_or(0, Vec::len)
}

#[test]
fn watcher_recovers_when_content_and_themes_come_back() {
    let site = Site::new("site");
    let server = start(&site);
    let port = server.port;
    let away = tempfile::tempdir().unwrap();
    let (content, themes) = (site.path().join("content"), site.path().join("themes"));

    // Moved away and back, as in a file manager.
    std::fs::rename(&content, away.path().join("content")).unwrap();
    until("the missing content/ is reported", || error_count(port) > 0);
    std::fs::rename(away.path().join("content"), &content).unwrap();
    until("the site builds again", || error_count(port) == 0);
    retitle(&site, "Tiêu đề sau khi chuyển về");
    until("an edit after the move is served", || get(port, STORY).1.contains("Tiêu đề sau khi chuyển về"));

    // Deleted and restored from a copy (new folders, new files), as from a backup.
    copy_dir(&content, &away.path().join("content-copy"));
    std::fs::remove_dir_all(&content).unwrap();
    until("the deleted content/ is reported", || error_count(port) > 0);
    copy_dir(&away.path().join("content-copy"), &content);
    until("the site builds again", || error_count(port) == 0);
    retitle(&site, "Tiêu đề sau khi khôi phục");
    until("an edit after the restore is served", || get(port, STORY).1.contains("Tiêu đề sau khi khôi phục"));

    // The same for themes/: a template edited after the restore is used.
    copy_dir(&themes, &away.path().join("themes-copy"));
    std::fs::remove_dir_all(&themes).unwrap();
    until("the deleted themes/ is reported", || error_count(port) > 0);
    copy_dir(&away.path().join("themes-copy"), &themes);
    until("the site builds again", || error_count(port) == 0);
    let template = "themes/cong-thong-tin/templates/story.html";
    site.write(
        template,
        &site.read(template).replace("<div class=\"story-grid\">", "<div class=\"story-grid\" data-khoi-phuc=\"1\">"),
    );
    until("a template edit after the restore is served", || get(port, STORY).1.contains("data-khoi-phuc=\"1\""));
}

/// Decree 13/2023 in the preview too: consent withdrawn in the exemplar's file takes the
/// person out of every page the server holds, at once and even with `--drafts`.
#[test]
fn a_withdrawn_consent_leaves_the_preview() {
    let site = crate::exemplars::registry_site();
    let server = start_with(&site, &["--drafts"]);
    let port = server.port;
    let pages = [
        "/cong-thong-tin/bai-viet/anh-khai-to-an-ninh/",
        "/cong-thong-tin/guong/tran-van-khai/",
        "/trung-tam-van-hoa/guong/tran-van-khai/rss.xml",
    ];
    for p in pages {
        assert_eq!(get(port, p).0, 200, "{p}");
    }
    let lists = [
        "/cong-thong-tin/",
        "/cong-thong-tin/guong/",
        "/cong-thong-tin/dia-phuong/dong-tien/",
        "/cong-thong-tin/dia-phuong/dong-tien/rss.xml",
        "/cong-thong-tin/tim-kiem/chi-muc/d-0.json",
        "/cong-thong-tin/sitemap.xml",
        "/cong-thong-tin/rss.xml",
    ];
    assert!(get(port, lists[4]).1.contains("Trần Văn Khải"), "indexed before");
    let ex = site.read("content/exemplars/tran-van-khai.yaml");
    site.write(
        "content/exemplars/tran-van-khai.yaml",
        &ex.replace("held_by: dong-tien }", "held_by: dong-tien, withdrawn: 2024-09-01 }"),
    );
    until("the story is gone", || get(port, pages[0]).0 == 404);
    for p in pages {
        assert_eq!(get(port, p).0, 404, "{p}");
    }
    for p in lists {
        let (code, body) = get(port, p);
        assert_eq!(code, 200, "{p}");
        assert!(!body.contains("Trần Văn Khải") && !body.contains("anh-khai-to-an-ninh"), "{p} still names him");
    }
}
