//! What the preview serves: pages from memory, static files and photos from disk (by exact
//! key, so no URL reaches outside them), and a server-sent-events channel that tells
//! browsers to reload, or to show the findings that block the build.

use super::server::{Answer, App, Reply, Request};
use super::state::Site;
use std::sync::mpsc::{Receiver, Sender};
use std::sync::{Arc, Mutex, RwLock};

pub const EVENTS: &str = "/__guong/events";
pub const SCRIPT: &str = "/__guong/live.js";

/// Injected before `</body>` of every HTML page in serve mode only; never in `build`.
const TAG: &str = "<script src=\"/__guong/live.js\" defer></script>";

const LIVE_JS: &str = r#"(function () {
  var box = null;
  function overlay(lines) {
    if (!box) {
      box = document.createElement("div");
      box.id = "guong-overlay";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;background:#3b0d0d;color:#fff;font:14px/1.5 ui-monospace,monospace;padding:1rem 1.2rem;border-top:4px solid #ff6b6b;white-space:pre-wrap";
      document.body.appendChild(box);
    }
    box.textContent = "guong: trang chưa được dựng lại vì còn lỗi (đang hiển thị bản tốt gần nhất)\n\n" + lines.join("\n");
  }
  var es = new EventSource("/__guong/events");
  var version = null;
  es.addEventListener("state", function (e) {
    var s = JSON.parse(e.data);
    if (s.errors.length) { overlay(s.errors); version = version || s.version; return; }
    if (box) { box.remove(); box = null; }
    if (version !== null && s.version !== version) { location.reload(); }
    version = s.version;
  });
})();
"#;

/// Everyone listening for reloads.
#[derive(Default, Clone)]
pub struct Clients {
    senders: Arc<Mutex<Vec<Sender<String>>>>,
}

impl Clients {
    pub fn broadcast(&self, site: &Site) {
        let msg = state_event(site);
        if let Ok(mut list) = self.senders.lock() {
            list.retain(|tx| tx.send(msg.clone()).is_ok());
        }
    }
    fn join(&self, site: &Site) -> Receiver<String> {
        let (tx, rx) = std::sync::mpsc::channel();
        let _ = tx.send(state_event(site));
        if let Ok(mut list) = self.senders.lock() {
            list.push(tx);
        }
        rx
    }
}

fn state_event(site: &Site) -> String {
    let data = serde_json::json!({ "version": site.version, "errors": site.errors });
    format!("event: state\ndata: {data}\n\n")
}

fn mime(path: &str) -> &'static str {
    let ext = path.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "html" => "text/html; charset=utf-8",
        "xml" => "application/xml; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "gif" => "image/gif",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn inject(page: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(page);
    match text.rfind("</body>") {
        Some(i) => format!("{}{TAG}{}", &text[..i], &text[i..]).into_bytes(),
        None => format!("{text}{TAG}").into_bytes(),
    }
}

fn not_found(site: &Site, prefix: Option<&str>) -> Reply {
    let body = prefix
        .and_then(|p| site.outlets.iter().find(|o| o.id == p))
        .and_then(|o| o.pages.get("/404.html"))
        .map(|b| inject(b))
        .unwrap_or_else(|| inject(b"<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><title>404</title><body><h1>Kh\xc3\xb4ng t\xc3\xacm th\xe1\xba\xa5y trang</h1></body></html>"));
    Reply::new(404, body).with("Content-Type", "text/html; charset=utf-8")
}

/// The index at `/`: which outlet lives under which path.
fn index(site: &Site) -> Vec<u8> {
    let mut s = String::from(
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>guong serve</title></head><body><main><h1>Xem trước</h1><ul>",
    );
    for o in &site.outlets {
        s.push_str(&format!("<li><a href=\"/{0}/\">/{0}/</a></li>", o.id));
    }
    s.push_str("</ul></main></body></html>");
    inject(s.as_bytes())
}

/// The site as the server sees it: each request is answered from the site current when
/// it arrives.
pub fn app(site: Arc<RwLock<Arc<Site>>>, clients: Clients) -> App {
    Arc::new(move |req: &Request| {
        let current = site.read().map(|s| Arc::clone(&s)).unwrap_or_default();
        let url = req.target.split(['?', '#']).next().unwrap_or("/");
        if url == EVENTS {
            if req.head_only {
                return Answer::Reply(
                    Reply::new(200, Vec::new())
                        .with("Content-Type", "text/event-stream")
                        .with("Cache-Control", "no-cache"),
                );
            }
            return Answer::Stream(clients.join(&current));
        }
        Answer::Reply(route(&current, url))
    })
}

fn route(site: &Site, url: &str) -> Reply {
    if url == SCRIPT {
        return Reply::new(200, LIVE_JS.as_bytes().to_vec()).with("Content-Type", "text/javascript; charset=utf-8");
    }
    if url == "/" {
        return Reply::new(200, index(site)).with("Content-Type", "text/html; charset=utf-8");
    }
    // `/outlet/rest`: the outlet is the first segment; the rest is looked up by key.
    let trimmed = url.trim_start_matches('/');
    let (prefix, rest) = trimmed.split_once('/').map_or((trimmed, "/".to_owned()), |(p, r)| (p, format!("/{r}")));
    let Some(outlet) = site.outlets.iter().find(|o| o.id == prefix) else {
        return not_found(site, None);
    };
    if !url[1..].contains('/') {
        return Reply::new(301, Vec::new()).with("Location", &format!("/{prefix}/"));
    }
    let key = rest.strip_suffix("index.html").unwrap_or(&rest);
    if let Some(page) = outlet.pages.get(key) {
        let m = mime(if key.ends_with('/') { "x.html" } else { key });
        let body = if m.starts_with("text/html") { inject(page) } else { page.to_vec() };
        return Reply::new(200, body).with("Content-Type", m).with("Cache-Control", "no-store");
    }
    if !key.ends_with('/') && outlet.pages.contains_key(&format!("{key}/")) {
        return Reply::new(301, Vec::new()).with("Location", &format!("/{prefix}{key}/"));
    }
    if let Some(file) = outlet.files.get(key) {
        // Sent as it is read: a large file is never held in memory whole.
        if let Ok(reply) = std::fs::File::open(file).and_then(Reply::file) {
            return reply.with("Content-Type", mime(key));
        }
    }
    not_found(site, Some(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::server::Body;
    use crate::serve::state::ServedOutlet;

    fn site() -> Site {
        let mut o = ServedOutlet { id: "a".into(), ..Default::default() };
        o.pages.insert("/".into(), Arc::new(b"<html><body>home</body></html>".to_vec()));
        o.pages.insert("/bai-viet/x/".into(), Arc::new(b"<html><body>x</body></html>".to_vec()));
        o.pages.insert("/rss.xml".into(), Arc::new(b"<rss/>".to_vec()));
        Site { outlets: vec![o], errors: vec![], version: 1 }
    }

    fn body(r: Reply) -> (u16, String) {
        match r.body {
            Body::Bytes(b) => (r.status, String::from_utf8(b).unwrap()),
            Body::File(..) => (r.status, "<file>".into()),
        }
    }

    #[test]
    fn pages_get_the_live_script_and_feeds_do_not() {
        let (code, page) = body(route(&site(), "/a/bai-viet/x/"));
        assert_eq!(code, 200);
        assert!(page.contains("live.js"));
        assert_eq!(body(route(&site(), "/a/bai-viet/x/index.html")).0, 200);
        let (_, feed) = body(route(&site(), "/a/rss.xml"));
        assert_eq!(feed, "<rss/>");
    }

    #[test]
    fn nothing_outside_the_site_is_reachable() {
        for url in
            ["/../Cargo.toml", "/a/../../Cargo.toml", "/a/%2e%2e/Cargo.toml", "/a/..%2fCargo.toml", "/etc/passwd"]
        {
            assert_eq!(body(route(&site(), url)).0, 404, "{url}");
        }
    }
}
