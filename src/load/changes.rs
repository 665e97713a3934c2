//! What changed on disk since the site was read, by kind: what the watcher of `serve`
//! reports, and what `Project::apply` reads again.

use std::collections::HashSet;

/// What changed on disk, by kind.
#[derive(Debug, Default, Clone)]
pub(crate) struct Changes {
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
    pub(crate) fn is_empty(&self) -> bool {
        self.stories.is_empty()
            && !self.rescan
            && !self.config
            && !self.media
            && self.templates.is_empty()
            && !self.statics
    }
}
