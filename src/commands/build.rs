//! `guong build`: validate, then build every outlet beside the old output and swap.

use super::incremental;
use crate::assemble::{RenderCache, Selection};
use crate::cli::BuildArgs;
use crate::console::errln;
use crate::diagnostic::{Diagnostic, Lang, msg};
use crate::emit::writer::OutletWriter;
use crate::emit::{fingerprint, nginx, output, templates};
use crate::error::{Error, Outcome, Status};
use crate::model::{Config, Outlet, Story};
use crate::project::Project;
use crate::site::{self, SiteBuild};
use std::path::Path;
use std::time::Instant;

pub fn run(args: &BuildArgs, lang: Lang) -> Outcome {
    let started = Instant::now();
    let out = args.out.clone().unwrap_or_else(|| args.root.join("public"));
    output::check_out_dir(&args.root, &out, args.force)?;
    // Addresses given on the command line are checked before anything is created.
    for g in &args.base_urls {
        let url = g.split_once('=').filter(|(id, _)| !id.contains('/')).map_or(g.as_str(), |(_, u)| u);
        base_url_ok(g, url)?;
    }
    // One build at a time in a folder; a second one waits for the first.
    let _lock = output::OutputLock::acquire(&out, |holder| {
        errln!("{}", msg!("build.waiting", holder, folder = out.display()).get(lang))
    })
    .map_err(|e| Error::write(&out, e))?;
    // An incremental build killed after its commit point is finished first.
    crate::emit::patch::recover(&out).map_err(|e| Error::write(&out, e))?;
    // Nothing changed since the last successful build into this folder: nothing to do.
    let options = options_of(args);
    let parts = options.as_deref().and_then(|o| fingerprint::parts(&args.root, o));
    let fp = parts.as_ref().map(|p| p.whole);
    if !args.full && fp.is_some() && fp == fingerprint::stored(&out) && outlets_present(args, &out) {
        errln!("{}", msg!("build.unchanged", folder = out.display(), ms = started.elapsed().as_millis()).get(lang));
        return Ok(Status::Clean);
    }
    let mut timings = Timings::new();
    let project = Project::load_with(&args.root, parts.as_ref().map(|p| &p.stories))?;
    timings.lap("đọc và kiểm tra / load and check");
    for d in &project.diags {
        errln!("{}", d.render(lang));
    }
    let Some(cfg) = project.config.as_ref().filter(|_| !project.has_errors()) else {
        errln!("{}", msg!("build.not-built").get(lang));
        return Ok(Status::Findings);
    };
    let staged;
    let cfg = if args.base_urls.is_empty() {
        cfg
    } else {
        staged = with_base_urls(cfg, &args.base_urls, &args.outlets)?;
        &staged
    };
    let outlets = chosen_outlets(cfg, &args.outlets)?;
    let today = cfg.today();
    let chosen =
        crate::assemble::select(cfg, &project.stories, &Selection { drafts: args.drafts, future: args.future, today });
    // Held until the build ends: another build of this site (into another folder) then
    // prunes none of the photos this one is making or copying. Without it (a folder
    // that cannot be written), the build prunes nothing.
    let cache_hold = crate::images::cache::InUse::take(&args.root).ok();
    let images = match site::photos(&args.root, cfg, &chosen) {
        Ok(set) => set,
        Err(errors) => return Ok(failed(&errors, lang)),
    };
    timings.lap("ảnh / photos");
    let published = crate::assemble::publish(cfg, chosen, &images, &RenderCache::new());
    timings.lap("xếp bài / assemble");
    let all: Vec<&Story> = project.stories.iter().collect();
    let served = args.server_root.as_deref().map_or_else(|| output::resolve(&out), output::resolve);
    let server = site::ServerTarget { nginx_dir: served.join(nginx::DIR), served };
    // Each outlet's search index, kept beside the output for the next build to patch.
    let carry = site::SearchCarry::default();
    let build = SiteBuild {
        root: &args.root,
        cfg,
        published: &published,
        all: &all,
        today,
        server: Some(server),
        search: Some(&carry),
        reports: Default::default(),
        qr: crate::emit::qr::Masks::open(&args.root),
    };
    let media = incremental::media_key(cfg, &outlets, &published);
    if let (false, Some(parts), Some(options)) = (args.full, &parts, &options)
        && let Some(prev) = incremental::State::read(&out, parts, options, &outlets)
    {
        let step = incremental::Step { out: &out, parts, fingerprint: fp, outlets: &outlets };
        match incremental::run(&step, prev, &build, media) {
            Ok(Some(summary)) => {
                let _ = build.qr.save();
                timings.lap("dựng lại phần thay đổi / incremental build");
                errln!(
                    "{}",
                    msg!("build.images-incremental", processed = images.processed, reused = images.reused).get(lang)
                );
                for (id, stories, files) in summary {
                    errln!(
                        "{}",
                        msg!("build.outlet-incremental", id, stories, files, folder = out.join(&id).display())
                            .get(lang)
                    );
                }
                if args.timings {
                    timings.print();
                }
                errln!("{} ms", started.elapsed().as_millis());
                return Ok(Status::Clean);
            }
            Ok(None) => {}
            Err(errors) => return Ok(failed(&errors, lang)),
        }
    }
    let staging = output::Staging::new(&out).map_err(|e| Error::write(&out, e))?;
    let mut errors: Vec<Diagnostic> = Vec::new();
    let mut summary = Vec::new();
    let mut writers = Vec::new();
    let mut servers = Vec::new();
    let themes = templates::load_each(&args.root, outlets.iter().map(|o| o.theme.as_str()), &cfg.site.labels);
    for o in &outlets {
        let w = OutletWriter::new(&out, staging.outlet_dir(&o.id), &o.id);
        let done = match &themes[o.theme.as_str()] {
            Ok(theme) => build.outlet(o, theme, &site::all_jobs, &w),
            Err(d) => Err(vec![d.clone()]),
        };
        match done {
            Ok(d) => {
                summary.push((o.id.as_str(), d.stories, d.files, w.written.load(std::sync::atomic::Ordering::Relaxed)));
                servers.extend(d.server.map(|s| (o.id.clone(), s)));
                writers.push((o.id.clone(), w));
            }
            Err(mut e) => errors.append(&mut e),
        }
        timings.lap_owned(format!("dựng / build {}", o.id));
    }
    errors.extend(site::changed_meanwhile(&all));
    if !errors.is_empty() {
        staging.abandon();
        return Ok(failed(&errors, lang));
    }
    let ids: Vec<&str> = outlets.iter().map(|o| o.id.as_str()).collect();
    output::failpoint("before-swap");
    let http = nginx::http_conf(&build.server.as_ref().map(|t| t.nginx_dir.clone()).unwrap_or_default());
    swap(&out, staging, &ids, &writers, (&http, &servers)).map_err(|e| Error::write(&out, e))?;
    // The kept indexes before the state: a state names an output whose indexes are kept
    // (or missing, and made anew), never older ones (`swap` removed those).
    if let Ok(indexes) = carry.indexes.lock() {
        for (id, index) in indexes.iter() {
            let _ = output::replace_file(&out.join(incremental::index_file(id)), &incremental::index_bytes(index));
        }
    }
    if let (Some(parts), Some(options)) = (&parts, &options) {
        let state = incremental::State::of(parts, options, media, &outlets, cfg, &published);
        let _ = output::replace_file(&out.join(incremental::STATE), &state.bytes());
    }
    if let Some(fp) = fp {
        let _ = fingerprint::store(&out, fp);
    }
    // A cache: if it cannot be written, the next build chooses the masks again.
    let _ = build.qr.save();
    timings.lap("thay thư mục cũ / swap the output");
    // Only a full build knows every photo in use; a partial one leaves the cache alone.
    let pruned = if args.outlets.is_empty() && !args.drafts && !args.future {
        cache_hold.as_ref().map_or(0, |h| images.prune(&args.root, h))
    } else {
        0
    };
    errln!("{}", msg!("build.images", processed = images.processed, reused = images.reused, pruned).get(lang));
    for (id, stories, files, written) in summary {
        errln!("{}", msg!("build.outlet", id, stories, files, written, folder = out.join(id).display()).get(lang));
    }
    if args.timings {
        timings.print();
    }
    errln!("{} ms", started.elapsed().as_millis());
    Ok(Status::Clean)
}

/// Prints the findings that stopped a build after its checks passed.
fn failed(errors: &[Diagnostic], lang: Lang) -> Status {
    for d in errors {
        errln!("{}", d.render(lang));
    }
    errln!("{}", msg!("build.failed").get(lang));
    Status::Findings
}

/// The configuration with `--base-url OUTLET=URL` in place of those outlets' `base_url`
/// (a staging server). A bare URL is allowed when the build makes one outlet only.
fn with_base_urls(cfg: &Config, given: &[String], named: &[String]) -> Result<Config, Error> {
    let mut cfg = cfg.clone();
    for g in given {
        let (id, url) = match g.split_once('=') {
            Some((id, url)) if !id.contains('/') => (id.to_owned(), url),
            _ => match (named, cfg.site.outlets.as_slice()) {
                ([one], _) => (one.clone(), g.as_str()),
                ([], [one]) => (one.id.clone(), g.as_str()),
                _ => {
                    return Err(Error::Misuse(msg!("build.base-url-unnamed", url = g)));
                }
            },
        };
        let known = cfg.site.outlets.iter().map(|o| o.id.clone()).collect::<Vec<_>>().join(", ");
        let Some(o) = cfg.site.outlets.iter_mut().find(|o| o.id == id) else {
            return Err(Error::Misuse(msg!("build.base-url-outlet", outlet = id, known)));
        };
        base_url_ok(g, url)?;
        o.base_url = if url.ends_with('/') { url.to_owned() } else { format!("{url}/") };
    }
    Ok(cfg)
}

/// `--base-url`'s address `url` (given as `g`) as `site.yaml`'s `base_url` must be.
fn base_url_ok(g: &str, url: &str) -> Result<(), Error> {
    match crate::model::site::base_url_problem(url) {
        None => Ok(()),
        Some(problem) => {
            let g = g.escape_debug();
            Err(Error::Misuse(msg!("build.base-url", url = g, address = problem)))
        }
    }
}

/// The outlets `--outlet` names (all when none is named).
fn chosen_outlets<'a>(cfg: &'a Config, ids: &[String]) -> Result<Vec<&'a Outlet>, Error> {
    if ids.is_empty() {
        return Ok(cfg.site.outlets.iter().collect());
    }
    ids.iter()
        .map(|id| {
            cfg.site.outlet(id).ok_or_else(|| {
                let known = cfg.site.outlets.iter().map(|o| o.id.as_str()).collect::<Vec<_>>().join(", ");
                Error::Misuse(msg!("build.unknown-outlet", outlet = id, known))
            })
        })
        .collect()
}

/// Puts the built outlets in place. What the output held is forgotten first, and each
/// outlet's record is written in the same step as its swap: a build killed anywhere in
/// between leaves records that are true or absent, never stale.
/// The web server's configuration of each outlet is replaced right after the outlet.
fn swap(
    out: &Path,
    staging: output::Staging,
    ids: &[&str],
    writers: &[(String, OutletWriter)],
    (http, servers): (&str, &[(String, nginx::ServerFiles)]),
) -> std::io::Result<()> {
    fingerprint::forget(out)?;
    match std::fs::remove_file(out.join(incremental::STATE)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    for id in ids {
        OutletWriter::forget_manifest(out, id)?;
        match std::fs::remove_file(out.join(incremental::index_file(id))) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
    }
    let dir = out.join(nginx::DIR);
    std::fs::create_dir_all(&dir)?;
    staging.commit(ids, |id| {
        if let Some((_, s)) = servers.iter().find(|(w, _)| w == id) {
            output::replace_file(&dir.join(format!("{id}.map.conf")), s.map.as_bytes())?;
            output::replace_file(&dir.join(format!("{id}.conf")), s.server.as_bytes())?;
        }
        match writers.iter().find(|(w, _)| w == id) {
            Some((_, w)) => w.save_manifest(out, id),
            None => Ok(()),
        }
    })?;
    output::replace_file(&dir.join("http.conf"), http.as_bytes())
}

/// How long each stage took (`--timings`).
struct Timings {
    last: Instant,
    laps: Vec<(String, std::time::Duration)>,
}

impl Timings {
    fn new() -> Timings {
        Timings { last: Instant::now(), laps: Vec::new() }
    }
    fn lap(&mut self, name: &str) {
        self.lap_owned(name.to_owned());
    }
    fn lap_owned(&mut self, name: String) {
        let now = Instant::now();
        self.laps.push((name, now - self.last));
        self.last = now;
    }
    fn print(&self) {
        let total: f64 = self.laps.iter().map(|(_, d)| d.as_secs_f64()).sum();
        for (name, d) in &self.laps {
            errln!(
                "  {:>8.1} ms  {:>5.1}%  {name}",
                d.as_secs_f64() * 1000.0,
                100.0 * d.as_secs_f64() / total.max(1e-9)
            );
        }
    }
}

/// `site.yaml`'s text, read as `check` reads it (a regular file inside the site, of
/// bounded size: a FIFO there must not hang the build).
fn site_text(root: &Path) -> Option<String> {
    let file = root.join(crate::model::config::SITE);
    String::from_utf8(crate::load::source::read_in(root, &file, crate::load::source::MAX_FILE_BYTES).ok()?).ok()
}

/// The options and the day (a scheduled story appears on its date), which the inputs'
/// fingerprint and an incremental build's state include.
fn options_of(args: &BuildArgs) -> Option<String> {
    let site = site_text(&args.root)?;
    let offset: i32 = crate::yaml::parse_value(&site)
        .ok()
        .and_then(|v| v.get("utc_offset").and_then(|o| o.as_str().map(str::to_owned)))
        .and_then(|o| {
            let (h, m) = o.trim_start_matches(['+', '-']).split_once(':')?;
            let secs = h.parse::<i32>().ok()? * 3600 + m.parse::<i32>().ok()? * 60;
            Some(if o.starts_with('-') { -secs } else { secs })
        })
        .unwrap_or(7 * 3600);
    let today = (chrono::Utc::now() + chrono::Duration::seconds(i64::from(offset))).date_naive();
    let mut outlets = args.outlets.clone();
    outlets.sort();
    let options = format!(
        "drafts={} future={} outlets={} today={today} server_root={:?} base_urls={:?}",
        args.drafts,
        args.future,
        outlets.join(","),
        args.server_root,
        args.base_urls
    );
    Some(options)
}

/// Whether every outlet the build would write is in `out` (someone may have removed one).
fn outlets_present(args: &BuildArgs, out: &Path) -> bool {
    let ids: Vec<String> = if args.outlets.is_empty() {
        let Some(site) = site_text(&args.root) else { return false };
        let Ok(v) = crate::yaml::parse_value(&site) else { return false };
        v.get("outlets")
            .and_then(|o| o.as_sequence())
            .map(|seq| seq.iter().filter_map(|o| o.get("id").and_then(|i| i.as_str()).map(str::to_owned)).collect())
            .unwrap_or_default()
    } else {
        args.outlets.clone()
    };
    !ids.is_empty() && ids.iter().all(|o| out.join(o).join("index.html").is_file())
}
