//! What a link or image address in a story points at, and whether it may be published.

use std::path::{Component, Path};

#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Target<'a> {
    /// `#muc` within the page.
    Fragment,
    /// http(s), mailto, tel: left as written.
    External,
    /// A path inside `content/` (`media/2024/a.jpg`): rewritten relative to the page.
    Content(&'a str),
    /// `/…` or `C:\…`, or a path climbing out of `content/` with `..`.
    Outside,
    /// `javascript:`, `data:`, `vbscript:`, `file:` or any other scheme: never published.
    Dangerous(String),
}

const SAFE_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

pub(crate) fn classify(url: &str) -> Target<'_> {
    let u = url.trim();
    if u.is_empty() || u.starts_with('#') {
        return Target::Fragment;
    }
    // A scheme is letters before a colon that comes before any `/`, `?` or `#`.
    let lowered: String =
        u.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect::<String>().to_lowercase();
    if let Some(colon) = lowered.find(':') {
        let scheme = &lowered[..colon];
        if !scheme.is_empty()
            && !scheme.contains(['/', '?', '#'])
            && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
        {
            if scheme.len() == 1 {
                return Target::Outside; // a Windows drive letter
            }
            return if SAFE_SCHEMES.contains(&scheme) {
                Target::External
            } else {
                Target::Dangerous(scheme.to_owned())
            };
        }
    }
    if u.starts_with("//") {
        return Target::External;
    }
    let path = u.split(['?', '#']).next().unwrap_or("");
    let p = Path::new(path);
    if p.is_absolute() || path.starts_with('\\') {
        return Target::Outside;
    }
    let mut depth: i32 = 0;
    for c in p.components() {
        match c {
            Component::ParentDir => depth -= 1,
            Component::Normal(_) => depth += 1,
            Component::CurDir => {}
            _ => return Target::Outside,
        }
        if depth < 0 {
            return Target::Outside;
        }
    }
    Target::Content(u)
}

/// Whether an image address in published HTML (`src`, or one candidate of `srcset`)
/// points into the site: a path under `content/`, or one guong wrote relative to a story
/// page (`../../media/…`). A photo from another host is a tracking pixel in every
/// reader's page and feed; another scheme (`javascript:`, `data:`) is never published.
pub(crate) fn image_in_site(url: &str) -> bool {
    let u = url.trim();
    let inner = u.strip_prefix("../../").unwrap_or(u);
    !inner.is_empty() && matches!(classify(inner), Target::Content(_))
}

/// Whether every candidate of a `srcset` (`URL [descriptor], …`) points into the site.
pub(crate) fn srcset_in_site(srcset: &str) -> bool {
    let mut any = false;
    for candidate in srcset.split(',') {
        let url = candidate.split_whitespace().next().unwrap_or("");
        if url.is_empty() {
            continue;
        }
        if !image_in_site(url) {
            return false;
        }
        any = true;
    }
    any
}

/// The photos a Markdown body shows (`![…](media/…)`), as paths under `content/`.
pub(crate) fn photos(body: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Parser, Tag};
    let is_photo = |p: &str| {
        let l = p.to_lowercase();
        [".jpg", ".jpeg", ".png", ".webp", ".gif"].iter().any(|e| l.ends_with(e))
    };
    let mut out = Vec::new();
    if !body.contains("![") {
        return out;
    }
    for ev in Parser::new(body) {
        if let Event::Start(Tag::Image { dest_url, .. }) = ev
            && let Target::Content(p) = classify(&dest_url)
        {
            let p = p.split(['?', '#']).next().unwrap_or(p).trim_start_matches("./");
            if is_photo(p) && !out.iter().any(|o| o == p) {
                out.push(p.to_owned());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_images_of_the_site_are_published() {
        assert!(image_in_site("media/2024/a.jpg") && image_in_site("../../media/2024/a-480.webp"));
        for bad in [
            "https://evil.example/p.gif",
            "//evil.example/p.gif",
            "javascript:alert(1)",
            "data:image/png,x",
            "../../../etc/passwd",
            "/etc/passwd",
            "",
        ] {
            assert!(!image_in_site(bad), "{bad}");
        }
        assert!(srcset_in_site("../../media/a-480.jpg 480w, ../../media/a-960.jpg 960w"));
        assert!(!srcset_in_site("../../media/a-480.jpg 480w, https://evil.example/p.gif 960w"));
        assert!(!srcset_in_site("media/a.jpg 1x,javascript:alert(1) 2x"));
        assert!(!srcset_in_site(" , "));
    }

    use super::*;

    #[test]
    fn classifies_addresses() {
        assert_eq!(classify("#a"), Target::Fragment);
        assert_eq!(classify("https://x.vn/a"), Target::External);
        assert_eq!(classify("mailto:a@b.vn"), Target::External);
        assert_eq!(classify("media/a.jpg"), Target::Content("media/a.jpg"));
        assert_eq!(classify("../../etc/passwd"), Target::Outside);
        assert_eq!(classify("media/../../x"), Target::Outside);
        assert_eq!(classify("/etc/passwd"), Target::Outside);
        assert_eq!(classify("C:\\x"), Target::Outside);
        assert_eq!(classify("javascript:alert(1)"), Target::Dangerous("javascript".into()));
        assert_eq!(classify(" JaVa\tScript:alert(1)"), Target::Dangerous("javascript".into()));
        assert_eq!(classify("data:text/html,x"), Target::Dangerous("data".into()));
    }

    #[test]
    fn the_photos_a_body_shows_are_found_once_each() {
        let body = "Ảnh: ![a](./media/a.jpg) và ![b](media/b.PNG?w=1) ![a lần nữa](media/a.jpg)\n[tệp](media/c.pdf) ![ngoài](https://x.vn/d.jpg)";
        assert_eq!(photos(body), ["media/a.jpg", "media/b.PNG"]);
        assert!(photos("không có ảnh").is_empty());
    }
}
