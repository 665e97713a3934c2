//! Markdown to HTML on any text. Raw HTML is sanitised and link addresses rewritten, so
//! the output holds no `<script` tag, no event-handler attribute and no URL attribute
//! whose address is `javascript:` (or `vbscript:`).
//!
//! The text `javascript:` itself may appear: a story may mention it, and it is then
//! escaped text, not an address. (The first version of this target asserted that the
//! output held no `javascript:` anywhere; the fuzzer's first find was the paragraph
//! `javascript:`.) So the output is read tag by tag. The reader is linear on purpose:
//! html5ever (via `scraper`) was tried and is quadratic in nesting depth, which made
//! deeply nested blockquotes take a second per input.
#![no_main]

use guong::fuzz::{render_with, Policy};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn policy() -> &'static Policy<'static> {
    static POLICY: OnceLock<Policy<'static>> = OnceLock::new();
    POLICY.get_or_init(|| Policy { embed_hosts: vec!["www.youtube.com".into()], images: None })
}

/// Attributes that a browser follows or fetches as an address.
const URL_ATTRS: &[&str] =
    &["href", "src", "action", "formaction", "poster", "cite", "background", "data", "xlink:href", "srcset", "ping", "longdesc"];

/// Elements whose content a browser reads as text (HTML's raw-text elements; `<iframe>`
/// is the one the sanitiser keeps, and the fuzzer found `<iframe><\n=` serialised as
/// `<iframe><\n=</iframe>`: text, not a tag with an unquoted attribute).
const RAW_TEXT: &[&str] = &["iframe", "xmp", "noembed", "noframes", "style", "script", "noscript", "plaintext", "textarea", "title"];

/// The character references a serialiser writes, and numeric ones.
fn decode(v: &str) -> String {
    let mut out = String::new();
    let mut rest = v;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let ent = end.map(|e| &rest[1..e]);
        let c = match ent {
            Some("amp") => Some('&'),
            Some("quot") => Some('"'),
            Some("lt") => Some('<'),
            Some("gt") => Some('>'),
            Some("nbsp") => Some('\u{a0}'),
            Some("colon") => Some(':'),
            Some("Tab") => Some('\t'),
            Some("NewLine") => Some('\n'),
            Some(e) if e.starts_with("#x") || e.starts_with("#X") => u32::from_str_radix(&e[2..], 16).ok().and_then(char::from_u32),
            Some(e) if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match (c, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// What a browser takes as the scheme: ASCII whitespace and control characters dropped.
fn runs_script(value: &str) -> bool {
    let v: String = decode(value).chars().filter(|c| !c.is_ascii_whitespace() && !c.is_control()).collect::<String>().to_ascii_lowercase();
    v.starts_with("javascript:") || v.starts_with("vbscript:") || v.contains(",javascript:")
}

/// Reads the tags of `html` (as pulldown-cmark and ammonia write it: `<` in text is
/// escaped outside raw-text elements, attribute values are in double quotes) and checks
/// each one.
fn check(html: &str) {
    let b = html.as_bytes();
    let lower = html.to_ascii_lowercase(); // same byte offsets
    let mut i = 0;
    while let Some(lt) = html[i..].find('<') {
        i += lt + 1;
        if html[i..].starts_with("!--") {
            i = html[i..].find("-->").map_or(b.len(), |e| i + e + 3);
            continue;
        }
        let end_tag = html[i..].starts_with('/');
        if end_tag {
            i += 1; // its name, then `>`
        }
        let name_end = html[i..].find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/').map_or(b.len(), |e| i + e);
        let name = html[i..name_end].to_ascii_lowercase();
        assert_ne!(name, "script", "<script> tag in output:\n{html}");
        i = name_end;
        // Attributes up to the closing `>`.
        loop {
            while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
                i += 1;
            }
            if i >= b.len() || b[i] == b'>' {
                break;
            }
            let an_end = html[i..].find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>' || c == '/').map_or(b.len(), |e| i + e);
            let attr = html[i..an_end].to_ascii_lowercase();
            i = an_end;
            let mut value = "";
            if i < b.len() && b[i] == b'=' {
                i += 1;
                assert!(i < b.len() && b[i] == b'"', "attribute `{attr}` not in double quotes in output:\n{html}");
                let v_end = html[i + 1..].find('"').map_or(b.len(), |e| i + 1 + e);
                value = &html[i + 1..v_end.min(b.len())];
                i = (v_end + 1).min(b.len());
            }
            assert!(!attr.starts_with("on"), "event handler `{attr}` in output:\n{html}");
            if URL_ATTRS.contains(&attr.as_str()) {
                assert!(!runs_script(value), "{attr}=\"{value}\" in output:\n{html}");
            }
        }
        // A raw-text element's content is not markup (the serialiser writes it as is,
        // and a browser reads it as text up to the end tag): skip to its end tag.
        if !end_tag && RAW_TEXT.contains(&name.as_str()) {
            // The end tag is `</name` followed by a space, `/` or `>` (the fuzzer found
            // `<iframe></iframea\n=`: `</iframea` is text).
            let close = format!("</{name}");
            let mut at = i;
            i = b.len();
            while let Some(e) = lower[at..].find(&close) {
                let after = at + e + close.len();
                if after >= b.len() || b[after].is_ascii_whitespace() || b[after] == b'/' || b[after] == b'>' {
                    i = at + e;
                    break;
                }
                at = after;
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(md) = std::str::from_utf8(data) else { return };
    let r = render_with(md, policy());
    check(&r.html);
});
