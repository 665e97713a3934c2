//! `guong serve`: build into memory, serve over HTTP on localhost, watch `content/` and
//! `themes/`, rebuild only what a change affects, and reload the browsers.

#[cfg(test)]
mod equivalence;
mod http;
mod server;
pub mod state;
mod watch;

use crate::cli::ServeArgs;
const OK: i32 = 0;
const MISUSE: i32 = 2;
use state::{Changes, Live, Site};
use std::net::TcpListener;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

pub fn run(args: &ServeArgs, _lang: crate::diagnostic::Lang) -> crate::error::Outcome {
    match serve(args) {
        OK => Ok(crate::error::Status::Clean),
        _ => Err(crate::error::Error::misuse("guong serve không chạy được (xem thông báo ở trên)", "guong serve could not run (see above)")),
    }
}

fn serve(args: &ServeArgs) -> i32 {
    let root = match args.root.canonicalize() {
        Ok(r) if r.join("content/site.yaml").is_file() => r,
        _ => {
            eprintln!("guong: {} không phải thư mục trang guong (thiếu content/site.yaml)", args.root.display());
            return MISUSE;
        }
    };
    let addr = format!("{}:{}", args.bind, args.port);
    let listener = match TcpListener::bind(&addr) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("guong: không mở được cổng {addr}: {e} (thử --port khác)");
            return MISUSE;
        }
    };
    let port = listener.local_addr().map_or(args.port, |a| a.port());
    let host = if args.bind == "0.0.0.0" || args.bind == "::" { "127.0.0.1".to_owned() } else { args.bind.clone() };
    let origin = format!("http://{host}:{port}");

    // Watch before the first build: a save made while it runs, or right after the
    // address is printed, is not lost.
    let mut watch = match watch::Watch::start(&root) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("guong: không theo dõi được thư mục: {e}");
            return MISUSE;
        }
    };
    let fresh = || Live::new(&root, args.outlets.clone(), origin.clone());
    let mut live = fresh();
    let first = live.full();
    report("dựng lần đầu", &first, &live.site);
    let shared: Arc<RwLock<Arc<Site>>> = Arc::new(RwLock::new(Arc::new(live.site.clone())));
    let clients = http::Clients::default();
    server::start(listener, http::app(Arc::clone(&shared), clients.clone()));

    println!("guong serve: {origin}/");
    for o in &live.site.outlets {
        println!("  {}: {origin}/{}/", o.id, o.id);
    }
    println!("Đang theo dõi content/ và themes/; nhấn Ctrl-C để dừng.");

    let stop = Arc::new(AtomicBool::new(false));
    {
        let stop = Arc::clone(&stop);
        let _ = ctrlc::set_handler(move || stop.store(true, Ordering::SeqCst));
    }
    while !stop.load(Ordering::SeqCst) {
        let Some(changes) = watch.next(Duration::from_millis(200)) else { break };
        if changes.is_empty() {
            continue;
        }
        let outcome = apply(&mut live, &changes, fresh);
        let what: Vec<&str> = changes.stories.iter().map(String::as_str).take(3).collect();
        report(&format!("thay đổi {}", if what.is_empty() { "giao diện/cấu hình".to_owned() } else { what.join(", ") }), &outcome, &live.site);
        if let Ok(mut s) = shared.write() {
            *s = Arc::new(live.site.clone());
        }
        clients.broadcast(&live.site);
    }
    // The server's threads end with the process: a client that stalls cannot hold it.
    drop(watch);
    println!("guong serve: đã dừng.");
    OK
}

/// Rebuilds what `changes` affect. Bad content never stops the server: a panic is
/// reported and the site rebuilt from scratch.
fn apply(live: &mut Live, changes: &Changes, fresh: impl Fn() -> Live) -> state::Outcome {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| live.apply(changes))) {
        Ok(o) => o,
        Err(_) => {
            eprintln!("guong: lỗi nội bộ khi dựng lại; dựng lại toàn bộ");
            *live = fresh();
            live.full()
        }
    }
}

fn report(what: &str, o: &state::Outcome, site: &Site) {
    let time = chrono::Local::now().format("%H:%M:%S");
    if o.errors == 0 {
        println!("[{time}] {what}: dựng lại {} trang trong {} ms", o.pages, o.millis);
    } else {
        println!("[{time}] {what}: {} lỗi, vẫn phục vụ bản tốt gần nhất", o.errors);
        for e in &site.errors {
            println!("  {e}");
        }
    }
}
