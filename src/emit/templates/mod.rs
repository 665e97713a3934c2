//! Themes: the base theme in the binary, a theme's templates over it, the site's own
//! templates over both; labels likewise; compiled once per build, and bounded (`guard`).

use crate::diagnostic::{Diagnostic, Pos, Text, msg};
pub(crate) use crate::model::labels::Labels;
use std::collections::BTreeMap;
use std::path::Path;
use tera::Tera;

mod guard;
pub(crate) mod watch;
pub(crate) use guard::Budget;

/// Templates every theme must provide.
pub(crate) const REQUIRED: &[&str] = &[
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
pub(crate) const MAX_PAGE_BYTES: usize = 32 * 1024 * 1024;

fn error(shown: &str, text: Text) -> Diagnostic {
    Diagnostic::error("template-error", shown, Pos::START, text)
}

/// The base theme, in the binary: the partials every theme includes (`_base/…`), and
/// every page, drawn in the theme's own frame (`base.html`, which a theme must have) with
/// the base theme's `macros.html` unless the theme writes its own. A theme writes only
/// the pages it really changes.
const BASE_TEMPLATES: &[(&str, &str)] = &[
    ("_base/head.html", include_str!("base/head.html")),
    ("_base/notices.html", include_str!("base/notices.html")),
    ("_base/unit-history.html", include_str!("base/unit-history.html")),
    ("_base/unit-exemplars.html", include_str!("base/unit-exemplars.html")),
    ("_base/audio.html", include_str!("base/audio.html")),
    ("_base/search-body.html", include_str!("base/search-body.html")),
    ("_base/follow-body.html", include_str!("base/follow-body.html")),
    ("_base/picture.html", include_str!("base/picture.html")),
    ("_base/search-box.html", include_str!("base/search-box.html")),
    ("_base/foot-links.html", include_str!("base/foot-links.html")),
    ("macros.html", include_str!("base/macros.html")),
    ("home.html", include_str!("base/home.html")),
    ("story.html", include_str!("base/story.html")),
    ("list.html", include_str!("base/list.html")),
    ("communes.html", include_str!("base/communes.html")),
    ("columns.html", include_str!("base/columns.html")),
    ("search.html", include_str!("base/search.html")),
    ("follow.html", include_str!("base/follow.html")),
    ("404.html", include_str!("base/404.html")),
    ("redirect.html", include_str!("base/redirect.html")),
    ("bulletin.html", include_str!("base/bulletin.html")),
    ("print.html", include_str!("base/print.html")),
    ("booklet.html", include_str!("base/booklet.html")),
    ("exemplar.html", include_str!("base/exemplar.html")),
    ("exemplars.html", include_str!("base/exemplars.html")),
];

/// The one template a theme must write: the frame of its pages.
pub(crate) const FRAME: &str = "base.html";

/// A theme ready to render: its templates over the base theme's, and its labels.
#[derive(Clone)]
pub(crate) struct Theme {
    pub tera: Tera,
    pub labels: Labels,
}

/// Reads the templates under `dir`: regular files only (a FIFO, device or link is
/// refused, never read), each of bounded size. (name, text, path shown in findings)
fn read_templates(root: &Path, dir: &Path, shown_dir: &str) -> Result<Vec<(String, String, String)>, Diagnostic> {
    let mut files = Vec::new();
    if !dir.is_dir() {
        return Ok(files);
    }
    for e in walkdir::WalkDir::new(dir).follow_links(false).sort_by_file_name() {
        let e = e.map_err(|e| error(shown_dir, msg!("theme.folder-unreadable", error = e)))?;
        let name = crate::load::rel_path(dir, e.path());
        let shown = format!("{shown_dir}/{name}");
        if e.file_type().is_dir() || !name.ends_with(".html") {
            continue;
        }
        if e.file_type().is_symlink() {
            return Err(error(&shown, msg!("theme.symlink")));
        }
        // A FIFO or device is refused unread, and so is a file past the size limit.
        let text = crate::load::source::read_in(root, e.path(), MAX_TEMPLATE_BYTES)
            .and_then(|bytes| String::from_utf8(bytes).map_err(std::io::Error::other))
            .map_err(|err| error(&shown, msg!("theme.unreadable", error = err)))?;
        files.push((name, text, shown));
    }
    Ok(files)
}

/// A theme's labels over the base theme's, then the site's over both.
fn labels(root: &Path, theme: &str, site: &BTreeMap<String, String>) -> Result<Labels, Diagnostic> {
    let mut labels = Labels::base();
    let shown = format!("themes/{theme}/labels.yaml");
    let path = root.join("themes").join(theme).join("labels.yaml");
    if path.exists() {
        let (text, _) = crate::load::source::read_text(root, &path, &shown)?;
        let own: BTreeMap<String, String> = crate::yaml::from_str(&text).map_err(|e| {
            Diagnostic::error(
                "template-error",
                &shown,
                e.pos.unwrap_or(Pos::START),
                msg!("theme.labels-invalid", error = e.message),
            )
        })?;
        labels.extend(&own).map_err(|k| error(&shown, msg!("theme.unknown-label", label = k)))?;
    }
    // The site's keys were checked with the configuration (`validate`).
    let _ = labels.extend(site);
    Ok(labels)
}

/// `{{ labels.key | fill(n=3, name=…) }}`: the label with each `{n}`, `{name}` replaced
/// by its value (a string as it is, a number or other value in its JSON form).
fn fill(value: &tera::Value, args: &std::collections::HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let mut s = tera::try_get_value!("fill", "value", String, value);
    for (k, v) in args {
        let v = match v {
            tera::Value::String(t) => t.clone(),
            other => other.to_string(),
        };
        s = s.replace(&format!("{{{k}}}"), &v);
    }
    Ok(tera::Value::String(s))
}

/// Loads a theme: the base theme's templates, then the theme's (`themes/<theme>/
/// templates/`), then the site's own (`templates/` beside `content/`), each file
/// replacing the one of the same name below it; and its labels.
/// Each of `themes` loaded once (several outlets may share one), in parallel, by name.
pub(crate) fn load_each<'a>(
    root: &Path,
    themes: impl IntoIterator<Item = &'a str>,
    site_labels: &BTreeMap<String, String>,
) -> std::collections::HashMap<&'a str, Result<Theme, Diagnostic>> {
    use rayon::prelude::*;
    let mut names: Vec<&str> = themes.into_iter().collect();
    names.sort_unstable();
    names.dedup();
    names.into_par_iter().map(|n| (n, load(root, n, site_labels))).collect()
}

pub(crate) fn load(root: &Path, theme: &str, site_labels: &BTreeMap<String, String>) -> Result<Theme, Diagnostic> {
    let shown = format!("themes/{theme}/templates");
    let mut layered: BTreeMap<String, (String, String)> = BASE_TEMPLATES
        .iter()
        .map(|(n, t)| {
            ((*n).to_owned(), ((*t).to_owned(), format!("src/emit/templates/base/{}", n.trim_start_matches("_base/"))))
        })
        .collect();
    // The templates the channels bring (`Channel::templates`).
    for c in super::channel::CHANNELS {
        for (n, t) in c.templates() {
            layered.insert((*n).to_owned(), ((*t).to_owned(), format!("src/emit/channels/{n}")));
        }
    }
    for layer in [
        read_templates(root, &root.join("themes").join(theme).join("templates"), &shown)?,
        read_templates(root, &root.join("templates"), "templates")?,
    ] {
        for (name, text, shown) in layer {
            layered.insert(name, (text, shown));
        }
    }
    if !layered.contains_key(FRAME) {
        return Err(error(&shown, msg!("theme.no-frame", theme, file = FRAME)));
    }
    let files: Vec<(String, String, String)> = layered.into_iter().map(|(n, (t, s))| (n, t, s)).collect();
    if let Some(d) = guard::recursion(&files) {
        return Err(d);
    }
    let mut tera = Tera::default();
    tera.add_raw_templates(files.iter().map(|(n, t, _)| (n.as_str(), t.as_str())))
        .map_err(|e| error(&shown, msg!("theme.error", theme, error = crate::error::chain(&e))))?;
    tera.set_escape_fn(crate::text::html::escape_html);
    guard::restrict(&mut tera);
    tera.register_filter("fill", fill);
    let names: Vec<&str> = tera.get_template_names().collect();
    if let Some(missing) = REQUIRED.iter().find(|r| !names.contains(r)) {
        return Err(error(&shown, msg!("theme.missing", theme, file = missing)));
    }
    Ok(Theme { tera, labels: labels(root, theme, site_labels)? })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_base_labels_parse_and_fill() {
        let l = Labels::base();
        assert_eq!(l.get("communes"), "Các xã, thị trấn");
        assert_eq!(l.fill("page_n", &[("title", "Y tế"), ("n", "2")]), "Y tế (trang 2)");
        assert!(Labels::is_known("title_sep") && !Labels::is_known("khong-co"));
    }

    #[test]
    fn a_theme_overrides_one_template_and_one_label() {
        let d = tempfile::tempdir().unwrap();
        let t = d.path().join("themes/t/templates");
        std::fs::create_dir_all(&t).unwrap();
        for name in REQUIRED.iter().filter(|n| **n != "redirect.html").chain([&FRAME]) {
            std::fs::write(t.join(name), "{{ labels.title_sep }}").unwrap();
        }
        std::fs::write(d.path().join("themes/t/labels.yaml"), "title_sep: \" · \"\n").unwrap();
        let theme = load(d.path(), "t", &BTreeMap::new()).unwrap();
        assert_eq!(theme.labels.get("title_sep"), " · ");
        assert!(theme.tera.get_template_names().any(|n| n == "redirect.html"), "from the base theme");
        // The site overrides a single template for every outlet, and a label.
        std::fs::create_dir_all(d.path().join("templates")).unwrap();
        std::fs::write(d.path().join("templates/404.html"), "riêng").unwrap();
        let site: BTreeMap<String, String> = [("title_sep".to_owned(), " / ".to_owned())].into_iter().collect();
        let theme = load(d.path(), "t", &site).unwrap();
        assert_eq!(theme.tera.render("404.html", &tera::Context::new()).unwrap(), "riêng");
        assert_eq!(theme.labels.get("title_sep"), " / ");
        std::fs::write(d.path().join("themes/t/labels.yaml"), "khong_co: x\n").unwrap();
        assert!(load(d.path(), "t", &BTreeMap::new()).is_err(), "an unknown label is an error");
    }

    #[test]
    fn a_theme_is_its_frame_and_the_base_gives_every_page() {
        let d = tempfile::tempdir().unwrap();
        let t = d.path().join("themes/t/templates");
        std::fs::create_dir_all(&t).unwrap();
        let err = load(d.path(), "t", &BTreeMap::new()).err().expect("no base.html");
        assert!(err.message.get(crate::diagnostic::Lang::En).contains("base.html"), "{err:?}");
        std::fs::write(t.join(FRAME), "{% block main %}{% endblock main %}").unwrap();
        let theme = load(d.path(), "t", &BTreeMap::new()).unwrap();
        for page in REQUIRED {
            assert!(theme.tera.get_template_names().any(|n| n == *page), "{page} from the base theme");
        }
    }
}
