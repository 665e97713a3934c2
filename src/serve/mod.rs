//! `guong serve`: build into memory, serve over HTTP on localhost, watch `content/` and
//! `themes/`, rebuild only what a change affects, and reload the browsers.

#[cfg(test)]
mod equivalence;
mod http;
pub mod state;

use crate::cli::ServeArgs;
const OK: i32 = 0;
const MISUSE: i32 = 2;
use state::{Changes, Live, Site};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::RecvTimeoutError;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

/// Quiet time that ends a burst of events (an editor's save is several).
const DEBOUNCE: Duration = Duration::from_millis(30);
/// A burst never delays a rebuild longer than this.
const MAX_WAIT: Duration = Duration::from_millis(300);

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
    let server = match tiny_http::Server::http(&addr) {
        Ok(s) => Arc::new(s),
        Err(e) => {
            eprintln!("guong: không mở được cổng {addr}: {e} (thử --port khác)");
            return MISUSE;
        }
    };
    let port = server.server_addr().to_ip().map_or(args.port, |a| a.port());
    let host = if args.bind == "0.0.0.0" || args.bind == "::" { "127.0.0.1".to_owned() } else { args.bind.clone() };
    let origin = format!("http://{host}:{port}");

    // Watch before the first build: a save made while it runs, or right after the
    // address is printed, is not lost.
    let (tx, rx) = std::sync::mpsc::channel();
    let watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        if let Ok(ev) = res {
            let _ = tx.send(ev);
        }
    });
    let mut watcher = match watcher {
        Ok(w) => w,
        Err(e) => {
            eprintln!("guong: không theo dõi được thư mục: {e}");
            return MISUSE;
        }
    };
    use notify::Watcher;
    for dir in ["content", "themes"] {
        if let Err(e) = watcher.watch(&root.join(dir), notify::RecursiveMode::Recursive) {
            eprintln!("guong: không theo dõi được {dir}/: {e}");
        }
    }

    let mut live = Live::new(&root, args.outlets.clone(), origin.clone());
    let first = live.full();
    report("dựng lần đầu", &first, &live.site);
    let shared: Arc<RwLock<Arc<Site>>> = Arc::new(RwLock::new(Arc::new(live.site.clone())));
    let clients = http::Clients::default();

    println!("guong serve: {origin}/");
    for o in &live.site.outlets {
        println!("  {}: {origin}/{}/", o.id, o.id);
    }
    println!("Đang theo dõi content/ và themes/; nhấn Ctrl-C để dừng.");

    let stop = Arc::new(AtomicBool::new(false));
    {
        let (stop, server) = (Arc::clone(&stop), Arc::clone(&server));
        let _ = ctrlc::set_handler(move || {
            stop.store(true, Ordering::SeqCst);
            server.unblock();
        });
    }
    let workers: Vec<_> = (0..4)
        .map(|_| {
            let (server, shared, clients, stop) = (Arc::clone(&server), Arc::clone(&shared), clients.clone(), Arc::clone(&stop));
            std::thread::spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    match server.recv_timeout(Duration::from_millis(250)) {
                        Ok(Some(req)) => http::handle(req, &shared, &clients),
                        Ok(None) => {}
                        Err(_) => break,
                    }
                }
            })
        })
        .collect();

    while !stop.load(Ordering::SeqCst) {
        let first = match rx.recv_timeout(Duration::from_millis(200)) {
            Ok(ev) => ev,
            Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) => break,
        };
        let started = Instant::now();
        let mut changes = Changes::default();
        classify(&root, &first, &mut changes);
        while started.elapsed() < MAX_WAIT {
            match rx.recv_timeout(DEBOUNCE) {
                Ok(ev) => classify(&root, &ev, &mut changes),
                Err(_) => break,
            }
        }
        if changes.is_empty() {
            continue;
        }
        // Bad content never stops the server: a panic is reported and the site rebuilt.
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| live.apply(&changes)));
        let outcome = match outcome {
            Ok(o) => o,
            Err(_) => {
                eprintln!("guong: lỗi nội bộ khi dựng lại; dựng lại toàn bộ");
                live = Live::new(&root, args.outlets.clone(), origin.clone());
                live.full()
            }
        };
        let what: Vec<&str> = changes.stories.iter().map(String::as_str).take(3).collect();
        report(&format!("thay đổi {}", if what.is_empty() { "giao diện/cấu hình".to_owned() } else { what.join(", ") }), &outcome, &live.site);
        if let Ok(mut s) = shared.write() {
            *s = Arc::new(live.site.clone());
        }
        clients.broadcast(&live.site);
    }
    drop(watcher);
    for w in workers {
        let _ = w.join();
    }
    println!("guong serve: đã dừng.");
    OK
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

/// Sorts a file event into the kind of rebuild it needs. Editors' temporary files
/// (`.x.swp`, `x~`, `.#x`) are ignored; what counts is the final state of real files.
fn classify(root: &Path, ev: &notify::Event, changes: &mut Changes) {
    use notify::event::{EventKind, ModifyKind};
    // Reading a file (as a rebuild does) is no change.
    if matches!(ev.kind, EventKind::Access(_) | EventKind::Modify(ModifyKind::Metadata(_)) | EventKind::Other) {
        return;
    }
    for p in &ev.paths {
        let Ok(rel) = p.strip_prefix(root) else { continue };
        let rel_s = crate::load::rel_path(Path::new(""), rel);
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name.starts_with('.') || name.starts_with("#") || name.ends_with('~') || name.ends_with(".swp") || name.ends_with(".tmp") {
            continue;
        }
        let parts: Vec<&str> = rel_s.split('/').collect();
        match parts.as_slice() {
            ["content", "stories", ..] if name.ends_with(".md") => {
                changes.stories.insert(rel_s.clone());
            }
            // A folder created, moved or removed; other files (an editor's temporaries) are not stories.
            ["content", "stories", ..] if p.is_dir() || matches!(ev.kind, EventKind::Remove(notify::event::RemoveKind::Folder)) => {
                changes.rescan = true;
            }
            ["content", "media", ..] => changes.media = true,
            ["content", file] if file.ends_with(".yaml") => changes.config = true,
            ["themes", theme, "templates", rest @ ..] if !rest.is_empty() => {
                changes.templates.insert(((*theme).to_owned(), rest.join("/")));
            }
            ["themes", _, "static", ..] => changes.statics = true,
            _ => {}
        }
    }
}
