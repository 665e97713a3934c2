//! The pipeline's front half as one value, for every command: load the configuration and
//! every story file, model and validate them in parallel, collect every finding, and
//! apply what changed on disk since (`Project::apply`: `serve` after each save). `build`,
//! `check`, `review`, `report` and `serve` all read a site through it, so they report
//! the same findings (special files included).

mod draft;
mod gather;
pub(crate) use draft::{DRAFT_LIMIT, is_story_path};

use crate::diagnostic::{self, Diagnostic, msg};
use crate::error::Error;
use crate::load::changes::Changes;
use crate::load::{self, Loaded, Parsed, StoryFile, known};
use crate::model::{Config, Story};
use crate::validate;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A loaded site: configuration, story files with their stories and findings.
pub struct Project {
    /// The site's folder.
    pub root: PathBuf,
    /// The configuration, if it could be read.
    pub config: Option<Config>,
    /// Every finding of every file, sorted (made anew by `apply`).
    pub diags: Vec<Diagnostic>,
    /// How many story files were read.
    pub files: usize,
    /// Story files whose findings were taken from the last run's (`load::known`).
    pub reused: usize,
    /// Findings of the configuration, and of the tree (special files, links that lead
    /// outside the site).
    config_diags: Vec<Diagnostic>,
    tree_diags: Vec<Diagnostic>,
    rules: Option<validate::TextRules>,
    /// Each story file by its site-relative path (in order: findings across files, such
    /// as which of two equal ids is named first, come out the same every run).
    entries: BTreeMap<String, Entry>,
}

/// One story file after loading and checking.
struct Entry {
    file: StoryFile,
    story: Option<Story>,
    diags: Vec<Diagnostic>,
}

impl Project {
    /// Whether a finding is an error, or the configuration could not be read.
    pub fn has_errors(&self) -> bool {
        self.config.is_none() || self.diags.iter().any(Diagnostic::is_error)
    }

    /// The stories that parsed, newest first (the slug breaks ties, so every run orders
    /// alike).
    pub fn stories(&self) -> Vec<&Story> {
        let mut all: Vec<&Story> = self.entries.values().filter_map(|e| e.story.as_ref()).collect();
        all.par_sort_unstable_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));
        all
    }

    /// Loads and validates the site at `root`, with the stories its outlets gather from
    /// other sites (`gather:`).
    pub fn load(root: &Path) -> Result<Project, Error> {
        Project::load_with(root, None)
    }

    /// `load`, knowing of some story files (by path) the hash of their bytes, from their
    /// stamps (`emit::fingerprint::Parts::stories`): such a file kept in the cache is not
    /// read now, only its body when a page needs it.
    pub fn load_with(root: &Path, unchanged: Option<&BTreeMap<String, u64>>) -> Result<Project, Error> {
        let mut project = Project::load_keeping(root, unchanged, true)?;
        project.gather();
        Ok(project)
    }

    /// `load`, writing nothing (not even the cache of findings) and gathering nothing:
    /// `check --stdin`, and a commune's site read for a province view.
    pub fn load_read_only(root: &Path) -> Result<Project, Error> {
        Project::load_keeping(root, None, false)
    }

    /// Takes in the stories of the sites the outlets gather (`project::gather`), with a
    /// finding for each site left out or kept from before.
    fn gather(&mut self) {
        let Some(cfg) = self.config.as_mut().filter(|c| c.site.outlets.iter().any(|o| !o.gather.is_empty())) else {
            return;
        };
        let (entries, gathering, diags) = gather::gather(&self.root, cfg);
        cfg.gathering = gathering;
        self.entries.extend(entries);
        self.tree_diags.extend(diags);
        self.collect();
    }

    fn load_keeping(root: &Path, unchanged: Option<&BTreeMap<String, u64>>, save: bool) -> Result<Project, Error> {
        if !root.join("content").is_dir() || !root.join(crate::model::config::SITE).is_file() {
            return Err(Error::Misuse(msg!("project.not-a-site", root = root.display())));
        }
        let mut project = Project {
            root: root.to_owned(),
            config: None,
            diags: Vec::new(),
            files: 0,
            reused: 0,
            config_diags: Vec::new(),
            tree_diags: Vec::new(),
            rules: None,
            entries: BTreeMap::new(),
        };
        project.read_config();
        project.scan(unchanged, save)?;
        project.collect();
        Ok(project)
    }

    /// Applies what changed on disk: the configuration or the list of files (all is
    /// read again, the unchanged story files from the cache), or story files (each read
    /// and checked again), then every finding made anew.
    pub(crate) fn apply(&mut self, changes: &Changes) -> Result<(), Error> {
        let moved = changes.stories.iter().any(|rel| self.root.join(rel).is_symlink());
        if changes.config || changes.rescan || moved {
            *self = Project::load(&self.root)?;
            return Ok(());
        }
        if let (Some(cfg), Some(rules)) = (&self.config, &self.rules) {
            let checked: Vec<(String, Option<Entry>)> = changes
                .stories
                .par_iter()
                .map(|rel| {
                    let abs = self.root.join(rel);
                    if !abs.is_file() {
                        return (rel.clone(), None);
                    }
                    let slug = abs.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                    let file = StoryFile { abs, rel: rel.clone(), slug };
                    (rel.clone(), Some(check_story(file, None, None, cfg, rules, &self.root).entry))
                })
                .collect();
            for (rel, entry) in checked {
                match entry {
                    Some(e) => self.entries.insert(rel, e),
                    None => self.entries.remove(&rel),
                };
            }
        }
        if changes.media || changes.statics || !changes.templates.is_empty() {
            self.tree_diags.retain(|d| d.code != "special-file");
            self.tree_diags.extend(load::special_files(&self.root));
        }
        self.files = self.entries.len();
        self.collect();
        Ok(())
    }

    /// Reads and checks the configuration, and the channels' switches.
    fn read_config(&mut self) {
        let mut diags = Vec::new();
        self.config = load::config(&self.root, &mut diags);
        if let Some(cfg) = &self.config {
            diags.extend(validate::config(cfg, &self.root));
            diags.extend(crate::emit::channel::check_switches(cfg));
            diags.extend(crate::emit::cms::stale(&self.root, cfg));
            self.rules = Some(validate::TextRules::from_config(cfg));
        }
        self.config_diags = diags;
    }

    /// Finds every story file and checks each one (those unchanged since the last run
    /// from the cache), and looks for special files.
    fn scan(&mut self, unchanged: Option<&BTreeMap<String, u64>>, save: bool) -> Result<(), Error> {
        let root = &self.root;
        let (files, bad_links) = load::find_all(root)
            .map_err(|d| Error::Misuse(msg!("project.file-error", path = d.path, message = d.message)))?;
        self.tree_diags = bad_links.iter().map(|rel| load::outside_link(rel)).collect();
        self.tree_diags.extend(load::special_files(root));
        self.files = files.len();
        let (Some(cfg), Some(rules)) = (&self.config, &self.rules) else { return Ok(()) };
        // The file's text and key positions are dropped as soon as the file is checked:
        // at 100,000 stories, keeping them would double the memory. A story file checked
        // by an earlier run and unchanged since (`load::known`) is neither parsed nor
        // checked again.
        let cache = known::Cache::open(root, cfg.inputs);
        let mut prior = cache.entries();
        let work: Vec<_> = files.into_iter().map(|f| (prior.remove(f.rel.as_str()), f)).collect();
        let checked: Vec<Checked> = work
            .into_par_iter()
            .map(|(e, f)| {
                let known = unchanged.and_then(|u| u.get(&f.rel).copied());
                check_story(f, e, known, cfg, rules, root)
            })
            .collect();
        self.reused = checked.iter().filter(|c| c.reused.is_some()).count();
        if save {
            keep(root, cfg.inputs, &checked, &cache);
        }
        self.entries = checked.into_iter().map(|c| (c.entry.file.rel.clone(), c.entry)).collect();
        Ok(())
    }

    /// Every finding, sorted: the configuration's, the tree's, each file's, and those
    /// across files.
    fn collect(&mut self) {
        let mut all = self.config_diags.clone();
        all.extend(self.tree_diags.iter().cloned());
        if self.config.is_some() {
            let files: Vec<&StoryFile> = self.entries.values().map(|e| &e.file).collect();
            let stories: Vec<&Story> = self.entries.values().filter_map(|e| e.story.as_ref()).collect();
            all.extend(self.entries.values().flat_map(|e| e.diags.iter().cloned()));
            all.extend(validate::library(&files, &stories));
        }
        diagnostic::sort(&mut all);
        self.diags = all;
    }
}

/// Keeps what was found in each story file for the next run (`load::known`).
fn keep(root: &Path, config: u64, checked: &[Checked], cache: &known::Cache) {
    let keep: Vec<known::Keep> = checked
        .iter()
        .filter_map(|c| match (c.reused, &c.source) {
            (Some(kept), _) => Some(known::Keep::Same(&c.entry.file.rel, kept)),
            (None, Some(src)) => Some(known::Keep::New(&c.entry.file.rel, src, c.entry.story.as_ref(), &c.entry.diags)),
            (None, None) => None,
        })
        .collect();
    known::save(root, config, &keep, cache);
}

/// Gives each finding of a story file that names no key the key path (or `body`) at
/// its position, for `check --format json` and the editors' form. Positions are parsed
/// only when such a finding exists.
pub(crate) fn locate_keys(rel: &str, spans: &crate::yaml::SpanMap, diags: &mut [Diagnostic]) {
    for d in diags.iter_mut().filter(|d| d.key.is_none() && d.path == rel) {
        d.key = spans.path_at(d.pos);
    }
}

/// One story file after loading and checking, with what the cache needs of it.
struct Checked<'a> {
    entry: Entry,
    /// What its findings were made from, when they may be kept in the cache.
    source: Option<known::Source>,
    /// Taken from the cache: its entry there.
    reused: Option<known::Kept<'a>>,
}

fn check_story<'a>(
    f: StoryFile,
    prior: Option<known::Kept<'a>>,
    unchanged: Option<u64>,
    cfg: &Config,
    rules: &validate::TextRules,
    root: &Path,
) -> Checked<'a> {
    let (mut p, hash): (Parsed, _) = match load::load_story(f, prior, root, unchanged) {
        Loaded::Known(known) => {
            let (file, (story, diags, src)) = *known;
            return Checked { entry: Entry { file, story, diags }, source: Some(src), reused: prior };
        }
        Loaded::Parsed(p, hash) => (*p, hash),
    };
    load::attach_exemplar(&mut p, &cfg.exemplars);
    let files = validate::Files::new(root);
    let more = validate::story_reading(&p, cfg, rules, &files);
    let touched = files.into_read();
    let Parsed { file, story, mut diags, spans, .. } = p;
    diags.extend(more);
    locate_keys(&file.rel, &spans, &mut diags);
    let source = hash.and_then(|h| known::Source::new(root, h, &touched));
    Checked { entry: Entry { file, story, diags }, source, reused: None }
}
