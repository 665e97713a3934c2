//! The Markdown body: where its links and images point, and raw HTML that the
//! sanitiser will remove (reported so that the editor knows what readers won't see).

use crate::diagnostic::{Diagnostic, Pos, Text};
use crate::text::links::{Target, classify};
use pulldown_cmark::{Event, Options, Parser, Tag};
use regex::Regex;
use std::path::Path;
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
                Text::new(
                    format!("ảnh `{}` không thuộc trang (máy chủ khác): sẽ bị bỏ khi đăng", value.as_str()),
                    format!(
                        "the image `{}` is not the site's own (another host): removed when published",
                        value.as_str()
                    ),
                ),
            )
            .with_help(Text::new(
                "chép ảnh vào content/media/ và dẫn tới tệp đó",
                "copy the photo into content/media/ and point to that file",
            )),
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

pub fn check(path: &str, body: &str, body_line: usize, root: &Path, embed_hosts: &[String], out: &mut Vec<Diagnostic>) {
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
                            Text::new(
                                format!(
                                    "trích dẫn hoặc danh sách lồng nhau quá {} mức",
                                    crate::text::html::MAX_BLOCK_DEPTH
                                ),
                                format!(
                                    "quotes or lists nested more than {} levels deep",
                                    crate::text::html::MAX_BLOCK_DEPTH
                                ),
                            ),
                        )
                        .with_help(Text::new(
                            "bỏ bớt các dấu `>` hoặc mức thụt lề của danh sách",
                            "remove some of the `>` or list indentation",
                        )),
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
                let is_image = body[range.clone()].starts_with('!');
                let url_at = body[range.clone()].find(dest_url.as_ref()).map_or(range.start, |i| range.start + i);
                match classify(&dest_url) {
                    Target::Dangerous(scheme) => out.push(
                        Diagnostic::warning(
                            "unsafe-html",
                            path,
                            at(url_at),
                            Text::new(
                                format!("địa chỉ `{scheme}:` không được phép; liên kết sẽ bị vô hiệu hóa"),
                                format!("`{scheme}:` addresses are not allowed; the link will be disabled"),
                            ),
                        )
                        .with_help(Text::new(
                            "chỉ dùng địa chỉ https://, mailto: hoặc tệp trong content/",
                            "use https://, mailto: or a file under content/",
                        )),
                    ),
                    Target::Outside => out.push(
                        Diagnostic::error(
                            "invalid-path",
                            path,
                            at(url_at),
                            Text::new(
                                format!(
                                    "đường dẫn `{dest_url}` đi ra ngoài thư mục content/ hoặc là đường dẫn tuyệt đối"
                                ),
                                format!("the path `{dest_url}` leaves content/ or is absolute"),
                            ),
                        )
                        .with_help(Text::new(
                            "dùng đường dẫn trong content/ (ví dụ `media/2024/anh.jpg`) hoặc địa chỉ https:// đầy đủ",
                            "use a path under content/ (e.g. `media/2024/photo.jpg`) or a full https:// address",
                        )),
                    ),
                    Target::External if is_image => out.push(
                        Diagnostic::warning(
                            "unsafe-html",
                            path,
                            at(url_at),
                            Text::new(
                                format!("ảnh `{dest_url}` không thuộc trang (máy chủ khác): sẽ không được hiển thị"),
                                format!(
                                    "the image `{dest_url}` is not the site's own (another host): it will not be shown"
                                ),
                            ),
                        )
                        .with_help(Text::new(
                            "chép ảnh vào content/media/ và dẫn tới tệp đó",
                            "copy the photo into content/media/ and point to that file",
                        )),
                    ),
                    Target::Content(p) if is_image => {
                        let file = p.split(['?', '#']).next().unwrap_or(p);
                        let full = root.join("content").join(file);
                        crate::load::known::touched(&full);
                        let inside = match (full.canonicalize(), root.join("content").canonicalize()) {
                            (Ok(f), Ok(c)) => Some(f.starts_with(c)),
                            _ => None,
                        };
                        match inside {
                            None => out.push(Diagnostic::error(
                                "missing-image",
                                path,
                                at(url_at),
                                Text::new(
                                    format!("không tìm thấy ảnh `content/{file}`"),
                                    format!("the image `content/{file}` does not exist"),
                                ),
                            )),
                            Some(false) => out.push(Diagnostic::error(
                                "invalid-path",
                                path,
                                at(url_at),
                                Text::new(
                                    format!("ảnh `{file}` là liên kết trỏ ra ngoài thư mục content/"),
                                    format!("the image `{file}` is a link pointing outside content/"),
                                ),
                            )),
                            Some(true) => out.extend(super::refs::photo(path, at(url_at), file, &full, root)),
                        }
                    }
                    _ => {}
                }
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
                foreign_images(path, &html, |o| at(base + o), out);
                for m in hazards().find_iter(&html) {
                    let what = m.as_str().trim();
                    if what.to_lowercase().starts_with("<iframe") {
                        let tag_end = html[m.start()..].find('>').map_or(html.len(), |e| m.start() + e + 1);
                        if crate::text::html::allowed_src(&html[m.start()..tag_end], embed_hosts).is_some() {
                            continue; // a player from an allowed host is kept (rebuilt from its src)
                        }
                    }
                    out.push(
                        Diagnostic::warning(
                            "unsafe-html",
                            path,
                            at(base + m.start()),
                            Text::new(
                                format!("mã HTML `{what}` sẽ bị loại bỏ khi đăng (không cho phép mã chạy trên trang)"),
                                format!("the HTML `{what}` will be removed when published (no active content)"),
                            ),
                        )
                        .with_help(Text::new(
                            "viết bằng Markdown thay cho HTML",
                            "write it in Markdown instead of HTML",
                        )),
                    );
                }
            }
            _ => {}
        }
    }
    if let (_, Some((k, offset))) = crate::text::html::html_depth(raw.iter().map(|(_, h)| h.as_str())) {
        let limit = crate::text::html::MAX_HTML_DEPTH;
        out.push(
            Diagnostic::error(
                "too-deep",
                path,
                at(raw[k].0 + offset),
                Text::new(
                    format!("các thẻ HTML lồng nhau quá {limit} mức"),
                    format!("HTML elements nested more than {limit} levels deep"),
                ),
            )
            .with_help(Text::new(
                "đóng các thẻ đã mở, hoặc viết bằng Markdown",
                "close the tags you open, or write it in Markdown",
            )),
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
            Text::new(
                format!("thuộc tính tiêu đề `{}` sẽ bị loại bỏ khi đăng (chỉ giữ `{{#ma-muc}}` và `{{.lop}}` dạng slug)", dropped.join(" ")),
                format!("the heading attributes `{}` will be removed when published (only slug `{{#id}}` and `{{.class}}` are kept)", dropped.join(" ")),
            ),
        )
        .with_help(Text::new("bỏ phần `{…}` sau tiêu đề, hoặc chỉ ghi `{#ma-muc}`", "remove the `{…}` after the heading, or write only `{#anchor}`")),
    );
}
