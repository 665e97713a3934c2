//! The Markdown body: where its links and images point, and raw HTML that the
//! sanitiser will remove (reported so that the editor knows what readers won't see).

use crate::diagnostic::{Diagnostic, Pos, msg};
use crate::text::links::{Target, classify};
use pulldown_cmark::{Event, Options, Parser, Tag};
use regex::Regex;
use std::sync::OnceLock;

/// An image's address in raw HTML: `src` or `srcset` of an `<img>` or `<source>` tag.
fn image_attrs() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r#"(?is)<\s*(?:img|source)\b[^>]*?\s(src|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"#)
            .expect("built-in pattern")
    })
}

/// Images in raw HTML from another host: removed when published (a tracking pixel in
/// every reader's page and feed). Other schemes are `hazards`' to report.
fn foreign_images(path: &str, html: &str, at: impl Fn(usize) -> Pos, out: &mut Vec<Diagnostic>) {
    let mut start = 0;
    while let Some(c) = image_attrs().captures_at(html, start) {
        let whole = c.get(0).map_or(html.len(), |m| m.end());
        start = whole.max(start + 1);
        let Some(value) = c.get(2).or(c.get(3)).or(c.get(4)) else { continue };
        let srcset = c.get(1).is_some_and(|a| a.as_str().eq_ignore_ascii_case("srcset"));
        let fine = if srcset {
            crate::text::links::srcset_in_site(value.as_str())
        } else {
            crate::text::links::image_in_site(value.as_str())
        };
        if fine || hazards().is_match(value.as_str()) {
            continue;
        }
        out.push(
            Diagnostic::warning(
                "unsafe-html",
                path,
                at(value.start()),
                msg!("body.unsafe-html.foreign-image", src = value.as_str()),
            )
            .with_help(msg!("body.unsafe-html.help.copy-photo")),
        );
    }
}

fn hazards() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r#"(?i)<\s*(script|style|iframe|object|embed|form|input|button|textarea|select|link|meta|base|svg|math)\b|\son[a-z]+\s*=|(javascript|vbscript|data)\s*:"#)
            .expect("built-in pattern")
    })
}

pub(super) fn check(
    path: &str,
    body: &str,
    body_line: usize,
    files: &super::Files,
    embed_hosts: &[String],
    out: &mut Vec<Diagnostic>,
) {
    let origin = Pos::new(body_line, 1);
    let at = |offset: usize| Pos::of_offset(body, offset).shifted(origin);
    let parser = Parser::new_ext(
        body,
        Options::ENABLE_TABLES
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_HEADING_ATTRIBUTES,
    )
    .into_offset_iter();
    let mut depth = 0usize;
    let mut deep_reported = false;
    let mut raw: Vec<(usize, String)> = Vec::new();
    for (ev, range) in parser {
        match &ev {
            Event::Start(Tag::BlockQuote(_) | Tag::List(_) | Tag::Item) => {
                depth += 1;
                if depth > crate::text::html::MAX_BLOCK_DEPTH && !deep_reported {
                    deep_reported = true;
                    out.push(
                        Diagnostic::error(
                            "too-deep",
                            path,
                            at(range.start),
                            msg!("body.too-deep", max_block_depth = crate::text::html::MAX_BLOCK_DEPTH),
                        )
                        .with_help(msg!("body.too-deep.help")),
                    );
                }
            }
            Event::End(
                pulldown_cmark::TagEnd::BlockQuote(_) | pulldown_cmark::TagEnd::List(_) | pulldown_cmark::TagEnd::Item,
            ) => {
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
        match ev {
            Event::Start(Tag::Link { dest_url, .. }) | Event::Start(Tag::Image { dest_url, .. }) => {
                link(path, &body[range.clone()], range.start, &dest_url, files, &at, out);
            }
            Event::Start(Tag::Heading { id, classes, attrs, .. }) => {
                heading_attributes(
                    path,
                    &body[range.clone()],
                    || at(range.start),
                    id.as_deref(),
                    &classes,
                    &attrs,
                    out,
                );
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                let base = body[range.clone()].find(html.as_ref()).map_or(range.start, |i| range.start + i);
                raw.push((base, html.to_string()));
                raw_html(path, &html, base, embed_hosts, &at, out);
            }
            _ => {}
        }
    }
    if let (_, Some((k, offset))) = crate::text::html::html_depth(raw.iter().map(|(_, h)| h.as_str())) {
        let limit = crate::text::html::MAX_HTML_DEPTH;
        out.push(
            Diagnostic::error("too-deep", path, at(raw[k].0 + offset), msg!("body.too-deep.html", limit))
                .with_help(msg!("body.too-deep.help.html")),
        );
    }
}

/// A link or an image of the body (`text`, from byte `start`): its address is safe,
/// inside content/, and a photo there exists.
fn link(
    path: &str,
    text: &str,
    start: usize,
    dest_url: &str,
    files: &super::Files,
    at: &dyn Fn(usize) -> Pos,
    out: &mut Vec<Diagnostic>,
) {
    let root = files.root;
    let is_image = text.starts_with('!');
    let url_at = text.find(dest_url).map_or(start, |i| start + i);
    match classify(dest_url) {
        Target::Dangerous(scheme) => out.push(
            Diagnostic::warning("unsafe-html", path, at(url_at), msg!("body.unsafe-html.scheme", scheme))
                .with_help(msg!("body.unsafe-html.help.scheme")),
        ),
        Target::Outside => out.push(
            Diagnostic::error("invalid-path", path, at(url_at), msg!("body.invalid-path", dest_url))
                .with_help(msg!("body.invalid-path.help")),
        ),
        Target::External if is_image => out.push(
            Diagnostic::warning("unsafe-html", path, at(url_at), msg!("body.unsafe-html.foreign-image-link", dest_url))
                .with_help(msg!("body.unsafe-html.help.copy-photo")),
        ),
        Target::Content(p) if is_image => {
            let file = p.split(['?', '#']).next().unwrap_or(p);
            let full = root.join("content").join(file);
            files.note(&full);
            let inside = match (full.canonicalize(), root.join("content").canonicalize()) {
                (Ok(f), Ok(c)) => Some(f.starts_with(c)),
                _ => None,
            };
            match inside {
                None => {
                    out.push(Diagnostic::error("missing-image", path, at(url_at), msg!("body.missing-image", file)))
                }
                Some(false) => out.push(Diagnostic::error(
                    "invalid-path",
                    path,
                    at(url_at),
                    msg!("body.invalid-path.image-link", file),
                )),
                Some(true) => out.extend(super::refs::photo(path, at(url_at), file, &full, root)),
            }
        }
        _ => {}
    }
}

/// Raw HTML of the body (at byte `base`): foreign images, and what the sanitiser removes.
fn raw_html(
    path: &str,
    html: &str,
    base: usize,
    embed_hosts: &[String],
    at: &dyn Fn(usize) -> Pos,
    out: &mut Vec<Diagnostic>,
) {
    foreign_images(path, html, |o| at(base + o), out);
    for m in hazards().find_iter(html) {
        let what = m.as_str().trim();
        if what.to_lowercase().starts_with("<iframe") {
            let tag_end = html[m.start()..].find('>').map_or(html.len(), |e| m.start() + e + 1);
            if crate::text::html::allowed_src(&html[m.start()..tag_end], embed_hosts).is_some() {
                continue; // a player from an allowed host is kept (rebuilt from its src)
            }
        }
        out.push(
            Diagnostic::warning("unsafe-html", path, at(base + m.start()), msg!("body.unsafe-html.removed", what))
                .with_help(msg!("body.unsafe-html.help.markdown")),
        );
    }
}

/// `## Tiêu đề {#id .class key=value}`: attributes other than a slug id or class are
/// dropped from the page; the editor is told which.
fn heading_attributes(
    path: &str,
    source: &str,
    pos: impl FnOnce() -> Pos,
    id: Option<&str>,
    classes: &[pulldown_cmark::CowStr],
    attrs: &[(pulldown_cmark::CowStr, Option<pulldown_cmark::CowStr>)],
    out: &mut Vec<Diagnostic>,
) {
    let mut dropped: Vec<String> = attrs.iter().map(|(k, _)| k.to_string()).collect();
    dropped.extend(classes.iter().filter(|c| !crate::text::is_slug(c)).map(|c| format!(".{c}")));
    dropped.extend(id.filter(|i| !crate::text::is_slug(i)).map(|i| format!("#{i}")));
    if dropped.is_empty() {
        return;
    }
    // The position of the `{` that opens the attributes, on the heading's first line.
    let line = source.lines().next().unwrap_or("");
    let col = line.rfind('{').map_or(0, |i| line[..i].chars().count());
    // Found only when reported: finding a position scans the body from its start.
    let pos = pos();
    let at = Pos::new(pos.line, pos.column + col);
    out.push(
        Diagnostic::warning(
            "unsafe-html",
            path,
            at,
            msg!("body.unsafe-html.heading-attributes", dropped = dropped.join(" ")),
        )
        .with_help(msg!("body.unsafe-html.help.heading-attributes")),
    );
}
