//! The HTTP side of `serve`: the routes of `http.rs` behind hyper's HTTP/1.1 on a small
//! tokio runtime, with hyper's and tower-http's limits. Tasks, not threads, answer
//! connections, so a client that stalls holds up no one else; the limits below bound
//! what each one may hold, and for how long.

use axum::Router;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::runtime::Runtime;
use tokio::sync::Semaphore;
use tokio_io_timeout::TimeoutStream;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

/// Connections open at once, live-reload streams included; past that, new ones wait in
/// the kernel's queue until one closes.
const MAX_CONNECTIONS: usize = 256;
/// Live-reload streams open at once (one per open page); past that, 503.
pub(super) const MAX_STREAMS: usize = 64;
/// The request line and headers together: 16 KiB, as Node's default. Cookies are shared by
/// every port of `localhost`, so other local apps' cookies come along; 8 KiB is too
/// tight for that. Past it: 414 if the request line alone fills it, else 431.
const MAX_HEAD: usize = 16 << 10;
/// Headers in one request (browsers send about 20); past that, hyper answers 431.
const MAX_HEADERS: usize = 64;
/// hyper's read buffer: a head that does not fit gets 431 from hyper, and a URL over
/// 64 KiB 414. It is larger than `MAX_HEAD` so that a head between the two is read whole,
/// and `limit_head` can tell a long URL (414) from large headers (431).
const READ_BUFFER: usize = 96 << 10;
/// Request body: 1 MiB. No route reads a body; a larger declared length gets 413.
const MAX_BODY: usize = 1 << 20;
/// A request head must arrive within this, from the connection's start or the end of
/// the previous answer: a client that sends it a byte at a time, or an idle
/// keep-alive connection, is closed.
const HEAD_TIMEOUT: Duration = Duration::from_secs(10);
/// An answer must be ready within this (live-reload streams have no such bound: only
/// the routes of pages and files do).
pub(super) const ANSWER_TIMEOUT: Duration = Duration::from_secs(30);
/// Each write must make progress within this: a client that stops reading is let go.
const WRITE_TIMEOUT: Duration = Duration::from_secs(30);

/// Starts a runtime that answers the connections on `listener` with `app`, in the
/// background, until the runtime is shut down.
pub(super) fn start(listener: std::net::TcpListener, app: Router) -> std::io::Result<Runtime> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("guong-serve")
        .enable_io()
        .enable_time()
        .build()?;
    listener.set_nonblocking(true)?;
    let listener = {
        let _context = runtime.enter();
        TcpListener::from_std(listener)?
    };
    let app = app.layer(RequestBodyLimitLayer::new(MAX_BODY)).layer(middleware::from_fn(limit_head));
    runtime.spawn(accept(listener, app));
    Ok(runtime)
}

/// The per-request bound on the routes of pages and files (`ANSWER_TIMEOUT`).
pub(super) fn answer_timeout() -> TimeoutLayer {
    TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, ANSWER_TIMEOUT)
}

async fn accept(listener: TcpListener, app: Router) {
    let permits = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    loop {
        let Ok(permit) = Arc::clone(&permits).acquire_owned().await else { return };
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            // Out of file descriptors, say: give connections time to close.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let mut io = TimeoutStream::new(stream);
        io.set_write_timeout(Some(WRITE_TIMEOUT));
        let service = TowerToHyperService::new(app.clone());
        tokio::spawn(async move {
            let _permit = permit;
            let _ = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(HEAD_TIMEOUT)
                .max_buf_size(READ_BUFFER)
                .max_headers(MAX_HEADERS)
                .serve_connection(TokioIo::new(Box::pin(io)), service)
                .await;
        });
    }
}

/// Holds the request head to `MAX_HEAD`: hyper has read it whole (up to `READ_BUFFER`).
async fn limit_head(req: Request, next: Next) -> Response {
    // As sent: `GET /target HTTP/1.1\r\n`, then `Name: value\r\n` each, then `\r\n`.
    let target = req.uri().path_and_query().map_or(1, |p| p.as_str().len());
    let line = req.method().as_str().len() + target + " HTTP/1.1\r\n".len() + 1;
    let headers: usize = req.headers().iter().map(|(k, v)| k.as_str().len() + v.len() + 4).sum::<usize>() + 2;
    if line > MAX_HEAD {
        return refuse(StatusCode::URI_TOO_LONG);
    }
    if line + headers > MAX_HEAD {
        return refuse(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE);
    }
    next.run(req).await
}

/// A refusal, said in plain words.
pub(super) fn refuse(status: StatusCode) -> Response {
    let kib = MAX_HEAD >> 10;
    let text = match status {
        StatusCode::METHOD_NOT_ALLOWED => "Chỉ nhận GET và HEAD.".to_owned(),
        StatusCode::URI_TOO_LONG => format!("Địa chỉ quá dài (tối đa {kib} KiB)."),
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE => {
            format!("Phần đầu yêu cầu quá lớn (tối đa {kib} KiB, {MAX_HEADERS} trường).")
        }
        StatusCode::SERVICE_UNAVAILABLE => "Máy chủ đang bận, thử lại sau.".to_owned(),
        _ => "Yêu cầu không hợp lệ.".to_owned(),
    };
    let mut reply =
        (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], format!("{text}\n")).into_response();
    if status == StatusCode::METHOD_NOT_ALLOWED {
        reply.headers_mut().insert(header::ALLOW, header::HeaderValue::from_static("GET, HEAD"));
    }
    reply
}
