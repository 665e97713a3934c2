//! Every link of every page of the sample site leads somewhere: each `href`, `src` and
//! `srcset` of each HTML page of each outlet resolves to a file of that outlet (a page,
//! a feed, a photo, or a former slug's redirect page). A broken internal link fails.

use crate::support::{copy_dir, repo};
use scraper::{Html, Selector};
use std::path::{Path, PathBuf};

/// The outlet's base URL, as the pages write it (from `content/site.yaml`).
fn base_urls(root: &Path) -> Vec<(String, String)> {
    let public = root.join("public");
    let canonical = Selector::parse("link[rel=canonical]").unwrap();
    let mut out = Vec::new();
    for e in std::fs::read_dir(&public).unwrap().map(Result::unwrap) {
        let id = e.file_name().to_string_lossy().into_owned();
        let home = e.path().join("index.html");
        if id.starts_with('.') || !home.is_file() {
            continue;
        }
        let doc = Html::parse_document(&std::fs::read_to_string(&home).unwrap());
        let href = doc.select(&canonical).next().and_then(|l| l.value().attr("href")).expect("a canonical link");
        out.push((id, href.trim_end_matches('/').to_owned()));
    }
    out.sort();
    out
}

/// The file an address leads to within the outlet, or None for another site.
fn target(dir: &Path, page: &Path, base: &str, url: &str) -> Option<PathBuf> {
    let url = url.split('#').next().unwrap_or("").split('?').next().unwrap_or("");
    if url.is_empty() || url.starts_with("mailto:") || url.starts_with("tel:") {
        return None;
    }
    let path = if let Some(rest) = url.strip_prefix(base) {
        dir.join(rest.trim_start_matches('/'))
    } else if url.contains("://") || url.starts_with("//") {
        return None; // another site
    } else if let Some(abs) = url.strip_prefix('/') {
        dir.join(abs)
    } else {
        page.parent().unwrap().join(url)
    };
    // Normalise `..` lexically, never above the outlet's folder.
    let mut norm = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::ParentDir => {
                norm.pop();
            }
            std::path::Component::CurDir => {}
            other => norm.push(other),
        }
    }
    Some(if url.ends_with('/') || norm.is_dir() { norm.join("index.html") } else { norm })
}

#[test]
fn every_link_of_every_page_leads_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    for d in ["content", "themes"] {
        copy_dir(&repo().join(d), &dir.path().join(d));
    }
    let run = crate::support::guong_in(dir.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let selector = Selector::parse("[href], [src], [srcset]").unwrap();
    let with_id = Selector::parse("[id]").unwrap();
    let mut broken = Vec::new();
    let mut checked = 0;
    for (id, base) in base_urls(dir.path()) {
        let out = dir.path().join("public").join(&id);
        assert!(out.is_dir(), "{id}");
        for e in walkdir::WalkDir::new(&out).into_iter().filter_map(Result::ok) {
            if e.path().extension().is_none_or(|x| x != "html") {
                continue;
            }
            let html = Html::parse_document(&std::fs::read_to_string(e.path()).unwrap());
            // Anchors are unique on a page (footnotes and headings included).
            let mut ids = std::collections::HashSet::new();
            for el in html.select(&with_id) {
                let id = el.value().attr("id").unwrap_or("");
                if !ids.insert(id.to_owned()) {
                    broken.push(format!("{}: the id `{id}` twice", e.path().display()));
                }
            }
            for el in html.select(&selector) {
                let v = el.value();
                let mut urls: Vec<&str> = ["href", "src"].iter().filter_map(|a| v.attr(a)).collect();
                if let Some(set) = v.attr("srcset") {
                    urls.extend(set.split(',').filter_map(|c| c.split_whitespace().next()));
                }
                for url in urls {
                    let Some(file) = target(&out, e.path(), &base, url) else { continue };
                    checked += 1;
                    if !file.is_file() {
                        let page = e.path().strip_prefix(dir.path()).unwrap().display().to_string();
                        broken.push(format!("{page}: {url}"));
                    }
                }
            }
        }
    }
    assert!(checked > 1000, "links were found and checked: {checked}");
    assert!(broken.is_empty(), "{} broken links:\n{}", broken.len(), broken.join("\n"));
}
