//! A theme's tera templates, compiled once per build.

use crate::diagnostic::{Diagnostic, Pos, Text};
use std::path::Path;
use tera::Tera;

mod guard;
pub use guard::Budget;

/// Templates every theme must provide.
pub const REQUIRED: &[&str] = &[
    "home.html",
    "story.html",
    "list.html",
    "communes.html",
    "columns.html",
    "redirect.html",
    "404.html",
    "search.html",
    "follow.html",
];

/// A template file larger than this is refused (a theme's largest is a few kB).
const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;
/// `range(…)` in a template makes at most this many numbers.
const MAX_RANGE: usize = 10_000;
/// One page's output stops with an error past this size (a runaway loop).
pub const MAX_PAGE_BYTES: usize = 32 * 1024 * 1024;

fn error(shown: &str, vi: String, en: String) -> Diagnostic {
    Diagnostic::error("template-error", shown, Pos::START, Text::new(vi, en))
}

/// Reads a theme's templates: regular files only (a FIFO, device or link out of the
/// theme is refused, never read), each of bounded size.
fn read_templates(dir: &Path, theme: &str) -> Result<Vec<(String, String)>, Diagnostic> {
    let mut files = Vec::new();
    for e in walkdir::WalkDir::new(dir).follow_links(false).sort_by_file_name() {
        let e = e.map_err(|e| {
            error(
                &format!("themes/{theme}/templates"),
                format!("không đọc được thư mục giao diện: {e}"),
                format!("cannot read the theme folder: {e}"),
            )
        })?;
        let name = crate::load::rel_path(dir, e.path());
        let shown = format!("themes/{theme}/templates/{name}");
        if e.file_type().is_dir() || !name.ends_with(".html") {
            continue;
        }
        let meta = std::fs::metadata(e.path()).ok().filter(|m| m.is_file() && !e.file_type().is_symlink());
        let Some(meta) = meta else {
            return Err(error(
                &shown,
                "mẫu giao diện không phải tệp thường (là liên kết, FIFO hoặc thiết bị): không đọc".to_owned(),
                "the template is not a regular file (a link, FIFO or device): not read".to_owned(),
            ));
        };
        if meta.len() > MAX_TEMPLATE_BYTES {
            return Err(error(
                &shown,
                format!("mẫu giao diện quá lớn ({} byte)", meta.len()),
                format!("the template is too large ({} bytes)", meta.len()),
            ));
        }
        let text = std::fs::read_to_string(e.path())
            .map_err(|err| error(&shown, format!("không đọc được: {err}"), format!("cannot read: {err}")))?;
        files.push((name, text));
    }
    Ok(files)
}

pub fn load(root: &Path, theme: &str) -> Result<Tera, Diagnostic> {
    let dir = root.join("themes").join(theme).join("templates");
    let shown = format!("themes/{theme}/templates");
    let files = read_templates(&dir, theme)?;
    if let Some(d) = guard::recursion(&files, theme) {
        return Err(d);
    }
    let mut tera = Tera::default();
    tera.add_raw_templates(files.iter().map(|(n, t)| (n.as_str(), t.as_str()))).map_err(|e| {
        error(
            &shown,
            format!("lỗi trong giao diện `{theme}`: {}", crate::error::chain(&e)),
            format!("error in theme `{theme}`: {}", crate::error::chain(&e)),
        )
    })?;
    tera.set_escape_fn(crate::text::html::escape_html);
    guard::restrict(&mut tera);
    let names: Vec<&str> = tera.get_template_names().collect();
    if let Some(missing) = REQUIRED.iter().find(|r| !names.contains(r)) {
        return Err(error(
            &shown,
            format!("giao diện `{theme}` thiếu tệp `{missing}`"),
            format!("theme `{theme}` has no `{missing}`"),
        ));
    }
    Ok(tera)
}
