//! Stage 3: meaning. Checks each story against the plan's criteria and the registry,
//! the configuration against itself, and the stories against each other.

mod agencies;
mod body;
mod config;
mod library;
mod limits;
mod outlets;
mod refs;
mod tags;
mod text;

pub use config::config;
pub use library::library;
pub use text::TextRules;

use crate::diagnostic::Diagnostic;
use crate::load::Parsed;
use crate::model::Config;
use std::path::Path;

/// All findings about one parsed story file (beyond those of parsing itself).
pub fn story(p: &Parsed, cfg: &Config, rules: &TextRules, root: &Path) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if let Some(s) = &p.story {
        refs::check(s, &p.spans, cfg, root, &mut out);
        outlets::check(s, &p.spans, cfg, &mut out);
        agencies::story(s, &p.spans, cfg, &mut out);
        tags::check(s, &p.spans, cfg, &mut out);
        body::check(&s.path, &s.body, s.body_line, root, &cfg.site.embeds, &mut out);
    }
    if !p.text.is_empty() {
        rules.scan(&p.file.rel, &p.text, &mut out);
    }
    out
}
