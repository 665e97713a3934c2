//! The HTTP/1.1 side of `serve`, on std's sockets: a fixed pool of workers behind a
//! bounded queue, a deadline on every read and write, bounded request heads, GET and HEAD
//! only, and one answer per connection. Live-reload streams get threads of their own, up
//! to a limit, so that open pages never hold the workers.

use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, TrySendError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Threads that answer requests. Every connection is answered once and closed, so an
/// idle browser holds none, and a client that stops reading holds one for at most
/// `ANSWER_TIMEOUT`.
const WORKERS: usize = 16;
/// Connections accepted and waiting for a worker; past that, 503 at once.
const QUEUE: usize = 64;
/// The request line and headers together: 16 KiB, as Node's default. Cookies are shared by
/// every port of `localhost`, so other local apps' cookies come along; 8 KiB is too
/// tight for that. Past it: 414 if the request line alone fills it, else 431.
const MAX_HEAD: usize = 16 << 10;
/// Headers in one request (browsers send about 20); past that, 431.
const MAX_HEADERS: usize = 64;
/// Request body: 1 MiB. No route reads a body; a larger declared length gets 413, and
/// at most this much of an unread body is drained before the connection is closed.
const MAX_BODY: u64 = 1 << 20;
/// The request head must arrive within this (a client that sends it a byte at a time).
const HEAD_TIMEOUT: Duration = Duration::from_secs(10);
/// Each write must make progress within this, and a whole answer take at most
/// `ANSWER_TIMEOUT`. Both are needed: to a client that never reads, the kernel still
/// takes a little more now and then, which kept a write going for 40 s.
const WRITE_TIMEOUT: Duration = Duration::from_secs(10);
const ANSWER_TIMEOUT: Duration = Duration::from_secs(30);
/// After an answer, how long to drain what the client still sends before closing.
const LINGER: Duration = Duration::from_secs(2);
/// Live-reload streams open at once (one per open page); past that, 503.
const MAX_STREAMS: usize = 64;
/// How often a stream checks that its page is still open.
const STREAM_CHECK: Duration = Duration::from_millis(250);
/// A comment on a quiet stream this often keeps proxies and browsers from closing it.
const STREAM_PING: Duration = Duration::from_secs(15);

/// A request that got past the limits: GET or HEAD, with its target as sent.
#[derive(Debug, PartialEq)]
pub struct Request {
    pub target: String,
    /// HEAD: the answer's head is sent, not its body.
    pub head_only: bool,
}

/// The head of a request as read, before the method and body are checked.
#[derive(Debug, PartialEq)]
struct Head {
    method: String,
    target: String,
    /// The declared body length (0 when none is declared).
    body: u64,
}

pub enum Body {
    Bytes(Vec<u8>),
    /// A file sent from disk as it is read, with its length when opened.
    File(File, u64),
}

pub struct Reply {
    pub(super) status: u16,
    pub(super) headers: Vec<(&'static str, String)>,
    pub(super) body: Body,
}

impl Reply {
    pub fn new(status: u16, body: Vec<u8>) -> Reply {
        Reply { status, headers: Vec::new(), body: Body::Bytes(body) }
    }
    pub fn file(file: File) -> io::Result<Reply> {
        let len = file.metadata()?.len();
        Ok(Reply { status: 200, headers: Vec::new(), body: Body::File(file, len) })
    }
    pub fn with(mut self, name: &'static str, value: &str) -> Reply {
        self.headers.push((name, value.to_owned()));
        self
    }
    fn len(&self) -> u64 {
        match &self.body {
            Body::Bytes(b) => b.len() as u64,
            Body::File(_, len) => *len,
        }
    }
}

/// What the site answers: a reply, or a live-reload stream fed by a channel.
pub enum Answer {
    Reply(Reply),
    Stream(Receiver<String>),
}

pub type App = Arc<dyn Fn(&Request) -> Answer + Send + Sync>;

/// Answers the connections on `listener` in the background, until the process ends.
pub fn start(listener: TcpListener, app: App) {
    let (tx, rx) = std::sync::mpsc::sync_channel::<TcpStream>(QUEUE);
    let rx = Arc::new(Mutex::new(rx));
    let streams = Arc::new(AtomicUsize::new(0));
    for _ in 0..WORKERS {
        let (rx, app, streams) = (Arc::clone(&rx), Arc::clone(&app), Arc::clone(&streams));
        std::thread::spawn(move || {
            while let Ok(Ok(stream)) = rx.lock().map(|r| r.recv()) {
                // A panic in a handler loses that answer, not the worker.
                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| connection(stream, &*app, &streams)));
            }
        });
    }
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            match conn {
                Ok(stream) => {
                    if let Err(TrySendError::Full(stream)) = tx.try_send(stream) {
                        busy(stream);
                    }
                }
                // Out of file descriptors, say: give connections time to close.
                Err(_) => std::thread::sleep(Duration::from_millis(50)),
            }
        }
    });
}

/// Every worker is taken and the queue is full: says so without waiting on the client.
fn busy(stream: TcpStream) {
    let _ = stream.set_nonblocking(true);
    let _ = (&stream).write_all(
        b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    );
}

fn connection(mut stream: TcpStream, app: &dyn Fn(&Request) -> Answer, streams: &Arc<AtomicUsize>) {
    let _ = stream.set_nodelay(true);
    let head = match read_head(&mut stream) {
        Ok(Some(head)) => head,
        Ok(None) => return,
        Err(status) => return refuse(stream, status, false),
    };
    let head_only = head.method == "HEAD";
    if !head_only && head.method != "GET" {
        return refuse(stream, 405, head_only);
    }
    if head.body > MAX_BODY {
        return refuse(stream, 413, head_only);
    }
    match app(&Request { target: head.target, head_only }) {
        Answer::Reply(reply) => {
            if send(&stream, reply, head_only).is_ok() {
                linger(stream);
            }
        }
        Answer::Stream(rx) => stream_events(stream, rx, streams),
    }
}

/// Reads the request head within `HEAD_TIMEOUT` and `MAX_HEAD`: None if the client left
/// (or sent nothing in time: a browser's spare connection), or the status that refuses
/// the request.
fn read_head(stream: &mut TcpStream) -> Result<Option<Head>, u16> {
    let deadline = Instant::now() + HEAD_TIMEOUT;
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 2048];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let timed_out = if buf.is_empty() { Ok(None) } else { Err(408) };
        if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
            return timed_out;
        }
        let n = match stream.read(&mut chunk) {
            Ok(0) => return Ok(None),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) if matches!(e.kind(), io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut) => return timed_out,
            Err(_) => return Ok(None),
        };
        // Bytes past the limit are not kept: past the head they are the body, never read.
        let take = n.min(MAX_HEAD - buf.len());
        buf.extend_from_slice(&chunk[..take]);
        if let Some(head) = parse(&buf)? {
            return Ok(Some(head));
        }
    }
}

/// The head at the start of `buf`, None while it is incomplete, or the status that
/// refuses it.
fn parse(buf: &[u8]) -> Result<Option<Head>, u16> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut req = httparse::Request::new(&mut headers);
    match req.parse(buf) {
        Ok(httparse::Status::Complete(_)) => {}
        Ok(httparse::Status::Partial) if buf.len() < MAX_HEAD => return Ok(None),
        Ok(httparse::Status::Partial) => return Err(if buf.contains(&b'\n') { 431 } else { 414 }),
        Err(httparse::Error::TooManyHeaders) => return Err(431),
        Err(_) => return Err(400),
    }
    let mut body = 0;
    for h in req.headers.iter().filter(|h| h.name.eq_ignore_ascii_case("content-length")) {
        let digits = std::str::from_utf8(h.value).map(str::trim).unwrap_or("");
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(400);
        }
        // Too many digits for a u64 is too large all the same.
        body = digits.parse().unwrap_or(u64::MAX).max(body);
    }
    let (method, target) = (req.method.unwrap_or_default().to_owned(), req.path.unwrap_or_default().to_owned());
    Ok(Some(Head { method, target, body }))
}

fn refuse(stream: TcpStream, status: u16, head_only: bool) {
    let (head_kib, body_mib) = (MAX_HEAD >> 10, MAX_BODY >> 20);
    let text = match status {
        405 => "Chỉ nhận GET và HEAD.".to_owned(),
        408 => "Hết thời gian chờ yêu cầu.".to_owned(),
        413 => format!("Nội dung yêu cầu quá lớn (tối đa {body_mib} MiB)."),
        414 => format!("Địa chỉ quá dài (tối đa {head_kib} KiB)."),
        431 => format!("Phần đầu yêu cầu quá lớn (tối đa {head_kib} KiB, {MAX_HEADERS} trường)."),
        503 => "Máy chủ đang bận, thử lại sau.".to_owned(),
        _ => "Yêu cầu không hợp lệ.".to_owned(),
    };
    let mut reply =
        Reply::new(status, format!("{text}\n").into_bytes()).with("Content-Type", "text/plain; charset=utf-8");
    if status == 405 {
        reply = reply.with("Allow", "GET, HEAD");
    }
    if send(&stream, reply, head_only).is_ok() {
        linger(stream);
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        413 => "Content Too Large",
        414 => "URI Too Long",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "",
    }
}

/// Writes `reply` (its head only, for HEAD) within `ANSWER_TIMEOUT`.
fn send(stream: &TcpStream, reply: Reply, head_only: bool) -> io::Result<()> {
    let mut head = format!("HTTP/1.1 {} {}\r\n", reply.status, reason(reply.status));
    for (name, value) in &reply.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\nConnection: close\r\n\r\n", reply.len()));
    let mut out = BufWriter::with_capacity(64 << 10, Timed { stream, deadline: Instant::now() + ANSWER_TIMEOUT });
    out.write_all(head.as_bytes())?;
    if !head_only {
        match reply.body {
            Body::Bytes(bytes) => out.write_all(&bytes)?,
            Body::File(file, len) => {
                io::copy(&mut file.take(len), &mut out)?;
            }
        }
    }
    out.flush()
}

/// A stream whose every write must make progress within `WRITE_TIMEOUT` and end by
/// `deadline`: a client that stops reading is let go.
struct Timed<'a> {
    stream: &'a TcpStream,
    deadline: Instant,
}

impl Write for Timed<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let left = self.deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(io::ErrorKind::TimedOut.into());
        }
        self.stream.set_write_timeout(Some(left.min(WRITE_TIMEOUT)))?;
        self.stream.write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Closes after an answer: our side first, then what the client still sends (an unread
/// body) is read and dropped, for at most `LINGER` and `MAX_BODY`. Closing with unread
/// bytes would reset the connection, and the client could lose the answer unread.
fn linger(stream: TcpStream) {
    let _ = stream.shutdown(Shutdown::Write);
    let deadline = Instant::now() + LINGER;
    let mut left = MAX_BODY + MAX_HEAD as u64;
    let mut sink = [0u8; 8192];
    while left > 0 {
        let wait = deadline.saturating_duration_since(Instant::now());
        if wait.is_zero() || stream.set_read_timeout(Some(wait)).is_err() {
            return;
        }
        match (&stream).read(&mut sink) {
            Ok(0) | Err(_) => return,
            Ok(n) => left = left.saturating_sub(n as u64),
        }
    }
}

/// Gives a live-reload stream a thread of its own, if fewer than `MAX_STREAMS` are open.
fn stream_events(stream: TcpStream, rx: Receiver<String>, streams: &Arc<AtomicUsize>) {
    if streams.fetch_add(1, Ordering::SeqCst) >= MAX_STREAMS {
        streams.fetch_sub(1, Ordering::SeqCst);
        return refuse(stream, 503, false);
    }
    let slot = Slot(Arc::clone(streams));
    std::thread::spawn(move || {
        let _slot = slot;
        events(&stream, &rx);
    });
}

/// One open stream, counted until its thread ends.
struct Slot(Arc<AtomicUsize>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Sends the events from `rx` as they come, until the page is closed or stops reading.
/// No length and no chunked encoding: the stream ends with the connection.
fn events(stream: &TcpStream, rx: &Receiver<String>) {
    let head =
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n";
    let mut next = Some(head.to_owned());
    let mut quiet = Duration::ZERO;
    loop {
        if let Some(msg) = next.take() {
            let mut out = Timed { stream, deadline: Instant::now() + WRITE_TIMEOUT };
            if out.write_all(msg.as_bytes()).is_err() {
                return;
            }
            quiet = Duration::ZERO;
        }
        match rx.recv_timeout(STREAM_CHECK) {
            Ok(msg) => next = Some(msg),
            Err(RecvTimeoutError::Disconnected) => return,
            Err(RecvTimeoutError::Timeout) if closed(stream) => return,
            Err(RecvTimeoutError::Timeout) => {
                quiet += STREAM_CHECK;
                if quiet >= STREAM_PING {
                    next = Some(": ping\n\n".to_owned());
                }
            }
        }
    }
}

/// A page sends nothing after its request: a stream with something to read was closed.
fn closed(stream: &TcpStream) -> bool {
    if stream.set_nonblocking(true).is_err() {
        return true;
    }
    let peeked = stream.peek(&mut [0u8; 1]);
    let _ = stream.set_nonblocking(false);
    !matches!(peeked, Err(e) if e.kind() == io::ErrorKind::WouldBlock)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(method: &str, target: &str, body: u64) -> Result<Option<Head>, u16> {
        Ok(Some(Head { method: method.into(), target: target.into(), body }))
    }

    #[test]
    fn heads_within_the_limits_are_read() {
        assert_eq!(parse(b"GET /a/ HTTP/1.1\r\nHost: x\r\n\r\n"), head("GET", "/a/", 0));
        assert_eq!(parse(b"HEAD /a/?q=1 HTTP/1.0\r\n\r\nbody"), head("HEAD", "/a/?q=1", 0));
        assert_eq!(parse(b"POST / HTTP/1.1\r\nContent-Length: 12\r\n\r\n"), head("POST", "/", 12));
        assert_eq!(parse(b"GET / HTTP/1.1\r\nHost: x\r\n"), Ok(None), "still coming");
        let cookie = format!("GET / HTTP/1.1\r\nCookie: {}\r\n\r\n", "c".repeat(MAX_HEAD - 100));
        assert!(matches!(parse(cookie.as_bytes()), Ok(Some(_))), "a large cookie still fits");
    }

    #[test]
    fn heads_past_the_limits_are_refused() {
        let full = |s: String| s.into_bytes()[..MAX_HEAD].to_vec();
        assert_eq!(parse(&full(format!("GET / HTTP/1.1\r\nX: {}", "a".repeat(MAX_HEAD)))), Err(431));
        assert_eq!(parse(&full(format!("GET /{} HTTP/1.1", "a".repeat(MAX_HEAD)))), Err(414));
        let many: String = (0..=MAX_HEADERS).map(|i| format!("X-{i}: 1\r\n")).collect();
        assert_eq!(parse(format!("GET / HTTP/1.1\r\n{many}\r\n").as_bytes()), Err(431));
        let huge = b"POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n";
        assert_eq!(parse(huge), head("POST", "/", u64::MAX));
        assert_eq!(parse(b"GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n"), Err(400));
        assert_eq!(parse(b"GET / HTTP/1.1\r\nContent-Length: 1, 2\r\n\r\n"), Err(400));
        assert_eq!(parse(b"GET\0 / HTTP/1.1\r\n\r\n"), Err(400));
    }
}
