//! `guong serve`: build into memory, serve over HTTP on localhost, watch `content/` and
//! `themes/`, rebuild only what a change affects, and reload the browsers.

mod draft;
#[cfg(test)]
mod equivalence;
mod http;
mod preview;
mod server;
pub(crate) mod state;
mod watch;

use crate::cli::ServeArgs;
use crate::console::{errln, outln};
use crate::diagnostic::{Lang, msg};
use crate::error::{Error, Outcome, Status};
use state::{Live, Site};
use std::net::TcpListener;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

pub(crate) fn run(args: &ServeArgs, lang: Lang) -> Outcome {
    let root = match args.root.canonicalize() {
        Ok(r) if r.join("content/site.yaml").is_file() => r,
        _ => {
            return Err(Error::Misuse(msg!("serve.not-a-site", folder = args.root.display())));
        }
    };
    let addr = format!("{}:{}", args.bind, args.port);
    let listener = TcpListener::bind(&addr).map_err(|e| Error::Misuse(msg!("serve.cannot-listen", addr, error = e)))?;
    let port = listener.local_addr().map_or(args.port, |a| a.port());
    let host = if args.bind == "0.0.0.0" || args.bind == "::" { "127.0.0.1".to_owned() } else { args.bind.clone() };
    let origin = format!("http://{host}:{port}");

    // Watch before the first build: a save made while it runs, or right after the
    // address is printed, is not lost.
    let mut watch = watch::Watch::start(&root).map_err(|e| Error::Misuse(msg!("serve.cannot-watch", error = e)))?;
    let fresh = || {
        Live::new(&root, args.outlets.clone(), origin.clone()).with_lang(lang).with_selection(args.drafts, args.future)
    };
    // The preview serves photos from the image cache while it runs: a build beside it
    // prunes none of them (`images::cache::InUse`). Without the hold (a read-only
    // folder), the preview works as before.
    let _cache_hold = crate::images::cache::InUse::take(&root).ok();
    let mut live = fresh();
    let first = live.full();
    report(lang, msg!("serve.first"), &first, &live.site);
    let shared: Arc<RwLock<Arc<Site>>> = Arc::new(RwLock::new(Arc::new(live.site.clone())));
    let clients = http::Clients::new(&live.site);
    // The HTTP side serves a rebuild's site from here on, and open pages reload.
    let publish = |site: &Site| {
        if let Ok(mut s) = shared.write() {
            *s = Arc::new(site.clone());
        }
        clients.broadcast(site);
    };
    let loopback = args.bind.parse::<std::net::IpAddr>().map_or(args.bind == "localhost", |ip| ip.is_loopback());
    let app = http::app(Arc::clone(&shared), clients.clone()).merge(draft::routes(root.clone(), lang, loopback));
    let runtime = server::start(listener, app).map_err(|e| Error::Misuse(msg!("serve.cannot-start", error = e)))?;

    outln!("guong serve: {origin}/");
    for o in &live.site.outlets {
        outln!("  {}: {origin}/{}/", o.id, o.id);
    }
    outln!("{}", msg!("serve.watching").get(lang));

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
        let Some(outcome) = guarded(&mut live, fresh, |l| Some(l.apply(&changes))) else { continue };
        let what: Vec<&str> = changes.stories.iter().map(String::as_str).take(3).collect();
        let what =
            if what.is_empty() { msg!("serve.changed-theme") } else { msg!("serve.changed", files = what.join(", ")) };
        report(lang, what, &outcome, &live.site);
        publish(&live.site);
        // The edited pages are served; the yearly reports it changed follow.
        if let Some(outcome) = guarded(&mut live, fresh, Live::finish) {
            report(lang, msg!("serve.reports"), &outcome, &live.site);
            publish(&live.site);
        }
    }
    // Open connections are dropped, not waited for: a client that stalls cannot hold us.
    runtime.shutdown_background();
    drop(watch);
    outln!("guong serve: {}", msg!("serve.stopped").get(lang));
    Ok(Status::Clean)
}

/// Runs one step on the live site. Bad content never stops the server: a panic is
/// reported and the site rebuilt from scratch (that rebuild's outcome is returned).
fn guarded(
    live: &mut Live,
    fresh: impl Fn() -> Live,
    step: impl FnOnce(&mut Live) -> Option<state::Outcome>,
) -> Option<state::Outcome> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| step(live))) {
        Ok(o) => o,
        Err(_) => {
            errln!("guong: {}", msg!("serve.internal").vi);
            *live = fresh();
            Some(live.full())
        }
    }
}

fn report(lang: Lang, what: crate::diagnostic::Text, o: &state::Outcome, site: &Site) {
    let time = chrono::Local::now().format("%H:%M:%S");
    let what = what.get(lang);
    match o.errors {
        0 => outln!("[{time}] {what}: {}", msg!("serve.rebuilt", pages = o.pages, ms = o.millis).get(lang)),
        n => outln!("[{time}] {what}: {}", msg!("serve.errors", n).get(lang)),
    }
    if o.errors > 0 {
        for e in &site.errors {
            outln!("  {e}");
        }
    }
    for w in &o.warnings {
        outln!("  {w}");
    }
}
