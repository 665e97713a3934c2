//! The editors' side of `serve`: the admin written by `guong cms` (at `/admin/`), and
//! `POST /_guong/check?as=PATH`, which checks a draft as if it were the story file PATH
//! (`Project::check_draft`: the same findings as `check --stdin --as PATH`) and answers
//! them as `check --format json` does. It reads the site and writes nothing; it answers
//! only when the preview listens on loopback, to a page of the preview's own origin.

use super::preview::NoPage;
use super::server;
use crate::diagnostic::{self, Lang, msg};
use crate::project::{Project, is_story_path};
use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use std::path::PathBuf;
use std::sync::Arc;
use tower_http::services::ServeFile;

pub(super) const CHECK: &str = "/_guong/check";
pub(super) const PREVIEW: &str = "/_guong/preview";
const ADMIN: &str = "admin";
/// The admin's Content Security Policy: its scripts from its own folder only (no CDN, no
/// inline script). Measured with Decap CMS 3.16 (test `i30_cms::browser`): it compiles its
/// configuration's schema to functions (ajv: `'unsafe-eval'`), sets styles inline
/// (`'unsafe-inline'`), and talks to its local backend (`decap-server`) on this machine.
/// The published site keeps its strict policy; the guide gives this one for nginx.
pub(crate) const ADMIN_CSP: &str = "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; \
img-src 'self' data: blob:; connect-src 'self' http://localhost:* http://127.0.0.1:*; frame-src 'self'; \
object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'";

#[derive(Clone)]
struct Editors {
    root: Arc<PathBuf>,
    lang: Lang,
    /// Whether the preview listens on a loopback address only.
    loopback: bool,
}

/// The admin's files and the draft check.
pub(super) fn routes(root: PathBuf, lang: Lang, loopback: bool) -> Router {
    let refused = || async { server::refuse(StatusCode::METHOD_NOT_ALLOWED) };
    Router::new()
        .route(CHECK, post(check).fallback(refused))
        .route(PREVIEW, post(preview).fallback(refused))
        .route("/admin/", get(admin).fallback(refused))
        .route("/admin/{*path}", get(admin).fallback(refused))
        .route_layer(server::answer_timeout())
        .with_state(Editors { root: Arc::new(root), lang, loopback })
}

/// Whether a request may have a draft checked: the preview listens on loopback, the
/// request names a loopback host (no other name can be made to point here), and a
/// page that sends it comes from that same origin.
pub(super) fn allowed(loopback: bool, headers: &HeaderMap) -> bool {
    let text = |h| headers.get(h).and_then(|v: &HeaderValue| v.to_str().ok());
    let Some(host) = text(header::HOST) else { return false };
    let name =
        host.rsplit_once(':').map_or(host, |(n, p)| if p.bytes().all(|b| b.is_ascii_digit()) { n } else { host });
    let local = matches!(name, "127.0.0.1" | "localhost" | "[::1]");
    let same_origin = text(header::ORIGIN).is_none_or(|o| o == format!("http://{host}"));
    loopback && local && same_origin
}

/// A draft sent by the form: the story file it stands for and its text; or the answer
/// refusing it (not from this machine's own page, not a story path, too large).
async fn draft(e: &Editors, req: Request) -> Result<(String, String, String), Response> {
    if !allowed(e.loopback, req.headers()) {
        return Err(plain(StatusCode::FORBIDDEN, msg!("serve.check-refused").get(e.lang)));
    }
    let host = req.headers().get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or_default().to_owned();
    let query = req.uri().query().unwrap_or("").to_owned();
    let rel = query.split('&').find_map(|kv| kv.strip_prefix("as=")).map(unescape).unwrap_or_default();
    if !is_story_path(&rel) {
        return Err(plain(StatusCode::BAD_REQUEST, msg!("serve.check-as").get(e.lang)));
    }
    // Over the body limit (`server::MAX_BODY`): 413, from the limit layer.
    let Ok(body) = axum::body::to_bytes(req.into_body(), usize::MAX).await else {
        return Err(StatusCode::PAYLOAD_TOO_LARGE.into_response());
    };
    Ok((format!("http://{host}"), rel, String::from_utf8_lossy(&body).into_owned()))
}

async fn check(State(e): State<Editors>, req: Request) -> Response {
    let (_, rel, text) = match draft(&e, req).await {
        Ok(d) => d,
        Err(refused) => return refused,
    };
    let root = Arc::clone(&e.root);
    let found = tokio::task::spawn_blocking(move || {
        Project::load_read_only(&root).map(|p| diagnostic::to_json(&p.check_draft(&rel, &text), 1, e.lang))
    })
    .await;
    match found {
        Ok(Ok(json)) => {
            let mut reply = (StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], json).into_response();
            reply.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            reply
        }
        Ok(Err(err)) => plain(StatusCode::INTERNAL_SERVER_ERROR, &err.render(e.lang)),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// The draft's page as `build` would render it (`preview::page`), for the form's
/// preview pane; when there is none, a short text saying why (422).
async fn preview(State(e): State<Editors>, req: Request) -> Response {
    let (origin, rel, text) = match draft(&e, req).await {
        Ok(d) => d,
        Err(refused) => return refused,
    };
    let root = Arc::clone(&e.root);
    let made = tokio::task::spawn_blocking(move || super::preview::page(&root, &origin, (&rel, &text), e.lang)).await;
    let why = |t: &str| plain(StatusCode::UNPROCESSABLE_ENTITY, t);
    match made {
        Ok(Ok(page)) => {
            let mut reply =
                (StatusCode::OK, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], page).into_response();
            reply.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            reply
        }
        Ok(Err(NoPage::Unreadable)) => why(msg!("serve.preview-unreadable").get(e.lang)),
        Ok(Err(NoPage::Unpublished)) => why(msg!("serve.preview-unpublished").get(e.lang)),
        Ok(Err(NoPage::Site(text))) => why(&text),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// A file of the admin (`guong cms`), under the site's `admin/` folder only.
async fn admin(State(e): State<Editors>, req: Request) -> Response {
    let rest = req.uri().path().trim_start_matches("/admin/");
    let rest = if rest.is_empty() { "index.html" } else { rest };
    if rest.split('/').any(|p| p.is_empty() || p == ".." || p == "." || p.contains('\\')) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let path = e.root.join(ADMIN).join(rest);
    if !path.is_file() {
        return StatusCode::NOT_FOUND.into_response();
    }
    let mime = match path.extension().and_then(|x| x.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("yml" | "yaml") => "text/yaml; charset=utf-8",
        _ => "application/octet-stream",
    };
    match ServeFile::new(path).try_call(req).await {
        Ok(mut reply) => {
            if reply.status().is_success() {
                reply.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
                reply.headers_mut().insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(ADMIN_CSP));
            }
            reply.into_response()
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// A query value with its `%XX` escapes decoded (`+` is a space).
fn unescape(v: &str) -> String {
    let b = v.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex =
            b.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok()).and_then(|h| u8::from_str_radix(h, 16).ok());
        match (b[i], hex) {
            (b'%', Some(x)) => {
                out.push(x);
                i += 3;
                continue;
            }
            (b'+', _) => out.push(b' '),
            (c, _) => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn plain(status: StatusCode, text: &str) -> Response {
    (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], format!("{text}\n")).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(header::HeaderName, &'static str)]) -> HeaderMap {
        pairs.iter().map(|(k, v)| (k.clone(), HeaderValue::from_static(v))).collect()
    }

    #[test]
    fn query_values_are_unescaped() {
        assert_eq!(unescape("content%2Fstories%2F2024%2Fa.md"), "content/stories/2024/a.md");
        assert_eq!(unescape("a+b%"), "a b%");
    }

    #[test]
    fn only_loopback_and_the_same_origin_may_check() {
        let local = headers(&[(header::HOST, "127.0.0.1:1111")]);
        assert!(allowed(true, &local));
        assert!(!allowed(false, &local), "a preview listening beyond loopback checks nothing");
        assert!(allowed(
            true,
            &headers(&[(header::HOST, "localhost:1111"), (header::ORIGIN, "http://localhost:1111")])
        ));
        assert!(!allowed(true, &headers(&[(header::HOST, "evil.example:1111")])), "a rebound name");
        assert!(!allowed(true, &headers(&[(header::HOST, "127.0.0.1:1111"), (header::ORIGIN, "http://evil.example")])));
        assert!(!allowed(true, &headers(&[])));
    }
}
