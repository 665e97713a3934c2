//! The pipeline's front half as one call: load the configuration and every story,
//! model and validate them in parallel, and collect every finding.

use crate::diagnostic::{self, Diagnostic, msg};
use crate::error::Error;
use crate::load::{self, Loaded, Parsed, StoryFile, known};
use crate::model::{Config, Story};
use crate::validate;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A loaded site: configuration, stories (sorted newest first) and findings.
pub struct Project {
    /// The site's folder.
    pub root: PathBuf,
    /// The configuration, if it could be read.
    pub config: Option<Config>,
    /// The stories that parsed, newest first.
    pub stories: Vec<Story>,
    /// Every finding of every file.
    pub diags: Vec<Diagnostic>,
    /// How many story files were read.
    pub files: usize,
    /// Story files whose findings were taken from the last run's (`load::known`).
    pub reused: usize,
}

impl Project {
    /// Whether a finding is an error, or the configuration could not be read.
    pub fn has_errors(&self) -> bool {
        self.config.is_none() || self.diags.iter().any(Diagnostic::is_error)
    }

    /// Loads and validates the site at `root`.
    pub fn load(root: &Path) -> Result<Project, Error> {
        Project::load_with(root, None)
    }

    /// `load`, knowing of some story files (by path) the hash of their bytes, from their
    /// stamps (`emit::fingerprint::Parts::stories`): such a file kept in the cache is not
    /// read now, only its body when a page needs it.
    pub fn load_with(root: &Path, unchanged: Option<&BTreeMap<String, u64>>) -> Result<Project, Error> {
        if !root.join("content").is_dir() || !root.join(crate::model::config::SITE).is_file() {
            return Err(Error::Misuse(msg!("project.not-a-site", root = root.display())));
        }
        let mut diags = Vec::new();
        let config = crate::load::config(root, &mut diags);
        let (files, bad_links) = load::find_all(root)
            .map_err(|d| Error::Misuse(msg!("project.file-error", path = d.path, message = d.message)))?;
        diags.extend(bad_links.iter().map(|rel| load::outside_link(rel)));
        diags.extend(load::special_files(root));
        let n = files.len();
        let Some(cfg) = config else {
            diagnostic::sort(&mut diags);
            return Ok(Project {
                root: root.to_owned(),
                config: None,
                stories: Vec::new(),
                diags,
                files: n,
                reused: 0,
            });
        };
        diags.extend(validate::config(&cfg, root));
        let rules = validate::TextRules::from_config(&cfg);
        // The file's text and key positions are dropped as soon as the file is checked:
        // at 100,000 stories, keeping them would double the memory. A story file checked
        // by an earlier run and unchanged since (`load::known`) is neither parsed nor
        // checked again.
        let cache = known::Cache::open(root, cfg.inputs);
        let mut prior = cache.entries();
        let work: Vec<_> = files.into_iter().map(|f| (prior.remove(f.rel.as_str()), f)).collect();
        let parsed: Vec<Checked> = work
            .into_par_iter()
            .map(|(e, f)| {
                let known = unchanged.and_then(|u| u.get(&f.rel).copied());
                check_story(f, e, known, &cfg, &rules, root)
            })
            .collect();
        let reused = parsed.iter().filter(|c| c.reused.is_some()).count();
        keep(root, cfg.inputs, &parsed, &cache);
        let file_refs: Vec<_> = parsed.iter().map(|c| &c.file).collect();
        let story_refs: Vec<_> = parsed.iter().filter_map(|c| c.story.as_ref()).collect();
        diags.extend(validate::library(&file_refs, &story_refs));
        let mut stories = Vec::with_capacity(parsed.len());
        for c in parsed {
            diags.extend(c.diags);
            stories.extend(c.story);
        }
        let stories = newest_first(stories);
        diagnostic::sort(&mut diags);
        Ok(Project { root: root.to_owned(), config: Some(cfg), stories, diags, files: n, reused })
    }
}

/// Newest first; the slug breaks ties so every run orders alike. Sorted by index, then
/// each story moved once: a story is large to move at every step of a sort.
fn newest_first(stories: Vec<Story>) -> Vec<Story> {
    let mut order: Vec<usize> = (0..stories.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&stories[a], &stories[b]);
        b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug))
    });
    let mut slots: Vec<Option<Story>> = stories.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

/// Keeps what was found in each story file for the next run (`load::known`).
fn keep(root: &Path, config: u64, checked: &[Checked], cache: &known::Cache) {
    let keep: Vec<known::Keep> = checked
        .iter()
        .filter_map(|c| match (c.reused, &c.source) {
            (Some(kept), _) => Some(known::Keep::Same(&c.file.rel, kept)),
            (None, Some(src)) => Some(known::Keep::New(&c.file.rel, src, c.story.as_ref(), &c.diags)),
            (None, None) => None,
        })
        .collect();
    known::save(root, config, &keep, cache);
}

/// One story file after loading and checking.
struct Checked<'a> {
    file: StoryFile,
    story: Option<Story>,
    diags: Vec<Diagnostic>,
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
            return Checked { file, story, diags, source: Some(src), reused: prior };
        }
        Loaded::Parsed(p, hash) => (*p, hash),
    };
    load::attach_exemplar(&mut p, &cfg.exemplars);
    let files = validate::Files::new(root);
    let more = validate::story_reading(&p, cfg, rules, &files);
    let touched = files.into_read();
    let Parsed { file, story, mut diags, .. } = p;
    diags.extend(more);
    let source = hash.and_then(|h| known::Source::new(root, h, &touched));
    Checked { file, story, diags, source, reused: None }
}
