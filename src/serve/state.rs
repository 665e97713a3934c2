//! What `serve` keeps between rebuilds: every story file's parse and findings, rendered
//! bodies, photos, templates, and the pages served from memory. A change re-parses
//! only the files touched and re-renders only the pages that show them.

use crate::assemble::{self, RenderCache, Selection};
use crate::diagnostic::{Diagnostic, Lang};
use crate::emit::{Job, OutletBuild, Sink, templates};
use crate::images::ImageSet;
use crate::model::{Config, Story};
use crate::project::Project;
pub(crate) use crate::site::changes::Changes;
use crate::site::changes::{self, Members};
use crate::site::{self, SiteBuild};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// The pages and files of one outlet, by URL path within the outlet (`/bai-viet/x/`).
///
/// The maps are persistent (`imbl`): a rebuild starts from a copy of the pages served
/// now, and the HTTP side gets a copy of the new ones, each copy sharing all but the
/// changed entries. Copying 60,000 pages with `std`'s map took a third of a preview
/// rebuild at 10,000 stories, and once more to hand the site over.
#[derive(Clone, Default)]
pub(crate) struct ServedOutlet {
    pub id: String,
    pub pages: imbl::HashMap<String, Arc<Vec<u8>>>,
    /// Static files and photo variants: URL path → file on disk.
    pub files: imbl::HashMap<String, PathBuf>,
}

/// What the HTTP side serves: swapped whole after each rebuild.
#[derive(Clone, Default)]
pub(crate) struct Site {
    pub outlets: Vec<ServedOutlet>,
    /// Findings that block the build, shown as an overlay (empty when the site is good).
    pub errors: Vec<String>,
    pub version: u64,
}

pub(crate) struct Live {
    root: PathBuf,
    /// The language of the findings shown in the terminal and the overlay.
    lang: Lang,
    outlets_only: Vec<String>,
    /// Whether drafts and stories dated in the future are shown, as `build --drafts
    /// --future` would publish them.
    drafts: bool,
    future: bool,
    /// `http://127.0.0.1:1111`: outlets are served under `/<outlet-id>/`.
    origin: String,
    /// The site as loaded and checked, changes applied (the same `Project` as `build`
    /// and `check` load); `Err`: it could not be read (the message shown).
    project: Result<Project, String>,
    render_cache: RenderCache,
    /// Each outlet's search index, patched after an edit that moves no story.
    search: HashMap<String, crate::assemble::search::Index>,
    images: ImageSet,
    photo_paths: HashSet<String>,
    teras: HashMap<String, templates::Theme>,
    members: HashMap<String, Members>,
    pub site: Site,
    /// Whether the served pages are from a good build (and so may be patched).
    good: bool,
    /// Changes not yet in a good build (saved while the content had errors).
    pending: Changes,
    /// The site's date of the served pages: on a new day, scheduled stories come due.
    day: Option<chrono::NaiveDate>,
    /// The warnings reported so far, as printed.
    shown: HashSet<String>,
    /// The yearly reports wait for `finish`: the last rebuild changed their counts but
    /// served the edited pages first (the reports recount the whole district).
    reports_due: bool,
}

/// Which of the picked jobs a rebuild renders: everything, all but the yearly reports
/// (which `finish` renders next), or the reports alone.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    All,
    Pages,
    Reports,
}

pub(crate) struct Outcome {
    pub pages: usize,
    pub millis: u128,
    pub errors: usize,
    /// Warnings not reported before (each is printed once, when it appears).
    pub warnings: Vec<String>,
}

impl Live {
    pub(crate) fn new(root: &Path, outlets_only: Vec<String>, origin: String) -> Live {
        Live {
            root: root.to_owned(),
            lang: Lang::Vi,
            outlets_only,
            drafts: false,
            future: false,
            origin,
            project: Err(String::new()),
            render_cache: RenderCache::new(),
            search: HashMap::new(),
            images: ImageSet::default(),
            photo_paths: HashSet::new(),
            teras: HashMap::new(),
            members: HashMap::new(),
            site: Site::default(),
            good: false,
            pending: Changes::default(),
            reports_due: false,
            shown: HashSet::new(),
            day: None,
        }
    }

    /// Findings in `lang` (Vietnamese by default).
    pub(crate) fn with_lang(mut self, lang: Lang) -> Live {
        self.lang = lang;
        self
    }

    /// Shows drafts, stories dated in the future, or both (neither by default, as `build`).
    pub(crate) fn with_selection(mut self, drafts: bool, future: bool) -> Live {
        (self.drafts, self.future) = (drafts, future);
        self
    }

    /// The configuration, if it could be read.
    fn cfg(&self) -> Option<&Config> {
        self.project.as_ref().ok().and_then(|p| p.config.as_ref())
    }

    /// After loading or applying changes: outlets get `origin/<id>` as their base URL
    /// (the configuration is checked as written, so `serve` and `check` find the same).
    fn serve_urls(&mut self) {
        if let Ok(Project { config: Some(cfg), .. }) = &mut self.project {
            for o in &mut cfg.site.outlets {
                o.base_url = format!("{}/{}", self.origin, o.id);
            }
        }
    }

    /// Reads the whole site anew: configuration, themes and every story file.
    fn load(&mut self) {
        self.project = Project::load(&self.root).map_err(|e| e.render(self.lang));
        self.serve_urls();
        self.teras.clear();
        self.render_cache.clear();
    }

    /// Every finding, sorted: configuration, files, and across files.
    pub(super) fn findings(&self) -> &[Diagnostic] {
        self.project.as_ref().map_or(&[], |p| &p.diags)
    }

    /// The warnings that were not there at the last rebuild, as printed.
    fn new_warnings(&mut self) -> Vec<String> {
        let now: Vec<String> = self.findings().iter().filter(|d| !d.is_error()).map(|d| d.render(self.lang)).collect();
        let fresh = now.iter().filter(|w| !self.shown.contains(*w)).cloned().collect();
        self.shown = now.into_iter().collect();
        fresh
    }

    fn theme(&mut self, name: &str) -> Result<&templates::Theme, Diagnostic> {
        if !self.teras.contains_key(name) {
            let labels = self.cfg().map(|c| c.site.labels.clone()).unwrap_or_default();
            let t = templates::load(&self.root, name, &labels)?;
            self.teras.insert(name.to_owned(), t);
        }
        Ok(&self.teras[name])
    }

    /// The first build, or a rebuild from scratch.
    pub(crate) fn full(&mut self) -> Outcome {
        self.load();
        self.good = false;
        self.rebuild(&Changes::default(), Phase::All, true)
    }

    /// Applies what changed on disk, then rebuilds what it affects.
    pub(crate) fn apply(&mut self, changes: &Changes) -> Outcome {
        if changes.config {
            return self.full();
        }
        if let Ok(project) = &mut self.project
            && let Err(e) = project.apply(changes)
        {
            self.project = Err(e.render(self.lang));
        }
        self.serve_urls();
        for (theme, _) in &changes.templates {
            if theme.is_empty() {
                self.teras.clear(); // the site's own templates: every theme
            } else {
                self.teras.remove(theme);
            }
        }
        if changes.media {
            self.photo_paths.clear(); // forces the photos to be looked at again
            self.render_cache.clear();
        }
        let new_day = self.day != self.cfg().map(Config::today);
        let whole = !self.good || changes.needs_whole() || new_day;
        // Everything since the last good build is re-rendered together.
        self.pending.stories.extend(changes.stories.iter().cloned());
        self.pending.templates.extend(changes.templates.iter().cloned());
        let pending = std::mem::take(&mut self.pending);
        let out = self.rebuild(&pending, if whole { Phase::All } else { Phase::Pages }, whole);
        if out.errors > 0 {
            self.pending = pending;
        }
        out
    }

    /// Renders the yearly reports the last rebuild left for later, if it left any: the
    /// caller serves that rebuild's pages first, then calls this.
    pub(crate) fn finish(&mut self) -> Option<Outcome> {
        if !std::mem::take(&mut self.reports_due) || !self.good {
            return None;
        }
        Some(self.rebuild(&Changes::default(), Phase::Reports, false))
    }

    fn rebuild(&mut self, changes: &Changes, phase: Phase, whole: bool) -> Outcome {
        let started = Instant::now();
        let warnings = self.new_warnings();
        let done = |pages, errors| Outcome { pages, millis: started.elapsed().as_millis(), errors, warnings };
        let mut errors: Vec<String> =
            self.findings().iter().filter(|d| d.is_error()).map(|d| d.render(self.lang)).collect();
        if let Err(e) = &self.project {
            errors.push(e.clone());
        }
        let Some(cfg) = self.cfg().cloned().filter(|_| errors.is_empty()) else {
            let n = errors.len().max(1);
            self.site.errors =
                if errors.is_empty() { vec!["Cấu hình của trang không đọc được.".into()] } else { errors };
            self.site.version += 1;
            return done(0, n);
        };
        match self.render(&cfg, changes, phase, whole) {
            Ok(pages) => {
                self.site.errors.clear();
                self.site.version += 1;
                self.good = true;
                done(pages, 0)
            }
            Err(diags) => {
                self.site.errors = diags.iter().map(|d| d.render(self.lang)).collect();
                self.site.version += 1;
                done(0, diags.len())
            }
        }
    }

    fn render(&mut self, cfg: &Config, changes: &Changes, phase: Phase, whole: bool) -> Result<usize, Vec<Diagnostic>> {
        // The project is lent out for the rebuild, so that stories are borrowed, not copied.
        let project = std::mem::replace(&mut self.project, Err(String::new()));
        let result = match &project {
            Ok(p) => self.render_from(p, cfg, changes, (phase, whole)),
            Err(_) => Ok(0),
        };
        self.project = project;
        result
    }

    fn render_from(
        &mut self,
        project: &Project,
        cfg: &Config,
        changes: &Changes,
        (phase, whole): (Phase, bool),
    ) -> Result<usize, Vec<Diagnostic>> {
        // What `build` would publish with the same flags; the reports count every story.
        let all: Vec<&Story> = project.stories();
        let today = cfg.today();
        let chosen =
            assemble::select(cfg, all.iter().copied(), &Selection { drafts: self.drafts, future: self.future, today });
        let photos = assemble::photos(&chosen);
        if photos != self.photo_paths {
            self.images = site::photos(&self.root, cfg, &chosen)?;
            self.photo_paths = photos;
            self.render_cache.clear();
        }
        let images = std::mem::take(&mut self.images);
        let mut cache = std::mem::take(&mut self.render_cache);
        let published = assemble::publish(cfg, chosen, &images, &cache);
        // Where the changed stories stand now (all of them after a whole rebuild).
        let (affected, now) = changes::plan(changes, &self.members, cfg, &published, whole);
        let root = self.root.clone();
        // The search indexes are patched when no story moved, else made anew.
        let carry = site::SearchCarry {
            indexes: std::sync::Mutex::new(if whole { Default::default() } else { std::mem::take(&mut self.search) }),
            changed: std::sync::Mutex::new((!whole && affected.in_place).then(|| affected.changed.clone())),
            ..Default::default()
        };
        let build = SiteBuild {
            root: &root,
            cfg,
            published: &published,
            all: &all,
            today,
            server: None,
            search: Some(&carry),
            reports: Default::default(),
            qr: crate::emit::qr::Masks::open(&root),
        };
        let (mut outlets, mut count, mut errors) = (Vec::new(), 0, Vec::new());
        let only = self.outlets_only.clone();
        for o in cfg.site.outlets.iter().filter(|o| only.is_empty() || only.contains(&o.id)) {
            let tera = match self.theme(&o.theme) {
                Ok(t) => t.clone(),
                Err(d) => {
                    errors.push(d);
                    continue;
                }
            };
            // A rebuild starts from the pages served now, less those it replaces.
            let previous = self.site.outlets.iter().find(|x| x.id == o.id).filter(|_| !whole);
            let memory = Memory::default();
            let done = outlet_pages(&build, o, &tera, &affected, (phase, whole), previous, &memory);
            match done {
                Ok(d) => count += d.files,
                Err(mut e) => errors.append(&mut e),
            }
            outlets.push(memory.into_outlet(&o.id));
        }
        let _ = build.qr.save(); // a cache: unwritten, the masks are chosen again
        published.keep(&mut cache);
        self.images = images;
        self.render_cache = cache;
        if !errors.is_empty() {
            return Err(errors);
        }
        self.search = carry.indexes.into_inner().unwrap_or_default();
        self.remember(now, changes, whole);
        self.site.outlets = outlets;
        self.day = Some(today);
        self.reports_due = phase == Phase::Pages && !whole && affected.counts && cfg.site.report_page.is_some();
        Ok(count)
    }

    /// Keeps where the changed stories stand now (every story's after a whole rebuild),
    /// for the next change.
    fn remember(&mut self, mut now: HashMap<String, Members>, changes: &Changes, whole: bool) {
        if whole {
            self.members = now;
            return;
        }
        for path in &changes.stories {
            match now.remove(path) {
                Some(m) => self.members.insert(path.clone(), m),
                None => self.members.remove(path),
            };
        }
    }
}

/// Renders one outlet's part of a rebuild into `memory`, starting from the pages served
/// now (`previous`) less those the rebuild replaces.
fn outlet_pages(
    build: &SiteBuild,
    o: &crate::model::Outlet,
    tera: &templates::Theme,
    affected: &changes::Affected,
    (phase, whole): (Phase, bool),
    previous: Option<&ServedOutlet>,
    memory: &Memory,
) -> Result<site::Done, Vec<Diagnostic>> {
    // The reports' pages stay served until `finish` renders them all anew.
    let in_reports = |k: &str| affected.reports.as_deref().is_some_and(|r| k.starts_with(r));
    let drops = |k: &str| match phase {
        Phase::All => affected.drops(k),
        Phase::Pages => affected.drops(k) && !in_reports(k),
        Phase::Reports => in_reports(k),
    };
    // When no story moved, the pages that go are the changed stories' old ones, named in
    // `gone`: no need to ask `drops` of every page.
    let named: Option<Vec<&String>> =
        (phase == Phase::Pages && affected.in_place).then(|| affected.gone.iter().filter(|k| !in_reports(k)).collect());
    if let (Some(prev), Ok(mut pages), Ok(mut files)) = (previous, memory.pages.lock(), memory.files.lock()) {
        *pages = without(&prev.pages, drops, named.as_deref());
        *files = without(&prev.files, drops, named.as_deref());
    }
    let deferred = |j: Job| j.channel().deferred();
    let pages = |b: &OutletBuild, j: Job| !deferred(j) && affected.picks(b, j);
    let reports = |_: &OutletBuild, j: Job| deferred(j);
    match phase {
        _ if whole || previous.is_none() => build.outlet(o, tera, &site::all_jobs, memory),
        Phase::All => build.outlet(o, tera, &affected.as_pick(), memory),
        Phase::Pages => build.outlet(o, tera, &pages, memory),
        Phase::Reports => build.outlet(o, tera, &reports, memory),
    }
}

/// An outlet's files as the preview holds them: pages in memory, photo variants on disk.
#[derive(Default)]
pub(super) struct Memory {
    pages: Mutex<imbl::HashMap<String, Arc<Vec<u8>>>>,
    files: Mutex<imbl::HashMap<String, PathBuf>>,
}

/// A copy of `map` without the keys `drops` names, or only without those in `named`
/// when given (the same keys, listed). The copy shares what it keeps.
fn without<V: Clone>(
    map: &imbl::HashMap<String, V>,
    drops: impl Fn(&str) -> bool,
    named: Option<&[&String]>,
) -> imbl::HashMap<String, V> {
    let mut kept = map.clone();
    match named {
        Some(keys) => keys.iter().for_each(|k| {
            kept.remove(*k);
        }),
        None => map.keys().filter(|k| drops(k)).for_each(|k| {
            kept.remove(k);
        }),
    }
    kept
}

impl Sink for Memory {
    fn page(&self, path: &str, bytes: Vec<u8>) -> std::io::Result<()> {
        self.pages.lock().map_err(|_| std::io::Error::other("poisoned"))?.insert(path.to_owned(), Arc::new(bytes));
        Ok(())
    }
    fn file(&self, url: &str, disk: &Path, _link: bool) -> std::io::Result<()> {
        self.files.lock().map_err(|_| std::io::Error::other("poisoned"))?.insert(url.to_owned(), disk.to_owned());
        Ok(())
    }
}

impl Memory {
    pub(super) fn into_outlet(self, id: &str) -> ServedOutlet {
        ServedOutlet {
            id: id.to_owned(),
            pages: self.pages.into_inner().unwrap_or_default(),
            files: self.files.into_inner().unwrap_or_default(),
        }
    }
}
