//! What the preview serves: pages from memory, static files and photos from disk (by exact
//! key, so no URL reaches outside them), and a server-sent-events channel that tells
//! browsers to reload, or to show the findings that block the build.

use super::server;
use super::state::Site;
use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::convert::Infallible;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::Duration;
use tokio::sync::{Semaphore, watch};
use tokio_stream::StreamExt;
use tokio_stream::wrappers::WatchStream;
use tower_http::services::ServeFile;

pub(super) const EVENTS: &str = "/__guong/events";
pub(super) const SCRIPT: &str = "/__guong/live.js";

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

/// Everyone listening for reloads: each open page watches the latest state.
#[derive(Clone)]
pub(super) struct Clients {
    state: Arc<watch::Sender<String>>,
    /// One permit per open stream (`server::MAX_STREAMS`).
    streams: Arc<Semaphore>,
}

impl Clients {
    pub(super) fn new(site: &Site) -> Clients {
        let (state, _) = watch::channel(state_json(site));
        Clients { state: Arc::new(state), streams: Arc::new(Semaphore::new(server::MAX_STREAMS)) }
    }
    pub(super) fn broadcast(&self, site: &Site) {
        self.state.send_replace(state_json(site));
    }
}

fn state_json(site: &Site) -> String {
    serde_json::json!({ "version": site.version, "errors": site.errors }).to_string()
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

fn not_found(site: &Site, prefix: Option<&str>) -> Response {
    let body = prefix
        .and_then(|p| site.outlets.iter().find(|o| o.id == p))
        .and_then(|o| o.pages.get("/404.html"))
        .map(|b| inject(b))
        .unwrap_or_else(|| inject(b"<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><title>404</title><body><h1>Kh\xc3\xb4ng t\xc3\xacm th\xe1\xba\xa5y trang</h1></body></html>"));
    reply(StatusCode::NOT_FOUND, "text/html; charset=utf-8", body)
}

fn reply(status: StatusCode, mime: &'static str, body: Vec<u8>) -> Response {
    (status, [(header::CONTENT_TYPE, mime)], body).into_response()
}

fn moved(location: String) -> Response {
    (StatusCode::MOVED_PERMANENTLY, [(header::LOCATION, location)]).into_response()
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

/// What the routes share: the site current when a request arrives, and the listeners.
#[derive(Clone)]
struct App {
    site: Arc<RwLock<Arc<Site>>>,
    clients: Clients,
}

/// The routes: every path answers GET and HEAD (the same answer without its body), and
/// nothing else (405). Pages and files are bounded in time; the live-reload stream is not.
pub(super) fn app(site: Arc<RwLock<Arc<Site>>>, clients: Clients) -> Router {
    let refused = || async { server::refuse(StatusCode::METHOD_NOT_ALLOWED) };
    let pages = get(page).fallback(refused);
    Router::new()
        .route("/", pages.clone())
        .route("/{*path}", pages)
        .route_layer(server::answer_timeout())
        .route(EVENTS, get(events).fallback(refused))
        .with_state(App { site, clients })
}

async fn page(State(app): State<App>, req: Request) -> Response {
    let site = app.site.read().map(|s| Arc::clone(&s)).unwrap_or_default();
    match route(&site, req.uri().path()) {
        Found::Reply(reply) => reply,
        // Sent as it is read: a large file is never held in memory whole.
        Found::File(path, mime) => match ServeFile::new(path).try_call(req).await {
            Ok(mut reply) => {
                if reply.status().is_success() {
                    reply.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
                }
                reply.into_response()
            }
            Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        },
    }
}

/// The live-reload stream: the current state at once, then each new one, with a comment
/// every 15 s on a quiet stream so that proxies and browsers keep it open.
async fn events(State(app): State<App>, method: Method) -> Response {
    if method == Method::HEAD {
        let head = [(header::CONTENT_TYPE, "text/event-stream"), (header::CACHE_CONTROL, "no-cache")];
        return head.into_response();
    }
    let Ok(permit) = Arc::clone(&app.clients.streams).try_acquire_owned() else {
        return server::refuse(StatusCode::SERVICE_UNAVAILABLE);
    };
    let states = WatchStream::new(app.clients.state.subscribe()).map(move |data| {
        let _open = &permit; // held as long as the stream is
        Ok::<_, Infallible>(Event::default().event("state").data(data))
    });
    Sse::new(states).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)).text("ping")).into_response()
}

enum Found {
    Reply(Response),
    /// A file on disk, and its type.
    File(PathBuf, &'static str),
}

fn route(site: &Site, url: &str) -> Found {
    if url == SCRIPT {
        return Found::Reply(reply(StatusCode::OK, "text/javascript; charset=utf-8", LIVE_JS.as_bytes().to_vec()));
    }
    if url == "/" {
        return Found::Reply(reply(StatusCode::OK, "text/html; charset=utf-8", index(site)));
    }
    // `/outlet/rest`: the outlet is the first segment; the rest is looked up by key.
    let trimmed = url.trim_start_matches('/');
    let (prefix, rest) = trimmed.split_once('/').map_or((trimmed, "/".to_owned()), |(p, r)| (p, format!("/{r}")));
    let Some(outlet) = site.outlets.iter().find(|o| o.id == prefix) else {
        return Found::Reply(not_found(site, None));
    };
    if !url[1..].contains('/') {
        return Found::Reply(moved(format!("/{prefix}/")));
    }
    let key = rest.strip_suffix("index.html").unwrap_or(&rest);
    if let Some(page) = outlet.pages.get(key) {
        let m = mime(if key.ends_with('/') { "x.html" } else { key });
        let body = if m.starts_with("text/html") { inject(page) } else { page.to_vec() };
        let mut reply = reply(StatusCode::OK, m, body);
        reply.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        return Found::Reply(reply);
    }
    if !key.ends_with('/') && outlet.pages.contains_key(&format!("{key}/")) {
        return Found::Reply(moved(format!("/{prefix}{key}/")));
    }
    match outlet.files.get(key) {
        Some(file) if file.is_file() => Found::File(file.clone(), mime(key)),
        _ => Found::Reply(not_found(site, Some(prefix))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::state::ServedOutlet;

    fn site() -> Site {
        let mut o = ServedOutlet { id: "a".into(), ..Default::default() };
        o.pages.insert("/".into(), Arc::new(b"<html><body>home</body></html>".to_vec()));
        o.pages.insert("/bai-viet/x/".into(), Arc::new(b"<html><body>x</body></html>".to_vec()));
        o.pages.insert("/rss.xml".into(), Arc::new(b"<rss/>".to_vec()));
        Site { outlets: vec![o], errors: vec![], version: 1 }
    }

    fn body(found: Found) -> (u16, String) {
        let Found::Reply(r) = found else { return (200, "<file>".into()) };
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        let status = r.status().as_u16();
        let bytes = runtime.block_on(axum::body::to_bytes(r.into_body(), usize::MAX)).unwrap();
        (status, String::from_utf8(bytes.to_vec()).unwrap())
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
