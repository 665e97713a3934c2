//! HTML as text: escaping, how deep raw HTML nests, which video players may be
//! embedded. Shared by the stages that check a body (`validate`) and render it
//! (`render`), and by everything that writes markup.

use regex::Regex;
use std::sync::OnceLock;

/// HTML escaping without tera's `/` → `&#x2F;` (safe in text and quoted attributes,
/// and keeps URLs readable and pages small).
pub(crate) fn escape_html(input: &str) -> String {
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

/// Blocks nested deeper than this (quotes, lists) make the HTML sanitiser's parser
/// quadratic; below it, no real story goes. `check` reports deeper bodies.
pub(crate) const MAX_BLOCK_DEPTH: usize = 32;

/// Raw HTML elements nested deeper than this (`<div>` × 100,000) make the sanitiser's
/// tree builder quadratic; the raw HTML is then shown as text, and `check` reports it.
pub(crate) const MAX_HTML_DEPTH: usize = 64;

/// Elements that never hold others, so never nest.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li",
    "option",
];

/// How deep raw HTML elements nest: opening tags less closing ones, at the deepest.
/// Returns the depth and the byte offset, within its fragment, where it first passes
/// `MAX_HTML_DEPTH` (with the fragment's index).
pub(crate) fn html_depth<'a>(fragments: impl Iterator<Item = &'a str>) -> (usize, Option<(usize, usize)>) {
    let (mut d, mut max, mut first) = (0usize, 0usize, None);
    for (k, html) in fragments.enumerate() {
        let b = html.as_bytes();
        let mut i = 0;
        while let Some(off) = html[i..].find('<') {
            let at = i + off;
            let closing = b.get(at + 1) == Some(&b'/');
            let start = at + 1 + usize::from(closing);
            let end = b[start..].iter().position(|c| !c.is_ascii_alphanumeric()).map_or(b.len(), |n| start + n);
            i = end.max(at + 1);
            if end == start || !b[start].is_ascii_alphabetic() {
                continue;
            }
            let name = html[start..end].to_ascii_lowercase();
            if VOID.contains(&name.as_str()) || html[end..].split('>').next().is_some_and(|t| t.ends_with('/')) {
                continue;
            }
            if closing {
                d = d.saturating_sub(1);
            } else {
                d += 1;
                if d > max {
                    max = d;
                    if max > MAX_HTML_DEPTH && first.is_none() {
                        first = Some((k, at));
                    }
                }
            }
        }
    }
    (max, first)
}

fn open_src() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r#"(?is)\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"#).expect("built-in pattern"))
}

/// The address of an `<iframe …>` opening tag if it is `https://` on one of `hosts`.
pub(crate) fn allowed_src(tag: &str, hosts: &[String]) -> Option<String> {
    let c = open_src().captures(tag)?;
    let src = c.get(1).or(c.get(2)).or(c.get(3))?.as_str();
    let host = src.strip_prefix("https://")?.split(['/', '?', '#', ':']).next()?;
    hosts.iter().any(|h| h == host).then(|| src.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_but_not_slashes() {
        assert_eq!(escape_html("<a href='x'>&\"/"), "&lt;a href=&#39;x&#39;&gt;&amp;&quot;/");
    }

    #[test]
    fn nesting_counts_elements_that_hold_others() {
        assert_eq!(html_depth(["<div><p>a<br><img src=x/></div><span>b</span>"].into_iter()).0, 1);
        assert_eq!(html_depth(["<div>".repeat(70).as_str()].into_iter()), (70, Some((0, 5 * 64))));
    }

    #[test]
    fn only_https_on_allowed_hosts() {
        let hosts = vec!["www.youtube.com".to_owned()];
        assert_eq!(
            allowed_src("<iframe src=\"https://www.youtube.com/embed/x\">", &hosts).as_deref(),
            Some("https://www.youtube.com/embed/x")
        );
        assert_eq!(allowed_src("<iframe src='http://www.youtube.com/embed/x'>", &hosts), None);
        assert_eq!(allowed_src("<iframe src=\"https://www.youtube.com.evil.example/x\">", &hosts), None);
        assert_eq!(allowed_src("<iframe title=\"a\">", &hosts), None);
    }
}
