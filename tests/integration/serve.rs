//! `guong serve` against a temporary copy of the fixture: live edits, broken YAML with
//! the last good site still served, a deleted story, and no path traversal.

use crate::support::Site;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(site: &Site) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_guong"))
        .args(["serve", "--port", "0"])
        .current_dir(site.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let line = rx.recv_timeout(deadline.saturating_duration_since(Instant::now())).expect("serve printed its address");
        if let Some(rest) = line.strip_prefix("guong serve: http://127.0.0.1:") {
            let port = rest.trim_end_matches('/').parse().unwrap();
            // Keep draining its output so that it never blocks on a full pipe.
            std::thread::spawn(move || while rx.recv().is_ok() {});
            return Server { child, port };
        }
    }
}

fn get(port: u16, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let text = String::from_utf8_lossy(&buf).into_owned();
    let code = text.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_owned()).unwrap_or_default();
    (code, body)
}

/// The first state event of the live-reload stream.
fn state(port: u16) -> serde_json::Value {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(s, "GET /__guong/events HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
    let mut text = String::new();
    let mut byte = [0u8; 1];
    while !text.contains("}\n\n") {
        if s.read(&mut byte).unwrap_or(0) == 0 {
            break;
        }
        text.push(byte[0] as char);
    }
    let data = text.lines().find_map(|l| l.strip_prefix("data: ")).expect("a state event");
    serde_json::from_str(data).unwrap()
}

/// Polls until `ok` holds (bounded: a failure, not a hang).
fn until(what: &str, mut ok: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
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
    assert!(!get(port, "/cong-thong-tin/dia-phuong/tho-phu/rss.xml").1.contains("doi-dan-quan-xuan-thinh"), "nor the unit it merged into");

    // Nothing outside the output, however the path is spelled.
    for path in ["/../Cargo.toml", "/cong-thong-tin/../../Cargo.toml", "/cong-thong-tin/%2e%2e/%2e%2e/Cargo.toml", "/cong-thong-tin/../content/site.yaml"] {
        assert_eq!(get(port, path).0, 404, "{path}");
    }
    // The built output on disk never received the reload script.
    assert!(!site.exists("public"), "serve writes nothing to public/");
}
