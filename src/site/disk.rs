//! One build into an output folder (`guong build`), step by step: the lock and the
//! recovery of a build killed after its commit point, the inputs' fingerprint (nothing
//! changed: nothing to do), loading and checking, the photos, then an incremental build
//! in place (`incremental`) or a full one beside the old output, swapped in with its
//! records (manifests, search indexes, state, fingerprint). The command only reads the
//! options and prints what this returns.

use super::incremental;
use super::{SearchCarry, ServerTarget, SiteBuild};
use crate::assemble::{Published, RenderCache, Selection};
use crate::diagnostic::{Diagnostic, msg};
use crate::emit::writer::OutletWriter;
use crate::emit::{fingerprint, nginx, output, templates};
use crate::error::Error;
use crate::model::{Config, Outlet, Story};
use crate::project::Project;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What to build, from the command's options.
pub(crate) struct Request<'a> {
    pub root: &'a Path,
    pub out: PathBuf,
    pub full: bool,
    pub drafts: bool,
    pub future: bool,
    pub outlets: &'a [String],
    pub base_urls: &'a [String],
    pub server_root: Option<&'a Path>,
}

/// What the build says while it runs.
pub(crate) struct Hooks<'a> {
    /// Another build (this process) holds the folder: this one waits.
    pub waiting: &'a dyn Fn(&str),
    /// The findings of loading and checking, before anything is built.
    pub findings: &'a dyn Fn(&[Diagnostic]),
}

/// How a build ended.
pub(crate) enum Built {
    /// Nothing changed since the last build into the folder: it is kept as it is.
    Unchanged,
    /// The checks found errors: nothing was built, the output is untouched.
    Stopped,
    /// The build failed after its checks passed (a photo, a template, a file written
    /// meanwhile): the output is untouched.
    Failed(Vec<Diagnostic>),
    Done(Summary),
}

/// What a finished build did.
pub(crate) struct Summary {
    /// Photos processed and reused; stale cache entries pruned (`None`: an incremental
    /// build, which prunes nothing).
    pub processed: usize,
    pub reused: usize,
    pub pruned: Option<usize>,
    /// Per outlet: id, stories, files (`None`: an incremental build, which counts the
    /// files it rebuilt only), files new or changed.
    pub outlets: Vec<(String, usize, Option<usize>, usize)>,
    /// How long each stage took.
    pub laps: Vec<(String, Duration)>,
}

/// How long each stage took (`--timings`).
struct Timings {
    last: Instant,
    laps: Vec<(String, Duration)>,
}

impl Timings {
    fn new() -> Timings {
        Timings { last: Instant::now(), laps: Vec::new() }
    }
    fn lap(&mut self, name: impl Into<String>) {
        let now = Instant::now();
        self.laps.push((name.into(), now - self.last));
        self.last = now;
    }
}

/// The build's steps, in order. `Err`: a misuse or a folder that cannot be written.
pub(crate) fn run(req: &Request, hooks: &Hooks) -> Result<Built, Error> {
    let out = &req.out;
    let Some((_lock, options, parts)) = begin(req, hooks)? else { return Ok(Built::Unchanged) };
    let fp = parts.as_ref().map(|p| p.whole);
    let mut timings = Timings::new();
    let project = Project::load_with(req.root, parts.as_ref().map(|p| &p.stories))?;
    timings.lap("đọc và kiểm tra / load and check");
    (hooks.findings)(&project.diags);
    let Some(cfg) = project.config.as_ref().filter(|_| !project.has_errors()) else {
        return Ok(Built::Stopped);
    };
    let cfg = &*with_base_urls(cfg, req.base_urls, req.outlets)?;
    let outlets = chosen_outlets(cfg, req.outlets)?;
    let today = cfg.today();
    let all: Vec<&Story> = project.stories();
    let chosen =
        crate::assemble::select(cfg, all.iter().copied(), &Selection { drafts: req.drafts, future: req.future, today });
    // Held until the build ends: another build of this site (into another folder) then
    // prunes none of the photos this one is making or copying. Without it (a folder
    // that cannot be written), the build prunes nothing.
    let cache_hold = crate::images::cache::InUse::take(req.root).ok();
    let images = match super::photos(req.root, cfg, &chosen) {
        Ok(set) => set,
        Err(errors) => return Ok(Built::Failed(errors)),
    };
    timings.lap("ảnh / photos");
    let published = crate::assemble::publish(cfg, chosen, &images, &RenderCache::new());
    timings.lap("xếp bài / assemble");
    let served = req.server_root.map_or_else(|| output::resolve(out), output::resolve);
    let server = ServerTarget { nginx_dir: served.join(nginx::DIR), served };
    // Each outlet's search index, kept beside the output for the next build to patch.
    let carry = SearchCarry::default();
    let build = SiteBuild {
        root: req.root,
        cfg,
        published: &published,
        all: &all,
        today,
        server: Some(server),
        search: Some(&carry),
        reports: Default::default(),
        qr: crate::emit::qr::Masks::open(req.root),
    };
    let media = incremental::media_key(cfg, &outlets, &published);
    let summary = |outlets, pruned, timings: Timings| Summary {
        processed: images.processed,
        reused: images.reused,
        pruned,
        outlets,
        laps: timings.laps,
    };
    let kept = (parts.as_ref(), options.as_deref(), fp);
    match in_place(req, &build, kept, media, &outlets) {
        Some(Ok(lines)) => {
            timings.lap("dựng lại phần thay đổi / incremental build");
            return Ok(Built::Done(summary(lines, None, timings)));
        }
        Some(Err(errors)) => return Ok(Built::Failed(errors)),
        None => {}
    }
    let lines = match full(req, &build, &outlets, &mut timings)? {
        Ok(lines) => lines,
        Err(errors) => return Ok(Built::Failed(errors)),
    };
    keep(out, &build, &carry, kept, (media, &outlets, &published));
    timings.lap("thay thư mục cũ / swap the output");
    // Only a full build knows every photo in use; a partial one leaves the cache alone.
    let pruned = if req.outlets.is_empty() && !req.drafts && !req.future {
        cache_hold.as_ref().map_or(0, |h| images.prune(req.root, h))
    } else {
        0
    };
    Ok(Built::Done(summary(lines, Some(pruned), timings)))
}

type Lines = Vec<(String, usize, Option<usize>, usize)>;

/// Takes the folder (one build at a time in it; a second one waits for the first),
/// finishes an incremental build killed after its commit point, and reads the inputs'
/// fingerprint: `None` when nothing changed since the last build into the folder.
#[allow(clippy::type_complexity)]
fn begin(
    req: &Request,
    hooks: &Hooks,
) -> Result<Option<(output::OutputLock, Option<String>, Option<fingerprint::Parts>)>, Error> {
    let out = &req.out;
    let lock = output::OutputLock::acquire(out, hooks.waiting).map_err(|e| Error::write(out, e))?;
    crate::emit::patch::recover(out).map_err(|e| Error::write(out, e))?;
    let options = options_of(req);
    let parts = options.as_deref().and_then(|o| fingerprint::parts(req.root, o));
    let fp = parts.as_ref().map(|p| p.whole);
    if !req.full && fp.is_some() && fp == fingerprint::stored(out) && outlets_present(req) {
        return Ok(None);
    }
    Ok(Some((lock, options, parts)))
}

/// An incremental build in place, when the last build's state allows one (`None`: it
/// does not; build in full).
fn in_place(
    req: &Request,
    build: &SiteBuild,
    (parts, options, fp): (Option<&fingerprint::Parts>, Option<&str>, Option<u128>),
    media: u64,
    outlets: &[&Outlet],
) -> Option<Result<Lines, Vec<Diagnostic>>> {
    let (parts, options) = (parts?, options?);
    if req.full {
        return None;
    }
    let prev = incremental::State::read(&req.out, parts, options, outlets)?;
    let step = incremental::Step { out: &req.out, parts, fingerprint: fp, outlets };
    match incremental::run(&step, prev, build, media) {
        Ok(Some(done)) => {
            let _ = build.qr.save();
            Some(Ok(done.into_iter().map(|(id, stories, files)| (id, stories, None, files)).collect()))
        }
        Ok(None) => None,
        Err(errors) => Some(Err(errors)),
    }
}

/// Builds every outlet into a staging folder and swaps it in. The inner `Err`: the
/// findings that stopped it (the output untouched).
fn full(
    req: &Request,
    build: &SiteBuild,
    outlets: &[&Outlet],
    timings: &mut Timings,
) -> Result<Result<Lines, Vec<Diagnostic>>, Error> {
    let out = &req.out;
    let staging = output::Staging::new(out).map_err(|e| Error::write(out, e))?;
    let (mut errors, mut lines, mut writers, mut servers) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let themes = templates::load_each(req.root, outlets.iter().map(|o| o.theme.as_str()), &build.cfg.site.labels);
    for o in outlets {
        let w = OutletWriter::new(out, staging.outlet_dir(&o.id), &o.id).precompress(build.cfg.site.precompress);
        let done = match &themes[o.theme.as_str()] {
            Ok(theme) => build.outlet(o, theme, &super::all_jobs, &w),
            Err(d) => Err(vec![d.clone()]),
        };
        match done {
            Ok(d) => {
                let written = w.written.load(std::sync::atomic::Ordering::Relaxed);
                lines.push((o.id.clone(), d.stories, Some(d.files), written));
                servers.extend(d.server.map(|s| (o.id.clone(), s)));
                writers.push((o.id.clone(), w));
            }
            Err(mut e) => errors.append(&mut e),
        }
        timings.lap(format!("dựng / build {}", o.id));
    }
    errors.extend(super::changed_meanwhile(build.all));
    if !errors.is_empty() {
        staging.abandon();
        return Ok(Err(errors));
    }
    let ids: Vec<&str> = outlets.iter().map(|o| o.id.as_str()).collect();
    output::failpoint("before-swap");
    let http = nginx::http_conf(&build.server.as_ref().map(|t| t.nginx_dir.clone()).unwrap_or_default());
    swap(out, staging, &ids, &writers, (&http, &servers)).map_err(|e| Error::write(out, e))?;
    Ok(Ok(lines))
}

/// What the next build reads, after the swap: the search indexes, the state, the
/// fingerprint, the QR masks. The indexes before the state: a state names an output
/// whose indexes are kept (or missing, and made anew), never older ones (`swap` removed
/// those). Each is a cache: unwritten, the next build does more.
fn keep(
    out: &Path,
    build: &SiteBuild,
    carry: &SearchCarry,
    (parts, options, fp): (Option<&fingerprint::Parts>, Option<&str>, Option<u128>),
    (media, outlets, published): (u64, &[&Outlet], &Published),
) {
    if let Ok(indexes) = carry.indexes.lock() {
        for (id, index) in indexes.iter() {
            let _ = output::replace_file(&out.join(incremental::index_file(id)), &incremental::index_bytes(index));
        }
    }
    if let (Some(parts), Some(options)) = (parts, options) {
        let state = incremental::State::of(parts, options, media, outlets, build.cfg, published);
        let _ = output::replace_file(&out.join(incremental::STATE), &state.bytes());
    }
    if let Some(fp) = fp {
        let _ = fingerprint::store(out, fp);
    }
    let _ = build.qr.save();
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
            for (name, text) in s.named(id) {
                output::replace_file(&dir.join(name), text.as_bytes())?;
            }
        }
        match writers.iter().find(|(w, _)| w == id) {
            Some((_, w)) => w.save_manifest(out, id),
            None => Ok(()),
        }
    })?;
    output::replace_file(&dir.join("http.conf"), http.as_bytes())
}

/// The configuration with `--base-url OUTLET=URL` in place of those outlets' `base_url`
/// (a staging server). A bare URL is allowed when the build makes one outlet only.
fn with_base_urls<'c>(
    cfg: &'c Config,
    given: &[String],
    named: &[String],
) -> Result<std::borrow::Cow<'c, Config>, Error> {
    if given.is_empty() {
        return Ok(std::borrow::Cow::Borrowed(cfg));
    }
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
    Ok(std::borrow::Cow::Owned(cfg))
}

/// `--base-url`'s address `url` (given as `g`) as `site.yaml`'s `base_url` must be.
pub(crate) fn base_url_ok(g: &str, url: &str) -> Result<(), Error> {
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

/// `site.yaml`'s text, read as `check` reads it (a regular file inside the site, of
/// bounded size: a FIFO there must not hang the build).
fn site_text(root: &Path) -> Option<String> {
    let file = root.join(crate::model::config::SITE);
    String::from_utf8(crate::load::source::read_in(root, &file, crate::load::source::MAX_FILE_BYTES).ok()?).ok()
}

/// The options and the day (a scheduled story appears on its date), which the inputs'
/// fingerprint and an incremental build's state include.
fn options_of(req: &Request) -> Option<String> {
    let site = site_text(req.root)?;
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
    let mut outlets = req.outlets.to_vec();
    outlets.sort();
    let options = format!(
        "drafts={} future={} outlets={} today={today} server_root={:?} base_urls={:?}",
        req.drafts,
        req.future,
        outlets.join(","),
        req.server_root,
        req.base_urls
    );
    Some(options)
}

/// Whether every outlet the build would write is in `out` (someone may have removed one).
fn outlets_present(req: &Request) -> bool {
    let ids: Vec<String> = if req.outlets.is_empty() {
        let Some(site) = site_text(req.root) else { return false };
        let Ok(v) = crate::yaml::parse_value(&site) else { return false };
        v.get("outlets")
            .and_then(|o| o.as_sequence())
            .map(|seq| seq.iter().filter_map(|o| o.get("id").and_then(|i| i.as_str()).map(str::to_owned)).collect())
            .unwrap_or_default()
    } else {
        req.outlets.to_vec()
    };
    !ids.is_empty() && ids.iter().all(|o| req.out.join(o).join("index.html").is_file())
}
