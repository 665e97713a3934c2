//! A theme's tera templates, compiled once per build.

use crate::diagnostic::{Diagnostic, Pos, Text};
use std::path::Path;
use tera::Tera;

/// Templates every theme must provide.
pub const REQUIRED: &[&str] =
    &["home.html", "story.html", "list.html", "communes.html", "columns.html", "redirect.html", "404.html", "search.html", "follow.html"];

pub fn load(root: &Path, theme: &str) -> Result<Tera, Diagnostic> {
    let dir = root.join("themes").join(theme).join("templates");
    let shown = format!("themes/{theme}/templates");
    let glob = format!("{}/**/*.html", dir.display());
    let mut tera = Tera::new(&glob).map_err(|e| {
        Diagnostic::error(
            "template-error",
            &shown,
            Pos::START,
            Text::new(format!("lỗi trong giao diện `{theme}`: {}", chain(&e)), format!("error in theme `{theme}`: {}", chain(&e))),
        )
    })?;
    tera.set_escape_fn(escape_html);
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

/// HTML escaping without tera's `/` → `&#x2F;` (safe in text and quoted attributes,
/// and keeps URLs readable and pages small).
pub fn escape_html(input: &str) -> String {
    let mut out = String::with_capacity(input.len() + input.len() / 8);
    let mut last = 0;
    // Bytes, not chars: the five are ASCII, and runs between them are copied whole.
    for (i, b) in input.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&input[last..i]);
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(&input[last..]);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup_but_not_slashes() {
        assert_eq!(super::escape_html("<a href='x'>&\"/"), "&lt;a href=&#39;x&#39;&gt;&amp;&quot;/");
    }
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
