//! What a link or image address in a story points at, and whether it may be published.

use std::path::{Component, Path};

#[derive(Debug, PartialEq, Eq)]
pub enum Target<'a> {
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

pub fn classify(url: &str) -> Target<'_> {
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

#[cfg(test)]
mod tests {
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
}
