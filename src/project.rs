//! The pipeline's front half as one call: load the configuration and every story,
//! model and validate them in parallel, and collect every finding.

use crate::diagnostic::{self, Diagnostic};
use crate::error::Error;
use crate::load::{self, Parsed};
use crate::model::{Config, Story};
use crate::validate;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// A loaded site: configuration, stories (sorted newest first) and findings.
pub struct Project {
    pub root: PathBuf,
    pub config: Option<Config>,
    pub stories: Vec<Story>,
    pub diags: Vec<Diagnostic>,
    pub files: usize,
}

impl Project {
    pub fn has_errors(&self) -> bool {
        self.config.is_none() || self.diags.iter().any(Diagnostic::is_error)
    }

    /// Loads and validates the site at `root`.
    pub fn load(root: &Path) -> Result<Project, Error> {
        if !root.join("content").is_dir() || !root.join(crate::model::config::SITE).is_file() {
            return Err(Error::misuse(
                format!("{} không phải thư mục trang guong (thiếu content/site.yaml)", root.display()),
                format!("{} is not a guong site (no content/site.yaml)", root.display()),
            ));
        }
        let mut diags = Vec::new();
        let config = crate::load::config(root, &mut diags);
        let (files, bad_links) = load::find_all(root).map_err(|d| {
            Error::misuse(format!("{}: {}", d.path, d.message.vi), format!("{}: {}", d.path, d.message.en))
        })?;
        diags.extend(bad_links.iter().map(|rel| load::outside_link(rel)));
        diags.extend(load::special_files(root));
        let n = files.len();
        let Some(cfg) = config else {
            diagnostic::sort(&mut diags);
            return Ok(Project { root: root.to_owned(), config: None, stories: Vec::new(), diags, files: n });
        };
        diags.extend(validate::config(&cfg, root));
        let rules = validate::TextRules::from_config(&cfg);
        // The file's text and key positions are dropped as soon as the file is checked:
        // at 100,000 stories, keeping them would double the memory.
        let parsed: Vec<(load::StoryFile, Option<crate::model::Story>, Vec<Diagnostic>)> = files
            .into_par_iter()
            .map(|f| {
                let mut p: Parsed = load::parse_story(f);
                load::attach_exemplar(&mut p, &cfg.exemplars);
                let more = validate::story(&p, &cfg, &rules, root);
                let Parsed { file, story, mut diags, .. } = p;
                diags.extend(more);
                (file, story, diags)
            })
            .collect();
        let file_refs: Vec<_> = parsed.iter().map(|p| &p.0).collect();
        let story_refs: Vec<_> = parsed.iter().filter_map(|p| p.1.as_ref()).collect();
        diags.extend(validate::library(&file_refs, &story_refs));
        let mut stories = Vec::with_capacity(parsed.len());
        for (_, story, d) in parsed {
            diags.extend(d);
            stories.extend(story);
        }
        // Newest first; the slug breaks ties so every run orders alike.
        stories.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));
        diagnostic::sort(&mut diags);
        Ok(Project { root: root.to_owned(), config: Some(cfg), stories, diags, files: n })
    }
}
