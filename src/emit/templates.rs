//! A theme's tera templates, compiled once per build.

use crate::diagnostic::{Diagnostic, Pos, Text};
use std::path::Path;
use tera::Tera;

/// Templates every theme must provide.
pub const REQUIRED: &[&str] = &["home.html", "story.html", "list.html", "communes.html", "columns.html", "redirect.html", "404.html"];

pub fn load(root: &Path, theme: &str) -> Result<Tera, Diagnostic> {
    let dir = root.join("themes").join(theme).join("templates");
    let shown = format!("themes/{theme}/templates");
    let glob = format!("{}/**/*.html", dir.display());
    let tera = Tera::new(&glob).map_err(|e| {
        Diagnostic::error(
            "template-error",
            &shown,
            Pos::START,
            Text::new(format!("lỗi trong giao diện `{theme}`: {}", chain(&e)), format!("error in theme `{theme}`: {}", chain(&e))),
        )
    })?;
    let names: Vec<&str> = tera.get_template_names().collect();
    if let Some(missing) = REQUIRED.iter().find(|r| !names.contains(r)) {
        return Err(Diagnostic::error(
            "template-error",
            &shown,
            Pos::START,
            Text::new(format!("giao diện `{theme}` thiếu tệp `{missing}`"), format!("theme `{theme}` has no `{missing}`")),
        ));
    }
    Ok(tera)
}

/// A tera error with its causes, on one line (tera hides the useful part in `source`).
pub fn chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cur = c.source();
    }
    s
}
