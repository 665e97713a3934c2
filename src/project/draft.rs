//! A draft checked as if it were a story file of the site: `check --stdin --as PATH`
//! and the editors' form (`serve`'s `/_guong/check`). Nothing is written.

use super::{Project, locate_keys};
use crate::diagnostic::{self, Diagnostic};
use crate::load::{self, Parsed, StoryFile};
use crate::model::Story;
use crate::validate;
use std::path::Path;

/// The most a draft may weigh (the form's text; a story is some kilobytes).
pub(crate) const DRAFT_LIMIT: usize = 1 << 20;

/// Whether `rel` may name a story file: `content/stories/…/name.md`, relative, `/`
/// separated, with no `..`.
pub(crate) fn is_story_path(rel: &str) -> bool {
    rel.starts_with(load::STORIES_DIR)
        && rel.as_bytes().get(load::STORIES_DIR.len()) == Some(&b'/')
        && rel.ends_with(".md")
        && !rel.contains('\\')
        && rel.split('/').all(|part| !part.is_empty() && part != "." && part != "..")
}

impl Project {
    /// The findings of `text` as if it were the story file `rel` (`is_story_path`):
    /// those of the file alone, and those across files (duplicate slugs, ids, former
    /// slugs) against the other stories as they are on disk. Writes nothing.
    pub fn check_draft(&self, rel: &str, text: &str) -> Vec<Diagnostic> {
        let (Some(cfg), Some(rules)) = (&self.config, &self.rules) else { return self.config_diags.clone() };
        let p = self.parse_draft(cfg, rel, text);
        let more = validate::story_reading(&p, cfg, rules, &validate::Files::new(&self.root));
        let Parsed { file, story, mut diags, spans, .. } = p;
        diags.extend(more);
        locate_keys(rel, &spans, &mut diags);
        // The site as it would be with the draft saved in place of `rel`, the draft last:
        // of two equal slugs or ids, the one being written is the one said to repeat.
        let others = self.entries.iter().filter(|(k, _)| k.as_str() != rel).map(|(_, e)| (&e.file, e.story.as_ref()));
        let all: Vec<(&StoryFile, Option<&Story>)> = others.chain([(&file, story.as_ref())]).collect();
        let files: Vec<&StoryFile> = all.iter().map(|(f, _)| *f).collect();
        let stories: Vec<&Story> = all.iter().filter_map(|(_, s)| *s).collect();
        diags.extend(validate::library(&files, &stories).into_iter().filter(|d| d.path == rel));
        diagnostic::sort(&mut diags);
        diags
    }
}

impl Project {
    /// `text` read as the story file `rel`, its exemplar's record attached.
    fn parse_draft(&self, cfg: &crate::model::Config, rel: &str, text: &str) -> Parsed {
        let slug = Path::new(rel).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let file = StoryFile { abs: self.root.join(rel), rel: rel.to_owned(), slug };
        let mut p = load::parse_bytes(file, text.as_bytes().to_vec());
        load::attach_exemplar(&mut p, &cfg.exemplars);
        p
    }

    /// The story of a draft of `rel` (`None` when it does not read as a story), for
    /// the editors' preview.
    pub fn draft_story(&self, rel: &str, text: &str) -> Option<Story> {
        self.config.as_ref().and_then(|cfg| self.parse_draft(cfg, rel, text).story)
    }

    /// Every story, with `draft` in place of the file `rel`, newest first (as `stories`).
    pub fn stories_with<'a>(&'a self, rel: &str, draft: &'a Story) -> Vec<&'a Story> {
        let others = self.entries.iter().filter(|(k, _)| k.as_str() != rel).filter_map(|(_, e)| e.story.as_ref());
        let mut all: Vec<&Story> = others.chain([draft]).collect();
        all.sort_unstable_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_story_files_may_be_drafted() {
        for ok in ["content/stories/2024/a.md", "content/stories/a-b.md"] {
            assert!(is_story_path(ok), "{ok}");
        }
        for bad in [
            "content/stories/../site.yaml",
            "content/stories/2024/../../x.md",
            "/content/stories/a.md",
            "content/site.yaml",
            "content/storiesx/a.md",
            "content/stories/2024//a.md",
            "content/stories/a.txt",
            "content\\stories\\a.md",
        ] {
            assert!(!is_story_path(bad), "{bad}");
        }
    }
}
