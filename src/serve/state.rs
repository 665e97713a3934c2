//! What `serve` keeps between rebuilds: every story file's parse and findings, rendered
//! bodies, photos, templates, and the pages served from memory. A change re-parses
//! only the files touched and re-renders only the pages that show them.

use crate::assemble::{self, RenderCache};
use crate::diagnostic::{self, Diagnostic, Lang};
use crate::emit::{templates, Job, OutletBuild};
use crate::images::ImageSet;
use crate::load::{self, StoryFile};
use crate::model::{Config, Story};
use crate::validate::{self, TextRules};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

/// The pages and files of one outlet, by URL path within the outlet (`/bai-viet/x/`).
#[derive(Clone, Default)]
pub struct ServedOutlet {
    pub id: String,
    pub pages: HashMap<String, Arc<Vec<u8>>>,
    /// Static files and photo variants: URL path → file on disk.
    pub files: HashMap<String, PathBuf>,
}

/// What the HTTP side serves: swapped whole after each rebuild.
#[derive(Clone, Default)]
pub struct Site {
    pub outlets: Vec<ServedOutlet>,
    /// Findings that block the build, shown as an overlay (empty when the site is good).
    pub errors: Vec<String>,
    pub version: u64,
}

/// What changed on disk, by kind.
#[derive(Debug, Default)]
pub struct Changes {
    /// Story files (site-relative paths) created, edited or deleted.
    pub stories: HashSet<String>,
    pub rescan: bool,
    pub config: bool,
    pub media: bool,
    /// (theme, template file name)
    pub templates: HashSet<(String, String)>,
    pub statics: bool,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.stories.is_empty() && !self.rescan && !self.config && !self.media && self.templates.is_empty() && !self.statics
    }
}

struct Entry {
    story: Option<Story>,
    diags: Vec<Diagnostic>,
}

/// Where a story stood in the last good build: what to re-render when it changes.
#[derive(Clone, Default)]
struct Members {
    slug: String,
    aliases: Vec<String>,
    columns: Vec<String>,
    units: Vec<String>,
    /// Hash of what the search index and sitemap show of the story.
    listing: u64,
    date: chrono::NaiveDate,
}

fn listing_key(s: &Story) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (&s.slug, &s.title, &s.subject.name, &s.commune, &s.field, s.date, &s.summary, s.draft).hash(&mut h);
    h.finish()
}

pub struct Live {
    root: PathBuf,
    outlets_only: Vec<String>,
    /// `http://127.0.0.1:1111`: outlets are served under `/<outlet-id>/`.
    origin: String,
    cfg: Option<Config>,
    config_diags: Vec<Diagnostic>,
    rules: Option<TextRules>,
    files: HashMap<String, (StoryFile, Entry)>,
    render_cache: RenderCache,
    images: ImageSet,
    photo_paths: HashSet<String>,
    teras: HashMap<String, tera::Tera>,
    members: HashMap<String, Members>,
    pub site: Site,
    /// Whether the served pages are from a good build (and so may be patched).
    good: bool,
    /// Changes not yet in a good build (saved while the content had errors).
    pending: Changes,
}

pub struct Outcome {
    pub pages: usize,
    pub millis: u128,
    pub errors: usize,
}

impl Live {
    pub fn new(root: &Path, outlets_only: Vec<String>, origin: String) -> Live {
        Live {
            root: root.to_owned(),
            outlets_only,
            origin,
            cfg: None,
            config_diags: Vec::new(),
            rules: None,
            files: HashMap::new(),
            render_cache: RenderCache::new(),
            images: ImageSet::default(),
            photo_paths: HashSet::new(),
            teras: HashMap::new(),
            members: HashMap::new(),
            site: Site::default(),
            good: false,
            pending: Changes::default(),
        }
    }

    /// Reads the configuration; outlets get `origin/<id>` as their base URL.
    fn load_config(&mut self) {
        let mut diags = Vec::new();
        self.cfg = Config::load(&self.root, &mut diags).map(|mut cfg| {
            for o in &mut cfg.site.outlets {
                o.base_url = format!("{}/{}", self.origin, o.id);
            }
            cfg
        });
        if let Some(cfg) = &self.cfg {
            diags.extend(validate::config(cfg, &self.root));
            self.rules = Some(TextRules::with_allowed(&cfg.criteria.exaggeration, &cfg.site.privacy.allow));
        }
        self.config_diags = diags;
        self.teras.clear();
        self.render_cache.clear();
    }

    fn parse(&self, file: StoryFile) -> Entry {
        let mut p = load::parse_story(file);
        if let (Some(cfg), Some(rules)) = (&self.cfg, &self.rules) {
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

    fn theme(&mut self, name: &str) -> Result<&tera::Tera, Diagnostic> {
        if !self.teras.contains_key(name) {
            let t = templates::load(&self.root, name)?;
            self.teras.insert(name.to_owned(), t);
        }
        Ok(&self.teras[name])
    }

    /// The first build, or a rebuild from scratch.
    pub fn full(&mut self) -> Outcome {
        self.load_config();
        self.rescan();
        self.good = false;
        self.rebuild(&Changes::default(), true)
    }

    /// Applies what changed on disk, then rebuilds what it affects.
    pub fn apply(&mut self, changes: &Changes) -> Outcome {
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
            self.teras.remove(theme);
        }
        if changes.media {
            self.photo_paths.clear(); // forces the photos to be looked at again
            self.render_cache.clear();
        }
        let whole = !self.good || changes.rescan || changes.media || changes.templates.iter().any(|(_, t)| !matches!(t.as_str(), "story.html" | "list.html" | "home.html" | "communes.html" | "columns.html" | "redirect.html" | "404.html" | "search.html" | "follow.html"));
        // Everything since the last good build is re-rendered together.
        self.pending.stories.extend(changes.stories.iter().cloned());
        self.pending.templates.extend(changes.templates.iter().cloned());
        let pending = std::mem::take(&mut self.pending);
        let out = self.rebuild(&pending, whole);
        if out.errors > 0 {
            self.pending = pending;
        }
        out
    }

    fn rebuild(&mut self, changes: &Changes, whole: bool) -> Outcome {
        let started = Instant::now();
        let findings = self.findings();
        let errors: Vec<String> = findings.iter().filter(|d| d.is_error()).map(|d| d.render(Lang::Vi)).collect();
        let Some(cfg) = self.cfg.clone().filter(|_| errors.is_empty()) else {
            let n = errors.len().max(1);
            self.site.errors = if errors.is_empty() { vec!["Cấu hình của trang không đọc được.".into()] } else { errors };
            self.site.version += 1;
            return Outcome { pages: 0, millis: started.elapsed().as_millis(), errors: n };
        };
        match self.render(&cfg, changes, whole) {
            Ok(pages) => {
                self.site.errors.clear();
                self.site.version += 1;
                self.good = true;
                Outcome { pages, millis: started.elapsed().as_millis(), errors: 0 }
            }
            Err(diags) => {
                self.site.errors = diags.iter().map(|d| d.render(Lang::Vi)).collect();
                self.site.version += 1;
                Outcome { pages: 0, millis: started.elapsed().as_millis(), errors: diags.len() }
            }
        }
    }

    fn render(&mut self, cfg: &Config, changes: &Changes, whole: bool) -> Result<usize, Vec<Diagnostic>> {
        // The files are lent out for the rebuild, so that stories are borrowed, not copied.
        let files = std::mem::take(&mut self.files);
        let result = self.render_from(&files, cfg, changes, whole);
        self.files = files;
        result
    }

    fn render_from(&mut self, files: &HashMap<String, (StoryFile, Entry)>, cfg: &Config, changes: &Changes, whole: bool) -> Result<usize, Vec<Diagnostic>> {
        let mut chosen: Vec<&Story> = files.values().filter_map(|(_, e)| e.story.as_ref()).collect();
        chosen.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));
        let today = crate::commands::new::today(cfg);
        // Preview shows drafts and scheduled stories, as an editor expects of a preview.
        let photos = assemble::photos(&chosen);
        if photos != self.photo_paths {
            self.images = ImageSet::build(&self.root, &cfg.site.images, &photos).map_err(|errs| {
                errs.into_iter()
                    .map(|(rel, e)| {
                        Diagnostic::error(
                            "invalid-image",
                            &format!("content/{rel}"),
                            crate::diagnostic::Pos::START,
                            crate::diagnostic::Text::new(format!("{e:?}"), format!("{e:?}")),
                        )
                    })
                    .collect::<Vec<_>>()
            })?;
            self.photo_paths = photos;
            self.render_cache.clear();
        }
        let images = std::mem::take(&mut self.images);
        let mut cache = std::mem::take(&mut self.render_cache);
        let published = assemble::publish_cached(cfg, chosen, &images, &mut cache);

        // Where each story stands now, to compare with the last build.
        // Where the changed stories stand now (all of them after a whole rebuild).
        let mut now: HashMap<String, Members> = HashMap::new();
        for (i, s) in published.stories.iter().enumerate() {
            if !whole && !changes.stories.contains(&s.path) {
                continue;
            }
            now.insert(
                s.path.clone(),
                Members {
                    slug: s.slug.clone(),
                    aliases: s.aliases.clone(),
                    columns: published.columns_of[i].iter().map(|&c| cfg.columns[c].id.clone()).collect(),
                    units: cfg.registry.lineage(&s.commune).iter().map(|u| u.id.clone()).collect(),
                    listing: listing_key(s),
                    date: s.date,
                },
            );
        }
        // The search index and the sitemap change only with what they list.
        let listings_changed = whole
            || !changes.templates.is_empty()
            || changes.stories.iter().any(|p| self.members.get(p).map(|m| m.listing) != now.get(p).map(|m| m.listing));
        let mut touched_cols: HashSet<String> = HashSet::new();
        let mut touched_units: HashSet<String> = HashSet::new();
        let mut gone_pages: Vec<String> = Vec::new();
        for path in &changes.stories {
            for m in [self.members.get(path), now.get(path)].into_iter().flatten() {
                touched_cols.extend(m.columns.iter().cloned());
                touched_units.extend(m.units.iter().cloned());
            }
            if let Some(old) = self.members.get(path) {
                gone_pages.push(crate::assemble::urls::story(&old.slug));
                gone_pages.extend(old.aliases.iter().map(|a| crate::assemble::urls::story(a)));
            }
        }
        let changed_templates: HashSet<&str> = changes.templates.iter().map(|(_, t)| t.as_str()).collect();
        // An edit that moves no story in or out of a list, nor within it (same lists, date
        // and slug), changes only the list pages that show the story.
        let in_place = !whole
            && changes.templates.is_empty()
            && changes.stories.iter().all(|p| match (self.members.get(p), now.get(p)) {
                (Some(a), Some(b)) => a.columns == b.columns && a.units == b.units && a.date == b.date && a.slug == b.slug,
                _ => false,
            });
        let changed_idx: Vec<usize> =
            published.stories.iter().enumerate().filter(|(_, s)| changes.stories.contains(&s.path)).map(|(i, _)| i).collect();
        let per = cfg.site.per_page.max(1);
        // Does list `list` show a changed story on page `page` (None: in its feed)?
        let shows = |list: &[usize], page: Option<usize>| {
            changed_idx.iter().any(|i| match list.binary_search(i) {
                Ok(pos) => match page {
                    Some(n) => pos / per + 1 == n,
                    None => pos < cfg.site.feed_limit,
                },
                Err(_) => false,
            })
        };

        let mut outlets = Vec::new();
        let mut count = 0;
        let mut errors = Vec::new();
        let ids: Vec<String> = cfg
            .site
            .outlets
            .iter()
            .filter(|o| self.outlets_only.is_empty() || self.outlets_only.contains(&o.id))
            .map(|o| o.id.clone())
            .collect();
        for id in ids {
            let Some(o) = cfg.site.outlet(&id) else { continue };
            let tera = match self.theme(&o.theme) {
                Ok(t) => t.clone(),
                Err(d) => {
                    errors.push(d);
                    continue;
                }
            };
            let plan = assemble::plan(cfg, o, &published);
            let build = OutletBuild { cfg, published: &published, plan: &plan, tera: &tera, today };
            let prep = build.prepare();
            let all = build.jobs();
            let previous = self.site.outlets.iter().find(|x| x.id == id).cloned();
            let (mut served, jobs): (ServedOutlet, Vec<Job>) = match previous.filter(|_| !whole) {
                Some(mut prev) => {
                    let pick = |job: &Job| -> bool {
                        match *job {
                            Job::Home | Job::SiteFeed | Job::Communes | Job::Columns | Job::Follow | Job::Opml => true,
                            Job::SearchIndex => listings_changed,
                            Job::Search | Job::SearchScript => changed_templates.contains("search.html"),
                            Job::NotFound => changed_templates.contains("404.html"),
                            Job::Story(i) | Job::Alias(i, _) => {
                                changes.stories.contains(&published.stories[i].path)
                                    || changed_templates.contains(if matches!(job, Job::Story(_)) { "story.html" } else { "redirect.html" })
                            }
                            Job::Column(slot, n) if in_place => shows(&plan.columns[slot].1, Some(n)),
                            Job::ColumnFeed(slot) if in_place => shows(&plan.columns[slot].1, None),
                            Job::Unit(slot, n) if in_place => shows(&plan.units[slot].1, Some(n)),
                            Job::UnitFeed(slot) if in_place => shows(&plan.units[slot].1, None),
                            Job::Column(slot, _) | Job::ColumnFeed(slot) => {
                                touched_cols.contains(&cfg.columns[plan.columns[slot].0].id) || changed_templates.contains("list.html")
                            }
                            Job::Unit(slot, _) | Job::UnitFeed(slot) => {
                                touched_units.contains(&cfg.registry.units[plan.units[slot].0].id) || changed_templates.contains("list.html")
                            }
                        }
                    };
                    for g in &gone_pages {
                        prev.pages.remove(g);
                    }
                    // Lists whose pages may have moved lose them all, then get them anew.
                    prev.pages.retain(|k, _| {
                        if in_place {
                            return true;
                        }
                        let in_list = |prefix: &str, set: &HashSet<String>| {
                            k.strip_prefix(prefix).and_then(|r| r.split('/').next()).is_some_and(|id| set.contains(id))
                        };
                        !in_list("/chuyen-muc/", &touched_cols) && !in_list("/dia-phuong/", &touched_units)
                    });
                    (prev, all.into_iter().filter(pick).collect())
                }
                None => (ServedOutlet { id: id.clone(), ..Default::default() }, all),
            };
            match build.render_jobs(&prep, &jobs) {
                Ok(pages) => {
                    count += pages.len();
                    for (path, bytes) in pages {
                        served.pages.insert(path, Arc::new(bytes));
                    }
                    if listings_changed || !served.pages.contains_key("/sitemap.xml") {
                        served.pages.insert("/sitemap.xml".into(), Arc::new(build.sitemap()));
                    }
                }
                Err(mut e) => errors.append(&mut e),
            }
            served.files = static_files(&self.root.join("themes").join(&o.theme).join("static"));
            let cache = crate::images::cache::Cache::new(&self.root);
            for (c, out) in &images.files {
                served.files.insert(format!("/{out}"), cache.path(c));
            }
            outlets.push(served);
        }
        self.images = images;
        self.render_cache = cache;
        if !errors.is_empty() {
            return Err(errors);
        }
        if whole {
            self.members = now;
        } else {
            for path in &changes.stories {
                match now.remove(path) {
                    Some(m) => self.members.insert(path.clone(), m),
                    None => self.members.remove(path),
                };
            }
        }
        self.site.outlets = outlets;
        Ok(count)
    }
}

/// Files under a theme's `static/`, by URL path.
fn static_files(dir: &Path) -> HashMap<String, PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| {
            let rel = e.path().strip_prefix(dir).ok()?;
            Some((format!("/{}", load::rel_path(Path::new(""), rel)), e.path().to_owned()))
        })
        .collect()
}
