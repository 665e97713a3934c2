//! What `serve` keeps between rebuilds: every story file's parse and findings, rendered
//! bodies, photos, templates, and the pages served from memory. A change re-parses
//! only the files touched and re-renders only the pages that show them.

use crate::assemble::{self, RenderCache, Selection};
use crate::diagnostic::{self, Diagnostic, Lang};
use crate::emit::{Job, OutletBuild, Sink, templates};
use crate::images::ImageSet;
use crate::load::{self, StoryFile};
use crate::model::{Config, Story};
pub(crate) use crate::site::changes::Changes;
use crate::site::changes::{self, Members};
use crate::site::{self, SiteBuild};
use crate::validate::{self, TextRules};
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

struct Entry {
    story: Option<Story>,
    diags: Vec<Diagnostic>,
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
    cfg: Option<Config>,
    config_diags: Vec<Diagnostic>,
    rules: Option<TextRules>,
    files: HashMap<String, (StoryFile, Entry)>,
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
            cfg: None,
            config_diags: Vec::new(),
            rules: None,
            files: HashMap::new(),
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

    /// Reads the configuration; outlets get `origin/<id>` as their base URL.
    fn load_config(&mut self) {
        let mut diags = Vec::new();
        self.cfg = crate::load::config(&self.root, &mut diags).map(|mut cfg| {
            for o in &mut cfg.site.outlets {
                o.base_url = format!("{}/{}", self.origin, o.id);
            }
            cfg
        });
        if let Some(cfg) = &self.cfg {
            diags.extend(validate::config(cfg, &self.root));
            diags.extend(crate::emit::channel::check_switches(cfg));
            self.rules = Some(TextRules::from_config(cfg));
        }
        self.config_diags = diags;
        self.teras.clear();
        self.render_cache.clear();
    }

    fn parse(&self, file: StoryFile) -> Entry {
        let mut p = load::parse_story(file);
        if let (Some(cfg), Some(rules)) = (&self.cfg, &self.rules) {
            load::attach_exemplar(&mut p, &cfg.exemplars);
            let more = validate::story(&p, cfg, rules, &self.root);
            p.diags.extend(more);
        }
        Entry { story: p.story, diags: p.diags }
    }

    fn rescan(&mut self) {
        use rayon::prelude::*;
        let Ok((found, bad_links)) = load::find_all(&self.root) else { return };
        let entries: Vec<(StoryFile, Entry)> = found.into_par_iter().map(|f| (f.clone(), self.parse(f))).collect();
        self.files = entries.into_iter().map(|(f, e)| (f.rel.clone(), (f, e))).collect();
        for rel in bad_links {
            let d = load::outside_link(&rel);
            let file = StoryFile { abs: self.root.join(&rel), rel: rel.clone(), slug: String::new() };
            self.files.insert(rel, (file, Entry { story: None, diags: vec![d] }));
        }
    }

    /// Every finding, sorted: configuration, files, and across files.
    fn findings(&self) -> Vec<Diagnostic> {
        let mut all = self.config_diags.clone();
        let files: Vec<&StoryFile> = self.files.values().map(|(f, _)| f).collect();
        let stories: Vec<&Story> = self.files.values().filter_map(|(_, e)| e.story.as_ref()).collect();
        for (_, e) in self.files.values() {
            all.extend(e.diags.iter().cloned());
        }
        all.extend(validate::library(&files, &stories));
        diagnostic::sort(&mut all);
        all
    }

    fn theme(&mut self, name: &str) -> Result<&templates::Theme, Diagnostic> {
        if !self.teras.contains_key(name) {
            let labels = self.cfg.as_ref().map(|c| c.site.labels.clone()).unwrap_or_default();
            let t = templates::load(&self.root, name, &labels)?;
            self.teras.insert(name.to_owned(), t);
        }
        Ok(&self.teras[name])
    }

    /// The first build, or a rebuild from scratch.
    pub(crate) fn full(&mut self) -> Outcome {
        self.load_config();
        self.rescan();
        self.good = false;
        self.rebuild(&Changes::default(), Phase::All, true)
    }

    /// Applies what changed on disk, then rebuilds what it affects.
    pub(crate) fn apply(&mut self, changes: &Changes) -> Outcome {
        if changes.config {
            return self.full();
        }
        if changes.rescan {
            self.rescan();
        } else {
            for rel in &changes.stories {
                let abs = self.root.join(rel);
                if abs.is_file() || abs.is_symlink() {
                    let slug = abs.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                    let file = StoryFile { abs, rel: rel.clone(), slug };
                    let entry = self.parse(file.clone());
                    self.files.insert(rel.clone(), (file, entry));
                } else {
                    self.files.remove(rel);
                }
            }
        }
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
        let new_day = self.day != self.cfg.as_ref().map(Config::today);
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
        let findings = self.findings();
        let errors: Vec<String> = findings.iter().filter(|d| d.is_error()).map(|d| d.render(self.lang)).collect();
        let Some(cfg) = self.cfg.clone().filter(|_| errors.is_empty()) else {
            let n = errors.len().max(1);
            self.site.errors =
                if errors.is_empty() { vec!["Cấu hình của trang không đọc được.".into()] } else { errors };
            self.site.version += 1;
            return Outcome { pages: 0, millis: started.elapsed().as_millis(), errors: n };
        };
        match self.render(&cfg, changes, phase, whole) {
            Ok(pages) => {
                self.site.errors.clear();
                self.site.version += 1;
                self.good = true;
                Outcome { pages, millis: started.elapsed().as_millis(), errors: 0 }
            }
            Err(diags) => {
                self.site.errors = diags.iter().map(|d| d.render(self.lang)).collect();
                self.site.version += 1;
                Outcome { pages: 0, millis: started.elapsed().as_millis(), errors: diags.len() }
            }
        }
    }

    fn render(&mut self, cfg: &Config, changes: &Changes, phase: Phase, whole: bool) -> Result<usize, Vec<Diagnostic>> {
        // The files are lent out for the rebuild, so that stories are borrowed, not copied.
        let files = std::mem::take(&mut self.files);
        let result = self.render_from(&files, cfg, changes, (phase, whole));
        self.files = files;
        result
    }

    fn render_from(
        &mut self,
        files: &HashMap<String, (StoryFile, Entry)>,
        cfg: &Config,
        changes: &Changes,
        (phase, whole): (Phase, bool),
    ) -> Result<usize, Vec<Diagnostic>> {
        // What `build` would publish with the same flags; the reports count every story.
        let mut all: Vec<&Story> = files.values().filter_map(|(_, e)| e.story.as_ref()).collect();
        all.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));
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
        let now: HashMap<String, Members> = (0..published.stories.len())
            .filter(|&i| whole || changes.stories.contains(&published.stories[i].path))
            .map(|i| (published.stories[i].path.clone(), Members::of(cfg, &published, i)))
            .collect();
        let mut affected = changes::affected(changes, &self.members, &now);
        affected.locate(cfg, &published);
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
            // The reports' pages stay served until `finish` renders them all anew.
            let in_reports = |k: &str| affected.reports.as_deref().is_some_and(|r| k.starts_with(r));
            let drops = |k: &str| match phase {
                Phase::All => affected.drops(k),
                Phase::Pages => affected.drops(k) && !in_reports(k),
                Phase::Reports => in_reports(k),
            };
            // When no story moved, the pages that go are the changed stories' old ones,
            // named in `gone`: no need to ask `drops` of every page.
            let named: Option<Vec<&String>> = (phase == Phase::Pages && affected.in_place)
                .then(|| affected.gone.iter().filter(|k| !in_reports(k)).collect());
            if let (Some(prev), Ok(mut pages), Ok(mut files)) = (previous, memory.pages.lock(), memory.files.lock()) {
                *pages = without(&prev.pages, drops, named.as_deref());
                *files = without(&prev.files, drops, named.as_deref());
            }
            let deferred = |j: Job| j.channel().deferred();
            let pages = |b: &OutletBuild, j: Job| !deferred(j) && affected.picks(b, j);
            let reports = |_: &OutletBuild, j: Job| deferred(j);
            let done = match phase {
                _ if whole || previous.is_none() => build.outlet(o, &tera, &site::all_jobs, &memory),
                Phase::All => build.outlet(o, &tera, &affected.as_pick(), &memory),
                Phase::Pages => build.outlet(o, &tera, &pages, &memory),
                Phase::Reports => build.outlet(o, &tera, &reports, &memory),
            };
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
        if whole {
            self.members = now;
        } else {
            let mut now = now;
            for path in &changes.stories {
                match now.remove(path) {
                    Some(m) => self.members.insert(path.clone(), m),
                    None => self.members.remove(path),
                };
            }
        }
        self.site.outlets = outlets;
        self.day = Some(today);
        self.reports_due = phase == Phase::Pages && !whole && affected.counts && cfg.site.report_page.is_some();
        Ok(count)
    }
}

/// An outlet's files as the preview holds them: pages in memory, photo variants on disk.
#[derive(Default)]
struct Memory {
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
    fn into_outlet(self, id: &str) -> ServedOutlet {
        ServedOutlet {
            id: id.to_owned(),
            pages: self.pages.into_inner().unwrap_or_default(),
            files: self.files.into_inner().unwrap_or_default(),
        }
    }
}
